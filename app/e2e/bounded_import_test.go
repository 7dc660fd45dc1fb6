package e2e

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"annotator/app/formats"
	"annotator/app/segment"
)

// currentSentenceJS is the index of the current sentence.
const currentSentenceJS = `(document.querySelector('[data-sentence][aria-current="true"]') || {dataset: {}}).dataset.sentence || ""`

// watchImportProgressJS records every progress line the page shows, with
// its text, whatever the timing: a MutationObserver sees each one added.
const watchImportProgressJS = `(() => {
	window.__progress = [];
	window.__longest = 0;
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
		}).observe({type: "longtask"});
	} catch (e) {}
	new MutationObserver(() => {
		for (const e of document.querySelectorAll("[data-import-progress]")) window.__progress.push(e.textContent);
	}).observe(document.body, {subtree: true, childList: true, characterData: true});
	return true;
})()`

// waitLong is waitFor with its own, longer, deadline.
func waitLong(t *testing.T, ctx context.Context, cond string, d time.Duration) {
	t.Helper()
	evalWait[bool](t, ctx, `new Promise((resolve) => {
		const end = performance.now() + `+fmt.Sprint(d.Milliseconds())+`;
		const tick = () => {
			let ok = false;
			try { ok = !!(`+cond+`); } catch (e) {}
			if (ok || performance.now() > end) { resolve(ok); return; }
			setTimeout(tick, 50);
		};
		tick();
	})`, d+30*time.Second)
	waitFor(t, ctx, cond)
}

// answersKeys checks that j moves the current sentence on.
func answersKeys(t *testing.T, ctx context.Context) {
	t.Helper()
	before := eval[string](t, ctx, currentSentenceJS)
	press(t, ctx, "j")
	waitFor(t, ctx, currentSentenceJS+` !== `+jsString(before))
}

// TestBoundedImportManyTagsCSV is finding 8 of issue 19: a 22 KB CSV with
// 4,000 tag names sharing one id froze the tab for minutes. It is refused
// with a message saying why, and then the page still answers keys.
func TestBoundedImportManyTagsCSV(t *testing.T) {
	const marks = "!?.:+*&%"
	var names []string
	for k := range 4000 {
		var b strings.Builder
		b.WriteString("t")
		for x := k + 1; x > 0; x /= len(marks) {
			b.WriteByte(marks[x%len(marks)])
		}
		names = append(names, b.String())
	}
	text := "Hello there."
	csv := strings.Join(formats.CSVHeader, ",") + "\r\n0,0,12," + text + "," + strings.Join(names, ";") + ",,,,\r\n# end of file: 1 sentences\r\n"
	path := writeFile(t, "many-tags.csv", []byte(csv))

	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-import]`), []string{path}))
	waitLong(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("many-tags.csv was not imported")`, 2*time.Minute)
	alert := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`)
	if !strings.Contains(alert, "more than 56 different tags") || !strings.Contains(alert, "at most 28 tags") {
		t.Errorf("the alert says %q", alert)
	}
	answersKeys(t, ctx)
	press(t, ctx, "1")
	waitFor(t, ctx, `(document.querySelector('[data-sentence][aria-current="true"]').getAttribute("data-tags") || "") !== ""`)
}

// TestBoundedImportTenMillionItems is finding 7 of issue 19 (its W3C
// part): a 30 MB array of ten million empty items froze the tab for a
// minute before its error. It is refused by the annotation cap while it is
// read, and the page answers keys.
func TestBoundedImportTenMillionItems(t *testing.T) {
	data := append([]byte("["), bytes.Repeat([]byte("{},"), 10_000_000-1)...)
	data = append(data, "{}]"...)
	path := writeFile(t, "ten-million.jsonld", data)
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	eval[bool](t, ctx, watchImportProgressJS)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-import]`), []string{path}))
	waitLong(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("ten-million.jsonld was not imported")`, 3*time.Minute)
	want := fmt.Sprintf("a file may hold at most %d annotations", formats.MaxAnnotations)
	if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); !strings.Contains(a, want) {
		t.Errorf("the alert says %q, want %q", a, want)
	}
	t.Logf("longest main-thread task %.0f ms (a figure, not an assertion)", eval[float64](t, ctx, `window.__longest`))
	answersKeys(t, ctx)
}

// TestBoundedImportShowsProgress: a large W3C file (a bare array, and a
// collection as this app writes) shows "Reading NAME… N %" while it is
// decoded, each shown text being a moment the page could paint; a refusal
// at its end still gets its message, the progress line goes away and the
// page answers keys.
func TestBoundedImportShowsProgress(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	for _, shape := range []struct{ name, head, tail string }{
		{"array.jsonld", "[", "]"},
		{"collection.jsonld", `{"@context":"` + formats.AnnoContext + `","type":"AnnotationCollection","first":{"type":"AnnotationPage","items":[`, "]}}"},
	} {
		var b strings.Builder
		b.WriteString(shape.head)
		for i := range 30_000 {
			fmt.Fprintf(&b, `{"@context":%q,"type":"Annotation","id":"urn:x:%d","bodyValue":"note %d","target":"https://example.org/page"},`, formats.AnnoContext, i, i)
		}
		b.WriteString(`{"@context":"` + formats.AnnoContext + `","type":"Annotation","id":"urn:x:last"}` + shape.tail)
		path := writeFile(t, shape.name, []byte(b.String()))
		eval[bool](t, ctx, watchImportProgressJS)
		do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-import]`), []string{path}))
		waitLong(t, ctx, `document.querySelector('[role="alert"]').textContent.includes(`+jsString(shape.name+" was not imported")+`)`, 3*time.Minute)
		if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); !strings.Contains(a, "the annotation has no target") {
			t.Errorf("the alert says %q", a)
		}
		seen := eval[[]string](t, ctx, `window.__progress`)
		if len(seen) < 2 {
			t.Fatalf("progress shown %d times (%q): the decoding never let the page paint", len(seen), seen)
		}
		// A figure for the log, not an assertion: the machine is shared.
		t.Logf("%s: %d progress texts, from %q to %q; longest main-thread task %.0f ms", shape.name, len(seen), seen[0], seen[len(seen)-1], eval[float64](t, ctx, `window.__longest`))
		for _, s := range seen {
			if !strings.HasPrefix(s, "Reading "+shape.name+"… ") || !strings.HasSuffix(s, " %") {
				t.Errorf("progress line %q", s)
			}
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("[data-import-progress]").length`); n != 0 {
			t.Errorf("%d progress lines left on the page", n)
		}
		answersKeys(t, ctx)
	}
}

// TestBoundedLongSentenceText is finding 9 of issue 19: a 4 MB text
// without a sentence end took minutes to open and per key, and could not
// be saved. It opens as sentences of at most segment.MaxSentenceRunes
// code points, keys work and the tag is saved.
func TestBoundedLongSentenceText(t *testing.T) {
	text := strings.Repeat("lorem ipsum dolor sit amet consectetur adipiscing elit ", 4<<20/55)
	path := writeFile(t, "no-full-stop.txt", []byte(text))
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{path}))
	waitLong(t, ctx, `document.querySelectorAll("[data-sentence]").length > 1000`, 4*time.Minute)
	longest := eval[int](t, ctx, `Math.max(...[...document.querySelectorAll("[data-sentence]")].slice(0, 50).map(e => [...e.textContent.trim()].length))`)
	if longest > segment.MaxSentenceRunes {
		t.Errorf("a sentence of %d code points is shown", longest)
	}
	if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); a != "" {
		t.Errorf("alert after opening: %q", a)
	}
	answersKeys(t, ctx)
	press(t, ctx, "1")
	waitLong(t, ctx, `(document.querySelector('[data-sentence][aria-current="true"]').getAttribute("data-tags") || "") !== ""`, time.Minute)
	waitQuiet(t, ctx)
	saved := eval[bool](t, ctx, `Object.keys(localStorage).some(k => k.startsWith("annotator/doc/") && k.includes("/m/") && localStorage.getItem(k).includes('"tags"'))`)
	if !saved {
		t.Error("the tag was not saved")
	}
	if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); a != "" {
		t.Errorf("alert after tagging: %q", a)
	}
}
