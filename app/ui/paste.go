package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderPaste is the dialog where a reader pastes a text to annotate.
func (r *Reader) renderPaste() app.UI {
	return app.Div().Class("overlay").Body(
		app.Div().Class("dialog", "wide").Attr("role", "dialog").Aria("modal", "true").
			Aria("labelledby", "paste-title").DataSet("paste-dialog", "true").Body(
			app.H2().ID("paste-title").Text("Paste a text"),
			app.Label().For("paste").Text("Text (the first line becomes the title; HTML is read as text, never run)"),
			app.Textarea().ID("paste").Class("note").DataSet("paste", "true").Rows(12),
			app.Div().Class("editor-actions").Body(
				app.Button().Class("primary").DataSet("paste-open", "true").OnClick(r.onPasteOpen).Text("Open"),
				app.Button().OnClick(r.onPasteClose).Text("Cancel"),
			),
		),
	)
}

// onPasteShow opens the paste dialog.
func (r *Reader) onPasteShow(ctx app.Context, e app.Event) {
	r.showPaste = true
	rememberOpener()
	ctx.Defer(func(app.Context) { focus("textarea[data-paste]") })
}

// onPasteClose closes it.
func (r *Reader) onPasteClose(ctx app.Context, e app.Event) {
	r.showPaste = false
	returnFocus(ctx, "[data-paste-show]")
}

// onPasteOpen opens the pasted text as a document.
func (r *Reader) onPasteOpen(ctx app.Context, e app.Event) {
	el := app.Window().Get("document").Call("querySelector", "textarea[data-paste]")
	if el.IsNull() {
		return
	}
	text := el.Get("value").String()
	if len(text) > maxFileBytes {
		r.alert = "The pasted text is larger than 5 MB: paste a shorter part."
		return
	}
	r.showPaste = false
	r.addText(ctx, "", []byte(text))
}
