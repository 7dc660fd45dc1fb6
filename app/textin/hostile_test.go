package textin

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// hostileLimit is how long one hostile input may take. Linear work on
// 5 MB takes well under a second; quadratic work would take hours.
const hostileLimit = 20 * time.Second

// fill repeats unit to about n bytes.
func fill(unit string, n int) string { return strings.Repeat(unit, n/len(unit)) }

func TestHostileInputs(t *testing.T) {
	const big = MaxSize - 16
	cases := []struct {
		name, file, in string
		has            string // a piece of text the output must hold, if any
	}{
		{"5 MB line of text", "a.txt", fill("word ", big), "word word"},
		{"5 MB line of Markdown", "a.md", fill("*em* `c` [l](u) ", big), "em c l"},
		{"5 MB line of HTML", "a.html", fill("<b>bold</b> &amp; ", big), "bold & bold"},
		{"nested divs", "a.html", fill("<div>", big/2) + "deep" + fill("</div>", big/2), "deep"},
		{"nested unclosed inline tags", "a.html", fill("<span>", big-8) + "deep", "deep"},
		{"100k less-thans in HTML", "a.html", fill("<", 100000) + " end", "end"},
		{"less-thans everywhere in HTML", "a.html", fill("a < b ", big), "a < b"},
		{"unclosed tag starts", "a.html", fill("<a <a ", big), ""},
		{"unclosed comments in HTML", "a.html", "x " + fill("<!-", big), "x"},
		{"end tags with no start", "a.html", fill("</p></div>x", big), "x"},
		{"raw text never closed", "a.html", "<script>" + fill("</scrip", big), ""},
		{"nested brackets", "a.md", fill("[", big/2) + "x" + fill("]", big/2), "x"},
		{"nested link syntax", "a.md", "[a" + fill("](", big/2) + " x" + fill(")", big/2), "x"},
		{"open link destinations", "a.md", fill("[a](b ", big), "[a](b"},
		{"parentheses and brackets", "a.md", fill("]( ", big/2) + fill(")", big/2), ""},
		{"backtick runs of growing length", "a.md", backtickStairs(big), "x"},
		{"single backticks", "a.md", fill("` ", big), ""},
		{"emphasis openers", "a.md", fill("*a ", big), "*a"},
		{"underscores", "a.md", "x " + fill("_", big), "x _"},
		{"100k less-thans in Markdown", "a.md", fill("<", 100000) + " end", "end"},
		{"tag starts in Markdown", "a.md", fill("<a ", big), "<a"},
		{"comment starts in Markdown", "a.md", fill("<!-- ", big/2) + "x", ""},
		{"entities without end", "a.md", "&#" + fill("1", big), "&#1"},
		{"ampersands", "a.html", fill("&", big), "&&"},
		{"quote markers", "a.md", fill("> ", big) + "x", "x"},
		{"list markers", "a.md", fill("- ", big) + "x", ""},
		{"many short lines", "a.md", fill("a\n", big), "a a"},
		{"many blank lines", "a.txt", "a" + fill("\n", big) + "b", "a\n\nb"},
		{"Windows-1252", "a.txt", fill("caf\xe9 \x93q\x94 ", big), "café “q”"},
	}
	for _, c := range cases {
		start := time.Now()
		d, err := Decode(c.file, []byte(c.in))
		took := time.Since(start)
		t.Logf("%s: %v", c.name, took)
		if took > hostileLimit {
			t.Errorf("%s: took %v", c.name, took)
		}
		if err != nil {
			if c.has != "" {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, 0) || !strings.Contains(d.Text, c.has) {
			t.Errorf("%s: output %q… lacks %q or is not clean text", c.name, d.Text[:min(len(d.Text), 60)], c.has)
		}
	}
}

// backtickStairs is "x" followed by runs of 1, 2, 3… backticks, none of
// which closes another, up to n bytes.
func backtickStairs(n int) string {
	var b strings.Builder
	b.WriteString("x ")
	for k := 1; b.Len()+k+1 < n; k++ {
		b.WriteString(strings.Repeat("`", k))
		b.WriteByte(' ')
	}
	return b.String()
}
