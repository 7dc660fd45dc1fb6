package textin

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inline Markdown.
//
// inline works in passes over one paragraph, each linear in its length:
// code spans (backtick runs matched by length, with a moving pointer per
// length), links (brackets matched with a stack, link destinations
// checked with precomputed parenthesis matches), then emphasis (delimiter
// runs matched with one stack per character). Each pass records edits:
// ranges to drop or to replace with a part of the paragraph. A last pass
// writes the paragraph with the edits applied, and on the text between
// them drops backslashes of escapes, HTML tags and comments, keeps the
// address of autolinks, and decodes character references.

// edit replaces s[at:to] with s[from:till] (nothing when from == till).
// Offsets are int32 to halve the memory of dense markup (input is at most
// MaxSize bytes).
type edit struct {
	at, to, from, till int32
}

// newEdit returns the edit of s[at:to] to s[from:till].
func newEdit(at, to, from, till int) edit {
	return edit{int32(at), int32(to), int32(from), int32(till)}
}

// dropEdit returns the edit that drops s[at:to].
func dropEdit(at, to int) edit { return newEdit(at, to, 0, 0) }

// span is a half-open byte range.
type span struct{ start, end int32 }

// newSpan returns the span [start, end).
func newSpan(start, end int) span { return span{int32(start), int32(end)} }

// inlineParser holds the passes over one paragraph.
type inlineParser struct {
	s      string
	refs   map[string]bool
	edits  []edit
	opaque []span // code spans and link destinations, in order
	// commentEnd caches the position of the next "-->" (-1: none left).
	commentEnd, commentFrom int
	// finders for link destinations: next "<", space, and non-space.
	angle, space, word finder
}

// inline converts the inline markup of paragraph s to text.
func inline(s string, refs map[string]bool) string {
	if !strings.ContainsAny(s, "\\`*_~[]<&") {
		return s
	}
	p := &inlineParser{s: s, refs: refs, commentFrom: -1}
	// Every edit drops at least one of these characters, so this many
	// edits at most: one allocation.
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '`', '*', '_', '~', '[', ']':
			n++
		}
	}
	p.edits = make([]edit, 0, n)
	code := p.codeSpans()
	links := p.links(code)
	p.opaque = mergeSpans(code, links)
	p.emphasis()
	slices.SortFunc(p.edits, func(a, b edit) int { return int(a.at - b.at) })
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for _, e := range p.edits {
		if int(e.at) < i {
			continue
		}
		p.plain(&b, i, int(e.at))
		b.WriteString(s[e.from:e.till])
		i = int(e.to)
	}
	p.plain(&b, i, len(s))
	return b.String()
}

// codeSpans finds the code spans: a run of n backticks up to the next run
// of exactly n backticks. The span's content loses one space at each end
// when it has one at both.
func (p *inlineParser) codeSpans() []span {
	s := p.s
	if strings.IndexByte(s, '`') < 0 {
		return nil
	}
	// The runs of backticks not escaped by a backslash.
	type run struct{ pos, n int32 }
	var runs []run
	for i := 0; i < len(s); {
		if s[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '`' {
			j++
		}
		if !(i > 0 && s[i-1] == '\\') {
			runs = append(runs, run{int32(i), int32(j - i)})
		}
		i = j
	}
	// next[k] is the first run after run k with the same length, or -1.
	next := make([]int32, len(runs))
	last := map[int32]int32{}
	for k := len(runs) - 1; k >= 0; k-- {
		next[k] = -1
		if m, ok := last[runs[k].n]; ok {
			next[k] = m
		}
		last[runs[k].n] = int32(k)
	}
	var spans []span
	for k := 0; k < len(runs); {
		if next[k] < 0 {
			k++
			continue
		}
		r, m := runs[k], runs[next[k]]
		from, till := int(r.pos+r.n), int(m.pos)
		if c := s[from:till]; len(c) >= 2 && c[0] == ' ' && c[len(c)-1] == ' ' && strings.Trim(c, " ") != "" {
			from, till = from+1, till-1
		}
		p.edits = append(p.edits, newEdit(int(r.pos), int(m.pos+m.n), from, till))
		spans = append(spans, newSpan(int(r.pos), int(m.pos+m.n)))
		k = int(next[k]) + 1
	}
	return spans
}

// mergeSpans merges two ordered lists of disjoint spans.
func mergeSpans(a, b []span) []span {
	out := make([]span, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || len(a) > 0 && a[0].start < b[0].start {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// skipper walks an ordered list of spans along with a scan.
type skipper struct {
	spans []span
	k     int
}

// past returns where the scan goes on from i: the end of the span that
// starts at i, or i.
func (k *skipper) past(i int) int {
	for k.k < len(k.spans) && int(k.spans[k.k].end) <= i {
		k.k++
	}
	if k.k < len(k.spans) && int(k.spans[k.k].start) <= i {
		return int(k.spans[k.k].end)
	}
	return i
}

// plain writes s[from:to] dropping escapes' backslashes, HTML tags and
// comments, keeping autolinks' addresses and decoding references.
func (p *inlineParser) plain(b *strings.Builder, from, to int) {
	s := p.s
	for i := from; i < to; {
		c := s[i]
		switch {
		case c == '\\' && i+1 < to && isASCIIPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '&':
			if r, n := entityAt(s[i:to]); n > 0 {
				b.WriteRune(r)
				i += n
				continue
			}
		case c == '<':
			if n := p.tag(b, i, to); n > 0 {
				i += n
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
}

// tag handles "<" at s[i]: an HTML comment or tag is dropped (a <br> gives
// a space), an autolink gives its address. It returns how many bytes it
// used, 0 when s[i] is a plain "<".
func (p *inlineParser) tag(b *strings.Builder, i, to int) int {
	s := p.s
	if strings.HasPrefix(s[i:to], "<!--") {
		if end := p.nextCommentEnd(i + 4); end >= 0 && end+3 <= to {
			return end + 3 - i
		}
		return 0
	}
	j := i + 1
	for j < to && s[j] != '>' && s[j] != '<' {
		j++
	}
	if j == to || s[j] != '>' {
		return 0
	}
	body := s[i+1 : j]
	switch {
	case isAutolink(body):
		b.WriteString(body)
	case isTagBody(body):
		if name := strings.ToLower(strings.TrimRight(body, "/ ")); name == "br" {
			b.WriteByte(' ')
		}
	default:
		return 0
	}
	return j + 1 - i
}

// nextCommentEnd returns the position of the first "-->" at or after
// from, or -1; it searches each part of the paragraph at most once.
func (p *inlineParser) nextCommentEnd(from int) int {
	if p.commentFrom >= 0 && from >= p.commentFrom && (p.commentEnd < 0 || from <= p.commentEnd) {
		return p.commentEnd
	}
	p.commentFrom, p.commentEnd = from, -1
	if k := strings.Index(p.s[from:], "-->"); k >= 0 {
		p.commentEnd = from + k
	}
	return p.commentEnd
}

// isAutolink reports whether body (between < and >) is a URL with a scheme
// or an e-mail address.
func isAutolink(body string) bool {
	if body == "" || strings.ContainsAny(body, " \t") {
		return false
	}
	if scheme, _, ok := strings.Cut(body, ":"); ok && len(scheme) >= 2 && len(scheme) <= 32 && isASCIILetter(scheme[0]) &&
		strings.IndexFunc(scheme, func(r rune) bool {
			return !(r < 0x80 && (isASCIIAlnum(byte(r)) || r == '+' || r == '.' || r == '-'))
		}) < 0 {
		return true
	}
	at := strings.IndexByte(body, '@')
	return at > 0 && strings.IndexByte(body[at+1:], '.') > 0
}

// isTagBody reports whether body (between < and >) is an HTML start or end
// tag: an optional "/", a letter, then letters, digits or "-", then the end
// or white space or "/".
func isTagBody(body string) bool {
	body = strings.TrimPrefix(body, "/")
	if body == "" || !isASCIILetter(body[0]) {
		return false
	}
	for i := 1; i < len(body); i++ {
		c := body[i]
		if c == ' ' || c == '\t' || c == '/' {
			return true
		}
		if !isASCIIAlnum(c) && c != '-' {
			return false
		}
	}
	return true
}

// isASCIIPunct reports whether c is ASCII punctuation (what a backslash
// can escape).
func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// runeBefore returns the rune before byte i of s, or ' ' at the start.
func runeBefore(s string, i int) rune {
	if i == 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune at byte i of s, or ' ' at the end.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// isPunct reports whether r is punctuation or a symbol.
func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// isWordRune reports whether r is a letter or digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
