package library

import (
	"reflect"
	"strings"
	"testing"

	"annotator/app/store"
	"annotator/app/textin"
)

// countingKV is a store.KV that counts the reads of keys holding a value.
type countingKV struct {
	*store.MapKV
	found map[string]int
}

// Get implements store.KV.
func (k *countingKV) Get(key string) (string, bool, error) {
	v, ok, err := k.MapKV.Get(key)
	if ok {
		k.found[key]++
	}
	return v, ok, err
}

// TestOpenAddedIsOpen: opening what AddText just added gives the
// document, text, record and history Open gives, without reading the new
// text back from storage (a book's text is megabytes) and so without
// splitting it a second time; a shipped article and a text stored before
// open as Open opens them.
func TestOpenAddedIsOpen(t *testing.T) {
	md, err := textin.Decode("notes.md", []byte("# Title here\n\nThe first line. The second one.\r\n\r\n## Part two\n\nAnd a third.\n"))
	if err != nil {
		t.Fatal(err)
	}
	ship := Shipped()[0]
	cases := []struct {
		name     string
		in       textin.Doc
		existing bool // stored before AddText
		reads    int  // reads of the text key OpenAdded may make
	}{
		{name: "plain", in: textin.Doc{Title: "Notes", Text: threeText}},
		{name: "markdown with headings and CRLF", in: md},
		{name: "declared language", in: textin.Doc{Title: "Notiz", Text: "Das ist gut. Es regnet heute.", Lang: "de-DE"}},
		{name: "a book", in: textin.Doc{Title: "Book", Text: bookText(2000)}},
		{name: "stored before", in: textin.Doc{Title: "Notes", Text: threeText}, existing: true, reads: 1},
		{name: "shipped", in: textin.Doc{Title: ship.Title, Text: ship.Text}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kv := &countingKV{MapKV: &store.MapKV{}, found: map[string]int{}}
			repo := store.Repo{KV: kv}
			if c.existing {
				storeDoc(t, repo, "Stored title", c.in.Text)
			}
			a, err := AddText(repo, "notes.md", c.in, t0)
			if err != nil {
				t.Fatal(err)
			}
			clear(kv.found)
			got, err := OpenAdded(repo, a)
			if err != nil {
				t.Fatal(err)
			}
			textReads := 0
			for k, n := range kv.found {
				if strings.HasPrefix(k, store.TextKey("")) {
					textReads += n
				}
			}
			if textReads > c.reads {
				t.Errorf("OpenAdded read the stored text %d times, want at most %d", textReads, c.reads)
			}
			want, err := Open(repo, a.Doc.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Doc, want.Doc) {
				t.Errorf("OpenAdded's document:\n%+v\nOpen's:\n%+v", *got.Doc, *want.Doc)
			}
			if !reflect.DeepEqual(got.Text, want.Text) {
				t.Errorf("OpenAdded's text:\n%+v\nOpen's:\n%+v", *got.Text, *want.Text)
			}
			got.Doc, got.Text, want.Doc, want.Text = nil, nil, nil, nil
			if !reflect.DeepEqual(got, want) {
				t.Errorf("OpenAdded:\n%+v\nOpen:\n%+v", got, want)
			}
		})
	}
}

// TestFindCarryReadsOnlyAnnotatedTexts: looking for an earlier version
// of a new book reads no stored text but those of annotated documents
// (the new book's own text and an unannotated book stay unread), and
// still finds the annotated namesake.
func TestFindCarryReadsOnlyAnnotatedTexts(t *testing.T) {
	kv := &countingKV{MapKV: &store.MapKV{}, found: map[string]int{}}
	repo := store.Repo{KV: kv}
	old := storeReport(t, repo)
	storeDoc(t, repo, "A book", bookText(500))
	a, err := AddText(repo, "report.txt", textin.Doc{Title: "Report", Text: reportV2}, t0)
	if err != nil {
		t.Fatal(err)
	}
	clear(kv.found)
	offer := FindCarry(repo, a.Doc)
	if offer == nil || offer.From != old.ID {
		t.Fatalf("FindCarry = %+v, want an offer from %s", offer, old.ID)
	}
	for k, n := range kv.found {
		if strings.HasPrefix(k, store.TextKey("")) && k != store.TextKey(old.ID) {
			t.Errorf("FindCarry read %s %d times", k, n)
		}
	}
}
