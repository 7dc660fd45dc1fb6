package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestDocumentLanguage: the article says its language (lang, and dir="rtl"
// for Arabic), taken from the file or detected from the text, and changing
// it splits the text again by that language's rules, keeping the
// annotations.
func TestDocumentLanguage(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	openFile := func(name, content string) {
		t.Helper()
		p := writeFile(t, name, []byte(content))
		do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{p}))
	}
	article := func(attr string) string { return `document.querySelector("#article").getAttribute("` + attr + `")` }

	openFile("fr.html", `<html lang="fr"><body><article><h1>Le café</h1><p>Le café est ouvert. Il pleut.</p></article></body></html>`)
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Le café")
	waitEq(t, ctx, article("lang"), "fr")
	waitEq(t, ctx, `document.querySelector("select[data-doc-lang]").value`, "fr")

	openFile("ar.txt", "ذهب الولد إلى المدرسة في الصباح الباكر. كان الجو جميلا جدا في ذلك اليوم، وكانت الشمس مشرقة. "+
		"قرأ المعلم قصة طويلة عن تاريخ المدينة القديمة. ثم كتب التلاميذ ما فهموه من القصة في دفاترهم.")
	waitEq(t, ctx, article("dir"), "rtl")
	waitEq(t, ctx, article("lang"), "ar")

	// A German text taken for English: English rules split after "5." and "1.".
	openFile("vertrag.txt", "Der Vertrag wurde am 5. September unterzeichnet. Er gilt ab 1. Mai. Das ist gut.")
	waitEq(t, ctx, `document.querySelector("h1").textContent`, "Der Vertrag wurde am 5. September unterzeichnet. Er gilt ab 1. Mai. Das ist gut.")
	setInput(t, ctx, "select[data-doc-lang]", "en")
	waitFor(t, ctx, `!!document.querySelector("[data-app-ready]") && document.querySelector("#article").getAttribute("lang") === "en"`)
	waitEq(t, ctx, `String(document.querySelectorAll("[data-sentence]").length)`, "5")
	command(t, ctx, "End")
	press(t, ctx, "1")
	waitFor(t, ctx, `document.querySelector('[data-sentence="4"]').getAttribute("data-tags") === "claim"`)
	waitQuiet(t, ctx)
	setInput(t, ctx, "select[data-doc-lang]", "de")
	waitFor(t, ctx, `!!document.querySelector("[data-app-ready]") && document.querySelector("#article").getAttribute("lang") === "de"`)
	waitEq(t, ctx, `String(document.querySelectorAll("[data-sentence]").length)`, "3")
	waitEq(t, ctx, `document.querySelector('[data-sentence="1"]').textContent`, "Er gilt ab 1. Mai.")
	if got := eval[string](t, ctx, `document.querySelector('[data-sentence="2"]').getAttribute("data-tags") || ""`); got != "claim" {
		t.Errorf("the tag did not follow its sentence: data-tags %q", got)
	}
}
