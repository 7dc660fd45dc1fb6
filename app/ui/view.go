package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render lays out the page: header with the tag bar, messages, the article
// and the side panel with the note editor.
func (r *Reader) Render() app.UI {
	root := app.Div().Class("app")
	if r.ready {
		root.DataSet("app-ready", "true")
	}
	return root.Body(
		app.A().Class("skip").Href("#article").Text("Skip to the article"),
		app.Header().Class("top").Body(
			app.H1().Class("title").Text(r.doc.Title),
			r.renderTagBar(),
			app.Button().Class("help-btn").Title("Keyboard shortcuts (?)").
				Aria("keyshortcuts", "?").OnClick(r.onHelpClick).Text("?"),
		),
		app.Div().Class("alert").Attr("role", "alert").Body(
			app.If(r.alert != "", func() app.UI { return app.P().Text(r.alert) }),
		),
		app.Main().Class("layout").Body(
			app.Article().ID("article").Class("doc").Aria("label", r.doc.Title).
				OnClick(r.onArticleClick).Body(r.renderChunks()...),
			r.renderSide(),
		),
		app.Footer().Class("foot").Body(
			app.Div().Class("status").Attr("role", "status").Text(r.status),
			app.Div().Class("sr-only").Aria("live", "polite").Text(r.announce),
		),
		app.If(r.showHelp, r.renderHelp),
	)
}

// renderChunks returns one chunk component per range of sentences.
func (r *Reader) renderChunks() []app.UI {
	out := make([]app.UI, len(r.chunks))
	for k, b := range r.chunks {
		cur := -1
		if r.cur >= b[0] && r.cur < b[1] {
			cur = r.cur
		}
		out[k] = &chunk{Doc: r.doc, From: b[0], To: b[1], Rev: r.revs[k], Cur: cur}
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
		col := safeColor(t.Color)
		b := app.Button().Class("tag-btn").DataSet("tag", t.ID).DataSet("index", n).
			Aria("pressed", strconv.FormatBool(on)).Title(t.Description).
			Style("--tag", col).OnClick(r.onTagClick, app.EventScope(t.ID))
		body := []app.UI{app.Span().Class("swatch").Aria("hidden", "true"), app.Text(t.Name)}
		if n < 9 {
			key := strconv.Itoa(n + 1)
			b.Aria("keyshortcuts", key)
			body = append([]app.UI{app.Kbd().Text(key)}, body...)
		}
		buttons = append(buttons, b.Body(body...))
	}
	return app.Div().Class("tagbar").Attr("role", "toolbar").
		Aria("label", "Tags for the current sentence").Body(buttons...)
}

// renderSide shows the current sentence, its tags and the note editor.
func (r *Reader) renderSide() app.UI {
	total := len(r.doc.Sentences)
	if total == 0 {
		return app.Aside().Class("side").Body(app.P().Text("This document has no sentences."))
	}
	m := r.doc.Marks[r.cur]
	names := make([]string, len(m.Tags))
	for k, id := range m.Tags {
		names[k] = r.tagName(id)
	}
	tags := "No tags yet: press 1–9 or click a tag."
	if len(names) > 0 {
		tags = "Tags: " + strings.Join(names, ", ")
	}
	return app.Aside().Class("side").Aria("label", "Current sentence").Body(
		app.H2().Text(fmt.Sprintf("Sentence %d of %d", r.cur+1, total)),
		app.P().Class("progress").Text(fmt.Sprintf("%d of %d sentences annotated", r.doc.Annotated(), total)),
		app.P().Class("cur-tags").Text(tags),
		app.Label().For("note").Text("Note (n or Enter to write, Escape to leave)"),
		app.Textarea().ID("note").Class("note").DataSet("note-editor", "true").
			Rows(6).ReadOnly(r.readOnly).
			OnInput(r.onNoteInput).OnBlur(r.onNoteBlur),
	)
}

// renderHelp lists every shortcut, generated from keyMap and the tag set.
func (r *Reader) renderHelp() app.UI {
	rows := []app.UI{}
	for _, b := range keyMap {
		rows = append(rows, helpRow(strings.Join(b.keys, " / "), b.help))
	}
	for n, t := range r.doc.TagSet.Tags {
		if n >= 9 {
			break
		}
		desc := "Toggle tag " + t.Name
		if t.Description != "" {
			desc += ": " + t.Description
		}
		rows = append(rows, helpRow(strconv.Itoa(n+1), desc))
	}
	return app.Div().Class("overlay").Body(
		app.Div().Class("dialog").Attr("role", "dialog").Aria("modal", "true").
			Aria("labelledby", "help-title").DataSet("help", "true").Body(
			app.H2().ID("help-title").Text("Keyboard shortcuts"),
			app.Table().Body(app.TBody().Body(rows...)),
			app.Button().Class("close").OnClick(r.onHelpClick).Text("Close"),
		),
	)
}

// helpRow is one line of the shortcut table.
func helpRow(keys, what string) app.UI {
	return app.Tr().Body(app.Th().Scope("row").Body(app.Kbd().Text(keys)), app.Td().Text(what))
}

// onHelpClick shows or hides the shortcut list.
func (r *Reader) onHelpClick(ctx app.Context, e app.Event) { r.showHelp = !r.showHelp }
