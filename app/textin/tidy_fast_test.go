package textin

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTidyWithoutCopy: tidy gives what building the result gives, for
// texts of lines, blanks, spaces and tabs in every arrangement, and a
// book that is tidy already (but for its final newline) comes back
// without being copied.
func TestTidyWithoutCopy(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "bc", " ", "\t", "\n", "\n", "\u00a0", "\u3000", "é"}
	texts := []string{"", "\n", "\n\n", "a", "a\n", "a\n\nb", "a\n\n\nb", " a", "a \nb", "a\n \nb", "\na", "a\n\n", "a\u00a0\nb"}
	for range 5000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	for _, s := range texts {
		if got, want := tidy(s), tidyCopy(s); got != want {
			t.Fatalf("tidy(%q) = %q, want %q", s, got, want)
		}
	}
	book := strings.Repeat("A line of a book.\nAnd another one.\n\n", 20000)
	if n := testing.AllocsPerRun(3, func() { tidy(book) }); n != 0 {
		t.Errorf("tidy of a tidy book allocated %v times, want 0", n)
	}
}
