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
	encoded int                // chunks marshalled (tests count them)

	// The manifest of doc last read (Load) or written (Save), exactly as
	// stored, with its revision and the parts it names: while the stored
	// manifest is still this string, nothing else wrote the record, so a
	// save neither reads it again nor reads its pages.
	man          string
	manRev       int
	manOK        bool
	manChunks    map[string]bool
	manPages     map[string]bool
	legacy       []StoredMark // marks of an inline (older) record still to be put into chunks (Prepare)
	legacyNames  []string     // the chunk names Prepare wrote so far
	legacyAt     int          // how many of legacy are in those chunks
	legacyRecord *Record      // the inline record's manifest fields

	// Room reused from one save to the next, so that a save allocates
	// what changed rather than what the document holds.
	spare  map[string]bool // a chunk-name set for nameSet to fill
	names  []string        // the chunk names of the last save
	marks  []StoredMark    // the last record's marks (record)
	pages  []memoPage      // the pages of the last save, by index
	blocks []memoBlock     // the undo history's blocks last encoded
}

// memoPage is one encoded page with the chunk names it lists.
type memoPage struct {
	names []string
	json  string
	hash  string
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
		m.pages, m.marks, m.blocks = nil, nil, nil
		m.forget()
	}
}

// forget drops what the memo knows of the stored manifest.
func (m *Memo) forget() {
	m.man, m.manRev, m.manOK, m.manChunks, m.manPages = "", 0, false, nil, nil
	m.legacy, m.legacyNames, m.legacyAt, m.legacyRecord = nil, nil, 0, nil
}

// seen notes that raw, naming chunks and pages, is the stored manifest of
// doc at revision rev.
func (m *Memo) seen(doc, raw string, rev int, chunks, pages []string) {
	if m == nil {
		return
	}
	set := make(map[string]bool, len(chunks))
	for _, h := range chunks {
		set[h] = true
	}
	m.seenSet(doc, raw, rev, set, pages)
}

// seenSet is seen with the chunk names as a set, which the memo keeps.
func (m *Memo) seenSet(doc, raw string, rev int, chunks map[string]bool, pages []string) {
	if m == nil {
		return
	}
	m.use(doc)
	if m.manOK && m.man != raw {
		// The record moved on: what Prepare was doing is moot.
		m.legacy, m.legacyNames, m.legacyAt, m.legacyRecord = nil, nil, 0, nil
	}
	m.man, m.manRev, m.manOK = raw, rev, true
	m.manChunks, m.manPages = chunks, make(map[string]bool, len(pages))
	for _, p := range pages {
		m.manPages[p] = true
	}
}

// nameSet returns names as a set, in the memo's spare map (so that a save
// does not make a map of every chunk name each time): the caller hands it
// to seenSet.
func (m *Memo) nameSet(names []string) map[string]bool {
	set := m.spare
	m.spare = nil
	if set == nil {
		set = make(map[string]bool, len(names))
	}
	clear(set)
	for _, h := range names {
		set[h] = true
	}
	return set
}

// recycle takes back a chunk-name set nothing holds any more (the one a
// save replaced) for nameSet to fill next.
func (m *Memo) recycle(set map[string]bool) {
	if m != nil {
		m.spare = set
	}
}

// namesBuffer returns an empty slice to collect a save's chunk names in,
// reusing the last one's room; keepNames gives it back.
func (m *Memo) namesBuffer() []string {
	if m == nil {
		return nil
	}
	return m.names[:0]
}

// keepNames keeps names' room for the next save.
func (m *Memo) keepNames(names []string) {
	if m != nil {
		m.names = names
	}
}

// page returns the JSON of page i of doc's record, listing names, and
// its name, from the memo when the page lists the same names as before.
func (m *Memo) page(doc string, i int, names []string) (string, string, error) {
	if m != nil {
		m.use(doc)
		if i < len(m.pages) && slices.Equal(m.pages[i].names, names) {
			return m.pages[i].json, m.pages[i].hash, nil
		}
	}
	b, err := json.Marshal(names)
	if err != nil {
		return "", "", err
	}
	pg := memoPage{names: slices.Clone(names), json: string(b), hash: partName(b)}
	if m != nil {
		for len(m.pages) <= i {
			m.pages = append(m.pages, memoPage{})
		}
		m.pages[i] = pg
	}
	return pg.json, pg.hash, nil
}

// mustList reports whether a sweep of prefix lists every key under it
// (the first time in the memo's life, and always without a memo).
func (m *Memo) mustList(prefix string) bool { return m == nil || !m.swept[prefix] }

// unchanged reports whether raw is the manifest of doc this memo last saw,
// at revision rev.
func (m *Memo) unchanged(doc, raw string, rev int) bool {
	return m != nil && m.doc == doc && m.manOK && m.man == raw && m.manRev == rev
}

// prime keeps a chunk read from storage (its JSON and name) as the
// encoding of its marks, when they all fall in one chunk, so that the
// first save after an open does not encode it again.
func (m *Memo) prime(doc, json, hash string, marks []StoredMark) {
	if m == nil || len(marks) == 0 {
		return
	}
	m.use(doc)
	k := marks[0].Sentence / ChunkSentences
	for _, sm := range marks {
		if sm.Sentence/ChunkSentences != k {
			return
		}
	}
	if _, ok := m.chunks[k]; ok {
		delete(m.chunks, k) // two stored chunks for one: encode it afresh
		return
	}
	m.chunks[k] = memoChunk{marks: cloneMarks(marks), json: json, hash: hash}
}

// cloneMarks deep-copies marks.
func cloneMarks(marks []StoredMark) []StoredMark {
	out := make([]StoredMark, len(marks))
	for i, sm := range marks {
		sm.Tags, sm.Highlights = slices.Clone(sm.Tags), slices.Clone(sm.Highlights)
		out[i] = sm
	}
	return out
}

// record builds the record of d as FromDocument does, keeping each
// sentence's anchor (its text and the text around it) for the next save.
func (m *Memo) record(d *model.Document, orphans []StoredMark, now time.Time) Record {
	if m == nil {
		return FromDocument(d, orphans, now)
	}
	m.use(d.ID)
	// The record's marks reuse the last record's room: Sync hands the
	// record to Save only, which keeps no mark (encode copies them).
	rec := fromDocument(m.marks[:0], d, orphans, now, func(i int) StoredMark {
		a, ok := m.anchors[i]
		if !ok {
			a = anchorOf(d, i)
			m.anchors[i] = a
		}
		return a
	})
	m.marks = rec.Marks
	return rec
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
		m.encoded++
		c.marks = cloneMarks(marks)
		m.chunks[k] = c
	}
	return c.json, c.hash, nil
}

// sameStored reports whether two stored marks encode to the same JSON.
func sameStored(a, b StoredMark) bool {
	return a.Sentence == b.Sentence && a.Start == b.Start && a.End == b.End && a.Quote == b.Quote &&
		a.Prefix == b.Prefix && a.Suffix == b.Suffix && a.Modified.Equal(b.Modified) && a.Mark.Equal(b.Mark)
}
