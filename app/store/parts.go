package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"strings"
)

// PageChunks is how many chunk names one page of a record lists. The
// manifest names pages, a page names chunks: a change rewrites its chunk,
// its page and the manifest, whose sizes do not grow with the document
// (200 chunks of a 20,000-sentence book fit in 7 pages).
const PageChunks = 32

// chunkKey is the key of one chunk of a record's marks.
func chunkKey(docID, hash string) string { return DocKey(docID) + "/m/" + hash }

// pageKey is the key of one page of a record's chunk names.
func pageKey(docID, hash string) string { return DocKey(docID) + "/p/" + hash }

// partName names a part by its content: the hex of the first 8 bytes of
// its SHA-256.
func partName(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// goodName reports whether h can be a part name.
func goodName(h string) bool { return len(h) == 16 && strings.Trim(h, "0123456789abcdef") == "" }

// storedParts returns the chunks and pages the stored manifest names. They
// exist with exactly their content (named by its hash), so a save neither
// writes nor reads them again. Whatever cannot be read counts as absent.
func (r Repo) storedParts(docID string) (chunks, pages map[string]bool) {
	raw, ok, _ := r.KV.Get(DocKey(docID))
	return r.partsOf(docID, raw, ok)
}

// partsOf is storedParts on raw, the stored manifest (ok: there is one).
func (r Repo) partsOf(docID, raw string, ok bool) (chunks, pages map[string]bool) {
	chunks, pages = map[string]bool{}, map[string]bool{}
	if !ok {
		return
	}
	if m := r.Memo; m != nil && m.doc == docID && m.manOK && m.man == raw {
		// The manifest this tab last read or wrote: its parts are there,
		// and so are the chunks Prepare wrote since (read back, and no
		// other tab's save, which would change the manifest, swept them).
		// (Save only reads them, and lists what it no longer names
		// before Memo.seenSet reuses the map.)
		if len(m.legacyNames) == 0 {
			return m.manChunks, m.manPages
		}
		chunks = maps.Clone(m.manChunks)
		for _, h := range m.legacyNames {
			chunks[h] = true
		}
		return chunks, m.manPages
	}
	var prev struct {
		Chunks []string `json:"chunks"`
		Pages  []string `json:"pages"`
	}
	if json.Unmarshal([]byte(raw), &prev) != nil {
		return
	}
	for _, h := range prev.Chunks {
		chunks[h] = true
	}
	for _, p := range prev.Pages {
		names, err := r.readPage(docID, p)
		if err != nil {
			continue
		}
		pages[p] = true
		for _, h := range names {
			chunks[h] = true
		}
	}
	return
}

// readPage returns the chunk names a page lists.
func (r Repo) readPage(docID, p string) ([]string, error) {
	raw, ok, err := r.KV.Get(pageKey(docID, p))
	switch {
	case err != nil:
		return nil, fmt.Errorf("reading %s: %w", pageKey(docID, p), err)
	case !ok:
		return nil, fmt.Errorf("%w: page %s of the record is missing", ErrUnreadable, p)
	}
	var names []string
	if err := json.Unmarshal([]byte(raw), &names); err != nil {
		return nil, fmt.Errorf("%w: page %s: %v", ErrUnreadable, p, err)
	}
	for _, h := range names {
		if !goodName(h) {
			return nil, fmt.Errorf("%w: bad part name %q", ErrUnreadable, h)
		}
	}
	return names, nil
}

// writePart writes a part and reads it back.
func (r Repo) writePart(key, v string) error {
	if err := r.KV.Set(key, v); err != nil {
		return fmt.Errorf("saving annotations: %w", err)
	}
	if got, ok, err := r.KV.Get(key); err != nil || !ok || got != v {
		return fmt.Errorf("saving annotations: the browser did not keep what was written")
	}
	return nil
}

// sweep deletes the keys under prefix that named does not hold: those in
// stale (what the previous version named), or, the first time for this
// prefix in a Memo's life and always without one, every key under prefix,
// so that what an interrupted save left behind goes too. Listing every key
// walks the whole of localStorage, which a save need not do each time.
func (r Repo) sweep(prefix string, named map[string]bool, stale []string) {
	if r.Memo == nil || !r.Memo.swept[prefix] {
		if keys, err := r.KV.Keys(prefix); err == nil {
			stale = keys
			if r.Memo != nil {
				r.Memo.swept[prefix] = true
			}
		}
	}
	for _, k := range stale {
		if !named[k] {
			r.KV.Del(k)
		}
	}
}
