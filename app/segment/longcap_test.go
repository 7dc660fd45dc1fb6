package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLongSentencesAreCapped is finding 9 of issue 19: a 5 MB text
// without a sentence end was one sentence, which took minutes to open. It
// is cut into pieces of at most MaxSentenceRunes code points, at white
// space when there is some, with work linear in the text (allocations
// counted, not time).
func TestLongSentencesAreCapped(t *testing.T) {
	words := strings.Repeat("lorem ipsum dolor sit amet, consectetur adipiscing ", 5<<20/51)
	tests := []struct {
		name, text string
		atSpace    bool
	}{
		{"5 MB of words", words, true},
		{"5 MB without a space", strings.Repeat("x", 5<<20), false},
		{"Japanese without a full stop", strings.Repeat("東京は大きい都市です、", 20_000), false},
		{"a long sentence then short ones", strings.Repeat("word ", 3000) + "end. Next one. And a third.", true},
	}
	for _, tt := range tests {
		var spans []Span
		allocs := testing.AllocsPerRun(1, func() { spans = Split(tt.text) })
		checkInvariants(t, tt.text, spans)
		for k, sp := range spans {
			s := tt.text[sp.Start:sp.End]
			n := utf8.RuneCountInString(s)
			if n > MaxSentenceRunes {
				t.Fatalf("%s: sentence %d has %d code points", tt.name, k, n)
			}
			if tt.atSpace && sp.End < len(tt.text) && !isSpace(rune(tt.text[sp.End])) && n > MaxSentenceRunes/2 {
				t.Fatalf("%s: sentence %d is cut inside a word: …%q|%q", tt.name, k, s[len(s)-10:], tt.text[sp.End:sp.End+10])
			}
			if k < len(spans)-1 && n < MaxSentenceRunes/2 && utf8.RuneCountInString(tt.text[sp.Start:]) > MaxSentenceRunes && !strings.ContainsAny(s, ".") {
				t.Fatalf("%s: sentence %d has only %d code points", tt.name, k, n)
			}
		}
		if limit := 64 + len(spans)/8; allocs > float64(limit) {
			t.Errorf("%s: %.0f allocations for %d sentences", tt.name, allocs, len(spans))
		}
	}
	// Short sentences are untouched.
	if got := Split("Short. Also short."); len(got) != 2 {
		t.Errorf("short sentences: %v", got)
	}
	// A sentence of exactly the cap stays whole.
	exact := strings.Repeat("é", MaxSentenceRunes)
	if got := Split(exact); len(got) != 1 || got[0] != (Span{0, len(exact)}) {
		t.Errorf("a sentence at the cap: %v", got)
	}
}
