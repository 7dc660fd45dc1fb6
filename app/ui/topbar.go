package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/i18n"
	"annotator/app/markup"
	"annotator/app/model"
)

// topBar is the page's header: the document's title and language, the
// tag bar and the tools. It is a component of its own so that a render of
// the Reader that follows keys (for the progress chart, the annotation
// list and the storage meter) does not build and diff it again: its props
// change only with the document, its tag set, the interface language and
// the theme.
//
// The tag buttons' pressed states are not among its props: reflect owns
// them. The bar renders every button unpressed, so go-app's copy never
// changes and go-app never writes aria-pressed again; reflect sets the
// current sentence's states after every render of the Reader (paint).
type topBar struct {
	app.Compo
	// H is the reader, whose handlers the buttons call.
	H *Reader
	// Lang is the interface language.
	Lang i18n.Lang
	// Title, DocID and DocLang are the open document's; LangFixed says its
	// language cannot be changed (a shipped article, an exercise).
	Title, DocID, DocLang string
	LangFixed             bool
	// Tags are the tag set's tags and Keys their keys, in order (copies:
	// go-app compares them with the last render's).
	Tags []model.Tag
	Keys []string
	// Dark says the dark theme shows (once the app runs).
	Dark bool
}

// Render draws the header.
func (t *topBar) Render() app.UI {
	r := t.H
	r.keys.shown.barRendered()
	return app.Header().Class("top").Body(
		app.H1().Class("title").Dir("auto").Text(t.Title),
		&docLang{H: r, ID: t.DocID, Lang: t.DocLang, Fixed: t.LangFixed, UILang: t.Lang},
		t.renderTagBar(),
		app.Div().Class("tools").Body(
			app.A().Class("tool").Href("/library").DataSet("library-link", "true").Text(tr("Library")),
			app.Label().Class("tool", "file-btn").Body(
				app.Text(tr("Open file")),
				app.Input().Type("file").Class("sr-only").DataSet("open-document", "true").
					Accept(openAccept).
					Multiple(true).OnChange(r.onOpenFile),
			),
			app.Button().Class("tool").DataSet("paste-show", "true").DataSet("opens", "paste").OnClick(r.onOpens).Text(tr("Paste text")),
			app.Button().Class("tool").DataSet("open-tag-editor", "true").DataSet("opens", "tag-editor").Aria("keyshortcuts", "Shift+T").
				OnClick(r.onOpens).Text(tr("Edit tags")),
			app.Button().Class("tool").DataSet("theme-toggle", "true").Aria("keyshortcuts", "Shift+D").
				Aria("pressed", strconv.FormatBool(t.Dark)).
				OnClick(r.onTheme).Text(tr("Dark mode")),
			app.Button().Class("tool", "help-btn").DataSet("opens", "help").Aria("label", tr("Keyboard shortcuts")).
				Aria("keyshortcuts", "?").OnClick(r.onOpens).Text("?"),
			langSwitch(r.onLang),
		),
	)
}

// renderTagBar shows one button per tag with its key (its pressed state
// is reflect's).
func (t *topBar) renderTagBar() app.UI {
	buttons := make([]app.UI, 0, len(t.Tags))
	for n, tag := range t.Tags {
		key := ""
		if n < len(t.Keys) {
			key = t.Keys[n]
		}
		b := app.Button().Class("tag-btn").DataSet("tag", tag.ID).DataSet("index", n).
			Aria("pressed", "false").Title(tag.Description).Aria("keyshortcuts", key).
			Style("--tag", markup.SafeColor(tag.Color)).OnClick(t.H.onTagClick, app.EventScope(tag.ID)).
			Body(app.Kbd().Text(key), app.Span().Class("swatch").Aria("hidden", "true"), app.Span().Class("tag-name").DataSet("name", tag.Name).Text(tag.Name))
		buttons = append(buttons, b)
	}
	return app.Div().ID("tagbar").Class("tagbar").Attr("role", "toolbar").
		Aria("label", tr("Tags for the current sentence")).Body(buttons...)
}
