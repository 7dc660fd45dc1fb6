package store

import (
	"strings"
	"testing"
	"time"
)

// partsKV is a MapKV that stores values given in parts, as the browser's
// localStorage does, and counts them.
type partsKV struct {
	MapKV
	parts int
}

// SetParts implements PartsSetter.
func (k *partsKV) SetParts(key string, parts func(yield func(string))) error {
	var b strings.Builder
	parts(func(p string) { b.WriteString(p); k.parts++ })
	return k.Set(key, b.String())
}

// TestEncodeTextPartsIsMarshal: the parts of a stored text, joined, are
// what encodeText writes whatever the part size, even when a part would
// end inside a character or an escape.
func TestEncodeTextPartsIsMarshal(t *testing.T) {
	texts := []string{"", "plain", "a \"q\" \\ b\nc\r\t\x00\x7f <&>", "line\u2028para\u2029end",
		"bad \xff\xfe utf-8 \xe2\x82", "é ü 漢字 🙂 \xe2\x82\xac\x80\x80\x80\x80x", strings.Repeat("Sentence one.\n", 50)}
	for _, text := range texts {
		st := StoredText{Schema: Schema, ID: "id", Title: `T ,"text":"" <x>`, Text: text, Sentences: 3,
			Added: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC), Headings: []int{0, 4}, Lang: "en"}
		want, err := encodeText(st)
		if err != nil {
			t.Fatal(err)
		}
		for chunk := 1; chunk <= 9; chunk++ {
			parts, ok := encodeTextParts(st, chunk)
			if !ok {
				t.Fatalf("encodeTextParts(%q) declined", text)
			}
			var b strings.Builder
			parts(func(p string) { b.WriteString(p) })
			if got := b.String(); got != want {
				t.Errorf("encodeTextParts(%q, %d):\n%s\nwant\n%s", text, chunk, got, want)
			}
		}
	}
}

// TestSaveTextInParts: a long text goes to a PartsSetter in parts, and
// reads back as it was stored.
func TestSaveTextInParts(t *testing.T) {
	kv := &partsKV{}
	repo := Repo{KV: kv}
	st := StoredText{ID: "id", Title: "Book", Text: strings.Repeat("A sentence, «quoted».\n\n", 10000), Sentences: 10000}
	if err := repo.SaveText(st); err != nil {
		t.Fatal(err)
	}
	if kv.parts < 3 {
		t.Errorf("a %d-byte text was stored in %d parts", len(st.Text), kv.parts)
	}
	got, err := repo.LoadText("id")
	if err != nil || got == nil || got.Text != st.Text || got.Title != st.Title {
		t.Fatalf("LoadText after SaveText in parts: %v, %v", got != nil, err)
	}
}
