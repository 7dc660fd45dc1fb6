package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// newTab opens a second tab in ctx's browser: the same profile, so the
// same localStorage, as a reader's second tab has.
func newTab(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	tab, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	if err := chromedp.Do(tab); err != nil {
		t.Fatalf("opening a second tab: %v", err)
	}
	return tab
}

// pasteDoc opens a pasted text as a document of its own.
func pasteDoc(t *testing.T, ctx context.Context, title, text string) {
	t.Helper()
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-show]`)))
	waitFor(t, ctx, `!!document.querySelector("textarea[data-paste]")`)
	setInput(t, ctx, `textarea[data-paste]`, title+"\n"+text)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-open]`)))
	waitEq(t, ctx, `document.querySelector("h1").textContent`, title)
}

// previewImport chooses a file for import and waits for its preview (or
// for an alert about it: one that was already shown, from an earlier
// import, does not count).
func previewImport(t *testing.T, ctx context.Context, path string) string {
	t.Helper()
	before := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-import]`), []string{path}))
	waitFor(t, ctx, `!!document.querySelector("[data-import-preview]") || (() => {
		const a = document.querySelector('[role="alert"]').textContent;
		return a !== `+jsString(before)+` && a.includes("import"); })()`)
	if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); a != "" && !eval[bool](t, ctx, `!!document.querySelector("[data-import-preview]")`) {
		t.Fatalf("importing %s: %s", path, a)
	}
	return eval[string](t, ctx, `document.querySelector("[data-import-preview]").textContent`)
}

// TestImportInAnotherTabNeverRevertsWork is finding 2 of issue 19: tab B
// previews a backup holding the article; tab A then tags, notes and
// untags in it; B's Import is refused with a message naming the article,
// and A's work is in storage and after a reload, as A left it.
func TestImportInAnotherTabNeverRevertsWork(t *testing.T) {
	srv := newServer(t)
	a := newBrowser(t)
	dir := allowDownloads(t, a)
	open(t, a, srv.URL+"/")
	press(t, a, "1", "j", "2")
	waitFor(t, a, tagsOf("1")+` === "evidence"`)
	waitQuiet(t, a)
	do(t, a, chromedp.Click(chromedp.CSS(`[data-export="backup"]`)))
	backup := waitDownload(t, dir, ".json")

	b := newTab(t, a)
	open(t, b, srv.URL+"/")
	pasteDoc(t, b, "Tab B's own text", "It has two sentences. Here is the second.")
	title := eval[string](t, a, `document.querySelector("h1").textContent`)
	if summary := previewImport(t, b, backup); !strings.Contains(summary, title) {
		t.Fatalf("the preview does not name the article %q: %s", title, summary)
	}

	// Tab A works on the article: untags sentence 0, tags and notes
	// sentence 2, tags sentence 3.
	press(t, a, "k", "1", "j", "j", "5")
	command(t, a, "n")
	waitFor(t, a, `document.activeElement.hasAttribute("data-note-editor")`)
	press(t, a, "A's note", kb.Escape, "j", "4")
	waitFor(t, a, tagsOf("0")+` === "" && `+tagsOf("2")+` === "fact" && `+tagsOf("3")+` === "opinion"`)
	waitFor(t, a, `document.querySelector('[data-sentence="2"]').hasAttribute("data-has-note")`)
	waitQuiet(t, a)
	stored := eval[string](t, a, `localStorage.getItem("annotator/doc/`+seedID()+`")`)
	want := eval[[]string](t, a, annotationsJS)

	// Tab B presses Import: refused, with a message that names the
	// article and says what to do.
	do(t, b, chromedp.Click(chromedp.CSS(`[data-import-apply]`)))
	waitFor(t, b, `document.querySelector('[role="alert"]').textContent.includes("changed in another tab")`)
	alert := eval[string](t, b, `document.querySelector('[role="alert"]').textContent`)
	if !strings.Contains(alert, title) || !strings.Contains(alert, "Open the file again") {
		t.Errorf("the alert does not say which document changed and what to do: %q", alert)
	}
	if got := eval[string](t, b, `localStorage.getItem("annotator/doc/`+seedID()+`")`); got != stored {
		t.Errorf("the stale import wrote the article's record")
	}
	do(t, a, chromedp.Reload())
	waitReady(t, a)
	if got := eval[[]string](t, a, annotationsJS); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tab A's work after B's import:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A new preview merges into A's work: nothing of it is lost.
	previewImport(t, b, backup)
	do(t, b, chromedp.Click(chromedp.CSS(`[data-import-apply]`)))
	waitFor(t, b, `document.querySelector('[role="status"]').textContent.startsWith("Imported")`)
	do(t, a, chromedp.Reload())
	waitReady(t, a)
	got := eval[string](t, a, tagsOf("0")+` + "|" + `+tagsOf("1")+` + "|" + `+tagsOf("2")+` + "|" + `+tagsOf("3"))
	if got != "claim|evidence|fact|opinion" {
		t.Errorf("after the new preview's import: %s, want claim|evidence|fact|opinion (the backup's tags and A's)", got)
	}
	do(t, a, chromedp.Click(chromedp.CSS(`[data-sentence="2"]`)))
	waitEq(t, a, noteJS, "A's note")
}

// TestImportWithTheNoteEditorOpen: importing a backup while the note
// editor is open shows the imported note, and the next key edits it
// instead of saving the old (empty) box over it; a draft being typed is
// kept too (both notes, by the merge rule).
func TestImportWithTheNoteEditorOpen(t *testing.T) {
	srv := newServer(t)
	a := newBrowser(t)
	dir := allowDownloads(t, a)
	open(t, a, srv.URL+"/")
	command(t, a, "n")
	waitFor(t, a, `document.activeElement.hasAttribute("data-note-editor")`)
	press(t, a, "Imported note", kb.Escape)
	waitFor(t, a, `document.querySelector('[data-sentence="0"]').hasAttribute("data-has-note")`)
	waitQuiet(t, a)
	do(t, a, chromedp.Click(chromedp.CSS(`[data-export="backup"]`)))
	backup := waitDownload(t, dir, ".json")

	for _, c := range []struct {
		name, draft, want string
	}{
		{"empty editor", "", "Imported notex"},
		{"a draft being typed", "My draft", "My draft\n---\nImported notex"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBrowser(t)
			open(t, b, srv.URL+"/")
			command(t, b, "n")
			waitFor(t, b, `document.activeElement.hasAttribute("data-note-editor")`)
			if c.draft != "" {
				press(t, b, c.draft)
			}
			importFile(t, b, backup)
			waitEq(t, b, noteJS, strings.TrimSuffix(c.want, "x"))
			do(t, b, chromedp.Click(chromedp.CSS(`textarea[data-note-editor]`)))
			eval[bool](t, b, `(() => { const e = document.querySelector("textarea[data-note-editor]"); e.setSelectionRange(e.value.length, e.value.length); return true; })()`)
			press(t, b, "x", kb.Escape)
			waitQuiet(t, b)
			do(t, b, chromedp.Reload())
			waitReady(t, b)
			command(t, b, "n")
			waitEq(t, b, noteJS, c.want)
		})
	}
}
