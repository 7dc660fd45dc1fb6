package agreement

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
)

// Rating is one label that one rater gave one item. An empty Label means the
// rater judged the item and gave it no label.
type Rating struct {
	// Item identifies the annotated unit, e.g. a sentence id.
	Item string
	// Rater identifies the annotator.
	Rater string
	// Label is one label the rater gave the item; empty for "no label".
	Label string
}

// Set is a sorted, duplicate-free list of labels: everything one rater gave
// one item. The empty set means "no label".
type Set []string

// NewSet returns the labels sorted with duplicates and empty strings removed.
func NewSet(labels ...string) Set {
	s := make(Set, 0, len(labels))
	for _, l := range labels {
		if l != "" {
			s = append(s, l)
		}
	}
	slices.Sort(s)
	return slices.Compact(s)
}

// key returns a string that is equal for two sets exactly when the sets are
// equal; it is the set's nominal value. Quoted labels delimit themselves, so
// their concatenation is unambiguous.
func (s Set) key() string {
	var b []byte
	for _, l := range s {
		b = strconv.AppendQuote(b, l)
	}
	return string(b)
}

// code is the value one rater gave one item.
type code struct {
	rater  int
	labels Set
	key    string // labels.key(), the nominal value
}

// unit is one item with the values of the raters who judged it, in rater
// order.
type unit struct {
	item  string
	codes []code
}

// Dataset holds ratings grouped by item and rater. Build one with
// [NewDataset]; the zero value is an empty dataset.
type Dataset struct {
	raters []string
	units  []unit
}

// NewDataset groups ratings by item and rater. Several rows for the same
// item and rater form that rater's label set; repeated rows count once; an
// empty label adds nothing to a set but records that the rater judged the
// item. It returns an error if a row has an empty Item or Rater.
func NewDataset(ratings []Rating) (*Dataset, error) {
	items, raters := newInterner(), newInterner()
	type row struct {
		item, rater int
		label       string
	}
	rows := make([]row, len(ratings))
	for i, r := range ratings {
		if r.Item == "" || r.Rater == "" {
			return nil, fmt.Errorf("agreement: rating %d: empty item or rater", i)
		}
		rows[i] = row{items.id(r.Item), raters.id(r.Rater), r.Label}
	}
	itemRank, raterRank := items.rank(), raters.rank()
	for i := range rows {
		rows[i].item, rows[i].rater = itemRank[rows[i].item], raterRank[rows[i].rater]
	}
	// sort.Slice, not slices.SortFunc: the same algorithm without a
	// generic instantiation for row in app.wasm (#20).
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		return cmp.Or(cmp.Compare(a.item, b.item), cmp.Compare(a.rater, b.rater)) < 0
	})
	d := &Dataset{raters: raters.names, units: make([]unit, len(items.names))}
	for i, name := range items.names {
		d.units[i].item = name
	}
	var labels []string
	for i, r := range rows {
		labels = append(labels, r.label)
		if i+1 < len(rows) && rows[i+1].item == r.item && rows[i+1].rater == r.rater {
			continue
		}
		set := NewSet(labels...)
		u := &d.units[r.item]
		u.codes = append(u.codes, code{rater: r.rater, labels: set, key: set.key()})
		labels = labels[:0]
	}
	return d, nil
}

// interner numbers distinct strings in order of first sight.
type interner struct {
	ids   map[string]int
	names []string
}

func newInterner() *interner { return &interner{ids: map[string]int{}} }

// id returns the number of s.
func (in *interner) id(s string) int {
	if i, ok := in.ids[s]; ok {
		return i
	}
	in.ids[s] = len(in.names)
	in.names = append(in.names, s)
	return len(in.names) - 1
}

// rank sorts the names and returns, for each old number, the new one. Call
// it once, after the last call to id.
func (in *interner) rank() []int {
	order := make([]int, len(in.names))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(in.names[a], in.names[b]) })
	rank := make([]int, len(order))
	sorted := make([]string, len(order))
	for newID, oldID := range order {
		rank[oldID] = newID
		sorted[newID] = in.names[oldID]
	}
	in.names = sorted
	return rank
}

// Items returns the ids of the items that have at least one rating, sorted.
func (d *Dataset) Items() []string {
	out := make([]string, len(d.units))
	for i, u := range d.units {
		out[i] = u.item
	}
	return out
}

// Value returns the label set rater gave item, and false if the rater did
// not judge the item.
func (d *Dataset) Value(item, rater string) (Set, bool) {
	i, ok := slices.BinarySearchFunc(d.units, item, func(u unit, it string) int { return cmp.Compare(u.item, it) })
	if !ok {
		return nil, false
	}
	r, ok := slices.BinarySearch(d.raters, rater)
	if !ok {
		return nil, false
	}
	j, ok := slices.BinarySearchFunc(d.units[i].codes, r, func(c code, r int) int { return cmp.Compare(c.rater, r) })
	if !ok {
		return nil, false
	}
	return slices.Clone(d.units[i].codes[j].labels), true
}

// Raters returns the ids of the raters, sorted.
func (d *Dataset) Raters() []string {
	return slices.Clone(d.raters)
}

// valueCounts returns how many raters gave u each nominal value, keyed by
// [Set.key].
func valueCounts(u unit) map[string]int {
	counts := make(map[string]int, len(u.codes))
	for _, c := range u.codes {
		counts[c.key]++
	}
	return counts
}
