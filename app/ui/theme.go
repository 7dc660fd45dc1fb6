package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/library"
	"annotator/app/store"
)

// toggleTheme switches between light and dark and remembers the choice.
func (r *Reader) toggleTheme() {
	if currentTheme(r.prefs.Theme) == "dark" {
		r.prefs.Theme = "light"
	} else {
		r.prefs.Theme = "dark"
	}
	applyTheme(r.prefs.Theme)
	kv := r.repo().KV
	p, err := library.LoadPrefs(kv)
	if err == nil {
		p.Theme = r.prefs.Theme
		err = library.SavePrefs(kv, p)
	}
	if err != nil {
		r.msg.status = tr("Theme changed, but it could not be remembered: %v", err)
		return
	}
	r.msg.status = tr("Switched to light mode.")
	if r.prefs.Theme == "dark" {
		r.msg.status = tr("Switched to dark mode.")
	}
}

// currentTheme is the theme on screen: the choice, else the system's.
func currentTheme(choice string) string {
	if choice != "" {
		return choice
	}
	if app.Window().Call("matchMedia", "(prefers-color-scheme: dark)").Get("matches").Bool() {
		return "dark"
	}
	return "light"
}

// applyTheme sets data-theme on <html>; CSS follows the system without it.
func applyTheme(theme string) {
	root := app.Window().Get("document").Get("documentElement")
	if theme == "" {
		root.Call("removeAttribute", "data-theme")
		return
	}
	root.Call("setAttribute", "data-theme", theme)
}

// applyStoredTheme applies the stored theme (on the pages other than the
// reader, which keep no preferences of their own).
func applyStoredTheme(kv store.KV) {
	p, _ := library.LoadPrefs(kv)
	applyTheme(p.Theme)
}
