package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// OnAppInstallChange notes whether the browser offers to install the app.
func (r *Reader) OnAppInstallChange(ctx app.Context) {
	r.installable = ctx.IsAppInstallable()
}

// onInstall asks the browser to install the app.
func (r *Reader) onInstall(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() }

// renderInstall offers installing: a button where the browser offers it;
// on Apple browsers (no install prompt), how to add it to the Home Screen
// and that Safari and the installed app keep separate storage.
func (r *Reader) renderInstall() app.UI {
	win := app.Window()
	standalone := win.Call("matchMedia", "(display-mode: standalone)").Get("matches").Bool()
	apple := win.Get("goappIsAppleBrowser").Truthy() && win.Call("goappIsAppleBrowser").Bool()
	switch {
	case standalone:
		return nil
	case !apple && r.installable:
		return app.Button().Class("tool").DataSet("install", "true").OnClick(r.onInstall).Text("Install the app")
	case apple:
		return app.P().Class("hint").DataSet("install-ios", "true").Text(
			"To install on iPhone or iPad: Share → Add to Home Screen. Safari tabs and the installed app keep separate storage: move your work between them with Export → Backup and Import.")
	}
	return nil
}
