package textin

import (
	"strings"
	"testing"
)

func TestHTML(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"paragraphs and inline", "<p>Hello <b>wor</b>ld, <a href=x>link</a>.</p><p>Next.</p>", "Hello world, link.\n\nNext."},
		{"white space collapses", "<p>  a \n\t b  </p>\n\n<div>\n c\n</div>", "a b\n\nc"},
		{"line breaks", "a<br>b<br/>c</br>d", "a\nb\nc\nd"},
		{"headings and lists", "<h2>Head</h2><ul><li>one<li>two</ul><ol><li>x</li></ol>", "Head\n\none\ntwo\n\nx"},
		{"table cells", "<table><tr><th>A<th>B<tr><td>1</td><td>2</td></tr></table>", "A\tB\n1\t2"},
		{"pre keeps lines", "<pre>line 1\n  line 2\n</pre>", "line 1\nline 2"},
		{"entities", "<p>AT&amp;T &lt;x&gt; &quot;q&quot; &apos;s &nbsp;&mdash;&ndash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&copy;&eacute; &#233;&#xE9;&#X41; &#150; &#0; &#x110000; &bogus; &amp</p>",
			"AT&T <x> \"q\" 's \u00A0—–…‘’“”©é ééA – \uFFFD \uFFFD &bogus; &"},
		{"script, style and friends", "<p>a</p><script>document.write('<p>x</p>')</script><style>p{}</style><noscript>enable js</noscript><template><p>t</p></template><svg><text>s</text></svg><textarea>ta</textarea><iframe>if</iframe><p>b</p>",
			"a\n\nb"},
		{"comments", "a<!-- c -->b<!---->c<!--->d<!-- unclosed", "abcd"},
		{"head is dropped but not the body", "<html><head><meta charset=utf-8><link rel=x><title>T</title></head><body><p>Body.</p></body></html>", "Body."},
		{"text after head without body tag", "<head><title>T</title></head>Loose text.", "Loose text."},
		{"page chrome dropped", "<header>Site</header><nav>Menu</nav><p>Story.</p><aside>Ad</aside><form>Search<input></form><footer>(c)</footer><button>Share</button>",
			"Story."},
		{"main preferred", "<p>Outside.</p><main><p>Inside.</p></main><p>After.</p>", "Inside."},
		{"articles preferred, all of them", "<nav>x</nav><article><p>One.</p></article><div>Between.</div><article><p>Two.</p></article>", "One.\n\nTwo."},
		{"header inside the article is kept", "<header>Site</header><article><header><h1>Title</h1><p>By me</p></header><p>Text.</p><footer>Tags</footer></article>",
			"Title\n\nBy me\n\nText.\n\nTags"},
		{"nav inside the article is dropped", "<article><nav>Contents</nav><p>Text.</p></article>", "Text."},
		{"all chrome falls back to the whole page", "<form><p>The whole page is a form.</p></form>", "The whole page is a form."},
		{"attributes never matter", `<p onclick="alert('>')" title='a > b' data-x=1>Text</p>`, "Text"},
		{"less-than in text", "<p>1 < 2 and a<b && c <3</p>", "1 < 2 and a"},
		{"unclosed tags", "<div><p>one<p>two<div>three", "one\n\ntwo\n\nthree"},
		{"stray end tags", "</div></p>text</span></b>more</p>after", "textmore\n\nafter"},
		{"mis-nested inline", "<b>bold <i>both</b> italic</i>", "bold both italic"},
		{"upper-case tags", "<P>One</P><SCRIPT>x</SCRIPT><P>Two", "One\n\nTwo"},
		{"script end tag case", "<script>a</SCRIPT >b", "b"},
		{"doctype and processing instruction", "<!DOCTYPE html><?xml version=\"1.0\"?><p>x</p>", "x"},
		{"tag cut off by the end", "<p>text</p><a href=\"unfinished", "text"},
		{"lone less-than at the end", "text <", "text <"},
		{"plaintext runs to the end", "<p>a</p><plaintext><b>b</b>", "a\n\n<b>b</b>"},
	}
	for _, c := range cases {
		d, err := Decode("x.html", []byte(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if d.Text != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, d.Text, c.want)
		}
	}
}

func TestHTMLTitle(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"h1 in main over title", "<title>Site</title><h1>Chrome</h1><main><h1>Story <b>head</b></h1><p>x</p></main>", "Story head"},
		{"title when no h1", "<title>\n  Site &amp;\n Page </title><p>x</p>", "Site & Page"},
		{"h1 in dropped header is not used", "<header><h1>Site</h1></header><p>Text here.</p>", "Text here."},
		{"unclosed h1", "<p>x</p><h1>Open heading", "Open heading"},
		{"svg titles are no title", "<p>Text.</p><svg><title>Icon</title></svg><title>Page</title>", "Page"},
		{"first line otherwise", "<p>First para.</p><p>Second.</p>", "First para."},
	}
	for _, c := range cases {
		d, err := Decode("x.htm", []byte(c.in))
		if err != nil || d.Title != c.want {
			t.Errorf("%s: title %q (%v), want %q", c.name, d.Title, err, c.want)
		}
	}
}

func TestHTMLOnlyChrome(t *testing.T) {
	_, err := Decode("x.html", []byte("<script>only()</script><style>x{}</style>"))
	if err == nil || !strings.Contains(err.Error(), "no text") {
		t.Errorf("err = %v, want a no-text error", err)
	}
}
