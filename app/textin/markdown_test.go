package textin

import "testing"

func TestMarkdown(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"ATX headings", "# One #\n## Two\n###### Six ######\n####### seven", "One\n\nTwo\n\nSix\n\n####### seven"},
		{"hash without space is text", "#hashtag and C# code", "#hashtag and C# code"},
		{"setext headings", "Title\n=====\n\nSub\n---\n\nText.", "Title\n\nSub\n\nText."},
		{"soft-wrapped paragraph joined", "One line\nwraps here\n  and here.\n\nNext para.", "One line wraps here and here.\n\nNext para."},
		{"hard breaks", "Line one  \nline two\\\nline three", "Line one line two line three"},
		{"emphasis", "*a* _b_ **c** __d__ ***e*** ~~f~~ *g **h** i*", "a b c d e f g h i"},
		{"emphasis across words", "This is *very important* indeed.", "This is very important indeed."},
		{"intraword underscores and stars stay", "snake_case_name and 2*3*4 and a*b", "snake_case_name and 2*3*4 and a*b"},
		{"lone and spaced stars stay", "5 * 3 = 15, *nix, a * b", "5 * 3 = 15, *nix, a * b"},
		{"dunder", "__init__ runs", "init runs"},
		{"punctuation-flanked emphasis", "**Note:** read *this*.", "Note: read this."},
		{"single tilde stays", "~5 km and ~~gone~~", "~5 km and gone"},
		{"code spans", "Run `go test` or ``a ` b`` or ` x `.", "Run go test or a ` b or x."},
		{"code span keeps markup", "`*not* [x](y)`", "*not* [x](y)"},
		{"unmatched backticks", "a ` b `` c", "a ` b `` c"},
		{"links", "See [the *docs*](https://x.org/a_(b) \"T\") and [here](<a b>).", "See the docs and here."},
		{"link destination with spaces is no link", "[a](b c) d", "[a](b c) d"},
		{"images", "![A cat](cat.png) sits.", "A cat sits."},
		{"reference links", "[Text][r1], [Other][] and [r1].\n\n[r1]: http://x\n[other]: <http://y> \"t\"", "Text, Other and r1."},
		{"undefined references stay", "[Text][nope] and [nope].", "[Text][nope] and [nope]."},
		{"footnote definition kept", "Claim.[^1]\n\n[^1]: The source.", "Claim.[^1]\n\n[^1]: The source."},
		{"autolinks", "Mail <me@x.org> or <https://x.org/a>.", "Mail me@x.org or https://x.org/a."},
		{"HTML tags and comments", "a <b>bold</b> <!-- hidden --> c<br>d <span class=\"x\">e</span>", "a bold c d e"},
		{"multi-line comment", "a\n<!-- one\ntwo -->\nb", "a b"},
		{"less-than in text", "1 < 2 and 3 <4 and <notatag", "1 < 2 and 3 <4 and <notatag"},
		{"entities", "AT&amp;T &copy; &#8212; &#x41; &bogus; & more", "AT&T © — A &bogus; & more"},
		{"escapes", `\*not\* \_x\_ \# \[y\] \\ \a`, `*not* _x_ # [y] \ \a`},
		{"blockquote", "> Quoted line\n> continues.\n>\n> > Nested.", "Quoted line continues.\n\nNested."},
		{"bullet list", "Intro:\n\n- one\n* two\n+ three\n\nAfter.", "Intro:\n\none\ntwo\nthree\n\nAfter."},
		{"ordered list keeps numbers", "1. Read it.\n2. Mark it.\n10) Save it.", "1. Read it.\n2. Mark it.\n10) Save it."},
		{"list continuation", "- one\n  more\n- two", "one more\ntwo"},
		{"task list", "- [ ] todo\n- [x] done", "todo\ndone"},
		{"number does not interrupt a paragraph", "The year was\n1984. It rained.", "The year was 1984. It rained."},
		{"thematic breaks", "a\n\n***\n\nb\n\n- - -\n\nc\n\n___", "a\n\nb\n\nc"},
		{"fenced code kept as lines", "Text.\n\n```go\nx := *p // [a](b)\n\n  y++\n```\n\nMore.", "Text.\n\nx := *p // [a](b)\n\n  y++\n\nMore."},
		{"tilde fence", "~~~\ncode\n~~~", "code"},
		{"unclosed fence runs to the end", "```\na\nb", "a\nb"},
		{"indented code", "Para.\n\n    code line\n      indented\n\nAfter.", "Para.\n\ncode line\n  indented\n\nAfter."},
		{"indented line in a paragraph is text", "Para\n    goes on.", "Para goes on."},
		{"table", "| Name | Age |\n|:-----|----:|\n| Ann | 3 |\n| *Bo* | 4 \\| 5 |\n\nAfter.", "Name\tAge\nAnn\t3\nBo\t4 | 5\n\nAfter."},
		{"pipe without delimiter row is text", "a | b\nc | d", "a | b c | d"},
		{"script block dropped", "a\n\n<script>\nalert(1)\n</script>\n\nb", "a\n\nb"},
		{"front matter dropped", "---\ntitle: X\ntags: [a]\n---\nBody.", "Body."},
		{"leading rule is not front matter", "---\n\nBody.", "Body."},
	}
	for _, c := range cases {
		d, err := Decode("x.md", []byte(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if d.Text != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, d.Text, c.want)
		}
	}
}

func TestMarkdownTitle(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"first level-1 heading", "## Sub\n\n# Main\n\n# Second", "Main"},
		{"highest level when no level 1", "### Three\n\n## Two\n\n## Two again", "Two"},
		{"setext", "Big *Title*\n===\n\ntext", "Big Title"},
		{"first line when no heading", "Some **bold** start.\n\nMore.", "Some bold start."},
	}
	for _, c := range cases {
		d, err := Decode("x.md", []byte(c.in))
		if err != nil || d.Title != c.want {
			t.Errorf("%s: title %q (%v), want %q", c.name, d.Title, err, c.want)
		}
	}
}
