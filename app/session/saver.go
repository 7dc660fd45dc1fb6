package session

import (
	"errors"
	"slices"
	"time"

	"annotator/app/model"
	"annotator/app/store"
)

// ExportReminder is how many saved changes pass before the saver suggests
// a backup file.
const ExportReminder = 50

// Saver writes a session's annotations and undo history to the store. It
// is fed the sentences each effect changed, so that a save costs what the
// change costs, not what the document costs; those sentences are also the
// ones this tab wins when another tab wrote the same record meanwhile.
type Saver struct {
	// Repo is where the record goes.
	Repo store.Repo

	// Journal, when set, gets every change before it is written, and
	// learns when it is stored (a copy the browser commits to disk at
	// once: see store.Journal).
	Journal store.Journal
	// Exists, when set, reports whether the document is still in the
	// library; a save first asks, so that a document deleted in another
	// tab is not recreated.
	Exists func(docID string) bool

	rev           int          // revision of the stored record this tab last read or wrote
	dirty         map[int]bool // sentences changed since rev
	tagsDirty     bool         // the tag set changed since rev
	fresh         map[int]bool // sentences changed since they last went to the journal
	freshTags     bool         // the tag set changed since it last went to the journal
	pending       bool         // something waits to be written
	unsaved       bool         // the last write failed
	deleted       bool         // the document was deleted elsewhere: write nothing
	historyBroken bool         // the stored undo history is unreadable: keep it, never write it
	sinceExport   int          // saved changes since the last export
}

// NewSaver returns a saver over repo.
func NewSaver(repo store.Repo) *Saver {
	return &Saver{Repo: repo, dirty: map[int]bool{}, fresh: map[int]bool{}}
}

// Reset starts afresh after a document was read at revision rev;
// historyBroken keeps an unreadable stored history from being overwritten.
func (v *Saver) Reset(rev int, historyBroken bool) {
	v.rev, v.pending, v.unsaved, v.deleted, v.historyBroken = rev, false, false, false, historyBroken
	v.tagsDirty, v.freshTags = false, false
	clear(v.dirty)
	clear(v.fresh)
}

// Note takes what an effect changed; Save writes it.
func (v *Saver) Note(e Effect) {
	if !e.Save {
		return
	}
	v.pending = true
	for _, i := range e.Changed {
		v.dirty[i], v.fresh[i] = true, true
	}
	if e.TagSet {
		v.tagsDirty, v.freshTags = true, true
	}
}

// Adopt takes changes made to the session's document outside its commands
// (pending changes of an earlier visit, or of a journal replayed at
// start): the sentences and, when tagSet is set, the tag set are written
// with the next Save and win over other tabs' changes as this tab's own do.
func (v *Saver) Adopt(sentences []int, tagSet bool) {
	v.Note(Effect{Save: true, Changed: sentences, TagSet: tagSet})
}

// Dirty returns the sentences changed since the last successful write,
// in increasing order, and whether the tag set changed.
func (v *Saver) Dirty() (sentences []int, tagSet bool) {
	for i := range v.dirty {
		sentences = append(sentences, i)
	}
	slices.Sort(sentences)
	return sentences, v.tagsDirty
}

// Deleted reports whether the document was deleted elsewhere, so that
// nothing is written for it.
func (v *Saver) Deleted() bool { return v.deleted }

// MarkDeleted stops every write for the document, which was deleted
// elsewhere (another tab): the changes stay in this tab, and the alert
// says what happened and what the reader can do.
func (v *Saver) MarkDeleted(s *Session) Effect {
	v.deleted = true
	return Effect{Alert: s.tr("This document was deleted in another tab. " +
		"Your changes here are not saved; choose Keep a copy to put it back in your library with them.")}
}

// Undelete writes the document afresh (the reader kept a copy of a
// document deleted elsewhere): every annotated sentence and the tag set
// go out with the next Save, as a new record.
func (v *Saver) Undelete(s *Session) {
	v.deleted, v.rev = false, 0
	var all []int
	for i, m := range s.Doc.Marks {
		if !m.Empty() {
			all = append(all, i)
		}
	}
	v.Adopt(all, true)
}

// Pending reports whether a change waits to be written (or a failed write
// to be retried).
func (v *Saver) Pending() bool { return v.pending || v.unsaved }

// Unsaved reports whether the last write failed.
func (v *Saver) Unsaved() bool { return v.unsaved }

// Rev is the revision this tab last read or wrote.
func (v *Saver) Rev() int { return v.rev }

// Exported notes that the reader just made a backup.
func (v *Saver) Exported() { v.sinceExport = 0 }

// Save writes what is pending, merging with what other tabs wrote since
// (by sentence; this tab's changes win where both changed). On failure the
// changes stay in memory and pending, and the effect's alert says so; a
// later Save retries them.
func (v *Saver) Save(s *Session, now time.Time) Effect {
	var e Effect
	if s.ReadOnly || !v.Pending() {
		v.pending = false
		return e
	}
	if v.deleted {
		return e // kept in this tab; the alert already says why
	}
	if v.Exists != nil && !v.Exists(s.Doc.ID) {
		return v.MarkDeleted(s)
	}
	saved, savedTags := v.Dirty()
	retried := v.unsaved // changes journaled by a failed write, with Rev 0
	rev, taken, err := v.Repo.SyncAhead(s.Doc, v.rev, v.dirty, s.Orphans, now,
		func(rev int) { v.journal(s, rev, now) })
	e.Repaint = taken
	if len(taken) > 0 {
		s.Rev++
	}
	if errors.Is(err, store.ErrDeleted) {
		return v.MarkDeleted(s)
	}
	if err != nil {
		v.unsaved = true
		v.journalFailed(s, saved, savedTags)
		e.Alert = s.tr("Your changes could not be saved in this browser (%v). "+
			"They are kept in this tab, and the app retries every few seconds. "+
			"Export a backup now, or free space by deleting documents in the library.", err)
		return e
	}
	if v.unsaved {
		e.Status = s.tr("Saved: all your changes are stored in this browser again.")
		e.ClearAlert = true
	}
	v.unsaved, v.pending, v.rev, v.tagsDirty = false, false, rev, false
	clear(v.dirty)
	if v.Journal != nil && retried {
		es := store.JournalEntries(s.Doc, saved, savedTags)
		for i := range es {
			es[i].Rev, es[i].Saved = rev, now.UTC()
		}
		v.Journal.Saved(es)
	}
	if !v.historyBroken {
		if err := v.Repo.SaveHistory(s.Doc.ID, s.Hist.Done(store.HistoryKeep(s.Hist.DoneCount()))); err != nil {
			e.Status = s.tr("Saved, but the undo history could not be kept for the next visit.")
		}
	}
	if v.sinceExport++; v.sinceExport == ExportReminder {
		e.Status = s.trN(ExportReminder, "%d change since your last export: keep a copy with Export → Backup.",
			"%d changes since your last export: keep a copy with Export → Backup.")
	}
	return e
}

// FromOtherTab merges the record another tab wrote, when it is newer than
// what this tab read: the other tab's marks are taken for every sentence
// this tab has not changed since. The tag set is taken too when this tab
// has no change of its own waiting.
func (v *Saver) FromOtherTab(s *Session) Effect {
	var e Effect
	if s.ReadOnly {
		return e
	}
	rec, err := v.Repo.Load(s.Doc.ID)
	if err != nil || rec == nil || rec.Rev <= v.rev {
		return e
	}
	e = s.CommitNote()
	v.Note(e)
	changed := rec.Merge(s.Doc, v.dirty)
	if !v.pending && len(rec.TagSet.Tags) > 0 && !sameTagSet(rec.TagSet, s.Doc.TagSet) {
		s.Doc.TagSet = rec.TagSet
		s.tagSet(&e)
		e.Save = v.pending // nothing of this tab's to write
	}
	v.rev = rec.Rev
	if len(changed) > 0 {
		s.Rev++
		e.Repaint = append(e.Repaint, changed...)
		e.Status = s.trN(len(changed), "Updated from another tab: %d sentence.", "Updated from another tab: %d sentences.")
		if !s.NoteDirty() {
			s.ShowNote()
			e.Note = true
		}
	}
	return e
}

// sameTagSet compares two tag sets.
func sameTagSet(a, b model.TagSet) bool {
	return a.Name == b.Name && slices.Equal(a.Tags, b.Tags)
}

// journal hands the changes not yet journaled to the Journal, as held by
// revision rev, the one the write that follows makes.
func (v *Saver) journal(s *Session, rev int, now time.Time) {
	if v.Journal == nil || len(v.fresh) == 0 && !v.freshTags {
		return
	}
	fresh := make([]int, 0, len(v.fresh))
	for i := range v.fresh {
		fresh = append(fresh, i)
	}
	slices.Sort(fresh)
	es := store.JournalEntries(s.Doc, fresh, v.freshTags)
	for i := range es {
		es[i].Rev, es[i].Saved = rev, now.UTC()
	}
	v.Journal.Put(es)
	clear(v.fresh)
	v.freshTags = false
}

// journalFailed journals again, with no revision, every change a failed
// write left waiting (the journal may hold them with the revision that
// write was to make).
func (v *Saver) journalFailed(s *Session, sentences []int, tagSet bool) {
	clear(v.fresh)
	v.freshTags = false
	if v.Journal != nil {
		v.Journal.Put(store.JournalEntries(s.Doc, sentences, tagSet))
	}
}
