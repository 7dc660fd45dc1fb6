package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// domJS is web/boot.js's annotatorDOM, looked up once.
var domJS app.Value

// dom returns web/boot.js's annotatorDOM: the page changes a key makes,
// each one call from Go with numbers and strings (see boot.js). Every
// element a syscall/js call returns is a value the Go runtime tracks with
// a finalizer, and every call a crossing: a key made a dozen of both.
func dom() app.Value {
	if domJS == nil {
		domJS = app.Window().Get("annotatorDOM")
	}
	return domJS
}

// keyEvent is what the key listener needs of a keydown event, read in
// one call (annotatorDOM.key).
type keyEvent struct {
	key, code                   string
	ctrl, shift, alt, prevented bool // ctrl is Ctrl or Cmd
	// in is what the key was typed in: 'n' the note editor, 't' another
	// text field, 'c' a button, link or other input, 0 anything else.
	in byte
}

// textField reports whether the key was typed in a field that takes text.
func (k keyEvent) textField() bool { return k.in == 'n' || k.in == 't' }

// readKey reads keydown event e.
func readKey(e app.Value) keyEvent {
	s := dom().Call("key", e).String()
	var k keyEvent
	var mods, in string
	k.key, s, _ = strings.Cut(s, "\x00")
	k.code, s, _ = strings.Cut(s, "\x00")
	mods, in, _ = strings.Cut(s, "\x00")
	k.ctrl = strings.Contains(mods, "c")
	k.shift = strings.Contains(mods, "s")
	k.alt = strings.Contains(mods, "a")
	k.prevented = strings.Contains(mods, "p")
	if in != "" {
		k.in = in[0]
	}
	return k
}
