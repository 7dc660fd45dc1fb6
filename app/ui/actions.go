package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
	"annotator/app/model"
)

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
	r.reveal(i)
	r.sel = span{}
	r.touched(i)
	r.showNote(ctx)
	r.announce = r.describe(i)
	r.scroll = i
}

// nextUntagged moves to the next sentence after the current one that has no tag.
func (r *Reader) nextUntagged(ctx app.Context) {
	n := len(r.doc.Sentences)
	for k := 1; k < n; k++ {
		i := (r.cur + k) % n
		if len(r.doc.Marks[i].Tags) == 0 {
			r.moveTo(ctx, i)
			return
		}
	}
	r.status = "Every sentence has a tag."
}

// describe is what the live region says about sentence i.
func (r *Reader) describe(i int) string {
	s := fmt.Sprintf("Sentence %d of %d", i+1, len(r.doc.Sentences))
	m := r.doc.Marks[i]
	if len(m.Tags) > 0 {
		names := make([]string, len(m.Tags))
		for k, id := range m.Tags {
			names[k] = markup.TagName(r.doc, id)
		}
		s += ", tagged " + strings.Join(names, ", ")
	}
	if len(m.Highlights) > 0 {
		s += fmt.Sprintf(", %d highlights", len(m.Highlights))
	}
	if m.Note != "" {
		s += ", has a note"
	}
	return s
}

// toggleTag toggles the n-th tag on the pending word selection when there
// is one, else on the whole current sentence.
func (r *Reader) toggleTag(n int) {
	if n < 0 || n >= len(r.doc.TagSet.Tags) || len(r.doc.Sentences) == 0 || r.refuseReadOnly() {
		return
	}
	r.commitNote()
	t := r.doc.TagSet.Tags[n]
	if !r.sel.empty() {
		sel := r.sel
		r.sel = span{}
		r.touched(r.cur)
		if changed, err := r.hist.ToggleHighlight(r.cur, sel.start, sel.end, t.ID); err != nil {
			r.status = "That selection cannot be highlighted: " + err.Error() + "."
		} else if changed {
			r.save()
			r.status = fmt.Sprintf("Highlight %s on “%s” toggled.", t.Name, r.doc.SentenceText(r.cur)[sel.start:sel.end])
		}
		return
	}
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

// selectWords grows (dir > 0) or shrinks (dir < 0) the keyboard word
// selection in the current sentence, starting from the first word.
func (r *Reader) selectWords(dir int) {
	text := r.doc.SentenceText(r.cur)
	words := wordCount(text)
	last := -1
	if !r.sel.empty() {
		last = wordCount(text[:r.sel.end]) - 1
	}
	last = max(-1, min(last+dir, words-1))
	r.sel = span{}
	if last >= 0 {
		r.sel = wordSpan(text, 0, last)
		r.status = "Selected “" + text[r.sel.start:r.sel.end] + "”: press a tag key to highlight it, Escape to cancel."
	}
	r.touched(r.cur)
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

// step runs undo or redo and moves to the first sentence it changed.
func (r *Reader) step(ctx app.Context, f func() (model.Change, bool), done, none string) {
	if r.refuseReadOnly() {
		return
	}
	r.commitNote()
	c, ok := f()
	if !ok {
		r.status = none
		return
	}
	r.applied(c)
	r.save()
	r.status = done + "."
	if c.TagSet != nil {
		r.status = done + ": tag set change."
	}
	if len(c.Marks) > 0 {
		i := c.Marks[0].Sentence
		r.touched(r.cur)
		r.cur = i
		r.reveal(i)
		r.status = fmt.Sprintf("%s: sentence %d.", done, i+1)
		r.scroll = i
	}
	r.showNote(ctx)
}

// applied marks for re-rendering whatever a change touched.
func (r *Reader) applied(c model.Change) {
	if c.TagSet != nil {
		r.tagKeys = r.doc.TagSet.Keys()
		r.rerenderAll()
		r.renderNow = true // the tag bar's names and colours
		return
	}
	for _, e := range c.Marks {
		r.touched(e.Sentence)
	}
}

// commitNote turns the draft into an undoable note edit and saves it.
func (r *Reader) commitNote() {
	if !r.noteDirty {
		return
	}
	r.noteDirty = false
	if r.readOnly {
		return
	}
	if changed, _ := r.hist.SetNote(r.cur, r.draft); changed {
		r.touched(r.cur)
		r.save()
		r.status = "Note saved."
	}
}
