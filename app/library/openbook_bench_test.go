package library

import (
	"fmt"
	"strings"
	"testing"

	"annotator/app/markup"
	"annotator/app/store"
	"annotator/app/textin"
)

// bookText is a text of exactly n sentences in paragraphs of six, as the
// browser benchmark's Open file writes it.
func bookText(n int) string {
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	bodies := []string{"river", "budget", "housing", "transport", "schools", "health", "energy", "water"}
	var sb strings.Builder
	fmt.Fprintf(&sb, "Book of %d sentences opened by file begins here.", n)
	for i := 1; i < n; i++ {
		if i%6 == 0 {
			sb.WriteString("\n\n")
		} else {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "Sentence %d says the %s committee met again on a quiet %s.", i, bodies[i%len(bodies)], days[i%len(days)])
	}
	sb.WriteString("\n")
	return sb.String()
}

// openBook runs the pure steps of Open file for data: decode, add to the
// library, open, and write the markup of every sentence.
func openBook(tb testing.TB, data []byte) int {
	repo := store.Repo{KV: &store.MapKV{}}
	in, err := textin.Decode("book.txt", data)
	if err != nil {
		tb.Fatal(err)
	}
	a, err := AddText(repo, "book.txt", in, t0)
	if err != nil {
		tb.Fatal(err)
	}
	l, err := Open(repo, a.Doc.ID)
	if err != nil {
		tb.Fatal(err)
	}
	var sb strings.Builder
	for _, r := range markup.Bounds(l.Doc) {
		markup.Chunk(&sb, l.Doc, r[0], r[1], 0, markup.Span{}, nil)
	}
	return sb.Len()
}

// BenchmarkOpenBook20000 is Open file's pure work for a 20,000-sentence
// .txt (profile it with -cpuprofile and -memprofile).
func BenchmarkOpenBook20000(b *testing.B) {
	data := []byte(bookText(20000))
	b.ReportAllocs()
	for b.Loop() {
		openBook(b, data)
	}
}
