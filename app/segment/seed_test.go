package segment

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// readLines returns the lines of a test data file, without the final empty line.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/ukraine-diplomacy.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	spans := Split(text)
	checkInvariants(t, text, spans)
	got := sentences(text)
	for _, name := range []string{"testdata/seed_sentences.txt", "testdata/seed_sentences_alt.txt"} {
		if want := readLines(t, name); slices.Equal(got, want) {
			t.Logf("seed article matches %s (%d sentences)", name, len(got))
			return
		}
	}
	want := readLines(t, "testdata/seed_sentences_alt.txt")
	for i := 0; i < max(len(got), len(want)); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("sentence %d:\n got:  %q\n want: %q", i+1, g, w)
		}
	}
}
