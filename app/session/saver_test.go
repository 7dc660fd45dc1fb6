package session

import (
	"strings"
	"testing"
	"time"

	"annotator/app/model"
	"annotator/app/store"
)

var t0 = time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)

// tab opens the test text on kv as one browser tab would.
func tab(t *testing.T, kv store.KV) (*Session, *Saver) {
	t.Helper()
	s := New(model.New("Test", text))
	v := NewSaver(store.Repo{KV: kv, Memo: store.NewMemo()})
	rec, err := v.Repo.Load(s.Doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	rev := 0
	if rec != nil {
		s.Orphans, rev = rec.ApplyTo(s.Doc), rec.Rev
		s.TagSetChanged()
	}
	v.Reset(rev, false)
	return s, v
}

// do runs an effect through the saver as the view does.
func do(v *Saver, e Effect) Effect { v.Note(e); return e }

func TestSaverWritesWhatChanged(t *testing.T) {
	kv := &store.MapKV{}
	s, v := tab(t, kv)
	do(v, s.ToggleTag(0))
	if !v.Pending() {
		t.Fatal("a toggle must be pending")
	}
	if e := v.Save(s, t0); e.Alert != "" {
		t.Fatal(e.Alert)
	}
	if v.Pending() || v.Rev() != 1 {
		t.Errorf("after the save: pending %v rev %d", v.Pending(), v.Rev())
	}
	s2, _ := tab(t, kv)
	if !s2.Doc.Marks[0].Has("claim") {
		t.Error("the tag is not stored")
	}
	if h, err := v.Repo.LoadHistory(s.Doc.ID); err != nil || len(h) != 1 {
		t.Errorf("history %v %v", h, err)
	}
}

func TestSaverSkipsWhenNothingChanged(t *testing.T) {
	kv := &store.MapKV{}
	s, v := tab(t, kv)
	do(v, s.MoveTo(2))
	v.Save(s, t0)
	if keys, _ := kv.Keys(store.Prefix); len(keys) != 0 {
		t.Errorf("a move wrote %v", keys)
	}
}

func TestSaverKeepsChangesOnAFullQuotaAndRetries(t *testing.T) {
	kv := &store.MapKV{}
	s, v := tab(t, kv)
	do(v, s.ToggleTag(0))
	v.Save(s, t0)
	used := 0
	keys, _ := kv.Keys("")
	for _, k := range keys {
		val, _, _ := kv.Get(k)
		used += len(k) + len(val)
	}
	kv.Limit = used + 10 // no room for another chunk
	s.TypeNote(strings.Repeat("a long note ", 20))
	do(v, s.CommitNote())
	e := v.Save(s, t0)
	if !strings.Contains(e.Alert, "could not be saved") || !v.Unsaved() || !v.Pending() {
		t.Fatalf("quota: alert %q unsaved %v", e.Alert, v.Unsaved())
	}
	if s.Doc.Marks[0].Note == "" {
		t.Fatal("the note was dropped from memory")
	}
	if e := v.Save(s, t0); !v.Unsaved() || e.Alert == "" {
		t.Fatal("a retry on a full quota must fail again and say so")
	}
	kv.Limit = 0 // the reader freed space
	e = v.Save(s, t0)
	if v.Unsaved() || !e.ClearAlert || !strings.HasPrefix(e.Status, "Saved: all your changes") {
		t.Fatalf("retry: unsaved %v, %+v", v.Unsaved(), e)
	}
	s2, _ := tab(t, kv)
	if s2.Doc.Marks[0].Note != s.Doc.Marks[0].Note || !s2.Doc.Marks[0].Has("claim") {
		t.Errorf("after the retry the store has %+v", s2.Doc.Marks[0])
	}
}

func TestSaverMergesAnotherTabsWrite(t *testing.T) {
	kv := &store.MapKV{}
	a, va := tab(t, kv)
	b, vb := tab(t, kv)
	do(va, a.ToggleTag(0)) // A tags sentence 1
	va.Save(a, t0)
	b.Cur = 2
	do(vb, b.ToggleTag(1)) // B, which has not read A's write, tags sentence 3
	if e := vb.Save(b, t0); e.Alert != "" {
		t.Fatal(e.Alert)
	}
	if !b.Doc.Marks[0].Has("claim") {
		t.Error("B's save did not take A's tag")
	}
	c, _ := tab(t, kv)
	if !c.Doc.Marks[0].Has("claim") || !c.Doc.Marks[2].Has("evidence") {
		t.Errorf("the store lost a tab's change: %+v %+v", c.Doc.Marks[0], c.Doc.Marks[2])
	}
	// A hears of B's write (the storage event) and merges it.
	e := va.FromOtherTab(a)
	if !a.Doc.Marks[2].Has("evidence") || e.Status != "Updated from another tab: 1 sentence." {
		t.Errorf("A after the event: %+v, %q", a.Doc.Marks[2], e.Status)
	}
	if !e.Touches(2) {
		t.Error("the merged sentence must be repainted")
	}
}

func TestSaverOwnChangeWinsOverTheOtherTab(t *testing.T) {
	kv := &store.MapKV{}
	a, va := tab(t, kv)
	b, vb := tab(t, kv)
	do(va, a.ToggleTag(0))
	va.Save(a, t0)
	do(vb, b.ToggleTag(2)) // B tags the same sentence Quote
	vb.Save(b, t0)
	c, _ := tab(t, kv)
	if m := c.Doc.Marks[0]; m.Has("claim") || !m.Has("quote") {
		t.Errorf("the later tab's change of the same sentence must win: %+v", m)
	}
}

func TestSaverReadOnlyNeverWrites(t *testing.T) {
	kv := &store.MapKV{}
	s, v := tab(t, kv)
	s.ReadOnly = true
	do(v, Effect{Save: true, Changed: []int{0}})
	v.Save(s, t0)
	if keys, _ := kv.Keys(""); len(keys) != 0 {
		t.Errorf("read-only wrote %v", keys)
	}
}

func TestSaverKeepsABrokenHistory(t *testing.T) {
	kv := &store.MapKV{}
	s, v := tab(t, kv)
	v.Reset(0, true)
	do(v, s.ToggleTag(0))
	v.Save(s, t0)
	if h, _ := v.Repo.LoadHistory(s.Doc.ID); len(h) != 0 {
		t.Errorf("a broken history was overwritten: %v", h)
	}
}

func TestSaverRemindsOfAnExport(t *testing.T) {
	s, v := tab(t, &store.MapKV{})
	var last Effect
	for range ExportReminder {
		do(v, s.ToggleTag(0))
		last = v.Save(s, t0)
	}
	if !strings.Contains(last.Status, "since your last export") {
		t.Errorf("status %q", last.Status)
	}
}

// fakeJournal records what the saver hands to the journal.
type fakeJournal struct{ put, saved []store.JournalEntry }

func (j *fakeJournal) Put(es []store.JournalEntry)   { j.put = append(j.put, es...) }
func (j *fakeJournal) Saved(es []store.JournalEntry) { j.saved = append(j.saved, es...) }

func TestSaverJournalsEveryChangeBeforeWriting(t *testing.T) {
	kv := &store.MapKV{}
	s, v := tab(t, kv)
	j := &fakeJournal{}
	v.Journal = j
	do(v, s.ToggleTag(0))
	kv.Limit = 1 // full: the write fails, the journal still has the change
	if e := v.Save(s, t0); e.Alert == "" {
		t.Fatal("no alert on a full quota")
	}
	// Journaled with the revision the write was to make, then, as it
	// failed, with none: a replay applies it whatever the store holds.
	if len(j.put) != 2 || j.put[0].Rev != 1 || j.put[1].Rev != 0 || j.put[1].Sentence != 0 ||
		!j.put[1].Mark.Has("claim") || len(j.saved) != 0 {
		t.Fatalf("journal after a failed save: put %+v saved %+v", j.put, j.saved)
	}
	// The retry does not journal the failed change again; the new one goes
	// with the revision the write makes, and the failed one learns it once
	// the write went through.
	kv.Limit = 0
	do(v, s.MoveTo(1))
	do(v, s.ToggleTag(1))
	if e := v.Save(s, t0); e.Alert != "" {
		t.Fatal(e.Alert)
	}
	if len(j.put) != 3 || j.put[2].Sentence != 1 || j.put[2].Rev != 1 || j.put[2].Saved.IsZero() {
		t.Errorf("journal puts: %+v", j.put)
	}
	if len(j.saved) != 2 || j.saved[0].Rev != 1 || j.saved[1].Rev != 1 || j.saved[0].Saved.IsZero() {
		t.Errorf("journal saved: %+v", j.saved)
	}
	// A save without an earlier failure needs no second journal write: the
	// entry already names the revision that holds it.
	do(v, s.ToggleTag(1))
	if e := v.Save(s, t0); e.Alert != "" {
		t.Fatal(e.Alert)
	}
	if len(j.put) != 4 || j.put[3].Rev != 2 || len(j.saved) != 2 {
		t.Errorf("after a plain save: put %+v saved %+v", j.put[3:], j.saved)
	}
}

func TestSaverStopsWhenTheDocumentWasDeletedElsewhere(t *testing.T) {
	kv := &store.MapKV{}
	s, v := tab(t, kv)
	do(v, s.ToggleTag(0))
	v.Save(s, t0)
	if _, err := v.Repo.Delete(s.Doc.ID); err != nil { // another tab deletes it
		t.Fatal(err)
	}
	do(v, s.MoveTo(1))
	do(v, s.ToggleTag(1))
	e := v.Save(s, t0)
	if !v.Deleted() || !strings.Contains(e.Alert, "deleted in another tab") {
		t.Fatalf("deleted %v, alert %q", v.Deleted(), e.Alert)
	}
	do(v, s.ToggleTag(2))
	v.Save(s, t0)
	if keys, _ := kv.Keys(store.Prefix); len(keys) != 0 {
		t.Fatalf("the deleted document was recreated as %v", keys)
	}
	// Keep a copy: everything this tab has is written as a new record.
	v.Undelete(s)
	if e := v.Save(s, t0); e.Alert != "" {
		t.Fatal(e.Alert)
	}
	s2, _ := tab(t, kv)
	if !s2.Doc.Marks[0].Has("claim") || !s2.Doc.Marks[1].Has("evidence") {
		t.Errorf("the kept copy: %+v", s2.Doc.Marks[:3])
	}
}

func TestSaverAsksWhetherTheDocumentStillExists(t *testing.T) {
	kv := &store.MapKV{}
	s, v := tab(t, kv)
	gone := false
	v.Exists = func(string) bool { return !gone }
	gone = true // deleted before this tab ever wrote a record (base 0)
	do(v, s.ToggleTag(0))
	if e := v.Save(s, t0); !v.Deleted() || e.Alert == "" {
		t.Fatal("a save for a document no longer in the library went ahead")
	}
	if keys, _ := kv.Keys(store.Prefix); len(keys) != 0 {
		t.Errorf("keys %v", keys)
	}
}

func TestSaverAdoptWritesChangesMadeOutsideCommands(t *testing.T) {
	kv := &store.MapKV{}
	s, v := tab(t, kv)
	s.Doc.Marks[2] = model.Mark{Tags: []string{"quote"}}
	v.Adopt([]int{2}, false)
	if got, tags := v.Dirty(); len(got) != 1 || got[0] != 2 || tags {
		t.Fatalf("dirty %v %v", got, tags)
	}
	v.Save(s, t0)
	if s2, _ := tab(t, kv); !s2.Doc.Marks[2].Has("quote") {
		t.Error("the adopted change was not written")
	}
}
