package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// keysPerTaskJS counts, before the app runs, the calls of
// localStorage.key in each browser task: the first call of a task queues
// a microtask, which runs once the task's script has returned (the Go
// code the task ran included) and starts the count afresh, so a count
// done in one block shows as one task with every call.
const keysPerTaskJS = `(() => {
	let calls = 0, queued = false;
	window.__keysPerTask = 0;
	const key = Storage.prototype.key;
	Storage.prototype.key = function (i) {
		if (!queued) { queued = true; queueMicrotask(() => { calls = 0; queued = false; }); }
		calls++;
		window.__keysPerTask = Math.max(window.__keysPerTask, calls);
		return key.call(this, i);
	};
})()`

// TestStorageMeterCountsInSlices: with 3,000 keys stored, the storage
// meter still counts every byte of this app's keys, and no browser task
// reads more than a slice of the keys (the count used to read all of
// them in one block, 20 ms and more with a book stored, after a key).
func TestStorageMeterCountsInSlices(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	eval[bool](t, ctx, `(() => { for (let i = 0; i < 3000; i++) localStorage.setItem("annotator/zz-meter-test/" + i, "v".repeat(i % 50));
		localStorage.setItem("other/app", "y".repeat(1000)); return true; })()`)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: keysPerTaskJS}); err != nil {
		t.Fatal(err)
	}
	// The app's bytes are counted when the meter is read: the reopened
	// page writes keys of its own (the list of opened documents).
	const appBytesJS = `Object.keys(localStorage).filter(k => k.startsWith("annotator/")).reduce((n, k) => n + 2 * (k.length + localStorage.getItem(k).length), 0)`
	open(t, ctx, srv.URL+"/")
	waitForOr(t, ctx, `document.querySelector("[data-storage-meter]").dataset.storageMeter === String(`+appBytesJS+`)`, func() string {
		return "meter shows " + eval[string](t, ctx, `document.querySelector("[data-storage-meter]").dataset.storageMeter`) + fmt.Sprintf(", want %d", eval[int](t, ctx, appBytesJS))
	})
	// Start-up lists keys of its own (the library, the first save's sweep
	// of stale parts): those done, the meter counts again after a toggle
	// once its 5 s have passed, and only that count is watched.
	press(t, ctx, "1")
	waitQuiet(t, ctx)
	press(t, ctx, "1")
	waitQuiet(t, ctx)
	time.Sleep(5500 * time.Millisecond) // the meter counts at most every 5 s
	eval[bool](t, ctx, `(window.__keysPerTask = 0, true)`)
	press(t, ctx, "1")
	waitQuiet(t, ctx)
	if n := eval[int](t, ctx, `window.__keysPerTask`); n < 1 || n > 256 {
		t.Errorf("after a toggle, one browser task read %d keys of 3,000 (want the meter's count, at most a slice of 256)", n)
	}
}
