package textin

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fuzzNames are the file names FuzzDecode picks from, one per format.
var fuzzNames = []string{"", "a.txt", "a.md", "a.html", "README"}

func FuzzDecode(f *testing.F) {
	seeds := []string{
		"Plain text.\r\nSecond line.",
		"# Title\n\nSome *em* and **strong**, `code`, [link](http://x \"t\") ![img](y).\n\n- a\n1. b\n\n> q\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[r]: http://r",
		"<!doctype html><html><head><title>T</title><script>x<y</script></head><body><nav>n</nav><main><h1>H</h1><p>a &amp; b<br>c</p><pre>p\nq</pre></main></body></html>",
		"<div><p>unclosed <b>tags <i>everywhere",
		"<<<<a <!-- -- --> &#x1F600; &#99999999; &nbsp",
		"\xEF\xBB\xBFbom",
		"\xFF\xFEh\x00i\x00\x00\xD8",
		"\xFE\xFF\x00h\xDC\x00",
		"\x93quoted\x94 \x85 \x80",
		"%PDF-1.4",
		"[a](b(c)d) [[x]] ***a** b* ~~s~~ __x_ `a``b`",
		"---\ntitle: x\n---\nbody",
		"\x00\x01\x02",
		"Title: T\n*** START OF THE PROJECT GUTENBERG EBOOK T ***\nChapter 1\n\nIt was a long line that is\nwrapped-\nhere.\n*** END",
		"# A\n\n&#1;\n\n## B\n\n\n\nC\n===",
	}
	for i, s := range seeds {
		f.Add(uint8(i), []byte(s))
	}
	f.Fuzz(func(t *testing.T, pick uint8, data []byte) {
		name := fuzzNames[int(pick)%len(fuzzNames)]
		d, err := Decode(name, data)
		if err != nil {
			if !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			if !reflect.DeepEqual(d, Doc{}) {
				t.Fatalf("error %v with a document %+v", err, d)
			}
			return
		}
		for what, s := range map[string]string{"text": d.Text, "title": d.Title} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", what, s)
			}
			if strings.ContainsAny(s, "\x00\r\uFEFF") {
				t.Fatalf("%s holds NUL, CR or U+FEFF: %q", what, s)
			}
		}
		for k, h := range d.Headings {
			if h < 0 || h >= len(d.Text) || h > 0 && d.Text[h-1] != '\n' || k > 0 && h <= d.Headings[k-1] {
				t.Fatalf("heading offsets %v are not ascending line starts of %q", d.Headings, d.Text)
			}
		}
		if d.Text == "" || d.Title == "" {
			t.Fatalf("empty text or title without an error: %+v", d)
		}
		if strings.Contains(d.Text, "\n\n\n") || strings.HasPrefix(d.Text, "\n") || strings.HasSuffix(d.Text, "\n") {
			t.Fatalf("blank lines not collapsed: %q", d.Text)
		}
		for _, line := range strings.Split(d.Text, "\n") {
			if line != strings.TrimRightFunc(line, unicode.IsSpace) {
				t.Fatalf("trailing white space on %q", line)
			}
		}
		if utf8.RuneCountInString(d.Title) > maxTitle+1 {
			t.Fatalf("title too long: %q", d.Title)
		}
	})
}
