package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// applyStartKeys applies the keys pressed on the prerendered page before
// the app ran, in order, as if they were pressed now: web/boot.js recorded
// them (and showed that they wait). The reader calls it once the document
// the address names is open; taking them stops boot.js's recording, so
// from then on every key reaches listenKeys alone. Later calls find none.
func (r *Reader) applyStartKeys(ctx app.Context) {
	start := app.Window().Get("annotatorStart")
	if !start.Truthy() {
		return
	}
	keys := start.Call("take")
	for i := 0; i < keys.Length(); i++ {
		r.keyDown(ctx, keys.Index(i))
	}
}
