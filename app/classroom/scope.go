package classroom

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// MaxScopeRanges caps the ranges of an exercise's graded scope.
const MaxScopeRanges = 10_000

// maxScopeInput caps the text ParseScope reads, in bytes.
const maxScopeInput = 64 << 10

// Range is the sentences [From, To) of a text, 0-based: {0, 5} is the
// first five sentences.
type Range struct {
	// From is the first sentence of the range; To the one after its last.
	From int `json:"from"`
	To   int `json:"to"`
}

// DefaultScope returns the sentences of d that are not headings
// (model.Document.IsHeading), merged into ranges: the scope a teacher is
// offered first. It is nil when no sentence is left, which (like any empty
// scope) grades every sentence.
func DefaultScope(d *model.Document) []Range {
	var rs []Range
	for i := range d.Sentences {
		if !d.IsHeading(i) {
			rs = addRange(rs, Range{i, i + 1})
		}
	}
	return rs
}

// addRange appends r to the sorted ranges rs, merging it with the last
// one when they touch or overlap; r must not start before the last one.
func addRange(rs []Range, r Range) []Range {
	if n := len(rs); n > 0 && r.From <= rs[n-1].To {
		rs[n-1].To = max(rs[n-1].To, r.To)
		return rs
	}
	return append(rs, r)
}

// ParseScope reads a scope as a teacher writes it: sentence numbers from
// 1 and inclusive ranges, "1-5, 8, 10–12" (a hyphen, en or em dash for
// ranges; commas, semicolons or spaces between items). n is the number of
// sentences of the text. Ranges may come in any order and overlap; the
// result is sorted and merged. Blank input gives nil: every sentence is
// graded. The errors are sentences a teacher can act on, e.g. "sentence 40
// is past the end: the text has 32 sentences".
func ParseScope(s string, n int) ([]Range, error) {
	if len(s) > maxScopeInput {
		return nil, fmt.Errorf("the scope is longer than %s", jsonstrict.HumanBytes(maxScopeInput))
	}
	items := strings.FieldsFunc(normaliseDashes(s), func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) })
	// Spaces around a dash split "1 - 5" into three fields; join them back.
	var joined []string
	for _, it := range items {
		if k := len(joined); k > 0 && (it == "-" || strings.HasPrefix(it, "-") || strings.HasSuffix(joined[k-1], "-")) {
			joined[k-1] += it
			continue
		}
		joined = append(joined, it)
	}
	if len(joined) == 0 {
		return nil, nil
	}
	if n <= 0 {
		return nil, fmt.Errorf("the text has no sentences to grade")
	}
	var rs []Range
	for _, it := range joined {
		r, err := parseItem(it, n)
		if err != nil {
			return nil, err
		}
		rs = append(rs, r)
	}
	// sort.Slice, not slices.SortFunc: the same algorithm without a
	// generic instantiation for Range in app.wasm (#20).
	sort.Slice(rs, func(i, j int) bool { return rs[i].From < rs[j].From })
	var out []Range
	for _, r := range rs {
		out = addRange(out, r)
	}
	if len(out) > MaxScopeRanges {
		return nil, fmt.Errorf("the scope has %d separate ranges; at most %d", len(out), MaxScopeRanges)
	}
	return out, nil
}

// normaliseDashes turns en and em dashes and the minus sign into hyphens.
func normaliseDashes(s string) string {
	return strings.NewReplacer("–", "-", "—", "-", "−", "-").Replace(s)
}

// parseItem reads "8" or "10-12" (1-based, inclusive) of a text of n
// sentences.
func parseItem(it string, n int) (Range, error) {
	a, b, isRange := strings.Cut(it, "-")
	if !isRange {
		b = a
	}
	if isRange && (a == "" || b == "") {
		return Range{}, fmt.Errorf("%q is not a range: write both ends, e.g. 3-5", it)
	}
	from, err := sentenceNumber(a, n)
	if err != nil {
		return Range{}, err
	}
	to, err := sentenceNumber(b, n)
	if err != nil {
		return Range{}, err
	}
	if to < from {
		return Range{}, fmt.Errorf("%q goes backwards: write %d-%d", it, to, from)
	}
	return Range{from - 1, to}, nil
}

// sentenceNumber reads one 1-based sentence number of a text of n
// sentences.
func sentenceNumber(s string, n int) (int, error) {
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return 0, fmt.Errorf("%q is not a sentence number", jsonstrict.Clip(s, 20))
	}
	k, err := strconv.Atoi(s)
	switch {
	case err != nil || k > n:
		return 0, fmt.Errorf("sentence %s is past the end: the text has %s", jsonstrict.Clip(s, 20), countNoun(n, "sentence"))
	case k == 0:
		return 0, fmt.Errorf("there is no sentence 0: sentences are numbered from 1")
	}
	return k, nil
}

// countNoun writes "1 sentence" or "3 sentences".
func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// FormatScope writes ranges as ParseScope reads them, numbered from 1:
// "1-5, 8, 10-12". It writes "" for an empty scope.
func FormatScope(rs []Range) string {
	parts := make([]string, 0, len(rs))
	for _, r := range rs {
		switch {
		case r.To <= r.From:
			continue
		case r.To == r.From+1:
			parts = append(parts, strconv.Itoa(r.From+1))
		default:
			parts = append(parts, strconv.Itoa(r.From+1)+"-"+strconv.Itoa(r.To))
		}
	}
	return strings.Join(parts, ", ")
}

// Graded reports whether sentence i is graded: inside the scope, or any
// sentence when the scope is empty.
func (ex *Exercise) Graded(i int) bool {
	if i < 0 {
		return false
	}
	if len(ex.Scope) == 0 {
		return true
	}
	k, _ := slices.BinarySearchFunc(ex.Scope, i, func(r Range, i int) int {
		switch {
		case r.To <= i:
			return -1
		case r.From > i:
			return 1
		}
		return 0
	})
	return k < len(ex.Scope) && ex.Scope[k].From <= i && i < ex.Scope[k].To
}

// GradedCount returns how many of the n sentences of the text are graded.
func (ex *Exercise) GradedCount(n int) int {
	if len(ex.Scope) == 0 {
		return max(n, 0)
	}
	c := 0
	for _, r := range ex.Scope {
		c += max(0, min(r.To, n)-max(r.From, 0))
	}
	return c
}

// checkScope checks a scope (at path) against a text of n sentences:
// at most MaxScopeRanges non-empty ranges, sorted, without overlap, inside
// the text.
func checkScope(rs []Range, n int, path string) error {
	if len(rs) > MaxScopeRanges {
		return jsonstrict.Errorf(path, "%d ranges; a scope may have at most %d", len(rs), MaxScopeRanges)
	}
	prev := 0
	for k, r := range rs {
		rp := jsonstrict.IndexPath(path, k)
		switch {
		case r.From < 0:
			return jsonstrict.Errorf(rp+".from", "sentence index %d is negative", r.From)
		case r.To <= r.From:
			return jsonstrict.Errorf(rp, "from %d and to %d do not make a range of sentences", r.From, r.To)
		case r.From < prev:
			return jsonstrict.Errorf(rp+".from", "the range overlaps the one before it or comes before it (ranges are sorted)")
		case r.To > n:
			return jsonstrict.Errorf(rp+".to", "sentence %d is past the end: the text has %s", r.To, countNoun(n, "sentence"))
		}
		prev = r.To
	}
	return nil
}
