package anchor

import (
	"sort"
	"unicode/utf8"
)

// placer holds the state of one Place call.
type placer struct {
	sents []string
	wants []Want
	res   []Result
	taken []bool
	// anchors are (old index, new index) pairs of the placements so far,
	// by old index; they estimate where an old index has moved.
	anchors []pair
	ctx     contexts
}

// pair is an old and a new sentence index.
type pair struct{ old, new int }

func newPlacer(sentences []string, wants []Want) *placer {
	p := &placer{
		sents: sentences,
		wants: wants,
		res:   make([]Result, len(wants)),
		taken: make([]bool, len(sentences)),
		ctx:   contexts{sents: sentences, cache: map[int]*context{}},
	}
	for i := range p.res {
		p.res[i] = Result{Index: -1}
	}
	return p
}

// place gives sentence s to want w.
func (p *placer) place(w, s int, how Kind, dist int) {
	p.res[w] = Result{Index: s, How: how, Distance: dist}
	p.taken[s] = true
}

// placed reports whether want w has a sentence.
func (p *placer) placed(w int) bool { return p.res[w].Index >= 0 }

// setAnchors rebuilds the anchors from the placements so far.
func (p *placer) setAnchors() {
	p.anchors = p.anchors[:0]
	for w, r := range p.res {
		if r.Index >= 0 {
			p.anchors = append(p.anchors, pair{p.wants[w].Index, r.Index})
		}
	}
	// sort.Slice, not slices.SortFunc: the same algorithm without a
	// generic instantiation for pair in app.wasm (#20).
	sort.Slice(p.anchors, func(i, j int) bool {
		a, b := p.anchors[i], p.anchors[j]
		return a.old < b.old || a.old == b.old && a.new < b.new
	})
}

// expected returns where old index i has most likely moved: shifted like
// the nearest anchor (by old index), or i when there is none. far is the
// distance in old indices to that anchor (len(sentences)+|i| when none).
func (p *placer) expected(i int) (e, far int) {
	a := p.anchors
	k := sort.Search(len(a), func(j int) bool { return a[j].old >= i })
	e, far = i, len(p.sents)+abs(i)
	if k < len(a) {
		e, far = a[k].new-(a[k].old-i), a[k].old-i
	}
	if k > 0 && i-a[k-1].old <= far {
		e, far = a[k-1].new+(i-a[k-1].old), i-a[k-1].old
	}
	return min(max(e, 0), max(len(p.sents)-1, 0)), far
}

// context is the normalised text around a sentence.
type context struct{ before, after []rune }

// contextRunes is how many code points of context are compared.
const contextRunes = 32

// contexts computes and caches the context of the new sentences: the
// neighbouring sentences joined with single spaces.
type contexts struct {
	sents []string
	cache map[int]*context
}

// of returns the context of sentence i.
func (c *contexts) of(i int) *context {
	if x, ok := c.cache[i]; ok {
		return x
	}
	var before []rune
	for j := i - 1; j >= 0 && len(before) <= contextRunes; j-- {
		before = append(normalise(c.sents[j]+" "), before...)
	}
	if len(before) > contextRunes {
		before = before[len(before)-contextRunes:]
	}
	var after []rune
	for j := i + 1; j < len(c.sents) && len(after) <= contextRunes; j++ {
		after = append(after, normalise(" "+c.sents[j])...)
	}
	if len(after) > contextRunes {
		after = after[:contextRunes]
	}
	x := &context{before, after}
	c.cache[i] = x
	return x
}

// score says how well want w's prefix and suffix match the context of
// sentence s: the number of code points that agree next to the sentence.
func (p *placer) score(w, s int) int {
	x := p.ctx.of(s)
	want := p.wants[w]
	n := 0
	if want.Prefix != "" {
		pre := normalise(want.Prefix)
		for i := 1; i <= len(pre) && i <= len(x.before) && pre[len(pre)-i] == x.before[len(x.before)-i]; i++ {
			n++
		}
	}
	if want.Suffix != "" {
		suf := normalise(want.Suffix)
		for i := 0; i < len(suf) && i < len(x.after) && suf[i] == x.after[i]; i++ {
			n++
		}
	}
	return n
}

// normalise returns s as code points with each run of white space made one
// space, so that a line break and a space between sentences compare equal.
func normalise(s string) []rune {
	out := make([]rune, 0, utf8.RuneCountInString(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, r)
	}
	if space {
		out = append(out, ' ')
	}
	return out
}

// isSpace reports whether r is white space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x2028, 0x2029, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
