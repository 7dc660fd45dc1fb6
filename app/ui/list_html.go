package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
	"annotator/app/model"
)

// The annotation list is not part of go-app's tree: summary renders an
// empty ul[data-annotation-list], and after each render of the summary the
// list's entries are written into it as escaped HTML, one string per entry
// (listEntryHTML), and compared with what the list shows: only entries
// that appeared, went or changed touch the page (planList), so a toggle
// after which go-app renders the summary costs one entry, not a diff of
// the 200 entries the list may hold. app.Raw is not used, and nothing here
// is unescaped: every text and attribute value goes through htmlw.text.

// listEntry is one entry of the annotation list: its sentence, its HTML
// and the mark it was written from (a copy, so that a later change of the
// sentence's mark shows as a difference).
type listEntry struct {
	i    int
	html string
	mark model.Mark
}

// cloneMark copies a mark, its slices too.
func cloneMark(m model.Mark) model.Mark {
	return model.Mark{Tags: slices.Clone(m.Tags), Note: m.Note, Highlights: slices.Clone(m.Highlights)}
}

// listEntryHTML writes the entry of sentence i of doc, whose mark is m: a
// button that jumps to the sentence (data-jump), with the sentence number,
// its tags and highlights, the start of its text and of its note.
func listEntryHTML(w *htmlw, doc *model.Document, i int, m model.Mark) {
	text := doc.SentenceText(i)
	w.WriteString(`<li>`)
	w.open("button", "class", "li", "data-jump", strconv.Itoa(i))
	w.elem("span", tr("Sentence %d", i+1), "class", "li-head")
	w.open("span", "class", "li-tags")
	n := 0
	sep := func() {
		if n > 0 {
			w.WriteString(" · ")
		}
		n++
	}
	for _, id := range m.Tags {
		sep()
		w.text(markup.TagName(doc, id))
	}
	for _, h := range m.Highlights {
		sep()
		quote := ""
		if h.Start >= 0 && h.End <= len(text) && h.Start <= h.End {
			quote = text[h.Start:h.End]
		}
		w.text("“" + clip(quote, 30) + "” " + markup.TagName(doc, h.Tag))
	}
	w.close("span")
	w.elem("span", clip(text, 120), "class", "li-text", "dir", "auto")
	if m.Note != "" {
		w.elem("span", tr("Note: %s", clip(m.Note, 120)), "class", "li-note")
	}
	w.WriteString(`</button></li>`)
}

// listOpKind is what one step of a list patch does.
type listOpKind int

const (
	// opInsert inserts HTML (one or more entries) before the child at pos,
	// or at the end when pos is the number of children.
	opInsert listOpKind = iota
	// opReplace replaces the child at pos by HTML (one entry).
	opReplace
	// opRemove removes the child at pos.
	opRemove
	// opReset replaces all children by HTML.
	opReset
)

// listOp is one step of a list patch; pos counts children after the steps
// before it.
type listOp struct {
	kind listOpKind
	pos  int
	html string
}

// planList returns the steps that turn a list showing old into one showing
// next (both in sentence order): entries only in next are inserted (runs
// of them in one step), entries only in old removed, entries whose HTML
// differs replaced, and the rest left alone. When most entries change, the
// plan is one reset.
func planList(old, next []listEntry) []listOp {
	var ops []listOp
	changed := 0
	var run strings.Builder
	runLen := 0
	pos, a, b := 0, 0, 0
	flush := func() { // writes the run of inserts waiting before the child at pos
		if runLen > 0 {
			ops = append(ops, listOp{kind: opInsert, pos: pos, html: run.String()})
			pos += runLen
			run.Reset()
			runLen = 0
		}
	}
	for a < len(old) || b < len(next) {
		switch {
		case b == len(next) || (a < len(old) && old[a].i < next[b].i):
			flush()
			ops = append(ops, listOp{kind: opRemove, pos: pos})
			a++
			changed++
		case a == len(old) || next[b].i < old[a].i:
			run.WriteString(next[b].html)
			runLen++
			b++
			changed++
		default:
			flush()
			if old[a].html != next[b].html {
				ops = append(ops, listOp{kind: opReplace, pos: pos, html: next[b].html})
				changed++
			}
			pos++
			a++
			b++
		}
	}
	flush()
	if changed > 8 && 2*changed > max(len(old), len(next)) {
		var all strings.Builder
		for _, e := range next {
			all.WriteString(e.html)
		}
		return []listOp{{kind: opReset, html: all.String()}}
	}
	return ops
}

// applyList runs the steps of a plan on the list element ul.
func applyList(ul app.Value, ops []listOp) {
	kids := ul.Get("children")
	for _, op := range ops {
		switch op.kind {
		case opReset:
			ul.Set("innerHTML", op.html)
		case opInsert:
			if op.pos < kids.Length() {
				kids.Call("item", op.pos).Call("insertAdjacentHTML", "beforebegin", op.html)
			} else {
				ul.Call("insertAdjacentHTML", "beforeend", op.html)
			}
		case opReplace:
			kids.Call("item", op.pos).Set("outerHTML", op.html)
		case opRemove:
			kids.Call("item", op.pos).Call("remove")
		}
	}
}
