package e2e

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"annotator/app/server"
)

// TestCSPAllowsTheApp: under the server's Content-Security-Policy header
// the app loads, runs and takes keys with no violation reported, neither
// to the page (securitypolicyviolation) nor on the console; and an inline
// script, which the policy exists to stop, is stopped and reported.
func TestCSPAllowsTheApp(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	console := recordViolations(t, ctx)
	res, err := chromedp.RunResponse(ctx, chromedp.Navigate(srv.URL+"/"))
	if err != nil {
		t.Fatal(err)
	}
	if csp, _ := res.Headers["Content-Security-Policy"].(string); !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval'") {
		t.Fatalf("the page came without the policy: %v", res.Headers)
	}
	waitReady(t, ctx)
	press(t, ctx, "j", "1", "?")
	waitFor(t, ctx, `!!document.querySelector("[data-help]")`)
	waitFor(t, ctx, tagsOf("1")+`.split(" ").includes("claim")`)
	waitOfflineReady(t, ctx)
	noViolations(t, ctx, console)
	provePolicyBlocksInlineScript(t, ctx, console)
}

// provePolicyBlocksInlineScript checks that the recorder works and the
// policy is in force: an inline script must be blocked and reported.
func provePolicyBlocksInlineScript(t testing.TB, ctx context.Context, console func() []string) {
	t.Helper()
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.createElement("script");
		s.textContent = "window.__inlineRan = true";
		document.head.appendChild(s);
	})()`))
	waitFor(t, ctx, `window.__csp.some(v => v.startsWith("script-src"))`)
	if eval[bool](t, ctx, `window.__inlineRan === true`) {
		t.Error("an inline script ran: the policy is not in force")
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(console()) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the console recorder did not see the blocked inline script")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestInstallable: Chromium reports no installability error for the app
// and no error in its manifest.
func TestInstallable(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitOfflineReady(t, ctx)
	installable(t, ctx, srv.URL+"/manifest.webmanifest")
}

// installable checks that the page links the manifest at url, that
// Chromium finds no error in it, and that it reports no installability
// error (a manifest without a usable icon, for one, gets
// "no-acceptable-icon").
func installable(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	m, err := chromedp.Call(ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil {
		t.Fatal(err)
	}
	if m.URL != url || !strings.Contains(m.Data, `"maskable"`) {
		t.Errorf("manifest %s, want ours at %s:\n%s", m.URL, url, m.Data)
	}
	for _, e := range m.Errors {
		t.Errorf("manifest error: %s (line %d)", e.Message, e.Line)
	}
	res, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.InstallabilityErrors {
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		t.Errorf("installability error %s %v", e.ErrorID, args)
	}
}

// TestStaticSiteUnderSubPath: the static site written for /annotator/ and
// served by a plain file server (as GitHub Pages would) loads under its
// meta-element policy with no violation, is installable, asks for nothing
// outside /annotator/, registers its worker for /annotator/ only, and then
// opens offline at /annotator/ and at a deep link.
func TestStaticSiteUnderSubPath(t *testing.T) {
	site, err := server.NewWith(webDir, server.Options{Prefix: "/annotator", BrotliQuality: 4})
	if err != nil {
		t.Fatal(err)
	}
	dist := t.TempDir()
	if err := server.WriteStatic(dist, webDir, site); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/annotator/", http.StripPrefix("/annotator", http.FileServer(http.Dir(dist))))
	srv := newFixedServer(t, mux)
	ctx := newBrowser(t)
	console := recordViolations(t, ctx)

	var mu sync.Mutex
	var urls []string
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	requests := chromedp.Events(lctx, network.RequestWillBeSent)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ev, err := range requests {
			if err != nil {
				return
			}
			mu.Lock()
			urls = append(urls, ev.Request.URL)
			mu.Unlock()
		}
	}()

	base := srv.URL + "/annotator/"
	open(t, ctx, base)
	if got := eval[string](t, ctx, `document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`); !strings.Contains(got, "'wasm-unsafe-eval'") {
		t.Fatalf("the page has no policy meta element (%q)", got)
	}
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+`.split(" ").includes("claim")`)
	waitOfflineReady(t, ctx)
	if scope := evalAsync[string](t, ctx, `navigator.serviceWorker.getRegistration().then(r => r.scope)`); scope != base {
		t.Errorf("the worker's scope is %s, want %s", scope, base)
	}
	installable(t, ctx, base+"manifest.webmanifest")
	noViolations(t, ctx, console)
	provePolicyBlocksInlineScript(t, ctx, console)

	srv.stop()
	if !evalAsync[bool](t, ctx, serverGoneJS) {
		t.Fatal("the server still answers")
	}
	for _, u := range []string{base, base + "?x=1"} {
		do(t, ctx, chromedp.Navigate(u))
		waitReady(t, ctx)
		if got := eval[string](t, ctx, tagsOf("0")); !strings.Contains(got, "claim") {
			t.Errorf("offline at %s: sentence 0 has tags %q, want claim", u, got)
		}
	}

	cancel()
	<-done
	mu.Lock()
	defer mu.Unlock()
	if len(urls) < 5 {
		t.Fatalf("saw only %d requests: the network log is not working", len(urls))
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, base) && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("request outside %s: %s", base, u)
		}
	}
}
