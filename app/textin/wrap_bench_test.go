package textin

import (
	"os"
	"strings"
	"testing"
)

// prideBook is the Pride and Prejudice excerpt with its chapters repeated
// up to about 5 MB: a long Project Gutenberg book.
func prideBook(b *testing.B) []byte {
	raw, err := os.ReadFile("testdata/pride/pg1342-excerpt.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(raw)
	i, j := strings.Index(s, "Chapter 1"), strings.Index(s, "End of the Project Gutenberg")
	body := s[i:j] + strings.Repeat("hyphen-\r\nated words and to-\r\nmorrow, ", 20) + "\r\n\r\n"
	n := (MaxSize - len(s)) / len(body)
	return []byte(s[:i] + strings.Repeat(body, n) + s[j:])
}

// BenchmarkDecodeGutenberg5MB decodes a 5 MB hard-wrapped Project
// Gutenberg book: header and licence, unwrapping, hyphens and headings.
func BenchmarkDecodeGutenberg5MB(b *testing.B) {
	data := prideBook(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode("pg1342.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnwrapShortLines5MB unwraps 5 MB of short wrapped lines, the
// most line breaks per byte.
func BenchmarkUnwrapShortLines5MB(b *testing.B) {
	s := fill(wrapAt(prose, 24)+"\n\n", MaxSize-16)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Unwrap(s)
	}
}
