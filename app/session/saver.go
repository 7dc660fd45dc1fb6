package session

import (
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

	rev           int          // revision of the stored record this tab last read or wrote
	dirty         map[int]bool // sentences changed since rev
	pending       bool         // something waits to be written
	unsaved       bool         // the last write failed
	historyBroken bool         // the stored undo history is unreadable: keep it, never write it
	sinceExport   int          // saved changes since the last export
}

// NewSaver returns a saver over repo.
func NewSaver(repo store.Repo) *Saver { return &Saver{Repo: repo, dirty: map[int]bool{}} }

// Reset starts afresh after a document was read at revision rev;
// historyBroken keeps an unreadable stored history from being overwritten.
func (v *Saver) Reset(rev int, historyBroken bool) {
	v.rev, v.pending, v.unsaved, v.historyBroken = rev, false, false, historyBroken
	clear(v.dirty)
}

// Note takes what an effect changed; Save writes it.
func (v *Saver) Note(e Effect) {
	if !e.Save {
		return
	}
	v.pending = true
	for _, i := range e.Changed {
		v.dirty[i] = true
	}
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
	rev, taken, err := v.Repo.Sync(s.Doc, v.rev, v.dirty, s.Orphans, now)
	e.Repaint = taken
	if len(taken) > 0 {
		s.Rev++
	}
	if err != nil {
		v.unsaved = true
		e.Alert = s.tr("Your changes could not be saved in this browser (%v). "+
			"They are kept in this tab, and the app retries every few seconds. "+
			"Export a backup now, or free space by deleting documents in the library.", err)
		return e
	}
	if v.unsaved {
		e.Status = s.tr("Saved: all your changes are stored in this browser again.")
		e.ClearAlert = true
	}
	v.unsaved, v.pending, v.rev = false, false, rev
	clear(v.dirty)
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
