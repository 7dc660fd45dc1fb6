package store

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"annotator/app/anchor"
	"annotator/app/model"
	"annotator/app/segment"
)

// Schema is the version of the texts and undo histories this code writes.
const Schema = 1

// RecordSchema is the version of the annotation records this code writes:
// 3 keeps the marks in content-addressed chunk keys listed by
// content-addressed pages under a small manifest (so a change writes its
// chunk, its page and the manifest, whatever the document's length); 2
// listed every chunk in the manifest, and 1 kept the marks inline: both
// are still read.
const RecordSchema = 3

// ChunkSentences is how many sentences' marks share one chunk key.
const ChunkSentences = 50

// Record is what is stored for one document: its annotations and tag set,
// not its text (shipped texts are embedded; stored texts live under their own key).
type Record struct {
	// Schema is the record format version.
	Schema int `json:"schema"`
	// Rev counts the writes of this record, so that a tab can tell that
	// another tab wrote since it last read. It comes second in the JSON so
	// that PeekRev can read it without parsing the marks.
	Rev int `json:"rev,omitempty"`
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
	// Chunks, in a stored schema-2 manifest, name the chunk keys that hold
	// the marks (hashes of their content, in sentence order); Marks is then
	// empty in the manifest. In memory, Load has already read them.
	Chunks []string `json:"chunks,omitempty"`
	// Pages, in a stored schema-3 manifest, name the page keys that list
	// the chunk names, PageChunks a page, in order. In memory, Load has
	// already read them.
	Pages []string `json:"pages,omitempty"`
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
	// Prefix and Suffix are up to ContextRunes code points of the text
	// before and after the sentence; they tell equal sentences apart.
	// Records written before they existed have neither.
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	// Modified is when the mark last changed (model.Document.ChangedAt),
	// zero when that is not known. Only the record's chunks store it
	// (chunkMark): backups and classroom files, which other versions of the
	// app read with strict keys, keep their shape.
	Modified time.Time `json:"-"`
	model.Mark
}

// chunkMark is a StoredMark as a record's chunk stores it: with its time.
type chunkMark struct {
	StoredMark
	Modified time.Time `json:"modified,omitzero"`
}

// chunkMarks gives marks their times for a chunk.
func chunkMarks(marks []StoredMark) []chunkMark {
	out := make([]chunkMark, len(marks))
	for i, m := range marks {
		out[i] = chunkMark{StoredMark: m, Modified: m.Modified}
	}
	return out
}

// fromChunk takes the marks of a chunk back, with their times.
func fromChunk(cm []chunkMark) []StoredMark {
	out := make([]StoredMark, len(cm))
	for i, c := range cm {
		out[i] = c.StoredMark
		out[i].Modified = c.Modified
	}
	return out
}

// ContextRunes is how many code points of text around a sentence a
// StoredMark keeps in Prefix and Suffix.
const ContextRunes = 32

// FromDocument builds the record of d; orphans carries forward the marks
// that an earlier load could not place.
func FromDocument(d *model.Document, orphans []StoredMark, now time.Time) Record {
	return fromDocument(nil, d, orphans, now, func(i int) StoredMark { return anchorOf(d, i) })
}

// fromDocument builds the record of d, taking each annotated sentence's
// anchor (a StoredMark without its Mark) from anchor; its marks go into
// dst's room (nil: a slice of their own).
func fromDocument(dst []StoredMark, d *model.Document, orphans []StoredMark, now time.Time, anchor func(i int) StoredMark) Record {
	if dst == nil {
		n := 0
		for _, m := range d.Marks {
			if !m.Empty() {
				n++
			}
		}
		dst = make([]StoredMark, 0, n)
	}
	r := Record{Schema: RecordSchema, Doc: d.ID, Title: d.Title, TagSet: d.TagSet, Marks: dst[:0], Orphans: orphans, Modified: now.UTC()}
	for i, m := range d.Marks {
		if m.Empty() {
			continue
		}
		sm := anchor(i)
		sm.Mark = m
		sm.Modified = d.ChangedAt(i)
		r.Marks = append(r.Marks, sm)
	}
	return r
}

// anchorOf returns sentence i's anchor: index, code-point range, text and
// the text around it.
func anchorOf(d *model.Document, i int) StoredMark {
	s := d.Sentences[i]
	cp0, cp1 := d.CodePoints(i)
	return StoredMark{Sentence: i, Start: cp0, End: cp1, Quote: d.SentenceText(i),
		Prefix: runesBefore(d.Text, s.Start, ContextRunes), Suffix: runesAfter(d.Text, s.End, ContextRunes)}
}

// runesBefore returns the up to n code points of text that end at byte end.
func runesBefore(text string, end, n int) string {
	i := end
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(text[:i])
		i -= size
	}
	return text[i:end]
}

// runesAfter returns the up to n code points of text that start at byte
// start.
func runesAfter(text string, start, n int) string {
	i := start
	for ; n > 0 && i < len(text); n-- {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return text[start:i]
}

// Placement is what Place did with a record's marks.
type Placement struct {
	// Exact counts the marks put on a sentence with their quote's text.
	Exact int
	// Fuzzy counts the marks re-attached to an edited sentence (within
	// anchor.FuzzyPercent of the quote's length); FuzzyAt holds those
	// sentences' indices, in increasing order.
	Fuzzy   int
	FuzzyAt []int
	// Moved counts the placed marks (exact or fuzzy) whose sentence index
	// differs from the stored one. When Moved or Fuzzy is not 0, or a mark
	// became an orphan, sentence indices saved with the old text (such as
	// an undo history) no longer fit the document.
	Moved int
	// Orphans are kept for writing back: the record's earlier orphans, the
	// marks no sentence fits, and, for a re-attached mark whose edited
	// sentence no longer holds the text of some of its highlights, a copy
	// of the mark (same anchor) with only those highlights.
	Orphans []StoredMark
}

// Place puts the record's marks on d, which has no marks yet: each mark
// goes to the sentence anchor.Place finds for it (the same text, else an
// edited sentence within the fuzzy bound). On a re-attached mark, each
// highlight is moved to where its text occurs in the edited sentence
// (nearest to its old offset); highlights whose text is gone become
// orphans, and a mark left with nothing (highlights only, all gone) stays
// an orphan as a whole. Nothing is dropped: what cannot be placed is in
// the returned Orphans.
func (r Record) Place(d *model.Document) Placement {
	if len(r.TagSet.Tags) > 0 {
		d.TagSet = r.TagSet
	}
	pl := Placement{Orphans: slices.Clone(r.Orphans)}
	sentences := make([]string, len(d.Sentences))
	for i := range d.Sentences {
		sentences[i] = d.SentenceText(i)
	}
	// A quote too long for any sentence (one written before sentences were
	// capped at segment.MaxSentenceRunes) cannot be placed: it stays an
	// orphan, without edit-distance work that grows with its length.
	marks := make([]StoredMark, 0, len(r.Marks))
	wants := make([]anchor.Want, 0, len(r.Marks))
	for _, sm := range r.Marks {
		if tooLongToPlace(sm.Quote) {
			pl.Orphans = append(pl.Orphans, sm)
			continue
		}
		marks = append(marks, sm)
		wants = append(wants, anchor.Want{Quote: sm.Quote, Prefix: sm.Prefix, Suffix: sm.Suffix, Index: sm.Sentence})
	}
	for i, res := range anchor.Place(sentences, wants) {
		sm := marks[i]
		switch res.How {
		case anchor.Exact:
			d.Marks[res.Index] = sm.Mark
			d.SetChanged(res.Index, sm.Modified)
			pl.Exact++
		case anchor.Fuzzy:
			kept, lost := moveHighlights(sm.Quote, sentences[res.Index], sm.Highlights)
			m := sm.Mark
			m.Highlights = kept
			if m.Empty() {
				pl.Orphans = append(pl.Orphans, sm)
				continue
			}
			d.Marks[res.Index] = m
			d.SetChanged(res.Index, sm.Modified)
			pl.Fuzzy++
			pl.FuzzyAt = append(pl.FuzzyAt, res.Index)
			if len(lost) > 0 {
				o := sm
				o.Mark = model.Mark{Highlights: lost}
				pl.Orphans = append(pl.Orphans, o)
			}
		default:
			pl.Orphans = append(pl.Orphans, sm)
			continue
		}
		if res.Index != sm.Sentence {
			pl.Moved++
		}
	}
	slices.Sort(pl.FuzzyAt)
	return pl
}

// maxPlaceableRunes is the longest quote that can match a sentence of
// segment.MaxSentenceRunes code points within anchor.FuzzyPercent.
const maxPlaceableRunes = segment.MaxSentenceRunes * 100 / (100 - anchor.FuzzyPercent)

// tooLongToPlace reports whether quote is longer than maxPlaceableRunes.
func tooLongToPlace(quote string) bool {
	return len(quote) > maxPlaceableRunes && utf8.RuneCountInString(quote) > maxPlaceableRunes
}

// ApplyTo puts the record's marks on d as Place does and returns the
// orphans.
func (r Record) ApplyTo(d *model.Document) []StoredMark {
	return r.Place(d).Orphans
}

// moveHighlights finds the highlights of a sentence that was quote in the
// edited sentence now: each highlight's text (quote[Start:End]) at its
// occurrence nearest to the old start. It returns the highlights found,
// with new offsets and sorted by start, and those whose text is gone (or
// whose offsets do not fit the quote), unchanged.
func moveHighlights(quote, now string, hs []model.Highlight) (kept, lost []model.Highlight) {
	for _, h := range hs {
		if h.Start < 0 || h.End <= h.Start || h.End > len(quote) ||
			!utf8.RuneStart(quote[h.Start]) || h.End < len(quote) && !utf8.RuneStart(quote[h.End]) {
			lost = append(lost, h)
			continue
		}
		text := quote[h.Start:h.End]
		best := -1
		for from := 0; from <= len(now); {
			k := strings.Index(now[from:], text)
			if k < 0 {
				break
			}
			at := from + k
			if best < 0 || abs(at-h.Start) < abs(best-h.Start) {
				best = at
			}
			if at > h.Start {
				break // later occurrences are farther
			}
			from = at + 1
		}
		if best < 0 {
			lost = append(lost, h)
			continue
		}
		kept = append(kept, model.Highlight{Start: best, End: best + len(text), Tag: h.Tag})
	}
	slices.SortStableFunc(kept, func(a, b model.Highlight) int { return a.Start - b.Start })
	return kept, lost
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
