package formats

import (
	"sort"
	"unicode/utf8"
)

// runeStep is how many code points apart runeIndex keeps a byte offset.
const runeStep = 256

// runeIndex converts between byte and code-point offsets of one text in
// O(runeStep) time per lookup.
type runeIndex struct {
	text  string
	marks []int // marks[k] is the byte offset of code point k*runeStep
	n     int   // code points in text
}

// newRuneIndex indexes text.
func newRuneIndex(text string) *runeIndex {
	x := &runeIndex{text: text}
	for b := range text {
		if x.n%runeStep == 0 {
			x.marks = append(x.marks, b)
		}
		x.n++
	}
	return x
}

// byteOf returns the byte offset of code point cp, 0 ≤ cp ≤ n.
func (x *runeIndex) byteOf(cp int) (int, bool) {
	if cp < 0 || cp > x.n {
		return 0, false
	}
	if cp == x.n {
		return len(x.text), true
	}
	b := x.marks[cp/runeStep]
	for range cp % runeStep {
		_, size := utf8.DecodeRuneInString(x.text[b:])
		b += size
	}
	return b, true
}

// cpOf returns the code point offset of byte offset b (a rune boundary).
func (x *runeIndex) cpOf(b int) int {
	k := sort.Search(len(x.marks), func(i int) bool { return x.marks[i] > b }) - 1
	if k < 0 {
		return 0
	}
	return k*runeStep + utf8.RuneCountInString(x.text[x.marks[k]:b])
}

// slice returns the text of code points [start, end).
func (x *runeIndex) slice(start, end int) (string, bool) {
	if start > end {
		return "", false
	}
	b0, ok0 := x.byteOf(start)
	b1, ok1 := x.byteOf(end)
	if !ok0 || !ok1 {
		return "", false
	}
	return x.text[b0:b1], true
}

// contextRunes is how many code points of context a TextQuoteSelector
// carries on each side.
const contextRunes = 32

// runesBefore returns up to n code points of s that end at byte b.
func runesBefore(s string, b, n int) string {
	i := b
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:b]
}

// runesAfter returns up to n code points of s that start at byte b.
func runesAfter(s string, b, n int) string {
	i := b
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[b:i]
}
