package ui

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/i18n"
	"annotator/app/library"
	"annotator/app/model"
	"annotator/app/store"
)

// uiLang is the interface language: view state of the whole tab, chosen
// once at start (startLang) and by the switch in every page's header. The
// server prerenders in English.
var uiLang = i18n.English

// langOnce makes startLang run once per tab.
var langOnce sync.Once

// tr translates msg into the interface language (see i18n.T).
func tr(msg string, args ...any) string { return i18n.T(uiLang, msg, args...) }

// trN translates a counted message into the interface language (see i18n.N).
func trN(n int, one, other string, args ...any) string { return i18n.N(uiLang, n, one, other, args...) }

// startLang picks the interface language, once, in the browser: the
// reader's stored choice, else the first of navigator.languages the app
// speaks, else English. Every page calls it in OnInit, before it renders.
func startLang() {
	if !app.IsClient {
		return
	}
	langOnce.Do(func() {
		p, _ := library.LoadPrefs(localStorage{})
		l, ok := i18n.Parse(p.Lang)
		if !ok {
			l = i18n.Match(navigatorLanguages())
		}
		uiLang = l
		applyLang()
	})
}

// navigatorLanguages is navigator.languages (navigator.language where the
// browser has no list).
func navigatorLanguages() []string {
	nav := app.Window().Get("navigator")
	var out []string
	if list := nav.Get("languages"); list.Truthy() {
		for i := 0; i < list.Length(); i++ {
			out = append(out, list.Index(i).String())
		}
	}
	if len(out) == 0 && nav.Get("language").Truthy() {
		out = append(out, nav.Get("language").String())
	}
	return out
}

// applyLang sets lang and dir on <html> for the interface (the article's
// own language is set on the article).
func applyLang() {
	root := app.Window().Get("document").Get("documentElement")
	root.Call("setAttribute", "lang", string(uiLang))
	root.Call("setAttribute", "dir", uiLang.Dir())
}

// changeLang makes the language chosen in a page's switch (the event's
// element) the interface language and remembers it; it returns the status
// line to show, and false when the choice is no language or no change.
func changeLang(kv store.KV, e app.Event) (string, bool) {
	l, ok := i18n.Parse(e.Get("currentTarget").Get("value").String())
	if !ok || l == uiLang {
		return "", false
	}
	uiLang = l
	applyLang()
	p, err := library.LoadPrefs(kv)
	if err == nil {
		p.Lang = string(l)
		err = library.SavePrefs(kv, p)
	}
	if err != nil {
		return tr("The interface is in %s, but the choice could not be remembered: %v", l.Name(), err), true
	}
	return tr("The interface is now in %s.", l.Name()), true
}

// langSwitch is the header's choice of interface language: each language
// under its own name, in its own language.
func langSwitch(h app.EventHandler) app.UI {
	opts := make([]app.UI, len(i18n.Langs))
	for k, l := range i18n.Langs {
		opts[k] = app.Option().Value(string(l)).Lang(string(l)).Selected(l == uiLang).Text(l.Name())
	}
	return app.Select().Class("tool", "lang-switch").DataSet("ui-lang", "true").
		Aria("label", tr("Interface language")).OnChange(h).Body(opts...)
}

// presetsIn are the preset tag sets in language l (the same ids, keys and
// colours in every language).
func presetsIn(l i18n.Lang) []model.TagSet {
	return model.PresetsIn(func(s string) string { return i18n.T(l, s) })
}

// localTagSet returns ts in the interface language when it is a preset
// tag set as it comes, in any language, and reports whether that changes
// it; a set the reader edited is left as it is.
func localTagSet(ts model.TagSet) (model.TagSet, bool) {
	for _, l := range i18n.Langs {
		for k, p := range presetsIn(l) {
			if sameTagSet(ts, p) {
				want := presetsIn(uiLang)[k]
				return want, !sameTagSet(ts, want)
			}
		}
	}
	return ts, false
}

// sameTagSet compares two tag sets, tag by tag.
func sameTagSet(a, b model.TagSet) bool {
	if a.Name != b.Name || len(a.Tags) != len(b.Tags) {
		return false
	}
	for i := range a.Tags {
		if a.Tags[i] != b.Tags[i] {
			return false
		}
	}
	return true
}
