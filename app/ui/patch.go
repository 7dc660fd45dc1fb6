package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/model"
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
// expects. It writes only what differs from what it last wrote (see
// shownState): a cursor move touches the heading and the announcement,
// not the tag bar.
func (r *Reader) reflect() {
	if !r.Mounted() || r.s.Len() == 0 {
		return
	}
	sh := &r.keys.shown
	var doc app.Value
	document := func() app.Value {
		if doc == nil {
			doc = app.Window().Get("document")
		}
		return doc
	}
	m := r.s.Mark()
	if !sh.valid {
		sh.read(document(), m)
	} else if sh.pressedChanged(m) {
		if bar := document().Call("getElementById", "tagbar"); !bar.IsNull() {
			btns := bar.Get("children")
			for k, id := range sh.ids {
				if on := m.Has(id); on != sh.pressed[k] && k < btns.Length() {
					sh.pressed[k] = on
					btns.Index(k).Call("setAttribute", "aria-pressed", strconv.FormatBool(on))
				}
			}
		}
	}
	for _, f := range []struct {
		id   string
		was  *string
		want string
	}{
		{"cur-title", &sh.title, r.s.Title()},
		{"cur-tags", &sh.tags, r.s.TagLine()},
		{"status", &sh.status, r.msg.status},
		{"announce", &sh.announce, r.msg.announce},
	} {
		if !sh.valid || *f.was != f.want {
			setText(document(), f.id, f.want)
			*f.was = f.want
		}
	}
	if d := r.s.Draft(); !sh.valid || sh.note != d {
		setNoteValue(d)
		sh.note = d
	}
	sh.valid = true
}

// shownState is what reflect last wrote into the page, so that it writes
// only what changed: each write is a syscall/js crossing and, for the
// browser, a style or layout invalidation. Every render of the Reader
// makes it invalid (go-app may have written its own copy meanwhile), and
// reflect then reads the tag bar and writes everything.
type shownState struct {
	valid                               bool
	ids                                 []string // the tag bar's buttons' tags, in order
	pressed                             []bool   // their aria-pressed
	title, tags, status, announce, note string
}

// read sets every tag button's pressed state for mark m from the page's
// tag bar, and remembers them.
func (sh *shownState) read(doc app.Value, m model.Mark) {
	sh.ids, sh.pressed = sh.ids[:0], sh.pressed[:0]
	bar := doc.Call("getElementById", "tagbar")
	if bar.IsNull() {
		return
	}
	btns := bar.Get("children")
	for k := 0; k < btns.Length(); k++ {
		b := btns.Index(k)
		id := b.Call("getAttribute", "data-tag").String()
		on := m.Has(id)
		b.Call("setAttribute", "aria-pressed", strconv.FormatBool(on))
		sh.ids, sh.pressed = append(sh.ids, id), append(sh.pressed, on)
	}
}

// pressedChanged reports whether some button's pressed state differs
// from what mark m needs.
func (sh *shownState) pressedChanged(m model.Mark) bool {
	for k, id := range sh.ids {
		if m.Has(id) != sh.pressed[k] {
			return true
		}
	}
	return false
}

// rendered notes that go-app rendered the Reader: reflect writes
// everything again.
func (sh *shownState) rendered() { sh.valid = false }

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

// marker shows on sentence i whether it is the current one (cur), as
// markup writes it (aria-current and the cur class), without rebuilding
// it: what a cursor move changes on a sentence that changed in nothing
// else (session.Effect.Moved). A sentence whose chunk is not in the page
// yet gets it when the chunk is built.
func (p *paper) marker(i, cur int) {
	s := p.sentence(i)
	if s.IsNull() || s.IsUndefined() {
		return
	}
	if i == cur {
		s.Call("setAttribute", "aria-current", "true")
		s.Get("classList").Call("add", "cur")
	} else {
		s.Call("removeAttribute", "aria-current")
		s.Get("classList").Call("remove", "cur")
	}
}
