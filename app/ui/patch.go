package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// settleAfter is how long keys must pause before go-app renders what they
// changed (the progress chart and the annotation list, and its own copy of
// what reflect already showed): holding j through a book renders once.
const settleAfter = 200 * time.Millisecond

// reflect shows, in the parts of the page go-app owns, what a key changed:
// each tag button's pressed state and the current sentence's heading, tag
// line, note, status and announcement. It sets attributes and the values
// of the text nodes go-app created, never replacing a node, so that
// go-app's own update, which renders the same values, finds the page as it
// expects.
func (r *Reader) reflect() {
	if !r.Mounted() || r.s.Len() == 0 {
		return
	}
	doc := app.Window().Get("document")
	m := r.s.Mark()
	if bar := doc.Call("getElementById", "tagbar"); !bar.IsNull() {
		btns := bar.Get("children")
		for k := 0; k < btns.Length(); k++ {
			b := btns.Index(k)
			b.Call("setAttribute", "aria-pressed", strconv.FormatBool(m.Has(b.Call("getAttribute", "data-tag").String())))
		}
	}
	setText(doc, "cur-title", r.s.Title())
	setText(doc, "cur-tags", r.s.TagLine())
	setText(doc, "status", r.msg.status)
	setText(doc, "announce", r.msg.announce)
	setNoteValue(r.s.Draft())
}

// setText sets the value of the text node that is the first child of the
// element with the given id, when there is one. (Elements are found by id:
// a selector query would walk the whole page, a book's 20,000 sentences
// included.)
func setText(doc app.Value, id, s string) {
	el := doc.Call("getElementById", id)
	if el.IsNull() || el.IsUndefined() {
		return
	}
	t := el.Get("firstChild")
	if t.IsNull() || t.Get("nodeType").Int() != 3 {
		return
	}
	if t.Get("nodeValue").String() != s {
		t.Set("nodeValue", s)
	}
}

// settle asks go-app to render once keys have paused for settleAfter.
func (r *Reader) settle(ctx app.Context) {
	r.keys.seq++
	seq := r.keys.seq
	ctx.After(settleAfter, func(ctx app.Context) {
		if seq != r.keys.seq {
			ctx.PreventUpdate() // a later key renders
		}
	})
}
