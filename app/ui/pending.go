package ui

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/library"
	"annotator/app/store"
)

// Changes that are not in localStorage yet outlive the reader: when it
// leaves a document (another page, another document) while a save fails,
// what it could not write waits here, app-wide, and is written when space
// may have been freed (after a deletion in the library), on every later
// mount of the reader, and by the reader's retry loop; the reader that
// opens the document again takes it over (with the alert, while the save
// still fails). The journal (wal.go) keeps the same changes on disk, so
// that a closed or killed browser gets them back at its next start.

// pendingDocs are the documents whose changes wait, by id.
var pendingDocs = map[string]*library.Pending{}

// theJournal is the journal; nil until startJournal ran.
var theJournal *idbJournal

// firstRev is, for each document the reader opened before the journal was
// applied, the revision it read then (see library.Recover).
var firstRev = map[string]int{}

// journalState is how far reading the journal back got.
var journalState struct {
	started, ready bool
	loaded         []store.JournalEntry // read, waiting to be applied on the UI goroutine
	read           bool                 // loaded holds what was read
	host           app.Context          // the last mounted page, to run on the UI goroutine
	waiting        []func(app.Context)  // run once the journal is applied
}

// startJournal opens the journal once per run of the app and replays
// what it holds; ready runs (on the UI goroutine) once that is done, at
// once when it is. Every page that mounts calls it with its context.
func startJournal(ctx app.Context, ready func(app.Context)) {
	st := &journalState
	st.host = ctx
	if st.ready {
		if ready != nil {
			ready(ctx)
		}
		return
	}
	if ready != nil {
		st.waiting = append(st.waiting, ready)
	}
	if st.read {
		ctx.Dispatch(applyJournal) // read while no page was mounted
	}
	if st.started {
		return
	}
	st.started = true
	theJournal = openJournal(func(entries []store.JournalEntry) {
		st.loaded, st.read = entries, true
		st.host.Dispatch(applyJournal)
	})
}

// applyJournal turns what the journal held into pending changes and
// writes them (once).
func applyJournal(ctx app.Context) {
	st := &journalState
	if st.ready {
		return
	}
	st.ready = true
	repo := store.Repo{KV: localStorage{}}
	// A sentence this tab changed since is newer than the journal's entry.
	loaded := st.loaded[:0]
	for _, e := range st.loaded {
		if !theJournal.wroteHere(e.Key()) {
			loaded = append(loaded, e)
		}
	}
	pend, done := library.Recover(repo, loaded, firstRev, now())
	st.loaded, firstRev = nil, nil
	theJournal.forget(done)
	for _, p := range pend {
		if _, ok := pendingDocs[p.Doc.ID]; !ok {
			pendingDocs[p.Doc.ID] = p
		}
	}
	waiting := st.waiting
	st.waiting = nil
	for _, f := range waiting {
		f(ctx) // the reader takes its own document's changes first
	}
	retryPending("")
	// A hook for checks: what the journal held is applied.
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-journal-applied", "")
}

// retryPending writes every pending document but the one named except
// (which the reader has open and writes itself). A document no longer in
// the library is dropped with its journal entries: it was deleted.
func retryPending(except string) {
	if !journalState.ready {
		return // the journal's entries are not applied yet: its replay writes first
	}
	repo := store.Repo{KV: localStorage{}}
	for id, p := range pendingDocs {
		if id == except {
			continue
		}
		saved, err := p.Save(repo, now())
		switch {
		case errors.Is(err, library.ErrGone):
			theJournal.forget(store.JournalEntries(p.Doc, p.Sentences(), p.TagSet))
			delete(pendingDocs, id)
		case err == nil:
			theJournal.Saved(saved)
			delete(pendingDocs, id)
		}
	}
}

// takePending removes and returns the pending changes of document id.
func takePending(id string) *library.Pending {
	p := pendingDocs[id]
	delete(pendingDocs, id)
	return p
}

// leaveDoc is called before the reader replaces or leaves its document:
// it saves what waits and, when that fails, keeps it app-wide (see above).
func (r *Reader) leaveDoc() {
	if r.saver == nil || r.s == nil {
		return
	}
	r.flushSave()
	if r.s.ReadOnly || r.saver.Deleted() || !r.saver.Pending() {
		return
	}
	dirty, tags := r.saver.Dirty()
	p := &library.Pending{Doc: r.s.Doc, Base: r.saver.Rev(), Dirty: map[int]bool{}, TagSet: tags, Orphans: r.s.Orphans}
	for _, i := range dirty {
		p.Dirty[i] = true
	}
	pendingDocs[r.s.Doc.ID] = p
}

// adoptPending takes over the pending changes of the open document, if
// any: its marks go onto the open session for every sentence this tab has
// not changed since, and the saver writes them with its next save.
func (r *Reader) adoptPending() {
	p := takePending(r.s.Doc.ID)
	if p == nil || r.s.ReadOnly {
		return
	}
	mine, mineTags := r.saver.Dirty()
	skip := map[int]bool{}
	for _, i := range mine {
		skip[i] = true
	}
	var took []int
	for _, i := range p.Sentences() {
		if skip[i] || i >= len(r.s.Doc.Marks) || i >= len(p.Doc.Marks) {
			continue
		}
		r.s.Doc.Marks[i] = p.Doc.Marks[i]
		took = append(took, i)
		r.paper.touch(i)
	}
	tags := p.TagSet && !mineTags
	if tags {
		r.s.Doc.TagSet = p.Doc.TagSet
		r.s.TagSetChanged()
		r.paper.touchAll()
	}
	if len(took) == 0 && !tags {
		return
	}
	r.s.Rev++
	r.s.ShowNote()
	r.showNote(r.ctx)
	r.saver.Adopt(took, tags)
	if p.Recovered > 0 {
		r.msg.status = trN(p.Recovered, "Recovered %d change that had not reached this browser's storage when it last closed.",
			"Recovered %d changes that had not reached this browser's storage when it last closed.")
	}
}

// onJournalReady runs once the journal of an earlier run is applied: the
// reader takes its document's recovered changes and may write again.
func (r *Reader) onJournalReady(ctx app.Context) {
	if !r.Mounted() || r.saver == nil {
		return
	}
	if r.ready {
		r.adoptPending()
	}
	r.flushSave()
	ctx.Update()
}

// opened runs once openID has made a document the open one (text is its
// stored text, if any): the other documents' pending changes are tried,
// and this one's are taken over and saved.
func (r *Reader) opened(text *store.StoredText) {
	r.text = text
	if _, ok := firstRev[r.s.Doc.ID]; !ok && !journalState.ready {
		firstRev[r.s.Doc.ID] = r.saver.Rev()
	}
	retryPending(r.s.Doc.ID)
	r.adoptPending()
	r.flushSave()
}
