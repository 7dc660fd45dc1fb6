package server

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// TestWasmBrotliUpgrade: a served app.wasm comes at quality 6 at once, at
// quality 11 once that is made, and the next start (another process: a
// fresh wasmCache) reads quality 11 from the disk cache.
func TestWasmBrotliUpgrade(t *testing.T) {
	old := brotliCacheDir
	brotliCacheDir = t.TempDir()
	defer func() { brotliCacheDir = old }()

	dir := testWebDir(t)
	raw := bytes.Repeat([]byte("\x00asm\x01\x00\x00\x00 upgrade test "+t.Name()), 2000)
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	get := func(srv *httptest.Server) string {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/web/app.wasm", nil)
		req.Header.Set("Accept-Encoding", "br")
		res, err := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		if dec, err := io.ReadAll(brotli.NewReader(bytes.NewReader(body))); err != nil || !bytes.Equal(dec, raw) {
			t.Fatalf("body does not decode to app.wasm: %v", err)
		}
		return res.Header.Get("ETag")
	}
	site, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(site)
	defer srv.Close()
	first := get(srv)
	if !strings.HasSuffix(first, `-br6"`) && !strings.HasSuffix(first, `-br11"`) {
		t.Errorf("first ETag %s: want quality 6 (or 11 if already upgraded)", first)
	}
	select {
	case <-site.wasm.upgraded:
	case <-time.After(time.Minute):
		t.Fatal("no quality 11 after a minute")
	}
	if e := get(srv); !strings.HasSuffix(e, `-br11"`) {
		t.Errorf("ETag after the upgrade %s, want quality 11", e)
	}
	if _, err := os.Stat(cachedBrotliPath(site.wasm.sum)); err != nil {
		t.Errorf("quality 11 not cached on disk: %v", err)
	}

	wasmCache.Lock()
	clear(wasmCache.m)
	wasmCache.Unlock()
	again, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	<-again.wasm.done
	if _, q := again.wasm.brotli(); q != upgradeQuality {
		t.Errorf("next start serves quality %d at first, want %d from the cache", q, upgradeQuality)
	}

	// A damaged cache file is not served.
	os.WriteFile(cachedBrotliPath(site.wasm.sum), []byte("not brotli"), 0o644)
	if readCachedBrotli(site.wasm.sum, raw) != nil {
		t.Error("a damaged cache file was read")
	}
}
