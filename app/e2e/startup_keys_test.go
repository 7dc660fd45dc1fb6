package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"annotator/app/server"
)

// wasmGate holds every request for app.wasm until opened, so that a test
// acts on the prerendered page before the app can run.
type wasmGate struct {
	h    http.Handler
	gate chan struct{}
	once sync.Once
}

// ServeHTTP serves h, app.wasm only once the gate is open.
func (g *wasmGate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasSuffix(r.URL.Path, ".wasm") {
		select {
		case <-g.gate:
		case <-r.Context().Done():
			return
		}
	}
	g.h.ServeHTTP(w, r)
}

// open lets app.wasm through.
func (g *wasmGate) open() { g.once.Do(func() { close(g.gate) }) }

// newGatedServer serves the app with app.wasm held back until the gate opens.
func newGatedServer(t testing.TB) (*httptest.Server, *wasmGate) {
	t.Helper()
	site, err := server.New(webDir)
	if err != nil {
		t.Fatal(err)
	}
	g := &wasmGate{h: site, gate: make(chan struct{})}
	srv := httptest.NewServer(g)
	t.Cleanup(func() { g.open(); srv.Close() })
	return srv, g
}

// TestStartupKeysApply: j pressed three times and a tag key, as soon as the
// prerendered text shows and before the app runs (app.wasm is held back),
// are applied in order once it runs: the fourth sentence is current and
// carries the first tag. Meanwhile the page says that the keys wait.
func TestStartupKeysApply(t *testing.T) {
	srv, gate := newGatedServer(t)
	ctx := newBrowser(t)
	do(t, ctx, chromedp.Navigate(srv.URL+"/"))
	waitFor(t, ctx, `!!document.querySelector('#article [data-sentence="3"]')`)
	if eval[bool](t, ctx, `!!document.querySelector("[data-app-ready]")`) {
		t.Fatal("the app runs although app.wasm is held back")
	}
	press(t, ctx, "j", "j", "j", "1")
	if got := eval[string](t, ctx, `document.documentElement.getAttribute("data-starting") || ""`); !strings.Contains(got, "Starting") {
		t.Errorf("while keys wait the page shows %q, want a starting notice", got)
	}
	if !eval[bool](t, ctx, `getComputedStyle(document.documentElement, "::after").content.includes("Starting")`) {
		t.Error("the starting notice is not drawn")
	}
	gate.open()
	waitReady(t, ctx)
	waitFor(t, ctx, `document.querySelector('[data-sentence="3"]').getAttribute("aria-current") === "true"`)
	waitFor(t, ctx, tagsOf("3")+`.split(" ").includes("claim")`)
	if n := eval[int](t, ctx, `document.querySelectorAll('[aria-current="true"][data-sentence]').length`); n != 1 {
		t.Errorf("%d current sentences, want 1", n)
	}
	if got := eval[string](t, ctx, tagsOf("0")); got != "" {
		t.Errorf("sentence 0 has tags %q, want none", got)
	}
	if eval[bool](t, ctx, `document.documentElement.hasAttribute("data-starting")`) {
		t.Error("the starting notice stays once the keys applied")
	}
	// From now on keys go to the app alone: one j moves one sentence.
	press(t, ctx, "j")
	waitFor(t, ctx, `document.querySelector('[data-sentence="4"]').getAttribute("aria-current") === "true"`)
	waitQuiet(t, ctx)
	if got := eval[string](t, ctx, `document.querySelector('[aria-current="true"][data-sentence]').dataset.sentence`); got != "4" {
		t.Errorf("after one more j sentence %s is current, want 4", got)
	}
}
