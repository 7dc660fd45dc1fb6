package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/model"
)

// carryOffer proposes to bring the annotations of an earlier version of a
// text (same title, different text) over to the newly opened one.
type carryOffer struct {
	from, fromTitle, to string
	count               int
}

// offerCarry looks for an annotated document with the same title as d.
func (r *Reader) offerCarry(d *model.Document) {
	r.carry = nil
	lib, err := r.repo.Library(nil)
	if err != nil {
		return
	}
	for _, e := range lib {
		if e.ID != d.ID && e.Annotated > 0 && e.Problem == "" && strings.EqualFold(strings.TrimSpace(e.Title), strings.TrimSpace(d.Title)) {
			r.carry = &carryOffer{from: e.ID, fromTitle: e.Title, to: d.ID, count: e.Annotated}
			return
		}
	}
}

// renderCarry shows the offer while its document is open.
func (r *Reader) renderCarry() app.UI {
	c := r.carry
	if c == nil || c.to != r.doc.ID {
		return nil
	}
	return app.Div().Class("offer").Attr("role", "region").Aria("label", "Earlier version").Body(
		app.P().Text(fmt.Sprintf("This looks like an edited version of “%s”, which has %d annotated sentences. Bring its annotations over? Sentences that changed are matched by their words; what cannot be placed is listed as orphaned, never dropped.", c.fromTitle, c.count)),
		app.Button().Class("primary").DataSet("carry", "yes").OnClick(r.onCarry).Text("Bring annotations over"),
		app.Button().DataSet("carry", "no").OnClick(r.onCarryNo).Text("Keep them apart"),
	)
}

// onCarryNo drops the offer.
func (r *Reader) onCarryNo(ctx app.Context, e app.Event) { r.carry = nil }

// onCarry copies the earlier version's annotations onto this document,
// anchored by their quotes; the earlier version is left as it was.
func (r *Reader) onCarry(ctx app.Context, e app.Event) {
	c := r.carry
	r.carry = nil
	if c == nil || c.to != r.doc.ID || r.refuseReadOnly() {
		return
	}
	rec, err := r.repo.Load(c.from)
	if err != nil || rec == nil {
		r.alert = fmt.Sprintf("The annotations of “%s” could not be read: nothing was changed.", c.fromTitle)
		return
	}
	before := make([]model.Mark, len(r.doc.Marks))
	copy(before, r.doc.Marks)
	moved := *rec
	moved.Doc = r.doc.ID
	moved.TagSet = rec.TagSet
	pl := moved.Place(r.doc)
	orphans := pl.Orphans
	var edits []model.MarkEdit
	for i := range r.doc.Marks {
		if !r.doc.Marks[i].Equal(before[i]) {
			edits = append(edits, model.MarkEdit{Sentence: i, Before: before[i], After: r.doc.Marks[i]})
		}
	}
	r.hist.Record(model.Change{Marks: edits})
	r.orphans = append(r.orphans, orphans...)
	r.tagKeys = r.doc.TagSet.Keys()
	r.rerenderAll()
	r.save()
	r.status = fmt.Sprintf("Brought over %d annotated sentences from “%s” (%d re-attached to edited sentences); %d could not be placed and are listed as orphaned.", len(edits), c.fromTitle, pl.Fuzzy, len(orphans))
	r.showNote(ctx)
}
