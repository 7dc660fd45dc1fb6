package e2e

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// garbageJS is the garbage each case stores, as a JavaScript literal: bad
// JSON with a control character and a lone surrogate (which a Go string
// cannot hold), so that "byte for byte" covers what a round trip through
// Go would change.
const garbageJS = `"{not json \u0001 \udc00 ]"`

// freshStorage empties the origin's localStorage and IndexedDB (the
// write-ahead copy of unsaved changes) from a page of the origin that is
// not the app, so that no open database blocks the deletion.
func freshStorage(t *testing.T, ctx context.Context, base string) {
	t.Helper()
	open0(t, ctx, base+"/manifest.webmanifest")
	waitFor(t, ctx, `location.pathname === "/manifest.webmanifest"`)
	evalWait[bool](t, ctx, `(async () => {
		localStorage.clear();
		const dbs = indexedDB.databases ? await indexedDB.databases() : [];
		await Promise.all(dbs.map(d => new Promise(r => { const q = indexedDB.deleteDatabase(d.name); q.onsuccess = q.onerror = q.onblocked = () => r(true); })));
		return true; })()`, time.Minute)
}

// corruptCase is one kind of key the app reads, corrupted.
type corruptCase struct {
	name string
	// prep stores what the case needs first (JavaScript run on "/").
	prep string
	// key is a JavaScript expression giving the key to corrupt.
	key string
	// readOnly cases cannot tag the open document (its record is bad).
	readOnly bool
	// reader and library are JavaScript conditions: the report shown.
	reader, library string
}

// TestEveryCorruptKeyIsKeptAndReported is from issue #19 ("every app key
// corrupted in turn"): for each key the app reads, garbage is kept byte
// for byte through normal use (open, tag, library, class view), a report
// is shown, and the rest works. annotator/opened was overwritten before.
func TestEveryCorruptKeyIsKeptAndReported(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	dir := allowDownloads(t, ctx)
	seed := jsString(seedID())
	const tagSeed = "tag the seed first"
	partOf := func(kind string) string {
		return `Object.keys(localStorage).find(k => k.startsWith("annotator/doc/" + ` + seed + ` + "/` + kind + `/"))`
	}
	alertHas := func(s string) string {
		return `document.querySelector('[role="alert"]').textContent.includes(` + jsString(s) + `)`
	}
	statusHas := func(s string) string {
		return `[...document.querySelectorAll('[role="status"]')].some(e => e.textContent.includes(` + jsString(s) + `))`
	}
	problem := func(key string) string {
		return `!!document.querySelector('[data-stored-problem="' + ` + key + ` + '"]')`
	}
	rowWarns := `!!document.querySelector('tr[data-doc="' + ` + seed + ` + '"] .warn')`
	cases := []corruptCase{
		{name: "record", key: `"annotator/doc/" + ` + seed, readOnly: true,
			reader: alertHas("could not be read"), library: rowWarns},
		{name: "chunk", prep: tagSeed, key: partOf("m"), readOnly: true, reader: alertHas("could not be read"), library: rowWarns},
		{name: "page", prep: tagSeed, key: partOf("p"), readOnly: true, reader: alertHas("could not be read"), library: rowWarns},
		{name: "history", key: `"annotator/history/" + ` + seed, reader: statusHas("undo history could not be read"),
			library: problem(`"annotator/history/" + ` + seed)},
		{name: "opened", key: `"annotator/opened"`, reader: statusHas("last opened could not be read"), library: problem(`"annotator/opened"`)},
		{name: "prefs", key: `"annotator/prefs"`, reader: `true`, library: problem(`"annotator/prefs"`)},
		{name: "exercise", key: `"annotator/exercises/ex-broken"`, reader: `true`, library: problem(`"annotator/exercises/ex-broken"`)},
		{name: "work", key: `"annotator/work/" + ` + seed, reader: statusHas("exercise could not be read"),
			library: problem(`"annotator/work/" + ` + seed)},
		{name: "text", key: `"annotator/text/feedfacefeedface"`, reader: `true`,
			library: `!!document.querySelector('tr[data-doc="feedfacefeedface"] .warn')`},
	}
	open(t, ctx, srv.URL+"/")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			freshStorage(t, ctx, srv.URL)
			if c.prep != "" {
				// A tagged sentence gives the record its chunk and page keys.
				open(t, ctx, srv.URL+"/")
				press(t, ctx, "1")
				waitFor(t, ctx, tagsOf("0")+` !== ""`)
				waitQuiet(t, ctx)
			}
			waitFor(t, ctx, c.key) // a save may follow the key by a moment
			key := eval[string](t, ctx, c.key)
			if key == "" {
				t.Fatalf("no key for %s", c.key)
			}
			eval[bool](t, ctx, `(localStorage.setItem(`+jsString(key)+`, `+garbageJS+`), true)`)
			kept := `localStorage.getItem(` + jsString(key) + `) === ` + garbageJS

			open(t, ctx, srv.URL+"/")
			waitFor(t, ctx, c.reader)
			// The rest works: keys move, and tag where the record is readable.
			press(t, ctx, "j")
			waitFor(t, ctx, `document.querySelector('[data-sentence="1"]').getAttribute("aria-current") === "true"`)
			if !c.readOnly {
				press(t, ctx, "2")
				waitFor(t, ctx, tagsOf("1")+` !== ""`)
				waitQuiet(t, ctx)
				if c.name == "prefs" {
					// Choosing a theme must not write over unreadable preferences.
					do(t, ctx, chromedp.Click(chromedp.CSS(`[data-theme-toggle]`)))
					waitQuiet(t, ctx)
				}
			} else {
				do(t, ctx, chromedp.Click(chromedp.CSS(`[data-download-raw]`)))
				path := waitDownload(t, dir, ".json")
				raw, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				os.Remove(path)
				if !json.Valid(raw) || !strings.Contains(string(raw), `\udc00`) || !strings.Contains(string(raw), `\u0001`) {
					t.Errorf("the raw data is not the stored value exactly:\n%s", raw)
				}
			}
			if !eval[bool](t, ctx, kept) {
				t.Fatalf("after the reader the garbage became %q", eval[string](t, ctx, `localStorage.getItem(`+jsString(key)+`)`))
			}
			open(t, ctx, srv.URL+"/library")
			waitFor(t, ctx, c.library)
			open(t, ctx, srv.URL+"/class")
			open(t, ctx, srv.URL+"/")
			if !eval[bool](t, ctx, kept) {
				t.Fatalf("after the library and the class view the garbage became %q", eval[string](t, ctx, `localStorage.getItem(`+jsString(key)+`)`))
			}
		})
	}
}
