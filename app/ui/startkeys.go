package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// init marks, in the page's performance timeline, when the Go runtime has
// started and runs this package's initialisation: with web/running.js's
// "annotator:go-run" (app.wasm compiled) and web/boot.js's
// "annotator:running" (the reader's document open, keys applied) it
// splits the start-up time (app/e2e/startup_timing_test.go).
func init() {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", "annotator:go-init")
	}
}

// applyStartKeys applies the keys pressed on the prerendered page before
// the app ran, in order, as if they were pressed now: web/boot.js recorded
// them (and showed that they wait). The reader calls it once the document
// the address names is open; taking them stops boot.js's recording, so
// from then on every key reaches listenKeys alone. Until then listenKeys
// leaves the keys boot.js recorded (it prevents their default) to this
// function, so that a key pressed while the document opens applies once,
// not twice. Later calls do nothing.
func (r *Reader) applyStartKeys(ctx app.Context) {
	if r.keys.started {
		return
	}
	start := app.Window().Get("annotatorStart")
	if !start.Truthy() {
		r.keys.started = true
		return
	}
	keys := start.Call("take")
	r.keys.started = true
	for i := 0; i < keys.Length(); i++ {
		r.keyDown(ctx, keys.Index(i))
	}
	start.Set("swallow", "") // their keypresses were dropped long ago (boot.js)
}
