package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// localStorageBudget is the localStorage size browsers commonly allow an origin
// (5 MB of UTF-16 text in Chromium and Firefox).
const localStorageBudget = 5 << 20

// storageFigures are what the storage meter shows.
type storageFigures struct {
	// App is the bytes this app's keys and values take in localStorage
	// (keys starting with store.Prefix), counted as UTF-16: two bytes a
	// character, as browsers count them against the quota.
	App int
	// Others is the same for the other keys of this origin (other apps).
	Others int
	// Usage and Quota are what navigator.storage.estimate reports for the
	// whole site (localStorage, the offline cache, IndexedDB), 0 when the
	// browser does not say.
	Usage, Quota float64
}

// estimateStorage asks navigator.storage.estimate, where there is one,
// and calls done with the usage and quota it reports (in the JavaScript
// callback: done must dispatch to the UI goroutine).
func estimateStorage(done func(usage, quota float64)) {
	defer func() { recover() }() // no estimate: the meter shows localStorage only
	st := app.Window().Get("navigator").Get("storage")
	if !st.Truthy() || !st.Get("estimate").Truthy() {
		return
	}
	var ok app.Func
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer ok.Release()
		e := args[0]
		if e.Get("quota").Truthy() {
			done(e.Get("usage").Float(), e.Get("quota").Float())
		}
		return nil
	})
	st.Call("estimate").Call("then", ok)
}

// appStorageMeter shows how much of the localStorage budget this app's data
// takes, and what the browser reports for the site.
func appStorageMeter(f storageFigures) app.UI {
	used := f.App + f.Others
	pct := 100 * used / localStorageBudget
	cls := "hint"
	text := tr("Browser storage: %s of about 5 MB used (%d %%).", sizeText(used), pct) +
		tr(" This app's data: %s (keys and values, counted as UTF-16: 2 bytes a character).", sizeText(f.App))
	if f.Others > 0 {
		text += tr(" Other apps of this site use %s of it.", sizeText(f.Others))
	}
	if f.Quota > 0 {
		text += tr(" The browser reports %s used of %s for the whole site (offline copy of the app included).", sizeText(int(f.Usage)), sizeText(int(f.Quota)))
	}
	if pct >= 80 {
		cls = "warn"
		text += tr(" Storage is nearly full: export a backup and delete documents you no longer need.")
	}
	return app.Div().Class("storage").Body(
		app.Label().For("storage-meter").Class(cls).DataSet("storage-text", "true").Text(text),
		app.Meter().ID("storage-meter").DataSet("storage-meter", f.App).DataSet("storage-total", used).Min(0).Max(localStorageBudget).
			Low(localStorageBudget*6/10).High(localStorageBudget*8/10).Optimum(0).Value(used),
	)
}

// Quote implements store.Quoter: the value of key as a JSON string made
// by JavaScript's JSON.stringify, so that a lone surrogate (which a Go
// string cannot hold) stays a \uXXXX escape instead of becoming U+FFFD.
func (s localStorage) Quote(key string) (literal string, ok bool, err error) {
	defer guard(&err, "reading browser storage")
	v := s.storage().Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	return app.Window().Get("JSON").Call("stringify", v).String(), true, nil
}
