package e2e

import (
	"testing"
)

// keyWritesJS dispatches a keydown for key on window and returns what the
// key's handler wrote into the page, in the same task: whether sentences
// 0 to 2 are still the same nodes, and the mutation records of the
// article and of the tag bar (a MutationObserver's takeRecords).
const keyWritesJS = `((key) => {
	const q = (i) => document.querySelector('[data-sentence="' + i + '"]');
	const before = [q(0), q(1), q(2)];
	const art = new MutationObserver(() => {}), bar = new MutationObserver(() => {});
	const opts = {subtree: true, childList: true, attributes: true, characterData: true};
	art.observe(document.getElementById("article"), opts);
	bar.observe(document.getElementById("tagbar"), opts);
	(document.activeElement || document.body).dispatchEvent(new KeyboardEvent("keydown", {key, bubbles: true, cancelable: true}));
	const a = art.takeRecords(), b = bar.takeRecords();
	art.disconnect(); bar.disconnect();
	const cur = document.querySelector('[aria-current="true"]');
	return {same: before.map((e, i) => e === q(i)), article: a.length, childList: a.filter((r) => r.type === "childList").length,
		tagbar: b.length, cur: cur ? +cur.dataset.sentence : -1, curClass: cur ? cur.classList.contains("cur") : false,
		others: document.querySelectorAll('[data-sentence].cur, [data-sentence][aria-current]').length};
})`

// keyWrites is what keyWritesJS reports.
type keyWrites struct {
	Same      []bool `json:"same"`
	Article   int    `json:"article"`
	ChildList int    `json:"childList"`
	Tagbar    int    `json:"tagbar"`
	Cur       int    `json:"cur"`
	CurClass  bool   `json:"curClass"`
	Others    int    `json:"others"`
}

// TestMoveKeyWritesOnlyTheMarker checks that a cursor move changes, like
// the bench's floor page, only the current-sentence marker of the two
// sentences (aria-current and the cur class on the same nodes, no
// rebuilt sentence), and writes nothing into the tag bar when the pressed
// states stay; a tag key then rebuilds its sentence and presses its
// button, and the marker moves back correctly after it.
func TestMoveKeyWritesOnlyTheMarker(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitQuiet(t, ctx) // start-up renders done (after a render, reflect writes everything once)
	w := eval[keyWrites](t, ctx, keyWritesJS+`("j")`)
	if !w.Same[0] || !w.Same[1] || w.ChildList != 0 || w.Cur != 1 || !w.CurClass || w.Others != 1 {
		t.Errorf("j: %+v; want sentences 0 and 1 kept (no childList change), sentence 1 alone current", w)
	}
	if w.Article > 4 {
		t.Errorf("j: %d changes in the article, want at most 4 (aria-current and class on two sentences)", w.Article)
	}
	if w.Tagbar != 0 {
		t.Errorf("j between two untagged sentences: %d writes in the tag bar, want none", w.Tagbar)
	}
	w = eval[keyWrites](t, ctx, keyWritesJS+`("1")`)
	if w.Same[1] || w.Tagbar == 0 || w.Cur != 1 || w.Others != 1 {
		t.Errorf("1: %+v; want sentence 1 rebuilt with its tag, its button pressed", w)
	}
	waitEq(t, ctx, `document.querySelector('#tagbar [data-tag="claim"]').getAttribute("aria-pressed")`, "true")
	w = eval[keyWrites](t, ctx, keyWritesJS+`("k")`)
	if !w.Same[0] || !w.Same[1] || w.Cur != 0 || w.Others != 1 || w.Tagbar == 0 {
		t.Errorf("k: %+v; want the marker back on sentence 0, the button released", w)
	}
	waitEq(t, ctx, `document.querySelector('#tagbar [data-tag="claim"]').getAttribute("aria-pressed")`, "false")
	// After go-app's own update (keys paused), the page still agrees.
	waitFor(t, ctx, `document.querySelectorAll("[data-annotation-list] [data-jump]").length === 1`)
	waitEq(t, ctx, `document.querySelectorAll('[data-sentence][aria-current="true"]').length + ":" + document.querySelector('[aria-current="true"]').dataset.sentence`, "1:0")
	w = eval[keyWrites](t, ctx, keyWritesJS+`("j")`)
	if w.Cur != 1 || w.Others != 1 || w.Tagbar == 0 {
		t.Errorf("j after go-app's update: %+v; want sentence 1 current, the claim button pressed", w)
	}
}
