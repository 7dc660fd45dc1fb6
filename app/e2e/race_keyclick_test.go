package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// tagBarJS lists the tag bar's pressed tags, in order, joined by spaces.
const tagBarJS = `[...document.querySelectorAll("[data-tag]")].filter(b => b.getAttribute("aria-pressed") === "true").map(b => b.dataset.tag).join(" ")`

// curTagsJS is the data-tags of the current sentence.
const curTagsJS = `(document.querySelector('[aria-current="true"][data-sentence]').getAttribute("data-tags") || "")`

// TestRaceTagKeyThenClick: a tag key followed at once (before go-app's
// deferred update) by a click on another sentence leaves the tag bar
// showing the new current sentence's tags, and clicking a tag button then
// toggles it as the bar shows. Also a tag key followed by a click on the
// same tag's button (a state that goes there and back before go-app
// renders) leaves the bar matching the sentence.
func TestRaceTagKeyThenClick(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	waitQuiet(t, ctx)

	// The click comes once the key's frame is painted and its save done,
	// well before go-app's own update (which waits for keys to pause).
	if !evalAsync[bool](t, ctx, keyThen(`document.querySelector('[data-sentence="2"]').click()`, "1")) {
		t.Fatal("dispatch failed")
	}
	waitFor(t, ctx, `document.querySelector('[data-sentence="2"]').getAttribute("aria-current") === "true"`)
	waitFor(t, ctx, tagsOf("0")+`.split(" ").includes("claim")`)
	waitQuiet(t, ctx)
	if got, want := eval[string](t, ctx, tagBarJS), eval[string](t, ctx, curTagsJS); got != want {
		t.Fatalf("after a key then a click: the tag bar shows %q pressed, the current sentence has %q", got, want)
	}
	// Clicking the first tag's button adds it (the bar shows it unpressed).
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-tag="claim"]`)))
	waitFor(t, ctx, tagsOf("2")+`.split(" ").includes("claim")`)
	waitQuiet(t, ctx)
	if got := eval[string](t, ctx, tagBarJS); got != "claim" {
		t.Errorf("after clicking Claim on sentence 2: pressed %q, want claim", got)
	}

	// A key then a click on the same tag's button: the tag goes off and on again.
	evalAsync[bool](t, ctx, keyThen(`document.querySelector('[data-tag="evidence"]').click()`, "2"))
	waitQuiet(t, ctx)
	if got, want := eval[string](t, ctx, tagBarJS), eval[string](t, ctx, curTagsJS); got != want {
		t.Errorf("after a key then its button: the tag bar shows %q pressed, the current sentence has %q", got, want)
	}

	// A key, then a click on an entry of the annotation list (another
	// component's handler moves the cursor).
	evalAsync[bool](t, ctx, keyThen(`document.querySelector('[data-jump="0"]').click()`, "3"))
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	waitQuiet(t, ctx)
	if got, want := eval[string](t, ctx, tagBarJS), eval[string](t, ctx, curTagsJS); got != want || want != "claim" {
		t.Errorf("after a key then a list entry: the tag bar shows %q pressed, the current sentence has %q (want claim)", got, want)
	}
}

// keyThen is a script that presses the digit key, waits for the key's
// frame and the idle time after it (where the key's save runs), then runs
// then: a person's click 20–150 ms after the key.
func keyThen(then, digit string) string {
	return `(async () => {
		document.body.dispatchEvent(new KeyboardEvent("keydown", {key: "` + digit + `", code: "Digit` + digit + `", bubbles: true, cancelable: true}));
		await new Promise((done) => requestAnimationFrame(() => requestIdleCallback(done)));
		await new Promise((done) => setTimeout(done, 0));
		` + then + `;
		return true; })()`
}
