package ui

import (
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
				Aria("label", tr("Key of tag %s (a spare letter: %s)", id, model.SpareKeys)).OnInput(ed.onField))
		}
		rows = append(rows, app.Tr().Body(
			keyCell,
			app.Td().Body(nameInput(i, t.Name).OnInput(ed.onField)),
			app.Td().Body(app.Input().Type("color").DataSet("field", "color").DataSet("index", i).
				Value(strings.ToLower(markup.SafeColor(t.Color))).Aria("label", tr("Colour of tag %s", id)).OnInput(ed.onField)),
			app.Td().Body(app.Input().Type("text").DataSet("field", "description").DataSet("index", i).
				Value(t.Description).Aria("label", tr("Description of tag %s", id)).OnInput(ed.onField)),
			app.Td().Class("row-btns").Body(
				app.Button().DataSet("index", i).DataSet("dir", -1).Aria("label", tr("Move tag %s up", id)).
					Disabled(i == 0).OnClick(ed.onMove).Text("↑"),
				app.Button().DataSet("index", i).DataSet("dir", 1).Aria("label", tr("Move tag %s down", id)).
					Disabled(i == len(ed.draft.Tags)-1).OnClick(ed.onMove).Text("↓"),
				app.Button().DataSet("index", i).DataSet("delete", i).Aria("label", tr("Delete tag %s", id)).
					OnClick(ed.onDelete).Text("✕"),
			),
		))
	}
	presets := []app.UI{app.Option().Value("").Text(tr("Replace with a preset…"))}
	for i, p := range presetsIn(uiLang) {
		presets = append(presets, app.Option().Value(strconv.Itoa(i)).Text(p.Name))
	}
	save := tr("Save")
	if ed.confirm != nil {
		save = tr("Delete and save")
	}
	return dialogBox("tag-editor", tr("Tag set"),
		app.P().Class("hint").Text(tr("The first nine tags take keys 1–9 in this order; move a tag to change its key. Later tags take a spare letter.")),
		app.Table().Class("tag-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Text(tr("Key")), app.Th().Text(tr("Name")), app.Th().Text(tr("Colour")),
				app.Th().Text(tr("Description")), app.Th().Body(app.Span().Class("sr-only").Text(tr("Actions"))))),
			app.TBody().Body(rows...),
		),
		app.Div().Class("editor-actions").Body(
			app.Button().DataSet("add-tag", "true").OnClick(ed.onAdd).Text(tr("Add a tag")),
			app.Select().Aria("label", tr("Preset tag sets")).DataSet("preset", "true").OnChange(ed.onPreset).Body(presets...),
		),
		app.If(ed.confirm != nil, func() app.UI {
			return app.P().Class("warn").Attr("role", "alert").Text(trN(len(ed.confirm),
				"%s is in use. Saving removes it from every sentence; you can undo it with u.",
				"%s are in use. Saving removes them from every sentence; you can undo it with u.", uiLang.Join(ed.confirm)))
		}),
		app.If(ed.err != "", func() app.UI { return app.P().Class("warn").Attr("role", "alert").Text(ed.err) }),
		app.Div().Class("editor-actions").Body(
			app.Button().Class("primary").DataSet("save-tags", "true").OnClick(ed.onSave).Text(save),
			app.Button().DataSet("cancel-tags", "true").OnClick(ed.onCancel).Text(tr("Cancel")),
		),
	).Class("wide").DataSet("tag-editor", "true")
}

// nameInput is the name field of tag i; the first one takes focus when
// the dialog opens.
func nameInput(i int, name string) app.HTMLInput {
	in := app.Input().Type("text").DataSet("field", "name").DataSet("index", i).
		Value(name).Aria("label", tr("Name of tag %d", i))
	if i == 0 {
		in = in.DataSet("autofocus", "true")
	}
	return in
}
