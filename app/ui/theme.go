package ui

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/store"
)

// prefsKey holds the reader's display preferences.
const prefsKey = store.Prefix + "prefs"

// prefs are the stored display preferences.
type prefs struct {
	// Theme is "light", "dark", or empty to follow the system.
	Theme string `json:"theme,omitempty"`
	// Creator is the name exports give as the annotations' author.
	Creator string `json:"creator,omitempty"`
}

// loadPrefs reads the preferences and applies the theme.
func (r *Reader) loadPrefs() {
	var p prefs
	if raw, ok, err := r.repo.KV.Get(prefsKey); err == nil && ok {
		json.Unmarshal([]byte(raw), &p)
	}
	if p.Theme == "light" || p.Theme == "dark" {
		r.theme = p.Theme
	}
	r.creator = p.Creator
	applyTheme(r.theme)
}

// savePrefs writes the preferences; a failure only costs the memory of them.
func (r *Reader) savePrefs() error {
	b, _ := json.Marshal(prefs{Theme: r.theme, Creator: r.creator})
	return r.repo.KV.Set(prefsKey, string(b))
}

// toggleTheme switches between light and dark and remembers the choice.
func (r *Reader) toggleTheme() {
	if r.currentTheme() == "dark" {
		r.theme = "light"
	} else {
		r.theme = "dark"
	}
	applyTheme(r.theme)
	if err := r.savePrefs(); err != nil {
		r.status = "Theme changed, but it could not be remembered: " + err.Error()
		return
	}
	r.status = "Switched to " + r.theme + " mode."
}

// currentTheme is the theme on screen: the choice, else the system's.
func (r *Reader) currentTheme() string {
	if r.theme != "" {
		return r.theme
	}
	if app.Window().Call("matchMedia", "(prefers-color-scheme: dark)").Get("matches").Bool() {
		return "dark"
	}
	return "light"
}

// onThemeClick toggles the theme from its button.
func (r *Reader) onThemeClick(ctx app.Context, e app.Event) { r.toggleTheme() }

// applyTheme sets data-theme on <html>; CSS follows the system without it.
func applyTheme(theme string) {
	root := app.Window().Get("document").Get("documentElement")
	if theme == "" {
		root.Call("removeAttribute", "data-theme")
		return
	}
	root.Call("setAttribute", "data-theme", theme)
}
