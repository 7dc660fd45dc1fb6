package ui

import (
	"slices"
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
	r.shownAs = r.renderedNow()
	root := app.Div().Class("app")
	if r.ready {
		root.DataSet("app-ready", "true")
	}
	return root.OnDragOver(r.onDrop).OnDrop(r.onDrop).Body(
		app.A().Class("skip").Href("#article").OnClick(r.onSkip).Text(tr("Skip to the article")),
		&topBar{H: r, Lang: uiLang, Title: doc.Title, DocID: doc.ID, DocLang: doc.Lang, LangFixed: library.IsShipped(doc.ID) || r.work != nil,
			Tags: slices.Clone(doc.TagSet.Tags), Keys: slices.Clone(r.s.Keys()), Dark: r.ready && currentTheme(r.prefs.Theme) == "dark"},
		&alertBar{H: r, Lang: uiLang, Alert: r.msg.alert, Details: r.alertDetails(), Unsaved: r.shownAs.unsaved, ReadOnly: r.s.ReadOnly, Deleted: r.shownAs.deleted},
		// One stable slot for the notices that come and go: go-app diffs
		// children by position, so a notice appearing must not shift the
		// article (which would rebuild it).
		app.Div().Class("notices").Body(r.renderBanner(), &carryBanner{H: r, Lang: uiLang, C: r.carry, DocID: doc.ID}, &workBanner{H: r, Lang: uiLang, W: r.work}),
		app.Main().Class("layout").Body(
			// The article has the document's language and direction,
			// whatever the interface's.
			app.Article().ID("article").Class("doc").Lang(docLangAttr(doc.Lang)).Dir(textDir(doc.Lang)).Aria("label", doc.Title).TabIndex(-1).
				OnClick(r.onArticleClick).Body(r.prerendered()...),
			app.Aside().Class("side").Aria("label", tr("Current sentence, progress and annotations")).Body(
				r.renderCurrent(),
				&summary{H: r, Lang: uiLang, S: r.s, Rev: r.s.Rev, W: r.work},
				&exportPanel{H: r, Lang: uiLang, Rev: r.shownAs.meter, Ready: r.ready},
			),
		),
		app.Footer().Class("foot").Body(
			app.Div().ID("status").Class("status").Attr("role", "status").Text(r.owned(r.msg.status)),
			app.Div().ID("announce").Class("sr-only").Aria("live", "polite").Text(r.owned(r.msg.announce)),
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

// owned is what the Reader renders for a text that reflect writes (the
// current sentence's title and tags, the status line, the live region):
// the text itself on the server (the prerendered page) and before reflect
// runs, and an empty one once reflect does, so that go-app's copy never
// changes and go-app never writes over what reflect wrote. reflect runs
// after every render of the Reader (paint).
func (r *Reader) owned(v string) string {
	if app.IsClient && r.saver != nil && r.s.Len() > 0 {
		return ""
	}
	return v
}

// renderCurrent shows the current sentence, its tags and the note editor.
func (r *Reader) renderCurrent() app.UI {
	if r.s.Len() == 0 {
		return app.Section().Class("panel").Body(app.P().Text(tr("This document has no sentences.")))
	}
	return app.Section().Class("panel", "current").Aria("labelledby", "cur-title").Body(
		app.H2().ID("cur-title").Text(r.owned(r.s.Title())),
		app.P().ID("cur-tags").Class("cur-tags").Text(r.owned(r.s.TagLine())),
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
