package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// saveGroupsJS records localStorage calls grouped by browser task (a
// group ends at the next microtask checkpoint, which comes only once the
// Go callback that made the calls has returned).
const saveGroupsJS = `(() => {
	window.__groups = [];
	let cur = null;
	const note = (op, k) => {
		if (!cur) { cur = []; window.__groups.push(cur); queueMicrotask(() => { cur = null; }); }
		cur.push(op + " " + String(k));
	};
	const get = Storage.prototype.getItem, set = Storage.prototype.setItem;
	Storage.prototype.getItem = function (k) { note("get", k); return get.call(this, k); };
	Storage.prototype.setItem = function (k, v) { note("set", k); return set.call(this, k, v); };
	return true;
})()`

// TestSaveReadsNoText: the save after a tag toggle on a stored book
// (which first checks that the book is still in the library) reads no
// stored text: each save used to read the whole text (1.4 MB at 20,000
// sentences) only to see that it is there. When the text is gone (the
// book deleted in another tab) the check still sees it, and nothing is
// written.
func TestSaveReadsNoText(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	const n = 2000
	text, first := openFileText(n, 3)
	path := filepath.Join(t.TempDir(), "book.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{path}))
	waitFor(t, ctx, `!!document.querySelector('[data-sentence="`+strconv.Itoa(n-1)+`"]') && document.querySelector('[data-sentence="0"]').textContent.trim() === `+jsString(first))
	id := eval[string](t, ctx, `new URLSearchParams(location.search).get("doc")`)
	press(t, ctx, "1") // the first save after the open, and Prepare's steps
	waitQuiet(t, ctx)
	eval[bool](t, ctx, saveGroupsJS)
	for range 3 {
		press(t, ctx, "j", "1")
		waitQuiet(t, ctx)
	}
	groups := eval[[][]string](t, ctx, `window.__groups`)
	saves := 0
	for _, g := range groups {
		if !strings.Contains(strings.Join(g, "\n")+"\n", "set annotator/doc/"+id+"\n") {
			continue
		}
		saves++
		for _, c := range g {
			if strings.HasPrefix(c, "get annotator/text/") {
				t.Errorf("a save read a stored text: %s", c)
			}
		}
	}
	if saves == 0 {
		t.Fatalf("no save seen after three toggles; storage calls by task: %v", groups)
	}
	if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); a != "" {
		t.Errorf("alert: %s", a)
	}
	// The book deleted elsewhere: its text and record go, and the next
	// toggle is kept in the tab, not written.
	eval[bool](t, ctx, `(() => { for (const k of Object.keys(localStorage)) if (k.includes(`+jsString(id)+`)) localStorage.removeItem(k); return true; })()`)
	press(t, ctx, "j", "1")
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("deleted")`)
	if left := eval[int](t, ctx, `Object.keys(localStorage).filter(k => k.includes(`+jsString(id)+`)).length`); left != 0 {
		t.Errorf("a toggle after the deletion wrote %d keys of the book", left)
	}
}
