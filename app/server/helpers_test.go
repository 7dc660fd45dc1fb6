package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"annotator/app/ui"
)

// tinyWasm is the smallest valid WebAssembly module: the URL checks here
// need a file, not a program (the browser tests run the real one).
var tinyWasm = []byte("\x00asm\x01\x00\x00\x00")

func TestMain(m *testing.M) {
	ui.RegisterRoutes()
	brotliCacheDir, _ = os.MkdirTemp("", "annotator-server-test-") // not the user's cache
	code := m.Run()
	os.RemoveAll(brotliCacheDir)
	os.Exit(code)
}

// testWebDir copies ../../web (css, icons, update script) into a temporary
// directory with tinyWasm as app.wasm.
func testWebDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("../../web/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "app.wasm") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), tinyWasm, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// get requests url with optional header pairs and returns the response
// with its body read.
func get(t testing.TB, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	// A transport of its own: the default one would add Accept-Encoding
	// and decode gzip behind our back.
	res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

// serve starts site on an httptest server.
func serve(t testing.TB, site http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	return srv
}

// workerURLs reads the precache list out of a served app-worker.js: the
// test checks what the browser gets, not what the Go code meant.
func workerURLs(t testing.TB, js []byte) []string {
	t.Helper()
	s := string(js)
	i := strings.Index(s, "const config = ")
	j := strings.Index(s, "};\n")
	if i < 0 || j < i {
		t.Fatalf("no config object in the service worker:\n%s", s)
	}
	var c struct {
		Precache []json.RawMessage `json:"precache"`
	}
	if err := json.Unmarshal([]byte(s[i+len("const config = "):j+1]), &c); err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, raw := range c.Precache {
		var u string
		if json.Unmarshal(raw, &u) != nil {
			var e struct{ URL string }
			if err := json.Unmarshal(raw, &e); err != nil {
				t.Fatal(err)
			}
			u = e.URL
		}
		urls = append(urls, u)
	}
	if len(urls) == 0 {
		t.Fatal("the service worker precaches nothing")
	}
	return urls
}
