package server

import (
	_ "embed"
	"encoding/json"
	"sort"
	"strings"
)

// workerTemplate is the service worker; {{ANNOTATOR_CONFIG}} is replaced
// by a workerConfig. It does not use go-app's placeholders.
//
//go:embed worker.js
var workerTemplate string

// workerConfig is what the service worker knows about a release.
type workerConfig struct {
	// Version names the release.
	Version string `json:"version"`
	// Cache is this release's cache; CachePrefix starts the name of every
	// cache of this site (origin and path), the only ones it deletes.
	Cache       string `json:"cache"`
	CachePrefix string `json:"cachePrefix"`
	// Scope is the path the worker controls ("/" or "/annotator/").
	Scope string `json:"scope"`
	// Shell is the page answering page loads of any other path.
	Shell string `json:"shell"`
	// Pages maps each route's path to the URL of its cached page.
	Pages map[string]string `json:"pages"`
	// Precache lists the URLs cached at install: strings, or objects with
	// url and integrity for files whose hash is known.
	Precache []any `json:"precache"`
}

// precacheEntry is a URL that must match a Subresource Integrity hash.
type precacheEntry struct {
	URL       string `json:"url"`
	Integrity string `json:"integrity"`
}

// cacheNamePrefix starts every cache the annotator creates.
const cacheNamePrefix = "annotator:"

// newWorkerConfig lists what a release precaches. pageURL maps a route to
// the URL its page is served at (the route itself from the Go server, a
// .html file in a static site); webFiles are paths under /web/.
func newWorkerConfig(version, prefix string, routes []string, pageURL func(string) string, webFiles []string, wasmIntegrity string) workerConfig {
	scope := prefix + "/"
	c := workerConfig{
		Version:     version,
		CachePrefix: cacheNamePrefix + scope + ":",
		Scope:       scope,
		Shell:       scope,
		Pages:       map[string]string{},
	}
	c.Cache = c.CachePrefix + version
	urls := []string{"/app.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest"}
	for _, r := range routes {
		u := prefix + pageURL(r)
		if r == "/" {
			u = scope
		}
		c.Pages[prefix+r] = u
		urls = append(urls, strings.TrimPrefix(u, prefix))
	}
	for _, f := range webFiles {
		urls = append(urls, "/web/"+f)
	}
	sort.Strings(urls)
	seen := map[string]bool{}
	for _, u := range urls {
		if seen[u] {
			continue
		}
		seen[u] = true
		c.Precache = append(c.Precache, prefix+u)
	}
	c.Precache = append(c.Precache, precacheEntry{URL: prefix + "/web/app.wasm", Integrity: wasmIntegrity})
	return c
}

// urls returns every URL the worker precaches.
func (c workerConfig) urls() []string {
	out := make([]string, len(c.Precache))
	for i, p := range c.Precache {
		switch v := p.(type) {
		case string:
			out[i] = v
		case precacheEntry:
			out[i] = v.URL
		}
	}
	return out
}

// script returns the service worker's JavaScript for this release.
func (c workerConfig) script() string {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		panic(err) // strings, maps and slices of them always encode
	}
	return strings.Replace(workerTemplate, "{{ANNOTATOR_CONFIG}}", string(b), 1)
}
