package textin_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"annotator/app/model"
	"annotator/app/textin"
)

// bookSentences decodes a file of the test book as the browser's Open file
// does and splits it.
func bookSentences(t *testing.T, name string) *model.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "pride", name))
	if err != nil {
		t.Fatal(err)
	}
	in, err := textin.Decode(name, data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	d := model.New(in.Title, in.Text)
	d.MarkHeadings(in.Headings)
	return d
}

// TestTheSameBookInEveryFormat is the book as Project Gutenberg ships it
// (.txt) and as real tools made it from that (.html, .docx, .odt and .epub
// by pandoc, .pdf by a typesetter; see testdata/pride/README.md): the
// famous first sentence is one sentence, whole; no sentence holds
// Gutenberg boilerplate; at most 3 % of the sentences that are not
// headings end without terminal punctuation; each other format gives at
// least 90 % of the .txt version's sentences, identical.
func TestTheSameBookInEveryFormat(t *testing.T) {
	const first = "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife."
	txt := bookSentences(t, "pg1342-excerpt.txt")
	want := map[string]int{}
	for i := range txt.Sentences {
		want[txt.SentenceText(i)]++
	}
	for _, name := range []string{"pg1342-excerpt.txt", "pride.html", "pride.docx", "pride.odt", "pride.epub", "pride.pdf"} {
		d := bookSentences(t, name)
		found, open, body, same := false, 0, 0, 0
		left := map[string]int{}
		for k, v := range want {
			left[k] = v
		}
		for i := range d.Sentences {
			s := d.SentenceText(i)
			found = found || s == first
			for _, b := range []string{"Gutenberg", "eBook", "License", "gutenberg.org"} {
				if strings.Contains(s, b) {
					t.Errorf("%s: sentence %d holds boilerplate: %q", name, i, s)
				}
			}
			if left[s] > 0 {
				left[s]--
				same++
			}
			if d.IsHeading(i) {
				continue
			}
			body++
			if !endsSentence(s) {
				open++
			}
		}
		if !found {
			t.Errorf("%s: the first sentence is not one whole sentence", name)
		}
		if 100*open > 3*body {
			t.Errorf("%s: %d of %d sentences end without terminal punctuation (over 3 %%)", name, open, body)
		}
		if 10*same < 9*len(txt.Sentences) {
			t.Errorf("%s: %d of the .txt version's %d sentences, identical (under 90 %%)", name, same, len(txt.Sentences))
		}
		t.Logf("%s: %d sentences, %d identical to the .txt version's %d; %d of %d end without terminal punctuation", name, len(d.Sentences), same, len(txt.Sentences), open, body)
	}
}

// endsSentence reports whether s ends with terminal punctuation, maybe
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]_ ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
