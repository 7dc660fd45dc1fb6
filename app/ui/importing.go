package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/formats"
	"annotator/app/library"
	"annotator/app/model"
	"annotator/app/session"
)

// maxImportBytes caps what an import reads (a whole-library backup).
const maxImportBytes = 64 << 20

// isImportFile tells import files (exports of this app or W3C) from texts to open.
func isImportFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".json") || strings.HasSuffix(n, ".jsonld") || strings.HasSuffix(n, ".csv")
}

// readImport reads one file and opens its preview: nothing is written
// before the reader presses Import.
func (r *Reader) readImport(ctx app.Context, f app.Value) {
	r.flushSave() // the records an import reads must hold the last key's change
	name := f.Get("name").String()
	if size := f.Get("size").Int(); size > maxImportBytes {
		r.msg.alert = tr("%s is %s: imports are limited to %d MB. Nothing was changed.", name, sizeText(size), maxImportBytes>>20)
		return
	}
	readBytes(f, func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				r.msg.alert = tr("Could not read %s: %v", name, err)
				return
			}
			p, err := library.PlanImport(r.repo(), r.s.Doc, name, data)
			if err != nil {
				r.msg.alert = tr("%s was not imported, and nothing was changed: %v", name, err)
				return
			}
			r.dialogs.push(ctx, "import", &importDialog{h: r, plan: p})
		})
	})
}

// importDialog is the preview of an import.
type importDialog struct {
	app.Compo
	h    host
	plan *library.ImportPlan
}

// cancelled implements canceller.
func (d *importDialog) cancelled() session.Effect {
	return session.Effect{Status: tr("Import cancelled: nothing was changed.")}
}

// onCancel drops the previewed import.
func (d *importDialog) onCancel(ctx app.Context, e app.Event) { d.h.closeDialog(ctx) }

// onApply writes the previewed import: one undoable step for the open
// document; other documents are merged or added. Nothing is ever deleted.
func (d *importDialog) onApply(ctx app.Context, e app.Event) {
	p := d.plan
	d.plan = nil // closing is no cancel
	d.h.closeDialog(ctx)
	s := d.h.session()
	if p == nil {
		return
	}
	if s.ReadOnly {
		d.h.apply(ctx, session.Effect{Status: tr("This document is read-only in this tab: its saved data could not be read.")})
		return
	}
	var done []string
	if p.Here != nil {
		if !p.Here.Fresh(s.Doc) {
			d.h.apply(ctx, session.Effect{Alert: tr("The document changed since the preview; import again to see the new preview.")})
			return
		}
		d.h.apply(ctx, s.Apply(p.Here.Change()))
		done = append(done, tr("this document: %s", planSummary(*p.Here)))
	}
	more, err := p.ApplyElsewhere(d.h.repo(), now())
	done = append(done, more...)
	e2 := session.Effect{Status: tr("Imported %s: %s.", p.Name, strings.Join(done, "; "))}
	if err != nil {
		e2.Alert = err.Error()
	}
	d.h.apply(ctx, e2)
}

// Render is the preview.
func (d *importDialog) Render() app.UI {
	p := d.plan
	if p == nil {
		return app.Div()
	}
	items := []app.UI{}
	if p.Here != nil {
		items = append(items, planItems(tr("This document"), *p.Here)...)
	}
	for _, m := range p.Others {
		items = append(items, planItems(tr("“%s”", m.Doc.Title), m.Plan)...)
	}
	for _, bd := range p.Adds {
		items = append(items, app.Li().Text(trN(len(bd.Marks), "Add “%[2]s” to the library, with %[1]d annotated sentence.",
			"Add “%[2]s” to the library, with %[1]d annotated sentences.", len(bd.Marks), bd.Title)))
	}
	for _, sk := range p.Skipped {
		items = append(items, app.Li().Class("warn").Text(tr("“%s” is left as it is: its copy on this device cannot be read (%v).", sk.Title, sk.Err)))
	}
	if len(items) == 0 {
		items = append(items, app.Li().Text(tr("The file holds nothing to import.")))
	}
	return dialogBox("import", tr("Import %s (%s)", p.Name, tr(p.Kind.String())),
		app.P().Class("hint").Text(tr(formats.MergeRule)),
		app.Ul().Class("plan").Body(items...),
		app.Div().Class("editor-actions").Body(
			app.Button().Class("primary").DataSet("import-apply", "true").DataSet("autofocus", "true").OnClick(d.onApply).Text(tr("Import")),
			app.Button().DataSet("import-cancel", "true").OnClick(d.onCancel).Text(tr("Cancel")),
		),
	).Class("wide").DataSet("import-preview", "true")
}

// planItems describes one document's plan: counts, new tags, conflicts and
// annotations that could not be placed.
func planItems(what string, p formats.Plan) []app.UI {
	out := []app.UI{app.Li().DataSet("plan-summary", "true").Text(tr("%s: %s", what, planSummary(p)))}
	if len(p.UnknownTags) > 0 {
		var names []string
		for _, u := range p.UnknownTags {
			names = append(names, u.Name)
		}
		out = append(out, app.Li().Text(tr("New tags will be added to the tag set: %s.", uiLang.Join(names))))
	}
	shown := 0
	for _, e := range p.Entries {
		if e.Status != formats.Conflict || shown >= 10 {
			continue
		}
		shown++
		out = append(out, app.Li().Class("conflict").Text(tr("Sentence %d differs: kept both, result %s.", e.Sentence+1, describeMark(e.Result))))
	}
	for k, u := range p.Unplaced {
		if k >= 10 {
			out = append(out, app.Li().Text(trN(len(p.Unplaced)-k, "…and %d more that cannot be placed.", "…and %d more that cannot be placed.")))
			break
		}
		out = append(out, app.Li().Class("warn").Text(tr("Cannot be placed (%s): “%s”", u.Reason, clip(u.Annotation.Quote.Exact, 80))))
	}
	return out
}

// planSummary counts what a plan does to one document, as
// formats.Plan.Summary does, in the interface language.
func planSummary(p formats.Plan) string {
	s := uiLang.Join([]string{
		trN(p.Added, "%d added", "%d added"),
		trN(p.Updated, "%d updated", "%d updated"),
		trN(p.Conflicts, "1 conflict (both kept)", "%d conflicts (both kept)"),
		trN(p.Unchanged, "%d unchanged", "%d unchanged"),
	})
	if len(p.Unplaced) > 0 {
		s += tr("; %s", trN(len(p.Unplaced), "%d not placed", "%d not placed"))
	}
	if len(p.UnknownTags) > 0 {
		s += tr("; %s", trN(len(p.UnknownTags), "1 unknown tag", "%d unknown tags"))
	}
	return s
}

// describeMark is a short text for a mark.
func describeMark(m model.Mark) string {
	parts := []string{}
	if len(m.Tags) > 0 {
		parts = append(parts, tr("tags %s", uiLang.Join(m.Tags)))
	}
	if m.Note != "" {
		parts = append(parts, tr("note “%s”", clip(m.Note, 60)))
	}
	switch len(parts) {
	case 0:
		return tr("nothing")
	case 2:
		return tr("%s and %s", parts[0], parts[1])
	}
	return parts[0]
}
