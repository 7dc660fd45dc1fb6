package model

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// TestNewLangAllocatesItsDocument: splitting a book allocates its
// sentences and marks and little else (no copy of the text for hashing,
// no spans grown through a dozen copies): WebAssembly memory keeps its
// peak. The id is still the SHA-256 of the text.
func TestNewLangAllocatesItsDocument(t *testing.T) {
	var sb strings.Builder
	for i := range 15000 {
		fmt.Fprintf(&sb, "Sentence %d says the budget committee met again on a quiet Monday. ", i)
	}
	text := sb.String()
	var d *Document
	bytes := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			d = NewLang("Book", text, "en")
		}
	}).AllocedBytesPerOp()
	n := len(d.Sentences)
	kept := n * int(unsafe.Sizeof(Sentence{})+unsafe.Sizeof(Mark{}))
	spans := (len(text)/64 + 8) * 16 // segment's spans, sized once
	if limit := int64(kept + spans + 64<<10); bytes > limit {
		t.Errorf("NewLang of %d bytes (%d sentences) allocated %d bytes, want at most %d (its sentences and marks are %d)", len(text), n, bytes, limit, kept)
	}
	sum := sha256.Sum256([]byte(text))
	if d.ID != hex.EncodeToString(sum[:]) || d.Hash != d.ID {
		t.Errorf("id %s, hash %s: want the SHA-256 of the text", d.ID, d.Hash)
	}
}
