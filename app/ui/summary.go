package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// summary is the progress chart and the annotation list. It is a component
// of its own so that moving the cursor (which re-renders the Reader) does
// not recount a long document: its props change only when marks or the
// filters do.
type summary struct {
	app.Compo
	// R is the reader (the same pointer on every render).
	R *Reader
	// Rev changes whenever a mark changes.
	Rev int
	// Filter and FilterTag are the list's filters.
	Filter, FilterTag string
	// Orphans counts the orphaned annotations.
	Orphans int
}

// Render draws progress and the list from the reader's document.
func (s *summary) Render() app.UI {
	return app.Div().Class("summary").Body(s.R.renderProgress(), s.R.renderList())
}
