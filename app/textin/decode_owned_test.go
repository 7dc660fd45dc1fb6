package textin

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestDecodeOwnedIsDecode: DecodeOwned reads every kind of file as
// Decode does (BOMs, other charsets, CRLF, Markdown, HTML, the book
// fixtures), and a UTF-8 book that needs no change is not copied.
func TestDecodeOwnedIsDecode(t *testing.T) {
	files := map[string][]byte{
		"a.txt":  []byte("Plain text. Two sentences.\n"),
		"b.txt":  append([]byte{0xEF, 0xBB, 0xBF}, "With a BOM.\r\nAnd CRLF.\r\n"...),
		"c.txt":  {0xFF, 0xFE, 'H', 0, 'i', 0, '.', 0},
		"d.txt":  []byte("caf\xe9 in Windows-1252.\n"),
		"e.md":   []byte("# Title\n\nSome *text* here.\n"),
		"f.html": []byte("<html><head><title>T</title></head><body><p>Para one.</p></body></html>"),
		"g.txt":  []byte("  \n\nLeading blanks.   \n\n\n\nAnd trailing spaces.  \n"),
		"h.txt":  []byte("\xEF\xBB\xBF"),
		"":       []byte("Pasted text. No name."),
	}
	paths, _ := filepath.Glob("testdata/pride/*")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			files[filepath.Base(p)] = b
		}
	}
	for name, data := range files {
		want, werr := Decode(name, append([]byte(nil), data...))
		got, gerr := DecodeOwned(name, append([]byte(nil), data...))
		if !reflect.DeepEqual(got, want) || (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			t.Errorf("%s: DecodeOwned = %+v, %v; Decode = %+v, %v", name, got, gerr, want, werr)
		}
	}
	// A book of short paragraphs: Unwrap's table of its lines is the one
	// large allocation left (it is not copied, nor is a line lower-cased).
	book := []byte(strings.Repeat("Sentence one says the committee met. Sentence two says it rained.\n\n", 20000))
	allocated := func(f func([]byte)) int64 {
		return testing.Benchmark(func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				f(book)
			}
		}).AllocedBytesPerOp()
	}
	owned := allocated(func(b []byte) { DecodeOwned("book.txt", b) })
	if limit := int64(len(book)) * 3 / 2; owned > limit {
		t.Errorf("DecodeOwned of a %d-byte UTF-8 book allocated %d bytes, want at most %d", len(book), owned, limit)
	}
	if copied := allocated(func(b []byte) { Decode("book.txt", b) }); copied-owned < int64(len(book)) {
		t.Errorf("Decode allocated %d bytes, DecodeOwned %d: want DecodeOwned to save at least the copy of the text", copied, owned)
	}
}

// TestHasLowerIsToLower: the allocation-free lookup finds what a lookup
// of strings.ToLower finds, also for long and non-ASCII words.
func TestHasLowerIsToLower(t *testing.T) {
	for _, set := range []map[string]bool{soloWords, chapterWords, numberNames} {
		for k := range set {
			if len(k) > 24 {
				t.Fatalf("key %q is longer than hasLower's buffer", k)
			}
		}
	}
	words := []string{"Chapter", "CHAPTER", "chap", "Table of Contents", "TABLE OF CONTENTS", "Preface", "İntroduction",
		"\u212Aey", "ONE", "Seventeen", "", "x", strings.Repeat("a", 40), "Sentence one says the committee met again today."}
	for _, set := range []map[string]bool{soloWords, chapterWords, numberNames} {
		for _, w := range words {
			if got, want := hasLower(set, w), set[strings.ToLower(w)]; got != want {
				t.Errorf("hasLower(%q) = %v, want %v", w, got, want)
			}
		}
	}
}
