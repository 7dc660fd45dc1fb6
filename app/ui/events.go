package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// noteDelay is how long typing must pause before a note is saved.
const noteDelay = 400 * time.Millisecond

// now is the clock, a variable so that tests could fix it.
var now = time.Now

// listenKeys installs one window-wide keydown listener. Keys pressed in a
// text field are left to the field, except Escape in the note editor.
func (r *Reader) listenKeys(ctx app.Context) {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		key := e.Get("key").String()
		target := e.Get("target")
		if isTextField(target) {
			if key == "Escape" && target.Call("hasAttribute", "data-note-editor").Bool() {
				e.Call("preventDefault")
				target.Call("blur")
				ctx.Dispatch(func(ctx app.Context) { r.commitNote() })
			}
			return nil
		}
		ctrl := e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()
		name := keyName(key, ctrl, e.Get("shiftKey").Bool(), e.Get("altKey").Bool())
		act, tag := lookup(name), -1
		if !ctrl {
			tag = tagKey(name)
		}
		if act == actNone && tag < 0 {
			return nil
		}
		if key == "Enter" && isControl(target) {
			return nil // Enter on a button presses the button.
		}
		e.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) { r.do(ctx, act, tag) })
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
	r.unlisten = func() {
		app.Window().Call("removeEventListener", "keydown", fn)
		fn.Release()
	}
}

// do carries out a keyboard action on the UI goroutine.
func (r *Reader) do(ctx app.Context, act action, tag int) {
	if tag >= 0 {
		r.toggleTag(tag)
		return
	}
	switch act {
	case actNext:
		r.moveTo(ctx, r.cur+1)
	case actPrev:
		r.moveTo(ctx, r.cur-1)
	case actFirst:
		r.moveTo(ctx, 0)
	case actLast:
		r.moveTo(ctx, len(r.doc.Sentences)-1)
	case actEditNote:
		ctx.Defer(func(app.Context) { focus("textarea[data-note-editor]") })
	case actUndo:
		r.undo(ctx)
	case actRedo:
		r.redo(ctx)
	case actHelp:
		r.showHelp = !r.showHelp
	case actCloseHelp:
		r.showHelp = false
	}
}

// onArticleClick makes the clicked sentence current. One handler serves the
// whole article: it reads data-sentence from the target, so no closure per
// sentence can go stale.
func (r *Reader) onArticleClick(ctx app.Context, e app.Event) {
	el := e.Get("target").Call("closest", "[data-sentence]")
	if el.IsNull() || el.IsUndefined() {
		return
	}
	i, err := strconv.Atoi(el.Call("getAttribute", "data-sentence").String())
	if err != nil {
		return
	}
	r.moveTo(ctx, i)
}

// onTagClick toggles the tag whose button was clicked.
func (r *Reader) onTagClick(ctx app.Context, e app.Event) {
	el := e.Get("currentTarget")
	n, err := strconv.Atoi(el.Call("getAttribute", "data-index").String())
	if err != nil {
		return
	}
	r.toggleTag(n)
}

// onNoteInput keeps the draft and saves it once typing pauses.
func (r *Reader) onNoteInput(ctx app.Context, e app.Event) {
	r.draft = ctx.JSSrc().Get("value").String()
	r.noteDirty = true
	r.noteSeq++
	seq := r.noteSeq
	ctx.After(noteDelay, func(ctx app.Context) {
		if seq == r.noteSeq {
			r.commitNote()
		}
	})
}

// onNoteBlur saves the note when the editor loses focus.
func (r *Reader) onNoteBlur(ctx app.Context, e app.Event) { r.commitNote() }

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

// isTextField reports whether el takes typed text.
func isTextField(el app.Value) bool {
	if el.IsNull() || el.IsUndefined() {
		return false
	}
	switch el.Get("tagName").String() {
	case "TEXTAREA", "SELECT":
		return true
	case "INPUT":
		switch el.Get("type").String() {
		case "button", "checkbox", "radio", "submit", "reset", "file", "range", "color":
			return false
		}
		return true
	}
	return el.Get("isContentEditable").Bool()
}

// isControl reports whether el is a button or link, where Enter activates it.
func isControl(el app.Value) bool {
	switch el.Get("tagName").String() {
	case "BUTTON", "A", "SUMMARY", "INPUT":
		return true
	}
	return false
}

// scrollToSentence scrolls sentence i into view if it is not visible.
func scrollToSentence(i int) {
	el := app.Window().Get("document").Call("querySelector", "[data-sentence=\""+strconv.Itoa(i)+"\"]")
	if el.IsNull() || el.IsUndefined() {
		return
	}
	el.Call("scrollIntoView", map[string]any{"block": "nearest"})
}

// focus moves keyboard focus to the first element matching sel.
func focus(sel string) {
	el := app.Window().Get("document").Call("querySelector", sel)
	if !el.IsNull() && !el.IsUndefined() {
		el.Call("focus")
	}
}
