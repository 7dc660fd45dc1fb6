package formats

import (
	"slices"
	"strings"
	"testing"
	"time"

	"annotator/app/model"
)

// headingText has two heading lines, at offsets 0 and headingAt.
const headingText = "Chapter 1\n\nIt was dark. It rained.\n\nChapter 2\n\nIt was light."

var headingAt = strings.Index(headingText, "Chapter 2")

func TestBackupKeepsHeadings(t *testing.T) {
	d := model.New("Two chapters", headingText)
	d.MarkHeadings([]int{0, headingAt})
	raw, err := EncodeBackup(created, NewBackupDocument(d, Options{Modified: modified}))
	if err != nil {
		t.Fatal(err)
	}
	b, err := DecodeBackup(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Documents[0].Headings; !slices.Equal(got, []int{0, headingAt}) {
		t.Errorf("headings %v, want [0 %d]", got, headingAt)
	}
	back, _ := b.Documents[0].Document()
	if !slices.Equal(back.Heading, d.Heading) {
		t.Errorf("restored Heading %v, want %v", back.Heading, d.Heading)
	}
	// A document whose headings are not known writes no "headings" and
	// restores with Heading nil; so do backups from before the field.
	old, err := DecodeBackup(encodeSample(t))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(encodeSample(t)), `"headings"`) {
		t.Error(`a document without known headings wrote "headings"`)
	}
	if d, _ := old.Documents[0].Document(); d.Heading != nil {
		t.Errorf("an older backup restored with Heading %v", d.Heading)
	}
}

func TestDecodeBackupRejectsHeadings(t *testing.T) {
	d := model.New("Two chapters", headingText)
	raw, err := EncodeBackup(created, NewBackupDocument(d, Options{Modified: modified}))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		headings []int
		want     string
	}{
		{"not ascending", []int{headingAt, 0}, "$.documents[0].headings[1]: 0 does not follow"},
		{"twice", []int{0, 0}, "$.documents[0].headings[1]: 0 does not follow 0"},
		{"inside a line", []int{3}, "$.documents[0].headings[0]: 3 is not at the start of a line"},
		{"past the end", []int{len(headingText)}, "is past the end of the text"},
		{"negative", []int{-1}, "-1 is not an offset in the text"},
	}
	for _, c := range cases {
		bad := resign(t, raw, func(_ map[string]any, doc map[string]any) {
			hs := make([]any, len(c.headings))
			for i, h := range c.headings {
				hs[i] = h
			}
			doc["headings"] = hs
		})
		_, err := DecodeBackup(bad)
		wantError(t, err, c.want)
	}
}

// TestBackupKeepsTheLanguage: a document's language travels in the backup,
// so that a restore splits it by the same rules its annotations were made
// on.
func TestBackupKeepsTheLanguage(t *testing.T) {
	d := model.NewLang("Vertrag", "Der Vertrag gilt ab 1. Mai. Das ist gut.", "de")
	model.NewHistory(d).ToggleTag(0, "claim")
	data, err := EncodeBackup(time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC), NewBackupDocument(d, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	b, err := DecodeBackup(data)
	if err != nil {
		t.Fatal(err)
	}
	back, orphans := b.Documents[0].Document()
	if back.Lang != "de" || len(back.Sentences) != 2 || !back.Marks[0].Has("claim") || len(orphans) != 0 {
		t.Errorf("restored: lang %q, %d sentences, marks %+v, %d orphans", back.Lang, len(back.Sentences), back.Marks, len(orphans))
	}
}
