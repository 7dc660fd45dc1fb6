package library

import (
	"errors"
	"testing"
	"time"

	"annotator/app/model"
	"annotator/app/store"
)

// journalOf returns the journal entries of sentences of d as the reader
// writes them before a save.
func journalOf(d *model.Document, sentences ...int) []store.JournalEntry {
	return store.JournalEntries(d, sentences, false)
}

func TestRecoverReplaysWhatStorageLacks(t *testing.T) {
	repo, _ := newRepo()
	d := storeDoc(t, repo, "T", "One. Two. Three. Four.", 0) // stored at rev 1 with sentence 0 tagged
	// The tab tagged sentence 2 and wrote a note on 3; the journal has
	// both, then the browser died before localStorage reached the disk.
	h := model.NewHistory(d)
	h.ToggleTag(2, "evidence")
	h.SetNote(3, "check this")
	entries := journalOf(d, 2, 3)
	// Sentence 0's entry was saved at rev 1, which storage has: done once old.
	old := store.JournalEntries(d, []int{0}, false)[0]
	old.Rev, old.Saved = 1, t0
	entries = append(entries, old)
	pend, done := Recover(repo, entries, nil, t0.Add(store.JournalKeep+time.Minute))
	if len(pend) != 1 || pend[0].Recovered != 2 || len(done) != 1 || done[0].Sentence != 0 {
		t.Fatalf("pending %+v, done %+v", pend, done)
	}
	p := pend[0]
	if !p.Doc.Marks[0].Has("claim") || !p.Doc.Marks[2].Has("evidence") || p.Doc.Marks[3].Note != "check this" {
		t.Fatalf("recovered marks: %+v", p.Doc.Marks)
	}
	saved, err := p.Save(repo, t0)
	if err != nil || len(saved) != 2 || saved[0].Rev != 2 {
		t.Fatalf("saving: %+v, %v", saved, err)
	}
	l, _ := Open(repo, d.ID)
	if !l.Doc.Marks[0].Has("claim") || !l.Doc.Marks[2].Has("evidence") || l.Doc.Marks[3].Note != "check this" {
		t.Errorf("stored after the replay: %+v", l.Doc.Marks)
	}
	// A second start right after: the entries (now saved at rev 2) are held
	// by storage and kept in the journal until JournalKeep passes.
	pend, done = Recover(repo, saved, nil, t0.Add(time.Second))
	if len(pend) != 0 || len(done) != 0 {
		t.Errorf("second start: pending %+v, done %+v", pend, done)
	}
	// Saved at a revision storage does not have (lost with the crash): replayed.
	lost := saved[0]
	lost.Rev = 7
	if pend, _ = Recover(repo, []store.JournalEntry{lost}, nil, t0); len(pend) != 1 {
		t.Errorf("an entry saved at a revision storage lacks is not replayed: %+v", pend)
	}
}

func TestRecoverMergesWithAnotherTabsLaterWork(t *testing.T) {
	repo, _ := newRepo()
	d := storeDoc(t, repo, "T", "One. Two. Three.", 0)
	h := model.NewHistory(d)
	h.ToggleTag(1, "quote")
	entries := journalOf(d, 1)
	// Another tab, later, tagged sentence 2 and stored it (rev 2).
	other, _ := Open(repo, d.ID)
	model.NewHistory(other.Doc).ToggleTag(2, "fact")
	if _, _, err := repo.Sync(other.Doc, other.Rev, map[int]bool{2: true}, nil, t0); err != nil {
		t.Fatal(err)
	}
	pend, _ := Recover(repo, entries, nil, t0)
	if len(pend) != 1 {
		t.Fatalf("pending %+v", pend)
	}
	if _, err := pend[0].Save(repo, t0); err != nil {
		t.Fatal(err)
	}
	l, _ := Open(repo, d.ID)
	if !l.Doc.Marks[0].Has("claim") || !l.Doc.Marks[1].Has("quote") || !l.Doc.Marks[2].Has("fact") {
		t.Errorf("merged: %+v", l.Doc.Marks)
	}
}

func TestRecoverNeverWritesOverUnreadableOrDeletedDocuments(t *testing.T) {
	repo, kv := newRepo()
	d := storeDoc(t, repo, "T", "One. Two.", 0)
	model.NewHistory(d).ToggleTag(1, "claim")
	entries := journalOf(d, 1)
	kv.Set(store.DocKey(d.ID), "{broken")
	pend, done := Recover(repo, entries, nil, t0)
	if len(pend) != 0 || len(done) != 0 {
		t.Errorf("unreadable record: pending %+v, done %+v (the entries must wait)", pend, done)
	}
	if v, _, _ := kv.Get(store.DocKey(d.ID)); v != "{broken" {
		t.Errorf("the unreadable record was changed: %q", v)
	}
	// Deleted from the library: the entries are done, nothing is recreated.
	if _, err := repo.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	pend, done = Recover(repo, entries, nil, t0)
	if len(pend) != 0 || len(done) != 1 {
		t.Errorf("deleted document: pending %+v, done %+v", pend, done)
	}
	if keys, _ := kv.Keys(store.Prefix); len(keys) != 0 {
		t.Errorf("keys after recovering a deleted document: %v", keys)
	}
}

func TestPendingSaveRefusesADeletedDocument(t *testing.T) {
	repo, kv := newRepo()
	d := storeDoc(t, repo, "T", "One. Two.")
	model.NewHistory(d).ToggleTag(1, "claim")
	p := &Pending{Doc: d, Dirty: map[int]bool{1: true}}
	kv.Limit = 1 // a full quota
	if _, err := p.Save(repo, t0); err == nil {
		t.Fatal("a save over a full quota succeeded")
	}
	kv.Limit = 0
	if _, err := repo.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Save(repo, t0); !errors.Is(err, ErrGone) {
		t.Errorf("saving a deleted document: %v, want ErrGone", err)
	}
	if keys, _ := kv.Keys(store.Prefix); len(keys) != 0 {
		t.Errorf("the deleted document came back as %v", keys)
	}
	// A shipped article is always there.
	if ok, _ := Exists(repo, DefaultID()); !ok {
		t.Error("the default article does not exist")
	}
}

func TestKeepCopyPutsTheTextBack(t *testing.T) {
	repo, _ := newRepo()
	d := storeDoc(t, repo, "Mine", "One. Two.")
	text, _ := repo.LoadText(d.ID)
	if _, err := repo.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	if err := KeepCopy(repo, text, nil, d.ID); err != nil {
		t.Fatal(err)
	}
	entries, _ := repo.Library(nil)
	if len(entries) != 1 || entries[0].Title != "Mine" {
		t.Errorf("library after keeping a copy: %+v", entries)
	}
}

func TestRecoverIgnoresWritesOfThisRunBeforeTheReplay(t *testing.T) {
	repo, _ := newRepo()
	d := storeDoc(t, repo, "T", "One. Two. Three.", 0) // rev 1 on disk
	h := model.NewHistory(d)
	h.ToggleTag(1, "quote")
	lost := journalOf(d, 1)[0]
	lost.Rev, lost.Saved = 2, t0 // saved at rev 2, which the crash lost
	// This run reads rev 1 and writes rev 2 (sentence 2) before the journal is read.
	l, _ := Open(repo, d.ID)
	model.NewHistory(l.Doc).ToggleTag(2, "fact")
	if _, _, err := repo.Sync(l.Doc, 1, map[int]bool{2: true}, nil, t0); err != nil {
		t.Fatal(err)
	}
	if pend, _ := Recover(repo, []store.JournalEntry{lost}, nil, t0); len(pend) != 0 {
		t.Fatalf("without what this run read first, the entry looks stored: %+v", pend)
	}
	pend, _ := Recover(repo, []store.JournalEntry{lost}, map[string]int{d.ID: 1}, t0)
	if len(pend) != 1 || !pend[0].Doc.Marks[1].Has("quote") || !pend[0].Doc.Marks[2].Has("fact") {
		t.Fatalf("pending %+v", pend)
	}
}
