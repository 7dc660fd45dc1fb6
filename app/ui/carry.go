package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/i18n"
	"annotator/app/library"
	"annotator/app/session"
)

// carryBanner offers to bring the annotations of an earlier version of a
// text (same title, different text) over to the newly opened one.
type carryBanner struct {
	app.Compo
	// H is the reader; C the offer (nil for none); DocID the open
	// document's id. The offer is made before its document opens, and a
	// render in between drew nothing: without DocID among the props, the
	// opening render left that empty banner alone (go-app renders a
	// component again only when its props change), so the offer showed in
	// some runs and not in others.
	H     host
	Lang  i18n.Lang // the interface language, so that a switch renders the offer again
	C     *library.CarryOffer
	DocID string

	answered *library.CarryOffer // the offer the reader has answered
}

// Render shows the offer while its document is open.
func (b *carryBanner) Render() app.UI {
	c := b.C
	if c == nil || c == b.answered || c.To != b.DocID {
		return app.Div()
	}
	return app.Div().Class("offer").Attr("role", "region").Aria("label", tr("Earlier version")).Body(
		app.P().Text(trN(c.Count, "This looks like an edited version of “%[2]s”, which has %[1]d annotated sentence. Bring its annotations over? Sentences that changed are matched by their words; what cannot be placed is listed as orphaned, never dropped.",
			"This looks like an edited version of “%[2]s”, which has %[1]d annotated sentences. Bring its annotations over? Sentences that changed are matched by their words; what cannot be placed is listed as orphaned, never dropped.", c.Count, c.FromTitle)),
		app.Button().Class("primary").DataSet("carry", "yes").OnClick(b.onCarry).OnKeyDown(escapeTo(b.onNo)).Text(tr("Bring annotations over")),
		app.Button().DataSet("carry", "no").OnClick(b.onNo).OnKeyDown(escapeTo(b.onNo)).Text(tr("Keep them apart")),
	)
}

// onNo drops the offer (its button, or Escape on either button); the
// earlier version is left as it was.
func (b *carryBanner) onNo(ctx app.Context, e app.Event) {
	b.answered = b.C
	focus("#article") // before the button goes away
}

// onCarry copies the earlier version's annotations onto this document,
// anchored by their quotes, as one undoable step; the earlier version is
// left as it was.
func (b *carryBanner) onCarry(ctx app.Context, e app.Event) {
	c := b.C
	b.answered = c
	s := b.H.session()
	if c == nil || c.To != s.Doc.ID {
		return
	}
	if s.ReadOnly {
		b.H.apply(ctx, statusEffect(tr("This document is read-only in this tab: its saved data could not be read.")))
		return
	}
	change, orphans, fuzzy, err := library.Carry(b.H.repo(), *c, s.Doc)
	if err != nil {
		b.H.apply(ctx, session.Effect{Alert: tr("The annotations of “%s” could not be read: nothing was changed.", c.FromTitle)})
		return
	}
	eff := s.Record(change, orphans)
	eff.Status = trN(len(change.Marks), "Brought over %d annotated sentence from “%s” (%d re-attached to edited sentences); %d could not be placed and are listed as orphaned.",
		"Brought over %d annotated sentences from “%s” (%d re-attached to edited sentences); %d could not be placed and are listed as orphaned.", len(change.Marks), c.FromTitle, fuzzy, len(orphans))
	b.H.apply(ctx, eff)
}
