package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
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
	for _, h := range rec.Chunks {
		part, ok, err := r.KV.Get(chunkKey(docID, h))
		switch {
		case err != nil:
			return nil, fmt.Errorf("reading %s: %w", chunkKey(docID, h), err)
		case !ok:
			return nil, fmt.Errorf("%w: part %s of the record is missing", ErrUnreadable, h)
		}
		var marks []StoredMark
		if err := json.Unmarshal([]byte(part), &marks); err != nil {
			return nil, fmt.Errorf("%w: part %s: %v", ErrUnreadable, h, err)
		}
		if err := checkAnchors(marks); err != nil {
			return nil, err
		}
		rec.Marks = append(rec.Marks, marks...)
	}
	rec.Chunks = nil
	return rec, nil
}

// chunkKey is the key of one chunk of a record's marks.
func chunkKey(docID, hash string) string { return DocKey(docID) + "/m/" + hash }

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
	for _, h := range rec.Chunks {
		if len(h) != 16 || strings.Trim(h, "0123456789abcdef") != "" {
			return nil, fmt.Errorf("%w: bad part name %q", ErrUnreadable, h)
		}
	}
	return &rec, nil
}

// Save writes a record so that a change costs what changed, and atomically:
// the marks go into chunk keys named by the hash of their content (a chunk
// that did not change is not written again), each read back and compared;
// then one write of the small manifest switches to them; only then are the
// chunks no longer named deleted. A crash or a full quota at any step
// leaves the previous record readable.
func (r Repo) Save(rec Record) error {
	man := rec
	man.Schema, man.Marks, man.Chunks = RecordSchema, nil, nil
	// The chunks the stored manifest names exist with exactly their
	// content (they are named by its hash): they need no write, nor a read.
	stored := map[string]bool{}
	if raw, ok, _ := r.KV.Get(DocKey(rec.Doc)); ok {
		var prev struct {
			Chunks []string `json:"chunks"`
		}
		if json.Unmarshal([]byte(raw), &prev) == nil {
			for _, h := range prev.Chunks {
				stored[h] = true
			}
		}
	}
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
		key := chunkKey(rec.Doc, h)
		if !stored[h] {
			if err := r.KV.Set(key, v); err != nil {
				return fmt.Errorf("saving annotations: %w", err)
			}
			if got, ok, err := r.KV.Get(key); err != nil || !ok || got != v {
				return fmt.Errorf("saving annotations: the browser did not keep what was written")
			}
		}
		man.Chunks = append(man.Chunks, h)
		start = end
	}
	b, err := json.Marshal(man)
	if err != nil {
		return err
	}
	if err := r.KV.Set(DocKey(rec.Doc), string(b)); err != nil {
		return fmt.Errorf("saving annotations: %w", err)
	}
	r.collect(rec.Doc, man.Chunks)
	return nil
}

// collect deletes the chunk keys of a record that its manifest no longer
// names (and the staging key of earlier versions).
func (r Repo) collect(docID string, keep []string) {
	named := map[string]bool{}
	for _, h := range keep {
		named[chunkKey(docID, h)] = true
	}
	keys, err := r.KV.Keys(DocKey(docID) + "/")
	if err != nil {
		return
	}
	for _, k := range keys {
		if !named[k] {
			r.KV.Del(k)
		}
	}
}
