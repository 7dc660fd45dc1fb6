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

// Save writes a record.
func (r Repo) Save(rec Record) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	if err := r.KV.Set(DocKey(rec.Doc), string(b)); err != nil {
		return fmt.Errorf("saving annotations: %w", err)
	}
	return nil
}
