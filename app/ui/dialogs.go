package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/session"
	"annotator/app/store"
)

// dialogStack holds the open dialogs, the top one last. The key listener
// and Escape read its top, so no dialog can be forgotten there: while one
// is open, keys stay in it, and Escape closes it and gives focus back to
// the control that opened it.
type dialogStack struct{ items []openDialog }

// openDialog is one dialog on the stack.
type openDialog struct {
	name   string    // its data-dialog name
	ui     app.UI    // the component
	opener app.Value // the element that had focus when it opened
}

// canceller is a dialog with something to say when it closes unused.
type canceller interface{ cancelled() session.Effect }

// top names the top dialog, "" when none is open.
func (st *dialogStack) top() string {
	if len(st.items) == 0 {
		return ""
	}
	return st.items[len(st.items)-1].name
}

// has reports whether a dialog of that name is open.
func (st *dialogStack) has(name string) bool {
	for _, d := range st.items {
		if d.name == name {
			return true
		}
	}
	return false
}

// push opens d on top, remembering the focused element; focus moves into
// the dialog once it is rendered: to its [data-autofocus] element, else
// the dialog itself.
func (st *dialogStack) push(ctx app.Context, name string, d app.UI) {
	st.items = append(st.items, openDialog{name: name, ui: d, opener: app.Window().Get("document").Get("activeElement")})
	ctx.Defer(func(app.Context) {
		dlg := app.Window().Get("document").Call("querySelector", `[data-dialog="`+name+`"]`)
		if dlg.IsNull() {
			return
		}
		if el := dlg.Call("querySelector", "[data-autofocus]"); !el.IsNull() {
			el.Call("focus")
			return
		}
		dlg.Call("focus")
	})
}

// pop closes the top dialog and gives focus back, after the next render,
// to the element that opened it, or to its [data-opens] control when that
// element is gone or was the page itself.
func (st *dialogStack) pop(ctx app.Context) (openDialog, bool) {
	if len(st.items) == 0 {
		return openDialog{}, false
	}
	d := st.items[len(st.items)-1]
	st.items = st.items[:len(st.items)-1]
	ctx.Defer(func(app.Context) {
		if from := d.opener; from.Truthy() && from.Get("isConnected").Bool() && from.Get("tagName").String() != "BODY" {
			from.Call("focus")
			return
		}
		focus(`[data-opens="` + d.name + `"]`)
	})
	return d, true
}

// render draws every open dialog over the page, in one stable slot (go-app
// diffs children by position).
func (st *dialogStack) render() app.UI {
	out := make([]app.UI, len(st.items))
	for k, d := range st.items {
		out[k] = app.Div().Class("overlay").Body(d.ui)
	}
	return app.Div().Class("dialogs").Body(out...)
}

// dialogBox is the frame of every dialog: role, modality, its name in
// data-dialog, and its title.
func dialogBox(name, title string, body ...app.UI) app.HTMLDiv {
	return app.Div().Class("dialog").Attr("role", "dialog").Aria("modal", "true").
		Aria("labelledby", name+"-title").DataSet("dialog", name).TabIndex(-1).
		Body(append([]app.UI{app.H2().ID(name + "-title").Text(title)}, body...)...)
}

// openDialog opens the dialog a command or a button names.
func (r *Reader) openDialog(ctx app.Context, name string) {
	if r.dialogs.has(name) {
		return
	}
	var d app.UI
	switch name {
	case "help":
		d = &helpDialog{h: r}
	case "tag-editor":
		d = newTagEditor(r)
	case "paste":
		d = &pasteDialog{h: r}
	case "exercise":
		d = &exerciseDialog{h: r}
	default:
		return
	}
	r.dialogs.push(ctx, name, d)
	ctx.Update()
}

// closeDialog closes the top dialog (Escape, or its own Close button).
func (r *Reader) closeDialog(ctx app.Context) {
	if d, ok := r.dialogs.pop(ctx); ok {
		if c, ok := d.ui.(canceller); ok {
			r.apply(ctx, c.cancelled())
		}
		ctx.Update()
	}
}

// focusableCSS matches the controls that Tab reaches inside a dialog.
const focusableCSS = `a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])`

// trapFocus keeps Tab and Shift+Tab inside an open modal dialog: it moves
// focus itself to the next or previous control of the dialog, wrapping at
// both ends, and from outside the dialog (or from the dialog itself) to its
// first or last control. It reports whether a modal dialog is open. It runs
// in the keydown listener, where preventDefault still counts.
func trapFocus(e app.Value) bool {
	doc := app.Window().Get("document")
	all := doc.Call("querySelectorAll", `[role="dialog"][aria-modal="true"]`)
	if all.Length() == 0 {
		return false
	}
	dlg := all.Index(all.Length() - 1) // the top one
	items := dlg.Call("querySelectorAll", focusableCSS)
	n := items.Length()
	e.Call("preventDefault")
	if n == 0 {
		return true
	}
	first, last := items.Index(0), items.Index(n-1)
	active := doc.Get("activeElement")
	back := e.Get("shiftKey").Bool()
	k := -1
	for i := 0; i < n; i++ {
		if items.Index(i).Equal(active) {
			k = i
		}
	}
	switch {
	case k < 0 && back, k == 0 && back:
		last.Call("focus")
	case k < 0, k == n-1 && !back:
		first.Call("focus")
	case back:
		items.Index(k - 1).Call("focus")
	default:
		items.Index(k + 1).Call("focus")
	}
	return true
}

// helpDialog lists every shortcut, generated from the command table and
// the tag set, so that it can never disagree with the keys. Focus goes to
// the dialog itself, so that arrow keys scroll a long list.
type helpDialog struct {
	app.Compo
	h host
}

// Render draws the shortcut table.
func (d *helpDialog) Render() app.UI {
	rows := []app.UI{}
	for _, row := range d.h.session().Help() {
		rows = append(rows, app.Tr().Body(app.Th().Scope("row").Body(app.Kbd().Text(row.Keys)), app.Td().Text(row.What)))
	}
	return dialogBox("help", tr("Keyboard shortcuts"),
		app.Table().Body(app.TBody().Body(rows...)),
		app.P().Class("hint").Text(tr("With the mouse: click a sentence to make it current, select words in it and click a tag to highlight them.")),
		app.Button().Class("close").OnClick(d.onClose).Text(tr("Close")),
	).DataSet("help", "true")
}

// onClose closes the dialog.
func (d *helpDialog) onClose(ctx app.Context, e app.Event) { d.h.closeDialog(ctx) }

// host is what the dialogs and panels of the reading view ask of it.
type host interface {
	// session is the open session.
	session() *session.Session
	// apply shows and saves an effect.
	apply(ctx app.Context, e session.Effect)
	// openDialog opens a dialog by name; closeDialog closes the top one.
	openDialog(ctx app.Context, name string)
	closeDialog(ctx app.Context)
	// repo is the store.
	repo() store.Repo
	// addText opens a text as a document; readImport previews an import.
	addText(ctx app.Context, name string, data []byte)
	readImport(ctx app.Context, f app.Value)
	// exported notes that the reader just downloaded a backup or export.
	exported()
	// removed leaves a document that was just deleted, saying msg.
	removed(ctx app.Context, msg string)
	// summaryShown tells the reader which summary is mounted (nil: none),
	// for the refreshes that follow keys (Reader.settleQuietly).
	summaryShown(s *summary)
}
