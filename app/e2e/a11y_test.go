package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// a11yView is one screen the accessibility checks visit: a page, and the
// keys or steps that open a dialog or a state on it.
type a11yView struct {
	name  string
	path  string
	setup func(t *testing.T, ctx context.Context)
}

// a11yViews are the reader, its dialogs and the library.
var a11yViews = []a11yView{
	{"reader", "/", nil},
	{"reader with help", "/", func(t *testing.T, ctx context.Context) {
		command(t, ctx, "?")
		waitFor(t, ctx, `!!document.querySelector("[data-help]")`)
	}},
	{"reader with tag editor", "/", func(t *testing.T, ctx context.Context) {
		command(t, ctx, "T")
		waitFor(t, ctx, `!!document.querySelector("[data-tag-editor]")`)
	}},
	{"reader with paste dialog", "/", func(t *testing.T, ctx context.Context) {
		focusAndPress(t, ctx, `[data-paste-show]`, kb.Enter)
		waitFor(t, ctx, `!!document.querySelector("[data-paste-dialog]")`)
	}},
	{"library", "/library", nil},
	{"library renaming", "/library", func(t *testing.T, ctx context.Context) {
		focusAndPress(t, ctx, `[data-rename]`, kb.Enter)
		waitFor(t, ctx, `!!document.querySelector("[data-rename-input]")`)
	}},
}

// a11yLooks are the themes and widths every view is checked in: the
// reader's choice of light or dark, and dark taken from the system when
// there is no choice; bg is the page background each one shows.
var a11yLooks = []struct {
	name, choice, system, bg string
	width                    int64
}{
	{"light", "light", "", "#fbfaf7", 1280},
	{"light", "light", "", "#fbfaf7", 320},
	{"dark", "dark", "", "#161616", 1280},
	{"dark", "dark", "", "#161616", 320},
	{"system dark", "", "dark", "#161616", 1280},
}

// emulateColorScheme makes the page see the system colour scheme
// ("light" or "dark"), or the real one again when scheme is "".
func emulateColorScheme(t *testing.T, ctx context.Context, scheme string) {
	t.Helper()
	p := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, p); err != nil {
		t.Fatal(err)
	}
}

// TestAxeEveryView runs axe-core on every view, in light and dark mode, on
// a wide screen and at 320 px (see a11yLooks), and fails on any serious or
// critical violation; it also checks the contrast of tag marks, buttons and
// highlights, and at 320 px that nothing needs sideways scrolling. The seed
// article carries every tag colour of the palette, as marks and as
// highlights, and a note, so that all of them are checked.
func TestAxeEveryView(t *testing.T) {
	if _, err := axeSource(); err != nil {
		t.Fatal(err)
	}
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	// The checker itself: a button without a name must be reported.
	eval[bool](t, ctx, `(document.body.appendChild(document.createElement("button")).id = "axe-probe", true)`)
	if !slices.ContainsFunc(axeViolations(t, ctx), func(v axeViolation) bool { return v.ID == "button-name" && v.Impact == "critical" }) {
		t.Fatal("axe-core did not report a button without a name: the checker does not work")
	}
	open(t, ctx, srv.URL+"/")
	annotateForA11y(t, ctx)
	pasteForA11y(t, ctx, "A pasted text\nIt has one claim. And a second sentence.")

	for _, c := range a11yLooks {
		t.Run(fmt.Sprintf("%s/%dpx", c.name, c.width), func(t *testing.T) {
			do(t, ctx, chromedp.EmulateViewport(c.width, 800))
			emulateColorScheme(t, ctx, c.system)
			eval[bool](t, ctx, `(localStorage.setItem("annotator/prefs", JSON.stringify({theme: "`+c.choice+`"})), true)`)
			for _, v := range a11yViews {
				open(t, ctx, srv.URL+v.path)
				waitFor(t, ctx, `getComputedStyle(document.documentElement).getPropertyValue("--bg").trim() === "`+c.bg+`"`)
				if v.setup != nil {
					v.setup(t, ctx)
				}
				checkAxe(t, ctx, v.name)
				checkContrast(t, ctx, v.name)
				if c.width == 320 {
					checkReflow(t, ctx, v.name)
				}
			}
		})
	}
	emulateColorScheme(t, ctx, "")
	do(t, ctx, chromedp.ResetViewport())
}

// annotateForA11y gives the seed article three more tags (so that every
// palette colour is in use), tags sentence 0 with all nine, highlights
// words in sentences 1 and 2 and writes a note on sentence 3.
func annotateForA11y(t *testing.T, ctx context.Context) {
	t.Helper()
	command(t, ctx, "T")
	waitFor(t, ctx, `!!document.querySelector("[data-tag-editor]")`)
	extra := []string{"#F0E442", "#000000", "#999999"}
	for i, c := range extra {
		focusAndPress(t, ctx, `[data-add-tag]`, kb.Enter)
		sel := fmt.Sprintf(`[data-tag-editor] [data-field="color"][data-index="%d"]`, 6+i)
		waitFor(t, ctx, `!!document.querySelector('`+sel+`')`)
		setInput(t, ctx, sel, strings.ToLower(c))
	}
	focusAndPress(t, ctx, `[data-save-tags]`, kb.Enter)
	waitFor(t, ctx, `!document.querySelector("[data-tag-editor]") && document.querySelectorAll("[data-tag]").length === 9`)
	press(t, ctx, "1", "2", "3", "4", "5", "6", "7", "8", "9")
	waitFor(t, ctx, `document.querySelectorAll('[data-sentence="0"] + .marks .mark').length === 9`)
	for _, key := range []string{"7", "8"} {
		press(t, ctx, "j")
		do(t, ctx, chromedp.KeyEvent(kb.ArrowRight, chromedp.KeyModifiers(chromedp.ModifierShift)))
		do(t, ctx, chromedp.KeyEvent(kb.ArrowRight, chromedp.KeyModifiers(chromedp.ModifierShift)))
		waitFor(t, ctx, `!!document.querySelector("[data-selection]")`)
		press(t, ctx, key)
		waitFor(t, ctx, `!document.querySelector("[data-selection]")`)
	}
	waitFor(t, ctx, `document.querySelectorAll("mark[data-highlight]").length === 2`)
	press(t, ctx, "j")
	command(t, ctx, "n")
	waitFor(t, ctx, `document.activeElement.hasAttribute("data-note-editor")`)
	press(t, ctx, "A note.", kb.Escape)
	waitFor(t, ctx, `document.querySelector('[data-sentence="3"]').hasAttribute("data-has-note")`)
}

// pasteForA11y adds a document through the paste dialog, so that the
// library has a row that can be renamed and deleted.
func pasteForA11y(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	focusAndPress(t, ctx, `[data-paste-show]`, kb.Enter)
	waitFor(t, ctx, `document.activeElement && document.activeElement.hasAttribute("data-paste")`)
	setInput(t, ctx, `textarea[data-paste]`, text)
	focusAndPress(t, ctx, `[data-paste-open]`, kb.Enter)
	waitEq(t, ctx, `document.querySelector("h1").textContent`, strings.SplitN(text, "\n", 2)[0])
}

// focusAndPress focuses the element matching sel and presses keys on it.
func focusAndPress(t *testing.T, ctx context.Context, sel string, keys ...string) {
	t.Helper()
	do(t, ctx, chromedp.Focus(chromedp.CSS(sel)))
	press(t, ctx, keys...)
}
