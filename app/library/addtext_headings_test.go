package library

import (
	"slices"
	"strings"
	"testing"

	"annotator/app/model"
	"annotator/app/store"
	"annotator/app/textin"
)

// gutenbergFile is a small Project Gutenberg book with two chapters.
const gutenbergFile = "Title: A Night\nAuthor: Ann Author\nLanguage: English\n\n" +
	"*** START OF THE PROJECT GUTENBERG EBOOK A NIGHT ***\n\nChapter 1\n\nIt was a dark night. It rained.\n\n" +
	"Chapter 2\n\nIt was light.\n\n*** END OF THE PROJECT GUTENBERG EBOOK A NIGHT ***\nThe licence.\n"

// headingSentences returns the text of the sentences IsHeading marks.
func headingSentences(d *model.Document) []string {
	var out []string
	for i := range d.Sentences {
		if d.IsHeading(i) {
			out = append(out, d.SentenceText(i))
		}
	}
	return out
}

func TestAddTextKeepsHeadings(t *testing.T) {
	in, err := textin.Decode("night.txt", []byte(gutenbergFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Headings) != 2 {
		t.Fatalf("textin found headings %v", in.Headings)
	}
	repo, _ := newRepo()
	a, err := AddText(repo, "night.txt", in, t0)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Chapter 1", "Chapter 2"}
	if a.Notice != in.Notice || !strings.Contains(a.Notice, "Gutenberg") {
		t.Errorf("Notice = %q, want %q", a.Notice, in.Notice)
	}
	if got := headingSentences(a.Doc); !slices.Equal(got, want) || a.Doc.Heading == nil {
		t.Errorf("added document headings %q, want %q", got, want)
	}
	st, err := repo.LoadText(a.Doc.ID)
	if err != nil || st == nil {
		t.Fatalf("LoadText: %v, %v", st, err)
	}
	if !slices.Equal(st.Headings, in.Headings) || st.Lang != "en" || st.Author != "Ann Author" {
		t.Errorf("stored %v %q %q, want %v en Ann Author", st.Headings, st.Lang, st.Author, in.Headings)
	}
	for what, load := range map[string]func() (*Loaded, error){
		"Open": func() (*Loaded, error) { return Open(repo, a.Doc.ID) },
		"Peek": func() (*Loaded, error) { return Peek(repo, a.Doc.ID) },
	} {
		l, err := load()
		if err != nil {
			t.Fatal(err)
		}
		if got := headingSentences(l.Doc); !slices.Equal(got, want) || l.Doc.Heading == nil {
			t.Errorf("%s: headings %q, want %q", what, got, want)
		}
	}

	// A backup carries the headings to another device.
	model.NewHistory(a.Doc).ToggleTag(2, "claim")
	if _, _, err := repo.Sync(a.Doc, 0, nil, nil, t0); err != nil {
		t.Fatal(err)
	}
	data, n, err := BackupAll(repo, t0)
	if err != nil || n != 1 {
		t.Fatalf("BackupAll: %d, %v", n, err)
	}
	other, _ := newRepo()
	p, err := PlanImport(other, nil, "backup.json", data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.ApplyElsewhere(other, t0); err != nil {
		t.Fatal(err)
	}
	l, err := Open(other, a.Doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := headingSentences(l.Doc); !slices.Equal(got, want) || l.Doc.Heading == nil {
		t.Errorf("restored from the backup: headings %q, want %q", got, want)
	}
}

func TestOpenOlderTextGuessesHeadings(t *testing.T) {
	repo, _ := newRepo()
	d := storeDoc(t, repo, "Old", "Chapter 1\n\nIt was dark.") // stored without headings
	l, err := Open(repo, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if l.Doc.Heading != nil || !l.Doc.IsHeading(0) {
		t.Errorf("an older text: Heading %v, IsHeading(0) %v; want nil and the guess true", l.Doc.Heading, l.Doc.IsHeading(0))
	}
}

func TestSetLanguageResplitsAndKeepsAnnotations(t *testing.T) {
	repo, _ := newRepo()
	text := "Der Vertrag wurde am 5. September unterzeichnet. Die Mieter sind froh."
	a, err := AddText(repo, "v.txt", textin.Doc{Title: "Vertrag", Text: text, Lang: "en"}, t0)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := Open(repo, a.Doc.ID)
	if len(l.Doc.Sentences) != 3 {
		t.Fatalf("English rules: %d sentences", len(l.Doc.Sentences))
	}
	last := len(l.Doc.Sentences) - 1
	l.Doc.Marks[last] = model.Mark{Tags: []string{"claim"}}
	if err := repo.Save(store.FromDocument(l.Doc, nil, t0)); err != nil {
		t.Fatal(err)
	}
	if err := SetLanguage(repo, a.Doc.ID, "de-DE"); err != nil {
		t.Fatal(err)
	}
	l, _ = Open(repo, a.Doc.ID)
	if l.Doc.Lang != "de" || len(l.Doc.Sentences) != 2 || !l.Doc.Marks[1].Has("claim") || len(l.Orphans) != 0 {
		t.Errorf("German rules: lang %q, %d sentences, marks %+v, orphans %d", l.Doc.Lang, len(l.Doc.Sentences), l.Doc.Marks, len(l.Orphans))
	}
	if err := SetLanguage(repo, DefaultID(), "de"); err == nil {
		t.Error("the shipped article's language was changed")
	}
}
