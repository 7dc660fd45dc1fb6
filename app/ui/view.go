package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/library"
	"annotator/app/markup"
	"annotator/app/session"
)

// Render lays out the page: header with the tag bar, messages, the article
// and the side panel with the note editor, progress and annotation list,
// and the open dialogs.
//
// The article's sentences are not part of the render: paper paints them
// into the empty article element once go-app has applied this render.
func (r *Reader) Render() app.UI {
	if r.saver != nil && r.Mounted() {
		r.ctx.Defer(func(app.Context) { r.keys.shown.rendered(); r.paint() })
	}
	doc := r.s.Doc
	root := app.Div().Class("app")
	if r.ready {
		root.DataSet("app-ready", "true")
	}
	return root.OnDragOver(r.onDrop).OnDrop(r.onDrop).Body(
		app.A().Class("skip").Href("#article").OnClick(r.onSkip).Text(tr("Skip to the article")),
		app.Header().Class("top").Body(
			app.H1().Class("title").Dir("auto").Text(doc.Title),
			&docLang{H: r, ID: doc.ID, Lang: doc.Lang, Fixed: library.IsShipped(doc.ID) || r.work != nil, UILang: uiLang},
			r.renderTagBar(),
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
					Aria("pressed", strconv.FormatBool(r.ready && currentTheme(r.prefs.Theme) == "dark")).
					OnClick(r.onTheme).Text(tr("Dark mode")),
				app.Button().Class("tool", "help-btn").DataSet("opens", "help").Aria("label", tr("Keyboard shortcuts")).
					Aria("keyshortcuts", "?").OnClick(r.onOpens).Text("?"),
				langSwitch(r.onLang),
			),
		),
		&alertBar{H: r, Lang: uiLang, Alert: r.msg.alert, Details: r.alertDetails(), Unsaved: r.saver != nil && r.saver.Unsaved(), ReadOnly: r.s.ReadOnly, Deleted: r.saver != nil && r.saver.Deleted()},
		// One stable slot for the notices that come and go: go-app diffs
		// children by position, so a notice appearing must not shift the
		// article (which would rebuild it).
		app.Div().Class("notices").Body(r.renderBanner(), &carryBanner{H: r, Lang: uiLang, C: r.carry}, &workBanner{H: r, Lang: uiLang, W: r.work}),
		app.Main().Class("layout").Body(
			// The article has the document's language and direction,
			// whatever the interface's.
			app.Article().ID("article").Class("doc").Lang(docLangAttr(doc.Lang)).Dir(textDir(doc.Lang)).Aria("label", doc.Title).TabIndex(-1).
				OnClick(r.onArticleClick).Body(r.prerendered()...),
			app.Aside().Class("side").Aria("label", tr("Current sentence, progress and annotations")).Body(
				r.renderCurrent(),
				&summary{H: r, Lang: uiLang, S: r.s, Rev: r.s.Rev, W: r.work},
				&exportPanel{H: r, Lang: uiLang, Rev: r.s.Rev, Ready: r.ready},
			),
		),
		app.Footer().Class("foot").Body(
			app.Div().ID("status").Class("status").Attr("role", "status").Text(r.msg.status),
			app.Div().ID("announce").Class("sr-only").Aria("live", "polite").Text(r.msg.announce),
		),
		&updateBanner{Lang: uiLang, Flush: r.flushForUpdate},
		r.dialogs.render(),
	)
}

// prerendered returns the article's chunks as raw HTML on the server, so
// that the prerendered page shows the text before app.wasm has loaded; in
// the browser the article stays empty for paper to fill. app.Raw does not
// sanitise: what it gets here is markup's output, in which every piece of
// text and every attribute value is escaped (app/markup's tests), and on
// the server that is only ever a shipped article.
func (r *Reader) prerendered() []app.UI {
	if app.IsClient || r.paper == nil {
		return nil
	}
	out := make([]app.UI, 0, r.paper.want)
	for _, b := range r.paper.bounds[:r.paper.want] {
		var sb strings.Builder
		markup.Chunk(&sb, r.s.Doc, b[0], b[1], r.s.Cur, markup.Span{}, nil)
		out = append(out, app.Raw(sb.String()))
	}
	return out
}

// renderTagBar shows one button per tag with its key; a button is pressed
// when the current sentence carries its tag.
func (r *Reader) renderTagBar() app.UI {
	m, keys := r.s.Mark(), r.s.Keys()
	buttons := make([]app.UI, 0, len(r.s.Doc.TagSet.Tags))
	for n, t := range r.s.Doc.TagSet.Tags {
		key := ""
		if n < len(keys) {
			key = keys[n]
		}
		b := app.Button().Class("tag-btn").DataSet("tag", t.ID).DataSet("index", n).
			Aria("pressed", strconv.FormatBool(m.Has(t.ID))).Title(t.Description).Aria("keyshortcuts", key).
			Style("--tag", markup.SafeColor(t.Color)).OnClick(r.onTagClick, app.EventScope(t.ID)).
			Body(app.Kbd().Text(key), app.Span().Class("swatch").Aria("hidden", "true"), app.Span().Class("tag-name").DataSet("name", t.Name).Text(t.Name))
		buttons = append(buttons, b)
	}
	return app.Div().ID("tagbar").Class("tagbar").Attr("role", "toolbar").
		Aria("label", tr("Tags for the current sentence")).Body(buttons...)
}

// renderCurrent shows the current sentence, its tags and the note editor.
func (r *Reader) renderCurrent() app.UI {
	if r.s.Len() == 0 {
		return app.Section().Class("panel").Body(app.P().Text(tr("This document has no sentences.")))
	}
	return app.Section().Class("panel", "current").Aria("labelledby", "cur-title").Body(
		app.H2().ID("cur-title").Text(r.s.Title()),
		app.P().ID("cur-tags").Class("cur-tags").Text(r.s.TagLine()),
		app.Label().For("note").Text(tr("Note (n or Enter to write, Escape to leave)")),
		app.Textarea().ID("note").Class("note").DataSet("note-editor", "true").
			Rows(5).ReadOnly(r.s.ReadOnly).
			OnInput(r.onNoteInput).OnBlur(r.onNoteBlur),
	)
}

// onOpens opens the dialog a button names in data-opens (the tag editor
// through its command, which may refuse).
func (r *Reader) onOpens(ctx app.Context, e app.Event) {
	name := attr(e, "data-opens")
	if name == "tag-editor" {
		r.apply(ctx, r.s.EditTags())
		return
	}
	r.openDialog(ctx, name)
}

// onTheme toggles the theme from its button.
func (r *Reader) onTheme(ctx app.Context, e app.Event) {
	r.apply(ctx, session.Effect{Request: "theme"})
}

// onLang switches the interface language from the header: every part of
// the page follows at once (the tag set too, when it is a preset as it
// comes), and the choice is remembered.
func (r *Reader) onLang(ctx app.Context, e app.Event) {
	status, ok := changeLang(r.repo().KV, e)
	if !ok {
		return
	}
	r.s.Lang = uiLang
	r.localize()
	r.msg.status = status
	ctx.Update()
}

// onSkip moves focus to the article, so that the next Tab goes past it:
// go-app handles the link's click itself, so the browser does not.
func (r *Reader) onSkip(ctx app.Context, e app.Event) { focus("#article") }

// flushForUpdate saves what the reader has not saved yet before a new
// release reloads the page; it reports whether everything is stored.
func (r *Reader) flushForUpdate() bool {
	r.apply(r.ctx, r.s.CommitNote())
	r.flushSave()
	return r.s.ReadOnly || !r.saver.Unsaved()
}
