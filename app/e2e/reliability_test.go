package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

func TestAnotherTabsWritesAreMerged(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "1", "j", "2")
	waitFor(t, ctx, tagsOf("0")+` === "claim" && `+tagsOf("1")+` === "evidence"`)
	waitQuiet(t, ctx) // the save follows the key's frame
	key := "annotator/doc/" + seedID()
	// Another tab writes the record (in the inline form of schema 1, which
	// every version reads): it removed Claim from sentence 0 and tagged
	// sentence 3. An about:blank frame shares the page's origin and
	// storage, and its writes fire the storage event here exactly as
	// another tab's do.
	other := `(() => { const f = document.createElement("iframe"); document.body.appendChild(f);
		const cur = JSON.parse(localStorage.getItem(` + jsString(key) + `));
		const text = i => document.querySelector('[data-sentence="' + i + '"]').textContent;
		const rec = {schema: 1, rev: cur.rev + 1, doc: cur.doc, title: cur.title, tagSet: cur.tagSet,
			marks: [{i: 1, start: 0, end: 0, quote: text(1), tags: ["evidence"]}, {i: 3, start: 0, end: 0, quote: text(3), tags: ["fact"]}],
			modified: new Date().toISOString()};
		f.contentWindow.localStorage.setItem(` + jsString(key) + `, JSON.stringify(rec)); f.remove(); return true; })()`
	start := time.Now()
	eval[bool](t, ctx, other)
	waitFor(t, ctx, tagsOf("0")+` === "" && `+tagsOf("3")+` === "fact" && `+tagsOf("1")+` === "evidence"`)
	t.Logf("another tab's change showed after %v", time.Since(start)) // a figure, not a timed assertion
	waitFor(t, ctx, `document.querySelector('[role="status"]').textContent.includes("another tab")`)
	// This tab's next write keeps the other tab's work, and its own.
	press(t, ctx, "j", "j", "j", "4")
	waitFor(t, ctx, tagsOf("4")+` === "opinion"`)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	got := eval[string](t, ctx, tagsOf("0")+` + "|" + `+tagsOf("1")+` + "|" + `+tagsOf("3")+` + "|" + `+tagsOf("4"))
	if got != "|evidence|fact|opinion" {
		t.Errorf("after the merge: %s, want |evidence|fact|opinion", got)
	}
}

func TestCorruptStoredKeysAreLeftAlone(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-show]`)))
	waitFor(t, ctx, `!!document.querySelector("textarea[data-paste]")`)
	setInput(t, ctx, `textarea[data-paste]`, "Mine\nFirst sentence. Second sentence.")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-open]`)))
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Mine")
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	waitQuiet(t, ctx) // the save follows the key's frame
	id := eval[string](t, ctx, `new URL(location.href).searchParams.get("doc")`)
	garbage := map[string]string{
		"annotator/history/" + id:   "[1,2",
		"annotator/prefs":           `{"theme": 7}`,
		"annotator/opened":          "nope",
		"annotator/doc/" + seedID(): `{"schema": 99, "doc": "` + seedID() + `"}`,
	}
	for k, v := range garbage {
		eval[bool](t, ctx, `(localStorage.setItem(`+jsString(k)+`, `+jsString(v)+`), true)`)
	}
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, tagsOf("0")+` === "claim"`) // the document itself is fine
	press(t, ctx, "j", "2")
	waitFor(t, ctx, tagsOf("1")+` === "evidence"`)
	// The shipped article's record is from a newer version: read-only, with its raw data offered.
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("newer version")`)
	waitFor(t, ctx, `!!document.querySelector("[data-download-raw]")`)
	press(t, ctx, "1")
	waitFor(t, ctx, `document.querySelector('[role="status"]').textContent.includes("read-only")`)
	// The library still lists everything.
	open(t, ctx, srv.URL+"/library")
	waitEq(t, ctx, `String(document.querySelectorAll("[data-library] tbody tr").length)`, "2")
	for k, v := range garbage {
		if k == "annotator/opened" || k == "annotator/prefs" {
			continue // preferences and the opened-times index are rewritten, not read, when broken
		}
		if got := eval[string](t, ctx, `localStorage.getItem(`+jsString(k)+`)`); got != v {
			t.Errorf("%s was overwritten: %q", k, got)
		}
	}
	// A corrupt text of a document: the library says so, the reader refuses to open it, nothing is deleted.
	eval[bool](t, ctx, `(localStorage.setItem("annotator/text/`+id+`", "{broken"), true)`)
	open(t, ctx, srv.URL+"/library")
	waitFor(t, ctx, `document.querySelector("[data-library]").textContent.includes("Cannot be read")`)
	open(t, ctx, srv.URL+"/?doc="+id)
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("could not be read")`)
	if got := eval[string](t, ctx, `localStorage.getItem("annotator/text/`+id+`")`); got != "{broken" {
		t.Errorf("the corrupt text was changed: %q", got)
	}
}

func TestQuotaAlertOffersExportAndRetries(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	dir := allowDownloads(t, ctx)
	open(t, ctx, srv.URL+"/")
	eval[int](t, ctx, `(() => { const big = "x".repeat(1 << 20); let i = 0;
		try { for (;; i++) localStorage.setItem("filler/" + i, big); } catch (e) {}
		try { for (let j = 0;; j++) localStorage.setItem("filler/s" + j, "x".repeat(512)); } catch (e) {}
		return i; })()`)
	press(t, ctx, "1")
	waitFor(t, ctx, `!!document.querySelector("[data-export-now]")`)
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-export-now]`)))
	waitDownload(t, dir, ".json")
	// Space frees up: the app retries by itself, without another change.
	eval[bool](t, ctx, `(() => { for (const k of Object.keys(localStorage)) if (k.startsWith("filler/")) localStorage.removeItem(k); return true; })()`)
	waitFor(t, ctx, `!document.querySelector("[data-export-now]") && document.querySelector('[role="alert"]').textContent === ""`)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
}

// xssPayloads are filter-evasion style inputs: each would set window.__xss
// if anything rendered it as HTML or ran it.
var xssPayloads = []string{
	`<script>window.__xss=1</script>`,
	`<img src=x onerror="window.__xss=2">`,
	`<svg onload="window.__xss=3">`,
	`"><iframe src="javascript:window.parent.__xss=4">`,
	`<a href="javascript:window.__xss=5">click</a>`,
	`<body onload=window.__xss=6>`,
	`{{constructor.constructor('window.__xss=7')()}}`,
	`';window.__xss=8;//`,
	`<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=9>`,
	"\u202Eevil\u202C \u0007 \uFEFF Ω≈ç√∫ 田中さん 👩🏽‍💻",
}

func TestXSSCorpusNeverRuns(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	// As article text (and so as the title).
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-show]`)))
	waitFor(t, ctx, `!!document.querySelector("textarea[data-paste]")`)
	setInput(t, ctx, `textarea[data-paste]`, strings.Join(xssPayloads, "\n"))
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-open]`)))
	waitEq(t, ctx, `document.querySelector("h1").textContent`, xssPayloads[0])
	// As notes.
	for i := range 3 {
		command(t, ctx, "n")
		waitFor(t, ctx, `document.activeElement.hasAttribute("data-note-editor")`)
		setInput(t, ctx, `textarea[data-note-editor]`, xssPayloads[i+1])
		press(t, ctx, kb.Escape, "j", "1")
	}
	// As a tag name.
	press(t, ctx, "T")
	waitFor(t, ctx, `!!document.querySelector("[data-tag-editor]")`)
	setInput(t, ctx, `[data-tag-editor] [data-field="name"][data-index="0"]`, xssPayloads[1])
	setInput(t, ctx, `[data-tag-editor] [data-field="description"][data-index="0"]`, xssPayloads[0])
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-save-tags]`)))
	waitFor(t, ctx, `!document.querySelector("[data-tag-editor]")`)
	// As a title.
	id := eval[string](t, ctx, `new URL(location.href).searchParams.get("doc")`)
	open(t, ctx, srv.URL+"/library")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-rename="`+id+`"]`)))
	waitFor(t, ctx, `!!document.querySelector("[data-rename-input]")`)
	setInput(t, ctx, `[data-rename-input]`, xssPayloads[3])
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-rename-save]`)))
	waitFor(t, ctx, `document.querySelector("[data-library]").textContent.includes("iframe")`)
	open(t, ctx, srv.URL+"/?doc="+id)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	press(t, ctx, "?")
	waitFor(t, ctx, `!!document.querySelector("[data-help]")`)
	if got := eval[string](t, ctx, `String(window.__xss)`); got != "undefined" {
		t.Errorf("a payload ran: window.__xss = %s", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("body img, body iframe, body script, body math, article svg, .side svg:not([data-tag-chart])").length`); n != 0 {
		t.Errorf("%d elements from payloads are in the page", n)
	}
	if !strings.Contains(eval[string](t, ctx, `document.querySelector("article").textContent`), `<script>window.__xss=1</script>`) {
		t.Error("the payload text is not shown as text")
	}
}

func TestClearMyData(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	dir := allowDownloads(t, ctx)
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	eval[bool](t, ctx, `(localStorage.setItem("other-app/key", "kept"), true)`)
	open(t, ctx, srv.URL+"/library")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-clear-data]`)))
	waitFor(t, ctx, `!!document.querySelector("[data-confirm-clear]")`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`.offer [data-export="backup-all"]`)))
	waitDownload(t, dir, ".json")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-confirm-clear]`)))
	waitFor(t, ctx, `Object.keys(localStorage).every(k => !k.startsWith("annotator/"))`)
	if got := eval[string](t, ctx, `localStorage.getItem("other-app/key")`); got != "kept" {
		t.Error("another app's data was deleted")
	}
}
