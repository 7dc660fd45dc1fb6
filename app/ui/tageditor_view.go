package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
	"annotator/app/model"
)

// renderEditor draws the tag-set dialog.
func (r *Reader) renderEditor() app.UI {
	ed := r.editor
	keys := ed.draft.Keys()
	rows := make([]app.UI, 0, len(ed.draft.Tags))
	for i, t := range ed.draft.Tags {
		id := strconv.Itoa(i)
		keyCell := app.Td().Body(app.Kbd().Text(keys[i]))
		if i >= 9 {
			keyCell = app.Td().Body(app.Input().Type("text").Class("key-in").MaxLength(1).
				DataSet("field", "key").DataSet("index", i).Value(keys[i]).
				Aria("label", "Key of tag "+id+" (a spare letter: "+model.SpareKeys+")").OnInput(r.onEditorField))
		}
		rows = append(rows, app.Tr().Body(
			keyCell,
			app.Td().Body(app.Input().Type("text").DataSet("field", "name").DataSet("index", i).
				Value(t.Name).Aria("label", "Name of tag "+id).OnInput(r.onEditorField)),
			app.Td().Body(app.Input().Type("color").DataSet("field", "color").DataSet("index", i).
				Value(strings.ToLower(markup.SafeColor(t.Color))).Aria("label", "Colour of tag "+id).OnInput(r.onEditorField)),
			app.Td().Body(app.Input().Type("text").DataSet("field", "description").DataSet("index", i).
				Value(t.Description).Aria("label", "Description of tag "+id).OnInput(r.onEditorField)),
			app.Td().Class("row-btns").Body(
				app.Button().DataSet("index", i).DataSet("dir", -1).Aria("label", "Move tag "+id+" up").
					Disabled(i == 0).OnClick(r.onEditorMove).Text("↑"),
				app.Button().DataSet("index", i).DataSet("dir", 1).Aria("label", "Move tag "+id+" down").
					Disabled(i == len(ed.draft.Tags)-1).OnClick(r.onEditorMove).Text("↓"),
				app.Button().DataSet("index", i).DataSet("delete", i).Aria("label", "Delete tag "+id).
					OnClick(r.onEditorDelete).Text("✕"),
			),
		))
	}
	presets := []app.UI{app.Option().Value("").Text("Replace with a preset…")}
	for i, p := range model.Presets() {
		presets = append(presets, app.Option().Value(strconv.Itoa(i)).Text(p.Name))
	}
	save := "Save"
	if ed.confirm != nil {
		save = "Delete and save"
	}
	return app.Div().Class("overlay").Body(
		app.Div().Class("dialog", "wide").Attr("role", "dialog").Aria("modal", "true").
			Aria("labelledby", "editor-title").DataSet("tag-editor", "true").Body(
			app.H2().ID("editor-title").Text("Tag set"),
			app.P().Class("hint").Text("The first nine tags take keys 1–9 in this order; move a tag to change its key. Later tags take a spare letter."),
			app.Table().Class("tag-table").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Text("Key"), app.Th().Text("Name"), app.Th().Text("Colour"),
					app.Th().Text("Description"), app.Th().Body(app.Span().Class("sr-only").Text("Actions")))),
				app.TBody().Body(rows...),
			),
			app.Div().Class("editor-actions").Body(
				app.Button().DataSet("add-tag", "true").OnClick(r.onEditorAdd).Text("Add a tag"),
				app.Select().Aria("label", "Preset tag sets").DataSet("preset", "true").OnChange(r.onEditorPreset).Body(presets...),
			),
			app.If(ed.confirm != nil, func() app.UI {
				return app.P().Class("warn").Attr("role", "alert").Text(fmt.Sprintf(
					"%s %s in use. Saving removes %s from every sentence; you can undo it with u.",
					strings.Join(ed.confirm, ", "), plural(len(ed.confirm), "is", "are"), plural(len(ed.confirm), "it", "them")))
			}),
			app.If(ed.err != "", func() app.UI { return app.P().Class("warn").Attr("role", "alert").Text(ed.err) }),
			app.Div().Class("editor-actions").Body(
				app.Button().Class("primary").DataSet("save-tags", "true").OnClick(r.onEditorSave).Text(save),
				app.Button().DataSet("cancel-tags", "true").OnClick(r.onEditorCancel).Text("Cancel"),
			),
		),
	)
}

// plural picks the singular or plural word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
