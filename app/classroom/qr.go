package classroom

import "fmt"

// QRLevel is a QR code's error-correction level.
type QRLevel int

// The levels QR offers here: L restores about 7% of the codewords, M about
// 15%.
const (
	QRLevelL QRLevel = iota
	QRLevelM
)

// MaxQRVersion is the largest QR version QR makes: 57×57 modules, up to
// 271 bytes at level L and 213 at M.
const MaxQRVersion = 10

// QR returns the QR code (ISO/IEC 18004, byte mode) of data at the given
// level: the smallest version from 1 to MaxQRVersion that holds it, with
// the mask that the standard's penalty rules prefer. m[row][col] is true
// for a dark module; the matrix has 17+4·version modules a side and no
// quiet zone (draw four light modules around it). It is an error when data
// does not fit version 10.
func QR(data []byte, level QRLevel) ([][]bool, error) {
	if level != QRLevelL && level != QRLevelM {
		return nil, fmt.Errorf("QR level %d: want QRLevelL or QRLevelM", level)
	}
	for v := 1; v <= MaxQRVersion; v++ {
		if len(data) <= qrCapacity(v, level) {
			q := newQR(v, level)
			q.placeData(q.codewords(data))
			best, bestPenalty := 0, -1
			for mask := range 8 {
				q.applyMask(mask)
				q.drawFormat(mask)
				if p := q.penalty(); bestPenalty < 0 || p < bestPenalty {
					best, bestPenalty = mask, p
				}
				q.applyMask(mask) // XOR again undoes it
			}
			q.applyMask(best)
			q.drawFormat(best)
			return q.m, nil
		}
	}
	return nil, fmt.Errorf("%d bytes do not fit a QR code of version %d at level %s (at most %d)",
		len(data), MaxQRVersion, "LM"[level:level+1], qrCapacity(MaxQRVersion, level))
}

// qrCapacity returns how many bytes version v holds at level in byte mode.
func qrCapacity(v int, level QRLevel) int {
	bits := qrTable[level][v-1].dataCodewords()*8 - 4 - qrCountBits(v)
	return bits / 8
}

// qrCountBits is the width of the byte count: 8 bits up to version 9, 16
// from version 10.
func qrCountBits(v int) int {
	if v <= 9 {
		return 8
	}
	return 16
}

// qrCode is a symbol under construction.
type qrCode struct {
	version int
	level   QRLevel
	size    int
	m       [][]bool // dark modules
	fn      [][]bool // function modules (not data, not masked)
}

// newQR draws the function patterns of a version.
func newQR(version int, level QRLevel) *qrCode {
	size := 17 + 4*version
	q := &qrCode{version: version, level: level, size: size, m: make([][]bool, size), fn: make([][]bool, size)}
	for i := range size {
		q.m[i], q.fn[i] = make([]bool, size), make([]bool, size)
	}
	for i := range size { // timing patterns
		q.set(6, i, i%2 == 0)
		q.set(i, 6, i%2 == 0)
	}
	for _, c := range [][2]int{{3, 3}, {3, size - 4}, {size - 4, 3}} { // finders and separators
		for dr := -4; dr <= 4; dr++ {
			for dc := -4; dc <= 4; dc++ {
				r, col := c[0]+dr, c[1]+dc
				if d := max(abs(dr), abs(dc)); r >= 0 && r < size && col >= 0 && col < size {
					q.set(r, col, d != 2 && d != 4)
				}
			}
		}
	}
	al := qrAlign[version]
	for i, r := range al {
		for j, c := range al {
			if i == 0 && j == 0 || i == 0 && j == len(al)-1 || i == len(al)-1 && j == 0 {
				continue // where the finders are
			}
			for dr := -2; dr <= 2; dr++ {
				for dc := -2; dc <= 2; dc++ {
					q.set(r+dr, c+dc, max(abs(dr), abs(dc)) != 1)
				}
			}
		}
	}
	q.drawFormat(0) // reserves the format areas and draws the dark module
	if version >= 7 {
		bits := qrVersionBits(version)
		for i := range 18 {
			dark := bits>>i&1 == 1
			a, b := size-11+i%3, i/3
			q.set(b, a, dark) // top right: 6 rows × 3 columns
			q.set(a, b, dark) // bottom left: 3 rows × 6 columns
		}
	}
	return q
}

// set draws a function module.
func (q *qrCode) set(r, c int, dark bool) {
	q.m[r][c], q.fn[r][c] = dark, true
}

// drawFormat draws both copies of the format bits and the dark module.
func (q *qrCode) drawFormat(mask int) {
	bits := qrFormatBits(int(q.level), mask)
	bit := func(i int) bool { return bits>>i&1 == 1 }
	for i := range 6 {
		q.set(i, 8, bit(i))
	}
	q.set(7, 8, bit(6))
	q.set(8, 8, bit(7))
	q.set(8, 7, bit(8))
	for i := 9; i < 15; i++ {
		q.set(8, 14-i, bit(i))
	}
	for i := range 8 {
		q.set(8, q.size-1-i, bit(i))
	}
	for i := 8; i < 15; i++ {
		q.set(q.size-15+i, 8, bit(i))
	}
	q.set(q.size-8, 8, true)
}

// codewords encodes data in byte mode with padding and error correction,
// the blocks interleaved.
func (q *qrCode) codewords(data []byte) []byte {
	bt := qrTable[q.level][q.version-1]
	capBits := bt.dataCodewords() * 8
	var bits []bool
	put := func(v, n int) {
		for i := n - 1; i >= 0; i-- {
			bits = append(bits, v>>i&1 == 1)
		}
	}
	put(0b0100, 4)
	put(len(data), qrCountBits(q.version))
	for _, b := range data {
		put(int(b), 8)
	}
	put(0, min(4, capBits-len(bits)))
	put(0, (8-len(bits)%8)%8)
	for pad := 0xEC; len(bits) < capBits; pad ^= 0xEC ^ 0x11 {
		put(pad, 8)
	}
	all := make([]byte, len(bits)/8)
	for i, b := range bits {
		if b {
			all[i/8] |= 0x80 >> (i % 8)
		}
	}
	div := rsDivisor(bt.ec)
	var blocks, ecs [][]byte
	for k := range bt.n1 + bt.n2 {
		n := bt.d1
		if k >= bt.n1 {
			n++
		}
		blocks = append(blocks, all[:n])
		ecs = append(ecs, rsRemainder(all[:n], div))
		all = all[n:]
	}
	var out []byte
	for i := range bt.d1 + 1 {
		for _, b := range blocks {
			if i < len(b) {
				out = append(out, b[i])
			}
		}
	}
	for i := range bt.ec {
		for _, e := range ecs {
			out = append(out, e[i])
		}
	}
	return out
}

// placeData puts the codewords in the zigzag of two-module columns from
// the bottom right, skipping function modules; remainder bits stay light.
func (q *qrCode) placeData(cw []byte) {
	i := 0
	for right := q.size - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5 // the vertical timing pattern
		}
		up := (right+1)&2 == 0
		for vert := range q.size {
			r := vert
			if up {
				r = q.size - 1 - vert
			}
			for j := range 2 {
				c := right - j
				if !q.fn[r][c] && i < len(cw)*8 {
					q.m[r][c] = cw[i/8]>>(7-i%8)&1 == 1
					i++
				}
			}
		}
	}
}

// applyMask XORs mask pattern k onto the data modules.
func (q *qrCode) applyMask(k int) {
	for r := range q.size {
		for c := range q.size {
			var flip bool
			switch k {
			case 0:
				flip = (r+c)%2 == 0
			case 1:
				flip = r%2 == 0
			case 2:
				flip = c%3 == 0
			case 3:
				flip = (r+c)%3 == 0
			case 4:
				flip = (r/2+c/3)%2 == 0
			case 5:
				flip = r*c%2+r*c%3 == 0
			case 6:
				flip = (r*c%2+r*c%3)%2 == 0
			case 7:
				flip = ((r+c)%2+r*c%3)%2 == 0
			}
			if flip && !q.fn[r][c] {
				q.m[r][c] = !q.m[r][c]
			}
		}
	}
}

// penalty scores the symbol by the four rules of ISO/IEC 18004 7.8.3:
// runs of five or more, 2×2 blocks, finder-like 1:1:3:1:1 patterns with
// four light modules on one side, and the balance of dark and light.
func (q *qrCode) penalty() int {
	p, dark := 0, 0
	at := func(r, c int, transpose bool) bool {
		if transpose {
			return q.m[c][r]
		}
		return q.m[r][c]
	}
	for _, tr := range []bool{false, true} {
		for r := range q.size {
			run := 1
			for c := 1; c <= q.size; c++ {
				if c < q.size && at(r, c, tr) == at(r, c-1, tr) {
					run++
					continue
				}
				if run >= 5 {
					p += 3 + run - 5
				}
				run = 1
			}
			for c := 0; c+11 <= q.size; c++ {
				if q.finderLike(r, c, tr, at) {
					p += 40
				}
			}
		}
	}
	for r := range q.size {
		for c := range q.size {
			if q.m[r][c] {
				dark++
			}
			if r > 0 && c > 0 && q.m[r][c] == q.m[r-1][c] && q.m[r][c] == q.m[r][c-1] && q.m[r][c] == q.m[r-1][c-1] {
				p += 3
			}
		}
	}
	total := q.size * q.size
	return p + abs(dark*100/total-50)/5*10
}

// finderLike reports whether the 11 modules from (r, c) along a row (or a
// column when transposed) read 10111010000 or 00001011101.
func (q *qrCode) finderLike(r, c int, tr bool, at func(r, c int, tr bool) bool) bool {
	const a, b = "10111010000", "00001011101"
	ma, mb := true, true
	for i := range 11 {
		d := at(r, c+i, tr)
		ma = ma && d == (a[i] == '1')
		mb = mb && d == (b[i] == '1')
	}
	return ma || mb
}
