package e2e

import (
	"context"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// durPaste opens text as a new document through the paste dialog and
// returns its id.
func durPaste(t *testing.T, ctx context.Context, title, text string) string {
	t.Helper()
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-show]`)))
	waitFor(t, ctx, `!!document.querySelector("textarea[data-paste]")`)
	setInput(t, ctx, `textarea[data-paste]`, title+"\n"+text)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-paste-open]`)))
	waitEq(t, ctx, `document.querySelector("h1").textContent`, title)
	return eval[string](t, ctx, `new URL(location.href).searchParams.get("doc")`)
}

// fillStorage fills localStorage to the quota as another app on the origin
// would (keys outside annotator/).
const fillStorage = `(() => { const big = "x".repeat(1 << 20); let i = 0;
	try { for (;; i++) localStorage.setItem("filler/" + i, big); } catch (e) {}
	try { for (let j = 0;; j++) localStorage.setItem("filler/s" + j, "x".repeat(512)); } catch (e) {}
	return i; })()`

// Finding 1 of #19: following the "storage full" advice (go to the library,
// delete a document, come back) must lose nothing.
func TestQuotaThenLibraryThenBackLosesNothing(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	// A document to delete later: big enough that deleting it frees room.
	big := strings.Repeat("This sentence is here to take some room in storage. ", 400)
	id := durPaste(t, ctx, "Spare", big)
	open(t, ctx, srv.URL+"/")
	eval[int](t, ctx, fillStorage)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	press(t, ctx, "n")
	waitFor(t, ctx, `document.activeElement && document.activeElement.matches("textarea[data-note-editor]")`)
	do(t, ctx, chromedp.SendKeys(`textarea[data-note-editor]`, "kept through the library"))
	command(t, ctx, "Escape")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').hasAttribute("data-has-note")`)
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("kept in this tab")`)
	// In-app navigation to the library, delete the spare document, back.
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-library-link]`)))
	waitFor(t, ctx, `!!document.querySelector('[data-delete="`+id+`"]')`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-delete="`+id+`"]`)))
	waitFor(t, ctx, `!!document.querySelector('[data-confirm-delete="`+id+`"]')`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-confirm-delete="`+id+`"]`)))
	waitFor(t, ctx, `!document.querySelector('[data-delete="`+id+`"]')`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`a[href="/?doc=`+seedID()+`"]`)))
	waitFor(t, ctx, `!!document.querySelector('[data-sentence="0"]')`)
	waitFor(t, ctx, tagsOf("0")+` === "claim" && document.querySelector('[data-sentence="0"]').hasAttribute("data-has-note")`)
	// And it is stored: a reload (which reads only localStorage) shows it.
	waitFor(t, ctx, `(localStorage.getItem("annotator/doc/`+seedID()+`") || "").includes("rev")`)
	waitQuiet(t, ctx)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	press(t, ctx, "n")
	waitEq(t, ctx, `document.querySelector("textarea[data-note-editor]").value`, "kept through the library")
	if got := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); got != "" {
		t.Errorf("alert after the changes were stored: %q", got)
	}
}

// killable is a Chromium whose process group the test can kill as a
// crash would (SIGKILL: no chance to write anything).
type killable struct {
	ctx context.Context
	pid int
}

// startKillable starts headless Chromium on profile in a process group of
// its own.
func startKillable(t *testing.T, profile string) *killable {
	t.Helper()
	ctx := newBrowserWith(t, profile, chromedp.ModifyCmdFunc(func(cmd *exec.Cmd) {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	}))
	p := chromedp.FromContext(ctx).Browser.Process()
	if p == nil {
		t.Fatal("no browser process")
	}
	k := &killable{ctx: ctx, pid: p.Pid}
	t.Cleanup(k.kill)
	return k
}

// kill ends the browser and every process it started, at once, and waits
// until the browser process is gone.
func (k *killable) kill() {
	if k.pid == 0 {
		return
	}
	syscall.Kill(-k.pid, syscall.SIGKILL)
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if syscall.Kill(k.pid, 0) != nil {
			break
		}
		var ws syscall.WaitStatus
		syscall.Wait4(k.pid, &ws, syscall.WNOHANG, nil) // reap it if chromedp has not
	}
	k.pid = 0
}

// Finding 10 of #19: the last change survives a browser killed one second
// after it (Chromium writes localStorage to disk much later; the journal in
// IndexedDB has it).
func TestKilledBrowserKeepsTheLastChange(t *testing.T) {
	srv := newServer(t)
	profile := t.TempDir()
	b := startKillable(t, profile)
	open(t, b.ctx, srv.URL+"/")
	press(t, b.ctx, "j", "j", "3") // Quote on sentence 2
	waitFor(t, b.ctx, tagsOf("2")+` === "quote"`)
	time.Sleep(time.Second) // the scenario: a crash a second after the key
	b.kill()

	b = startKillable(t, profile)
	open(t, b.ctx, srv.URL+"/")
	waitFor(t, b.ctx, tagsOf("2")+` === "quote"`)
	waitFor(t, b.ctx, `document.querySelector('[role="status"]').textContent.includes("Recovered")`)
	// The replay went into localStorage: the next start has it without the journal.
	waitFor(t, b.ctx, `(localStorage.getItem("annotator/doc/`+seedID()+`") || "").includes("rev")`)
	b.kill()
	b = startKillable(t, profile)
	open(t, b.ctx, srv.URL+"/")
	waitFor(t, b.ctx, tagsOf("2")+` === "quote"`)
}

// Finding 12 of #19: a document deleted in tab A while tab B has it open
// is not recreated by B's edits; B says so and offers to keep a copy.
func TestDocumentDeletedInAnotherTabIsNotRecreated(t *testing.T) {
	srv := newServer(t)
	a := newBrowser(t)
	open(t, a, srv.URL+"/")
	id := durPaste(t, a, "Shared", "First sentence. Second sentence. Third sentence.")
	press(t, a, "1")
	waitFor(t, a, tagsOf("0")+` === "claim"`)
	waitQuiet(t, a)

	b, cancel := chromedp.NewContext(a) // a second tab of the same browser
	defer cancel()
	if err := chromedp.Do(b); err != nil { // opened before any step's timeout, which would close it
		t.Fatal(err)
	}
	open(t, b, srv.URL+"/?doc="+id)
	waitFor(t, b, tagsOf("0")+` === "claim"`)
	press(t, b, "j", "2")
	waitFor(t, b, tagsOf("1")+` === "evidence"`)
	waitQuiet(t, b)

	open(t, a, srv.URL+"/library")
	do(t, a, chromedp.Click(chromedp.CSS(`[data-delete="`+id+`"]`)))
	waitFor(t, a, `!!document.querySelector('[data-confirm-delete="`+id+`"]')`)
	do(t, a, chromedp.Click(chromedp.CSS(`[data-confirm-delete="`+id+`"]`)))
	waitFor(t, a, `!document.querySelector('[data-delete="`+id+`"]')`)

	// Tab B keeps editing: nothing of the document comes back.
	waitFor(t, b, `document.querySelector('[role="alert"]').textContent.includes("deleted in another tab")`)
	press(t, b, "j", "3")
	waitFor(t, b, tagsOf("2")+` === "quote"`)
	waitQuiet(t, b)
	left := `Object.keys(localStorage).filter(k => k.includes("` + id + `")).join(" ")`
	if got := eval[string](t, b, left); got != "" {
		t.Fatalf("the deleted document was recreated as %s", got)
	}
	// Keep a copy puts it back in the library, with every change of tab B.
	do(t, b, chromedp.Click(chromedp.CSS(`[data-keep-copy]`)))
	waitFor(t, b, `document.querySelector('[role="status"]').textContent.includes("Kept")`)
	open(t, a, srv.URL+"/library")
	waitFor(t, a, `!!document.querySelector('[data-delete="`+id+`"]')`)
	open(t, a, srv.URL+"/?doc="+id)
	waitFor(t, a, tagsOf("0")+` === "claim" && `+tagsOf("1")+` === "evidence" && `+tagsOf("2")+` === "quote"`)
}

// A reload aborts the journal's writes still in flight, so the journal can
// hold an older change of a sentence than localStorage does: its replay
// must leave the newer stored one alone. (The journal used to learn a
// change's revision in a second write after the save; with that write
// lost, the replay put a deleted tag back.) Here the page loses every
// journal write of sentence 0 after the first, then the tag is removed
// and the page reloaded.
func TestReloadWithTheJournalBehindKeepsTheStoredChange(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	eval[bool](t, ctx, `(() => {
		const put = IDBObjectStore.prototype.put;
		let n = 0;
		IDBObjectStore.prototype.put = function (v, k) {
			if (!String(k).endsWith("/0")) return put.call(this, v, k);
			if (n++ > 0) return undefined; // lost with the page
			this.transaction.addEventListener("complete", () => { window.__firstPut = true; });
			return put.call(this, v, k);
		};
		return true; })()`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+` === "claim"`)
	waitFor(t, ctx, `window.__firstPut === true`)
	press(t, ctx, "1")
	waitFor(t, ctx, tagsOf("0")+` === ""`)
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
	waitFor(t, ctx, `document.documentElement.hasAttribute("data-journal-applied")`)
	if got := eval[string](t, ctx, tagsOf("0")); got != "" {
		t.Fatalf("sentence 0 has %q after the reload: the journal's older entry was replayed over the store", got)
	}
}
