package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/session"
)

// Banners come and go above the article; each one the reader need not act
// on can be dismissed with a button, and with Escape while focus is on
// one of its buttons. The alert about changes not saved yet (and the one
// about a read-only document) cannot: it stays, and says so, until the
// changes are saved (or the document is readable again).

// dismissal ends the alert bar: a Dismiss button for an alert about
// something that happened (a file refused, an export failed), or a line
// saying that the alert stays while its state lasts.
func (a *alertBar) dismissal() []app.UI {
	switch {
	case a.Unsaved:
		return []app.UI{app.P().Class("hint").DataSet("alert-stays", "true").
			Text(tr("This message stays until your changes are saved."))}
	case a.ReadOnly:
		return []app.UI{app.P().Class("hint").DataSet("alert-stays", "true").
			Text(tr("This message stays while this document is read-only."))}
	case a.Alert != "":
		return []app.UI{app.Button().Class("tool").DataSet("dismiss-alert", "true").
			OnClick(a.onDismiss).OnKeyDown(escapeTo(a.onDismiss)).Text(tr("Dismiss"))}
	}
	return nil
}

// onDismiss clears the alert in the reader, which renders the bar again;
// focus goes back to the article.
func (a *alertBar) onDismiss(ctx app.Context, e app.Event) {
	a.H.apply(ctx, session.Effect{ClearAlert: true})
	if r, ok := a.H.(*Reader); ok && r.Mounted() {
		r.ctx.Update()
	}
	focus("#article") // before the button goes away
}

// escapeTo returns a keydown handler that runs h on Escape.
func escapeTo(h app.EventHandler) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if e.Get("key").String() == "Escape" {
			e.PreventDefault()
			h(ctx, e)
		}
	}
}
