// Package server builds the go-app handler that serves the annotator and
// writes it out as a static site. It is native only: nothing here reaches app.wasm.
//
// On top of go-app's handler it adds our own service worker (worker.js:
// awaited install and activate, every route precached, updates only with
// the user's consent), our own manifest, app.wasm precompressed with
// brotli and gzip, and a strict Content-Security-Policy.
package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DefaultPages lists the app's routes (see ui.RegisterRoutes): the service
// worker precaches each one's page. WriteStatic fails when go-app writes a
// page for a route missing here, so a new route cannot be forgotten.
var DefaultPages = []string{"/", "/library", "/class", "/exercise"}

// requiredWebFiles must be in the web directory: the page links them.
var requiredWebFiles = []string{"app.wasm", "app.css", "update.css", "update.js", "boot.js", "running.js",
	"icon-192.png", "icon-512.png", "icon-maskable.png", "icon.svg"}

// Options adjusts the site New builds. The zero value serves at the root
// of the host with the version computed from the files.
type Options struct {
	// Prefix is the URL path the site lives under, such as "/annotator"
	// for https://user.github.io/annotator/; empty for the host's root.
	Prefix string
	// Version overrides the release version, which otherwise is a hash of
	// app.wasm, every file of the web directory and the service worker.
	// Tests set it to publish a "new release" of the same files.
	Version string
	// Pages overrides DefaultPages.
	Pages []string
	// BrotliQuality (1–11) overrides the quality app.wasm.br is made with:
	// by default, serving answers with 6 at once (fast start) and with 11
	// once that is made (in the background, then kept in the user's cache
	// directory for the next start); WriteStatic uses 11.
	BrotliQuality int
}

// Site serves the annotator. It is go-app's Handler (whose fields, such as
// Version, it exposes) wrapped with security headers, our manifest and a
// precompressed app.wasm.
type Site struct {
	*app.Handler

	opts     Options
	prefix   string
	webDir   string
	webFiles []string
	wasm     *wasmFile
	worker   workerConfig
	manifest []byte
}

// New returns the site serving the files of webDir under /web/, at the
// root of the host.
func New(webDir string) (*Site, error) {
	return NewWith(webDir, Options{})
}

// NewWith returns the site serving the files of webDir with options.
func NewWith(webDir string, opts Options) (*Site, error) {
	return build(webDir, opts, false)
}

// build makes a site; static sites serve each route's page as a .html file.
func build(webDir string, opts Options, static bool) (*Site, error) {
	files, err := listWebFiles(webDir)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return nil, fmt.Errorf("%w (build it first: make build)", err)
	}
	quality := opts.BrotliQuality
	if quality == 0 {
		quality = serveQuality
		if static {
			quality = staticQuality
		}
	}
	s := &Site{
		opts:     opts,
		prefix:   cleanPrefix(opts.Prefix),
		webDir:   webDir,
		webFiles: files,
		wasm:     compressedWasm(raw, quality, opts.BrotliQuality == 0 && !static),
	}
	pages := opts.Pages
	if len(pages) == 0 {
		pages = DefaultPages
	}
	version := opts.Version
	if version == "" {
		if version, err = contentVersion(webDir, files, raw, pages); err != nil {
			return nil, err
		}
	}
	pageURL := func(route string) string { return route }
	if static {
		pageURL = func(route string) string { return route + ".html" }
	}
	s.worker = newWorkerConfig(version, s.prefix, pages, pageURL, files, s.wasm.integrity())
	s.Handler = &app.Handler{
		Name:            "Sentence Annotator",
		ShortName:       "Annotator",
		Title:           "Sentence Annotator",
		Description:     "Tag sentences and write notes on an article, offline, in your browser. Nothing leaves your device.",
		Lang:            "en",
		Author:          "Sentence Annotator",
		BackgroundColor: "#fbfaf7",
		ThemeColor:      "#1f4e79",
		LoadingLabel:    "Loading the annotator… {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles: []string{"/web/app.css", "/web/update.css"},
		// boot.js runs as the page is read (start-up keys); running.js
		// must run after wasm_exec.js and app.js, which go-app defers.
		Scripts: []string{"/web/boot.js", "/web/running.js defer", "/web/update.js defer"},
		Version: version,
		// app.wasm is sent compressed: the loader's progress needs the real size.
		WasmContentLength:     strconv.Itoa(len(raw)),
		ServiceWorkerTemplate: s.worker.script(),
		Resources:             newDirResolver(webDir, s.prefix),
	}
	s.manifest = manifestJSON(s.Handler, s.prefix)
	return s, nil
}

// PrecacheURLs lists every URL the service worker caches at install.
func (s *Site) PrecacheURLs() []string { return s.worker.urls() }

// listWebFiles lists the files of webDir (slash-separated, sorted) that the
// site serves and precaches: all but app.wasm's compressed copies and
// hidden files. It fails when a file the page links is missing.
func listWebFiles(webDir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(webDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && path != webDir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(webDir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == "app.wasm" || strings.HasPrefix(rel, "app.wasm.") {
			return nil
		}
		files = append(files, rel)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var missing []string
	for _, f := range requiredWebFiles {
		if _, err := os.Stat(filepath.Join(webDir, f)); err != nil {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%s lacks %s (build app.wasm with make build)", webDir, strings.Join(missing, ", "))
	}
	return files, nil
}

// contentVersion hashes everything a release is made of, so that any
// change reaches clients and an unchanged build never churns their caches.
func contentVersion(webDir string, files []string, wasm []byte, pages []string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "app.wasm %d\n", len(wasm))
	h.Write(wasm)
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(webDir, filepath.FromSlash(f)))
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", f, len(b))
		h.Write(b)
	}
	fmt.Fprintf(h, "worker %d\n%s\npages %q\n", len(workerTemplate), workerTemplate, pages)
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
