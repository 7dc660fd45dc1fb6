package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// Brotli qualities: serving compresses at start-up, so it answers at once
// with a quick quality (~0.7 s for 7 MB) and switches to the best one
// (~30–60 s) when that is ready, keeping it on disk for the next start
// (upgradeQuality); a static site is written once and gets the best.
const (
	serveQuality   = 6
	staticQuality  = 11
	upgradeQuality = 11
)

// wasmFile is app.wasm held in memory with its compressed forms, so that
// what is served always matches the Version computed from it.
type wasmFile struct {
	raw []byte
	sum [32]byte

	done chan struct{} // closed once br and gz are set
	gz   []byte

	mu        sync.Mutex
	br        []byte
	brQuality int
	upgraded  chan struct{} // closed once br has its final quality
}

// wasmCache shares compressed forms between servers built from the same
// app.wasm (tests start many), keyed by content hash and brotli quality.
var wasmCache = struct {
	sync.Mutex
	m map[wasmKey]*wasmFile
}{m: map[wasmKey]*wasmFile{}}

type wasmKey struct {
	sum     [32]byte
	quality int
	upgrade bool
}

// compressedWasm returns the shared wasmFile for raw and starts compressing
// it in the background; br and gz are ready once done is closed. With
// upgrade, br is made at quality first and at upgradeQuality afterwards,
// unless the disk cache already has that.
func compressedWasm(raw []byte, quality int, upgrade bool) *wasmFile {
	sum := sha256.Sum256(raw)
	k := wasmKey{sum, quality, upgrade}
	wasmCache.Lock()
	defer wasmCache.Unlock()
	if f, ok := wasmCache.m[k]; ok {
		return f
	}
	f := &wasmFile{raw: raw, sum: sum, done: make(chan struct{}), upgraded: make(chan struct{})}
	wasmCache.m[k] = f
	go f.compress(quality, upgrade)
	return f
}

// compress fills br and gz, both at once on two cores; gzip gets its best
// level when brotli gets a high quality (a static site).
func (f *wasmFile) compress(quality int, upgrade bool) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		level := gzip.DefaultCompression // 0.3 s for 7 MB
		if quality >= 9 {
			level = gzip.BestCompression // 1 s, 1% smaller
		}
		f.gz = gzipBytes(f.raw, level)
	}()
	var br []byte
	if upgrade {
		if br = readCachedBrotli(f.sum, f.raw); br != nil {
			quality, upgrade = upgradeQuality, false
		}
	}
	if br == nil {
		br = brotliBytes(f.raw, quality)
	}
	wg.Wait()
	f.setBrotli(br, quality, !upgrade)
	close(f.done)
	if upgrade {
		br = brotliBytes(f.raw, upgradeQuality)
		writeCachedBrotli(f.sum, br)
		f.setBrotli(br, upgradeQuality, true)
	}
}

// setBrotli replaces the brotli form; final closes upgraded.
func (f *wasmFile) setBrotli(br []byte, quality int, final bool) {
	f.mu.Lock()
	f.br, f.brQuality = br, quality
	f.mu.Unlock()
	if final {
		close(f.upgraded)
	}
}

// brotli returns the brotli form and its quality.
func (f *wasmFile) brotli() ([]byte, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.br, f.brQuality
}

// integrity is the Subresource Integrity value of app.wasm: the service
// worker refuses to cache a different file under this release.
func (f *wasmFile) integrity() string {
	return "sha256-" + base64.StdEncoding.EncodeToString(f.sum[:])
}

// brotliBytes compresses b with brotli at the given quality.
func brotliBytes(b []byte, quality int) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: quality, LGWin: 24})
	w.Write(b) // writes to a bytes.Buffer do not fail
	w.Close()
	return buf.Bytes()
}

// gzipBytes compresses b with gzip at a level.
func gzipBytes(b []byte, level int) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, level) // callers pass a valid level
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// serve writes app.wasm in the best encoding the request accepts, with
// Vary: Accept-Encoding and an ETag per encoding (and brotli quality).
func (f *wasmFile) serve(w http.ResponseWriter, r *http.Request, version string) {
	<-f.done
	body, enc, tag := f.raw, "", ""
	switch {
	case accepts(r.Header.Get("Accept-Encoding"), "br"):
		var q int
		body, q = f.brotli()
		enc, tag = "br", "br"+strconv.Itoa(q) // the bytes change with the quality
	case accepts(r.Header.Get("Accept-Encoding"), "gzip"):
		body, enc, tag = f.gz, "gzip", "gzip"
	}
	h := w.Header()
	h.Set("Content-Type", "application/wasm")
	h.Set("Vary", "Accept-Encoding")
	h.Set("Cache-Control", "no-cache")
	etag := `"` + version + `"`
	if enc != "" {
		h.Set("Content-Encoding", enc)
		etag = `"` + version + "-" + tag + `"`
	}
	h.Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// accepts reports whether an Accept-Encoding header value allows coding,
// honouring q=0 (refused) and the * wildcard.
func accepts(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != coding && name != "*" {
			continue
		}
		ok := true
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				ok = err == nil && q > 0
			}
		}
		if name == coding {
			return ok
		}
		star = ok
	}
	return star
}
