package formats

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRuneIndex(t *testing.T) {
	text := strings.Repeat("aé東😀", 300) // 1200 code points of 1 to 4 bytes
	x := newRuneIndex(text)
	if x.n != 1200 {
		t.Fatalf("n = %d", x.n)
	}
	b := 0
	for cp := 0; cp <= x.n; cp++ {
		got, ok := x.byteOf(cp)
		if !ok || got != b {
			t.Fatalf("byteOf(%d) = %d, %v; want %d", cp, got, ok, b)
		}
		if back := x.cpOf(b); back != cp {
			t.Fatalf("cpOf(%d) = %d, want %d", b, back, cp)
		}
		if b < len(text) {
			_, size := utf8.DecodeRuneInString(text[b:])
			b += size
		}
	}
	if _, ok := x.byteOf(1201); ok {
		t.Error("byteOf past the end")
	}
	if s, ok := x.slice(255, 257); !ok || s != "😀a" {
		t.Errorf("slice(255, 257) = %q", s)
	}
	if got := runesBefore(text, len(text), 3); got != "é東😀" {
		t.Errorf("runesBefore = %q", got)
	}
	if got := runesAfter(text, 0, 2); got != "aé" {
		t.Errorf("runesAfter = %q", got)
	}
}
