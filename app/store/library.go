package store

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Entry is one document as the library lists it.
type Entry struct {
	// ID is the document id.
	ID string
	// Title is the document title.
	Title string
	// Sentences and Annotated count the sentences and the annotated ones.
	Sentences, Annotated int
	// Modified is when its annotations were last saved (zero if never).
	Modified time.Time
	// Added is when it entered the library (zero for shipped articles).
	Added time.Time
	// Opened is when it was last opened on this device (zero if unknown).
	Opened time.Time
	// Shipped marks the articles that come with the app.
	Shipped bool
	// Problem says why the stored data could not be read, if so.
	Problem string
}

// Library lists the shipped articles (given by the caller) and every stored
// document, most recently changed first. Unreadable entries are listed
// with their problem, never dropped.
func (r Repo) Library(shipped []Entry) ([]Entry, error) {
	out := make([]Entry, 0, len(shipped))
	seen := map[string]bool{}
	for _, e := range shipped {
		e.Shipped = true
		seen[e.ID] = true
		out = append(out, e)
	}
	keys, err := r.KV.Keys(Prefix + "text/")
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		id := strings.TrimPrefix(k, Prefix+"text/")
		if seen[id] {
			continue
		}
		seen[id] = true
		e := Entry{ID: id, Title: id}
		if t, err := r.LoadText(id); err != nil {
			e.Problem = err.Error()
		} else {
			e.Title, e.Sentences, e.Added = t.Title, t.Sentences, t.Added
		}
		out = append(out, e)
	}
	opened := r.Opened()
	for i := range out {
		out[i].Opened = opened[out[i].ID]
		rec, err := r.Load(out[i].ID)
		switch {
		case err != nil:
			out[i].Problem = err.Error()
		case rec != nil:
			out[i].Annotated = len(rec.Marks)
			out[i].Modified = rec.Modified
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return last(out[a]).After(last(out[b])) })
	return out, nil
}

// last is when an entry was last opened or changed.
func last(e Entry) time.Time {
	t := e.Added
	for _, u := range []time.Time{e.Modified, e.Opened} {
		if u.After(t) {
			t = u
		}
	}
	return t
}

// OpenedKey holds when each document was last opened.
const OpenedKey = Prefix + "opened"

// Opened returns when each document was last opened (empty when unknown or unreadable).
func (r Repo) Opened() map[string]time.Time {
	out, _ := r.readOpened()
	return out
}

// readOpened is Opened, with an error wrapping ErrUnreadable when the
// stored value cannot be read (the map is then empty).
func (r Repo) readOpened() (map[string]time.Time, error) {
	out := map[string]time.Time{}
	raw, ok, err := r.KV.Get(OpenedKey)
	if err != nil || !ok {
		return out, err
	}
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		return map[string]time.Time{}, fmt.Errorf("%w: when documents were last opened (%s): %v", ErrUnreadable, OpenedKey, err)
	}
	return out, nil
}

// OpenedProblem says why the stored last-opened dates cannot be read, or
// is nil.
func (r Repo) OpenedProblem() error {
	_, err := r.readOpened()
	return err
}

// MarkOpened records that a document was opened now. When the stored
// dates cannot be read they are left as they are, byte for byte, and the
// error (wrapping ErrUnreadable) says so.
func (r Repo) MarkOpened(docID string, now time.Time) error {
	m, err := r.readOpened()
	if err != nil {
		return fmt.Errorf("not written over: %w", err)
	}
	m[docID] = now.UTC()
	b, _ := json.Marshal(m)
	return r.KV.Set(OpenedKey, string(b))
}
