package store

import (
	"encoding/json"
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
	out := map[string]time.Time{}
	if raw, ok, err := r.KV.Get(OpenedKey); err == nil && ok {
		json.Unmarshal([]byte(raw), &out)
	}
	return out
}

// MarkOpened records that a document was opened now.
func (r Repo) MarkOpened(docID string, now time.Time) error {
	m := r.Opened()
	m[docID] = now.UTC()
	b, _ := json.Marshal(m)
	return r.KV.Set(OpenedKey, string(b))
}
