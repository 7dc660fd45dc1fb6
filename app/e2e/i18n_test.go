package e2e

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// uiLangSel is the header's choice of interface language.
const uiLangSel = `select[data-ui-lang]`

// offScreenJS lists the elements a right-to-left page pushes past either
// edge of the viewport (outside a container that scrolls sideways): the
// mirror of reflowJS, which only looks at the right edge.
const offScreenJS = `(() => {
	const w = document.documentElement.clientWidth, out = [];
	const scrolls = el => { for (let e = el.parentElement; e; e = e.parentElement) {
		const o = getComputedStyle(e).overflowX; if (o === "auto" || o === "scroll") return true; } return false; };
	for (const el of document.body.querySelectorAll("*")) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0 || (r.left >= -1 && r.right <= w + 1) || el.closest(".sr-only, .skip, .goapp-app-info") || scrolls(el)) continue;
		out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "") +
			" spans x " + Math.round(r.left) + ".." + Math.round(r.right));
	}
	return out.slice(0, 8);
})()`

// checkOnScreen fails when a view needs sideways scrolling at the current width.
func checkOnScreen(t *testing.T, ctx context.Context, view string) {
	t.Helper()
	if out := eval[[]string](t, ctx, offScreenJS); len(out) > 0 {
		t.Errorf("%s: content beyond the %d px viewport: %v", view, eval[int](t, ctx, `document.documentElement.clientWidth`), out)
	}
}

// chooseLang picks an interface language in the header's switch, as a
// reader does, and waits for the page to follow.
func chooseLang(t *testing.T, ctx context.Context, lang string) {
	t.Helper()
	setInput(t, ctx, uiLangSel, lang)
	waitEq(t, ctx, `document.documentElement.lang`, lang)
}

// TestInterfaceLanguage switches the interface to French (the help, the
// live region, remembered across a reload), then to Arabic (right to
// left, the tag bar mirrored), and opens the app in a browser whose
// preferred languages are German.
func TestInterfaceLanguage(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	if got := eval[string](t, ctx, `document.documentElement.lang + " " + document.documentElement.dir + " " + document.querySelector("`+uiLangSel+`").value`); got != "en ltr en" {
		t.Fatalf("an English browser starts with lang, dir and switch %q, want English", got)
	}
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll("`+uiLangSel+` option")].map(o => o.textContent)`); strings.Join(got, "|") != "English|Français|Deutsch|Español|العربية" {
		t.Errorf("the switch offers %v", got)
	}

	n := eval[int](t, ctx, `document.querySelectorAll("[data-sentence]").length`)

	// French: the header, the help overlay and the live region follow at once.
	chooseLang(t, ctx, "fr")
	waitEq(t, ctx, `document.querySelector("[data-library-link]").textContent`, "Bibliothèque")
	waitEq(t, ctx, `document.querySelector("#cur-title").textContent`, fmt.Sprintf("Phrase 1 sur %d", n))
	command(t, ctx, "?")
	waitFor(t, ctx, `!!document.querySelector("[data-help]")`)
	help := eval[string](t, ctx, `document.querySelector("[data-help]").textContent`)
	for _, want := range []string{"Raccourcis clavier", "Phrase suivante", "Phrase précédente", "Modifier le jeu d’étiquettes"} {
		if !strings.Contains(help, want) {
			t.Errorf("the French help lacks %q: %s", want, help)
		}
	}
	command(t, ctx, "Escape")
	waitFor(t, ctx, `!document.querySelector("[data-help]")`)
	command(t, ctx, "j")
	waitEq(t, ctx, `document.querySelector("#announce").textContent`, fmt.Sprintf("Phrase 2 sur %d", n))
	command(t, ctx, "1")
	waitFor(t, ctx, `document.querySelector("#status").textContent.startsWith("Étiquette Affirmation ajoutée à la phrase 2")`)

	// Remembered: a reload opens in French.
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitEq(t, ctx, `document.documentElement.lang + " " + document.querySelector("`+uiLangSel+`").value`, "fr fr")
	waitEq(t, ctx, `document.querySelector("[data-library-link]").textContent`, "Bibliothèque")
	command(t, ctx, "j")
	waitEq(t, ctx, `document.querySelector("#announce").textContent`, fmt.Sprintf("Phrase 2 sur %d, étiquetée Affirmation", n))
	open(t, ctx, srv.URL+"/library")
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Bibliothèque")

	// Arabic: right to left, the tag bar laid out from the right.
	open(t, ctx, srv.URL+"/")
	chooseLang(t, ctx, "ar")
	waitEq(t, ctx, `document.documentElement.dir`, "rtl")
	waitEq(t, ctx, `document.querySelector("#cur-title").textContent`, fmt.Sprintf("الجملة 1 من %d", n))
	firstRight := `(() => { const b = document.querySelectorAll("#tagbar [data-tag]");
		return b[0].getBoundingClientRect().left > b[1].getBoundingClientRect().right - 1; })()`
	if !eval[bool](t, ctx, firstRight) {
		t.Errorf("in Arabic the first tag button is not to the right of the second")
	}
	if got := eval[string](t, ctx, `document.querySelector("#tagbar [data-tag]").textContent`); !strings.Contains(got, "ادعاء") {
		t.Errorf("the preset tag set is not in Arabic: %q", got)
	}
	rtlLooks(t, ctx, srv.URL)

	// A German browser opens in German.
	de := newBrowserWith(t, t.TempDir(), withLanguages("de-DE", "de")...)
	open(t, de, srv.URL+"/")
	if got := eval[[]string](t, de, `navigator.languages`); len(got) == 0 || !strings.HasPrefix(got[0], "de") {
		t.Fatalf("navigator.languages = %v, want German first", got)
	}
	waitEq(t, de, `document.documentElement.lang + " " + document.querySelector("`+uiLangSel+`").value`, "de de")
	waitEq(t, de, `document.querySelector("[data-library-link]").textContent`, "Bibliothek")
	command(t, de, "j")
	waitEq(t, de, `document.querySelector("#announce").textContent`, fmt.Sprintf("Satz 2 von %d", n))
	if got := eval[string](t, de, `document.querySelector("#tagbar [data-tag]").textContent`); !strings.Contains(got, "Behauptung") {
		t.Errorf("the preset tag set is not in German: %q", got)
	}
}

// rtlLooks visits the reader, its side panel and dialogs, the library and
// a class view with a submission in Arabic, at a phone's width and a
// desktop's, and checks that nothing is pushed off the screen, that no
// English is left and (where axe-core is installed) that axe finds nothing
// serious on a wide screen; with
// ANNOTATOR_SCREENSHOTS set it saves a picture of each.
func rtlLooks(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	dir := allowDownloads(t, ctx)
	// A class view to look at: an exercise made in Arabic, one student's
	// work on it, the submission imported.
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-make-exercise]`)))
	waitFor(t, ctx, `!!document.querySelector("[data-exercise-dialog]")`)
	setInput(t, ctx, `[data-ex-title]`, "تمرين الأسبوع")
	setInput(t, ctx, `[data-ex-instructions]`, "ضع وسمًا على كل ادعاء وكل دليل.")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-create-exercise]`)))
	waitFor(t, ctx, `!!document.querySelector("[data-download-exercise]")`)
	layoutShot(t, ctx, "i18n-ar-1280-exercise-dialog.png")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-download-exercise]`)))
	exFile := waitDownload(t, dir, ".exercise.json")
	command(t, ctx, "Escape")
	open(t, ctx, url+"/exercise")
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-open-exercise]`), []string{exFile}))
	waitFor(t, ctx, `!!document.querySelector("[data-student-name]")`)
	setInput(t, ctx, `[data-student-name]`, "ليلى")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-start-exercise]`)))
	waitFor(t, ctx, `!!document.querySelector("[data-exercise-mode]") && !!document.querySelector("[data-app-ready]")`)
	press(t, ctx, "1", "j", "2", "j", "3")
	waitFor(t, ctx, tagsOf("2")+` === "quote"`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-submit]`)))
	sub := waitDownload(t, dir, ".submission.json")
	open(t, ctx, url+"/class")
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-submissions]`), []string{sub}))
	waitEq(t, ctx, `String(document.querySelectorAll("[data-students] tbody tr").length)`, "1")
	if got := eval[string](t, ctx, `document.querySelector("#students-title").textContent`); got != "الطلاب (1)" {
		t.Errorf("the class view's students heading: %q", got)
	}

	words := regexp.MustCompile(`[A-Za-z]{4,}`)
	for _, w := range []struct {
		name          string
		width, height int64
	}{{"390", 390, 844}, {"1280", 1280, 800}} {
		do(t, ctx, chromedp.EmulateViewport(w.width, w.height))
		for _, v := range []struct {
			name, path string
			setup      func()
		}{
			{"reader", "/", nil},
			{"help", "/", func() {
				command(t, ctx, "?")
				waitFor(t, ctx, `!!document.querySelector("[data-help]")`)
			}},
			{"tag-editor", "/", func() {
				command(t, ctx, "T")
				waitFor(t, ctx, `!!document.querySelector("[data-tag-editor]")`)
			}},
			{"side-panel", "/", func() {
				eval[bool](t, ctx, `(document.querySelector("[data-annotation-list]").scrollIntoView(), true)`)
			}},
			{"library", "/library", nil},
			{"class", "/class", func() {
				do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-submissions]`), []string{sub}))
				waitEq(t, ctx, `String(document.querySelectorAll("[data-students] tbody tr").length)`, "1")
			}},
		} {
			open(t, ctx, url+v.path)
			waitEq(t, ctx, `document.documentElement.dir`, "rtl")
			if v.setup != nil {
				v.setup()
			}
			waitQuiet(t, ctx)
			view := "Arabic " + v.name + " at " + w.name + " px"
			checkOnScreen(t, ctx, view)
			if _, err := axeSource(); err == nil && w.width == 1280 {
				checkAxe(t, ctx, view) // lang="ar" and dir="rtl" included
			}
			// No English left in the interface (the article, tag names the
			// teacher typed and file names aside).
			text := eval[string](t, ctx, `(() => { const c = document.body.cloneNode(true);
				c.querySelectorAll("#article, .app:not(.library) > .top > .title, [data-library] tbody td:first-child, [data-students] td.file, .heat-text, .li-text, kbd, option, .goapp-app-info, noscript").forEach(e => e.remove());
				return c.innerText; })()`)
			for _, m := range words.FindAllString(text, -1) {
				switch m {
				case "Escape", "Enter", "Shift", "ArrowDown", "ArrowUp", "ArrowRight", "ArrowLeft", "Home", "Ctrl", "JSON", "Lines", "Annotation", "doccano", "Backup", "CSV", "MASI":
					continue
				}
				t.Errorf("%s shows the English word %q", view, m)
				break
			}
			layoutShot(t, ctx, "i18n-ar-"+w.name+"-"+v.name+".png")
		}
	}
	do(t, ctx, chromedp.ResetViewport())
}
