package classroom

// QR code tables for versions 1–10 (ISO/IEC 18004:2015, tables 1, 7 and 9
// and annex E), and Reed–Solomon arithmetic over GF(256).

// qrBlocks says how the codewords of one version and level are split:
// ec error-correction codewords per block, n1 blocks of d1 data
// codewords, then n2 blocks of d1+1.
type qrBlocks struct{ ec, n1, d1, n2 int }

// qrTable[level][version-1]; level 0 is L, 1 is M.
var qrTable = [2][10]qrBlocks{
	{ // L
		{7, 1, 19, 0}, {10, 1, 34, 0}, {15, 1, 55, 0}, {20, 1, 80, 0}, {26, 1, 108, 0},
		{18, 2, 68, 0}, {20, 2, 78, 0}, {24, 2, 97, 0}, {30, 2, 116, 0}, {18, 2, 68, 2},
	},
	{ // M
		{10, 1, 16, 0}, {16, 1, 28, 0}, {26, 1, 44, 0}, {18, 2, 32, 0}, {24, 2, 43, 0},
		{16, 4, 27, 0}, {18, 4, 31, 0}, {22, 2, 38, 2}, {22, 3, 36, 2}, {26, 4, 43, 1},
	},
}

// dataCodewords returns the number of data codewords of b.
func (b qrBlocks) dataCodewords() int { return b.n1*b.d1 + b.n2*(b.d1+1) }

// qrAlign are the row and column centres of the alignment patterns of
// versions 2–10.
var qrAlign = [11][]int{2: {6, 18}, 3: {6, 22}, 4: {6, 26}, 5: {6, 30}, 6: {6, 34},
	7: {6, 22, 38}, 8: {6, 24, 42}, 9: {6, 26, 46}, 10: {6, 28, 50}}

// gfMul multiplies in GF(256) modulo x⁸+x⁴+x³+x²+1 (0x11D).
func gfMul(x, y byte) byte {
	z := 0
	for i := 7; i >= 0; i-- {
		z = z<<1 ^ (z>>7)*0x11D
		z ^= int(y>>i&1) * int(x)
	}
	return byte(z)
}

// rsDivisor returns the generator polynomial (x-α⁰)(x-α¹)…(x-α^(n-1)),
// its leading 1 left out, highest power first.
func rsDivisor(n int) []byte {
	g := make([]byte, n)
	g[n-1] = 1
	root := byte(1)
	for range n {
		for j := range g {
			g[j] = gfMul(g[j], root)
			if j+1 < n {
				g[j] ^= g[j+1]
			}
		}
		root = gfMul(root, 2)
	}
	return g
}

// rsRemainder returns the error-correction codewords of data.
func rsRemainder(data, divisor []byte) []byte {
	r := make([]byte, len(divisor))
	for _, b := range data {
		f := b ^ r[0]
		copy(r, r[1:])
		r[len(r)-1] = 0
		for i, d := range divisor {
			r[i] ^= gfMul(d, f)
		}
	}
	return r
}

// qrFormatBits returns the 15 format bits of a level (0 L, 1 M) and mask:
// the level's indicator (L 01, M 00) and the mask in 5 bits, a BCH(15,5)
// code, XOR 101010000010010.
func qrFormatBits(level, mask int) int {
	data := (1-level)<<3 | mask
	rem := data
	for range 10 {
		rem = rem<<1 ^ (rem>>9)*0x537
	}
	return (data<<10 | rem) ^ 0x5412
}

// qrVersionBits returns the 18 version bits of versions 7 and up: the
// version in 6 bits and a BCH(18,6) code.
func qrVersionBits(version int) int {
	rem := version
	for range 12 {
		rem = rem<<1 ^ (rem>>11)*0x1F25
	}
	return version<<12 | rem
}

// abs returns |x|.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
