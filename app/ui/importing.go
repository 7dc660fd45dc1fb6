package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/formats"
	"annotator/app/model"
	"annotator/app/store"
)

// maxImportBytes caps what an import reads (a whole-library backup).
const maxImportBytes = 64 << 20

// importPlan is an import checked and waiting for the reader's go-ahead:
// nothing is written before Import is pressed.
type importPlan struct {
	name   string
	kind   formats.Kind
	here   *formats.Plan            // into the open document
	others []otherMerge             // into other documents of the library
	adds   []formats.BackupDocument // documents new to this device
}

// otherMerge is a merge into a stored document that is not open.
type otherMerge struct {
	doc  *model.Document
	plan formats.Plan
}

// isImportFile tells import files (exports of this app or W3C) from texts to open.
func isImportFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".json") || strings.HasSuffix(n, ".jsonld") || strings.HasSuffix(n, ".csv")
}

// onImportFile reads the file chosen in the import picker.
func (r *Reader) onImportFile(ctx app.Context, e app.Event) {
	input := e.Get("currentTarget")
	files := input.Get("files")
	if files.Length() > 0 {
		r.readImport(ctx, files.Index(0))
		if files.Length() > 1 {
			r.status = "Only the first file is imported; import the others one at a time."
		}
	}
	input.Set("value", "")
}

// readImport reads one file and prepares its preview.
func (r *Reader) readImport(ctx app.Context, f app.Value) {
	r.flushSave() // the records an import reads must hold the last key's change
	name := f.Get("name").String()
	if size := f.Get("size").Int(); size > maxImportBytes {
		r.alert = fmt.Sprintf("%s is %s: imports are limited to %d MB. Nothing was changed.", name, sizeText(size), maxImportBytes>>20)
		return
	}
	readBytes(f, func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				r.alert = "Could not read " + name + ": " + err.Error()
				return
			}
			p, err := r.planImport(name, data)
			if err != nil {
				r.alert = name + " was not imported, and nothing was changed: " + err.Error()
				return
			}
			rememberOpener()
			r.pending = p
			ctx.Defer(func(app.Context) { focus("[data-import-apply]") })
		})
	})
}

// planImport decodes an import and works out what it would change.
func (r *Reader) planImport(name string, data []byte) (*importPlan, error) {
	p := &importPlan{name: name, kind: formats.Detect(data)}
	if p.kind != formats.KindBackup {
		_, anns, err := formats.ReadAnnotations(data, r.doc.ID)
		if err != nil {
			return nil, err
		}
		plan := planFor(r.doc, anns)
		p.here = &plan
		return p, nil
	}
	b, err := formats.DecodeBackup(data)
	if err != nil {
		return nil, err
	}
	for _, bd := range b.Documents {
		switch d := r.localDoc(bd.ID); {
		case bd.ID == r.doc.ID:
			plan := planFor(r.doc, bd.Annotations())
			p.here = &plan
		case d != nil:
			p.others = append(p.others, otherMerge{doc: d, plan: planFor(d, bd.Annotations())})
		default:
			p.adds = append(p.adds, bd)
		}
	}
	return p, nil
}

// planFor resolves annotations on d, adding the tags d's set lacks.
func planFor(d *model.Document, anns []formats.Annotation) formats.Plan {
	res := formats.Resolve(d, d.TagSet, anns)
	if len(res.UnknownTags) > 0 {
		unknown := res.UnknownTags
		res = formats.Resolve(d, formats.ExtendTagSet(d.TagSet, unknown), anns)
		res.UnknownTags = unknown
	}
	return formats.NewPlan(d, res)
}

// localDoc loads a document of this device with its annotations, or nil.
func (r *Reader) localDoc(id string) *model.Document {
	d, ok := shippedDoc(id)
	if !ok {
		t, err := r.repo.LoadText(id)
		if err != nil || t == nil {
			return nil
		}
		d = model.New(t.Title, t.Text)
		d.ID = id
	}
	if rec, err := r.repo.Load(id); err != nil {
		return nil // unreadable: leave it alone
	} else if rec != nil {
		rec.ApplyTo(d)
	}
	return d
}

// onImportApply writes the previewed import: one undoable step for the open
// document; other documents are merged or added. Nothing is ever deleted.
func (r *Reader) onImportApply(ctx app.Context, e app.Event) {
	p := r.pending
	r.pending = nil
	returnFocus(ctx, "[data-import]")
	if p == nil || r.refuseReadOnly() {
		return
	}
	var done []string
	if p.here != nil {
		if !p.here.Fresh(r.doc) {
			r.alert = "The document changed since the preview; import again to see the new preview."
			return
		}
		c := p.here.Change()
		if len(c.Marks) > 0 || c.TagSet != nil {
			r.hist.Apply(c)
			r.applied(c)
			r.save()
		}
		done = append(done, fmt.Sprintf("this document: %s", p.here.Summary()))
	}
	for _, m := range p.others {
		for _, ed := range m.plan.Edits() {
			m.doc.Marks[ed.Sentence] = ed.After
		}
		m.doc.TagSet = m.plan.TagSetAfter
		rec, _ := r.repo.Load(m.doc.ID)
		var orphans []store.StoredMark
		if rec != nil {
			orphans = rec.Orphans
		}
		if err := r.repo.Save(store.FromDocument(m.doc, orphans, now())); err != nil {
			r.alert = "Could not save “" + m.doc.Title + "”: " + err.Error()
			return
		}
		done = append(done, fmt.Sprintf("“%s”: %s", m.doc.Title, m.plan.Summary()))
	}
	for _, bd := range p.adds {
		d, _ := bd.Document()
		t := store.StoredText{ID: bd.ID, Title: bd.Title, Text: bd.Text, Sentences: len(d.Sentences), Added: now(), From: p.name}
		if _, shipped := shippedDoc(bd.ID); !shipped {
			if err := r.repo.SaveText(t); err != nil {
				r.alert = "Could not add “" + bd.Title + "”: " + err.Error()
				return
			}
		}
		if err := r.repo.Save(bd.Record()); err != nil {
			r.alert = "Could not save the annotations of “" + bd.Title + "”: " + err.Error()
			return
		}
		done = append(done, fmt.Sprintf("added “%s”", bd.Title))
	}
	r.status = "Imported " + p.name + ": " + strings.Join(done, "; ") + "."
}

// onImportCancel drops the previewed import.
func (r *Reader) onImportCancel(ctx app.Context, e app.Event) {
	r.pending = nil
	returnFocus(ctx, "[data-import]")
	r.status = "Import cancelled: nothing was changed."
}

// renderImport is the preview dialog.
func (r *Reader) renderImport() app.UI {
	p := r.pending
	items := []app.UI{}
	if p.here != nil {
		items = append(items, planItems("This document", *p.here)...)
	}
	for _, m := range p.others {
		items = append(items, planItems("“"+m.doc.Title+"”", m.plan)...)
	}
	for _, bd := range p.adds {
		items = append(items, app.Li().Text(fmt.Sprintf("Add “%s” to the library, with %d annotated sentences.", bd.Title, len(bd.Marks))))
	}
	if len(items) == 0 {
		items = append(items, app.Li().Text("The file holds nothing to import."))
	}
	return app.Div().Class("overlay").Body(
		app.Div().Class("dialog", "wide").Attr("role", "dialog").Aria("modal", "true").
			Aria("labelledby", "import-title").DataSet("import-preview", "true").Body(
			app.H2().ID("import-title").Text("Import "+p.name+" ("+p.kind.String()+")"),
			app.P().Class("hint").Text(formats.MergeRule),
			app.Ul().Class("plan").Body(items...),
			app.Div().Class("editor-actions").Body(
				app.Button().Class("primary").DataSet("import-apply", "true").OnClick(r.onImportApply).Text("Import"),
				app.Button().DataSet("import-cancel", "true").OnClick(r.onImportCancel).Text("Cancel"),
			),
		),
	)
}

// planItems describes one document's plan: counts, new tags, conflicts and
// annotations that could not be placed.
func planItems(what string, p formats.Plan) []app.UI {
	out := []app.UI{app.Li().DataSet("plan-summary", "true").Text(what + ": " + p.Summary())}
	if len(p.UnknownTags) > 0 {
		var names []string
		for _, u := range p.UnknownTags {
			names = append(names, u.Name)
		}
		out = append(out, app.Li().Text("New tags will be added to the tag set: "+strings.Join(names, ", ")+"."))
	}
	shown := 0
	for _, e := range p.Entries {
		if e.Status != formats.Conflict || shown >= 10 {
			continue
		}
		shown++
		out = append(out, app.Li().Class("conflict").Text(fmt.Sprintf("Sentence %d differs: kept both, result %s.", e.Sentence+1, describeMark(e.Result))))
	}
	for k, u := range p.Unplaced {
		if k >= 10 {
			out = append(out, app.Li().Text(fmt.Sprintf("…and %d more that cannot be placed.", len(p.Unplaced)-k)))
			break
		}
		out = append(out, app.Li().Class("warn").Text(fmt.Sprintf("Cannot be placed (%s): “%s”", u.Reason, clip(u.Annotation.Quote.Exact, 80))))
	}
	return out
}

// describeMark is a short text for a mark.
func describeMark(m model.Mark) string {
	parts := []string{}
	if len(m.Tags) > 0 {
		parts = append(parts, "tags "+strings.Join(m.Tags, ", "))
	}
	if m.Note != "" {
		parts = append(parts, "note “"+clip(m.Note, 60)+"”")
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, " and ")
}
