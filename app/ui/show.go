package ui

import (
	"slices"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/session"
)

// now is the clock.
var now = time.Now

// apply shows what an effect changed and hands it to the saver. Inside a
// key's handler the save waits until the key's frame is painted (onKey);
// elsewhere it runs at once.
func (r *Reader) apply(ctx app.Context, e session.Effect) {
	r.saver.Note(e)
	for _, i := range e.Repaint {
		r.paper.touch(i)
	}
	for _, i := range e.Moved {
		if !slices.Contains(r.keys.moved, i) {
			r.keys.moved = append(r.keys.moved, i)
		}
	}
	if e.RepaintAll {
		r.paper.touchAll()
	}
	if i, ok := e.Scroll(); ok {
		r.paper.scrollTo(i)
	}
	if e.Status != "" {
		r.msg.status = e.Status
	}
	if e.Announce != "" {
		r.msg.announce = e.Announce
	}
	if e.ClearAlert {
		r.msg.alert = ""
	}
	if e.Alert != "" {
		r.msg.alert = e.Alert
	}
	if e.Note {
		r.showNote(ctx)
	}
	switch f := e.Focus; f {
	case session.FocusNote, session.FocusFilter:
		r.keys.focusing = f
		r.swallowKeypress()
		ctx.Defer(func(app.Context) { r.focusField(f) })
	case session.FocusLeave:
		if el := app.Window().Get("document").Get("activeElement"); el.Truthy() && el.Call("hasAttribute", "data-note-editor").Bool() {
			el.Call("blur")
		}
	}
	if e.Open != "" {
		r.openDialog(ctx, e.Open)
	}
	if e.Request == "theme" {
		r.toggleTheme()
	}
	if e.Save && !r.keys.inKey {
		r.save()
	}
}

// save writes what the saver has waiting and shows how it went.
func (r *Reader) save() {
	r.apply(r.ctx, r.saver.Save(r.s, now()))
	if !r.saver.Unsaved() && r.s.Doc.Annotated() > 0 {
		askPersist()
	}
}

// flushSave saves what a key left waiting (or retries a failed save).
func (r *Reader) flushSave() {
	if r.saver != nil && r.saver.Pending() {
		r.save()
	}
}

// askPersist asks the browser, once, to keep this site's storage, now
// that there is work to lose.
var askPersist = sync.OnceFunc(func() {
	if st := app.Window().Get("navigator").Get("storage"); st.Truthy() && st.Get("persist").Truthy() {
		st.Call("persist")
	}
})

// paint brings the article, the tag bar and the current-sentence panel up
// to date at once (a key's change shows in the frame after the key, not
// after go-app's next update). It runs after every render of the Reader
// too: reflect changes nodes behind go-app's back, so a render whose
// values equal go-app's stale copy (a tag key, then a click on another
// sentence before go-app's update) would otherwise leave them as the key
// set them.
func (r *Reader) paint() {
	if r.paper == nil || !r.Mounted() {
		return
	}
	// The sentences only the cursor left or reached: the marker moves on
	// those that paper does not rebuild anyway.
	moved := r.keys.moved[:0]
	for _, i := range r.keys.moved {
		if !r.paper.all && !slices.Contains(r.paper.dirty, i) {
			moved = append(moved, i)
		}
	}
	r.paper.paint(r.JSValue(), r.s.Cur, r.s.Sel)
	for _, i := range moved {
		r.paper.marker(i, r.s.Cur)
	}
	r.keys.moved = moved[:0]
	r.reflect()
	r.paper.scrollNow()
	if r.ready && !r.revealed {
		// The document the address names is in the page: show it (web/boot.js hid the prerendered one).
		r.revealed = true
		app.Window().Get("document").Get("documentElement").Call("removeAttribute", "data-opening")
	}
}

// showNote puts the current sentence's note into the editor. The editor's
// value is set directly: go-app drops empty attribute values, so rendering
// an empty value would leave the previous sentence's note on screen.
func (r *Reader) showNote(ctx app.Context) {
	if r.saver == nil || !r.Mounted() {
		return
	}
	if r.keys.inKey {
		r.keys.noteShown = true // onKey's paint shows it, in this handler
		return
	}
	ctx.Defer(func(app.Context) { setNoteValue(r.s.Draft()) })
}

// setNoteValue puts v into the note editor.
func setNoteValue(v string) {
	el := app.Window().Get("document").Call("getElementById", "note")
	if !el.IsNull() && el.Get("value").String() != v {
		el.Set("value", v)
	}
}

// statusEffect is an effect that only says s on the status line.
func statusEffect(s string) session.Effect { return session.Effect{Status: s} }
