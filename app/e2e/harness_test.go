// Package e2e drives the built app in Debian's headless Chromium with chromedp.
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"annotator/app/model"
	"annotator/app/server"
	"annotator/app/ui"
	"annotator/seeds"
)

// webDir holds app.wasm and the static assets under test.
var webDir string

// TestMain builds app.wasm unless ANNOTATOR_WEB names a directory that has
// one (make test builds it first), and registers the app's routes so that the
// test server prerenders the same pages as the real one.
func TestMain(m *testing.M) {
	webDir = os.Getenv("ANNOTATOR_WEB")
	if webDir == "" {
		dir, err := buildWeb()
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e: building app.wasm:", err)
			os.Exit(1)
		}
		defer os.RemoveAll(dir)
		webDir = dir
	}
	ui.RegisterRoutes()
	os.Exit(m.Run())
}

// buildWeb copies ../../web into a temporary directory and builds app.wasm there.
func buildWeb() (string, error) {
	dir, err := os.MkdirTemp("", "annotator-web-")
	if err != nil {
		return "", err
	}
	files, _ := filepath.Glob("../../web/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			return "", err
		}
	}
	args := append(append([]string{"build"}, wasmGCFlags()...), "-o", filepath.Join(dir, "app.wasm"), "../../app")
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	return dir, cmd.Run()
}

// newServer serves the app from webDir on 127.0.0.1 (a secure context).
// Tests get app.wasm with brotli 6 only: the server's default also makes
// brotli 11 in the background, a minute of one core that benchmarks wait
// for (the size served) and tests must not share their machine with.
func newServer(t testing.TB) *httptest.Server {
	t.Helper()
	opts := server.Options{}
	if _, bench := t.(*testing.B); !bench {
		opts.BrotliQuality = 6
	}
	h, err := server.NewWith(webDir, opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// chromium finds the browser or fails with the package to install.
func chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("chromium not found: install Debian's 'chromium' package (make chromium does it as root)")
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and returns a
// tab context. The browser is started before any timeout is applied, so
// per-step timeouts do not end it.
func newBrowser(t testing.TB) context.Context {
	t.Helper()
	return newBrowserIn(t, t.TempDir())
}

// newBrowserIn is newBrowser with a given profile directory, so that a test
// can restart the browser on the same profile.
func newBrowserIn(t testing.TB, profile string) context.Context {
	t.Helper()
	return newBrowserWith(t, profile)
}

// withLanguages makes the browser's preferred languages (navigator.languages)
// the given ones, most preferred first, as a browser set up in those
// languages has them.
func withLanguages(langs ...string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.Flag("lang", langs[0]),
		chromedp.Flag("accept-lang", strings.Join(langs, ",")),
	}
}

// newBrowserWith is newBrowserIn with more allocator options (see
// withLanguages).
func newBrowserWith(t testing.TB, profile string, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	opts = append(opts, extra...)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// do runs steps with a timeout, failing the test on error.
func do(t testing.TB, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression and decodes its value.
func eval[T any](t testing.TB, ctx context.Context, js string) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// waitFor evaluates a JavaScript condition every 20 ms until it is true.
// Each try is a fresh evaluation, so a navigation in between (which would
// strand an in-page poll in the old document) and exceptions thrown while
// the page is not there yet only count as "not yet".
func waitFor(t testing.TB, ctx context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ok, err := chromedp.Run(tctx, chromedp.Evaluate[bool](`(() => { try { return !!(`+cond+`); } catch (e) { return false; } })()`))
		cancel()
		if err == nil && ok {
			return
		}
		last = err
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("waiting for %s: timed out (last error: %v)", cond, last)
}

// waitQuiet waits until the page has not changed for 300 ms: after keys,
// the save and go-app's update of the side panel follow the key's frame
// (the update once keys pause for 200 ms), so a test that reads storage
// or clicks in the side panel waits for them first.
func waitQuiet(t testing.TB, ctx context.Context) {
	t.Helper()
	const js = `new Promise((resolve) => {
		let last = performance.now();
		const mo = new MutationObserver(() => { last = performance.now(); });
		mo.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
		const start = last;
		const tick = () => {
			const now = performance.now();
			if (now - last >= 300 || now - start > 10000) { mo.disconnect(); resolve(true); return; }
			setTimeout(tick, 50);
		};
		tick();
	})`
	evalWait[bool](t, ctx, js, 15*time.Second)
}

// open navigates to url and waits until the app has loaded its data.
func open(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url))
	waitReady(t, ctx)
}

// waitReady waits for the marker the app sets once storage is loaded.
func waitReady(t testing.TB, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, `!!document.querySelector("[data-app-ready]")`)
}

// press sends key presses to the focused element.
func press(t testing.TB, ctx context.Context, keys ...string) {
	t.Helper()
	for _, k := range keys {
		do(t, ctx, chromedp.KeyEvent(k))
	}
}

// waitEq polls a JavaScript expression until it equals want, and reports
// the last value it saw when it never does.
func waitEq(t testing.TB, ctx context.Context, expr, want string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	var got string
	for time.Now().Before(deadline) {
		got = eval[string](t, ctx, expr)
		if got == want {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%s = %q, want %q", expr, got, want)
}

// open0 navigates without waiting for the app (for pages that are not the app).
func open0(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url))
}

// setInput sets the value of the input or select matching sel and fires the
// input and change events a user's edit would fire.
func setInput(t testing.TB, ctx context.Context, sel, value string) {
	t.Helper()
	js := `(() => { const el = document.querySelector(` + jsString(sel) + `); if (!el) return false;
		el.value = ` + jsString(value) + `;
		el.dispatchEvent(new Event("input", {bubbles: true}));
		el.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`
	if !eval[bool](t, ctx, js) {
		t.Fatalf("no element matches %s", sel)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// command presses a key as a real keyboard does when the page cancels its
// keydown: a key-down and a key-up, with no character event (chromedp's
// KeyEvent also sends the character, which would land in a field the key
// just focused).
func command(t testing.TB, ctx context.Context, key string) {
	t.Helper()
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
			if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, input.DispatchKeyEventParams{Type: typ, Key: key}); err != nil {
				return err
			}
		}
		return nil
	}))
}

// seedID is the document id of the shipped default article.
func seedID() string {
	a := seeds.Default()
	return model.New(a.Title, a.Text).ID
}
