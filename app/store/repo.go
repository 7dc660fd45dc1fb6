package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
)

// ErrUnreadable marks stored data that cannot be read (bad JSON, wrong
// shape). Such data must be left untouched.
var ErrUnreadable = errors.New("stored data cannot be read")

// ErrNewerSchema marks data written by a newer version of the app.
var ErrNewerSchema = errors.New("stored data was written by a newer version of the app")

// Repo reads and writes records in a KV.
type Repo struct {
	KV KV
	// Memo, when set, keeps the encoding of unchanged chunks between saves.
	Memo *Memo
}

// DocKey is the key of a document's record.
func DocKey(docID string) string { return Prefix + "doc/" + docID }

// Load returns the record of a document, or nil when none is stored. An
// error wrapping ErrUnreadable or ErrNewerSchema means the stored value must
// not be overwritten.
func (r Repo) Load(docID string) (*Record, error) {
	raw, ok, err := r.KV.Get(DocKey(docID))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", DocKey(docID), err)
	}
	if !ok {
		return nil, nil
	}
	rec, err := Decode(raw, docID)
	if err != nil {
		return nil, err
	}
	pages := rec.Pages
	for _, p := range rec.Pages {
		names, err := r.readPage(docID, p)
		if err != nil {
			return nil, err
		}
		rec.Chunks = append(rec.Chunks, names...)
	}
	inline := len(rec.Chunks) == 0 && len(rec.Marks) > 0
	for _, h := range rec.Chunks {
		part, ok, err := r.KV.Get(chunkKey(docID, h))
		switch {
		case err != nil:
			return nil, fmt.Errorf("reading %s: %w", chunkKey(docID, h), err)
		case !ok:
			return nil, fmt.Errorf("%w: part %s of the record is missing", ErrUnreadable, h)
		}
		var cm []chunkMark
		if err := json.Unmarshal([]byte(part), &cm); err != nil {
			return nil, fmt.Errorf("%w: part %s: %v", ErrUnreadable, h, err)
		}
		marks := fromChunk(cm)
		if err := checkAnchors(marks); err != nil {
			return nil, err
		}
		r.Memo.prime(docID, part, h, marks)
		rec.Marks = append(rec.Marks, marks...)
	}
	r.Memo.seen(docID, raw, rec.Rev, rec.Chunks, pages)
	if inline {
		r.Memo.inline(rec)
	}
	rec.Chunks, rec.Pages = nil, nil
	return rec, nil
}

// checkAnchors refuses marks whose anchor cannot be right.
func checkAnchors(marks []StoredMark) error {
	for _, m := range marks {
		if m.Sentence < 0 || m.Start < 0 || m.End < m.Start {
			return fmt.Errorf("%w: bad anchor for sentence %d", ErrUnreadable, m.Sentence)
		}
	}
	return nil
}

// Decode parses a stored record and checks its shape.
func Decode(raw, docID string) (*Record, error) {
	var head struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal([]byte(raw), &head); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	switch {
	case head.Schema == nil:
		return nil, fmt.Errorf("%w: no schema version", ErrUnreadable)
	case *head.Schema > RecordSchema:
		return nil, fmt.Errorf("%w (schema %d, this version reads up to %d)", ErrNewerSchema, *head.Schema, RecordSchema)
	case *head.Schema < 1:
		return nil, fmt.Errorf("%w: schema %d", ErrUnreadable, *head.Schema)
	}
	var rec Record
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	if rec.Doc != docID {
		return nil, fmt.Errorf("%w: record is for document %q", ErrUnreadable, rec.Doc)
	}
	if err := checkAnchors(append(rec.Marks, rec.Orphans...)); err != nil {
		return nil, err
	}
	for _, h := range append(rec.Chunks, rec.Pages...) {
		if !goodName(h) {
			return nil, fmt.Errorf("%w: bad part name %q", ErrUnreadable, h)
		}
	}
	return &rec, nil
}

// Save writes a record so that a change costs what changed, and atomically:
// the marks go into chunk keys named by the hash of their content, the
// chunk names into page keys named the same way (a part that did not
// change is not written again; a new one is read back and compared); then
// one write of the small manifest, which names the pages, switches to
// them; only then are the parts no longer named deleted. A crash or a
// full quota at any step leaves the previous record readable. With a
// Memo, a save after a change of one sentence allocates about what that
// change's chunk and page take, not what the document takes (the
// collector's work in the browser grows with what a save allocates).
func (r Repo) Save(rec Record) error {
	raw, ok, _ := r.KV.Get(DocKey(rec.Doc))
	return r.save(rec, raw, ok)
}

// save is Save over raw, the manifest stored now (ok: there is one),
// which Sync has just read.
func (r Repo) save(rec Record, raw string, ok bool) error {
	man := rec
	man.Schema, man.Marks, man.Chunks, man.Pages = RecordSchema, nil, nil, nil
	storedChunks, storedPages := r.partsOf(rec.Doc, raw, ok)
	names := r.Memo.namesBuffer()
	for start := 0; start < len(rec.Marks); {
		k := rec.Marks[start].Sentence / ChunkSentences
		end := start
		for end < len(rec.Marks) && rec.Marks[end].Sentence/ChunkSentences == k {
			end++
		}
		v, h, err := r.Memo.encode(rec.Doc, k, rec.Marks[start:end])
		if err != nil {
			return err
		}
		if !storedChunks[h] {
			if err := r.writePart(chunkKey(rec.Doc, h), v); err != nil {
				return err
			}
		}
		names = append(names, h)
		start = end
	}
	r.Memo.keepNames(names)
	for i := 0; i < len(names); i += PageChunks {
		v, p, err := r.Memo.page(rec.Doc, i/PageChunks, names[i:min(i+PageChunks, len(names))])
		if err != nil {
			return err
		}
		if !storedPages[p] {
			if err := r.writePart(pageKey(rec.Doc, p), v); err != nil {
				return err
			}
		}
		man.Pages = append(man.Pages, p)
	}
	b, err := json.Marshal(man)
	if err != nil {
		return err
	}
	if err := r.KV.Set(DocKey(rec.Doc), string(b)); err != nil {
		return fmt.Errorf("saving annotations: %w", err)
	}
	// The parts the previous version named and this one does not go.
	kept := map[string]bool{}
	if r.Memo == nil {
		for _, h := range names {
			kept[h] = true
		}
	} else {
		kept = r.Memo.nameSet(names)
	}
	var stale []string
	for h := range storedChunks {
		if !kept[h] {
			stale = append(stale, chunkKey(rec.Doc, h))
		}
	}
	for p := range storedPages {
		if !slices.Contains(man.Pages, p) {
			stale = append(stale, pageKey(rec.Doc, p))
		}
	}
	r.Memo.seenSet(rec.Doc, string(b), rec.Rev, kept, man.Pages)
	prefix := DocKey(rec.Doc) + "/"
	var named map[string]bool
	if r.Memo.mustList(prefix) {
		// The whole prefix is listed: name every key this version holds.
		named = map[string]bool{}
		for h := range kept {
			named[chunkKey(rec.Doc, h)] = true
		}
		for _, p := range man.Pages {
			named[pageKey(rec.Doc, p)] = true
		}
	}
	r.sweep(prefix, named, stale)
	r.Memo.recycle(storedChunks) // the memo holds kept now, and nothing holds this
	return nil
}
