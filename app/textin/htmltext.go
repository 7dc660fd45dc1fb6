package textin

import "strings"

// HTML to text.
//
// The visible article text is kept: the content of <main> when the page
// has one, else of its <article> elements, else of the whole page. Page
// chrome is dropped: <head> (whose <title> only serves as a title), <nav>,
// <aside>, <form>, <button>, <select>, <template>, <svg>, media elements,
// <script>, <style>, <noscript>, <textarea>, <iframe>, comments, and
// <header> and <footer> outside <main> and <article> (inside them they hold
// the article's own heading and byline). Should that leave nothing, the
// text of the whole page with only the non-text parts dropped is used.
//
// Block elements start a new paragraph (a blank line in the text); <br>,
// <li>, <dt>, <dd> and <tr> start a new line; table cells are separated by
// a tab; inline elements join. Runs of white space collapse to one space,
// except that line breaks in <pre> are kept. The only attribute read is
// the language of the <html> element (lang, else xml:lang).
//
// Each <h1>–<h6> in the kept text starts a heading paragraph, whose offset
// htmlDoc reports.

// blockTags start and end a paragraph.
var blockTags = setOf("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
	"article", "main", "pre", "ul", "ol", "dl", "table", "figure", "figcaption", "address",
	"details", "summary", "header", "footer", "hr", "center", "fieldset", "legend", "caption",
	"body", "html", "nav", "aside", "form", "listing", "plaintext", "xmp", "menu", "hgroup", "search")

// lineTags start a new line.
var lineTags = setOf("br", "li", "dt", "dd", "tr", "option")

// cellTags are separated from each other by a tab.
var cellTags = setOf("td", "th")

// voidTags never have content or an end tag.
var voidTags = setOf("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
	"param", "source", "track", "wbr", "keygen", "image")

// chromeTags are dropped with their content, unless the extraction is lenient.
var chromeTags = setOf("nav", "aside", "form", "button", "select", "audio", "video", "canvas",
	"object", "map", "dialog")

// hiddenTags are dropped with their content always.
var hiddenTags = setOf("head", "template", "svg")

// headTags may appear in <head>; any other start tag ends it.
var headTags = setOf("title", "meta", "link", "style", "script", "base", "noscript", "template")

// droppedRaw are the raw-text elements whose text is not shown.
var droppedRaw = setOf("script", "style", "noscript", "textarea", "iframe", "noembed", "noframes")

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// region is the part of a page whose text is kept.
type region int

const (
	regionAll     region = iota // the whole page
	regionMain                  // <main> elements
	regionArticle               // <article> elements
)

// chooseRegion looks for <main> and <article> start tags.
func chooseRegion(src string) region {
	t := tokenizer{s: src}
	article := false
	for tok := t.next(); tok.kind != tokenEOF; tok = t.next() {
		if tok.kind == tokenStart {
			switch tok.name {
			case "main":
				return regionMain
			case "article":
				article = true
			}
		}
	}
	if article {
		return regionArticle
	}
	return regionAll
}

// element is an open element.
type element struct {
	name   string
	hidden bool // its content is dropped
	region bool // it is a kept region (main or article)
	h1     bool // it is the <h1> whose text is the title
	head   bool // it is a kept heading (<h1>–<h6>)
}

// headingTags are the elements whose text is a heading paragraph.
var headingTags = setOf("h1", "h2", "h3", "h4", "h5", "h6")

// extractor walks the tokens of a document and writes the kept text.
type extractor struct {
	region  region
	lenient bool
	stack   []element
	open    map[string]int // open elements by name
	hidden  int            // open hidden elements
	inside  int            // open region elements
	pre     int            // open <pre> elements
	out     strings.Builder
	brk     int  // pending line breaks before the next text: 0, 1 or 2
	space   bool // pending space before the next text
	cell    bool // pending tab before the next text
	title   string
	h1      string
	h1Open  bool
	h1Done  bool
	h1Text  strings.Builder
	heads   []int  // offsets in out where headings start
	headDue bool   // the next text written starts a heading
	lang    string // the <html> element's language
}

// extract runs an extractor over src.
func extract(src string, r region, lenient bool) *extractor {
	x := &extractor{region: r, lenient: lenient, open: map[string]int{}}
	t := tokenizer{s: src}
	for {
		at := t.i
		tok := t.next()
		if tok.kind == tokenEOF {
			break
		}
		switch tok.kind {
		case tokenText:
			x.text(tok)
		case tokenStart:
			if tok.name == "html" && x.lang == "" {
				x.lang = htmlLang(src[at:t.i])
			}
			x.start(tok.name)
		case tokenEnd:
			x.end(tok.name)
		}
	}
	if x.h1Open {
		x.h1 = strings.Join(strings.Fields(x.h1Text.String()), " ")
	}
	return x
}

// keeping reports whether text at this point is kept.
func (x *extractor) keeping() bool {
	return x.hidden == 0 && (x.region == regionAll || x.inside > 0)
}

// start handles a start tag.
func (x *extractor) start(name string) {
	if x.open["head"] > 0 && (name == "body" || !headTags[name]) {
		x.popTo("head")
	}
	x.boundary(name)
	if voidTags[name] {
		return
	}
	if rawText[name] {
		// The tokenizer hands over the content as one raw text token and
		// consumes the end tag.
		return
	}
	e := element{name: name}
	switch {
	case hiddenTags[name]:
		e.hidden = true
	case x.lenient:
	case chromeTags[name]:
		e.hidden = true
	case (name == "header" || name == "footer") && x.inside == 0:
		e.hidden = true
	}
	e.region = x.region == regionMain && name == "main" || x.region == regionArticle && name == "article"
	if name == "h1" && !x.h1Done && !x.h1Open && x.keeping() && !e.hidden {
		e.h1, x.h1Open = true, true
	}
	if headingTags[name] && x.keeping() && !e.hidden {
		e.head, x.headDue = true, true
	}
	if name == "pre" || name == "listing" {
		x.pre++
	}
	if e.hidden {
		x.hidden++
	}
	if e.region {
		x.inside++
	}
	x.stack = append(x.stack, e)
	x.open[name]++
}

// end handles an end tag: it closes the innermost open element of that
// name and every element opened inside it. An end tag with no open
// element is ignored, but still ends a block.
func (x *extractor) end(name string) {
	x.boundary(name)
	if x.open[name] > 0 {
		x.popTo(name)
	}
}

// popTo closes elements up to and including the innermost one named name.
func (x *extractor) popTo(name string) {
	for len(x.stack) > 0 {
		e := x.stack[len(x.stack)-1]
		x.stack = x.stack[:len(x.stack)-1]
		x.open[e.name]--
		if e.hidden {
			x.hidden--
		}
		if e.region {
			x.inside--
			x.brk = 2
		}
		if e.name == "pre" || e.name == "listing" {
			x.pre--
		}
		if e.head {
			x.headDue = false
		}
		if e.h1 {
			x.h1Open, x.h1Done = false, true
			x.h1 = strings.Join(strings.Fields(x.h1Text.String()), " ")
		}
		if e.name == name {
			return
		}
	}
}

// boundary records the break that the tag name puts between texts.
func (x *extractor) boundary(name string) {
	switch {
	case blockTags[name]:
		x.brk = 2
	case lineTags[name]:
		x.brk = max(x.brk, 1)
	case cellTags[name]:
		x.cell = true
	}
}

// text handles a text token.
func (x *extractor) text(tok token) {
	if tok.raw {
		switch {
		case tok.rawOf == "title":
			if x.title == "" && x.open["svg"] == 0 {
				x.title = strings.Join(strings.Fields(decodeEntities(tok.text)), " ")
			}
			return
		case droppedRaw[tok.rawOf]:
			return
		}
	}
	if x.open["head"] > 0 && strings.Trim(tok.text, " \t\n\r\f") != "" {
		x.popTo("head")
	}
	if !x.keeping() {
		return
	}
	s := decodeEntities(tok.text)
	if x.h1Open {
		x.h1Text.WriteString(s)
		x.h1Text.WriteByte(' ')
	}
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isTagSpace(c) {
			continue
		}
		x.write(s[start:i])
		start = i + 1
		if c == '\n' && x.pre > 0 {
			x.brk = max(x.brk, 1)
		} else {
			x.space = true
		}
	}
	x.write(s[start:])
}

// write adds a piece of text with no white space in it, after the pending
// separator.
func (x *extractor) write(w string) {
	if w == "" {
		return
	}
	if x.out.Len() > 0 {
		switch {
		case x.brk == 2:
			x.out.WriteString("\n\n")
		case x.brk == 1:
			x.out.WriteByte('\n')
		case x.cell:
			x.out.WriteByte('\t')
		case x.space:
			x.out.WriteByte(' ')
		}
	}
	x.brk, x.space, x.cell = 0, false, false
	if x.headDue {
		x.heads = append(x.heads, x.out.Len())
		x.headDue = false
	}
	x.out.WriteString(w)
}
