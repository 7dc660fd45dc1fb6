package ui

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/formats"
	"annotator/app/library"
	"annotator/app/markup"
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
	// The note being typed is committed first, so that the preview merges
	// with it (MergeRule keeps both notes) and no text is lost.
	r.apply(ctx, r.s.CommitNote())
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
			var p *library.ImportPlan
			withImportProgress(name, len(data), func() { p, err = library.PlanImport(r.repo(), r.s.Doc, name, data) })
			if err != nil {
				r.msg.alert, r.msg.importFail = refusedImport(name, err)
				return
			}
			r.dialogs.push(ctx, "import", &importDialog{h: r, plan: p})
		})
	})
}

// importFailure is a refused import as the alert bar shows it: the alert
// (a plain sentence) and the details (where in the file, and what is
// wrong there), shown under a collapsed Details while that alert is.
type importFailure struct{ alert, details string }

// alertDetails is what the alert bar shows under Details: the place in
// the file of the refused import whose alert it shows, else "".
func (r *Reader) alertDetails() string {
	if f := r.msg.importFail; f.alert != "" && f.alert == r.msg.alert {
		return f.details
	}
	return ""
}

// refusedImport says why the file name was not imported in words a teacher
// can act on: what the file was read as, which part is not as expected
// (annotation n, document n, a CSV line), what is wrong and what to do.
// A JSON path such as $.first.items[3].modified goes only into the
// details.
func refusedImport(name string, err error) (string, importFailure) {
	var many *library.TooManyTagsError
	if errors.As(err, &many) {
		msg := tr("%s was not imported, and nothing was changed: %v", name, trN(many.New,
			"it names %[1]d tag that “%[2]s” does not have, and a tag set holds at most %[3]d tags (it has %[4]d): remove tags from the file, or import it into a document with fewer tags",
			"it names %[1]d tags that “%[2]s” does not have, and a tag set holds at most %[3]d tags (it has %[4]d): remove tags from the file, or import it into a document with fewer tags",
			many.New, many.Title, model.MaxTags, many.Has))
		return msg, importFailure{}
	}
	var ie *library.ImportError
	var fe *formats.Error
	if !errors.As(err, &ie) || !errors.As(err, &fe) {
		msg := tr("%s was not imported, and nothing was changed: %v", name, err)
		return msg, importFailure{}
	}
	kind := tr(ie.Kind.String())
	if fe.Place == "" {
		msg := tr("%[1]s was not imported, and nothing was changed. It was read as %[2]s: %[3]s.", name, kind, fe.Problem)
		return msg, importFailure{}
	}
	msg := tr("%[1]s was not imported, and nothing was changed. It was read as %[2]s, but %[3]s is not as expected: %[4]s. Export it again from the program that made it (or correct that part), then import it again.",
		name, kind, placeInWords(fe.Place), fe.Problem)
	return msg, importFailure{alert: msg, details: fe.Error()}
}

// jsonIndex finds the list items of a JSON path: "name[3]".
var jsonIndex = regexp.MustCompile(`([A-Za-z@]+)?\[(\d+)\]`)

// placeInWords names a place of an import error for people: a CSV place
// ("line 4, field tags") as it is; a JSON path by the annotation or
// document it is in ("annotation 4", "document 2, annotation 3"), counted
// from 1; else "one part of it".
func placeInWords(place string) string {
	if !strings.HasPrefix(place, "$") {
		return place
	}
	var parts []string
	for _, m := range jsonIndex.FindAllStringSubmatch(place, -1) {
		n, err := strconv.Atoi(m[2])
		if err != nil {
			continue
		}
		switch m[1] {
		case "documents":
			parts = append(parts, tr("document %d", n+1))
		case "", "items", "annotations", "rows", "marks":
			parts = append(parts, tr("annotation %d", n+1))
		}
	}
	if len(parts) == 0 {
		return tr("one part of it")
	}
	return strings.Join(parts, ", ")
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
	// Nothing is written when a document changed since the preview (in
	// another tab): a stale preview must never revert that work.
	changed, err := p.Changed(d.h.repo())
	if err != nil {
		d.h.apply(ctx, session.Effect{Alert: tr("%s was not imported, and nothing was changed: %v", p.Name, err)})
		return
	}
	if p.Here != nil && !p.Here.Fresh(s.Doc) {
		changed = append([]string{s.Doc.Title}, changed...)
	}
	if len(changed) > 0 {
		var titles []string
		for _, t := range changed {
			titles = append(titles, tr("“%s”", t))
		}
		msg := tr("%s changed in another tab since this preview, so nothing was imported. Open the file again to see the new preview.", titles[0])
		if len(titles) > 1 {
			msg = tr("These documents changed in another tab since this preview, so nothing was imported: %s. Open the file again to see the new preview.", uiLang.Join(titles))
		}
		d.h.apply(ctx, session.Effect{Alert: msg})
		return
	}
	var done []string
	if p.Here != nil {
		d.h.apply(ctx, s.Apply(p.Here.Change()))
		// The note editor shows the imported note: a key typed next
		// edits it, and never writes the old draft over it. It is set
		// here and now: this dialog is closed, so a deferred call on its
		// context would never run.
		s.ShowNote()
		setNoteValue(s.Draft())
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
// annotations that could not be placed. Tags are named as the reader sees
// them, with their colours, never by their ids.
func planItems(what string, p formats.Plan) []app.UI {
	out := []app.UI{app.Li().DataSet("plan-summary", "true").Text(tr("%s: %s", what, planSummary(p)))}
	if len(p.UnknownTags) > 0 {
		chips := []app.UI{app.Text(tr("New tags will be added to the tag set:") + " ")}
		for _, u := range p.UnknownTags {
			id, _ := formats.MatchTag(p.TagSetAfter, formats.TagRef{ID: u.ID, Name: u.Name})
			t, _ := p.TagSetAfter.Find(id)
			chips = append(chips, tagChip(u.Name, t.Color), app.Text(" "))
		}
		out = append(out, app.Li().DataSet("plan-new-tags", "true").Body(chips...))
	}
	shown := 0
	for _, e := range p.Entries {
		if e.Status != formats.Conflict || shown >= 10 {
			continue
		}
		shown++
		out = append(out, app.Li().Class("conflict").Text(tr("Sentence %d differs: kept both, result %s.", e.Sentence+1, describeMark(p.TagSetAfter, e.Result))))
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

// tagChip is a tag's name after a square of its colour (grey when it has
// none yet).
func tagChip(name, color string) app.UI {
	if color == "" {
		color = "#999999"
	}
	return app.Span().Class("plan-tag").DataSet("plan-tag", name).
		Style("border-left", "0.9em solid "+markup.SafeColor(color)).Style("padding-inline-start", "0.3em").Text(name)
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

// describeMark is a short text for a mark, naming its tags as ts does.
func describeMark(ts model.TagSet, m model.Mark) string {
	parts := []string{}
	if len(m.Tags) > 0 {
		names := make([]string, len(m.Tags))
		for i, id := range m.Tags {
			names[i] = id
			if t, ok := ts.Find(id); ok {
				names[i] = t.Name
			}
		}
		parts = append(parts, tr("tags %s", uiLang.Join(names)))
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
