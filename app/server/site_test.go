package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// TestSecurityHeaders: every response, pages, scripts, files and errors
// alike, carries the policy, nosniff and no-referrer.
func TestSecurityHeaders(t *testing.T) {
	site, err := New(testWebDir(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, site)
	for _, p := range []string{"/", "/app.js", "/app-worker.js", "/manifest.webmanifest", "/web/app.css", "/web/app.wasm", "/no-such-page"} {
		res, _ := get(t, srv.URL+p, "Accept-Encoding", "br")
		h := res.Header
		if got := h.Get("Content-Security-Policy"); got != headerPolicy() {
			t.Errorf("%s: Content-Security-Policy = %q", p, got)
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options = %q", p, got)
		}
		if got := h.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy = %q", p, got)
		}
	}
	for _, d := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'",
		"base-uri 'self'", "frame-ancestors 'none'", "form-action 'none'", "connect-src 'self'", "img-src 'self' data:"} {
		if !strings.Contains(headerPolicy(), d) {
			t.Errorf("the policy lacks %q", d)
		}
	}
	if strings.Contains(metaPolicy(), "frame-ancestors") {
		t.Error("the meta policy has frame-ancestors, which browsers ignore there (with a warning)")
	}
}

// TestWasmEncodings: app.wasm goes out precompressed as the request allows,
// decodes to the same bytes, and always as application/wasm.
func TestWasmEncodings(t *testing.T) {
	web := testWebDir(t)
	site, err := New(web)
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, site)
	decode := map[string]func(io.Reader) (io.Reader, error){
		"br":   func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
		"gzip": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
		"":     func(r io.Reader) (io.Reader, error) { return r, nil },
	}
	for _, c := range []struct{ accept, want string }{
		{"gzip, deflate, br, zstd", "br"},
		{"gzip", "gzip"},
		{"br;q=0, gzip;q=0.5", "gzip"},
		{"*", "br"},
		{"*, br;q=0", "gzip"},
		{"identity", ""},
		{"", ""},
	} {
		res, body := get(t, srv.URL+"/web/app.wasm", "Accept-Encoding", c.accept)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("Accept-Encoding %q: %s", c.accept, res.Status)
		}
		if got := res.Header.Get("Content-Encoding"); got != c.want {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", c.accept, got, c.want)
		}
		if got := res.Header.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", c.accept, got)
		}
		if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q", c.accept, got)
		}
		r, err := decode[c.want](bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if raw, err := io.ReadAll(r); err != nil || !bytes.Equal(raw, tinyWasm) {
			t.Errorf("Accept-Encoding %q: decoded body %q, %v; want app.wasm", c.accept, raw, err)
		}
		again, _ := get(t, srv.URL+"/web/app.wasm", "Accept-Encoding", c.accept, "If-None-Match", res.Header.Get("ETag"))
		if again.StatusCode != http.StatusNotModified {
			t.Errorf("Accept-Encoding %q: revalidation = %s, want 304", c.accept, again.Status)
		}
	}
	if res, _ := get(t, srv.URL+"/"); res.Header.Get("X-Content-Type-Options") == "" {
		t.Error("the page lacks its headers")
	}
}

// TestManifest: our manifest, with an "any" purpose on the plain icons, a
// maskable one, and scope and start_url under the site's path.
func TestManifest(t *testing.T) {
	web := testWebDir(t)
	for _, prefix := range []string{"", "/annotator"} {
		site, err := NewWith(web, Options{Prefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		srv := serve(t, site)
		res, body := get(t, srv.URL+prefix+"/manifest.webmanifest")
		if ct := res.Header.Get("Content-Type"); ct != "application/manifest+json" {
			t.Errorf("Content-Type %q", ct)
		}
		var m manifest
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatal(err)
		}
		root := prefix + "/"
		if m.Name == "" || m.ShortName == "" || m.Description == "" || m.Display != "standalone" ||
			m.StartURL != root || m.Scope != root || m.ID != root || m.ThemeColor == "" || m.BackgroundColor == "" {
			t.Errorf("prefix %q: manifest %+v", prefix, m)
		}
		purposes := map[string]string{}
		for _, ic := range m.Icons {
			purposes[ic.Src] = ic.Purpose
			if r, _ := get(t, srv.URL+ic.Src); r.StatusCode != http.StatusOK {
				t.Errorf("icon %s: %s", ic.Src, r.Status)
			}
		}
		want := map[string]string{
			prefix + "/web/icon-192.png": "any", prefix + "/web/icon-512.png": "any",
			prefix + "/web/icon-maskable.png": "maskable", prefix + "/web/icon.svg": "any",
		}
		for src, p := range want {
			if purposes[src] != p {
				t.Errorf("prefix %q: icon %s has purpose %q, want %q", prefix, src, purposes[src], p)
			}
		}
	}
}

// TestServeUnderPrefix: with a prefix the Go server answers only under it,
// and the page's links carry it.
func TestServeUnderPrefix(t *testing.T) {
	site, err := NewWith(testWebDir(t), Options{Prefix: "annotator/"})
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, site)
	if res, _ := get(t, srv.URL+"/annotator?x=1"); res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/annotator/?x=1" {
		t.Errorf("/annotator: %s to %q", res.Status, res.Header.Get("Location"))
	}
	if res, _ := get(t, srv.URL+"/"); res.StatusCode != http.StatusNotFound {
		t.Errorf("/ outside the prefix: %s", res.Status)
	}
	res, page := get(t, srv.URL+"/annotator/")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("/annotator/: %s", res.Status)
	}
	for _, link := range []string{`"/annotator/app.js"`, `"/annotator/wasm_exec.js"`, `"/annotator/manifest.webmanifest"`,
		`"/annotator/web/app.css"`, `"/annotator/web/update.js"`} {
		if !bytes.Contains(page, []byte(link)) {
			t.Errorf("the page does not link %s", link)
		}
	}
	_, js := get(t, srv.URL+"/annotator/app.js")
	for _, want := range []string{`"/annotator/app-worker.js"`, `"/annotator/web/app.wasm"`, `"GOAPP_ROOT_PREFIX":"/annotator"`} {
		if !bytes.Contains(js, []byte(want)) {
			t.Errorf("app.js lacks %s", want)
		}
	}
}

// TestNoDirectoryListing: /web/ and its folders are not listed.
func TestNoDirectoryListing(t *testing.T) {
	site, err := New(testWebDir(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, site)
	for _, p := range []string{"/web/", "/web//"} {
		res, body := get(t, srv.URL+p)
		if res.StatusCode != http.StatusNotFound || strings.Contains(string(body), "app.css") {
			t.Errorf("%s: %d, %.80q", p, res.StatusCode, body)
		}
	}
	if res, _ := get(t, srv.URL+"/web/app.css"); res.StatusCode != http.StatusOK {
		t.Errorf("/web/app.css: %d", res.StatusCode)
	}
}
