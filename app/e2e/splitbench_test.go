package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// splitBenchPage loads wasm_exec.js and runs splitbench.wasm.
const splitBenchPage = `<!doctype html><meta charset="utf-8"><title>split bench</title>
<script src="wasm_exec.js"></script>
<script>const go = new Go();
WebAssembly.instantiateStreaming(fetch("splitbench.wasm"), go.importObject).then(r => go.run(r.instance));</script>`

// BenchmarkBrowserSplit1MB reports how long segment.Split takes on 1 MB of
// text as WebAssembly in headless Chromium (best of 5 runs inside the page).
func BenchmarkBrowserSplit1MB(b *testing.B) {
	dir := b.TempDir()
	cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "splitbench.wasm"), "./splitbench")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("building splitbench: %v\n%s", err, out)
	}
	wasmExec, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		b.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(splitBenchPage))
	})
	mux.HandleFunc("/wasm_exec.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		w.Write(wasmExec)
	})
	mux.HandleFunc("/splitbench.wasm", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(dir, "splitbench.wasm"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := newBrowser(b)
	b.ResetTimer()
	var ms, sentences float64
	for i := 0; i < b.N; i++ {
		open0(b, ctx, srv.URL+"/")
		waitFor(b, ctx, `!!window.splitBench`)
		ms = eval[float64](b, ctx, `window.splitBench.bestMs`)
		sentences = eval[float64](b, ctx, `window.splitBench.sentences`)
	}
	b.ReportMetric(ms, "ms/MB")
	b.ReportMetric(sentences/ms*1000, "sentences/s")
}
