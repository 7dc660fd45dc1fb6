// Package segment splits English text into sentences.
//
// Split reads the text once, left to right. At each run of terminal marks
// (. ? ! …) followed by white space it looks at the word before the marks and
// the token after them, and decides whether a sentence ends there, using the
// word lists in abbreviations.go and lexicon.go. Each look-around stops at the
// neighbouring token, so the work is linear in the length of the text.
//
// The rules, in short:
//   - A line break always ends a sentence, so a paragraph, a heading or a list
//     line without a final mark is a sentence of its own.
//   - No sentence ends before a lower-case word, nor where the marks are glued
//     to more text ("Jane.Doe@example.com", "3.14", "Jr.'s").
//   - "?" and "!" end a sentence, except in names such as "Yahoo!".
//   - A period after an ordinary word or a number ends it; after an
//     abbreviation it depends on the abbreviation's kind (see abbrevKind).
//   - Closing quotes and brackets after the marks stay with the sentence.
//   - Ellipses follow the usual style rules: "...." ends a sentence, " . . . "
//     and "[...]" do not, "..." ends one before a capitalised word.
//   - Numbered, lettered and bulleted list items that run on within a line
//     ("1) first 2) second") are split before each next label.
package segment

import "unicode/utf8"

// Span is one sentence: the half-open byte range [Start, End) of the original text.
type Span struct{ Start, End int }

// Split returns the sentences of text in order, each trimmed of surrounding white space.
//
// The spans are ordered and do not overlap; the text outside them is white
// space only, and no span contains a line break. Invalid UTF-8 bytes are
// treated as ordinary characters.
func Split(text string) []Span {
	s := splitter{text: text, start: -1, word: -1}
	s.run()
	return s.spans
}

// splitter holds the state of one pass over a text.
type splitter struct {
	text  string
	spans []Span
	start int       // first byte of the open sentence; -1 if none is open
	last  int       // the byte after the last non-space rune seen
	word  int       // first byte of the current token; -1 between tokens
	words int       // tokens seen so far in the open sentence
	list  listState // the list the current line holds, if any
}

// run scans the whole text and appends the sentences to s.spans.
func (s *splitter) run() {
	t := s.text
	for i := 0; i < len(t); {
		r, n := rune(t[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(t[i:])
		}
		if isSpace(r) {
			if isLineBreak(r) {
				s.close(s.last)
				s.list = listState{}
			}
			s.word = -1
			i += n
			continue
		}
		if s.word < 0 {
			if j := s.tokenStart(i); j > i {
				i = j
				continue
			}
		}
		if isTerminal(r) {
			i = s.terminal(i)
			continue
		}
		i += n
		for i < len(t) && plain[t[i]] {
			i++
		}
		s.last = i
	}
	s.close(s.last)
}

// tokenStart handles the start of a token at byte i: it ends the open
// sentence before the first item of a list after a colon and before the next
// item of a run-on list, and opens a sentence if none is open. When the new
// sentence starts with a list marker it returns the byte after the marker,
// which is skipped; otherwise it returns i.
func (s *splitter) tokenStart(i int) int {
	if s.start >= 0 && (s.words >= 2 && s.list.continuesAt(s.text, i) ||
		s.text[s.last-1] == ':' && opensList(s.text, i)) {
		s.close(s.last)
	}
	s.word = i
	s.words++
	if s.start >= 0 {
		return i
	}
	s.start, s.words = i, 1
	m, ok := parseMarker(s.text, i)
	if !ok || !s.list.accepts(m) {
		return i
	}
	s.list = listState{last: m, active: true}
	s.last = m.end
	s.word = -1
	return m.end
}

// terminal handles the terminal mark at byte i and returns where to go on.
func (s *splitter) terminal(i int) int {
	c := scanCluster(s.text, i)
	s.last = c.end
	if c.end < len(s.text) && !spaceAt(s.text, c.end) {
		return c.end
	}
	s.words += c.spaced
	if end, ok := s.decide(i, c); ok {
		s.last = end
		s.close(end)
		return end
	}
	return c.end
}

// close ends the open sentence, if any, at byte end.
func (s *splitter) close(end int) {
	if s.start >= 0 && end > s.start {
		s.spans = append(s.spans, Span{s.start, end})
	}
	s.start = -1
	s.word = -1
}
