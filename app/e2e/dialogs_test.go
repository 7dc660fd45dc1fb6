package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"annotator/app/formats"
	"annotator/app/model"
	"annotator/seeds"
)

// currentJS reads the data-sentence of the current sentence ("" when none).
const currentJS = `(() => { const e = document.querySelector('[data-sentence][aria-current="true"]'); return e ? e.dataset.sentence : ""; })()`

// openDialogsJS lists the names of the dialogs that are shown.
const openDialogsJS = `[...document.querySelectorAll('[role="dialog"]')]
	.filter(d => d.getClientRects().length > 0 && getComputedStyle(d).visibility !== "hidden")
	.map(d => d.getAttribute("data-dialog") || "(no data-dialog) " + d.outerHTML.slice(0, 60))`

// requiredDialogs must each have an opener on the reader.
var requiredDialogs = []string{"help", "tag-editor", "paste", "import", "exercise"}

// opener describes an element with data-opens, found at run time.
type opener struct {
	Name string `json:"name"`
	File bool   `json:"file"`
	Desc string `json:"desc"`
}

// dialogShownJS is true while the dialog NAME is in the page and visible.
func dialogShownJS(name string) string {
	return `(() => { const d = document.querySelector('[role="dialog"][data-dialog=` + jsString(name) + `]');
		return !!d && d.getClientRects().length > 0 && getComputedStyle(d).visibility !== "hidden"; })()`
}

// TestEveryDialogIsModalAndEscapeReturnsFocus opens every dialog from each
// control marked data-opens, checks that a key pressed inside it does not
// reach the article, and that Escape closes it and gives focus back to
// the control that opened it (DESIGN.md §3, Dialogs).
func TestEveryDialogIsModalAndEscapeReturnsFocus(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)

	importPath := importCSV(t)

	// With no dialog open, j moves the current sentence: keys are not dead.
	eval[bool](t, ctx, `(document.activeElement && document.activeElement.blur(), true)`)
	press(t, ctx, "j")
	waitEq(t, ctx, currentJS, "1")

	openers := eval[[]opener](t, ctx, `[...document.querySelectorAll("[data-opens]")].map(e => ({
		name: e.getAttribute("data-opens"), file: e.matches("input[type=file]"),
		desc: e.outerHTML.slice(0, 100)}))`)
	found := map[string]bool{}
	for _, o := range openers {
		found[o.Name] = true
	}
	var missing []string
	for _, n := range requiredDialogs {
		if !found[n] {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		t.Fatalf("no [data-opens] control on / for %s (found %d openers: %v)", strings.Join(missing, ", "), len(openers), setMembers(found))
	}

	for i, o := range openers {
		t.Run(strconv.Itoa(i)+"-"+o.Name, func(t *testing.T) {
			checkDialog(t, ctx, srv.URL+"/", i, o, importPath)
		})
	}
}

// importCSV writes a small valid import for the file opener: the seed as
// CSV, made by the app's own encoder, with one sentence tagged.
func importCSV(t *testing.T) string { return writeFile(t, "dialogs.csv", seedCSV(t, 1, "fact")) }

// seedCSV is the seed article as the app's CSV export, with sentence i
// tagged tag.
func seedCSV(t *testing.T, i int, tag string) []byte {
	t.Helper()
	seed := seeds.Default()
	d := model.New(seed.Title, seed.Text)
	model.NewHistory(d).ToggleTag(i, tag)
	rows, err := formats.EncodeCSV(d)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// checkDialog opens the dialog of the i-th opener, presses j inside it and
// closes it with Escape.
func checkDialog(t *testing.T, ctx context.Context, url string, i int, o opener, importPath string) {
	name := o.Name
	if left := eval[[]string](t, ctx, openDialogsJS); len(left) > 0 {
		// An earlier dialog failed to close: start again so this one gets its own verdict.
		t.Logf("reloading %s: dialogs %v were left open", url, left)
		open(t, ctx, url)
	}
	before := eval[string](t, ctx, currentJS)
	// Mark and focus the opener; the marker tells focus came back to the same element.
	ok := eval[bool](t, ctx, `(() => {
		document.querySelectorAll("[data-test-opener]").forEach(e => e.removeAttribute("data-test-opener"));
		const e = document.querySelectorAll("[data-opens]")[`+strconv.Itoa(i)+`];
		if (!e || e.getAttribute("data-opens") !== `+jsString(name)+`) return false;
		e.setAttribute("data-test-opener", ""); e.focus(); return true; })()`)
	if !ok {
		t.Fatalf("[data-opens] element %d is no longer the %q opener %s (the openers changed)", i, name, o.Desc)
	}
	if o.File {
		do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`[data-test-opener]`), []string{importPath}))
		waitForOr(t, ctx, dialogShownJS(name)+` || (document.querySelector('[role="alert"]') || {}).textContent`, func() string {
			return "uploading a CSV to " + o.Desc + " showed neither the " + strconv.Quote(name) + " dialog nor an alert"
		})
		if a := eval[string](t, ctx, `(document.querySelector('[role="alert"]') || {}).textContent || ""`); a != "" && !eval[bool](t, ctx, dialogShownJS(name)) {
			t.Fatalf("uploading %s to the %q opener %s: %s", importPath, name, o.Desc, a)
		}
	} else {
		if !eval[bool](t, ctx, `document.querySelector("[data-test-opener]").getClientRects().length > 0`) {
			t.Fatalf("the %q opener %s is not visible, so it cannot be clicked", name, o.Desc)
		}
		do(t, ctx, chromedp.Click(chromedp.CSS(`[data-test-opener]`)))
	}
	waitForOr(t, ctx, dialogShownJS(name), func() string {
		return "opening " + o.Desc + " showed no [role=dialog][data-dialog=" + strconv.Quote(name) + "]; dialogs shown: " + strings.Join(eval[[]string](t, ctx, openDialogsJS), ", ")
	})

	// Focus a button of the dialog and press j: the article must not move.
	btn := `button:not([disabled])`
	if name == "exercise" {
		btn = `[data-create-exercise]`
	}
	dlg := `document.querySelector('[role="dialog"][data-dialog=` + jsString(name) + `]')`
	if !eval[bool](t, ctx, `(() => { const b = `+dlg+`.querySelector(`+jsString(btn)+`); if (!b) return false; b.focus(); return document.activeElement === b; })()`) {
		t.Fatalf("the %q dialog has no %s that takes focus", name, btn)
	}
	press(t, ctx, "j")
	waitQuiet(t, ctx)
	if got := eval[string](t, ctx, currentJS); got != before {
		t.Errorf("j pressed on a button of the %q dialog reached the article: the current sentence went from %q to %q", name, before, got)
	}
	if !eval[bool](t, ctx, dialogShownJS(name)) {
		t.Fatalf("j pressed on a button of the %q dialog closed it", name)
	}

	// Escape closes the dialog and gives focus back to its opener.
	press(t, ctx, kb.Escape)
	waitForOr(t, ctx, `!`+dialogShownJS(name), func() string { return "Escape did not close the " + strconv.Quote(name) + " dialog" })
	back := `document.activeElement.hasAttribute("data-test-opener")`
	if o.File {
		back += ` || document.activeElement === document.querySelector("[data-test-opener]").closest("label")`
	}
	waitForOr(t, ctx, back, func() string {
		return "after Escape closed the " + strconv.Quote(name) + " dialog, focus is on " + eval[string](t, ctx, activeJS) + ", not on its opener " + o.Desc
	})
	if got := eval[string](t, ctx, currentJS); got != before {
		t.Errorf("while the %q dialog was open the current sentence went from %q to %q", name, before, got)
	}
}

// waitForOr is waitFor with a failure message of its own.
func waitForOr(t *testing.T, ctx context.Context, cond string, msg func() string) {
	t.Helper()
	ok := evalWait[bool](t, ctx, `new Promise((resolve) => {
		const end = performance.now() + 15000;
		const tick = () => { let v = false; try { v = !!(`+cond+`); } catch (e) {}
			if (v || performance.now() > end) { resolve(v); return; } setTimeout(tick, 20); };
		tick(); })`, 20*time.Second)
	if !ok {
		t.Fatal(msg())
	}
}
