package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// listJumpsJS is the sentences the annotation list shows, in order.
const listJumpsJS = `[...document.querySelectorAll("[data-annotation-list] [data-jump]")].map(b => b.dataset.jump).join(" ")`

// listPatchesJS is the number of steps the list's patches took so far.
const listPatchesJS = `+(document.querySelector("[data-annotation-list]").getAttribute("data-patches") || -1)`

// listWrittenJS is the number of entries the list has written so far.
const listWrittenJS = `+(document.querySelector("[data-annotation-list]").getAttribute("data-entries-written") || -1)`

// chartJS is the tag chart as "name:count" per bar, in order.
const chartJS = `(() => { const t = [...document.querySelectorAll("[data-tag-chart] text")].map(e => e.textContent);
	const out = []; for (let k = 0; k + 1 < t.length; k += 2) out.push(t[k] + ":" + t[k+1]); return out.join(" "); })()`

// listConsistentJS checks that every entry of the list names the sentence
// it jumps to, and that the list holds nothing but its entries.
const listConsistentJS = `(() => { const ul = document.querySelector("[data-annotation-list]");
	return [...ul.children].every(li => li.tagName === "LI" && li.children.length === 1 &&
		li.querySelector(".li-head").textContent === "Sentence " + (+li.querySelector("[data-jump]").dataset.jump + 1)); })()`

// waitList waits for the list to show the sentences want (space-separated).
func waitList(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	waitForOr(t, ctx, listJumpsJS+` === `+jsString(want), func() string {
		return "list shows " + eval[string](t, ctx, listJumpsJS)
	})
}

// patches reads the list's patch count once the page is quiet.
func patches(t *testing.T, ctx context.Context) int {
	t.Helper()
	waitQuiet(t, ctx)
	return eval[int](t, ctx, listPatchesJS)
}

// TestSummaryListFollowsKeys: the annotation list and the chart follow tag
// keys, undo, a hostile note and both filters, and each key that changes
// one sentence changes one entry of the list (one step of its patch, not a
// redraw of the list).
func TestSummaryListFollowsKeys(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	press(t, ctx, "1")
	waitList(t, ctx, "0")
	base := patches(t, ctx)
	if base < 1 {
		t.Fatalf("the list reports %d patch steps after its first entry", base)
	}
	written := eval[int](t, ctx, listWrittenJS)
	waitEq(t, ctx, chartJS, "Claim:1 Evidence:0 Quote:0 Opinion:0 Fact:0 Question:0")

	press(t, ctx, "j", "j", "3")
	waitList(t, ctx, "0 2")
	if got := patches(t, ctx); got != base+1 {
		t.Errorf("a tag on a new sentence took %d patch steps, want 1", got-base)
	}
	if got := eval[int](t, ctx, listWrittenJS); got != written+1 {
		t.Errorf("a tag on a new sentence wrote %d entries, want 1", got-written)
	}
	waitEq(t, ctx, chartJS, "Claim:1 Evidence:0 Quote:1 Opinion:0 Fact:0 Question:0")
	waitEq(t, ctx, `document.querySelector("[data-progress]").getAttribute("data-progress")`, "2")

	press(t, ctx, "u")
	waitList(t, ctx, "0")
	if got := patches(t, ctx); got != base+2 {
		t.Errorf("undo took %d patch steps, want 1", got-base-1)
	}
	waitEq(t, ctx, chartJS, "Claim:1 Evidence:0 Quote:0 Opinion:0 Fact:0 Question:0")
	press(t, ctx, "3")
	waitList(t, ctx, "0 2")

	// A note made of markup shows as text in its entry; the other entry
	// stays the element it was.
	eval[bool](t, ctx, `document.querySelector('[data-annotation-list] [data-jump="0"]').parentElement.__kept = true`)
	const note = `<img src=x onerror=alert(1)> & "Crimea"`
	command(t, ctx, "n")
	waitFor(t, ctx, `document.activeElement.hasAttribute("data-note-editor")`)
	press(t, ctx, note, kb.Escape)
	waitEq(t, ctx, `(document.querySelector('[data-annotation-list] [data-jump="2"] .li-note') || {textContent: ""}).textContent`, "Note: "+note)
	if n := eval[int](t, ctx, `document.querySelectorAll("[data-annotation-list] img, [data-annotation-list] script").length`); n != 0 {
		t.Errorf("the note's markup made %d elements in the list", n)
	}
	if !eval[bool](t, ctx, `document.querySelector('[data-annotation-list] [data-jump="0"]').parentElement.__kept === true`) {
		t.Error("the entry of sentence 0 was written again when the note of sentence 2 changed")
	}

	// Filters: by text (the note), by tag, then none.
	setInput(t, ctx, `[data-filter]`, "crimea")
	waitList(t, ctx, "2")
	setInput(t, ctx, `[data-filter]`, "")
	waitList(t, ctx, "0 2")
	setInput(t, ctx, `[data-filter-tag]`, "claim")
	waitList(t, ctx, "0")
	setInput(t, ctx, `[data-filter-tag]`, "")
	waitList(t, ctx, "0 2")
	if !eval[bool](t, ctx, listConsistentJS) {
		t.Errorf("list entries do not name their sentences: %s", eval[string](t, ctx, `document.querySelector("[data-annotation-list]").innerHTML`))
	}

	// An entry jumps to its sentence (a click on the text inside the button too).
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-annotation-list] [data-jump="2"] .li-text`)))
	waitFor(t, ctx, `document.querySelector('[data-sentence="2"]').getAttribute("aria-current") === "true"`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-jump="0"]`)))
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)

	// After a reload the list shows the stored work.
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitList(t, ctx, "0 2")
}

// TestSummaryListCapOnLongDocument: on 2,000 sentences with 200 annotated
// (the list's cap), a new first entry pushes the last one out in two
// steps, undo brings it back in two, and a tag filter and its removal
// rewrite the list; the chart counts every sentence throughout.
func TestSummaryListCapOnLongDocument(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	bd := generatedDoc(t, 2000)
	open(t, ctx, srv.URL+"/")
	eval[bool](t, ctx, "(() => {"+bd.storeJS()+" return true; })()")
	open(t, ctx, srv.URL+bd.url())
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	var all []string
	for i := annotatedEvery / 2; i < 2000; i += annotatedEvery {
		all = append(all, strconv.Itoa(i))
	}
	waitList(t, ctx, strings.Join(all, " "))
	base := patches(t, ctx)
	written := eval[int](t, ctx, listWrittenJS)
	chart0 := eval[string](t, ctx, chartJS)
	if !strings.Contains(chart0, "Evidence:200") || !strings.Contains(chart0, "Claim:0") {
		t.Fatalf("chart before the toggle: %s", chart0)
	}

	press(t, ctx, "1")
	pushed := append([]string{"0"}, all[:199]...)
	waitList(t, ctx, strings.Join(pushed, " "))
	if got := patches(t, ctx); got != base+2 {
		t.Errorf("a new first entry at the cap took %d patch steps, want 2 (insert, remove)", got-base)
	}
	if got := eval[int](t, ctx, listWrittenJS); got != written+1 {
		t.Errorf("a new first entry at the cap wrote %d entries, want 1", got-written)
	}
	waitEq(t, ctx, chartJS, strings.Replace(chart0, "Claim:0", "Claim:1", 1))
	waitFor(t, ctx, `document.querySelector(".summary .hint[aria-live]").textContent.includes("200 of 201")`)

	setInput(t, ctx, `[data-filter-tag]`, "claim")
	waitList(t, ctx, "0")
	setInput(t, ctx, `[data-filter-tag]`, "")
	waitList(t, ctx, strings.Join(pushed, " "))

	press(t, ctx, "u")
	waitList(t, ctx, strings.Join(all, " "))
	waitEq(t, ctx, chartJS, chart0)
	if !eval[bool](t, ctx, listConsistentJS) {
		t.Error("list entries do not name their sentences")
	}
}

// chartLabelJS is the chart's accessible name and the x of its first count.
const chartLabelJS = `(() => { const s = document.querySelector("[data-tag-chart]"); return s.getAttribute("aria-label") + " | " + s.querySelectorAll("text")[1].getAttribute("x"); })()`

// TestChartFollowsLanguage: with a tag set the reader edited (whose names
// no language switch changes), the chart's title follows the interface
// language and mirrors for a right-to-left one, and its counts still
// follow keys after the switch (the chart is patched bar by bar between
// switches, rewritten on one).
func TestChartFollowsLanguage(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "1")
	waitEq(t, ctx, chartJS, "Claim:1 Evidence:0 Quote:0 Opinion:0 Fact:0 Question:0")
	press(t, ctx, "T")
	waitFor(t, ctx, `!!document.querySelector("[data-tag-editor]")`)
	setInput(t, ctx, `[data-tag-editor] [data-field="name"][data-index="0"]`, "Thesis")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-save-tags]`)))
	waitEq(t, ctx, chartJS, "Thesis:1 Evidence:0 Quote:0 Opinion:0 Fact:0 Question:0")
	ltr := eval[string](t, ctx, chartLabelJS)
	if !strings.HasPrefix(ltr, "Sentences per tag | ") {
		t.Fatalf("the English chart reads %q", ltr)
	}
	chooseLang(t, ctx, "fr")
	waitFor(t, ctx, chartLabelJS+`.startsWith("Phrases par étiquette | ")`)
	waitEq(t, ctx, chartJS, "Thesis:1 Evidence:0 Quote:0 Opinion:0 Fact:0 Question:0")
	press(t, ctx, "j", "1")
	waitEq(t, ctx, chartJS, "Thesis:2 Evidence:0 Quote:0 Opinion:0 Fact:0 Question:0")
	chooseLang(t, ctx, "ar")
	waitFor(t, ctx, chartLabelJS+`.startsWith("الجمل لكل وسم | ")`)
	if rtl, was := eval[string](t, ctx, chartLabelJS), strings.TrimPrefix(ltr, "Sentences per tag | "); strings.HasSuffix(rtl, " | "+was) {
		t.Errorf("the right-to-left chart puts its first count where the English one did (x %s)", was)
	}
	press(t, ctx, "1")
	waitEq(t, ctx, chartJS, "Thesis:1 Evidence:0 Quote:0 Opinion:0 Fact:0 Question:0")
}
