package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// WriteStatic writes a complete static site to out, for any static host
// (under s's prefix when it has one): go-app's pages and scripts with a
// CSP meta element, our service worker and manifest, the files of webDir
// under out/web, and app.wasm with app.wasm.br and app.wasm.gz beside it.
// It then checks that every URL the worker precaches answers 200 from a
// plain file server, and fails if one does not.
func WriteStatic(out, webDir string, s *Site) error {
	st, err := build(webDir, s.opts, true)
	if err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, st.Handler); err != nil {
		return fmt.Errorf("generating static site: %w", err)
	}
	if err := st.checkPages(out); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "manifest.webmanifest"), st.manifest, 0o644); err != nil {
		return err
	}
	for _, f := range st.webFiles {
		if err := copyFile(filepath.Join(webDir, filepath.FromSlash(f)), filepath.Join(out, "web", filepath.FromSlash(f))); err != nil {
			return err
		}
	}
	<-st.wasm.done
	br, _ := st.wasm.brotli()
	for name, b := range map[string][]byte{"app.wasm": st.wasm.raw, "app.wasm.br": br, "app.wasm.gz": st.wasm.gz} {
		if err := os.WriteFile(filepath.Join(out, "web", name), b, 0o644); err != nil {
			return err
		}
	}
	if err := addMetaPolicy(out); err != nil {
		return err
	}
	return CheckStatic(out, st.prefix, st.PrecacheURLs())
}

// checkPages fails when go-app wrote a page for a route the worker does
// not precache (a route added to ui.RegisterRoutes but not to DefaultPages).
func (s *Site) checkPages(out string) error {
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".html")
		if !ok || e.IsDir() {
			continue
		}
		route := "/" + name
		if name == "index" {
			route = "/"
		}
		if _, ok := s.worker.Pages[s.prefix+route]; !ok {
			return fmt.Errorf("route %s has a page but the service worker does not precache it: add it to server.DefaultPages", route)
		}
	}
	return nil
}

// addMetaPolicy puts the CSP meta element right after <meta charset> in
// every page of out, before any script or stylesheet it must govern.
func addMetaPolicy(out string) error {
	pages, err := filepath.Glob(filepath.Join(out, "*.html"))
	if err != nil {
		return err
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		charset := []byte(`<meta charset="UTF-8">`)
		i := bytes.Index(b, charset)
		if i < 0 {
			return fmt.Errorf("%s: no <meta charset> to put the Content-Security-Policy after", p)
		}
		i += len(charset)
		b = slices.Concat(b[:i:i], []byte(metaTag()), b[i:])
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// CheckStatic serves the static site in dir with a plain http.FileServer
// under prefix and checks that each of urls answers 200.
func CheckStatic(dir, prefix string, urls []string) error {
	var h http.Handler = http.FileServer(http.Dir(dir))
	if prefix = cleanPrefix(prefix); prefix != "" {
		h = http.StripPrefix(prefix, h)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	var bad []string
	for _, u := range urls {
		res, err := http.Get(srv.URL + u)
		if err != nil {
			return err
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			bad = append(bad, fmt.Sprintf("%s: %s", u, res.Status))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("the service worker precaches URLs the static site does not answer:\n  %s", strings.Join(bad, "\n  "))
	}
	return nil
}

// copyFile copies one file, creating its directory.
func copyFile(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
