package store

import (
	"encoding/json"
	"slices"
	"time"

	"annotator/app/model"
)

// Memo remembers the JSON and hash of the chunks last encoded for one
// document, so that a save marshals and hashes only the chunks whose marks
// changed: on a 20,000-sentence book a tag toggle then costs one chunk's
// encoding instead of every chunk's. A chunk is reused only when its marks
// equal, field by field, the copy kept with it; the zero Repo has no Memo
// and encodes every chunk.
type Memo struct {
	doc     string
	chunks  map[int]memoChunk
	anchors map[int]StoredMark // sentence anchors of doc, as FromDocument makes them
	swept   map[string]bool    // key prefixes whose every key was listed once
}

// memoChunk is one encoded chunk with a deep copy of the marks it encodes.
type memoChunk struct {
	marks []StoredMark
	json  string
	hash  string
}

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{swept: map[string]bool{}} }

// use makes doc the memo's document, forgetting another one's.
func (m *Memo) use(doc string) {
	if m.doc != doc || m.chunks == nil {
		m.doc, m.chunks, m.anchors = doc, map[int]memoChunk{}, map[int]StoredMark{}
	}
}

// record builds the record of d as FromDocument does, keeping each
// sentence's anchor (its text and the text around it) for the next save.
func (m *Memo) record(d *model.Document, orphans []StoredMark, now time.Time) Record {
	if m == nil {
		return FromDocument(d, orphans, now)
	}
	m.use(d.ID)
	return fromDocument(d, orphans, now, func(i int) StoredMark {
		a, ok := m.anchors[i]
		if !ok {
			a = anchorOf(d, i)
			m.anchors[i] = a
		}
		return a
	})
}

// encode returns the JSON of chunk k of document doc and the hex of the
// first 8 bytes of its SHA-256, from the memo when the marks are unchanged.
func (m *Memo) encode(doc string, k int, marks []StoredMark) (string, string, error) {
	if m != nil {
		m.use(doc)
		if c, ok := m.chunks[k]; ok && slices.EqualFunc(c.marks, marks, sameStored) {
			return c.json, c.hash, nil
		}
	}
	b, err := json.Marshal(chunkMarks(marks))
	if err != nil {
		return "", "", err
	}
	c := memoChunk{json: string(b), hash: partName(b)}
	if m != nil {
		c.marks = make([]StoredMark, len(marks))
		for i, sm := range marks {
			sm.Tags, sm.Highlights = slices.Clone(sm.Tags), slices.Clone(sm.Highlights)
			c.marks[i] = sm
		}
		m.chunks[k] = c
	}
	return c.json, c.hash, nil
}

// sameStored reports whether two stored marks encode to the same JSON.
func sameStored(a, b StoredMark) bool {
	return a.Sentence == b.Sentence && a.Start == b.Start && a.End == b.End && a.Quote == b.Quote &&
		a.Prefix == b.Prefix && a.Suffix == b.Suffix && a.Modified.Equal(b.Modified) && a.Mark.Equal(b.Mark)
}
