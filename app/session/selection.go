package session

import (
	"strings"
	"unicode"
)

// Span is a byte range [Start, End) inside the current sentence; the zero
// value selects nothing.
type Span struct{ Start, End int }

// Empty reports whether the span selects nothing.
func (p Span) Empty() bool { return p.End <= p.Start }

// SelectWords grows (dir > 0) or shrinks (dir < 0) the keyboard word
// selection of the current sentence, which starts at its first word.
func (s *Session) SelectWords(dir int) Effect {
	if s.Len() == 0 {
		return Effect{}
	}
	text := s.Doc.SentenceText(s.Cur)
	last := -1
	if !s.Sel.Empty() {
		last = len(strings.Fields(text[:s.Sel.End])) - 1
	}
	last = max(-1, min(last+dir, len(strings.Fields(text))-1))
	s.Sel = Span{}
	e := Effect{Repaint: []int{s.Cur}}
	if last >= 0 {
		s.Sel = WordSpan(text, 0, last)
		e.Status = s.tr("Selected “%s”: press a tag key to highlight it, Escape to cancel.", text[s.Sel.Start:s.Sel.End])
	}
	return e
}

// Select makes bytes [a, b) of sentence i, which must be current, the
// pending selection (a mouse selection).
func (s *Session) Select(i, a, b int) Effect {
	if i != s.Cur || i < 0 || i >= s.Len() {
		return Effect{}
	}
	text := s.Doc.SentenceText(i)
	if a < 0 || b <= a || b > len(text) {
		return Effect{}
	}
	s.Sel = Span{a, b}
	return Effect{Repaint: []int{i}, Status: s.tr("Selected “%s”: press a tag key or click a tag to highlight it, Escape to cancel.", text[a:b])}
}

// Unselect drops the pending selection.
func (s *Session) Unselect() Effect {
	if s.Sel.Empty() {
		return Effect{}
	}
	s.Sel = Span{}
	return Effect{Repaint: []int{s.Cur}}
}

// Escape drops the word selection, or else leaves the note editor keeping
// the note. (Open dialogs close before: the view owns them.)
func (s *Session) Escape() Effect {
	if !s.Sel.Empty() {
		e := s.Unselect()
		e.Status = s.tr("Selection dropped.")
		return e
	}
	e := s.CommitNote()
	e.Focus = FocusLeave
	return e
}

// WordSpan returns the byte span of words [first, last] of text (words are
// runs of non-space), or the zero span when out of range.
func WordSpan(text string, first, last int) Span {
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
		return Span{}
	}
	return Span{starts[first], ends[last]}
}

// UTF16ToByte converts an offset in UTF-16 code units (as the DOM counts)
// into a byte offset into s; it returns -1 when the offset falls inside a
// character or beyond the text.
func UTF16ToByte(s string, u int) int {
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

// UTF16Units is the length of s in UTF-16 code units, as the DOM counts.
func UTF16Units(s string) int {
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
