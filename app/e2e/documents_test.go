package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"annotator/app/segment"
)

// writeFile writes a test file and returns its path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// utf16le encodes s as UTF-16 little endian with a BOM.
func utf16le(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			hi, lo := 0xD800+(r>>10), 0xDC00+(r&0x3FF)
			out = append(out, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			continue
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestOpenEachFormat(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	cases := []struct {
		name  string
		data  []byte
		title string
		first string
	}{
		{"plain.txt", []byte("Plain title\r\nThe café opened. It was 5 p.m. on a Monday.\r\n"), "Plain title", "Plain title"},
		{"utf16.txt", utf16le("Wide title\nZoë read “quotes”. Then she left 😀."), "Wide title", "Wide title"},
		{"legacy.txt", []byte("Old title\n\x93Smart quotes\x94 and caf\xe9 \x96 dashes. Next one."), "Old title", "Old title"},
		{"notes.md", []byte("# Markdown heading\n\nSome **bold** and a [link](http://example.com) here. Second sentence.\n\n- item one\n"), "Markdown heading", "Markdown heading"},
		{"page.html", []byte(`<html><head><title>Web title</title><script>window.__xss = 1</script></head><body>
			<nav>Menu Home About</nav><article><h1>Web heading</h1><p onclick="window.__xss=2">First <b>para</b> text. <img src=x onerror="window.__xss=3">Second.</p>
			<p>&lt;script&gt;window.__xss=4&lt;/script&gt; is shown as text.</p></article><footer>Copyright</footer></body></html>`), "Web heading", "Web heading"},
	}
	for _, c := range cases {
		p := writeFile(t, c.name, c.data)
		do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{p}))
		waitEq(t, ctx, `document.querySelector("h1").textContent`, c.title)
		waitEq(t, ctx, `document.querySelector('[data-sentence="0"]').textContent`, c.first)
		text := eval[string](t, ctx, `document.querySelector("article").textContent`)
		switch c.name {
		case "legacy.txt":
			if !strings.Contains(text, "“Smart quotes” and café – dashes.") {
				t.Errorf("Windows-1252 text decoded wrongly: %q", text)
			}
		case "utf16.txt":
			if !strings.Contains(text, "Zoë read “quotes”.") || !strings.Contains(text, "😀") {
				t.Errorf("UTF-16 text decoded wrongly: %q", text)
			}
		case "notes.md":
			if strings.Contains(text, "**") || strings.Contains(text, "](") || strings.Contains(text, "#") {
				t.Errorf("Markdown markup left in the text: %q", text)
			}
		case "page.html":
			if strings.Contains(text, "Menu Home") || strings.Contains(text, "Copyright") || !strings.Contains(text, "<script>window.__xss=4</script> is shown as text.") {
				t.Errorf("HTML text extracted wrongly: %q", text)
			}
		}
	}
	if got := eval[string](t, ctx, `String(window.__xss)`); got != "undefined" {
		t.Errorf("hostile HTML ran: window.__xss = %s", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("article script, article img, article b").length`); n != 0 {
		t.Errorf("the article contains %d elements from the file", n)
	}
	// Opening the same text again opens the existing document, not a copy.
	p := writeFile(t, "again.txt", []byte("Plain title\nThe café opened. It was 5 p.m. on a Monday.\n"))
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{p}))
	waitFor(t, ctx, `document.querySelector('[role="status"]').textContent.includes("already in your library")`)
	// The library lists them all, with the shipped article.
	open(t, ctx, srv.URL+"/library")
	waitEq(t, ctx, `String(document.querySelectorAll("[data-library] tbody tr").length)`, "6")
}

func TestRefusedFiles(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	bin := writeFile(t, "photo.png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 200)...))
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{bin}))
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("photo.png was not opened")`)
	big := writeFile(t, "big.txt", []byte(strings.Repeat("word ", 1_200_000)))
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{big}))
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("limit is 5 MB")`)
	if keys := eval[[]string](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("annotator/text/"))`); len(keys) != 0 {
		t.Errorf("a refused file was stored: %v", keys)
	}
	// A huge single line without punctuation opens as text, all of it, in
	// sentences of at most segment.MaxSentenceRunes code points.
	line := writeFile(t, "line.txt", []byte("Long line "+strings.Repeat("x", 400_000)))
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{line}))
	waitFor(t, ctx, `document.querySelectorAll('[data-sentence]').length >= 200`)
	got := eval[[]int](t, ctx, `(() => { const s = [...document.querySelectorAll('[data-sentence]')].map(e => e.textContent.trim());
		return [s.join("").replace(/\s/g, "").length, Math.max(...s.map(x => [...x].length))]; })()`)
	if got[0] != len("Longline")+400_000 || got[1] > segment.MaxSentenceRunes {
		t.Errorf("the long line opened as %d characters (want %d), longest sentence %d code points (cap %d)",
			got[0], len("Longline")+400_000, got[1], segment.MaxSentenceRunes)
	}
}

func TestPasteAndLibraryActions(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-show]`)))
	waitFor(t, ctx, `document.activeElement && document.activeElement.hasAttribute("data-paste")`)
	setInput(t, ctx, `textarea[data-paste]`, "Pasted piece\n<img src=x onerror=\"window.__xss=1\"> First sentence here. Second one.")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-open]`)))
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Pasted piece")
	press(t, ctx, "j", "1")
	waitFor(t, ctx, tagsOf("1")+` === "claim"`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-library-link]`)))
	waitFor(t, ctx, `!!document.querySelector("[data-library]")`)
	row := `[data-library] tbody tr:first-child`
	waitEq(t, ctx, `document.querySelector("`+row+` td").textContent`, "Pasted piece")
	// Rename.
	do(t, ctx, chromedp.Click(chromedp.CSS(row+` [data-rename]`)))
	waitFor(t, ctx, `!!document.querySelector("[data-rename-input]")`)
	setInput(t, ctx, `[data-rename-input]`, "Renamed piece")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-rename-save]`)))
	waitFor(t, ctx, `[...document.querySelectorAll("[data-library] td a")].some(a => a.textContent === "Renamed piece")`)
	// Duplicate keeps the annotations.
	do(t, ctx, chromedp.Click(chromedp.CSS(row+` [data-duplicate]`)))
	waitFor(t, ctx, `[...document.querySelectorAll("[data-library] td a")].some(a => a.textContent === "Renamed piece (copy)")`)
	// Delete asks, then can be undone.
	do(t, ctx, chromedp.Click(chromedp.CSS(row+` [data-delete]`)))
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-confirm-delete]`)))
	waitEq(t, ctx, `String(document.querySelectorAll("[data-library] tbody tr").length)`, "2")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-undo-delete]`)))
	waitEq(t, ctx, `String(document.querySelectorAll("[data-library] tbody tr").length)`, "3")
	annotated := eval[[]string](t, ctx, `[...document.querySelectorAll("[data-library] tbody tr")].map(r => r.children[0].textContent + "=" + r.children[2].textContent)`)
	if strings.Join(annotated, ",") == "" || !strings.Contains(strings.Join(annotated, ","), "Renamed piece (copy)=1") {
		t.Errorf("library rows: %v", annotated)
	}
	if got := eval[string](t, ctx, `String(window.__xss)`); got != "undefined" {
		t.Errorf("pasted HTML ran: %s", got)
	}
}

func TestEditedVersionKeepsAnnotations(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	v1 := "Town hall story\nThe council met on Monday. The mayor proposed a new park. Residents were divided about the cost. The vote is next week.\n"
	v2 := "Town hall story\nThe council met on Monday. A reporter was present. The mayor proposed a large new park. Residents were divided about the cost. The vote is next week.\n"
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{writeFile(t, "v1.txt", []byte(v1))}))
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Town hall story")
	press(t, ctx, "j", "1", "j", "2", "j", "3")
	waitFor(t, ctx, tagsOf("1")+` === "claim" && `+tagsOf("2")+` === "evidence" && `+tagsOf("3")+` === "quote"`)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{writeFile(t, "v2.txt", []byte(v2))}))
	waitEq(t, ctx, `String(document.querySelectorAll("[data-sentence]").length)`, "6")
	waitFor(t, ctx, `!!document.querySelector('[data-carry="yes"]')`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-carry="yes"]`)))
	// The title line is sentence 0. v1: council (1, Claim), park (2, Evidence), cost (3, Quote), vote (4).
	// v2: council (1), inserted (2), reworded park (3), cost (4), vote (5).
	waitFor(t, ctx, tagsOf("1")+` === "claim" && `+tagsOf("2")+` === "" && `+tagsOf("4")+` === "quote" && `+tagsOf("5")+` === ""`)
	park := eval[string](t, ctx, tagsOf("3"))
	orphans := eval[string](t, ctx, `(document.querySelector("[data-orphans]") || {textContent: ""}).textContent`)
	if park != "evidence" && !strings.Contains(orphans, "The mayor proposed a new park.") {
		t.Errorf("the reworded sentence is neither re-attached (tags %q) nor listed as orphaned (%q)", park, orphans)
	}
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, tagsOf("1")+` === "claim" && `+tagsOf("4")+` === "quote"`)
}

// drop dispatches a drop of one file on the page, as a drag from the desktop does.
func drop(t *testing.T, ctx context.Context, name, content string) {
	t.Helper()
	eval[bool](t, ctx, `(() => { const dt = new DataTransfer();
		dt.items.add(new File([`+jsString(content)+`], `+jsString(name)+`, {type: "text/plain"}));
		document.querySelector(".app").dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt}));
		return true; })()`)
}

func TestDropOpensAndImports(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	drop(t, ctx, "dropped.md", "# Dropped notes\n\nA *dropped* text. It opens.")
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Dropped notes")
	waitEq(t, ctx, `document.querySelector('[data-sentence="1"]').textContent`, "A dropped text.")
	// A dropped export goes to the import preview, not into the library as a text.
	rows := seedCSV(t, 2, "quote")
	open(t, ctx, srv.URL+"/")
	drop(t, ctx, "rows.csv", string(rows))
	waitFor(t, ctx, `!!document.querySelector("[data-import-preview]")`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-import-apply]`)))
	waitFor(t, ctx, tagsOf("2")+` === "quote"`)
}
