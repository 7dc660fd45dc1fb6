package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/i18n"
	"annotator/app/lang"
	"annotator/app/library"
	"annotator/app/session"
)

// docLang shows the document's language and changes it: the text is split
// again by that language's rules, and the annotations follow their
// sentences (see library.SetLanguage).
type docLang struct {
	app.Compo
	// H is the reader; ID and Lang the open document's; Fixed says the
	// language cannot be changed (a shipped article, an exercise).
	H     host
	ID    string
	Lang  string
	Fixed bool
	// UILang is the interface language, so that a switch renders it again.
	UILang i18n.Lang
}

// Render draws "Language: Deutsch ▾".
func (d *docLang) Render() app.UI {
	opts := []app.UI{app.Option().Value("").Selected(d.Lang == "").Text(tr("not known"))}
	for _, l := range lang.Known() {
		opts = append(opts, app.Option().Value(l.Code).Selected(l.Code == d.Lang).Text(l.Endonym))
	}
	return app.Label().Class("doc-lang").Body(
		app.Text(tr("Language:")+" "),
		app.Select().DataSet("doc-lang", d.Lang).Disabled(d.Fixed).
			Title(tr("The text's language decides where its sentences end")).
			OnChange(d.onChange).Body(opts...),
	)
}

// onChange stores the new language and opens the document again, split
// by it.
func (d *docLang) onChange(ctx app.Context, e app.Event) {
	code := e.Get("currentTarget").Get("value").String()
	if err := library.SetLanguage(d.H.repo(), d.ID, code); err != nil {
		d.H.apply(ctx, session.Effect{Alert: tr("The language could not be changed: %v", err)})
		return
	}
	ctx.Reload() // the page saves what is waiting as it goes (pagehide)
}

// textDir is the writing direction of a language's text.
func textDir(code string) string {
	if l, ok := lang.Lookup(code); ok && l.RTL {
		return "rtl"
	}
	return "ltr"
}

// docLangAttr is the article's lang attribute: the document's language, or
// "und" (undetermined) when it is not known, so that the article does not
// take the interface's language.
func docLangAttr(code string) string {
	if code == "" {
		return "und"
	}
	return code
}
