package ui

import (
	"errors"
	"net/url"
	"path"
	"runtime"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
	"annotator/app/i18n"
	"annotator/app/library"
	"annotator/app/session"
	"annotator/app/store"
	"annotator/app/textin"
)

// maxFileBytes is the largest text file the app reads; textin refuses
// larger input too, this check only avoids reading it into memory first.
const maxFileBytes = 5 << 20

// fileLimit is the largest file of that name the app reads: for .pdf,
// .docx, .odt and .epub files the 5 MB cap applies to the text extracted
// from them (a 20 MB PDF may hold 1 MB of text).
func fileLimit(name string) int {
	switch strings.ToLower(path.Ext(name)) {
	case ".pdf":
		return textin.MaxPDFSize
	case ".docx", ".odt", ".epub":
		return textin.MaxContainerSize
	}
	return maxFileBytes
}

// openAccept is what the Open file picker offers.
const openAccept = ".txt,.md,.markdown,.html,.htm,.xhtml,.docx,.odt,.epub,.pdf,text/plain,text/markdown,text/html," +
	"application/pdf,application/epub+zip,application/vnd.oasis.opendocument.text," +
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// onDismissBanner hides the import notice.
func (r *Reader) onDismissBanner(ctx app.Context, e app.Event) { r.msg.banner = "" }

// renderBanner shows what an import left out of the open document.
func (r *Reader) renderBanner() app.UI {
	if r.msg.banner == "" || r.msg.bannerDoc != r.s.Doc.ID {
		return app.Div()
	}
	return app.Div().Class("offer").Attr("role", "status").DataSet("import-notice", "true").Body(
		app.P().Text(r.msg.banner),
		app.Button().DataSet("dismiss-notice", "true").OnClick(r.onDismissBanner).Text(tr("OK")),
	)
}

// docURL is the reader's address for a document.
func docURL(id string) string { return "/?doc=" + url.QueryEscape(id) }

// openID opens a shipped or stored document with its annotations, its undo
// history and, when a student is doing an exercise on it, the exercise.
func (r *Reader) openID(id string) error {
	r.leaveDoc() // what a key left waiting for the document being replaced (kept app-wide if it cannot be written)
	var l *library.Loaded
	var err error
	if a := justAdded; a != nil && a.Doc.ID == id {
		l, err = library.OpenAdded(r.repo(), *a) // the text addText split: not read back and split again
	} else {
		l, err = library.Open(r.repo(), id)
	}
	justAdded = nil
	switch {
	case errors.Is(err, library.ErrNotFound):
		return errors.New(tr("This document is not in this browser's library. Open it again from a file, or pick another in the library."))
	case err != nil:
		return errors.New(tr("This document's stored text could not be read (%v); it is left untouched. Open another from the library.", err))
	}
	s := session.New(l.Doc)
	s.Orphans = l.Orphans
	if l.ReadOnly() {
		s.ReadOnly = true
		r.msg.alert = tr("Your saved annotations for this document could not be read (%v). "+
			"They are left untouched, and this tab will not save changes over them.", l.RecErr)
	}
	if len(l.Orphans) > 0 {
		r.msg.status = trN(len(l.Orphans), "%d saved annotation no longer matches a sentence; it is kept.",
			"%d saved annotations no longer match a sentence; they are kept.")
	}
	if l.HistoryErr != nil {
		r.msg.status = tr("The saved undo history could not be read: it is left as it is, and undo starts afresh.")
	}
	s.Hist.Restore(l.History)
	r.saver.Reset(l.Rev, l.HistoryErr != nil)
	r.work = l.Work
	if r.work == nil {
		// Work of an older version, kept under the text's own id.
		w, err := library.LoadWork(r.repo().KV, id)
		if err != nil {
			r.msg.status = tr("This document's exercise could not be read (%v); it is left as it is.", err)
		}
		r.work = w
	}
	if w := r.work; w != nil {
		if len(s.Doc.TagSet.Tags) == 0 || !w.Exercise.AllowNewTags {
			s.Doc.TagSet = w.Exercise.TagSet.Clone()
			s.TagSetChanged()
		}
		if !w.Exercise.AllowNewTags {
			s.TagsFixed = i18n.Mark("The tag set of this exercise is fixed by your teacher.")
		}
	}
	r.open(s)
	if w := r.work; w != nil && len(w.Exercise.Scope) > 0 {
		ex := w.Exercise
		r.paper.ungraded = func(i int) bool { return !ex.Graded(i) }
	}
	r.paper.touchAll()
	r.opened(l.Text) // takes the document's pending changes over (pending.go)
	if err := r.repo().MarkOpened(id, now()); errors.Is(err, store.ErrUnreadable) {
		r.msg.status = tr("When documents were last opened could not be read: it is left as it is, and the library shows it.")
	}
	return nil
}

// onOpenFile reads the files chosen in the file picker.
func (r *Reader) onOpenFile(ctx app.Context, e app.Event) {
	input := e.Get("currentTarget")
	r.readFiles(ctx, input.Get("files"))
	input.Set("value", "")
}

// onDrop opens files dropped anywhere on the page (a dragover handler
// that prevents the default lets the page accept them).
func (r *Reader) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if e.Get("type").String() == "dragover" {
		return
	}
	if dt := e.Get("dataTransfer"); !dt.IsNull() && !dt.IsUndefined() {
		r.readFiles(ctx, dt.Get("files"))
	}
}

// readFiles reads each file and adds it as a document (the last one
// opens); exports and backups go to the import preview instead.
func (r *Reader) readFiles(ctx app.Context, files app.Value) {
	if files.IsNull() || files.IsUndefined() {
		return
	}
	for k := 0; k < files.Length(); k++ {
		f := files.Index(k)
		name := f.Get("name").String()
		if isImportFile(name) {
			r.readImport(ctx, f)
			continue
		}
		if size, limit := f.Get("size").Int(), fileLimit(name); size > limit {
			r.msg.alert = tr("%s is %s MB: the limit is %d MB. Split it or save a shorter part.", name, uiLang.Decimal(float64(size)/(1<<20), 1), limit>>20)
			continue
		}
		readBytes(f, func(data []byte, err error) {
			ctx.Dispatch(func(ctx app.Context) {
				if err != nil {
					r.msg.alert = tr("Could not read %s: %v", name, err)
					return
				}
				r.addText(ctx, name, data)
			})
		})
	}
}

// bigFile is the size from which readBytes collects garbage before it
// copies a file into Go.
const bigFile = 256 << 10

// readBytes reads a File or Blob into memory and calls done. Before a big
// file's bytes are copied, a collection frees what the page made so far
// (its first one, often): the book's allocations then reuse that memory
// instead of growing the heap past it, in a long task where no background
// collection ends. A 20,000-sentence book's open grew wasm memory to
// 16.25 MB instead of 16.78 (the collection takes a few milliseconds: the
// live heap is then the page's own, under 2 MB).
func readBytes(f app.Value, done func([]byte, error)) {
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer release()
		arr := app.Window().Get("Uint8Array").New(args[0])
		if arr.Length() >= bigFile {
			runtime.GC()
		}
		b := make([]byte, arr.Length())
		app.CopyBytesToGo(b, arr)
		done(b, nil)
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer release()
		done(nil, errors.New(args[0].Call("toString").String()))
		return nil
	})
	f.Call("arrayBuffer").Call("then", ok, fail)
}

// addText turns file or pasted content into a document of the library and
// opens it. The same text opens the existing document instead of a copy.
// data is given away: the document's text may share its memory.
func (r *Reader) addText(ctx app.Context, name string, data []byte) {
	r.flushSave() // the library it reads must hold the last key's change
	in, err := textin.DecodeOwned(name, data)
	if err != nil {
		r.msg.alert = tr("The pasted text was not opened: %v", err)
		if name != "" {
			r.msg.alert = tr("%s was not opened: %v", name, err)
		}
		return
	}
	a, err := library.AddText(r.repo(), name, in, now())
	switch {
	case errors.Is(err, library.ErrNoSentences):
		r.msg.alert = tr("That text has no sentences to annotate.")
		return
	case err != nil:
		r.msg.alert = tr("“%s” could not be stored in this browser (%v). Free some space (delete documents in the library) and try again.", in.Title, err)
		return
	case a.Shipped:
		r.msg.notice = tr("That text is a shipped article: it is open.")
	case a.Existing:
		r.msg.notice = tr("“%s” is already in your library: it is open.", a.Title)
	default:
		justAdded = &a
		r.carry = library.FindCarry(r.repo(), a.Doc)
		r.msg.notice = trN(len(a.Doc.Sentences), "Opened “%[2]s”: %[1]d sentence.", "Opened “%[2]s”: %[1]d sentences.", len(a.Doc.Sentences), a.Doc.Title)
	}
	r.msg.banner, r.msg.bannerDoc = in.Notice, a.Doc.ID
	ctx.Navigate(docURL(a.Doc.ID))
}

// justAdded is the document addText has just added, until openID opens
// it (with library.OpenAdded).
var justAdded *library.Added

// removed leaves a document that was just deleted (a student removed
// their exercise work): back to the exercise, for the next student. Nothing
// is saved for it any more.
func (r *Reader) removed(ctx app.Context, msg string) {
	to := "/exercise?removed=1"
	if r.work != nil {
		if frag, ok := classroom.EncodeLink(r.work.Exercise); ok {
			to += "#" + frag
		}
	}
	r.s.ReadOnly = true // no save may recreate what was deleted
	r.saver.Reset(0, true)
	r.work = nil
	r.msg = messages{status: msg}
	ctx.Navigate(to)
}
