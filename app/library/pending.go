package library

import (
	"errors"
	"slices"
	"sort"
	"time"

	"annotator/app/model"
	"annotator/app/store"
)

// ErrGone is returned by Pending.Save for a document that is no longer in
// the library: its pending changes are not written (that would recreate it
// as keys no library lists).
var ErrGone = errors.New("the document is no longer in this browser's library")

// Pending is a document's changes that are not in storage yet: kept when
// the reader leaves the document while a save fails (a full quota), or
// read back from the journal of a browser that stopped before storage had
// them. The changed marks are on Doc; Dirty names them.
type Pending struct {
	// Doc is the document with the changes applied.
	Doc *model.Document
	// Base is the revision of the stored record the changes apply to.
	Base int
	// Dirty lists the changed sentences; TagSet says the tag set changed.
	Dirty  map[int]bool
	TagSet bool
	// Orphans are the stored marks no sentence fits, written back with it.
	Orphans []store.StoredMark
	// Recovered counts the changes taken from the journal.
	Recovered int
}

// Sentences returns the changed sentences in increasing order.
func (p *Pending) Sentences() []int {
	out := make([]int, 0, len(p.Dirty))
	for i := range p.Dirty {
		out = append(out, i)
	}
	sort.Ints(out)
	return out
}

// Save writes the changes, merged by sentence with what other tabs stored
// since Base (the pending changes win where both changed), and returns the
// journal entries it stored (with their revision). A document that is no
// longer in the library gives ErrGone and writes nothing.
func (p *Pending) Save(repo store.Repo, now time.Time) ([]store.JournalEntry, error) {
	if ok, err := Exists(repo, p.Doc.ID); err != nil {
		return nil, err
	} else if !ok {
		return nil, ErrGone
	}
	rev, _, err := repo.Sync(p.Doc, p.Base, p.Dirty, p.Orphans, now)
	if errors.Is(err, store.ErrDeleted) {
		return nil, ErrGone
	}
	if err != nil {
		return nil, err
	}
	p.Base = rev
	es := store.JournalEntries(p.Doc, p.Sentences(), p.TagSet)
	for i := range es {
		es[i].Rev, es[i].Saved = rev, now.UTC()
	}
	return es, nil
}

// Exists reports whether document id is in the library: a shipped
// article, a stored text or a student's exercise work. It reads no value
// when the KV can tell without (store.Haser).
func Exists(repo store.Repo, id string) (bool, error) {
	if IsShipped(id) {
		return true, nil
	}
	for _, k := range []string{store.TextKey(id), store.WorkKey(id)} {
		if ok, err := store.Has(repo.KV, k); err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// Recover reads a journal back after a start: the entries whose change the
// stored record does not hold (never saved, or saved at a revision the
// store does not have: the browser stopped before writing localStorage to
// disk) become pending changes, one Pending a document, on the stored
// record; entries the store holds are done once older than
// store.JournalKeep, and so are those of documents no longer in the library
// or whose sentence no longer has the entry's text. Entries of a document
// whose stored record cannot be read are neither: they wait, and the record
// is never written over. seen holds, for documents this run wrote before
// the journal was read, the revision it read first: storage holds an entry
// only up to that one (a later write of this run does not have it).
func Recover(repo store.Repo, entries []store.JournalEntry, seen map[string]int, now time.Time) (pending []*Pending, done []store.JournalEntry) {
	byDoc := map[string][]store.JournalEntry{}
	var ids []string
	for _, e := range entries {
		if _, ok := byDoc[e.Doc]; !ok {
			ids = append(ids, e.Doc)
		}
		byDoc[e.Doc] = append(byDoc[e.Doc], e)
	}
	sort.Strings(ids)
	for _, id := range ids {
		es := byDoc[id]
		l, err := Open(repo, id)
		switch {
		case errors.Is(err, ErrNotFound):
			done = append(done, es...)
			continue
		case err != nil || l.ReadOnly():
			continue // unreadable: keep the entries, write nothing
		}
		p := &Pending{Doc: l.Doc, Base: l.Rev, Dirty: map[int]bool{}, Orphans: l.Orphans}
		held := l.Rev
		if r, ok := seen[id]; ok && r < held {
			held = r
		}
		for _, e := range es {
			if e.Rev > 0 && e.Rev <= held {
				if now.Sub(e.Saved) > store.JournalKeep {
					done = append(done, e)
				}
				continue
			}
			if e.Sentence == store.TagSetEntry {
				if ts := e.TagSet; ts != nil && len(ts.Tags) > 0 {
					if ts.Name != p.Doc.TagSet.Name || !slices.Equal(ts.Tags, p.Doc.TagSet.Tags) {
						p.Recovered++
					}
					p.Doc.TagSet, p.TagSet = ts.Clone(), true
				}
				continue
			}
			i := e.Sentence
			if i < 0 || i >= len(p.Doc.Marks) || p.Doc.SentenceText(i) != e.Mark.Quote {
				done = append(done, e)
				continue
			}
			if !e.Mark.Mark.Equal(p.Doc.Marks[i]) {
				p.Doc.Marks[i] = e.Mark.Mark
				p.Recovered++
			}
			p.Dirty[i] = true
		}
		// Entries equal to what is stored are saved again too, so that
		// they learn a revision and leave the journal in time.
		if len(p.Dirty) > 0 || p.TagSet {
			pending = append(pending, p)
		}
	}
	return pending, done
}

// KeepCopy puts a document that was deleted while it was open back in the
// library: its text (as it was stored, or, for a student's exercise, the
// work) is written again. The caller then saves its annotations as a new
// record.
func KeepCopy(repo store.Repo, text *store.StoredText, work *Work, id string) error {
	switch {
	case work != nil:
		return SaveWork(repo.KV, id, *work)
	case text != nil:
		return repo.SaveText(*text)
	}
	return nil // a shipped article: its text comes with the app
}
