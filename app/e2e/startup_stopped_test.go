package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// keyListenersJS, run before any script of the page, keeps every keydown
// listener added to window, so that the test can call the app's own one
// wrongly: called without an event, the Go handler indexes an empty
// argument list and panics, and the Go program exits as it does when it
// runs out of memory.
const keyListenersJS = `(() => {
	const add = EventTarget.prototype.addEventListener;
	window.__keyListeners = [];
	EventTarget.prototype.addEventListener = function (type, fn, opts) {
		if (this === window && type === "keydown") window.__keyListeners.push(fn);
		return add.call(this, type, fn, opts);
	};
})()`

// TestStartupGoExitSaysSo: when the Go program exits (here a panic in its
// key handler), the page says that the app stopped and that the saved work
// is safe, in a full-width alert outside go-app's body with a Reload
// button; the page no longer takes clicks; Reload brings the app back with
// the work.
func TestStartupGoExitSaysSo(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: keyListenersJS}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+`.split(" ").includes("claim")`)
	waitQuiet(t, ctx)
	if eval[bool](t, ctx, `!!document.querySelector("[data-stopped-alert]")`) {
		t.Fatal("the stopped alert shows while the app runs")
	}

	// The Reader's listener is the last keydown listener on window.
	eval[bool](t, ctx, `(() => { try { window.__keyListeners.at(-1)(); } catch (e) {} return true; })()`)
	waitFor(t, ctx, `!!document.querySelector("[data-stopped-alert]")`)
	alert := eval[string](t, ctx, `(() => { const a = document.querySelector("[data-stopped-alert]");
		return a.getAttribute("role") + "|" + (a.parentElement === document.documentElement) + "|" + a.textContent; })()`)
	if !strings.HasPrefix(alert, "alert|true|") || !strings.Contains(alert, "The app stopped") || !strings.Contains(alert, "saved work is safe") {
		t.Errorf("the stopped alert is %q, want role=alert outside the body saying the app stopped and the work is safe", alert)
	}
	if got := eval[string](t, ctx, `document.activeElement.getAttribute("data-reload") || ""`); got != "true" {
		t.Error("focus is not on the Reload button")
	}
	if got := eval[string](t, ctx, `getComputedStyle(document.body).pointerEvents + " " + document.body.inert`); got != "none true" {
		t.Errorf("the dead page still takes clicks or focus (pointer-events, inert: %s)", got)
	}
	if got := eval[string](t, ctx, `(() => { const r = document.querySelector('[data-sentence="1"]').getBoundingClientRect();
		const el = document.elementFromPoint(r.left + 2, r.top + 2); return el ? el.closest("[data-stopped-alert]") ? "veil" : el.tagName : "none"; })()`); got != "veil" {
		t.Errorf("a click on the article reaches %s, want the veil over the page", got)
	}
	width := eval[float64](t, ctx, `document.querySelector("[data-stopped-alert] p").parentElement.getBoundingClientRect().width / innerWidth`)
	if width < 0.95 {
		t.Errorf("the alert spans %.0f%% of the window, want full width", width*100)
	}

	checkAxe(t, ctx, "the app-stopped alert")
	checkContrast(t, ctx, "the app-stopped alert")

	do(t, ctx, chromedp.Click(chromedp.CSS("[data-reload]")))
	waitThroughReload(t, ctx, `!document.querySelector("[data-stopped-alert]") && !!document.querySelector("[data-app-ready]")`)
	if got := eval[string](t, ctx, tagsOf("0")); !strings.Contains(got, "claim") {
		t.Errorf("after the reload sentence 0 has tags %q, want claim", got)
	}
}
