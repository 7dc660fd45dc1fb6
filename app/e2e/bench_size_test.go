package e2e

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Brotli as the static site (make dist) writes app.wasm.br: quality 11,
// 16 MB window (app/server/wasm.go).
const (
	distBrotliQuality = 11
	distBrotliWindow  = 24
)

// wasmSizes are the sizes of app.wasm in bytes.
type wasmSizes struct {
	raw, gzip, brotli int
	brotliCached      bool
}

// measureWasmSizes compresses app.wasm as the static site does. Brotli at
// quality 11 takes about half a minute for 9 MB, so its size is computed
// once per build (brotliSizeCached).
func measureWasmSizes(t testing.TB) wasmSizes {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	s := wasmSizes{raw: len(raw)}
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	w.Write(raw)
	w.Close()
	s.gzip = gz.Len()

	s.brotli, s.brotliCached = brotliSizeCached(raw)
	return s
}

// brotliSizeCached is the size of raw with brotli as the static site
// writes it, kept in the user's cache directory under raw's SHA-256.
func brotliSizeCached(raw []byte) (n int, cached bool) {
	sum := sha256.Sum256(raw)
	cache := ""
	if dir, err := os.UserCacheDir(); err == nil {
		cache = filepath.Join(dir, "annotator-bench", "brotli-q11-"+hex.EncodeToString(sum[:12]))
		if b, err := os.ReadFile(cache); err == nil {
			if n, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
				return n, true
			}
		}
	}
	n = brotliLen(raw, distBrotliQuality)
	if cache != "" && os.MkdirAll(filepath.Dir(cache), 0o755) == nil {
		os.WriteFile(cache, []byte(strconv.Itoa(n)), 0o644)
	}
	return n, false
}

// countWriter counts the bytes written to it.
type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

// servedWasmSize fetches app.wasm from the server as a browser does (brotli
// accepted) and returns the size on the wire and its encoding, such as
// "br, quality 11". The server answers with quality 6 until it has made
// quality 11 (or read it from its disk cache), so this waits for that, up
// to five minutes: it also makes the server finish compressing before any
// load is timed.
func servedWasmSize(t testing.TB, base string) (int, string) {
	t.Helper()
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	deadline := time.Now().Add(5 * time.Minute)
	for {
		req, err := http.NewRequest(http.MethodGet, base+"/web/app.wasm", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Encoding", "br, gzip")
		resp, err := (&http.Client{Transport: tr}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		n, err := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET /web/app.wasm: %v %v", resp.Status, err)
		}
		enc := resp.Header.Get("Content-Encoding")
		etag := strings.Trim(resp.Header.Get("ETag"), `"`)
		if i := strings.LastIndex(etag, "-br"); enc == "br" && i >= 0 {
			q := etag[i+3:]
			if q == "11" || time.Now().After(deadline) {
				return int(n), "br, quality " + q
			}
			time.Sleep(2 * time.Second)
			continue
		}
		return int(n), enc
	}
}
