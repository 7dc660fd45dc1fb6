package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

func TestUndoRedoOfTagAndNoteSurvivesReload(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "j", "1")
	command(t, ctx, "n")
	waitFor(t, ctx, `document.activeElement.hasAttribute("data-note-editor")`)
	press(t, ctx, "first note", kb.Escape)
	waitFor(t, ctx, `document.querySelector('[data-sentence="1"]').hasAttribute("data-has-note")`)
	press(t, ctx, "u")
	waitFor(t, ctx, `!document.querySelector('[data-sentence="1"]').hasAttribute("data-has-note") && `+tagsOf("1")+` === "claim"`)
	waitEq(t, ctx, noteJS, "")
	press(t, ctx, "u")
	waitFor(t, ctx, tagsOf("1")+` === ""`)
	do(t, ctx, chromedp.KeyEvent("Z", chromedp.KeyModifiers(chromedp.ModifierCtrl, chromedp.ModifierShift)))
	waitFor(t, ctx, tagsOf("1")+` === "claim"`)
	do(t, ctx, chromedp.KeyEvent("y", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	waitEq(t, ctx, noteJS, "first note")
	// The undo history survives a reload.
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	press(t, ctx, "u")
	waitFor(t, ctx, `!document.querySelector('[data-sentence="1"]').hasAttribute("data-has-note")`)
	press(t, ctx, "u")
	waitFor(t, ctx, tagsOf("1")+` === ""`)
}

func TestTagSetEditAppliesToKeys(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "2") // Evidence on sentence 0
	waitFor(t, ctx, tagsOf("0")+` === "evidence"`)
	press(t, ctx, "T")
	waitFor(t, ctx, `!!document.querySelector("[data-tag-editor]")`)
	// Move Quote (third) up twice: it becomes tag 1.
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-tag-editor] [data-index="2"][data-dir="-1"]`)))
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-tag-editor] [data-index="1"][data-dir="-1"]`)))
	// Rename it and add a tag.
	setInput(t, ctx, `[data-tag-editor] [data-field="name"][data-index="0"]`, "Citation")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-add-tag]`)))
	waitFor(t, ctx, `document.querySelectorAll("[data-tag-editor] tbody tr").length === 7`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-save-tags]`)))
	waitFor(t, ctx, `!document.querySelector("[data-tag-editor]")`)
	names := eval[[]string](t, ctx, `[...document.querySelectorAll("[data-tag]")].map(b => b.dataset.tag + ":" + b.textContent)`)
	if len(names) != 7 || names[0] != "quote:1Citation" || !strings.HasPrefix(names[6], "tag-7:7") {
		t.Fatalf("tag buttons after the edit: %v", names)
	}
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+` === "evidence quote"`)
	if got := eval[string](t, ctx, `document.querySelector('[data-sentence="0"]').parentElement.querySelector(".marks").textContent`); !strings.Contains(got, "Citation") {
		t.Errorf("mark does not show the new name: %q", got)
	}
	// Deleting a tag in use asks first, then removes it; undo brings it back.
	press(t, ctx, "T")
	waitFor(t, ctx, `!!document.querySelector("[data-tag-editor]")`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-tag-editor] [data-delete="2"]`))) // Evidence is now third
	// The table shrinks: click Save only once it has moved to its new place.
	waitFor(t, ctx, `document.querySelectorAll("[data-tag-editor] tbody tr").length === 6`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-save-tags]`)))
	waitFor(t, ctx, `(document.querySelector("[data-tag-editor] [role=alert]") || {textContent: ""}).textContent.includes("Evidence is in use")`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-save-tags]`)))
	waitFor(t, ctx, `!document.querySelector("[data-tag-editor]") && `+tagsOf("0")+` === "quote" && !document.querySelector('[data-tag="evidence"]')`)
	press(t, ctx, "u")
	waitFor(t, ctx, tagsOf("0")+` === "evidence quote" && !!document.querySelector('[data-tag="evidence"]')`)
	// The tag set is remembered with the document.
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, `document.querySelector("[data-tag]").dataset.tag === "quote" && `+tagsOf("0")+` === "evidence quote"`)
}

func TestFilterAndJump(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "1", "j", "j", "3", "j", "j", "j", "j", "3")
	command(t, ctx, "n")
	press(t, ctx, "about Crimea", kb.Escape)
	waitFor(t, ctx, `document.querySelectorAll("[data-jump]").length === 3`)
	command(t, ctx, "/")
	waitFor(t, ctx, `document.activeElement.hasAttribute("data-filter")`)
	press(t, ctx, "crimea")
	waitFor(t, ctx, `document.querySelectorAll("[data-jump]").length === 1`)
	setInput(t, ctx, `[data-filter]`, "")
	setInput(t, ctx, `[data-filter-tag]`, "quote")
	waitFor(t, ctx, `document.querySelectorAll("[data-jump]").length === 2`)
	// Keyboard: focus the first entry and press Enter to jump.
	do(t, ctx, chromedp.Focus(chromedp.CSS(`[data-jump="2"]`)))
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, `document.querySelector('[data-sentence="2"]').getAttribute("aria-current") === "true"`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-jump="6"]`)))
	waitFor(t, ctx, `document.querySelector('[data-sentence="6"]').getAttribute("aria-current") === "true"`)
	// Next untagged sentence.
	press(t, ctx, kb.Home, "t")
	waitFor(t, ctx, `document.querySelector('[data-sentence="1"]').getAttribute("aria-current") === "true"`)
	progress := eval[string](t, ctx, `document.querySelector("[data-progress]").getAttribute("data-progress")`)
	if progress != "3" {
		t.Errorf("progress shows %s annotated sentences, want 3", progress)
	}
	bars := eval[int](t, ctx, `document.querySelectorAll("[data-tag-chart] rect").length`)
	if bars != 6 {
		t.Errorf("tag chart has %d bars, want 6", bars)
	}
}

func TestHelpOverlayListsEveryShortcut(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "?")
	waitFor(t, ctx, `!!document.querySelector("[data-help]")`)
	text := eval[string](t, ctx, `document.querySelector("[data-help]").textContent`)
	for _, want := range []string{"Next sentence", "Previous sentence", "First sentence", "Last sentence",
		"Next sentence without tags", "Write a note", "Select words", "Filter the annotation list",
		"Edit the tag set", "dark mode", "Undo", "Redo", "Ctrl+Y", "Toggle tag Claim", "Toggle tag Question", "Shift+ArrowRight"} {
		if !strings.Contains(text, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	press(t, ctx, "?")
	waitFor(t, ctx, `!document.querySelector("[data-help]")`)
	press(t, ctx, "D")
	waitFor(t, ctx, `document.documentElement.getAttribute("data-theme") === "dark"`)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, `document.documentElement.getAttribute("data-theme") === "dark"`)
}

func TestSpanHighlightSurvivesReload(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	// Keyboard: select the first two words of sentence 1 and tag them Quote.
	press(t, ctx, "j")
	do(t, ctx, chromedp.KeyEvent(kb.ArrowRight, chromedp.KeyModifiers(chromedp.ModifierShift)))
	do(t, ctx, chromedp.KeyEvent(kb.ArrowRight, chromedp.KeyModifiers(chromedp.ModifierShift)))
	waitFor(t, ctx, `document.querySelector("[data-selection]") && document.querySelector("[data-selection]").textContent === "The two"`)
	press(t, ctx, "3")
	waitFor(t, ctx, `document.querySelector('[data-sentence="1"] mark[data-highlight="quote"]') !== null`)
	// Mouse: drag over "Secretary of State" in sentence 0 and click Claim.
	box := eval[[]float64](t, ctx, `(() => {
		const el = document.querySelector('[data-sentence="0"]'); const node = el.firstChild;
		const i = node.textContent.indexOf("Secretary of State"); const r = document.createRange();
		r.setStart(node, i); r.setEnd(node, i + 1); const a = r.getBoundingClientRect();
		r.setStart(node, i + 17); r.setEnd(node, i + 18); const b = r.getBoundingClientRect();
		return [a.left + 1, a.top + a.height / 2, b.right - 1, b.top + b.height / 2]; })()`)
	held := func(p *input.DispatchMouseEventParams) { p.Buttons = 1 }
	do(t, ctx,
		chromedp.MouseEvent(chromedp.MousePressed, box[0], box[1], chromedp.ButtonType(input.MouseButtonLeft), chromedp.ClickCount(1), held),
		chromedp.MouseEvent(chromedp.MouseMoved, (box[0]+box[2])/2, box[3], chromedp.ButtonType(input.MouseButtonLeft), held),
		chromedp.MouseEvent(chromedp.MouseMoved, box[2], box[3], chromedp.ButtonType(input.MouseButtonLeft), held),
		chromedp.MouseEvent(chromedp.MouseReleased, box[2], box[3], chromedp.ButtonType(input.MouseButtonLeft), chromedp.ClickCount(1)),
	)
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"] [data-selection]') && document.querySelector('[data-sentence="0"] [data-selection]').textContent === "Secretary of State"`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-tag="claim"]`)))
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"] mark[data-highlight="claim"]') !== null`)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	got := eval[[]string](t, ctx, `[...document.querySelectorAll("mark[data-highlight]")].map(m => m.dataset.highlight + ":" + m.textContent)`)
	if strings.Join(got, "|") != "claim:Secretary of State|quote:The two" {
		t.Errorf("highlights after reload: %v", got)
	}
	if txt := eval[string](t, ctx, `document.querySelector('[data-sentence="0"]').textContent`); !strings.HasPrefix(txt, "On Sunday, March 30th, U.S. Secretary of State John Kerry") {
		t.Errorf("a highlight changed the sentence text: %q", txt)
	}
	if tags := eval[string](t, ctx, tagsOf("0")); tags != "" {
		t.Errorf("a highlight must not tag the whole sentence, got %q", tags)
	}
}
