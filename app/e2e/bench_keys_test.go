package e2e

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Keystroke sampling: keyWarmup presses are discarded, keyCount are kept,
// and keyPause separates two rounds of presses.
const (
	keyWarmup = 5
	keyCount  = 64
	keyPause  = 40 * time.Millisecond
)

// keySample is one keystroke as keyProbeJS saw it, in ms since keydown.
type keySample struct {
	DOM   float64 `json:"dom"`
	Paint float64 `json:"paint"`
}

// keyRun is the samples of one key on one page.
type keyRun struct {
	paint, dom []float64
	misses     int // presses that changed nothing in the article within 3 s
}

// add appends a sample (nil: the press changed nothing).
func (r *keyRun) add(s *keySample) {
	if s == nil {
		r.misses++
		return
	}
	r.paint = append(r.paint, s.Paint)
	r.dom = append(r.dom, s.DOM)
}

// keyPage is a page whose keystrokes are measured (the app or the floor
// page), with the key probe installed.
type keyPage struct {
	ctx       context.Context
	have      int // samples the probe holds
	sentences int
	cur, dir  int // the cursor, for moves that turn back at either end
}

// newKeyPage installs the key probe on the page open in ctx, which shows
// a document of the given number of sentences.
func newKeyPage(b *testing.B, ctx context.Context, sentences int) *keyPage {
	b.Helper()
	eval[bool](b, ctx, keyProbeJS)
	p := &keyPage{ctx: ctx, sentences: sentences, dir: 1}
	p.have = eval[int](b, ctx, `__benchKeys.samples.length`)
	p.cur = eval[int](b, ctx, `+(document.querySelector('[aria-current="true"]') || {dataset: {sentence: 0}}).dataset.sentence`)
	return p
}

// key returns the key of the next press of an action: 1 toggles the first
// tag; a move is j (down), or k (up) on the way back from the end.
func (p *keyPage) key(act string) string {
	if act == "toggle" {
		return "1"
	}
	if p.cur+p.dir < 0 || p.cur+p.dir >= p.sentences {
		p.dir = -p.dir
	}
	p.cur += p.dir
	if p.dir > 0 {
		return "j"
	}
	return "k"
}

// press sends a key through CDP (real key events: keyDown, char, keyUp,
// as chromedp.KeyEvent sends them) and returns its sample, or nil when
// nothing changed in the article within 3 s.
func (p *keyPage) press(b *testing.B, key string) *keySample {
	b.Helper()
	press(b, p.ctx, key)
	s := evalWait[*keySample](b, p.ctx, fmt.Sprintf(`__benchKeys.next(%d, 3000)`, p.have+1), 10*time.Second)
	if s == nil {
		// Resynchronise, in case a late change still arrives.
		time.Sleep(500 * time.Millisecond)
		p.have = eval[int](b, p.ctx, `__benchKeys.samples.length`)
		return nil
	}
	p.have++
	return s
}

// measure presses the action's key keyWarmup+count times on each page,
// one page after the other in every round, so that the app and the floor
// page share whatever else the machine is doing; it returns each page's
// samples after the warm-up.
func measure(b *testing.B, act string, count int, pages ...*keyPage) []keyRun {
	b.Helper()
	runs := make([]keyRun, len(pages))
	for i := 0; i < keyWarmup+count; i++ {
		for k, p := range pages {
			s := p.press(b, p.key(act))
			if i >= keyWarmup {
				runs[k].add(s)
			}
		}
		time.Sleep(keyPause)
	}
	return runs
}

// Columns of the table a key run goes to.
const (
	colApp   = "app"
	colFloor = "floor"
	colPeer  = "Recogito"
)

// record puts a key run into the table line key, in the column col: the
// app's own figure, or the floor or peer page's.
func (r keyRun) record(s *summary, key, col string) {
	if os.Getenv("BENCH_DEBUG") != "" {
		fmt.Printf("%s %s paint=%.1f dom=%.1f\n", key, col, r.paint, r.dom)
	}
	switch col {
	case colFloor:
		s.setFloor(key, median(r.paint), p95(r.paint))
		return
	case colPeer:
		s.setPeer(key, median(r.paint), p95(r.paint))
		if r.misses > 0 {
			s.footnote(fmt.Sprintf("Recogito: %d presses on %s changed nothing within 3 s.", r.misses, key))
		}
		return
	}
	note := fmt.Sprintf("n=%d, DOM changed at %.1f ms (median)", len(r.paint), median(r.dom))
	if r.misses > 0 {
		note += fmt.Sprintf(", %d presses changed nothing", r.misses)
	}
	s.set(key, median(r.paint), p95(r.paint), note)
}

// openResult is what openProbeJS reports, in ms since the navigation call.
type openResult struct {
	First      float64 `json:"first"`
	FirstPaint float64 `json:"firstPaint"`
	All        float64 `json:"all"`
	AllPaint   float64 `json:"allPaint"`
	Longest    float64 `json:"longest"`
	Blocking   float64 `json:"blocking"`
	Longtasks  int     `json:"longtasks"`
	Timeout    bool    `json:"timeout"`
}

// openInApp opens bd inside the running app, as a click on a library
// link does, and reports when its first and last sentences were painted.
func openInApp(b *testing.B, ctx context.Context, bd benchDoc) openResult {
	b.Helper()
	js := fmt.Sprintf(`(%s)(%s, %s, %d, 60000)`, openProbeJS, jsString(bd.url()), jsString(bd.first), len(bd.doc.Sentences)-1)
	r := evalWait[openResult](b, ctx, js, 90*time.Second)
	if r.Timeout {
		b.Fatalf("opening %s: not complete after 60 s (%+v)", bd.label(), r)
	}
	time.Sleep(300 * time.Millisecond) // let the app settle before the next step
	return r
}

// memFigures is the page's memory: V8's used heap (exact, after a full
// GC), Chromium's bucketed performance.memory.usedJSHeapSize, and the
// size of the app's wasm linear memory (-1 on a page without wasm).
type memFigures struct {
	heap, perf, wasm float64
}

// measureMemory collects garbage, then reads the page's memory.
func measureMemory(b *testing.B, ctx context.Context) memFigures {
	b.Helper()
	if _, err := chromedp.Call(ctx, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
		b.Fatal(err)
	}
	u, err := chromedp.Call(ctx, runtime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		b.Fatal(err)
	}
	m := eval[struct {
		PerfUsed float64 `json:"perfUsed"`
		Wasm     float64 `json:"wasm"`
	}](b, ctx, memoryJS)
	return memFigures{heap: u.UsedSize, perf: m.PerfUsed, wasm: m.Wasm}
}

// evalWait evaluates an expression that may return a promise, with a
// timeout of its own (evalAsync allows 30 s).
func evalWait[T any](t testing.TB, ctx context.Context, js string, timeout time.Duration) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %.80s…: %v", js, err)
	}
	return v
}
