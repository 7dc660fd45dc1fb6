package e2e

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"annotator/app/server"
)

// TestOffline: once the service worker has cached the release, the app
// opens with the server gone — at /, at a deep link with a query, at every
// route, and at an unknown path (the worker answers with the app shell; go-app then shows
// its own "not found" page instead of the browser's error page) — and the
// annotations made before are there.
func TestOffline(t *testing.T) {
	site, err := server.New(webDir)
	if err != nil {
		t.Fatal(err)
	}
	srv := newFixedServer(t, site)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+`.split(" ").includes("claim")`)
	waitOfflineReady(t, ctx)

	srv.stop()
	if !evalAsync[bool](t, ctx, serverGoneJS) {
		t.Fatal("the server still answers")
	}
	for _, u := range []string{"/", "/?x=1"} {
		do(t, ctx, chromedp.Navigate(srv.URL+u))
		waitReady(t, ctx)
		if got := eval[string](t, ctx, tagsOf("0")); !strings.Contains(got, "claim") {
			t.Errorf("offline at %s: sentence 0 has tags %q, want claim", u, got)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("[data-sentence]").length`); n < 10 {
			t.Errorf("offline at %s: the article shows %d sentences", u, n)
		}
	}
	// Every route opens: app.wasm ran (go-app removes its loader) and the
	// route's component, not go-app's "not found", is on the page.
	for _, route := range server.DefaultPages {
		do(t, ctx, chromedp.Navigate(srv.URL+route))
		waitFor(t, ctx, `!document.getElementById("app-wasm-loader") && document.body.children.length > 0`)
		if eval[bool](t, ctx, `!!document.querySelector(".goapp-notfound-title")`) {
			t.Errorf("offline at %s: go-app's not-found page", route)
		}
	}
	do(t, ctx, chromedp.Navigate(srv.URL+"/no/such/page"))
	waitFor(t, ctx, `!!document.querySelector(".goapp-notfound-title") && location.pathname === "/no/such/page"`)
}

// TestUpdateNeedsConsent: a new release is found by the periodic check
// (annotatorCheckForUpdate, run every 30 minutes) and, later, by the check
// go-app's app.js makes when the page opens. Each time the page keeps
// running the release it has, shows "A new version is ready", and switches
// only when the button is pressed; the annotations, and a note still being
// typed, survive the switch.
func TestUpdateNeedsConsent(t *testing.T) {
	v1, err := server.New(webDir)
	if err != nil {
		t.Fatal(err)
	}
	srv := newFixedServer(t, v1)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+`.split(" ").includes("claim")`)
	waitOfflineReady(t, ctx)
	cacheOf := func(version string) string { return "annotator:/:" + version }
	if names := evalAsync[[]string](t, ctx, cacheNamesJS); len(names) != 1 || names[0] != cacheOf(v1.Version) {
		t.Fatalf("caches %v, want [%s]", names, cacheOf(v1.Version))
	}

	// A release found while the page is open.
	srv.restart(newRelease(t, "e2e-v2"))
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.__sameDocument = true`))
	evalAsync[chromedp.Void](t, ctx, `annotatorCheckForUpdate()`)
	waitFor(t, ctx, `!!document.querySelector("[data-update-apply]")`)
	if got := eval[string](t, ctx, `document.querySelector("[data-update-banner]").getAttribute("role")`); got != "status" {
		t.Errorf("the banner has role %q, want status", got)
	}
	if !strings.Contains(eval[string](t, ctx, `document.querySelector("[data-update-banner]").textContent`), "A new version is ready") {
		t.Error("the banner does not say a new version is ready")
	}
	// Nothing switches without consent: same document, old worker, both caches.
	if !eval[bool](t, ctx, `window.__sameDocument === true && !!navigator.serviceWorker.controller`) {
		t.Fatal("the page reloaded or lost its worker before the user agreed")
	}
	waitAsync(t, ctx, `caches.keys().then(k => k.length === 2 && k.includes("`+cacheOf(v1.Version)+`") && k.includes("`+cacheOf("e2e-v2")+`"))`)
	if !evalAsync[bool](t, ctx, `navigator.serviceWorker.getRegistration().then(r => !!r.waiting)`) {
		t.Log(evalAsync[string](t, ctx, `navigator.serviceWorker.getRegistration().then(async r => JSON.stringify({a: r.active && r.active.state, w: r.waiting && r.waiting.state, i: r.installing && r.installing.state, c: navigator.serviceWorker.controller && navigator.serviceWorker.controller.state, k: await caches.keys()}))`))
		t.Fatal("the new worker is not waiting")
	}

	// A note being typed when the user accepts is saved first.
	press(t, ctx, "n")
	waitFor(t, ctx, `document.activeElement === document.querySelector("textarea[data-note-editor]")`)
	do(t, ctx, chromedp.KeyEvent("typed before the update"))
	do(t, ctx, chromedp.Click(chromedp.CSS("[data-update-apply]")))
	waitThroughReload(t, ctx, `window.__sameDocument === undefined && !!document.querySelector("[data-app-ready]")`)
	waitAsync(t, ctx, `caches.keys().then(k => k.length === 1 && k[0] === "`+cacheOf("e2e-v2")+`")`)
	waitEq(t, ctx, noteJS, "typed before the update")
	if got := eval[string](t, ctx, tagsOf("0")); !strings.Contains(got, "claim") {
		t.Errorf("after the update sentence 0 has tags %q, want claim", got)
	}
	if eval[bool](t, ctx, `!!document.querySelector("[data-update-apply]")`) {
		t.Error("the banner is still offered after the update")
	}

	// A release found when the page opens (app.js registers the worker,
	// which checks for a new one).
	srv.restart(newRelease(t, "e2e-v3"))
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, `!!document.querySelector("[data-update-apply]")`)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.__sameDocument = true`))
	do(t, ctx, chromedp.Click(chromedp.CSS("[data-update-apply]")))
	waitThroughReload(t, ctx, `window.__sameDocument === undefined && !!document.querySelector("[data-app-ready]")`)
	waitAsync(t, ctx, `caches.keys().then(k => k.length === 1 && k[0] === "`+cacheOf("e2e-v3")+`")`)
	if got := eval[string](t, ctx, tagsOf("0")); !strings.Contains(got, "claim") {
		t.Errorf("after the second update sentence 0 has tags %q, want claim", got)
	}
	waitEq(t, ctx, noteJS, "typed before the update")
}

// TestUpdateConsentSurvivesClosedTabs: a new release waits for the user's
// consent; when every tab closes, the browser activates the waiting worker
// on its own, and that worker must still serve the release in use: the
// reopened page is the old release (its app.js, its cache kept), the
// update is offered, and only pressing the button switches to the new one,
// keeping the annotations.
func TestUpdateConsentSurvivesClosedTabs(t *testing.T) {
	v1, err := server.New(webDir)
	if err != nil {
		t.Fatal(err)
	}
	srv := newFixedServer(t, v1)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+`.split(" ").includes("claim")`)
	waitOfflineReady(t, ctx)
	cacheOf := func(version string) string { return "annotator:/:" + version }

	srv.restart(newRelease(t, "e2e-v2"))
	evalAsync[chromedp.Void](t, ctx, `annotatorCheckForUpdate()`)
	waitAsync(t, ctx, `navigator.serviceWorker.getRegistration().then(r => !!r.waiting)`)

	// Close every tab of the app (the only one leaves it), until the
	// browser has activated the waiting worker; then reopen.
	// (The waiting worker is gone from the registration once it activated.)
	const noneWaiting = `navigator.serviceWorker.getRegistration().then(r => !!r && !r.waiting && !r.installing && !!r.active)`
	activated := false
	for try := 0; try < 40 && !activated; try++ {
		do(t, ctx, chromedp.Navigate("about:blank"))
		time.Sleep(250 * time.Millisecond)
		open(t, ctx, srv.URL+"/")
		activated = evalAsync[bool](t, ctx, noneWaiting)
	}
	if !activated {
		t.Fatal("the browser never activated the waiting worker with every tab closed")
	}
	if got := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`); got != v1.Version {
		t.Errorf("reopened without consent, the page is release %q, want %q (the one in use)", got, v1.Version)
	}
	if names := evalAsync[[]string](t, ctx, cacheNamesJS); !slices.Contains(names, cacheOf(v1.Version)) {
		t.Errorf("caches %v: the release in use was deleted without consent", names)
	}
	waitFor(t, ctx, `!!document.querySelector("[data-update-apply]")`)
	if got := eval[string](t, ctx, tagsOf("0")); !strings.Contains(got, "claim") {
		t.Errorf("reopened: sentence 0 has tags %q, want claim", got)
	}

	checkAxe(t, ctx, "the update offer")
	checkContrast(t, ctx, "the update offer")

	// Later hides the offer (Escape on its buttons too) and changes
	// nothing; the next opening offers it again.
	eval[bool](t, ctx, `(document.querySelector("[data-update-later]").focus(), true)`)
	command(t, ctx, "Escape")
	waitFor(t, ctx, `!document.querySelector("[data-update-apply]") && document.querySelector("[data-update-banner]").textContent === ""`)
	if got := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`); got != v1.Version {
		t.Errorf("after Later the page is release %q, want %q", got, v1.Version)
	}
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, `!!document.querySelector("[data-update-apply]")`)

	// Consent switches to the new release.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.__sameDocument = true`))
	do(t, ctx, chromedp.Click(chromedp.CSS("[data-update-apply]")))
	waitThroughReload(t, ctx, `window.__sameDocument === undefined && !!document.querySelector("[data-app-ready]")`)
	if got := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`); got != "e2e-v2" {
		t.Errorf("after consent the page is release %q, want e2e-v2", got)
	}
	waitAsync(t, ctx, `caches.keys().then(k => k.length === 1 && k[0] === "`+cacheOf("e2e-v2")+`")`)
	if got := eval[string](t, ctx, tagsOf("0")); !strings.Contains(got, "claim") {
		t.Errorf("after the update sentence 0 has tags %q, want claim", got)
	}
	waitQuiet(t, ctx)
	if eval[bool](t, ctx, `!!document.querySelector("[data-update-apply]")`) {
		t.Error("the update is still offered after it was applied")
	}
}

// TestBrokenReleaseKeepsTheOldOne: a release whose worker lists a URL the
// server does not answer fails to install; nothing is offered, the
// partial cache is dropped, and the release in place still opens offline.
// (go-app's own worker would have activated with an empty cache.)
func TestBrokenReleaseKeepsTheOldOne(t *testing.T) {
	v1, err := server.New(webDir)
	if err != nil {
		t.Fatal(err)
	}
	srv := newFixedServer(t, v1)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+`.split(" ").includes("claim")`)
	waitOfflineReady(t, ctx)

	broken, err := server.NewWith(webDir, server.Options{Version: "e2e-broken", Pages: []string{"/", "/no-such-page"}})
	if err != nil {
		t.Fatal(err)
	}
	srv.restart(broken)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`void (window.__failed = new Promise((done) => navigator.serviceWorker.getRegistration().then((r) =>
		r.addEventListener("updatefound", () => { const w = r.installing; w.addEventListener("statechange", () => { if (w.state === "redundant") done(true); }); }))))`))
	evalAsync[chromedp.Void](t, ctx, `annotatorCheckForUpdate()`)
	if !evalAsync[bool](t, ctx, `window.__failed`) {
		t.Fatal("the broken release's worker did not fail")
	}
	if names := evalAsync[[]string](t, ctx, cacheNamesJS); len(names) != 1 || names[0] != "annotator:/:"+v1.Version {
		t.Errorf("caches %v, want only the release in place", names)
	}
	if eval[bool](t, ctx, `!!document.querySelector("[data-update-apply]")`) {
		t.Error("a broken release is offered as an update")
	}

	srv.stop()
	do(t, ctx, chromedp.Navigate(srv.URL+"/"))
	waitReady(t, ctx)
	if got := eval[string](t, ctx, tagsOf("0")); !strings.Contains(got, "claim") {
		t.Errorf("offline after the failed update: sentence 0 has tags %q, want claim", got)
	}
}

// newRelease serves the same files as a release with another version: the
// worker's script changes, so the browser installs it as an update.
func newRelease(t testing.TB, version string) *server.Site {
	t.Helper()
	site, err := server.NewWith(webDir, server.Options{Version: version})
	if err != nil {
		t.Fatal(err)
	}
	return site
}
