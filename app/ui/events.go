package ui

import (
	"slices"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// noteDelay is how long typing must pause before a note is saved.
const noteDelay = 400 * time.Millisecond

// now is the clock.
var now = time.Now

// listenKeys installs one window-wide keydown listener. Keys pressed in a
// text field or while a dialog is open are left alone, except Escape.
func (r *Reader) listenKeys(ctx app.Context) {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		key := e.Get("key").String()
		target := e.Get("target")
		if key == "Tab" && trapFocus(e) {
			return nil
		}
		if isTextField(target) || r.editor != nil || r.showPaste || r.pending != nil || (r.showHelp && key != "?") {
			if key == "Escape" {
				e.Call("preventDefault")
				if target.Call("hasAttribute", "data-note-editor").Bool() {
					target.Call("blur")
				}
				ctx.Dispatch(func(ctx app.Context) { r.do(ctx, actEscape, -1) })
			}
			return nil
		}
		ctrl := e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()
		if r.focusing != actNone && !ctrl && len([]rune(key)) == 1 {
			// A field is about to take focus: keep what is typed meanwhile for it.
			e.Call("preventDefault")
			r.typeAhead += key
			return nil
		}
		name := keyName(key, ctrl, e.Get("shiftKey").Bool(), e.Get("altKey").Bool())
		act, tag := lookup(name), -1
		if !ctrl {
			tag = slices.Index(r.tagKeys, name)
		}
		if act == actNone && tag < 0 {
			return nil
		}
		if key == "Enter" && isControl(target) {
			return nil // Enter on a button presses the button.
		}
		e.Call("preventDefault")
		if act == actEditNote || act == actFilter {
			r.focusing = act
		}
		r.onKey(ctx, act, tag)
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
	r.unlisten = func() {
		app.Window().Call("removeEventListener", "keydown", fn)
		fn.Release()
	}
}

// onKey carries out a key's action inside the key's own event handler and
// shows it at once: paper repaints the changed sentences and reflect the
// tag bar and the current-sentence panel, so that the change is in the
// next frame. The save follows once that frame is painted, and go-app's
// update once keys pause (at once for keys that open a dialog or change
// more than reflect shows). Nothing else runs meanwhile: the wasm runtime
// has one thread, and go-app's UI goroutine is parked while this handler
// runs.
func (r *Reader) onKey(ctx app.Context, act action, tag int) {
	alert := r.alert
	r.deferSave, r.renderNow = true, false
	r.do(ctx, act, tag)
	r.deferSave = false
	r.paint()
	quick := (tag >= 0 || quickKeys[act]) && !r.renderNow && r.alert == alert
	if quick {
		r.reflect()
		r.settle(ctx)
	} else {
		ctx.Update()
	}
	if r.afterKey {
		return // the previous key's follow-up has not run yet: it takes this one along
	}
	r.afterKey = true
	afterPaint(func() {
		r.afterKey = false
		alert := r.alert
		r.flushSave()
		if r.alert != alert {
			ctx.Update() // the save failed (or works again): say so now
		} else {
			r.reflect() // the save's own status line
		}
	})
}

// flushSave runs a save that a key deferred.
func (r *Reader) flushSave() {
	if r.savePending {
		r.savePending = false
		r.save()
	}
}

// afterPaint runs f once the browser has painted the next frame: a
// requestAnimationFrame callback (which runs just before that paint)
// queues f for the idle time after it (requestIdleCallback, at most
// idleWait later), so that the work that follows a key never delays the
// frame that shows it. Where there is no requestIdleCallback (Safari), f
// runs in a task after that frame.
func afterPaint(f func()) {
	w := app.Window()
	var fn, raf app.Func
	fn = app.FuncOf(func(app.Value, []app.Value) any {
		fn.Release()
		f()
		return nil
	})
	raf = app.FuncOf(func(app.Value, []app.Value) any {
		raf.Release()
		if w.Get("requestIdleCallback").Truthy() {
			w.Call("requestIdleCallback", fn, map[string]any{"timeout": idleWait.Milliseconds()})
		} else {
			w.Call("setTimeout", fn, 0)
		}
		return nil
	})
	w.Call("requestAnimationFrame", raf)
}

// idleWait bounds how long afterPaint waits for the browser to be idle.
const idleWait = 100 * time.Millisecond

// do carries out a keyboard action.
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
	case actNextUntagged:
		r.nextUntagged(ctx)
	case actEditNote, actFilter:
		ctx.Defer(func(ctx app.Context) { r.focusField(ctx, act) })
	case actWordRight:
		r.selectWords(1)
	case actWordLeft:
		r.selectWords(-1)
	case actTagEditor:
		r.openEditor(ctx)
	case actTheme:
		r.toggleTheme()
	case actUndo:
		r.undo(ctx)
	case actRedo:
		r.redo(ctx)
	case actHelp:
		r.toggleHelp(ctx)
	case actEscape:
		switch {
		case r.editor != nil:
			r.closeEditor(ctx)
		case r.showPaste:
			r.showPaste = false
			returnFocus(ctx, "[data-paste-show]")
		case r.pending != nil:
			r.pending = nil
			r.status = "Import cancelled: nothing was changed."
			returnFocus(ctx, "[data-import]")
		case r.showHelp:
			r.toggleHelp(ctx)
		case !r.sel.empty():
			r.sel = span{}
			r.touched(r.cur)
			r.status = "Selection dropped."
		default:
			r.commitNote()
		}
	}
}

// focusField focuses the note editor or the list filter after the updates
// queued before it, and puts into it what was typed while it was on its way.
func (r *Reader) focusField(ctx app.Context, act action) {
	sel := "input[data-filter]"
	if act == actEditNote {
		sel = "textarea[data-note-editor]"
	}
	typed := r.typeAhead
	r.focusing, r.typeAhead = actNone, ""
	el := app.Window().Get("document").Call("querySelector", sel)
	if el.IsNull() {
		return
	}
	el.Call("focus")
	if typed == "" {
		return
	}
	v := el.Get("value").String() + typed
	el.Set("value", v)
	if act == actEditNote {
		r.typedNote(ctx, v)
	} else {
		r.filter = v
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
	r.pickSelection(el, i)
	r.paint()
}

// pickSelection turns a mouse selection inside sentence i into the pending
// word selection that the next tag key highlights.
func (r *Reader) pickSelection(el app.Value, i int) {
	sel := app.Window().Call("getSelection")
	if sel.IsNull() || sel.Get("isCollapsed").Bool() || sel.Get("rangeCount").Int() == 0 {
		if !r.sel.empty() {
			r.sel = span{}
			r.touched(i)
		}
		return
	}
	rng := sel.Call("getRangeAt", 0)
	if !el.Call("contains", rng.Get("startContainer")).Bool() || !el.Call("contains", rng.Get("endContainer")).Bool() {
		r.status = "A highlight must stay inside one sentence."
		return
	}
	pre := app.Window().Get("document").Call("createRange")
	pre.Call("selectNodeContents", el)
	pre.Call("setEnd", rng.Get("startContainer"), rng.Get("startOffset"))
	startU := utf16Units(pre.Call("toString").String())
	endU := startU + utf16Units(rng.Call("toString").String())
	text := r.doc.SentenceText(i)
	a, b := utf16ToByte(text, startU), utf16ToByte(text, endU)
	if a < 0 || b <= a {
		return
	}
	r.sel = span{a, b}
	r.touched(i)
	r.status = "Selected “" + text[a:b] + "”: press a tag key or click a tag to highlight it, Escape to cancel."
	sel.Call("removeAllRanges")
}

// onTagClick toggles the tag whose button was clicked.
func (r *Reader) onTagClick(ctx app.Context, e app.Event) {
	if n, ok := dataInt(e.Get("currentTarget"), "data-index"); ok {
		r.toggleTag(n)
		r.paint()
	}
}

// onNoteInput keeps the draft and saves it once typing pauses.
func (r *Reader) onNoteInput(ctx app.Context, e app.Event) {
	r.typedNote(ctx, ctx.JSSrc().Get("value").String())
}

// typedNote takes a new draft of the note and saves it once typing pauses.
func (r *Reader) typedNote(ctx app.Context, v string) {
	r.draft = v
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

// onHelpClick shows or hides the shortcut list.
func (r *Reader) onHelpClick(ctx app.Context, e app.Event) { r.toggleHelp(ctx) }

// onSkip moves focus to the article, so that the next Tab goes past it:
// go-app handles the link's click itself, so the browser does not.
func (r *Reader) onSkip(ctx app.Context, e app.Event) { focus("#article") }

// dataInt reads an integer data attribute of el.
func dataInt(el app.Value, attr string) (int, bool) {
	if el.IsNull() || el.IsUndefined() {
		return 0, false
	}
	n, err := strconv.Atoi(el.Call("getAttribute", attr).String())
	return n, err == nil
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

// focus moves keyboard focus to the first element matching sel.
func focus(sel string) {
	el := app.Window().Get("document").Call("querySelector", sel)
	if !el.IsNull() && !el.IsUndefined() {
		el.Call("focus")
	}
}
