package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/formats"
	"annotator/app/i18n"
	"annotator/app/library"
	"annotator/app/store"
)

// retryEvery is how often a failed save is tried again.
const retryEvery = 5 * time.Second

// retryLoop retries a failed save every few seconds while the tab is
// visible (hidden tabs do not write), and so the pending changes of other
// documents (pending.go).
func (r *Reader) retryLoop(ctx app.Context) {
	ctx.After(retryEvery, func(ctx app.Context) {
		if app.Window().Get("document").Get("visibilityState").String() == "visible" {
			if r.saver.Unsaved() {
				r.save()
			}
			if len(pendingDocs) > 0 {
				retryPending(r.s.Doc.ID)
			}
		}
		r.retryLoop(ctx)
	})
}

// listenLeave saves what is still waiting (a note being typed, a key's
// deferred save) when the page is hidden or left, so that closing the tab
// right after a key or in the middle of a note loses nothing.
func (r *Reader) listenLeave(ctx app.Context) func() {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		if args[0].Get("type").String() == "visibilitychange" &&
			app.Window().Get("document").Get("visibilityState").String() != "hidden" {
			return nil
		}
		r.apply(ctx, r.s.CommitNote())
		r.flushSave()
		return nil
	})
	app.Window().Call("addEventListener", "pagehide", fn)
	app.Window().Get("document").Call("addEventListener", "visibilitychange", fn)
	return func() {
		app.Window().Call("removeEventListener", "pagehide", fn)
		app.Window().Get("document").Call("removeEventListener", "visibilitychange", fn)
		fn.Release()
	}
}

// listenStorage applies what other tabs write to this document, within the
// same second, merging by sentence.
func (r *Reader) listenStorage(ctx app.Context) func() {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		key, val := e.Get("key"), e.Get("newValue")
		if key.IsNull() {
			return nil
		}
		if id := r.s.Doc.ID; val.IsNull() && (key.String() == store.DocKey(id) || key.String() == store.TextKey(id) || key.String() == store.WorkKey(id)) {
			ctx.Dispatch(func(ctx app.Context) { r.checkDeleted(ctx) })
			return nil
		}
		if val.IsNull() || key.String() != store.DocKey(r.s.Doc.ID) {
			return nil
		}
		// The manifest names chunk keys the other tab wrote before it: the
		// saver reads the whole record from storage, not the event's value.
		ctx.Dispatch(func(ctx app.Context) {
			r.apply(ctx, r.saver.FromOtherTab(r.s))
			r.localize() // a preset tag set another tab wrote in its own language
		})
		return nil
	})
	app.Window().Call("addEventListener", "storage", fn)
	return func() {
		app.Window().Call("removeEventListener", "storage", fn)
		fn.Release()
	}
}

// checkDeleted stops saving, and says so, when another tab deleted the
// open document (its text, its exercise work or the record this tab read
// is gone): saving on would recreate it as keys no library lists.
func (r *Reader) checkDeleted(ctx app.Context) {
	if r.s.ReadOnly || r.saver.Deleted() {
		return
	}
	repo := r.repo()
	exists, err := library.Exists(repo, r.s.Doc.ID)
	if err != nil {
		return
	}
	if exists && r.saver.Rev() > 0 {
		_, ok, err := repo.PeekRev(r.s.Doc.ID)
		exists = ok || err != nil
	}
	if !exists {
		r.apply(ctx, r.s.CommitNote()) // the note being typed stays in this tab too
		r.apply(ctx, r.saver.MarkDeleted(r.s))
	}
}

// keepCopy puts the open document, deleted in another tab, back in the
// library with everything this tab has.
func (r *Reader) keepCopy(ctx app.Context) {
	if err := library.KeepCopy(r.repo(), r.text, r.work, r.s.Doc.ID); err != nil {
		r.msg.alert = tr("The copy could not be kept: %v", err)
		return
	}
	r.msg.alert = ""
	r.saver.Undelete(r.s)
	r.save()
	if !r.saver.Unsaved() {
		r.msg.status = tr("Kept: the document is back in your library, with your changes.")
	}
}

// keeper is the reader as the alert bar sees it for Keep a copy.
type keeper interface{ keepCopy(ctx app.Context) }

// exported notes that the reader just made a backup or an export.
func (r *Reader) exported() { r.saver.Exported() }

// alertBar shows errors, with what the reader can do about them.
type alertBar struct {
	app.Compo
	// H is the reader; Alert the text; Unsaved and ReadOnly what it offers.
	H                 host
	Lang              i18n.Lang // the interface language, so that a switch renders the bar again
	Alert             string
	Details           string // shown under a collapsed Details (a refused import's place in its file)
	Unsaved, ReadOnly bool
	// Deleted says the document was deleted in another tab: Keep a copy
	// puts it back.
	Deleted bool
}

// Render draws the alert, always present (role=alert) so that screen
// readers announce what appears in it.
func (a *alertBar) Render() app.UI {
	var body []app.UI
	if a.Alert != "" {
		body = append(body, app.P().Text(a.Alert))
	}
	if a.Details != "" {
		body = append(body, app.Details().DataSet("alert-details", "true").Body(app.Summary().Text(tr("Details")), app.P().Text(a.Details)))
	}
	if a.Unsaved {
		body = append(body, app.Button().Class("tool").DataSet("export-now", "true").OnClick(a.onExportNow).Text(tr("Export backup now")))
	}
	if a.ReadOnly {
		body = append(body, app.Button().Class("tool").DataSet("download-raw", "true").OnClick(a.onDownloadRaw).Text(tr("Download raw data")))
	}
	if a.Deleted {
		body = append(body, app.Button().Class("tool").DataSet("keep-copy", "true").OnClick(a.onKeepCopy).Text(tr("Keep a copy")))
	}
	body = append(body, a.dismissal()...) // banners.go
	return app.Div().Class("alert").Attr("role", "alert").Body(body...)
}

// onExportNow downloads a backup of the open document from memory.
func (a *alertBar) onExportNow(ctx app.Context, e app.Event) {
	s := a.H.session()
	data, err := formats.Export(formats.FormatBackup, s.Doc, formats.Options{Created: now(), Modified: now(), Orphans: s.Orphans})
	if err == nil {
		err = download(formats.FormatBackup.FileName(s.Doc.Title), "application/json", data)
	}
	if err != nil {
		a.H.apply(ctx, statusEffect(tr("The backup could not be made: %v", err)))
		return
	}
	a.H.exported()
	a.H.apply(ctx, statusEffect(tr("Backup downloaded: your work is safe in that file.")))
}

// onKeepCopy puts the document deleted in another tab back in the library.
func (a *alertBar) onKeepCopy(ctx app.Context, e app.Event) {
	if k, ok := a.H.(keeper); ok {
		k.keepCopy(ctx)
	}
}

// onDownloadRaw downloads every stored value of the open document exactly
// as stored, for a record the app cannot read.
func (a *alertBar) onDownloadRaw(ctx app.Context, e app.Event) {
	id := a.H.session().Doc.ID
	data, err := library.RawData(a.H.repo(), id)
	if err != nil {
		a.H.apply(ctx, statusEffect(tr("The raw data could not be read: %v", err)))
		return
	}
	if err := download(library.RawFileName(id), "application/json", data); err != nil {
		a.H.apply(ctx, statusEffect(tr("The raw data could not be downloaded: %v", err)))
		return
	}
	a.H.apply(ctx, statusEffect(tr("Raw data downloaded, exactly as stored.")))
}

// prepareEvery is the pause between two steps of prepareRecord, in which
// the browser paints and handles keys.
const prepareEvery = 10 * time.Millisecond

// prepareChunks is how many chunks prepareRecord writes at a time, and
// prepareStep how long a step goes on writing them: well under a frame.
const (
	prepareChunks = 2
	prepareStep   = 6 * time.Millisecond
)

// prepareRecord puts the marks of a record an older version wrote (all in
// its manifest) into chunks in idle time after the open, a few at a step,
// so that the first toggle's save writes one chunk and one page instead
// of the whole record in one long task (issue #20).
func (r *Reader) prepareRecord(ctx app.Context) {
	if r.s.ReadOnly || r.saver.Deleted() {
		return
	}
	id := r.s.Doc.ID
	var step func(ctx app.Context)
	step = func(ctx app.Context) {
		if r.s.Doc.ID != id {
			return
		}
		// An error leaves the record as it was: the next save writes it whole.
		for start := time.Now(); time.Since(start) < prepareStep; {
			if done, _ := r.repo().Prepare(id, prepareChunks); done {
				return
			}
		}
		ctx.After(prepareEvery, step)
	}
	ctx.After(prepareEvery, step)
}
