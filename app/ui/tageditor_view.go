package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
	"annotator/app/model"
)

// Render draws the tag-set dialog.
func (ed *tagEditor) Render() app.UI {
	keys := ed.draft.Keys()
	rows := make([]app.UI, 0, len(ed.draft.Tags))
	for i, t := range ed.draft.Tags {
		id := strconv.Itoa(i)
		keyCell := app.Td().Body(app.Kbd().Text(keys[i]))
		if i >= 9 {
			keyCell = app.Td().Body(app.Input().Type("text").Class("key-in").MaxLength(1).
				DataSet("field", "key").DataSet("index", i).Value(keys[i]).
				Aria("label", "Key of tag "+id+" (a spare letter: "+model.SpareKeys+")").OnInput(ed.onField))
		}
		rows = append(rows, app.Tr().Body(
			keyCell,
			app.Td().Body(nameInput(i, t.Name).OnInput(ed.onField)),
			app.Td().Body(app.Input().Type("color").DataSet("field", "color").DataSet("index", i).
				Value(strings.ToLower(markup.SafeColor(t.Color))).Aria("label", "Colour of tag "+id).OnInput(ed.onField)),
			app.Td().Body(app.Input().Type("text").DataSet("field", "description").DataSet("index", i).
				Value(t.Description).Aria("label", "Description of tag "+id).OnInput(ed.onField)),
			app.Td().Class("row-btns").Body(
				app.Button().DataSet("index", i).DataSet("dir", -1).Aria("label", "Move tag "+id+" up").
					Disabled(i == 0).OnClick(ed.onMove).Text("↑"),
				app.Button().DataSet("index", i).DataSet("dir", 1).Aria("label", "Move tag "+id+" down").
					Disabled(i == len(ed.draft.Tags)-1).OnClick(ed.onMove).Text("↓"),
				app.Button().DataSet("index", i).DataSet("delete", i).Aria("label", "Delete tag "+id).
					OnClick(ed.onDelete).Text("✕"),
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
	return dialogBox("tag-editor", "Tag set",
		app.P().Class("hint").Text("The first nine tags take keys 1–9 in this order; move a tag to change its key. Later tags take a spare letter."),
		app.Table().Class("tag-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Text("Key"), app.Th().Text("Name"), app.Th().Text("Colour"),
				app.Th().Text("Description"), app.Th().Body(app.Span().Class("sr-only").Text("Actions")))),
			app.TBody().Body(rows...),
		),
		app.Div().Class("editor-actions").Body(
			app.Button().DataSet("add-tag", "true").OnClick(ed.onAdd).Text("Add a tag"),
			app.Select().Aria("label", "Preset tag sets").DataSet("preset", "true").OnChange(ed.onPreset).Body(presets...),
		),
		app.If(ed.confirm != nil, func() app.UI {
			return app.P().Class("warn").Attr("role", "alert").Text(fmt.Sprintf(
				"%s %s in use. Saving removes %s from every sentence; you can undo it with u.",
				strings.Join(ed.confirm, ", "), plural(len(ed.confirm), "is", "are"), plural(len(ed.confirm), "it", "them")))
		}),
		app.If(ed.err != "", func() app.UI { return app.P().Class("warn").Attr("role", "alert").Text(ed.err) }),
		app.Div().Class("editor-actions").Body(
			app.Button().Class("primary").DataSet("save-tags", "true").OnClick(ed.onSave).Text(save),
			app.Button().DataSet("cancel-tags", "true").OnClick(ed.onCancel).Text("Cancel"),
		),
	).Class("wide").DataSet("tag-editor", "true")
}

// nameInput is the name field of tag i; the first one takes focus when
// the dialog opens.
func nameInput(i int, name string) app.HTMLInput {
	in := app.Input().Type("text").DataSet("field", "name").DataSet("index", i).
		Value(name).Aria("label", "Name of tag "+strconv.Itoa(i))
	if i == 0 {
		in = in.DataSet("autofocus", "true")
	}
	return in
}

// plural picks the singular or plural word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
