package e2e

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// tabTrace collects a Chrome trace of one tab (BenchmarkKeyTrace,
// BenchmarkSettle).
type tabTrace struct {
	ctx    context.Context
	mu     sync.Mutex
	events []traceEvent
	done   chan struct{}
}

// traceEvent is one event of Chrome's trace: times in µs, Tdur the thread
// (CPU) time of a complete event.
type traceEvent struct {
	Name string  `json:"name"`
	Ph   string  `json:"ph"`
	TS   float64 `json:"ts"`
	Dur  float64 `json:"dur"`
	Tdur float64 `json:"tdur"`
	PID  int     `json:"pid"`
	TID  int     `json:"tid"`
	Cat  string  `json:"cat"`
	Args struct {
		Data struct {
			Type string `json:"type"`
		} `json:"data"`
		// ElementCount is how many elements an UpdateLayoutTree restyled.
		ElementCount int `json:"elementCount"`
	} `json:"args"`
}

// startTrace starts tracing the tab in the given categories, keeping the
// events keep accepts (every event when keep is nil).
func startTrace(b *testing.B, ctx context.Context, categories []string, keep func(traceEvent) bool) *tabTrace {
	b.Helper()
	t := &tabTrace{ctx: ctx, done: make(chan struct{})}
	var once sync.Once
	lctx, cancel := context.WithCancel(ctx)
	if err := chromedp.Listen(lctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			t.mu.Lock()
			for _, v := range ev.Value {
				var e traceEvent
				if json.Unmarshal([]byte(v), &e) == nil && (keep == nil || keep(e)) {
					t.events = append(t.events, e)
				}
			}
			t.mu.Unlock()
		case *tracing.EventTracingComplete:
			once.Do(func() { close(t.done); cancel() })
		}
	}); err != nil {
		b.Fatal(err)
	}
	cfg := &tracing.TraceConfig{IncludedCategories: categories}
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{TraceConfig: cfg, TransferMode: tracing.StartTransferMode("ReportEvents")}); err != nil {
		b.Fatal(err)
	}
	return t
}

// stop ends the trace and returns its events.
func (t *tabTrace) stop(b *testing.B) []traceEvent {
	b.Helper()
	if _, err := chromedp.Call(t.ctx, tracing.End, cdp.Empty{}); err != nil {
		b.Fatal(err)
	}
	select {
	case <-t.done:
	case <-time.After(30 * time.Second):
		b.Fatal("trace did not complete")
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.events
}
