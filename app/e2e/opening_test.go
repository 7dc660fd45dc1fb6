package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// framesJS runs in every new document: on each animation frame until the
// app is ready, it notes whether the article is visible and what its first
// sentence says.
const framesJS = `(() => {
	const seen = window.__frames = [];
	const tick = () => {
		const art = document.getElementById("article");
		const s = document.querySelector('[data-sentence="0"]');
		if (art && s) seen.push({visible: getComputedStyle(art).visibility === "visible", text: s.textContent});
		if (!document.querySelector("[data-app-ready]")) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`

// frame is one frame framesJS saw.
type frame struct {
	Visible bool   `json:"visible"`
	Text    string `json:"text"`
}

// TestReloadShowsOnlyThatDocument reloads a document of the library, first
// from the server and then from the service worker: the prerendered page
// holds the shipped article, which must never be shown in its place.
func TestReloadShowsOnlyThatDocument(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	file := writeFile(t, "mine.txt", []byte("Mine\nMy own first sentence. And a second one.\n"))
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{file}))
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Mine")
	seedFirst := evalWait[string](t, ctx, `fetch("/").then((r) => r.text()).then((h) => new DOMParser().parseFromString(h, "text/html").querySelector('[data-sentence="0"]').textContent)`, 10*time.Second)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: framesJS}); err != nil {
		t.Fatal(err)
	}
	for _, how := range []string{"first reload", "second reload"} {
		do(t, ctx, chromedp.Reload())
		waitReady(t, ctx)
		waitEq(t, ctx, `document.querySelector('[data-sentence="0"]').textContent`, "Mine")
		frames := eval[[]frame](t, ctx, `window.__frames`)
		hidden := false
		for _, f := range frames {
			if f.Visible && f.Text == seedFirst {
				t.Errorf("%s: a frame showed the shipped article (%q) in place of the document", how, seedFirst)
				break
			}
			hidden = hidden || (!f.Visible && f.Text == seedFirst)
		}
		if !hidden {
			t.Logf("%s: no frame had the prerendered article (%d frames)", how, len(frames))
		}
		if v := eval[string](t, ctx, `getComputedStyle(document.getElementById("article")).visibility`); v != "visible" {
			t.Errorf("%s: the article is %s once the document is open", how, v)
		}
	}
}
