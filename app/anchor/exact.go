package anchor

import (
	"sort"
)

// nearCandidates is how many equal sentences on each side of the expected
// index are scored by context for one want.
const nearCandidates = 8

// exact places the wants whose quote is the text of a free sentence.
func (p *placer) exact() {
	byText := map[string][]int{}
	for i, s := range p.sents {
		byText[s] = append(byText[s], i)
	}
	wantsOf := map[string]int{}
	for _, w := range p.wants {
		wantsOf[w.Quote]++
	}
	// A quote that occurs once on each side needs no choice.
	for w, want := range p.wants {
		if c := byText[want.Quote]; len(c) == 1 && wantsOf[want.Quote] == 1 {
			p.place(w, c[0], Exact, 0)
		}
	}
	p.setAnchors()

	// The rest: score the equal sentences near the expected index by
	// context, then by nearness, and give out the best pairs first.
	var opts []option
	var open []int
	for w, want := range p.wants {
		c := byText[want.Quote]
		if p.placed(w) || len(c) == 0 {
			continue
		}
		open = append(open, w)
		e, _ := p.expected(want.Index)
		k := sort.SearchInts(c, e)
		for _, s := range c[max(0, k-nearCandidates):min(len(c), k+nearCandidates)] {
			opts = append(opts, option{w, s, p.score(w, s), abs(s - e)})
		}
	}
	// sort.Slice, not slices.SortFunc: the same algorithm without a
	// generic instantiation for option in app.wasm (#20).
	sort.Slice(opts, func(i, j int) bool { return compareOptions(opts[i], opts[j]) < 0 })
	for _, o := range opts {
		if !p.placed(o.w) && !p.taken[o.s] {
			p.place(o.w, o.s, Exact, 0)
		}
	}
	// Wants whose near sentences all went to others take the nearest free
	// equal sentence.
	for _, w := range open {
		if p.placed(w) {
			continue
		}
		e, _ := p.expected(p.wants[w].Index)
		if s, ok := p.nearestFree(byText[p.wants[w].Quote], e); ok {
			p.place(w, s, Exact, 0)
		}
	}
	p.setAnchors()
}

// nearestFree returns the free sentence of the sorted list c nearest to e.
func (p *placer) nearestFree(c []int, e int) (int, bool) {
	k := sort.SearchInts(c, e)
	for lo, hi := k-1, k; lo >= 0 || hi < len(c); {
		switch {
		case hi < len(c) && (lo < 0 || c[hi]-e <= e-c[lo]):
			if !p.taken[c[hi]] {
				return c[hi], true
			}
			hi++
		default:
			if !p.taken[c[lo]] {
				return c[lo], true
			}
			lo--
		}
	}
	return 0, false
}

// option is a candidate place: want w at sentence s.
type option struct{ w, s, score, dist int }

// compareOptions orders candidate places: best score first, then nearest
// the expected place, then by want and sentence.
func compareOptions(a, b option) int {
	switch {
	case a.score != b.score:
		return b.score - a.score
	case a.dist != b.dist:
		return a.dist - b.dist
	case a.w != b.w:
		return a.w - b.w
	}
	return a.s - b.s
}
