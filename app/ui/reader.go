// Package ui holds the go-app components: the only package that imports
// go-app. The components are thin: the reader's logic is app/session, the
// library's app/library; a component keeps only its view state.
package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/library"
	"annotator/app/model"
	"annotator/app/session"
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

// Reader shows one document and lets the reader tag sentences and write
// notes. It keeps the session, the saver, the painter and the key
// listener; each dialog and panel is a component of its own.
type Reader struct {
	app.Compo

	s       *session.Session
	saver   *session.Saver
	paper   *paper      // the article's sentences, painted outside go-app
	dialogs dialogStack // the open dialogs, the top one last
	keys    keyState
	msg     messages
	prefs   library.Prefs
	carry   *library.CarryOffer // an offer to bring an earlier version's annotations over
	work    *library.Work       // the exercise a student is doing on this document
	text    *store.StoredText   // the open document's stored text (nil for a shipped article or an exercise), for Keep a copy

	meter    meterClock    // when the storage meter last measured
	sum      *summary      // the mounted summary (nil: none)
	shownAs  renderedState // what the last render showed of what keys may change
	ctx      app.Context   // the context OnMount received, for deferred paints (zero before)
	ready    bool          // the document the address names is open
	revealed bool          // the article is shown (see web/boot.js)
	unlisten []func()
}

// messages are the texts the reader shows about what happened.
type messages struct {
	status   string // the status line
	announce string // the live region
	alert    string // the alert
	notice   string // a status to show once the next document opens
	// importFail is the last refused import: its details show under the
	// alert while the alert is its (importing.go).
	importFail importFailure
	// banner says what an import left out of a document (a Project
	// Gutenberg licence), shown above it until dismissed; bannerDoc is
	// the document it is about.
	banner, bannerDoc string
}

// OnInit opens the default article; it runs on the server too, so the
// prerendered page already shows the text.
func (r *Reader) OnInit() {
	startLang()
	a := seeds.Default()
	r.open(session.New(model.NewLang(a.Title, a.Text, "en")))
}

// open makes s the reader's session (the caller has saved what the one
// it replaces left waiting).
func (r *Reader) open(s *session.Session) {
	r.s = s
	s.Lang = uiLang
	r.localize()
	if r.paper != nil {
		r.paper.stop()
	}
	r.paper = newPaper(s.Doc)
}

// localize shows the open document's tag set in the interface language
// when it is a preset as it comes (an exercise's set is the teacher's, and
// is left as it is): the tag bar, the marks and the help follow. Nothing
// is recorded: the set is stored in this language with the next change.
func (r *Reader) localize() {
	if r.work != nil {
		return
	}
	if ts, ok := localTagSet(r.s.Doc.TagSet); ok {
		r.s.Doc.TagSet = ts
		r.s.TagSetChanged()
		r.s.Rev++ // the progress chart and the annotation list name the tags
		if r.paper != nil {
			r.paper.touchAll()
		}
	}
}

// OnMount starts listening to the keyboard, to other tabs and to the page
// being left; OnNav, which follows, opens the document.
func (r *Reader) OnMount(ctx app.Context) {
	r.ctx = ctx
	kv := localStorage{}
	r.saver = session.NewSaver(store.Repo{KV: kv, Memo: store.NewMemo()})
	startJournal(ctx, r.onJournalReady)
	r.saver.Journal = theJournal
	r.saver.Exists = func(id string) bool {
		ok, err := library.Exists(r.saver.Repo, id)
		return ok || err != nil // a storage that cannot tell is no deletion
	}
	r.prefs, _ = library.LoadPrefs(kv)
	applyTheme(r.prefs.Theme)
	r.unlisten = append(r.unlisten, r.listenKeys(ctx), r.listenStorage(ctx), r.listenLeave(ctx))
	r.retryLoop(ctx)
	r.paint()
}

// OnDismount saves what is still waiting (what cannot be written yet
// stays app-wide, see pending.go) and releases the listeners.
func (r *Reader) OnDismount() {
	r.apply(r.ctx, r.s.CommitNote())
	r.leaveDoc()
	for _, f := range r.unlisten {
		f()
	}
	r.unlisten = nil
}

// OnNav opens the document named by ?doc= (the default article without it).
func (r *Reader) OnNav(ctx app.Context) {
	if r.saver == nil {
		return // prerendering on the server: there is no storage to read
	}
	id := ctx.Page().URL().Query().Get("doc")
	if id == "" {
		id = library.DefaultID()
	}
	if r.ready && r.s.Doc.ID == id {
		return
	}
	r.apply(ctx, r.s.CommitNote())
	r.msg = messages{notice: r.msg.notice, banner: r.msg.banner, bannerDoc: r.msg.bannerDoc}
	if err := r.openID(id); err != nil {
		r.msg.alert = err.Error()
	}
	if r.msg.notice != "" {
		r.msg.status, r.msg.notice = r.msg.notice, ""
	}
	r.ready = true
	r.showNote(ctx)
	ctx.Update()
	r.applyStartKeys(ctx) // keys pressed before the app ran (startkeys.go)
	r.prepareRecord(ctx)  // an older record's marks into chunks, in idle steps (reliability.go)
}

// session returns the open session (for the dialogs and panels).
func (r *Reader) session() *session.Session { return r.s }

// summaryShown notes the mounted summary.
func (r *Reader) summaryShown(s *summary) { r.sum = s }

// repo returns the store.
func (r *Reader) repo() store.Repo { return r.saver.Repo }
