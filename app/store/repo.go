package store

import (
	"encoding/json"
	"errors"
	"fmt"
)

// ErrUnreadable marks stored data that cannot be read (bad JSON, wrong
// shape). Such data must be left untouched.
var ErrUnreadable = errors.New("stored data cannot be read")

// ErrNewerSchema marks data written by a newer version of the app.
var ErrNewerSchema = errors.New("stored data was written by a newer version of the app")

// Repo reads and writes records in a KV.
type Repo struct {
	KV KV
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
	return Decode(raw, docID)
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
	case *head.Schema > Schema:
		return nil, fmt.Errorf("%w (schema %d, this version reads up to %d)", ErrNewerSchema, *head.Schema, Schema)
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
	for _, m := range append(rec.Marks, rec.Orphans...) {
		if m.Sentence < 0 || m.Start < 0 || m.End < m.Start {
			return nil, fmt.Errorf("%w: bad anchor for sentence %d", ErrUnreadable, m.Sentence)
		}
	}
	return &rec, nil
}

// stagingKey holds a record while it is being written.
func stagingKey(docID string) string { return DocKey(docID) + "/next" }

// Save writes a record atomically: the new value goes to a staging key, is
// read back and compared, and only then replaces the record. A crash or a
// full quota at any step leaves the previous record readable.
func (r Repo) Save(rec Record) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	v, stage := string(b), stagingKey(rec.Doc)
	if err := r.KV.Set(stage, v); err != nil {
		return fmt.Errorf("saving annotations: %w", err)
	}
	if got, ok, err := r.KV.Get(stage); err != nil || !ok || got != v {
		return fmt.Errorf("saving annotations: the browser did not keep what was written")
	}
	if err := r.KV.Set(DocKey(rec.Doc), v); err != nil {
		r.KV.Del(stage)
		return fmt.Errorf("saving annotations: %w", err)
	}
	r.KV.Del(stage)
	return nil
}
