package e2e

import (
	"fmt"
	"sort"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// readyPaintJS, run first in every document, records when the frame that
// shows [data-app-ready] is painted.
const readyPaintJS = `(() => {
	const mo = new MutationObserver(() => {
		if (!document.querySelector("[data-app-ready]")) return;
		mo.disconnect();
		requestAnimationFrame(() => setTimeout(() => { window.__readyPaint = performance.now(); }, 0));
	});
	mo.observe(document, {subtree: true, childList: true, attributes: true});
})()`

// startupJS reads one load's figures, in ms since navigation start: the
// page's response, app.wasm's fetch (resource timing), the marks of
// web/running.js (go.run called: app.wasm compiled and instantiated),
// app/ui/startkeys.go (the Go runtime runs the ui package's init) and
// web/boot.js (the reader's document is open: the app runs), and the paint.
const startupJS = `(() => {
	const nav = performance.getEntriesByType("navigation")[0];
	const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/web/app.wasm"));
	const mark = (n) => { const e = performance.getEntriesByName(n)[0]; return e ? e.startTime : -1; };
	return {html: nav.responseEnd, wasmStart: wasm ? wasm.startTime : -1, wasmEnd: wasm ? wasm.responseEnd : -1,
		wasmBytes: wasm ? wasm.transferSize : -1, goRun: mark("annotator:go-run"), goInit: mark("annotator:go-init"),
		running: mark("annotator:running"), paint: window.__readyPaint, domInteractive: nav.domInteractive,
		before: performance.getEntriesByType("resource").filter((e) => !wasm || e.startTime < wasm.startTime)
			.map((e) => e.name.replace(location.origin, "") + " " + Math.round(e.startTime) + "→" + Math.round(e.responseEnd)).join(", ")};
})()`

// startup is one load's figures (see startupJS).
type startup struct {
	HTML      float64 `json:"html"`
	WasmStart float64 `json:"wasmStart"`
	WasmEnd   float64 `json:"wasmEnd"`
	WasmBytes float64 `json:"wasmBytes"`
	GoRun     float64 `json:"goRun"`
	GoInit    float64 `json:"goInit"`
	Running   float64 `json:"running"`
	Paint     float64 `json:"paint"`
	// DOMInteractive is when the page was parsed; Before lists the
	// resources requested before app.wasm, with their times.
	DOMInteractive float64 `json:"domInteractive"`
	Before         string  `json:"before"`
}

// String is the load split into its parts.
func (s startup) String() string {
	return fmt.Sprintf("running %4.0f ms, painted %4.0f: page %3.0f, parsed %3.0f | app.wasm fetch %4.0f (%3.0f→%4.0f, %.0f kB over the wire) | compile after the last byte %4.0f | Go runtime start to ui init %3.0f | main + go-app first render + open document %4.0f",
		s.Running, s.Paint, s.HTML, s.DOMInteractive, s.WasmEnd-s.WasmStart, s.WasmStart, s.WasmEnd, s.WasmBytes/1024, s.GoRun-s.WasmEnd, s.GoInit-s.GoRun, s.Running-s.GoInit)
}

// TestStartupTiming measures the time from navigation to "app running"
// (the reader's document open, keys applied) cold (a fresh profile: no
// service worker, no HTTP or code cache) and warm (reloads served by the
// service worker), and what each part takes. It reports the figures and
// asserts only their order: the machine is shared, so figures live in the
// log (and make bench), not in assertions.
func TestStartupTiming(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: readyPaintJS}); err != nil {
		t.Fatal(err)
	}
	load := func(nav chromedp.Action[chromedp.Void]) startup {
		do(t, ctx, nav)
		waitFor(t, ctx, `window.__readyPaint !== undefined && performance.getEntriesByName("annotator:running").length > 0`)
		s := eval[startup](t, ctx, startupJS)
		if !(s.HTML > 0 && s.WasmEnd >= s.WasmStart && s.GoRun >= s.WasmEnd && s.GoInit >= s.GoRun && s.Running >= s.GoInit && s.Paint >= s.Running) {
			t.Errorf("start-up marks out of order or missing: %+v", s)
		}
		return s
	}
	cold := load(chromedp.Navigate(srv.URL + "/"))
	t.Logf("cold: %v", cold)
	t.Logf("cold, requested before app.wasm: %s", cold.Before)
	waitOfflineReady(t, ctx)
	var warm []startup
	for i := 0; i < 5; i++ {
		warm = append(warm, load(chromedp.Reload()))
	}
	sort.Slice(warm, func(i, j int) bool { return warm[i].Running < warm[j].Running })
	for _, w := range warm {
		t.Logf("warm: %v", w)
	}
	t.Logf("warm median: %v", warm[len(warm)/2])
	t.Logf("warm median, requested before app.wasm: %s", warm[len(warm)/2].Before)
}
