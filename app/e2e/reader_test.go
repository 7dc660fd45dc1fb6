package e2e

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"annotator/app/model"
	"annotator/seeds"
)

// sentencesJS lists the trimmed text of every sentence element.
const sentencesJS = `[...document.querySelectorAll("[data-sentence]")].map(e => e.textContent.trim())`

// noteJS reads the note editor.
const noteJS = `document.querySelector("textarea[data-note-editor]").value`

// tagsOf returns a JS expression for the data-tags of sentence i.
func tagsOf(i string) string {
	return `(document.querySelector('[data-sentence="` + i + `"]').getAttribute("data-tags") || "")`
}

func TestSeedSentencesMatchGold(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	got := eval[[]string](t, ctx, sentencesJS)
	idx := eval[[]string](t, ctx, `[...document.querySelectorAll("[data-sentence]")].map(e => e.dataset.sentence)`)
	for i, v := range idx {
		if v != itoa(i) {
			t.Fatalf("sentence element %d has data-sentence=%q", i, v)
		}
	}
	var ok bool
	for _, gold := range []string{"testdata/seed_sentences.txt", "testdata/seed_sentences_alt.txt"} {
		b, err := os.ReadFile(gold)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		if strings.Join(got, "\n") == strings.Join(want, "\n") {
			ok = true
		}
	}
	if !ok {
		t.Errorf("the browser shows %d sentences that match neither gold file:\n%s", len(got), strings.Join(got, "\n"))
	}
	// The prerendered page (markup's HTML through app.Raw, before app.wasm
	// runs) holds the same sentences, parsed as text: nothing in the article
	// is read as markup.
	pre := evalWait[[]string](t, ctx, `fetch("/").then((r) => r.text()).then((h) => {
		const d = new DOMParser().parseFromString(h, "text/html");
		return [...d.querySelectorAll("#article [data-sentence]")].map((e) => e.textContent.trim());
	})`, 10*time.Second)
	if strings.Join(pre, "\n") != strings.Join(got, "\n") {
		t.Errorf("the prerendered article differs from what the app shows:\n%s", strings.Join(pre, "\n"))
	}
}

func TestTagsAndNotesSurviveReload(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)

	// Keys: j, 1 → Claim on sentence 1; j, 2 → Evidence on 2; ArrowDown, 3, 1 → Quote+Claim on 3.
	press(t, ctx, "j", "1")
	waitFor(t, ctx, tagsOf("1")+` === "claim"`)
	press(t, ctx, "j", "2", kb.ArrowDown, "3", "1")
	waitFor(t, ctx, tagsOf("2")+` === "evidence" && `+tagsOf("3")+` === "quote claim"`)
	press(t, ctx, "k", "1")
	waitFor(t, ctx, tagsOf("2")+` === "evidence claim"`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("2")+` === "evidence"`)
	press(t, ctx, kb.End)
	waitFor(t, ctx, `(() => { const all = document.querySelectorAll("[data-sentence]"); return all[all.length-1].getAttribute("aria-current") === "true"; })()`)
	press(t, ctx, kb.Home)
	waitFor(t, ctx, `document.querySelectorAll('[aria-current="true"]').length === 1 && document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)

	// Mouse: click sentence 5, click the Opinion button.
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-sentence="5"]`)))
	waitFor(t, ctx, `document.querySelector('[data-sentence="5"]').getAttribute("aria-current") === "true"`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-tag="opinion"]`)))
	waitFor(t, ctx, tagsOf("5")+` === "opinion" && document.querySelector('[data-tag="opinion"]').getAttribute("aria-pressed") === "true"`)

	// Note by keys: n focuses the editor, Escape leaves it and keeps the note.
	command(t, ctx, "n")
	waitFor(t, ctx, `document.activeElement && document.activeElement.hasAttribute("data-note-editor")`)
	press(t, ctx, "Kerry's view, per the <b>text</b>", kb.Escape)
	waitFor(t, ctx, `document.querySelector('[data-sentence="5"]').hasAttribute("data-has-note") && !document.activeElement.hasAttribute("data-note-editor")`)

	// Second note with Enter, left by clicking another sentence (blur saves).
	press(t, ctx, "j", "j")
	command(t, ctx, "Enter")
	waitFor(t, ctx, `document.activeElement && document.activeElement.hasAttribute("data-note-editor")`)
	press(t, ctx, "Check the troop numbers.")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-sentence="10"]`)))
	waitFor(t, ctx, `document.querySelector('[data-sentence="7"]').hasAttribute("data-has-note")`)

	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	want := map[string]string{"1": "claim", "2": "evidence", "3": "quote claim", "5": "opinion", "0": "", "4": ""}
	for i, tags := range want {
		if got := eval[string](t, ctx, tagsOf(i)); got != tags {
			t.Errorf("after reload sentence %s has tags %q, want %q", i, got, tags)
		}
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-sentence="5"]`)))
	waitEq(t, ctx, noteJS, "Kerry's view, per the <b>text</b>")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-sentence="7"]`)))
	waitEq(t, ctx, noteJS, "Check the troop numbers.")
	if n := eval[int](t, ctx, `document.querySelectorAll("b").length`); n != 0 {
		t.Errorf("a note's markup was rendered as HTML (%d <b> elements)", n)
	}
	mark := eval[string](t, ctx, `document.querySelector('[data-sentence="3"]').parentElement.querySelector(".marks").textContent`)
	if !strings.Contains(mark, "Quote") || !strings.Contains(mark, "Claim") {
		t.Errorf("tag marks should show tag names, got %q", mark)
	}
	keys := eval[[]string](t, ctx, `Object.keys(localStorage)`)
	if len(keys) == 0 {
		t.Error("nothing was stored")
	}
	for _, k := range keys {
		if !strings.HasPrefix(k, "annotator/") {
			t.Errorf("localStorage key %q lacks the annotator/ prefix", k)
		}
	}
}

func TestUndoRedo(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	press(t, ctx, "1", "2")
	waitFor(t, ctx, tagsOf("0")+` === "claim evidence"`)
	press(t, ctx, "u")
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	do(t, ctx, chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	waitFor(t, ctx, tagsOf("0")+` === ""`)
	do(t, ctx, chromedp.KeyEvent("y", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	press(t, ctx, "?")
	waitFor(t, ctx, `!!document.querySelector("[data-help]") && document.querySelector("[data-help]").textContent.includes("Next sentence")`)
	press(t, ctx, kb.Escape)
	waitFor(t, ctx, `!document.querySelector("[data-help]")`)
}

func TestFailedWriteAlertsAndKeepsState(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	// Fill the quota with foreign keys (only this test writes such keys).
	eval[int](t, ctx, `(() => { const big = "x".repeat(1 << 20); let i = 0;
		try { for (;; i++) localStorage.setItem("filler/" + i, big); } catch (e) {}
		try { for (let j = 0;; j++) localStorage.setItem("filler/s" + j, "x".repeat(1024)); } catch (e) {}
		return i; })()`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("could not be saved")`)
	// Free space: the next change saves everything and clears the alert.
	eval[bool](t, ctx, `(() => { for (const k of Object.keys(localStorage)) if (k.startsWith("filler/")) localStorage.removeItem(k); return true; })()`)
	press(t, ctx, "j", "2")
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent === ""`)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	if got := eval[string](t, ctx, tagsOf("0")+` + "|" + `+tagsOf("1")); got != "claim|evidence" {
		t.Errorf("after the retry, stored tags are %q, want claim|evidence", got)
	}
}

func TestUnreadableDataIsNeverOverwritten(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	a := seeds.Default()
	key := "annotator/doc/" + model.New(a.Title, a.Text).ID
	open(t, ctx, srv.URL+"/")
	eval[bool](t, ctx, `(localStorage.setItem("`+key+`", "{not json"), true)`)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("could not be read")`)
	press(t, ctx, "1")
	waitFor(t, ctx, `document.querySelector('[role="status"]').textContent.includes("read-only")`)
	if got := eval[string](t, ctx, `localStorage.getItem("`+key+`")`); got != "{not json" {
		t.Errorf("unreadable data was overwritten with %q", got)
	}
}

// itoa avoids importing strconv for one call.
func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}
