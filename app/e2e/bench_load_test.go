package e2e

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// loadResult is what loadProbeJS saw, in ms since the navigation start;
// -1 marks what did not happen.
type loadResult struct {
	Sentence        float64 `json:"sentence"`
	SentenceVisible float64 `json:"sentenceVisible"`
	FCP             float64 `json:"fcp"`
	LoaderGone      float64 `json:"loaderGone"`
	LoaderGonePaint float64 `json:"loaderGonePaint"`
	Ready           float64 `json:"ready"`
	ReadyPaint      float64 `json:"readyPaint"`
	WasmFetched     float64 `json:"wasmFetched"`
	WasmReady       float64 `json:"wasmReady"`
}

// loadRuns collects each figure over several loads.
type loadRuns struct {
	sentence, fcp, visible, loader, ready, fetched, wasm []float64
}

// add appends one load.
func (l *loadRuns) add(r loadResult) {
	l.sentence = append(l.sentence, r.Sentence)
	l.fcp = append(l.fcp, r.FCP)
	l.visible = append(l.visible, r.SentenceVisible)
	l.loader = append(l.loader, r.LoaderGonePaint)
	l.ready = append(l.ready, r.ReadyPaint)
	l.fetched = append(l.fetched, r.WasmFetched)
	l.wasm = append(l.wasm, r.WasmReady)
}

// record fills the table lines under prefix ("load/cold" or "load/warm").
func (l *loadRuns) record(s *summary, prefix string) {
	s.set(prefix+"/html", median(l.sentence), nan, fmt.Sprintf("n=%d; first contentful paint %.0f ms", len(l.sentence), median(l.fcp)))
	s.set(prefix+"/visible", median(l.visible), nan, "the prerendered sentence, painted with nothing covering it (go-app's loader is a corner badge)")
	s.set(prefix+"/ready", median(l.ready), nan, fmt.Sprintf("wasm fetched %.0f ms, instantiated %.0f ms, loader gone %.0f ms; keys work from here", median(l.fetched), median(l.wasm), median(l.loader)))
}

// watchLoads makes every document the tab opens run loadProbeJS first.
func watchLoads(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: loadProbeJS}); err != nil {
		t.Fatal(err)
	}
}

// loadOnce navigates to url and returns the load probe's figures once
// the app has painted its ready state.
func loadOnce(t testing.TB, ctx context.Context, url string) loadResult {
	t.Helper()
	return loadBy(t, ctx, chromedp.Navigate(url))
}

// reloadOnce reloads the page (as F5 does) and returns the load probe's
// figures once the app has painted its ready state.
func reloadOnce(t testing.TB, ctx context.Context) loadResult {
	t.Helper()
	return loadBy(t, ctx, chromedp.Reload())
}

// loadBy runs a navigation and waits for the app-ready paint.
func loadBy(t testing.TB, ctx context.Context, nav chromedp.Action[chromedp.Void]) loadResult {
	t.Helper()
	do(t, ctx, nav)
	waitFor(t, ctx, `!!window.__benchLoad && window.__benchLoad.readyPaint !== undefined`)
	return eval[loadResult](t, ctx, loadResultJS)
}
