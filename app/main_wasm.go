//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/ui"
)

// main is the browser app: routes and the go-app runtime, nothing else, so
// that the server and the command line stay out of app.wasm.
func main() {
	exposeMemStats()
	ui.RegisterRoutes()
	app.RunWhenOnBrowser()
}
