package ui

import (
	"strings"
	"unicode"

	"annotator/app/markup"
)

// span is a byte range [start, end) inside the current sentence; the zero
// value means no selection.
type span struct{ start, end int }

// markup returns the span as markup writes it.
func (s span) markup() markup.Span { return markup.Span{Start: s.start, End: s.end} }

// empty reports whether the span selects nothing.
func (s span) empty() bool { return s.end <= s.start }

// utf16ToByte converts an offset in UTF-16 code units (as the DOM counts)
// into a byte offset into s; it returns -1 when the offset falls inside a
// character or beyond the text.
func utf16ToByte(s string, u int) int {
	n := 0
	for i, r := range s {
		if n == u {
			return i
		}
		if n > u {
			return -1
		}
		n += utf16Len(r)
	}
	if n == u {
		return len(s)
	}
	return -1
}

// utf16Units is the length of s in UTF-16 code units, as the DOM counts.
func utf16Units(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Len(r)
	}
	return n
}

// utf16Len is the number of UTF-16 code units of r.
func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// wordSpan returns the byte span of words [first, last] of text (words are
// runs of non-space), or the zero span when out of range.
func wordSpan(text string, first, last int) span {
	var starts, ends []int
	in := false
	for i, r := range text {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			starts = append(starts, i)
		}
		if sp && in {
			ends = append(ends, i)
		}
		in = !sp
	}
	if in {
		ends = append(ends, len(text))
	}
	if first < 0 || last >= len(starts) || first > last {
		return span{}
	}
	return span{starts[first], ends[last]}
}

// wordCount returns the number of words in text.
func wordCount(text string) int { return len(strings.Fields(text)) }
