package classroom

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestQRFormatAndVersionBits checks the BCH-coded format and version
// information against the tables of ISO/IEC 18004 (annex C and D).
func TestQRFormatAndVersionBits(t *testing.T) {
	format := [2][8]int{
		{0b111011111000100, 0b111001011110011, 0b111110110101010, 0b111100010011101,
			0b110011000101111, 0b110001100011000, 0b110110001000001, 0b110100101110110},
		{0b101010000010010, 0b101000100100101, 0b101111001111100, 0b101101101001011,
			0b100010111111001, 0b100000011001110, 0b100111110010111, 0b100101010100000},
	}
	for level, masks := range format {
		for mask, want := range masks {
			if got := qrFormatBits(level, mask); got != want {
				t.Errorf("format bits of level %c mask %d = %015b, want %015b", "LM"[level], mask, got, want)
			}
		}
	}
	version := map[int]int{7: 0b000111110010010100, 8: 0b001000010110111100, 9: 0b001001101010011001, 10: 0b001010010011010011}
	for v, want := range version {
		if got := qrVersionBits(v); got != want {
			t.Errorf("version bits of %d = %018b, want %018b", v, got, want)
		}
	}
}

// TestQRReedSolomon checks error correction on the data codewords of two
// published 1-M examples: "01234567" (ISO/IEC 18004 annex I) and
// "HELLO WORLD" (the Thonky QR tutorial).
func TestQRReedSolomon(t *testing.T) {
	pad := []byte{0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11}
	cases := []struct{ data, ec []byte }{
		{append([]byte{0x10, 0x20, 0x0C, 0x56, 0x61, 0x80}, pad...),
			[]byte{0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55}},
		{append([]byte{32, 91, 11, 120, 209, 114, 220, 77, 67, 64}, pad[:6]...),
			[]byte{196, 35, 39, 119, 235, 215, 231, 226, 93, 23}},
	}
	for _, c := range cases {
		if got := rsRemainder(c.data, rsDivisor(10)); !bytes.Equal(got, c.ec) {
			t.Errorf("EC of % X = % X, want % X", c.data, got, c.ec)
		}
	}
	// Byte mode: 0100, count 00000101, "hello", terminator, pad bytes.
	cw := newQR(1, QRLevelM).codewords([]byte("hello"))
	data := []byte{0x40, 0x56, 0x86, 0x56, 0xC6, 0xC6, 0xF0, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC}
	if !bytes.Equal(cw[:16], data) || !bytes.Equal(cw[16:], rsRemainder(data, rsDivisor(10))) {
		t.Errorf("codewords of \"hello\" at 1-M = % X", cw)
	}
}

// goldenQR is QR("annotator", M): version 1, read back as "annotator" by
// an independent decoder (zbarimg) when it was recorded.
var goldenQR = []string{
	"#######.#.##..#######",
	"#.....#..#..#.#.....#",
	"#.###.#....##.#.###.#",
	"#.###.#.##.#..#.###.#",
	"#.###.#.#...#.#.###.#",
	"#.....#.####..#.....#",
	"#######.#.#.#.#######",
	"........#.###........",
	"#...#.###.##.#####..#",
	"...#...#.####...##.#.",
	"#.#.#.#..###.##.####.",
	".#..#...#....#.##..#.",
	"#..#..#.###.#..#...##",
	"........###.######.#.",
	"#######.#.#.#.#.####.",
	"#.....#...###...#..#.",
	"#.###.#.##.#.##....#.",
	"#.###.#..####...##.##",
	"#.###.#....#..#.#.#..",
	"#.....#...#..####....",
	"#######.##..####.#..#",
}

func TestQRGolden(t *testing.T) {
	m, err := QR([]byte("annotator"), QRLevelM)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, row := range m {
		var b strings.Builder
		for _, dark := range row {
			b.WriteByte(".#"[btoi(dark)])
		}
		got = append(got, b.String())
	}
	if !slices.Equal(got, goldenQR) {
		t.Errorf("QR(annotator, M):\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(goldenQR, "\n"))
	}
}

// TestQRStructure checks, for every version and level, the size, the
// finder and timing patterns, the dark module and that both copies of the
// format (and version) information agree and name the level.
func TestQRStructure(t *testing.T) {
	caps := [2][10]int{{17, 32, 53, 78, 106, 134, 154, 192, 230, 271}, {14, 26, 42, 62, 84, 106, 122, 152, 180, 213}}
	for level := range 2 {
		for v := 1; v <= MaxQRVersion; v++ {
			n := caps[level][v-1]
			if got := qrCapacity(v, QRLevel(level)); got != n {
				t.Errorf("capacity of %d-%c = %d, want %d", v, "LM"[level], got, n)
			}
			m, err := QR(bytes.Repeat([]byte("x"), n), QRLevel(level))
			size := 17 + 4*v
			if err != nil || len(m) != size {
				t.Fatalf("%d bytes at %c: %v, %d modules a side, want %d", n, "LM"[level], err, len(m), size)
			}
			checkQR(t, m, level, v)
		}
		if _, err := QR(bytes.Repeat([]byte("x"), caps[level][9]+1), QRLevel(level)); err == nil {
			t.Errorf("%d bytes must not fit level %c", caps[level][9]+1, "LM"[level])
		}
	}
	if _, err := QR(nil, 7); err == nil {
		t.Error("an unknown level must be refused")
	}
}

// checkQR checks the function patterns of one symbol.
func checkQR(t *testing.T, m [][]bool, level, v int) {
	t.Helper()
	size := len(m)
	finder := []string{"#######", "#.....#", "#.###.#", "#.###.#", "#.###.#", "#.....#", "#######"}
	for _, c := range [][2]int{{0, 0}, {0, size - 7}, {size - 7, 0}} {
		for dr, row := range finder {
			for dc := range row {
				if m[c[0]+dr][c[1]+dc] != (row[dc] == '#') {
					t.Fatalf("v%d: finder at %v is wrong at +%d,+%d", v, c, dr, dc)
				}
			}
		}
	}
	for i := 8; i < size-8; i++ {
		if m[6][i] != (i%2 == 0) || m[i][6] != (i%2 == 0) {
			t.Fatalf("v%d: timing pattern wrong at %d", v, i)
		}
	}
	if !m[size-8][8] {
		t.Errorf("v%d: no dark module", v)
	}
	var a, b int
	for i := range 15 {
		var ra, rb bool
		switch {
		case i < 6:
			ra = m[i][8]
		case i < 8:
			ra = m[i+1][8]
		case i == 8:
			ra = m[8][7]
		default:
			ra = m[8][14-i]
		}
		if i < 8 {
			rb = m[8][size-1-i]
		} else {
			rb = m[size-15+i][8]
		}
		a |= btoi(ra) << i
		b |= btoi(rb) << i
	}
	if a != b || (a^0x5412)>>13 != 1-level {
		t.Errorf("v%d: format copies %015b and %015b (level %c)", v, a, b, "LM"[level])
	}
	if v >= 7 {
		var top, left int
		for i := range 18 {
			top |= btoi(m[i/3][size-11+i%3]) << i
			left |= btoi(m[size-11+i%3][i/3]) << i
		}
		if top != qrVersionBits(v) || left != top {
			t.Errorf("v%d: version information %018b and %018b", v, top, left)
		}
	}
}

// btoi is 1 for true.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
