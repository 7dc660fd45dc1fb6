package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// alertTextJS is the alert bar's message (empty when none).
const alertTextJS = `(document.querySelector('.alert[role="alert"] p') || {textContent: ""}).textContent`

// TestBannersDismiss: an alert about something that happened has a
// Dismiss button, which Escape presses too; the same alert coming again
// shows again. The alert about changes not saved yet has none and says it
// stays until they are saved. The offer to bring an earlier version's
// annotations over goes with Escape, leaving both versions as they were.
func TestBannersDismiss(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	bin := writeFile(t, "photo.png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 200)...))

	for round := 0; round < 2; round++ {
		do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{bin}))
		waitFor(t, ctx, alertTextJS+`.includes("photo.png was not opened")`)
		waitFor(t, ctx, `!!document.querySelector("[data-dismiss-alert]")`)
		if round == 0 {
			checkAxe(t, ctx, "an alert with Dismiss")
			checkContrast(t, ctx, "an alert with Dismiss")
			do(t, ctx, chromedp.Click(chromedp.CSS("[data-dismiss-alert]")))
		} else {
			eval[bool](t, ctx, `(document.querySelector("[data-dismiss-alert]").focus(), true)`)
			command(t, ctx, "Escape")
		}
		waitEq(t, ctx, alertTextJS, "")
		if eval[bool](t, ctx, `!!document.querySelector("[data-dismiss-alert]")`) {
			t.Errorf("round %d: the Dismiss button stays after dismissing", round)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll('[role="alert"]').length`); n < 1 {
			t.Errorf("round %d: the alert region is gone (screen readers would miss the next one)", round)
		}
		if got := eval[string](t, ctx, `document.activeElement.id`); got != "article" {
			t.Errorf("round %d: focus is on %q after dismissing, want the article", round, got)
		}
	}

	// The carry offer: Escape on its buttons keeps the versions apart.
	v1 := "Town hall story\nThe council met on Monday. The mayor proposed a new park. The vote is next week.\n"
	v2 := "Town hall story\nThe council met on Monday. A reporter was present. The mayor proposed a new park. The vote is next week.\n"
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{writeFile(t, "v1.txt", []byte(v1))}))
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Town hall story")
	press(t, ctx, "j", "1")
	waitFor(t, ctx, tagsOf("1")+` === "claim"`)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{writeFile(t, "v2.txt", []byte(v2))}))
	waitFor(t, ctx, `!!document.querySelector('[data-carry="yes"]')`)
	eval[bool](t, ctx, `(document.querySelector('[data-carry="yes"]').focus(), true)`)
	command(t, ctx, "Escape")
	waitFor(t, ctx, `!document.querySelector('[data-carry]')`)
	waitQuiet(t, ctx)
	if got := eval[string](t, ctx, `[...document.querySelectorAll("[data-sentence]")].map(s => s.getAttribute("data-tags") || "").join("")`); got != "" {
		t.Errorf("after Escape on the offer the new version has tags %q, want none", got)
	}

	// Changes not saved: no Dismiss, and the alert says it stays.
	open(t, ctx, srv.URL+"/")
	eval[int](t, ctx, `(() => { const big = "x".repeat(1 << 20); let i = 0;
		try { for (;; i++) localStorage.setItem("filler/" + i, big); } catch (e) {}
		try { for (let j = 0;; j++) localStorage.setItem("filler/s" + j, "x".repeat(1024)); } catch (e) {}
		return i; })()`)
	press(t, ctx, "1")
	waitFor(t, ctx, alertTextJS+`.includes("could not be saved")`)
	waitQuiet(t, ctx)
	if eval[bool](t, ctx, `!!document.querySelector("[data-dismiss-alert]")`) {
		t.Error("the alert about unsaved changes can be dismissed")
	}
	if got := eval[string](t, ctx, `(document.querySelector("[data-alert-stays]") || {textContent: ""}).textContent`); !strings.Contains(got, "stays until your changes are saved") {
		t.Errorf("the unsaved alert says %q, want that it stays until the changes are saved", got)
	}
	eval[bool](t, ctx, `(() => { for (const k of Object.keys(localStorage)) if (k.startsWith("filler/")) localStorage.removeItem(k); return true; })()`)
	press(t, ctx, "j", "2")
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent === ""`)
}
