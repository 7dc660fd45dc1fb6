package store

import (
	"errors"
	"slices"
	"strconv"
	"time"

	"annotator/app/model"
)

// ErrDeleted says that the record a tab read or wrote is no longer stored:
// the document was deleted (in another tab, or by "Clear my data"). A save
// must not recreate it.
var ErrDeleted = errors.New("the document was deleted")

// TagSetEntry is the Sentence of the journal entry that holds a document's
// tag set.
const TagSetEntry = -1

// JournalKeep is how long a journal entry stays after the save that put
// it into localStorage: Chromium writes localStorage to disk lazily (a
// minute or more after the write), so until then only the journal holds
// the change durably.
const JournalKeep = 10 * time.Minute

// JournalEntry is one change as the write-ahead journal keeps it: the mark
// of a sentence as this tab last made it (with its anchor, so that a replay
// checks it still fits), or the document's tag set.
type JournalEntry struct {
	// Doc is the document id.
	Doc string `json:"doc"`
	// Sentence is the sentence index, or TagSetEntry.
	Sentence int `json:"i"`
	// Mark is the sentence's mark (empty when the change removed it) and
	// its anchor.
	Mark StoredMark `json:"mark"`
	// TagSet is the tag set, for the TagSetEntry.
	TagSet *model.TagSet `json:"tagSet,omitempty"`
	// Rev is the revision of the stored record that holds the change: a
	// tab journals it with the revision its write is about to make (so
	// that a replay after a reload finds a store at that revision or later
	// and leaves it alone, even when the journal's next write was lost with
	// the page), and again with 0 when that write fails. 0: no write of it
	// is known to have gone through.
	Rev int `json:"rev,omitempty"`
	// Saved is when that write was made (or, for an entry replayed at a
	// start, when its save went through).
	Saved time.Time `json:"saved,omitzero"`
	// Seq tells one write of the entry from another (set by the journal),
	// so that marking an entry saved never overwrites a newer change.
	Seq string `json:"seq,omitempty"`
}

// Key is the journal key of the entry: one per sentence and document.
func (e JournalEntry) Key() string {
	if e.Sentence == TagSetEntry {
		return e.Doc + "/tags"
	}
	return e.Doc + "/" + strconv.Itoa(e.Sentence)
}

// JournalEntries returns the entries of the given sentences of d, and of
// its tag set when tagSet is set, as they are now.
func JournalEntries(d *model.Document, sentences []int, tagSet bool) []JournalEntry {
	out := make([]JournalEntry, 0, len(sentences)+1)
	for _, i := range sentences {
		if i < 0 || i >= len(d.Marks) {
			continue
		}
		sm := anchorOf(d, i)
		m := d.Marks[i]
		sm.Mark = model.Mark{Tags: slices.Clone(m.Tags), Note: m.Note, Highlights: slices.Clone(m.Highlights)}
		out = append(out, JournalEntry{Doc: d.ID, Sentence: i, Mark: sm})
	}
	if tagSet {
		ts := d.TagSet.Clone()
		out = append(out, JournalEntry{Doc: d.ID, Sentence: TagSetEntry, TagSet: &ts})
	}
	return out
}

// Journal is a write-ahead copy of changes that the browser commits to
// disk at once (localStorage stays the store of record). Both calls return
// at once; the writes complete in order.
type Journal interface {
	// Put records entries before they are written (with the revision
	// the write will make), or after a failed write (with Rev 0).
	Put(entries []JournalEntry)
	// Saved records that entries (with Rev and Saved set) are in the
	// stored record, unless a newer change of the same key came since.
	Saved(entries []JournalEntry)
}

// Haser is a KV that can tell whether a key is stored without reading its
// value (a stored text may be megabytes).
type Haser interface {
	Has(key string) (bool, error)
}

// Has reports whether key is stored in kv.
func Has(kv KV, key string) (bool, error) {
	if h, ok := kv.(Haser); ok {
		return h.Has(key)
	}
	_, ok, err := kv.Get(key)
	return ok, err
}
