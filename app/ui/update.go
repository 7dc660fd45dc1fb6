package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/i18n"
)

// updateBanner says "A new version is ready" once the service worker has
// cached a new release: web/update.js sets window.annotatorUpdateReady and
// calls goappOnUpdate, and go-app then calls OnAppUpdate. (go-app also
// calls it when the first install claims the page; the flag tells the two
// apart, ctx.AppUpdateAvailable() does not.) The release is installed only
// when the user presses the button: pending edits are saved first, then
// the waiting worker takes over and the page reloads. The element is an
// always-present role=status live region, empty until then.
type updateBanner struct {
	app.Compo

	// Lang is the interface language, so that a switch renders the banner again.
	Lang i18n.Lang
	// Flush saves pending edits and reports whether everything is stored.
	Flush func() bool

	ready     bool
	applying  bool
	unsaved   bool
	dismissed bool // Later: not offered again in this page
}

// OnMount catches an update announced before the banner existed.
func (b *updateBanner) OnMount(ctx app.Context) {
	b.ready = updateReady()
}

// OnAppUpdate implements app.AppUpdater.
func (b *updateBanner) OnAppUpdate(ctx app.Context) {
	b.ready = updateReady()
}

// updateReady reports whether web/update.js has seen a new release waiting.
func updateReady() bool {
	return app.Window().Get("annotatorUpdateReady").Truthy()
}

// Render shows the banner once an update is ready.
func (b *updateBanner) Render() app.UI {
	box := app.Div().Class("update").Attr("role", "status").DataSet("update-banner", "true")
	if !b.ready || b.dismissed {
		return box
	}
	msg := tr("A new version is ready.")
	if b.unsaved {
		msg = tr("A new version is ready, but your last change is not saved yet: free some space, then try again.")
	}
	label := tr("Reload to update")
	if b.applying {
		label = tr("Updating…")
	}
	return box.Body(
		app.P().Text(msg),
		app.Button().DataSet("update-apply", "true").Disabled(b.applying).
			OnClick(b.onApply).OnKeyDown(escapeTo(b.onLater)).Text(label),
		app.Button().Class("later").DataSet("update-later", "true").Disabled(b.applying).
			Title(tr("The update is offered again when you next open the app.")).
			OnClick(b.onLater).OnKeyDown(escapeTo(b.onLater)).Text(tr("Later")),
	)
}

// onLater hides the banner for this page (Escape on its buttons too); the
// release keeps waiting and is offered again when the app next opens.
func (b *updateBanner) onLater(ctx app.Context, e app.Event) {
	b.dismissed = true
	focus("#article") // before the button goes away
}

// onApply saves pending edits, then activates the new release, which
// reloads the page; nothing happens while an edit cannot be saved.
func (b *updateBanner) onApply(ctx app.Context, e app.Event) {
	if b.Flush != nil && !b.Flush() {
		b.unsaved = true
		return
	}
	b.unsaved = false
	b.applying = true
	if apply := app.Window().Get("annotatorApplyUpdate"); apply.Truthy() {
		apply.Invoke()
		return
	}
	ctx.Reload()
}
