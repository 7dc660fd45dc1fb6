package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// settleToggles is how many toggles settleWorst measures on one document.
const settleToggles = 3

// BenchmarkSettle measures only the "longest main-thread block in the
// 1.2 s after a tag toggle" line of BenchmarkBrowserSuite, quickly: on the
// seed article and on the generated documents (BENCH_SIZES narrows them),
// each toggle's window on its own, without the keystroke samples. With
// BENCH_PROFILE=1 it also prints a V8 CPU profile of one toggle and the
// 1.2 s after it on each document, which names what the block is made of.
//
//	go test -run '^$' -bench '^BenchmarkSettle$' -benchtime 1x ./app/e2e
func BenchmarkSettle(b *testing.B) {
	docs := []benchDoc{seedDoc()}
	for _, n := range sizesToBench(b) {
		docs = append(docs, generatedDoc(b, n))
	}
	srv := newServer(b)
	ctx := newBrowser(b)
	open(b, ctx, srv.URL+"/")
	waitOfflineReady(b, ctx)
	for _, bd := range docs {
		if len(bd.stored) > 0 {
			eval[bool](b, ctx, "(() => {"+bd.storeJS()+" return true; })()")
		}
	}
	load := loadAverage()
	var lines, profiles []string
	for _, bd := range docs {
		if bd.name != "seed" {
			openInApp(b, ctx, bd)
		}
		time.Sleep(time.Second)
		worst := settleWorst(b, ctx)
		lines = append(lines, fmt.Sprintf("  %-22s worst %5.1f ms  (toggles: %s)", bd.label(), slices.Max(worst), fmtList(worst)))
		b.ReportMetric(slices.Max(worst), "settle-"+strings.ReplaceAll(bd.name, ",", "")+"-ms")
		if profiling {
			time.Sleep(500 * time.Millisecond)
			startProfile(b, ctx)
			press(b, ctx, "1")
			time.Sleep(1200 * time.Millisecond)
			profiles = append(profiles, stopProfile(b, ctx, "CPU profile: one tag toggle and the 1.2 s after it, "+bd.label()))
		}
	}
	for _, p := range profiles {
		fmt.Println(p)
	}
	fmt.Printf("Longest main-thread block in the 1.2 s after a tag toggle (load average %s before, %s after):\n", load, loadAverage())
	for _, l := range lines {
		fmt.Println(l)
	}
}

// settleWorst presses 1 settleToggles times, each after half a second of
// quiet, and returns the longest gap between two MessageChannel pings in
// the 1.2 s after each press (gapProbeJS).
func settleWorst(b *testing.B, ctx context.Context) []float64 {
	b.Helper()
	var worst []float64
	for range settleToggles {
		time.Sleep(500 * time.Millisecond)
		eval[bool](b, ctx, gapProbeJS)
		press(b, ctx, "1")
		worst = append(worst, evalWait[float64](b, ctx, `window.__benchGap`, 10*time.Second))
	}
	return worst
}

// fmtList writes figures in ms, one decimal.
func fmtList(v []float64) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprintf("%.1f", x)
	}
	return strings.Join(s, ", ")
}
