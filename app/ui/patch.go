package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/model"
)

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
	if !sh.barValid {
		sh.read(document(), m)
	} else {
		for k, id := range sh.ids {
			if on := m.Has(id); on != sh.pressed[k] {
				sh.pressed[k] = on
				dom().Call("pressed", k, on)
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
			dom().Call("text", f.id, f.want)
			*f.was = f.want
		}
	}
	if d := r.s.Draft(); !sh.valid || sh.note != d || r.keys.noteShown {
		setNoteValue(d)
		sh.note = d
	}
	r.keys.noteShown = false
	sh.valid, sh.barValid = true, true
}

// shownState is what reflect last wrote into the page, so that it writes
// only what changed: each write is a syscall/js crossing and, for the
// browser, a style or layout invalidation. go-app renders the nodes
// reflect owns with constant values (the tag buttons unpressed, the
// texts empty: Reader.owned), so that it never writes them again after
// mounting them. Every render of the Reader still makes the texts
// invalid (go-app may have made new elements), and reflect then writes
// each text that differs from the page's; a render of the tag bar makes
// the buttons invalid, and reflect reads them again.
type shownState struct {
	valid, barValid                     bool
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

// rendered notes that go-app rendered the Reader: reflect writes every
// text again where it differs from the page's.
func (sh *shownState) rendered() { sh.valid = false }

// barRendered notes that go-app rendered the tag bar: reflect reads its
// buttons again.
func (sh *shownState) barRendered() { sh.barValid = false }

// settle asks go-app to render once keys have paused for settleAfter.
func (r *Reader) settle() { r.keys.frames.settleLater() }

// marker shows on sentence i whether it is the current one (cur), as
// markup writes it (aria-current and the cur class), without rebuilding
// it: what a cursor move changes on a sentence that changed in nothing
// else (session.Effect.Moved). A sentence whose chunk is not in the page
// yet gets it when the chunk is built.
func (p *paper) marker(i, cur int) {
	if k, ok := p.builtChunk(i); ok {
		dom().Call("marker", p.el, k, i, i == cur)
	}
}

// renderedState is what a render of the Reader showed of the state that a
// quick key (session.Effect.Quick) may change beyond what reflect and the
// summary show: whether changes wait to be saved, whether the document was
// deleted in another tab, and the storage meter's turn (meterClock).
type renderedState struct {
	unsaved, deleted bool
	meter            int
}

// renderedNow is the renderedState a render would show now.
func (r *Reader) renderedNow() renderedState {
	return renderedState{unsaved: r.saver != nil && r.saver.Unsaved(), deleted: r.saver != nil && r.saver.Deleted(), meter: r.meter.tick(r.s.Rev)}
}

// settleQuietly brings the page up to date after keys without rendering
// the Reader, when the summary is all that shows more than reflect did:
// it refreshes the summary alone (a toggle's update then diffs nothing)
// and reports true. Otherwise the caller renders the Reader.
func (r *Reader) settleQuietly() bool {
	if r.sum == nil || !r.sum.live || r.renderedNow() != r.shownAs {
		return false
	}
	r.sum.refresh()
	return true
}
