package e2e

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// fixedServer serves one handler after another on the same 127.0.0.1
// port, so that the browser sees one origin throughout (same storage,
// same service worker) while the test stops the server or swaps releases.
type fixedServer struct {
	t    testing.TB
	addr string
	// URL is http://127.0.0.1:port, without a trailing slash.
	URL  string
	srv  *http.Server
	done chan struct{}
}

// newFixedServer picks a free port and starts serving h on it.
func newFixedServer(t testing.TB, h http.Handler) *fixedServer {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &fixedServer{t: t, addr: l.Addr().String(), URL: "http://" + l.Addr().String()}
	s.serve(l, h)
	t.Cleanup(s.stop)
	return s
}

// serve runs h on l until stop.
func (s *fixedServer) serve(l net.Listener, h http.Handler) {
	s.srv = &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	s.done = make(chan struct{})
	go func(srv *http.Server, done chan struct{}) {
		defer close(done)
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.t.Errorf("serving %s: %v", s.addr, err)
		}
	}(s.srv, s.done)
}

// stop closes the listener and every connection: the site is gone.
func (s *fixedServer) stop() {
	if s.srv == nil {
		return
	}
	s.srv.Close()
	<-s.done
	s.srv = nil
}

// restart stops the server and serves h on the same address.
func (s *fixedServer) restart(h http.Handler) {
	s.t.Helper()
	s.stop()
	var l net.Listener
	var err error
	for range 50 { // the port is ours, but the kernel may need a moment
		if l, err = net.Listen("tcp", s.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		s.t.Fatalf("listening on %s again: %v", s.addr, err)
	}
	s.serve(l, h)
}

// evalAsync evaluates a JavaScript expression that may return a promise.
func evalAsync[T any](t testing.TB, ctx context.Context, js string) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// waitAsync polls an expression that may return a promise until it is true.
func waitAsync(t testing.TB, ctx context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(45 * time.Second)
	for !evalAsync[bool](t, ctx, cond) {
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: timed out", cond)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitThroughReload polls a condition while the page reloads: errors from
// a document going away count as "not yet".
func waitThroughReload(t testing.TB, ctx context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(45 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ok, err := chromedp.Run(tctx, chromedp.Evaluate[bool](cond))
		cancel()
		if err == nil && ok {
			return
		}
		last = err
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("waiting for %s: timed out (last error: %v)", cond, last)
}

// cachedJS is true once the service worker controls the page and a cache
// holds app.wasm (a worker is "activated" before go-app's fills its cache;
// ours fills it during install, and this checks it).
const cachedJS = `(async () => {
	if (!navigator.serviceWorker.controller) return false;
	const wasm = new URL("web/app.wasm", document.querySelector('link[rel="manifest"]').href).href;
	for (const name of await caches.keys()) {
		if (await (await caches.open(name)).match(wasm)) return true;
	}
	return false;
})()`

// cacheNamesJS lists the Cache Storage names of the origin.
const cacheNamesJS = `caches.keys()`

// waitOfflineReady waits until the app can open without the server.
func waitOfflineReady(t testing.TB, ctx context.Context) {
	t.Helper()
	waitAsync(t, ctx, cachedJS)
}

// serverGoneJS is true when a request the worker does not answer fails:
// the page's later loads must then come from the worker.
const serverGoneJS = `fetch("app-worker.js?probe=" + Date.now(), {cache: "no-store"}).then(() => false, () => true)`

// recordViolations makes every page the tab loads record the
// securitypolicyviolation events it sees in window.__csp, and returns the
// browser console's messages about Content Security Policy so far.
func recordViolations(t testing.TB, ctx context.Context) func() []string {
	t.Helper()
	const js = `window.__csp = []; document.addEventListener("securitypolicyviolation",
		(e) => window.__csp.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));`
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var console []string
	lctx, cancel := context.WithCancel(ctx)
	t.Cleanup(cancel)
	messages := chromedp.Console(lctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if strings.Contains(m.Text, "Content Security Policy") || strings.Contains(m.Text, "Content-Security-Policy") {
				mu.Lock()
				console = append(console, fmt.Sprintf("console %s: %s", m.Type, m.Text))
				mu.Unlock()
			}
		}
	}()
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), console...)
	}
}

// noViolations fails the test if the page or the console saw a CSP violation.
func noViolations(t testing.TB, ctx context.Context, console func() []string) {
	t.Helper()
	time.Sleep(200 * time.Millisecond) // let console events arrive
	for _, v := range eval[[]string](t, ctx, `window.__csp`) {
		t.Errorf("CSP violation: %s", v)
	}
	for _, v := range console() {
		t.Errorf("CSP message: %s", v)
	}
}
