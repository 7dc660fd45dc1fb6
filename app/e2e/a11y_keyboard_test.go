package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// pointerCounterJS counts every pointer and mouse event the page receives,
// from the first script of each document on.
const pointerCounterJS = `window.__pointerEvents = 0;
for (const type of ["pointerdown", "pointerup", "mousedown", "mouseup", "mousemove", "touchstart"])
	addEventListener(type, () => { window.__pointerEvents++; }, true);`

// TestKeyboardOnly does the whole task with the keyboard alone: Tab to the
// paste button and press Enter, type a text, Tab to Open and press Enter,
// tag three sentences, write a note, Tab to the CSV export and press Enter.
// It checks that the file is downloaded with the tags and the note, that
// focus is visible at every Tab stop, and that no mouse or pointer event
// reached the page.
func TestKeyboardOnly(t *testing.T) {
	srv := newServer(t)
	for _, width := range []int64{1280, 320} {
		t.Run(fmt.Sprintf("%dpx", width), func(t *testing.T) { keyboardOnly(t, srv.URL, width) })
	}
}

// keyboardOnly is TestKeyboardOnly in a fresh browser whose viewport is
// width pixels wide.
func keyboardOnly(t *testing.T, url string, width int64) {
	ctx := newBrowser(t)
	do(t, ctx, chromedp.EmulateViewport(width, 800))
	dir := t.TempDir()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: pointerCounterJS}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, EventsEnabled: new(true)}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, url+"/")

	// Open a document: the paste dialog, by Tab and Enter.
	tabTo(t, ctx, "[data-paste-show]", 40)
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `document.activeElement.matches("textarea[data-paste]")`)
	press(t, ctx, "Keyboard piece\nThe first sentence makes a claim. The second gives evidence. The third quotes a witness. The fourth ends it.")
	tab(t, ctx, false)
	waitFor(t, ctx, `document.activeElement.matches("[data-paste-open]")`)
	press(t, ctx, kb.Enter)
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Keyboard piece")
	waitEq(t, ctx, `String(document.querySelectorAll("[data-sentence]").length)`, "5")

	// Tag three sentences: Claim, Evidence, Quote.
	press(t, ctx, "j", "1", "j", "2", "j", "3")
	waitFor(t, ctx, tagsOf("1")+` === "claim" && `+tagsOf("2")+` === "evidence" && `+tagsOf("3")+` === "quote"`)
	waitFor(t, ctx, `document.querySelector(".foot [aria-live=polite]").textContent === "Sentence 4 of 5, tagged Quote"`)

	// Write a note on the third tagged sentence.
	command(t, ctx, "n")
	waitFor(t, ctx, `document.activeElement.hasAttribute("data-note-editor")`)
	press(t, ctx, "Who is the witness?", kb.Escape)
	waitFor(t, ctx, `document.querySelector('[data-sentence="3"]').hasAttribute("data-has-note") && !document.activeElement.hasAttribute("data-note-editor")`)

	// Export: Tab to the CSV button and press Enter; a file is downloaded.
	dctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	begins := chromedp.BrowserEvents(dctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(dctx, browser.DownloadProgress)
	tabTo(t, ctx, `[data-export="csv"]`, 80)
	press(t, ctx, kb.Enter)
	var begun browser.EventDownloadWillBegin
	for ev, err := range begins {
		if err != nil {
			t.Fatalf("no download began after Enter on the CSV export: %v", err)
		}
		begun = ev
		break
	}
	if !strings.HasSuffix(begun.SuggestedFilename, ".csv") {
		t.Errorf("the CSV export downloads %q", begun.SuggestedFilename)
	}
	file := filepath.Join(dir, begun.SuggestedFilename)
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("the download of %s never completed: %v", begun.SuggestedFilename, err)
		}
		if ev.GUID != begun.GUID || ev.State == browser.DownloadProgressStateInProgress {
			continue
		}
		if ev.State != browser.DownloadProgressStateCompleted {
			t.Fatalf("the download of %s ended as %s", begun.SuggestedFilename, ev.State)
		}
		if ev.FilePath != "" {
			file = ev.FilePath
		}
		break
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Claim", "Evidence", "Quote", "Who is the witness?", "The third quotes a witness."} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the exported CSV lacks %q:\n%s", want, b)
		}
	}
	waitFor(t, ctx, `document.querySelector('[role="status"]').textContent.includes("Exported")`)

	// The skip link is the first Tab stop, and the Tab after it goes past the article.
	open(t, ctx, url+"/")
	tab(t, ctx, false)
	waitFor(t, ctx, `document.activeElement.matches("a.skip")`)
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `document.activeElement.id === "article"`)
	tab(t, ctx, false)
	if !eval[bool](t, ctx, `!!(document.getElementById("article").compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)`) {
		t.Errorf("the Tab after the skip link went to %s, not past the article", eval[string](t, ctx, activeJS))
	}

	if n := eval[int](t, ctx, `window.__pointerEvents`); n != 0 {
		t.Errorf("%d mouse or pointer events reached the page; the task must need none", n)
	}
}
