package anchor

import "math/bits"

// pattern computes Levenshtein distances (insertions, deletions and
// substitutions of code points) from one quote to many sentences with
// Myers' bit-parallel algorithm, in the block form of Hyyrö: each sentence
// code point costs a few word operations per 64 code points of the quote,
// so a distance takes O(len(sentence) · len(quote)/64) time. It stops
// early once the distance is sure to be over the bound.
type pattern struct {
	m      int
	blocks int
	ascii  []uint64          // match masks of ASCII code points, blocks per code point
	other  map[rune][]uint64 // match masks of other code points
	zero   []uint64          // the mask of a code point not in the quote
	pv, mv []uint64          // vertical deltas, one word per block
}

// load prepares the pattern for quote q.
func (p *pattern) load(q []rune) {
	p.m = len(q)
	p.blocks = (len(q) + 63) / 64
	n := 128 * p.blocks
	if cap(p.ascii) < n {
		p.ascii = make([]uint64, n)
	}
	p.ascii = p.ascii[:n]
	clear(p.ascii)
	clear(p.other)
	if cap(p.zero) < p.blocks {
		p.zero = make([]uint64, p.blocks)
		p.pv = make([]uint64, p.blocks)
		p.mv = make([]uint64, p.blocks)
	}
	p.zero, p.pv, p.mv = p.zero[:p.blocks], p.pv[:p.blocks], p.mv[:p.blocks]
	for i, r := range q {
		p.mask(r, true)[i/64] |= 1 << (i % 64)
	}
}

// mask returns the match mask of code point r; with add it creates one.
func (p *pattern) mask(r rune, add bool) []uint64 {
	if 0 <= r && r < 128 {
		return p.ascii[int(r)*p.blocks : int(r+1)*p.blocks]
	}
	if m, ok := p.other[r]; ok || !add {
		if !ok {
			return p.zero
		}
		return m
	}
	if p.other == nil {
		p.other = map[rune][]uint64{}
	}
	m := make([]uint64, p.blocks)
	p.other[r] = m
	return m
}

// distance returns the edit distance from the loaded quote to t when it is
// at most k, and k+1 otherwise.
func (p *pattern) distance(t []rune, k int) int {
	m, n := p.m, len(t)
	if abs(m-n) > k {
		return k + 1
	}
	if m == 0 || n == 0 {
		return max(m, n)
	}
	for b := range p.pv {
		p.pv[b], p.mv[b] = ^uint64(0), 0
	}
	last := uint64(1) << ((m - 1) % 64)
	score := m
	for j, r := range t {
		eq := p.mask(r, false)
		// The top row grows by one per column: a +1 comes in from above.
		hin := 1
		for b := 0; b < p.blocks; b++ {
			high := uint64(1) << 63
			if b == p.blocks-1 {
				high = last
			}
			hin = p.advance(b, eq[b], hin, high)
		}
		score += hin
		// The distance can fall by at most one per remaining column.
		if score-(n-1-j) > k {
			return k + 1
		}
	}
	return min(score, k+1)
}

// advance moves block b one column on, given the match mask eq and the
// horizontal delta hin coming into its top; it returns the delta leaving
// its bottom row (the row of bit high).
func (p *pattern) advance(b int, eq uint64, hin int, high uint64) int {
	pv, mv := p.pv[b], p.mv[b]
	xv := eq | mv
	if hin < 0 {
		eq |= 1
	}
	sum, _ := bits.Add64(eq&pv, pv, 0)
	xh := (sum ^ pv) | eq
	ph := mv | ^(xh | pv)
	mh := pv & xh
	hout := 0
	switch {
	case ph&high != 0:
		hout = 1
	case mh&high != 0:
		hout = -1
	}
	ph <<= 1
	mh <<= 1
	switch {
	case hin < 0:
		mh |= 1
	case hin > 0:
		ph |= 1
	}
	p.pv[b] = mh | ^(xv | ph)
	p.mv[b] = ph & xv
	return hout
}
