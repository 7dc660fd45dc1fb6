package server

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/andybalholm/brotli"
)

// brotliCacheDir holds app.wasm at upgradeQuality between starts, one file
// per content hash; empty when the user has no cache directory. A
// variable, so that tests can point it elsewhere.
var brotliCacheDir = func() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "annotator", "wasm-brotli")
}()

// keepCachedBrotli is how many builds the cache keeps (each ~2.5 MB).
const keepCachedBrotli = 6

func cachedBrotliPath(sum [32]byte) string {
	return filepath.Join(brotliCacheDir, hex.EncodeToString(sum[:])+".br")
}

// readCachedBrotli returns the cached brotli form of raw, or nil when there
// is none or it does not decode to raw (~0.1 s to check).
func readCachedBrotli(sum [32]byte, raw []byte) []byte {
	if brotliCacheDir == "" {
		return nil
	}
	br, err := os.ReadFile(cachedBrotliPath(sum))
	if err != nil {
		return nil
	}
	h := sha256.New()
	if n, err := io.Copy(h, brotli.NewReader(bytes.NewReader(br))); err != nil || n != int64(len(raw)) ||
		!bytes.Equal(h.Sum(nil), sum[:]) {
		return nil
	}
	return br
}

// writeCachedBrotli stores br for the next start (through a temporary file,
// so that a reader never sees half of it) and removes all but the newest
// keepCachedBrotli files. Failures only mean the next start compresses again.
func writeCachedBrotli(sum [32]byte, br []byte) {
	if brotliCacheDir == "" || os.MkdirAll(brotliCacheDir, 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(brotliCacheDir, "tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(br)
	if cerr := tmp.Close(); werr != nil || cerr != nil || os.Rename(tmp.Name(), cachedBrotliPath(sum)) != nil {
		os.Remove(tmp.Name())
		return
	}
	entries, _ := os.ReadDir(brotliCacheDir)
	type file struct {
		path string
		mod  int64
	}
	var files []file
	for _, e := range entries {
		if info, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".br") {
			files = append(files, file{filepath.Join(brotliCacheDir, e.Name()), info.ModTime().UnixNano()})
		}
	}
	slices.SortFunc(files, func(a, b file) int { return cmp.Compare(b.mod, a.mod) })
	for _, f := range files[min(len(files), keepCachedBrotli):] {
		os.Remove(f.path)
	}
}
