package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BenchmarkOpenFileMemory opens one generated 20,000-sentence .txt by
// Open file in a fresh tab and prints the wasm linear memory and the Go
// heap (window.__annotatorMem) before and after, with the opening times:
// the memory figure of issue #20 without the smaller files the suite's
// openfile part opens first. BENCH_RUNS (default 1) opens that many
// different books in turn, each in its own fresh tab. With an app.wasm
// built with -tags memprof (ANNOTATOR_WEB naming its directory) and
// MEMPROF_OUT set, it also writes the heap profile after the open there.
func BenchmarkOpenFileMemory(b *testing.B) {
	srv := newServer(b)
	runs := 1
	if v := os.Getenv("BENCH_RUNS"); v != "" {
		fmt.Sscan(v, &runs)
	}
	dir := b.TempDir()
	for run := range runs {
		ctx := newBrowser(b)
		watchLoads(b, ctx)
		open(b, ctx, srv.URL+"/")
		waitOfflineReady(b, ctx)
		time.Sleep(time.Second)
		before := measureMemory(b, ctx)
		goBefore := eval[map[string]float64](b, ctx, `window.__annotatorMem ? window.__annotatorMem() : {}`)
		text, first := openFileText(20000, run)
		path := filepath.Join(dir, fmt.Sprintf("book-%d.txt", run))
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		eval[bool](b, ctx, fmt.Sprintf(`(%s)(%s, %d, 60000)`, openFileProbeJS, jsString(first), 19999))
		do(b, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[type=file][data-open-document]`), []string{path}))
		r := evalWait[openFileResult](b, ctx, `window.__benchOpenFile`, 90*time.Second)
		time.Sleep(1500 * time.Millisecond) // the save after the paint
		after := measureMemory(b, ctx)
		goAfter := eval[map[string]float64](b, ctx, `window.__annotatorMem ? window.__annotatorMem() : {}`)
		fmt.Printf("run %d: first %.0f ms, all %.0f ms, longest task %.0f ms; wasm %s -> %s\n",
			run, r.FirstPaint, r.AllPaint, r.Longest, fmtBytes(before.wasm), fmtBytes(after.wasm))
		for _, k := range []string{"heapAlloc", "heapInuse", "heapSys", "released", "stackSys", "gcSys", "mspanSys", "otherSys", "sys", "nextGC", "numGC", "totalAlloc"} {
			fmt.Printf("  %-10s %12.0f -> %12.0f\n", k, goBefore[k], goAfter[k])
		}
		b.ReportMetric(after.wasm/1e6, "wasm-MB")
		b.ReportMetric(r.FirstPaint, "first-ms")
		b.ReportMetric(r.AllPaint, "all-ms")
		if l := eval[string](b, ctx, `window.__annotatorGCLog ? window.__annotatorGCLog() : ""`); l != "" {
			fmt.Println(l)
		}
		if out := os.Getenv("MEMPROF_OUT"); out != "" {
			p := eval[string](b, ctx, `window.__annotatorHeapProfile ? window.__annotatorHeapProfile() : ""`)
			if err := os.WriteFile(fmt.Sprintf("%s.%d", out, run), []byte(p), 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
}
