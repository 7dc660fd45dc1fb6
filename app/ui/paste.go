package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pasteDialog is where a reader pastes a text to annotate.
type pasteDialog struct {
	app.Compo
	h   host
	err string
}

// Render draws the dialog.
func (d *pasteDialog) Render() app.UI {
	return dialogBox("paste", tr("Paste a text"),
		app.Label().For("paste").Text(tr("Text (the first line becomes the title; HTML is read as text, never run)")),
		app.Textarea().ID("paste").Class("note").DataSet("paste", "true").DataSet("autofocus", "true").Rows(12),
		app.If(d.err != "", func() app.UI { return app.P().Class("warn").Attr("role", "alert").Text(d.err) }),
		app.Div().Class("editor-actions").Body(
			app.Button().Class("primary").DataSet("paste-open", "true").OnClick(d.onOpen).Text(tr("Open")),
			app.Button().OnClick(d.onClose).Text(tr("Cancel")),
		),
	).Class("wide").DataSet("paste-dialog", "true")
}

// onClose closes it.
func (d *pasteDialog) onClose(ctx app.Context, e app.Event) { d.h.closeDialog(ctx) }

// onOpen opens the pasted text as a document.
func (d *pasteDialog) onOpen(ctx app.Context, e app.Event) {
	el := app.Window().Get("document").Call("querySelector", "textarea[data-paste]")
	if el.IsNull() {
		return
	}
	text := el.Get("value").String()
	if len(text) > maxFileBytes {
		d.err = tr("The pasted text is larger than 5 MB: paste a shorter part.")
		return
	}
	d.h.closeDialog(ctx)
	d.h.addText(ctx, "", []byte(text))
}
