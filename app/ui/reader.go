// Package ui holds the go-app components: the only package that imports go-app.
package ui

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/model"
	"annotator/app/store"
	"annotator/seeds"
)

// RegisterRoutes registers every page; the browser build and the server
// (which prerenders pages) must call it alike.
func RegisterRoutes() {
	app.Route("/", func() app.Composer { return &Reader{} })
	app.Route("/library", func() app.Composer { return &Library{} })
	app.Route("/class", func() app.Composer { return &ClassPage{} })
	app.Route("/exercise", func() app.Composer { return &ExercisePage{} })
}

// Reader shows one document and lets the reader tag sentences and write notes.
type Reader struct {
	app.Compo

	doc     *model.Document
	hist    *model.History
	repo    store.Repo
	orphans []store.StoredMark
	paper   *paper // the article's sentences, painted outside go-app
	scroll  int    // a sentence to scroll into view at the next paint, or -1
	cur     int
	sel     span     // pending word selection in the current sentence
	tagKeys []string // key of each tag, read by the key listener

	ready    bool
	readOnly bool
	showHelp bool
	alert    string
	status   string
	announce string

	filter      string
	filterTag   string
	editor      *tagEditor
	showPaste   bool
	notice      string // status to show once the next document opens
	carry       *carryOffer
	theme       string
	creator     string
	pending     *importPlan // an import waiting for the reader's go-ahead
	exForm      *exerciseForm
	installable bool         // the browser offers to install the app
	work        *studentWork // the exercise a student is doing on this document

	focusing  action // the field a key is moving focus to, or actNone
	typeAhead string // keys typed while focus was on its way

	rev      int          // revision of the stored record this tab last read or wrote
	marksRev int          // counts changes of the marks, so that the summary re-renders only then
	saved    []model.Mark // the marks as last read or written, to find this tab's changes
	unsaved  bool         // the last write failed; a retry is pending

	deferSave   bool // a key is being handled: save after its frame is painted
	savePending bool // a save waits for the key's frame to be painted
	afterKey    bool // a key's follow-up (save, go-app update) is scheduled
	renderNow   bool // the action changed more than reflect shows: render at once
	keySeq      int  // counts quick keys, so that only the last one renders

	persistAsked       bool
	historyBroken      bool // the stored undo history is unreadable: keep it, do not write
	changesSinceExport int
	usage              int // bytes of localStorage in use
	measured           time.Time
	unlistenStorage    func()
	unlistenLeave      func()

	noteSeq   int
	noteDirty bool
	draft     string

	unlisten func()
	ctx      app.Context // the context OnMount received, for deferred paints
	hasCtx   bool
	revealed bool // the article is shown (see web/boot.js)
}

// OnInit opens the default article; it runs on the server too, so the
// prerendered page already shows the text.
func (r *Reader) OnInit() {
	a := seeds.Default()
	r.open(model.New(a.Title, a.Text))
}

// open makes d the current document, first saving what a key left
// waiting for the one it replaces.
func (r *Reader) open(d *model.Document) {
	r.flushSave()
	r.doc = d
	r.hist = model.NewHistory(d)
	if r.paper != nil {
		r.paper.stop()
	}
	r.paper = newPaper(d)
	r.cur, r.scroll = 0, -1
	r.tagKeys = d.TagSet.Keys()
}

// OnMount starts listening to the keyboard; OnNav, which follows, opens
// the document.
func (r *Reader) OnMount(ctx app.Context) {
	r.ctx, r.hasCtx = ctx, true
	r.repo = store.Repo{KV: localStorage{}, Memo: store.NewMemo()}
	r.loadPrefs()
	r.listenKeys(ctx)
	r.unlistenStorage = r.listenStorage(ctx)
	r.unlistenLeave = r.listenLeave()
	r.retryLoop(ctx)
	r.measureStorage()
	r.paint()
}

// OnDismount saves what is still waiting and releases the listeners.
func (r *Reader) OnDismount() {
	r.commitNote()
	r.flushSave()
	if r.unlisten != nil {
		r.unlisten()
	}
	if r.unlistenLeave != nil {
		r.unlistenLeave()
	}
	if r.unlistenStorage != nil {
		r.unlistenStorage()
	}
}

// load applies the stored record and undo history of the current document.
func (r *Reader) load() {
	r.historyBroken = false
	rec, err := r.repo.Load(r.doc.ID)
	if err != nil {
		r.readOnly = true
		r.alert = fmt.Sprintf("Your saved annotations for this document could not be read (%v). "+
			"They are left untouched, and this tab will not save changes over them.", err)
		return
	}
	r.saved, r.rev = nil, 0
	if rec == nil {
		r.snapshot()
		return
	}
	r.rev = rec.Rev
	r.orphans = rec.ApplyTo(r.doc)
	r.snapshot()
	r.tagKeys = r.doc.TagSet.Keys()
	if len(r.orphans) > 0 {
		r.status = fmt.Sprintf("%d saved annotations no longer match a sentence; they are kept.", len(r.orphans))
	}
	changes, err := r.repo.LoadHistory(r.doc.ID)
	r.historyBroken = err != nil
	if err != nil {
		r.status = "The saved undo history could not be read: it is left as it is, and undo starts afresh."
	}
	r.hist.Restore(changes)
}

// save writes the document's annotations and undo history; on failure the
// in-memory state stays and an alert says what happened.
//
// The write merges with what other tabs wrote since this tab last read (by
// sentence; this tab's changes win where both changed).
func (r *Reader) save() {
	r.marksRev++
	if r.readOnly {
		return
	}
	if r.deferSave {
		r.savePending = true // onKey saves once the key's frame is painted
		return
	}
	rev, taken, err := r.repo.Sync(r.doc, r.rev, r.dirty(), r.orphans, now())
	for _, i := range taken {
		r.touched(i)
	}
	if err != nil {
		r.unsaved = true
		r.alert = "Your changes could not be saved in this browser (" + err.Error() + "). " +
			"They are kept in this tab, and the app retries every few seconds. " +
			"Export a backup now, or free space by deleting documents in the library."
		return
	}
	if r.unsaved {
		r.status = "Saved: all your changes are stored in this browser again."
	}
	r.unsaved, r.alert, r.rev = false, "", rev
	r.snapshot()
	if r.historyBroken {
		// An unreadable stored history is left as it is, never overwritten.
	} else if err := r.repo.SaveHistory(r.doc.ID, r.hist.Done(store.HistoryKeep(r.hist.DoneCount()))); err != nil {
		r.status = "Saved, but the undo history could not be kept for the next visit."
	}
	r.afterSave()
}

// reveal makes sure the chunk holding sentence i is in the DOM.
func (r *Reader) reveal(i int) { r.paper.reveal(i) }

// touched marks sentence i for repainting.
func (r *Reader) touched(i int) { r.paper.touch(i) }

// rerenderAll marks every sentence for repainting (after a tag-set change).
func (r *Reader) rerenderAll() { r.paper.touchAll() }

// paint brings the article up to date at once (a key's change shows in
// the frame after the key, not after go-app's next update), then scrolls
// the sentence a move asked for into view.
func (r *Reader) paint() {
	if r.paper == nil || !r.Mounted() {
		return
	}
	r.paper.paint(r.JSValue(), r.cur, r.sel)
	if r.ready && !r.revealed {
		// The document the address names is in the page: show it (web/boot.js hid the prerendered one).
		r.revealed = true
		app.Window().Get("document").Get("documentElement").Call("removeAttribute", "data-opening")
	}
	if i := r.scroll; i >= 0 {
		r.scroll = -1
		if el := r.paper.sentence(i); !el.IsNull() && !el.IsUndefined() {
			el.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	}
}

// showNote puts the current sentence's note into the editor. The editor's
// value is set directly: go-app drops empty attribute values, so rendering
// an empty value would leave the previous sentence's note on screen.
func (r *Reader) showNote(ctx app.Context) {
	if len(r.doc.Marks) == 0 {
		return
	}
	r.draft = r.doc.Marks[r.cur].Note
	r.noteDirty = false
	ctx.Defer(func(app.Context) { r.setNoteValue() })
}

// setNoteValue puts the draft into the note editor.
func (r *Reader) setNoteValue() {
	el := app.Window().Get("document").Call("getElementById", "note")
	if !el.IsNull() && el.Get("value").String() != r.draft {
		el.Set("value", r.draft)
	}
}
