package e2e

import (
	"fmt"
	"strings"
	"testing"

	"annotator/app/store"
)

// TestFirstToggleAfterOpeningWritesOneChunk is issue #20's first save
// after opening a book whose record an older version wrote (every mark in
// the manifest): that save wrote the whole record at once, a long task.
// The app now puts the marks into chunks in idle steps after the open, so
// that the first toggle writes one chunk, one page and the manifest.
func TestFirstToggleAfterOpeningWritesOneChunk(t *testing.T) {
	bd := generatedDoc(t, 2000)
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	eval[bool](t, ctx, "(() => {"+bd.storeJS()+" return true; })()")
	open(t, ctx, srv.URL+bd.url())
	doc := jsString(store.DocKey(bd.doc.ID))
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').getAttribute("aria-current") === "true"`)
	// The idle steps end with a manifest that names pages.
	waitFor(t, ctx, `(JSON.parse(localStorage.getItem(`+doc+`)).pages || []).length > 0`)
	before := eval[int](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith(`+doc+` + "/m/")).length`)
	if want := 2000 / store.ChunkSentences; before != want {
		t.Errorf("%d chunks after the open, want %d", before, want)
	}
	eval[bool](t, ctx, `(() => { window.__sets = []; const set = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k, v) { window.__sets.push(k); return set.call(this, k, v); }; return true; })()`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+` !== ""`)
	waitFor(t, ctx, `window.__sets.includes(`+doc+`)`)
	sets := eval[[]string](t, ctx, `window.__sets.filter(k => k.startsWith(`+doc+`))`)
	var chunks, pages int
	for _, k := range sets {
		switch {
		case strings.HasPrefix(k, store.DocKey(bd.doc.ID)+"/m/"):
			chunks++
		case strings.HasPrefix(k, store.DocKey(bd.doc.ID)+"/p/"):
			pages++
		}
	}
	if chunks != 1 || pages != 1 {
		t.Errorf("the first toggle wrote %d chunks and %d pages (%s), want 1 and 1", chunks, pages, fmt.Sprint(sets))
	}
	// Nothing was lost on the way: every tagged sentence still is.
	open(t, ctx, srv.URL+bd.url())
	waitFor(t, ctx, tagsOf("0")+` !== ""`)
	n := eval[int](t, ctx, `document.querySelectorAll('[data-sentence][data-tags~="evidence"]').length`)
	if n != 2000/10 {
		t.Errorf("%d sentences tagged evidence after a reload, want %d", n, 2000/10)
	}
}
