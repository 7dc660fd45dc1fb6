package textin

import (
	"strings"
	"testing"
)

// article is a paragraph of ordinary prose with a little markup.
const article = "The council met on Monday, and after a *long* debate it approved the " +
	"budget for the coming year. Critics called the plan \"reckless\" — the mayor " +
	"disagreed, noting that [the report](https://example.org/report) found savings.\n\n"

func benchmarkDecode(b *testing.B, name, doc string) {
	data := []byte(doc)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(name, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeText5MB decodes 5 MB of plain text.
func BenchmarkDecodeText5MB(b *testing.B) {
	benchmarkDecode(b, "a.txt", fill(article, MaxSize-16))
}

// BenchmarkDecodeMarkdown5MB decodes 5 MB of Markdown prose.
func BenchmarkDecodeMarkdown5MB(b *testing.B) {
	benchmarkDecode(b, "a.md", fill(article, MaxSize-16))
}

// BenchmarkDecodeHTML5MB decodes a 5 MB HTML page.
func BenchmarkDecodeHTML5MB(b *testing.B) {
	p := "<p>" + strings.ReplaceAll(strings.TrimSpace(article), "*long*", "<em>long</em>") + "</p>\n"
	benchmarkDecode(b, "a.html", "<html><head><title>T</title></head><body><nav>menu</nav><article>"+
		fill(p, MaxSize-200)+"</article></body></html>")
}

// BenchmarkDecodeDenseMarkdown5MB decodes a 5 MB line that is markup
// throughout: the worst case for the inline passes.
func BenchmarkDecodeDenseMarkdown5MB(b *testing.B) {
	benchmarkDecode(b, "a.md", fill("*em* `c` [l](u) ", MaxSize-16))
}
