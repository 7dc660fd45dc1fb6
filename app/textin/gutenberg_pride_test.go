package textin_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"annotator/app/model"
	"annotator/app/textin"
)

// prideExcerpt is Chapters 1–6 of Pride and Prejudice as Project Gutenberg
// ships it, with its header and the ends of its licence (see
// testdata/pride/README.md).
const prideExcerpt = "testdata/pride/pg1342-excerpt.txt"

// openPride decodes the excerpt and splits it as the app does.
func openPride(t *testing.T) (textin.Doc, *model.Document) {
	t.Helper()
	data, err := os.ReadFile(prideExcerpt)
	if err != nil {
		t.Fatal(err)
	}
	in, err := textin.Decode("pg1342.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	d := model.New(in.Title, in.Text)
	d.MarkHeadings(in.Headings)
	return in, d
}

func TestPrideAndPrejudiceMetadata(t *testing.T) {
	in, _ := openPride(t)
	for _, c := range []struct{ what, got, want string }{
		{"Title", in.Title, "Pride and Prejudice"},
		{"Author", in.Author, "Jane Austen"},
		{"Lang", in.Lang, "en"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	if !strings.Contains(in.Notice, "Project Gutenberg header and licence") {
		t.Errorf("Notice = %q", in.Notice)
	}
	if !strings.HasPrefix(in.Text, "PRIDE AND PREJUDICE\n\nBy Jane Austen\n\nChapter 1\n\nIt is a truth") {
		t.Errorf("the text starts %q", in.Text[:min(120, len(in.Text))])
	}
	if !strings.HasSuffix(in.Text, "her wit flowed long.") {
		t.Errorf("the text ends %q", in.Text[max(0, len(in.Text)-120):])
	}
}

func TestPrideAndPrejudiceSentences(t *testing.T) {
	in, d := openPride(t)
	const first = "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife."
	found, open, heads := false, 0, 0
	for i := range d.Sentences {
		s := d.SentenceText(i)
		if s == first {
			found = true
		}
		for _, boiler := range []string{"Gutenberg", "eBook", "EBook", "License", "www.gutenberg.org", "Produced by"} {
			if strings.Contains(s, boiler) {
				t.Errorf("sentence %d holds %q: %q", i, boiler, s)
			}
		}
		if d.IsHeading(i) {
			heads++
			continue
		}
		if !endsWithTerminal(s) {
			open++
			t.Logf("no terminal punctuation: %q", s)
		}
	}
	if !found {
		t.Errorf("the first sentence is not one whole sentence")
	}
	body := len(d.Sentences) - heads
	pct := 100 * float64(open) / float64(body)
	t.Logf("%d sentences, %d headings, %d of %d others (%.2f %%) end without terminal punctuation",
		len(d.Sentences), heads, open, body, pct)
	if pct > 3 {
		t.Errorf("%.2f %% of the sentences end without terminal punctuation, want at most 3 %%", pct)
	}
	var chapters []string
	for i := range d.Sentences {
		if d.IsHeading(i) && strings.HasPrefix(d.SentenceText(i), "Chapter") {
			chapters = append(chapters, d.SentenceText(i))
		}
	}
	if got := strings.Join(chapters, ","); got != "Chapter 1,Chapter 2,Chapter 3,Chapter 4,Chapter 5,Chapter 6" {
		t.Errorf("chapter headings %q", got)
	}
	if len(in.Headings) != 8 { // the title and byline, six chapters
		t.Errorf("%d headings, want 8: %v", len(in.Headings), in.Headings)
	}
}

// endsWithTerminal reports whether s ends with . ! ? or …, maybe followed
// by closing quotes, brackets or the underscore of Gutenberg's italics.
func endsWithTerminal(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]_ ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}
