package textin

import "strings"

// tokenKind tells the tokens of an HTML document apart.
type tokenKind int

const (
	tokenEOF tokenKind = iota
	tokenText
	tokenStart
	tokenEnd
)

// token is one piece of an HTML document. Comments, doctypes and
// processing instructions are skipped and never returned.
type token struct {
	kind tokenKind
	// name is the lower-case tag name of a start or end tag.
	name string
	// text is the raw (undecoded) text of a text token.
	text string
	// raw marks the text of a raw-text element (script, style, title…);
	// rawOf is that element's name.
	raw   bool
	rawOf string
}

// rawText are the elements whose content is text up to their end tag, with
// no tags inside. plaintext runs to the end of the document.
var rawText = map[string]bool{
	"script": true, "style": true, "title": true, "textarea": true, "xmp": true,
	"iframe": true, "noembed": true, "noframes": true, "noscript": true, "plaintext": true,
}

// tokenizer reads an HTML document one token at a time, in one pass:
// every search starts where the previous one stopped, so the work is
// linear in the length of the document, however broken it is.
type tokenizer struct {
	s   string
	i   int
	raw string // the raw-text element whose content comes next
}

// next returns the next token; at the end it returns tokenEOF forever.
func (t *tokenizer) next() token {
	for t.i < len(t.s) {
		if t.raw != "" {
			return t.rawContent()
		}
		s, i := t.s, t.i
		if s[i] != '<' {
			j := strings.IndexByte(s[i+1:], '<')
			if j < 0 {
				j = len(s) - i - 1
			}
			t.i = i + 1 + j
			return token{kind: tokenText, text: s[i:t.i]}
		}
		if i+1 == len(s) {
			t.i = len(s)
			return token{kind: tokenText, text: "<"}
		}
		switch c := s[i+1]; {
		case c == '!' && strings.HasPrefix(s[i:], "<!--"):
			t.skipComment()
		case c == '!' || c == '?':
			t.skipPast('>', i+2)
		case c == '/' && i+2 < len(s) && isASCIILetter(s[i+2]):
			name := t.tagName(i + 2)
			t.skipPast('>', i+2+len(name))
			return token{kind: tokenEnd, name: name}
		case c == '/':
			t.skipPast('>', i+2)
		case isASCIILetter(c):
			if tok, ok := t.startTag(); ok {
				return tok
			}
		default:
			j := strings.IndexByte(s[i+1:], '<')
			if j < 0 {
				j = len(s) - i - 1
			}
			t.i = i + 1 + j
			return token{kind: tokenText, text: s[i:t.i]}
		}
	}
	return token{kind: tokenEOF}
}

// skipComment skips "<!-- … -->" at t.i; an unclosed comment runs to the
// end, as in browsers.
func (t *tokenizer) skipComment() {
	body := t.i + 4
	if strings.HasPrefix(t.s[body:], ">") || strings.HasPrefix(t.s[body:], "->") {
		t.i = body + strings.IndexByte(t.s[body:], '>') + 1
		return
	}
	if j := strings.Index(t.s[body:], "-->"); j >= 0 {
		t.i = body + j + 3
		return
	}
	t.i = len(t.s)
}

// skipPast moves t.i past the first c at or after byte from, or to the end.
func (t *tokenizer) skipPast(c byte, from int) {
	if j := strings.IndexByte(t.s[from:], c); j >= 0 {
		t.i = from + j + 1
		return
	}
	t.i = len(t.s)
}

// tagName returns the lower-cased tag name starting at byte i.
func (t *tokenizer) tagName(i int) string {
	j := i
	for j < len(t.s) && !isTagSpace(t.s[j]) && t.s[j] != '/' && t.s[j] != '>' {
		j++
	}
	return strings.ToLower(t.s[i:j])
}

// startTag reads a start tag at t.i, skipping its attributes (quoted values
// may hold ">"). A tag cut off by the end of the document is dropped, as
// browsers do; ok is false then.
func (t *tokenizer) startTag() (tok token, ok bool) {
	s := t.s
	name := t.tagName(t.i + 1)
	j := t.i + 1 + len(name)
	for j < len(s) {
		switch c := s[j]; c {
		case '>':
			t.i = j + 1
			if rawText[name] {
				t.raw = name
			}
			return token{kind: tokenStart, name: name}, true
		case '"', '\'':
			k := strings.IndexByte(s[j+1:], c)
			if k < 0 {
				j = len(s)
				break
			}
			j += k + 2
		default:
			j++
		}
	}
	t.i = len(s)
	return token{}, false
}

// rawContent returns the text of the raw-text element t.raw, up to its end
// tag (which it consumes) or the end of the document.
func (t *tokenizer) rawContent() token {
	name, s, from := t.raw, t.s, t.i
	t.raw = ""
	end, next := len(s), len(s)
	for k := from; name != "plaintext"; {
		j := strings.Index(s[k:], "</")
		if j < 0 {
			break
		}
		k += j + 2
		if len(s)-k >= len(name) && strings.EqualFold(s[k:k+len(name)], name) &&
			(k+len(name) == len(s) || isTagSpace(s[k+len(name)]) || s[k+len(name)] == '>' || s[k+len(name)] == '/') {
			end = k - 2
			t.i = k + len(name)
			t.skipPast('>', t.i)
			next = t.i
			break
		}
	}
	t.i = next
	return token{kind: tokenText, text: s[from:end], raw: true, rawOf: name}
}

// isTagSpace reports whether c is HTML white space.
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
