package store

import (
	"time"

	"annotator/app/model"
)

// Schema is the version of the records this code writes.
const Schema = 1

// Record is what is stored for one document: its annotations and tag set,
// not its text (shipped texts are embedded; stored texts live under their own key).
type Record struct {
	// Schema is the record format version.
	Schema int `json:"schema"`
	// Doc is the document id (hex SHA-256 of its text).
	Doc string `json:"doc"`
	// Title is the document title at the time of writing.
	Title string `json:"title,omitempty"`
	// TagSet is the document's tag set.
	TagSet model.TagSet `json:"tagSet"`
	// Marks are the annotated sentences, in order.
	Marks []StoredMark `json:"marks"`
	// Orphans are marks whose sentence could not be found in the text; they
	// are kept, never dropped.
	Orphans []StoredMark `json:"orphans,omitempty"`
	// Modified is when the record was written.
	Modified time.Time `json:"modified"`
}

// StoredMark is one sentence's mark with enough of its anchor to find the
// sentence again: index, code-point range and exact text.
type StoredMark struct {
	// Sentence is the 0-based sentence index when written.
	Sentence int `json:"i"`
	// Start and End are code-point offsets into the text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Quote is the exact sentence text.
	Quote string `json:"quote"`
	model.Mark
}

// FromDocument builds the record of d; orphans carries forward the marks
// that an earlier load could not place.
func FromDocument(d *model.Document, orphans []StoredMark, now time.Time) Record {
	r := Record{Schema: Schema, Doc: d.ID, Title: d.Title, TagSet: d.TagSet, Marks: []StoredMark{}, Orphans: orphans, Modified: now.UTC()}
	for i, m := range d.Marks {
		if m.Empty() {
			continue
		}
		s := d.Sentences[i]
		r.Marks = append(r.Marks, StoredMark{Sentence: i, Start: s.CPStart, End: s.CPEnd, Quote: d.SentenceText(i), Mark: m})
	}
	return r
}

// ApplyTo puts the record's marks on d: at the stored index when the text
// there is the same, else at the sentence whose text equals the quote
// (nearest to the old index). It returns the marks it could not place.
func (r Record) ApplyTo(d *model.Document) []StoredMark {
	if len(r.TagSet.Tags) > 0 {
		d.TagSet = r.TagSet
	}
	var byText map[string][]int
	orphans := append([]StoredMark(nil), r.Orphans...)
	for _, sm := range r.Marks {
		if sm.Sentence >= 0 && sm.Sentence < len(d.Sentences) && d.SentenceText(sm.Sentence) == sm.Quote {
			d.Marks[sm.Sentence] = sm.Mark
			continue
		}
		if byText == nil {
			byText = map[string][]int{}
			for i := range d.Sentences {
				t := d.SentenceText(i)
				byText[t] = append(byText[t], i)
			}
		}
		if i, ok := nearest(byText[sm.Quote], sm.Sentence); ok && d.Marks[i].Empty() {
			d.Marks[i] = sm.Mark
			continue
		}
		orphans = append(orphans, sm)
	}
	return orphans
}

// nearest returns the candidate closest to want.
func nearest(cands []int, want int) (int, bool) {
	best, found := 0, false
	for _, c := range cands {
		if !found || abs(c-want) < abs(best-want) {
			best, found = c, true
		}
	}
	return best, found
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
