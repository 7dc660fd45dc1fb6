package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"annotator/app/formats"
	"annotator/app/model"
	"annotator/seeds"
)

// weirdDoc is the seed article with a tag set of one tag whose id looks
// nothing like its name, on sentence 0.
func weirdDoc() *model.Document {
	seed := seeds.Default()
	d := model.New(seed.Title, seed.Text)
	d.TagSet = model.TagSet{Name: "Weird", Tags: []model.Tag{{ID: "t-weird-id-123", Name: "Weird name", Color: "#123456"}}}
	model.NewHistory(d).ToggleTag(0, "t-weird-id-123")
	return d
}

// TestImportPreviewNamesTagsNotIDs: the import preview of a W3C and a CSV
// file whose tag has the id "t-weird-id-123" names it "Weird name" and
// never shows the id.
func TestImportPreviewNamesTagsNotIDs(t *testing.T) {
	d := weirdDoc()
	w3c, err := formats.EncodeW3C(d, formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	csv, err := formats.EncodeCSV(d)
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	for _, path := range []string{writeFile(t, "weird.jsonld", w3c), writeFile(t, "weird.csv", csv)} {
		preview := previewImport(t, ctx, path)
		if !strings.Contains(preview, "Weird name") || strings.Contains(preview, "t-weird-id-123") {
			t.Errorf("%s: the preview says %q", path, preview)
		}
		press(t, ctx, kb.Escape)
		waitFor(t, ctx, `!document.querySelector("[data-import-preview]")`)
	}
}

// TestImportErrorIsPlainWithDetails: a W3C file with a date that is not a
// date is refused with a plain sentence (what the file is, which
// annotation, what is wrong, what to do) and the JSON path only under a
// collapsed Details in the alert.
func TestImportErrorIsPlainWithDetails(t *testing.T) {
	w3c, err := formats.EncodeW3C(weirdDoc(), formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	bad := []byte(strings.Replace(string(w3c), `"motivation": "classifying",`, `"motivation": "classifying", "modified": "yesterday",`, 1))
	if string(bad) == string(w3c) {
		t.Fatalf("no annotation in the export:\n%s", w3c)
	}
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-import]`), []string{writeFile(t, "bad.jsonld", bad)}))
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("bad.jsonld was not imported")`)
	main := eval[string](t, ctx, `document.querySelector('[role="alert"] p').textContent`)
	for _, want := range []string{"W3C Web Annotation", "annotation 1", "yesterday", "Export it again"} {
		if !strings.Contains(main, want) {
			t.Errorf("the alert lacks %q: %q", want, main)
		}
	}
	if strings.Contains(main, "$") {
		t.Errorf("the alert's sentence shows a JSON path: %q", main)
	}
	details := eval[string](t, ctx, `(() => { const d = document.querySelector('[role="alert"] details[data-alert-details]');
		return d ? (d.open ? "open: " : "") + d.textContent : "none" })()`)
	if !strings.Contains(details, "Details") || !strings.Contains(details, "$.") || strings.HasPrefix(details, "open") {
		t.Errorf("the details are %q, want a closed <details> with the JSON path", details)
	}
}
