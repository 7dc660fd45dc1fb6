package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/formats"
)

// progressFrom is the smallest file whose import shows progress: smaller
// ones decode in a moment.
const progressFrom = 128 << 10

// yieldEvery is how long an import's decoding runs before it lets the
// browser paint and handle input again.
const yieldEvery = 40 * time.Millisecond

// importProgress shows how far the decoding of an import is, "Reading
// NAME… N %", in a line of its own at the foot of the page
// (p[data-import-progress], a progressbar), while f runs.
type importProgress struct {
	name      string
	el        app.Value
	lastYield time.Time
}

// withImportProgress runs f, an import's decoding on the UI goroutine,
// with a progress line and pauses: every yieldEvery the decoders'
// Progress (formats.WithProgress) updates the line and waits for a
// browser timer (yieldToBrowser), which hands the main thread back to the
// event loop: it paints, and the keys pressed meanwhile are queued and
// handled after the import, so that no step blocks the page for long.
// The line is removed when f returns. size is the file's size: a file
// below progressFrom runs without either.
func withImportProgress(name string, size int, f func()) {
	if !app.IsClient || size < progressFrom {
		f()
		return
	}
	p := &importProgress{name: name}
	defer p.remove()
	p.report(0, formats.ProgressTotal) // the line shows before the first step
	formats.WithProgress(p.report, f)
}

// report is the decoders' Progress: it shows the line on its first call
// and updates it and yields every yieldEvery.
func (p *importProgress) report(done, total int) {
	first := p.el == nil
	if !first && time.Since(p.lastYield) < yieldEvery {
		return
	}
	if first {
		doc := app.Window().Get("document")
		p.el = doc.Call("createElement", "p")
		p.el.Call("setAttribute", "data-import-progress", "true")
		p.el.Call("setAttribute", "role", "progressbar") // a screen reader reads it when asked, without an announcement per step
		p.el.Call("setAttribute", "aria-valuemin", "0")
		p.el.Call("setAttribute", "aria-valuemax", "100")
		p.el.Call("setAttribute", "class", "import-progress")
		p.el.Get("style").Set("cssText", "position:fixed;bottom:1rem;left:50%;transform:translateX(-50%);margin:0;"+
			"padding:.4rem .9rem;border-radius:.4rem;background:#333;color:#fff;z-index:1000")
		doc.Get("body").Call("appendChild", p.el)
	}
	pct := done * 100 / max(total, 1)
	text := tr("Reading %s… %d %%", p.name, pct)
	p.el.Set("textContent", text)
	p.el.Call("setAttribute", "aria-label", text) // a progressbar's name is not its text
	p.el.Call("setAttribute", "aria-valuenow", pct)
	yieldToBrowser()
	p.lastYield = time.Now()
}

// yieldToBrowser blocks until a zero-delay browser timer fires. Unlike
// time.Sleep, which the Go scheduler may spend on other goroutines (the
// garbage collector's workers) without ever returning to JavaScript, a
// wait for a JavaScript callback always ends the current browser task.
func yieldToBrowser() {
	done := make(chan struct{})
	var cb app.Func
	cb = app.FuncOf(func(this app.Value, args []app.Value) any {
		cb.Release()
		close(done)
		return nil
	})
	app.Window().Call("setTimeout", cb, 0)
	<-done
}

// remove takes the line away.
func (p *importProgress) remove() {
	if p.el != nil {
		p.el.Call("remove")
	}
}
