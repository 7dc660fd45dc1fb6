package e2e

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// annotationsJS summarises every sentence's tags, note flag and highlights.
const annotationsJS = `[...document.querySelectorAll("[data-sentence]")].map(e =>
	e.dataset.sentence + ":" + (e.getAttribute("data-tags") || "") + ":" + e.hasAttribute("data-has-note") + ":" +
	[...e.querySelectorAll("mark[data-highlight]")].map(m => m.dataset.highlight + "=" + m.textContent).join(","))
	.filter(s => !s.endsWith("::false:"))`

// annotateSeed tags, notes and highlights a few sentences of the seed.
func annotateSeed(t *testing.T, ctx context.Context) {
	press(t, ctx, "1", "2", "j", "3")
	command(t, ctx, "n")
	waitFor(t, ctx, `document.activeElement.hasAttribute("data-note-editor")`)
	press(t, ctx, "A note, with \"quotes\", commas; and a\nnew line.", kb.Escape, "j", "j")
	do(t, ctx, chromedp.KeyEvent(kb.ArrowRight, chromedp.KeyModifiers(chromedp.ModifierShift)))
	do(t, ctx, chromedp.KeyEvent(kb.ArrowRight, chromedp.KeyModifiers(chromedp.ModifierShift)))
	press(t, ctx, "4")
	waitFor(t, ctx, `!!document.querySelector('[data-sentence="3"] mark[data-highlight="opinion"]')`)
	waitQuiet(t, ctx)
}

// importFile imports a file through [data-import] and accepts the preview.
func importFile(t *testing.T, ctx context.Context, path string) string {
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-import]`), []string{path}))
	waitFor(t, ctx, `!!document.querySelector("[data-import-preview]") || document.querySelector('[role="alert"]').textContent !== ""`)
	if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); a != "" {
		b, _ := os.ReadFile(path)
		t.Fatalf("importing %s (%d bytes): %s", path, len(b), a)
	}
	summary := eval[string](t, ctx, `document.querySelector("[data-import-preview]").textContent`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-import-apply]`)))
	waitFor(t, ctx, `!document.querySelector("[data-import-preview]") && document.querySelector('[role="status"]').textContent.startsWith("Imported")`)
	return summary
}

func TestBackupRoundTripIntoEmptyProfile(t *testing.T) {
	srv := newServer(t)
	a := newBrowser(t)
	dir := allowDownloads(t, a)
	open(t, a, srv.URL+"/")
	annotateSeed(t, a)
	want := eval[[]string](t, a, annotationsJS)
	// A document of the reader's own goes into the library backup too.
	do(t, a, chromedp.Click(chromedp.CSS(`[data-paste-show]`)))
	waitFor(t, a, `!!document.querySelector("textarea[data-paste]")`)
	setInput(t, a, `textarea[data-paste]`, "My own text\nIt has two sentences. Here is the second.")
	do(t, a, chromedp.Click(chromedp.CSS(`[data-paste-open]`)))
	waitEq(t, a, `document.querySelector("h1").textContent`, "My own text")
	press(t, a, "j", "j", "5")
	waitFor(t, a, tagsOf("2")+` === "fact"`)
	open(t, a, srv.URL+"/library")
	do(t, a, chromedp.Click(chromedp.CSS(`[data-export="backup-all"]`)))
	path := waitDownload(t, dir, ".json")

	b := newBrowser(t)
	open(t, b, srv.URL+"/")
	summary := importFile(t, b, path)
	if !strings.Contains(summary, "My own text") {
		t.Errorf("the preview does not mention the new document: %q", summary)
	}
	if got := eval[[]string](t, b, annotationsJS); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after import:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	do(t, b, chromedp.Click(chromedp.CSS(`[data-sentence="1"]`)))
	waitEq(t, b, noteJS, "A note, with \"quotes\", commas; and a\nnew line.")
	open(t, b, srv.URL+"/library")
	waitFor(t, b, `[...document.querySelectorAll("[data-library] td a")].some(a => a.textContent === "My own text")`)
	do(t, b, chromedp.Click(chromedp.CSS(`[data-library] a[href*="doc="]:not([href$="`+seedID()+`"])`)))
	waitEq(t, b, `document.querySelector("h1").textContent`, "My own text")
	waitFor(t, b, tagsOf("2")+` === "fact"`)
	// Importing the same file again changes nothing.
	open(t, b, srv.URL+"/")
	summary = importFile(t, b, path)
	if got := eval[[]string](t, b, annotationsJS); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("a second import changed the annotations (%s)", summary)
	}
}

func TestW3CExportImportKeepsTagsAndNotes(t *testing.T) {
	srv := newServer(t)
	a := newBrowser(t)
	dir := allowDownloads(t, a)
	open(t, a, srv.URL+"/")
	annotateSeed(t, a)
	want := eval[[]string](t, a, annotationsJS)
	for _, f := range []string{"w3c", "csv", "jsonl", "backup"} {
		do(t, a, chromedp.Click(chromedp.CSS(`[data-export="`+f+`"]`)))
	}
	w3c := waitDownload(t, dir, ".jsonld")
	csv := waitDownload(t, dir, ".csv")
	waitDownload(t, dir, ".jsonl")
	raw, _ := os.ReadFile(w3c)
	for _, field := range []string{`"@context"`, `"AnnotationCollection"`, `"TextQuoteSelector"`, `"TextPositionSelector"`, `"urn:sha256:`, `"classifying"`, `"commenting"`} {
		if !strings.Contains(string(raw), field) {
			t.Errorf("W3C export lacks %s", field)
		}
	}
	if b, _ := os.ReadFile(csv); !strings.HasPrefix(string(b), "\uFEFFindex,start,end,text,tags,note") {
		t.Errorf("CSV export starts with %q", string(b[:min(len(b), 40)]))
	}
	for _, file := range []string{w3c, csv} {
		b := newBrowser(t)
		open(t, b, srv.URL+"/")
		importFile(t, b, file)
		if got := eval[[]string](t, b, annotationsJS); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s round trip:\n%s\nwant:\n%s", file, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		do(t, b, chromedp.Click(chromedp.CSS(`[data-sentence="1"]`)))
		waitEq(t, b, noteJS, "A note, with \"quotes\", commas; and a\nnew line.")
	}
}

func TestRejectedImportChangesNothing(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	waitQuiet(t, ctx) // the save follows the key's frame
	before := eval[string](t, ctx, `JSON.stringify(localStorage)`)
	bad := writeFile(t, "broken.json", []byte(`{"format":"annotator-backup","schema":1,"documents":[],"checksum":"sha256:00"}`))
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-import]`), []string{bad}))
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("broken.json was not imported")`)
	if after := eval[string](t, ctx, `JSON.stringify(localStorage)`); after != before {
		t.Error("a rejected import changed stored data")
	}
	// Cancelling a preview changes nothing either.
	csv := writeFile(t, "rows.csv", seedCSV(t, 1, "fact"))
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-import]`), []string{csv}))
	waitFor(t, ctx, `!!document.querySelector("[data-import-preview]")`)
	press(t, ctx, kb.Escape)
	waitFor(t, ctx, `!document.querySelector("[data-import-preview]")`)
	if after := eval[string](t, ctx, `JSON.stringify(localStorage)`); after != before {
		t.Error("a cancelled import changed stored data")
	}
}
