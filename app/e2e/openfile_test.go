package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestOpenFileReadsNoTextBack: a book chosen in Open file is split once
// and opened as it was split: the page never reads a stored text back
// from localStorage while opening it (the app used to read the new
// book's 1.4 MB text back and split it again, and to read every stored
// text to look for an earlier version), and the book is stored, so that
// a reload opens it from the library.
func TestOpenFileReadsNoTextBack(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	// Another book already in the library, unannotated: looking for an
	// earlier version must not read it either.
	other, _ := openFileText(500, 7)
	oldPath := filepath.Join(t.TempDir(), "other.txt")
	if err := os.WriteFile(oldPath, []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{oldPath}))
	waitFor(t, ctx, `!!document.querySelector('[data-sentence="499"]')`)
	eval[bool](t, ctx, `(() => {
		window.__textReads = [];
		const get = Storage.prototype.getItem;
		Storage.prototype.getItem = function (k) {
			const v = get.call(this, k);
			if (v !== null && String(k).startsWith("annotator/text/")) window.__textReads.push(String(k));
			return v;
		};
		return true;
	})()`)
	const n = 2000
	text, first := openFileText(n, 0)
	path := filepath.Join(t.TempDir(), "book.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{path}))
	waitFor(t, ctx, `!!document.querySelector('[data-sentence="`+strconv.Itoa(n-1)+`"]') && document.querySelector('[data-sentence="0"]').textContent.trim() === `+jsString(first))
	if reads := eval[[]string](t, ctx, `window.__textReads`); len(reads) > 0 {
		t.Errorf("opening the book read stored texts back: %v", reads)
	}
	if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); a != "" {
		t.Errorf("alert: %s", a)
	}
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, `location.search.includes("doc=") && !!document.querySelector('[data-sentence="`+strconv.Itoa(n-1)+`"]') && document.querySelector('[data-sentence="0"]').textContent.trim() === `+jsString(first))
}
