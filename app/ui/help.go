package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderHelp lists every shortcut, generated from keyMap and the tag set,
// so that it can never disagree with the keys.
func (r *Reader) renderHelp() app.UI {
	rows := []app.UI{}
	for _, b := range keyMap {
		rows = append(rows, helpRow(strings.Join(b.keys, " / "), b.help))
	}
	for n, t := range r.doc.TagSet.Tags {
		desc := "Toggle tag " + t.Name + " (on the selected words if any)"
		if t.Description != "" {
			desc += ": " + t.Description
		}
		if n < len(r.tagKeys) && r.tagKeys[n] != "" {
			rows = append(rows, helpRow(r.tagKeys[n], desc))
		}
	}
	return app.Div().Class("overlay").Body(
		app.Div().Class("dialog").Attr("role", "dialog").Aria("modal", "true").
			Aria("labelledby", "help-title").DataSet("help", "true").TabIndex(-1).Body(
			app.H2().ID("help-title").Text("Keyboard shortcuts"),
			app.Table().Body(app.TBody().Body(rows...)),
			app.P().Class("hint").Text("With the mouse: click a sentence to make it current, select words in it and click a tag to highlight them."),
			app.Button().Class("close").OnClick(r.onHelpClick).Text("Close"),
		),
	)
}

// helpRow is one line of the shortcut table.
func helpRow(keys, what string) app.UI {
	return app.Tr().Body(app.Th().Scope("row").Body(app.Kbd().Text(keys)), app.Td().Text(what))
}

// toggleHelp shows or hides the shortcut list. Focus goes to the dialog
// itself (so that arrow keys scroll a long list) and back when it closes.
func (r *Reader) toggleHelp(ctx app.Context) {
	r.showHelp = !r.showHelp
	if !r.showHelp {
		returnFocus(ctx, ".help-btn")
		return
	}
	rememberOpener()
	ctx.Defer(func(app.Context) { focus("[data-help]") })
}

// focusableCSS matches the controls that Tab reaches inside a dialog.
const focusableCSS = `a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])`

// openedFrom is the element that had focus when the open dialog opened.
var openedFrom app.Value

// rememberOpener notes the focused element, which gets focus back when the
// dialog that is opening closes.
func rememberOpener() {
	openedFrom = app.Window().Get("document").Get("activeElement")
}

// returnFocus gives focus back, after the next render, to the element that
// had it when the dialog opened, or to fallback when that element is gone
// or was the page itself.
func returnFocus(ctx app.Context, fallback string) {
	from := openedFrom
	openedFrom = nil
	ctx.Defer(func(app.Context) {
		if from != nil && from.Truthy() && from.Get("isConnected").Bool() && from.Get("tagName").String() != "BODY" {
			from.Call("focus")
			return
		}
		focus(fallback)
	})
}

// trapFocus keeps Tab and Shift+Tab inside an open modal dialog: it moves
// focus itself to the next or previous control of the dialog, wrapping at
// both ends, and from outside the dialog (or from the dialog itself) to its
// first or last control. It reports whether a modal dialog is open. It runs
// in the keydown listener, where preventDefault still counts.
func trapFocus(e app.Value) bool {
	doc := app.Window().Get("document")
	dlg := doc.Call("querySelector", `[role="dialog"][aria-modal="true"]`)
	if dlg.IsNull() {
		return false
	}
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
