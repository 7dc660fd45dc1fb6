package server

import (
	"net/http"
	"strconv"
	"strings"
)

// ServeHTTP serves the site: every response carries the security headers;
// the manifest and app.wasm are ours, everything else is go-app's. A site
// with a prefix answers only under it.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header())
	path := r.URL.Path
	if s.prefix != "" {
		if path == s.prefix {
			target := s.prefix + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		rest, ok := strings.CutPrefix(path, s.prefix+"/")
		if !ok {
			http.NotFound(w, r)
			return
		}
		path = "/" + rest
		r2 := *r
		u := *r.URL
		u.Path, u.RawPath = path, ""
		r2.URL = &u
		r = &r2
	}
	switch {
	case strings.HasPrefix(path, "/web/") && strings.HasSuffix(path, "/"):
		http.NotFound(w, r) // no directory listings of the static files
		return
	}
	switch path {
	case "/manifest.webmanifest", "/manifest.json":
		s.serveManifest(w, r)
	case "/web/app.wasm", "/app.wasm", "/goapp.wasm":
		s.wasm.serve(w, r, s.Version)
	default:
		s.Handler.ServeHTTP(w, r)
	}
}

// serveManifest writes the web app manifest.
func (s *Site) serveManifest(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/manifest+json")
	h.Set("Cache-Control", "no-cache")
	etag := `"` + s.Version + `-manifest"`
	h.Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(s.manifest)))
	if r.Method != http.MethodHead {
		w.Write(s.manifest)
	}
}
