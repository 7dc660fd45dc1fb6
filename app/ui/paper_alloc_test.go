package ui

import (
	"fmt"
	"strings"
	"testing"

	"annotator/app/model"
)

// TestPaperHTMLAllocatesOnce: the markup paper hands to the browser for a
// run of chunks is built in about one allocation of its size (not through
// a growing builder's copies, which stay as WebAssembly memory), for
// plain and for annotated sentences, and the estimate is never wildly
// above what is written.
func TestPaperHTMLAllocatesOnce(t *testing.T) {
	var sb strings.Builder
	for i := range 3000 {
		if i%6 == 5 {
			sb.WriteString("\n\n")
		}
		fmt.Fprintf(&sb, "Sentence %d says the budget committee met again on a quiet Monday. ", i)
	}
	d := model.New("Book", sb.String())
	for i := 0; i < len(d.Sentences); i += 7 {
		d.Marks[i].Tags = []string{d.TagSet.Tags[0].ID, d.TagSet.Tags[1].ID}
		if i%2 == 0 {
			d.Marks[i].Note = "A note & more"
		}
	}
	p := newPaper(d)
	for _, r := range [][2]int{{0, 1}, {0, firstChunks}, {firstChunks, firstChunks + growChunks}} {
		r[1] = min(r[1], len(p.bounds))
		var out string
		bytes := testing.Benchmark(func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				out = p.html(r[0], r[1])
			}
		}).AllocedBytesPerOp()
		if limit := int64(len(out)) * 3 / 2; bytes > limit {
			t.Errorf("chunks %v: %d bytes of markup allocated %d bytes, want at most %d", r, len(out), bytes, limit)
		}
	}
}
