package e2e

import (
	"strings"
	"testing"
)

// keyNowJS dispatches a keydown for key on window and returns what the
// page shows right after dispatchEvent returns, in the same task: before
// any timer, frame or go-app update could have run.
const keyNowJS = `((key) => {
	(document.activeElement || document.body).dispatchEvent(new KeyboardEvent("keydown", {key, bubbles: true, cancelable: true}));
	const cur = document.querySelector('[aria-current="true"]');
	const pressed = [...document.querySelectorAll(".tagbar [data-tag]")]
		.filter((b) => b.getAttribute("aria-pressed") === "true").map((b) => b.dataset.tag);
	return [cur ? cur.dataset.sentence : "none", cur ? (cur.dataset.tags || "") : "",
		document.getElementById("cur-title").textContent, pressed.join(" "),
		document.querySelector(".cur-tags").textContent];
})`

// TestKeyShowsInItsOwnTask checks that a key's whole visible response (the
// article, the tag bar, the current-sentence panel) is in the page when
// the key's event handler returns, so that it is in the next frame.
func TestKeyShowsInItsOwnTask(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	got := eval[[]string](t, ctx, keyNowJS+`("j")`)
	if strings.Join(got[:4], "|") != "1||Sentence 2 of 18|" {
		t.Errorf("after j: %q", got)
	}
	got = eval[[]string](t, ctx, keyNowJS+`("1")`)
	if strings.Join(got, "|") != "1|claim|Sentence 2 of 18|claim|Tags: Claim" {
		t.Errorf("after 1: %q", got)
	}
	got = eval[[]string](t, ctx, keyNowJS+`("k")`)
	if strings.Join(got[:4], "|") != "0||Sentence 1 of 18|" {
		t.Errorf("after k: %q", got)
	}
	// The annotation list follows once keys pause.
	waitFor(t, ctx, `document.querySelectorAll("[data-annotation-list] [data-jump]").length === 1`)
}

// TestKeyThenLeaveKeepsTheChange presses a tag key and reloads the page in
// the same task, before the save that follows the key's frame could run:
// leaving the page saves it.
func TestKeyThenLeaveKeepsTheChange(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	eval[bool](t, ctx, `(window.__before = true, `+keyNowJS+`("2"), location.reload(), true)`)
	waitFor(t, ctx, `!window.__before && !!document.querySelector("[data-app-ready]")`)
	waitEq(t, ctx, tagsOf("0"), "evidence")
}
