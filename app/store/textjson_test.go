package store

import (
	"encoding/json"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestEncodeTextIsMarshal: a stored text is written byte for byte as
// json.Marshal writes it, whatever its characters (escapes, HTML
// characters, U+2028, bytes that are not UTF-8, fields that look like
// the text field).
func TestEncodeTextIsMarshal(t *testing.T) {
	texts := []string{
		"", "plain", "a \"quoted\" \\ back\nslash\r\t\b\f\x00\x1f\x7f", "<b>&amp;</b>", "line\u2028para\u2029end",
		"bad \xff\xfe utf-8 \xe2\x82", "é ü 漢字 🙂", `,"text":""`, strings.Repeat("Sentence one. ", 5000),
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		b := make([]byte, rng.IntN(64))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		st := StoredText{Schema: Schema, ID: "id", Title: `T ,"text":"" <x>`, Text: text, Sentences: 3,
			Added: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC), From: "a.txt", Headings: []int{0, 4}, Lang: "en", Author: "Ann"}
		want, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		got, err := encodeText(st)
		if err != nil || got != string(want) {
			t.Errorf("encodeText(%q):\n%s, %v\nwant\n%s", text, got, err, want)
		}
	}
}

// discardKV is a KV that keeps nothing.
type discardKV struct{ MapKV }

// Set implements KV.
func (*discardKV) Set(string, string) error { return nil }

// TestSaveTextAllocatesOnce: storing a book's text allocates little more
// than the stored value itself (encoding/json allocated five times its
// size: a doubling buffer, then two copies), since the page's WebAssembly
// memory keeps its peak for good.
func TestSaveTextAllocatesOnce(t *testing.T) {
	text := strings.Repeat("The committee met again on a quiet Monday.\n\n", 30000) // 1.35 MB
	repo := Repo{KV: &discardKV{}}
	st := StoredText{ID: "id", Title: "Book", Text: text, Sentences: 30000}
	repo.SaveText(st) // warm up
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if err := repo.SaveText(st); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got, limit := after.TotalAlloc-before.TotalAlloc, uint64(len(text))*5/4; got > limit {
		t.Errorf("SaveText of a %d-byte text allocated %d bytes, want at most %d", len(text), got, limit)
	}
}
