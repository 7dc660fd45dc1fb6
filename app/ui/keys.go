package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/session"
)

// keyState is what the key listener keeps between keys.
type keyState struct {
	inKey     bool          // a key is being handled: its save waits for its frame
	afterKey  bool          // a key's follow-up (save, go-app update) is scheduled
	frames    *keyFrames    // the callbacks that follow a key (keyframes.go)
	focusing  session.Focus // the field a key is moving focus to
	typeAhead string        // keys typed while focus was on its way
	noteSeq   int           // counts note edits, so that only the last one saves
	moved     []int         // sentences whose cursor marker waits for the next paint (Effect.Moved)
	noteShown bool          // a key changed the note to show: reflect puts it in the editor
	shown     shownState    // what reflect last put into the page
	started   bool          // the keys web/boot.js recorded were taken (startkeys.go)
	key       string        // the key being handled (onKey), for swallowKeypress
}

// listenKeys installs one window-wide keydown listener and returns what
// removes it. While a dialog is open, keys stay in it (Escape closes it);
// keys typed in a text field stay there (Escape leaves it).
func (r *Reader) listenKeys(ctx app.Context) func() {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		r.keyDown(ctx, args[0])
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
	frames, release := newKeyFrames(func() {
		if !r.settleQuietly() {
			ctx.Dispatch(func(app.Context) {}) // renders the Reader
		}
	})
	r.keys.frames = frames
	return func() {
		app.Window().Call("removeEventListener", "keydown", fn)
		fn.Release()
		release()
		r.keys.afterKey = false
	}
}

// keyDown handles one keydown event (or one that web/boot.js recorded
// before the app ran: see startkeys.go). It reads the event in one call
// (readKey) and touches it again only to prevent its default.
func (r *Reader) keyDown(ctx app.Context, e app.Value) {
	k := readKey(e)
	if !r.keys.started && k.prevented {
		return // web/boot.js recorded it: applyStartKeys applies it, once
	}
	key := k.key
	if key == "Tab" && trapFocus(e) {
		return
	}
	if top := r.dialogs.top(); top != "" {
		if key == "Escape" || (key == "?" && top == "help" && !k.textField()) {
			e.Call("preventDefault")
			ctx.Dispatch(r.closeDialog)
		}
		return
	}
	if k.textField() {
		if key == "Escape" {
			e.Call("preventDefault")
			if k.in == 'n' {
				e.Get("target").Call("blur")
			}
			ctx.Dispatch(func(ctx app.Context) { r.apply(ctx, r.s.Escape()) })
		}
		return
	}
	if r.keys.focusing != session.FocusStay && !k.ctrl && len([]rune(key)) == 1 {
		// A field is about to take focus: keep what is typed meanwhile for it.
		e.Call("preventDefault")
		r.keys.typeAhead += key
		return
	}
	name := session.KeyName(key, k.ctrl, k.shift, k.alt)
	cmd, tag := session.Lookup(name), -1
	if !k.ctrl {
		tag = r.s.TagIndex(name)
		if tag < 0 && cmd == nil {
			// The physical digit keys, whatever they type: AZERTY's
			// digit row types &é"'(… and Czech +ěšč… without Shift.
			tag = r.s.TagIndex(digitOf(k.code))
		}
	}
	if cmd == nil && tag < 0 {
		return
	}
	if key == "Enter" && k.in == 'c' {
		return // Enter on a button presses the button.
	}
	e.Call("preventDefault")
	r.keys.key = key
	if tag >= 0 {
		r.onKey(ctx, r.s.ToggleTag(tag))
	} else {
		r.onKey(ctx, cmd.Run(r.s))
	}
}

// onKey shows a key's effect inside the key's own event handler: paper
// repaints the changed sentences and reflect (through paint) the tag bar and the
// current-sentence panel, so that the change is in the next frame. The
// save follows once that frame is painted, and go-app's update once keys
// pause (at once when the effect shows more than reflect does). Nothing
// else runs meanwhile: the wasm runtime has one thread, and go-app's UI
// goroutine is parked while this handler runs.
func (r *Reader) onKey(ctx app.Context, e session.Effect) {
	r.keys.inKey = true
	r.apply(ctx, e)
	r.keys.inKey = false
	r.paint() // and reflect
	if e.Quick() {
		r.settle()
	} else {
		ctx.Update()
	}
	if r.keys.afterKey {
		return // the previous key's follow-up has not run yet: it takes this one along
	}
	r.keys.afterKey = true
	r.keys.frames.afterPaint(func() {
		r.keys.afterKey = false
		alert := r.msg.alert
		r.flushSave()
		if r.msg.alert != alert {
			ctx.Update() // the save failed (or works again): say so now
		} else {
			r.reflect() // the save's own status line
		}
	})
}

// digitOf is the digit of a digit-row key code ("Digit3" → "3"), "" for
// any other key.
func digitOf(code string) string {
	if len(code) == 6 && strings.HasPrefix(code, "Digit") && code[5] >= '1' && code[5] <= '9' {
		return code[5:]
	}
	return ""
}

// focusField focuses the note editor or the list filter after the updates
// queued before it, and puts into it what was typed while it was on its way.
func (r *Reader) focusField(f session.Focus) {
	sel := "input[data-filter]"
	if f == session.FocusNote {
		sel = "textarea[data-note-editor]"
	}
	typed := r.keys.typeAhead
	r.keys.focusing, r.keys.typeAhead = session.FocusStay, ""
	el := app.Window().Get("document").Call("querySelector", sel)
	if el.IsNull() {
		return
	}
	el.Call("focus")
	if typed == "" {
		return
	}
	el.Set("value", el.Get("value").String()+typed)
	// The field's own input handler takes the new value (the note's draft,
	// the list's filter).
	el.Call("dispatchEvent", app.Window().Get("Event").New("input", map[string]any{"bubbles": true}))
}

// focus moves keyboard focus to the first element matching sel.
func focus(sel string) {
	el := app.Window().Get("document").Call("querySelector", sel)
	if !el.IsNull() && !el.IsUndefined() {
		el.Call("focus")
	}
}

// dataInt reads an integer data attribute of el.
func dataInt(el app.Value, attr string) (int, bool) {
	if el.IsNull() || el.IsUndefined() {
		return 0, false
	}
	n, err := strconv.Atoi(el.Call("getAttribute", attr).String())
	return n, err == nil
}

// attr reads a data attribute of the event's element.
func attr(e app.Event, name string) string {
	return e.Get("currentTarget").Call("getAttribute", name).String()
}

// swallowKeypress asks web/boot.js to drop the keypress of the key being
// handled, when that key moves focus into a field (n or Enter into the
// note, / into the filter): a browser that sends the key's keypress as an
// event of its own, after focus has moved (DevTools' input, which chromedp
// drives, and some on-screen keyboards), would otherwise type the key into
// the field it opened. Only keys that move focus cross into JavaScript for
// this.
func (r *Reader) swallowKeypress() {
	if !r.keys.inKey || r.keys.key == "" {
		return
	}
	if start := app.Window().Get("annotatorStart"); start.Truthy() {
		start.Set("swallow", r.keys.key)
	}
}
