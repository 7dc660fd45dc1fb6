package store

import (
	"encoding/json"
	"fmt"
	"time"
)

// StoredText is a document the reader brought in: its text and what the
// library shows about it. Shipped articles are embedded and not stored.
type StoredText struct {
	// Schema is the format version.
	Schema int `json:"schema"`
	// ID is the document id (the text's hash, or hash-N for a duplicate).
	ID string `json:"id"`
	// Title is the editable title.
	Title string `json:"title"`
	// Text is the normalised text.
	Text string `json:"text"`
	// Sentences is the number of sentences, for the library list.
	Sentences int `json:"sentences"`
	// Added is when the document entered the library.
	Added time.Time `json:"added"`
	// From names the file it came from, if any.
	From string `json:"from,omitempty"`
	// Headings are the byte offsets in Text at which heading lines start,
	// as the import found them (textin.Doc.Headings; model.MarkHeadings
	// applies them); none when it found none or the text is older.
	Headings []int `json:"headings,omitempty"`
	// Lang is the language the file declared (a BCP 47 tag), if any.
	Lang string `json:"lang,omitempty"`
	// Author is the author the file named, if any.
	Author string `json:"author,omitempty"`
}

// TextKey is the key of a stored document text.
func TextKey(docID string) string { return Prefix + "text/" + docID }

// SaveText stores a document text: in parts when the KV is a PartsSetter
// and the text is long.
func (r Repo) SaveText(t StoredText) error {
	t.Schema = Schema
	if ps, ok := r.KV.(PartsSetter); ok && len(t.Text) > textPart {
		if parts, ok := encodeTextParts(t, textPart); ok {
			if err := ps.SetParts(TextKey(t.ID), parts); err != nil {
				return fmt.Errorf("saving the document: %w", err)
			}
			return nil
		}
	}
	v, err := encodeText(t) // json.Marshal's bytes, without its copies of a book
	if err != nil {
		return err
	}
	if err := r.KV.Set(TextKey(t.ID), v); err != nil {
		return fmt.Errorf("saving the document: %w", err)
	}
	return nil
}

// LoadText returns a stored text, or nil when there is none.
func (r Repo) LoadText(docID string) (*StoredText, error) {
	raw, ok, err := r.KV.Get(TextKey(docID))
	if err != nil || !ok {
		return nil, err
	}
	var t StoredText
	if err := json.Unmarshal([]byte(raw), &t); err != nil {
		return nil, fmt.Errorf("%w: document text: %v", ErrUnreadable, err)
	}
	switch {
	case t.Schema > Schema:
		return nil, fmt.Errorf("%w (schema %d)", ErrNewerSchema, t.Schema)
	case t.Schema < 1 || t.ID != docID:
		return nil, fmt.Errorf("%w: document text has schema %d and id %q", ErrUnreadable, t.Schema, t.ID)
	}
	return &t, nil
}

// Snapshot is every stored value of one document, kept so that a deletion
// can be undone.
type Snapshot map[string]string

// Delete removes a document's text, annotations, history and exercise
// work (every key of DocKeys) and returns what it removed.
func (r Repo) Delete(docID string) (Snapshot, error) {
	snap := Snapshot{}
	keys, err := r.DocKeys(docID)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		v, ok, err := r.KV.Get(k)
		if err != nil {
			return nil, err
		}
		if ok {
			snap[k] = v
		}
	}
	for k := range snap {
		if err := r.KV.Del(k); err != nil {
			r.Restore(snap)
			return nil, fmt.Errorf("deleting: %w", err)
		}
	}
	return snap, nil
}

// DocKeys returns every key a document may have stored: its text, its
// record with the record's parts, its undo history with the history's
// blocks, and a student's exercise work on it (WorkKey) when there is one,
// so that Delete and Restore take the work away and bring it back too.
func (r Repo) DocKeys(docID string) ([]string, error) {
	keys := []string{TextKey(docID), DocKey(docID), HistoryKey(docID)}
	if _, ok, err := r.KV.Get(WorkKey(docID)); err != nil {
		return nil, err
	} else if ok {
		keys = append(keys, WorkKey(docID))
	}
	for _, prefix := range []string{DocKey(docID) + "/", HistoryKey(docID) + "/"} {
		parts, err := r.KV.Keys(prefix)
		if err != nil {
			return nil, err
		}
		keys = append(keys, parts...)
	}
	return keys, nil
}

// Restore writes a snapshot back.
func (r Repo) Restore(s Snapshot) error {
	for k, v := range s {
		if err := r.KV.Set(k, v); err != nil {
			return fmt.Errorf("restoring: %w", err)
		}
	}
	return nil
}
