package anchor

import (
	"slices"
	"sort"
	"unicode/utf8"
)

// Bounds on the fuzzy search, which keep the work per want constant.
const (
	// window is how many sentences on each side of the expected index (and
	// of the old index) are candidates.
	window = 20
	// rareWords is how many of a quote's rarest words bring candidates.
	rareWords = 3
	// maxRare is the most sentences a word may occur in to count as rare.
	maxRare = 16
	// bestKept is how many best candidates a want keeps per round.
	bestKept = 3
	// rounds is how many times wants that lost their best sentences to
	// closer matches search again.
	rounds = 4
)

// match is a candidate sentence for a want and its edit distance.
type match struct{ w, s, dist, score, off int }

// fuzzy places the remaining wants on sentences close to their quote.
// Fuzzy placements also tell how the text has shifted, so the wants left
// without a sentence search once more where that moves their expected
// index.
func (p *placer) fuzzy() {
	var pending []int
	for w, want := range p.wants {
		if !p.placed(w) && MaxDistance(utf8.RuneCountInString(want.Quote)) > 0 {
			pending = append(pending, w)
		}
	}
	if len(pending) == 0 {
		return
	}
	f := newFinder(p)
	around := map[int]int{} // the expected index each want searched around
	left := p.fuzzyRounds(f, pending, around)
	if len(left) == 0 {
		return
	}
	p.setAnchors()
	var again []int
	for _, w := range left {
		if e, _ := p.expected(p.wants[w].Index); abs(e-around[w]) > window/2 {
			again = append(again, w)
		}
	}
	p.fuzzyRounds(f, again, around)
}

// fuzzyRounds gathers the candidates of the pending wants, gives out the
// closest matches first, and lets wants that lost their matches to closer
// ones search again, for a few rounds. It returns the wants left without a
// sentence.
func (p *placer) fuzzyRounds(f *finder, pending []int, around map[int]int) []int {
	cands := make(map[int][]int, len(pending))
	for _, w := range pending {
		cands[w], around[w] = f.candidates(w)
	}
	for round := 0; round < rounds && len(pending) > 0; round++ {
		var all []match
		for _, w := range pending {
			all = append(all, f.best(w, cands[w])...)
		}
		// sort.Slice, not slices.SortFunc: the same algorithm without a
		// generic instantiation for match in app.wasm (#20).
		sort.Slice(all, func(i, j int) bool { return compareMatches(all[i], all[j]) < 0 })
		for _, m := range all {
			if !p.placed(m.w) && !p.taken[m.s] {
				p.place(m.w, m.s, Fuzzy, m.dist)
			}
		}
		// Wants that had matches but lost them all try again.
		var next []int
		for _, m := range all {
			if !p.placed(m.w) {
				next = append(next, m.w)
			}
		}
		slices.Sort(next)
		pending = slices.Compact(next)
	}
	var left []int
	for w := range cands {
		if !p.placed(w) {
			left = append(left, w)
		}
	}
	slices.Sort(left)
	return left
}

// finder looks for the sentences close to a quote.
type finder struct {
	p     *placer
	runes [][]rune // code points of the sentences, filled on demand
	seen  []int    // stamp per sentence, to gather candidates once
	stamp int
	words *wordIndex
	grams qgrams
	pat   pattern
}

func newFinder(p *placer) *finder {
	return &finder{
		p:     p,
		runes: make([][]rune, len(p.sents)),
		seen:  make([]int, len(p.sents)),
		words: newWordIndex(p.sents),
	}
}

// candidates returns the free sentences worth comparing with want w: those
// near its expected index e (also returned) and its old index, and those
// that share one of its rarest words.
func (f *finder) candidates(w int) (out []int, e int) {
	p := f.p
	want := p.wants[w]
	f.stamp++
	add := func(s int) {
		if s >= 0 && s < len(p.sents) && f.seen[s] != f.stamp && !p.taken[s] {
			f.seen[s] = f.stamp
			out = append(out, s)
		}
	}
	e, far := p.expected(want.Index)
	add(e)
	for d := 1; d <= window; d++ {
		add(e - d)
		add(e + d)
	}
	// Far from any exact placement the shift is a guess: look around the
	// old index too.
	if far > window && abs(e-want.Index) > window {
		for d := -window; d <= window; d++ {
			add(want.Index + d)
		}
	}
	for _, s := range f.words.rare(want.Quote) {
		add(s)
	}
	return out, e
}

// best returns up to bestKept free candidates whose distance to want w's
// quote is within the bound, closest first.
func (f *finder) best(w int, cands []int) []match {
	p := f.p
	q := []rune(p.wants[w].Quote)
	bound := MaxDistance(len(q))
	f.grams.load(q)
	f.pat.load(q)
	e, _ := p.expected(p.wants[w].Index)
	var kept []match
	for _, s := range cands {
		if p.taken[s] {
			continue
		}
		limit := bound
		if len(kept) == bestKept {
			limit = kept[len(kept)-1].dist
		}
		r := f.sentence(s)
		if abs(len(r)-len(q)) > limit || !f.grams.mayBeWithin(r, limit) {
			continue
		}
		d := f.pat.distance(r, limit)
		if d > limit {
			continue
		}
		m := match{w: w, s: s, dist: d, score: p.score(w, s), off: abs(s - e)}
		i, _ := slices.BinarySearchFunc(kept, m, func(a, b match) int {
			switch {
			case a.dist != b.dist:
				return a.dist - b.dist
			case a.score != b.score:
				return b.score - a.score
			}
			return a.off - b.off
		})
		kept = slices.Insert(kept, i, m)
		if len(kept) > bestKept {
			kept = kept[:bestKept]
		}
	}
	return kept
}

// sentence returns the code points of sentence s.
func (f *finder) sentence(s int) []rune {
	if f.runes[s] == nil {
		f.runes[s] = []rune(f.p.sents[s])
	}
	return f.runes[s]
}

// compareMatches orders fuzzy matches: fewest edits first, then best
// score, then by offset, want and sentence.
func compareMatches(a, b match) int {
	switch {
	case a.dist != b.dist:
		return a.dist - b.dist
	case a.score != b.score:
		return b.score - a.score
	case a.off != b.off:
		return a.off - b.off
	case a.w != b.w:
		return a.w - b.w
	}
	return a.s - b.s
}
