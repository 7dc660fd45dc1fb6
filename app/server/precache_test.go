package server

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// wantPrecached are URLs the worker must cache for the app to open offline.
var wantPrecached = []string{"/", "/app.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest",
	"/web/app.css", "/web/update.css", "/web/update.js", "/web/app.wasm",
	"/web/icon-192.png", "/web/icon-512.png", "/web/icon-maskable.png", "/web/icon.svg"}

// TestPrecachedURLsAnswer200 is the deploy check: every URL the service
// worker precaches answers 200 from the Go server and from the static site
// served by a plain file server, at the host's root and under a sub-path.
// (One missing file fails the worker's install, and the app then never
// works offline.)
func TestPrecachedURLsAnswer200(t *testing.T) {
	web := testWebDir(t)
	for _, prefix := range []string{"", "/annotator"} {
		site, err := NewWith(web, Options{Prefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		goSrv := serve(t, site)
		out := t.TempDir()
		if err := WriteStatic(out, web, site); err != nil {
			t.Fatal(err)
		}
		var static http.Handler = http.FileServer(http.Dir(out))
		if prefix != "" {
			static = http.StripPrefix(prefix, static)
		}
		staticSrv := serve(t, static)
		for name, srv := range map[string]*httptest.Server{"Go server": goSrv, "static site": staticSrv} {
			_, js := get(t, srv.URL+prefix+"/app-worker.js")
			urls := workerURLs(t, js)
			for _, w := range wantPrecached {
				if !slices.Contains(urls, prefix+w) {
					t.Errorf("%s, prefix %q: the worker does not precache %s (it has %v)", name, prefix, prefix+w, urls)
				}
			}
			for _, u := range urls {
				if !strings.HasPrefix(u, prefix+"/") {
					t.Errorf("%s: precached URL %s is outside the site's path %s/", name, u, prefix)
				}
				if res, _ := get(t, srv.URL+u); res.StatusCode != http.StatusOK {
					t.Errorf("%s, prefix %q: GET %s = %s", name, prefix, u, res.Status)
				}
			}
		}
	}
}

// TestWriteStaticRefusesAnUnprecachedRoute: a route with a page that the
// worker does not precache fails the build instead of breaking offline use.
func TestWriteStaticRefusesAnUnprecachedRoute(t *testing.T) {
	web := testWebDir(t)
	site, err := NewWith(web, Options{Pages: []string{"/elsewhere"}})
	if err != nil {
		t.Fatal(err)
	}
	err = WriteStatic(t.TempDir(), web, site)
	if err == nil || !strings.Contains(err.Error(), "has a page but the service worker does not precache it") {
		t.Fatalf("WriteStatic = %v, want an error naming a route that is not precached", err)
	}
}

// TestCheckStaticReportsMissingFiles: the check itself fails on a 404.
func TestCheckStaticReportsMissingFiles(t *testing.T) {
	web := testWebDir(t)
	err := CheckStatic(web, "", []string{"/app.css", "/icon.svg", "/no-such-file.js"})
	if err == nil || !strings.Contains(err.Error(), "/no-such-file.js: 404") || strings.Contains(err.Error(), "icon.svg") {
		t.Fatalf("CheckStatic = %v, want exactly /no-such-file.js reported", err)
	}
}
