package e2e

import (
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
)

// tagIDsJS lists the ids of the tag bar's buttons, in order.
const tagIDsJS = `[...document.querySelectorAll("[data-tag]")].map(b => b.dataset.tag)`

// TestRenameThenImportIsOneTag is "rename-then-import in W3C and CSV" of
// issue 19: a tag renamed in the tag editor, a sentence tagged with it,
// the document exported as W3C and as CSV; each file imported into a
// fresh profile (where the tag has its old name) puts that one tag on the
// sentence and adds no second tag. The CSV made a second tag before it
// carried tag ids.
func TestRenameThenImportIsOneTag(t *testing.T) {
	srv := newServer(t)
	a := newBrowser(t)
	dir := allowDownloads(t, a)
	open(t, a, srv.URL+"/")
	before := eval[[]string](t, a, tagIDsJS)
	if len(before) == 0 {
		t.Fatal("no tag buttons")
	}
	first := before[0]
	command(t, a, "T")
	waitFor(t, a, `!!document.querySelector("[data-tag-editor]")`)
	setInput(t, a, `[data-tag-editor] [data-field="name"][data-index="0"]`, "Central point")
	do(t, a, chromedp.Click(chromedp.CSS(`[data-save-tags]`)))
	waitFor(t, a, `!document.querySelector("[data-tag-editor]") && document.querySelector('[data-tag="`+first+`"]').textContent.includes("Central point")`)
	press(t, a, "1")
	waitFor(t, a, tagsOf("0")+` === "`+first+`"`)
	waitQuiet(t, a)
	do(t, a, chromedp.Click(chromedp.CSS(`[data-export="w3c"]`)))
	w3c := waitDownload(t, dir, ".jsonld")
	do(t, a, chromedp.Click(chromedp.CSS(`[data-export="csv"]`)))
	csv := waitDownload(t, dir, ".csv")

	for _, file := range []string{w3c, csv} {
		b := newBrowser(t)
		open(t, b, srv.URL+"/")
		summary := importFile(t, b, file)
		if got := eval[[]string](t, b, tagIDsJS); !slices.Equal(got, before) {
			t.Errorf("%s: the tag set is %q after the import, want %q (preview: %q)", file, got, before, summary)
		}
		if got := eval[string](t, b, tagsOf("0")); got != first {
			t.Errorf("%s: sentence 0 has tags %q, want %q", file, got, first)
		}
		n := eval[int](t, b, `[...document.querySelectorAll("[data-tag]")].filter(b => b.textContent.includes("Central point")).length`)
		if n != 0 {
			t.Errorf("%s: a tag named Central point was added", file)
		}
	}
}
