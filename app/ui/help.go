package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderHelp lists every shortcut, generated from keyMap and the tag set,
// so that it can never disagree with the keys.
func (r *Reader) renderHelp() app.UI {
	rows := []app.UI{}
	for _, b := range keyMap {
		rows = append(rows, helpRow(strings.Join(b.keys, " / "), b.help))
	}
	for n, t := range r.doc.TagSet.Tags {
		desc := "Toggle tag " + t.Name + " (on the selected words if any)"
		if t.Description != "" {
			desc += ": " + t.Description
		}
		if n < len(r.tagKeys) && r.tagKeys[n] != "" {
			rows = append(rows, helpRow(r.tagKeys[n], desc))
		}
	}
	return app.Div().Class("overlay").Body(
		app.Div().Class("dialog").Attr("role", "dialog").Aria("modal", "true").
			Aria("labelledby", "help-title").DataSet("help", "true").Body(
			app.H2().ID("help-title").Text("Keyboard shortcuts"),
			app.Table().Body(app.TBody().Body(rows...)),
			app.P().Class("hint").Text("With the mouse: click a sentence to make it current, select words in it and click a tag to highlight them."),
			app.Button().Class("close").OnClick(r.onHelpClick).Text("Close"),
		),
	)
}

// helpRow is one line of the shortcut table.
func helpRow(keys, what string) app.UI {
	return app.Tr().Body(app.Th().Scope("row").Body(app.Kbd().Text(keys)), app.Td().Text(what))
}
