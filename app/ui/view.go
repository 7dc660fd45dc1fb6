package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
)

// Render lays out the page: header with the tag bar, messages, the article
// and the side panel with the note editor, progress and annotation list.
//
// The article's sentences are not part of the render: paper paints them
// into the empty article element once go-app has applied this render.
func (r *Reader) Render() app.UI {
	if r.hasCtx && r.Mounted() {
		r.ctx.Defer(func(app.Context) { r.paint() })
	}
	root := app.Div().Class("app")
	if r.ready {
		root.DataSet("app-ready", "true")
	}
	return root.OnDragOver(r.onDragOver).OnDrop(r.onDrop).Body(
		app.A().Class("skip").Href("#article").OnClick(r.onSkip).Text("Skip to the article"),
		app.Header().Class("top").Body(
			app.H1().Class("title").Text(r.doc.Title),
			r.renderTagBar(),
			app.Div().Class("tools").Body(
				app.A().Class("tool").Href("/library").DataSet("library-link", "true").Text("Library"),
				app.Label().Class("tool", "file-btn").Body(
					app.Text("Open file"),
					app.Input().Type("file").Class("sr-only").DataSet("open-document", "true").
						Accept(".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html").
						Multiple(true).OnChange(r.onOpenFile),
				),
				app.Button().Class("tool").DataSet("paste-show", "true").OnClick(r.onPasteShow).Text("Paste text"),
				app.Button().Class("tool").DataSet("open-tag-editor", "true").Aria("keyshortcuts", "Shift+T").
					OnClick(r.onOpenEditor).Text("Edit tags"),
				app.Button().Class("tool").DataSet("theme-toggle", "true").Aria("keyshortcuts", "Shift+D").
					Aria("pressed", strconv.FormatBool(r.ready && r.currentTheme() == "dark")).
					OnClick(r.onThemeClick).Text("Dark mode"),
				app.Button().Class("tool", "help-btn").Aria("label", "Keyboard shortcuts").
					Aria("keyshortcuts", "?").OnClick(r.onHelpClick).Text("?"),
			),
		),
		r.renderAlert(),
		// One stable slot for the notices that come and go: go-app diffs
		// children by position, so a notice appearing must not shift the
		// article (which would rebuild it).
		app.Div().Class("notices").Body(r.renderCarry(), r.renderWork()),
		app.Main().Class("layout").Body(
			app.Article().ID("article").Class("doc").Aria("label", r.doc.Title).TabIndex(-1).
				OnClick(r.onArticleClick).Body(r.prerendered()...),
			app.Aside().Class("side").Aria("label", "Current sentence, progress and annotations").Body(
				r.renderCurrent(),
				&summary{R: r, Rev: r.marksRev, Filter: r.filter, FilterTag: r.filterTag, Orphans: len(r.orphans)},
				r.renderExport(),
			),
		),
		app.Footer().Class("foot").Body(
			app.Div().ID("status").Class("status").Attr("role", "status").Text(r.status),
			app.Div().ID("announce").Class("sr-only").Aria("live", "polite").Text(r.announce),
		),
		r.renderUpdate(),
		app.If(r.showHelp, r.renderHelp),
		app.If(r.editor != nil, r.renderEditor),
		app.If(r.showPaste, r.renderPaste),
		app.If(r.pending != nil, r.renderImport),
		app.If(r.exForm != nil, r.renderExerciseForm),
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
		markup.Chunk(&sb, r.doc, b[0], b[1], r.cur, markup.Span{})
		out = append(out, app.Raw(sb.String()))
	}
	return out
}

// renderTagBar shows one button per tag with its key; a button is pressed
// when the current sentence carries its tag.
func (r *Reader) renderTagBar() app.UI {
	var m []string
	if r.cur < len(r.doc.Marks) {
		m = r.doc.Marks[r.cur].Tags
	}
	buttons := make([]app.UI, 0, len(r.doc.TagSet.Tags))
	for n, t := range r.doc.TagSet.Tags {
		on := false
		for _, id := range m {
			on = on || id == t.ID
		}
		key := ""
		if n < len(r.tagKeys) {
			key = r.tagKeys[n]
		}
		b := app.Button().Class("tag-btn").DataSet("tag", t.ID).DataSet("index", n).
			Aria("pressed", strconv.FormatBool(on)).Title(t.Description).Aria("keyshortcuts", key).
			Style("--tag", markup.SafeColor(t.Color)).OnClick(r.onTagClick, app.EventScope(t.ID)).
			Body(app.Kbd().Text(key), app.Span().Class("swatch").Aria("hidden", "true"), app.Text(t.Name))
		buttons = append(buttons, b)
	}
	return app.Div().ID("tagbar").Class("tagbar").Attr("role", "toolbar").
		Aria("label", "Tags for the current sentence").Body(buttons...)
}

// renderCurrent shows the current sentence, its tags and the note editor.
func (r *Reader) renderCurrent() app.UI {
	total := len(r.doc.Sentences)
	if total == 0 {
		return app.Section().Class("panel").Body(app.P().Text("This document has no sentences."))
	}
	return app.Section().Class("panel").Aria("labelledby", "cur-title").Body(
		app.H2().ID("cur-title").Text(r.curTitle()),
		app.P().ID("cur-tags").Class("cur-tags").Text(r.curTags()),
		app.Label().For("note").Text("Note (n or Enter to write, Escape to leave)"),
		app.Textarea().ID("note").Class("note").DataSet("note-editor", "true").
			Rows(5).ReadOnly(r.readOnly).
			OnInput(r.onNoteInput).OnBlur(r.onNoteBlur),
	)
}

// curTitle heads the current-sentence panel.
func (r *Reader) curTitle() string {
	return fmt.Sprintf("Sentence %d of %d", r.cur+1, len(r.doc.Sentences))
}

// curTags names the current sentence's tags.
func (r *Reader) curTags() string {
	m := r.doc.Marks[r.cur]
	if len(m.Tags) == 0 {
		return "No tags yet: press a tag key or click a tag."
	}
	names := make([]string, len(m.Tags))
	for k, id := range m.Tags {
		names[k] = markup.TagName(r.doc, id)
	}
	return "Tags: " + strings.Join(names, ", ")
}
