// Package ui holds the go-app components: the only package that imports go-app.
package ui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/model"
	"annotator/app/store"
	"annotator/seeds"
)

// RegisterRoutes registers every page; the browser build and the server
// (which prerenders pages) must call it alike.
func RegisterRoutes() {
	app.Route("/", func() app.Composer { return &Reader{} })
}

// Reader shows one document and lets the reader tag sentences and write notes.
type Reader struct {
	app.Compo

	doc     *model.Document
	hist    *model.History
	repo    store.Repo
	orphans []store.StoredMark
	chunks  [][2]int
	revs    []int
	cur     int

	ready    bool
	readOnly bool
	showHelp bool
	alert    string
	status   string
	announce string

	noteSeq   int
	noteDirty bool
	draft     string

	unlisten func()
}

// OnInit opens the default article; it runs on the server too, so the
// prerendered page already shows the text.
func (r *Reader) OnInit() {
	a := seeds.Default()
	r.open(model.New(a.Title, a.Text))
}

// open makes d the current document.
func (r *Reader) open(d *model.Document) {
	r.doc = d
	r.hist = model.NewHistory(d)
	r.chunks = chunkBounds(d)
	r.revs = make([]int, len(r.chunks))
	r.cur = 0
}

// OnMount loads stored annotations and starts listening to the keyboard.
func (r *Reader) OnMount(ctx app.Context) {
	r.repo = store.Repo{KV: localStorage{}}
	r.load()
	r.ready = true
	r.listenKeys(ctx)
	for k := range r.revs {
		r.revs[k]++ // stored marks may have changed any chunk
	}
	r.showNote(ctx)
	ctx.Update()
}

// showNote puts the current sentence's note into the editor. The editor's
// value is set directly: go-app drops empty attribute values, so rendering
// an empty value would leave the previous sentence's note on screen.
func (r *Reader) showNote(ctx app.Context) {
	if len(r.doc.Marks) == 0 {
		return
	}
	r.draft = r.doc.Marks[r.cur].Note
	r.noteDirty = false
	note := r.draft
	ctx.Defer(func(app.Context) {
		el := app.Window().Get("document").Call("querySelector", "textarea[data-note-editor]")
		if !el.IsNull() && el.Get("value").String() != note {
			el.Set("value", note)
		}
	})
}

// OnDismount releases the window listener.
func (r *Reader) OnDismount() {
	if r.unlisten != nil {
		r.unlisten()
	}
}

// load applies the stored record of the current document, if any.
func (r *Reader) load() {
	rec, err := r.repo.Load(r.doc.ID)
	if err != nil {
		r.readOnly = true
		r.alert = fmt.Sprintf("Your saved annotations for this document could not be read (%v). "+
			"They are left untouched, and this tab will not save changes over them.", err)
		return
	}
	if rec == nil {
		return
	}
	r.orphans = rec.ApplyTo(r.doc)
	if len(r.orphans) > 0 {
		r.status = fmt.Sprintf("%d saved annotations no longer match a sentence; they are kept.", len(r.orphans))
	}
}

// save writes the document's annotations; on failure the in-memory state
// stays and an alert says what happened.
func (r *Reader) save() {
	if r.readOnly {
		return
	}
	if err := r.repo.Save(store.FromDocument(r.doc, r.orphans, now())); err != nil {
		r.alert = "Your last change could not be saved in this browser (" + err.Error() +
			"). It is kept in this tab: free some space or keep the tab open; the next change retries."
		return
	}
	r.alert = ""
}

// touched marks sentence i's chunk for re-rendering.
func (r *Reader) touched(i int) {
	k := sort.Search(len(r.chunks), func(k int) bool { return r.chunks[k][1] > i })
	if k < len(r.revs) {
		r.revs[k]++
	}
}

// moveTo makes sentence i current.
func (r *Reader) moveTo(ctx app.Context, i int) {
	if len(r.doc.Sentences) == 0 {
		return
	}
	i = max(0, min(i, len(r.doc.Sentences)-1))
	if i == r.cur {
		return
	}
	r.commitNote()
	r.touched(r.cur)
	r.cur = i
	r.touched(i)
	r.showNote(ctx)
	r.announce = r.describe(i)
	ctx.Defer(func(app.Context) { scrollToSentence(i) })
}

// describe is what the live region says about sentence i.
func (r *Reader) describe(i int) string {
	s := fmt.Sprintf("Sentence %d of %d", i+1, len(r.doc.Sentences))
	m := r.doc.Marks[i]
	if len(m.Tags) > 0 {
		names := make([]string, len(m.Tags))
		for k, id := range m.Tags {
			names[k] = r.tagName(id)
		}
		s += ", tagged " + strings.Join(names, ", ")
	}
	if m.Note != "" {
		s += ", has a note"
	}
	return s
}

// tagName returns the display name of a tag id.
func (r *Reader) tagName(id string) string {
	if t, ok := r.doc.TagSet.Find(id); ok {
		return t.Name
	}
	return id
}

// toggleTag toggles the n-th tag on the current sentence.
func (r *Reader) toggleTag(n int) {
	if n < 0 || n >= len(r.doc.TagSet.Tags) || len(r.doc.Sentences) == 0 {
		return
	}
	if r.refuseReadOnly() {
		return
	}
	r.commitNote()
	t := r.doc.TagSet.Tags[n]
	if changed, _ := r.hist.ToggleTag(r.cur, t.ID); changed {
		r.touched(r.cur)
		r.save()
		verb := "removed from"
		if r.doc.Marks[r.cur].Has(t.ID) {
			verb = "added to"
		}
		r.status = fmt.Sprintf("%s %s sentence %d.", t.Name, verb, r.cur+1)
		r.announce = r.describe(r.cur)
	}
}

// refuseReadOnly tells the reader that changes are off, and reports whether they are.
func (r *Reader) refuseReadOnly() bool {
	if r.readOnly {
		r.status = "This document is read-only in this tab: its saved data could not be read."
	}
	return r.readOnly
}

// undo and redo revert or reapply the last change.
func (r *Reader) undo(ctx app.Context) { r.step(ctx, r.hist.Undo, "Undone", "Nothing to undo.") }
func (r *Reader) redo(ctx app.Context) { r.step(ctx, r.hist.Redo, "Redone", "Nothing to redo.") }

// step runs undo or redo and moves to the sentence it changed.
func (r *Reader) step(ctx app.Context, f func() int, done, none string) {
	if r.refuseReadOnly() {
		return
	}
	r.commitNote()
	i := f()
	if i < 0 {
		r.status = none
		return
	}
	r.touched(i)
	r.touched(r.cur)
	r.cur = i
	r.showNote(ctx)
	r.save()
	r.status = fmt.Sprintf("%s: sentence %d.", done, i+1)
	ctx.Defer(func(app.Context) { scrollToSentence(i) })
}
