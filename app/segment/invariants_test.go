package segment

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkInvariants fails t unless spans are a valid segmentation of text:
// ordered, in bounds, non-overlapping, non-empty, trimmed, free of line
// breaks, with only white space between and around them.
func checkInvariants(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for k, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("%q: span %d %v out of order, empty or out of bounds (previous end %d)", text, k, sp, prev)
		}
		if !allSpace(text[prev:sp.Start]) {
			t.Fatalf("%q: non-space text %q left out before span %d", text, text[prev:sp.Start], k)
		}
		s := text[sp.Start:sp.End]
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Fatalf("%q: span %d %q is not trimmed", text, k, s)
		}
		for _, r := range s {
			if isLineBreak(r) {
				t.Fatalf("%q: span %d %q holds a line break", text, k, s)
			}
		}
		prev = sp.End
	}
	if !allSpace(text[prev:]) {
		t.Fatalf("%q: non-space text %q left out at the end", text, text[prev:])
	}
}

// allSpace reports whether s is white space only.
func allSpace(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// oddInputs are texts at the edges: marks alone, marks at the ends, invalid
// UTF-8, markers with nothing after them.
var oddInputs = []string{
	"", ".", "...", ". . . .", "?!", "…", " . ", "a.", "A. ", "1.", "1.)", "(1)", "•", "• ", "•  •",
	"Mr.", "U.S.", "e.g.", "a.m.", ":)", "Hi! :)", "Hi! :) ", "x.\n.y", ".\r\n.",
	"\xff", "\xff.\xfe", "Hi.\xff Yo.", "a\xc2", "\xe2\x80", "Hi.\xe2\x80\xa6 Yo", "Ok.\u00a0Then",
	"“”", "“.” ”", "'. '", "([.]) ", "1. 2. 3.", "a. b. c.", "• 1. • 2.", "⁃9. x ⁃10. y",
	"word. . . . Word. . . .", ". . . The end. . . .", "Wait . . . . . Then", "x .. Y", "x ... Y",
	"Co. . . . Next", "Yahoo!", "yahoo! Wow", "I. I. I.", "At 5 a.m. A", "N°. 1.",
	"1) 2) 3)", "(a) x (b) y", "  leading and trailing  ", "tab\tseparated.\tSentences.",
}

func TestInvariants(t *testing.T) {
	for _, in := range oddInputs {
		checkInvariants(t, in, Split(in))
	}
}

func FuzzSplit(f *testing.F) {
	for _, in := range oddInputs {
		f.Add(in)
	}
	f.Add("I live in the U.S. How about you? At 5 a.m. Mr. Smith went to the bank.")
	f.Add("1.) The first item 2.) The second item • 9. The first item • 10. The second item")
	f.Add("Thoreau argues “the laws of the universe will appear less complex. . . .” (Smith 55).")
	f.Fuzz(func(t *testing.T, text string) {
		spans := Split(text)
		checkInvariants(t, text, spans)
		checkLines(t, text, spans)
		if shifted := Split(" " + text); !slices.Equal(shifted, shift(spans, 1)) {
			t.Fatalf("%q: a leading space changes the spans from %v to %v", text, spans, shifted)
		}
	})
}

func TestLinesAreIndependent(t *testing.T) {
	for _, in := range oddInputs {
		checkLines(t, in+"\n"+in+"\r\n"+in, Split(in+"\n"+in+"\r\n"+in))
	}
}

// checkLines fails t unless spans, the sentences of text, are those of each
// line of text split on its own: a line break ends a sentence, and nothing
// on one line changes how another is split.
func checkLines(t *testing.T, text string, spans []Span) {
	t.Helper()
	checkLinesLang(t, text, "", spans)
}

// checkLinesLang is checkLines for SplitLang(text, lang).
func checkLinesLang(t *testing.T, text, lang string, spans []Span) {
	t.Helper()
	var want []Span
	line := 0
	for i, r := range text {
		if isLineBreak(r) {
			want = append(want, shift(SplitLang(text[line:i], lang), line)...)
			line = i + utf8.RuneLen(r)
		}
	}
	want = append(want, shift(SplitLang(text[line:], lang), line)...)
	if !slices.Equal(spans, want) {
		t.Fatalf("%q: split whole %v, line by line %v", text, spans, want)
	}
}

// shift returns spans moved by d bytes.
func shift(spans []Span, d int) []Span {
	out := make([]Span, len(spans))
	for i, sp := range spans {
		out[i] = Span{sp.Start + d, sp.End + d}
	}
	return out
}
