package textin

import "strings"

// maxLabel is the longest reference label, as in CommonMark.
const maxLabel = 999

// links finds links and images outside the code spans: [text](dest),
// ![alt](dest), [text][label], [text][] and [label] with label defined. It
// records edits that drop the brackets and the destination or label and
// returns the dropped destinations and labels, in order.
func (p *inlineParser) links(code []span) []span {
	s := p.s
	if strings.IndexByte(s, ']') < 0 {
		return nil
	}
	var closers map[int]int
	if strings.Contains(s, "](") {
		closers = p.parens(code)
	}
	type open struct {
		pos   int
		inner bool
	}
	var stack []open
	pending := map[int]int{} // "[" of a possible label → "[" of its text
	var dropped []span
	skip := skipper{spans: code}
	for i := 0; i < len(s); i++ {
		if j := skip.past(i); j > i {
			i = j - 1
			continue
		}
		switch {
		case s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			i++
		case s[i] == '[':
			stack = append(stack, open{pos: i})
		case s[i] == ']' && len(stack) > 0:
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				stack[len(stack)-1].inner = true
			}
			end := p.link(o.pos, i, o.inner, closers, pending)
			if end > i+1 {
				dropped = append(dropped, newSpan(i, end))
				i = end - 1
			}
		}
	}
	return dropped
}

// link decides what the brackets at o and c are and records the edits. It
// returns where the link ends (after its destination or label), or c+1.
func (p *inlineParser) link(o, c int, inner bool, closers map[int]int, pending map[int]int) int {
	s := p.s
	if c+1 < len(s) && s[c+1] == '(' {
		if end, ok := closers[c+1]; ok && p.validDestination(c+2, end) {
			p.linkEdits(o, c, end+1)
			return end + 1
		}
	}
	if c+1 < len(s) && s[c+1] == '[' {
		pending[c+1] = o
		return c + 1
	}
	if first, ok := pending[o]; ok {
		delete(pending, o)
		label := s[o+1 : c]
		if label == "" {
			label = s[first+1 : o-1]
		}
		if len(label) <= maxLabel && p.refs[normLabel(label)] {
			p.linkEdits(first, o-1, c+1)
			return c + 1
		}
	}
	if !inner && c-o-1 <= maxLabel && len(p.refs) > 0 && p.refs[normLabel(s[o+1:c])] {
		p.linkEdits(o, c, c+1)
	}
	return c + 1
}

// linkEdits drops the "[" at o (with the "!" before it for an image) and
// s[c:end], the "]" and what follows it.
func (p *inlineParser) linkEdits(o, c, end int) {
	at := o
	if o > 0 && p.s[o-1] == '!' && !(o > 1 && p.s[o-2] == '\\') {
		at = o - 1
	}
	p.edits = append(p.edits, dropEdit(at, o+1), dropEdit(c, end))
}

// parens matches parentheses outside code spans and returns, for each "("
// right after a "]", the position of its ")".
func (p *inlineParser) parens(code []span) map[int]int {
	s := p.s
	closers := map[int]int{}
	var stack []int
	skip := skipper{spans: code}
	for i := 0; i < len(s); i++ {
		if j := skip.past(i); j > i {
			i = j - 1
			continue
		}
		switch s[i] {
		case '\\':
			i++
		case '(':
			stack = append(stack, i)
		case ')':
			if len(stack) > 0 {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o > 0 && s[o-1] == ']' {
					closers[o] = i
				}
			}
		}
	}
	return closers
}

// validDestination reports whether s[from:to], what is between a link's
// parentheses, is a destination with no white space, optionally followed
// by a quoted title: `url`, `url "title"`, `<url with spaces>`. The calls
// come with growing from, so the searches reuse what earlier ones found.
func (p *inlineParser) validDestination(from, to int) bool {
	s := p.s
	for from < to && isBlank(s[from]) {
		from++
	}
	for to > from && isBlank(s[to-1]) {
		to--
	}
	var k int
	if from < to && s[from] == '<' {
		k = p.angle.find(s, from, func(c byte) bool { return c == '>' })
		if k >= to {
			return false
		}
		k++
	} else {
		k = p.space.find(s, from, isBlank)
		if k >= to {
			return true
		}
	}
	k = p.word.find(s, k, func(c byte) bool { return !isBlank(c) })
	return k >= to || isTitle(s[k:to])
}

// finder finds the next byte with a property, for queries that start at
// growing positions: each byte is looked at about once in all.
type finder struct {
	from, at int // the last query and its answer; at == len(s) when none
	used     bool
}

// find returns the first i >= from with is(s[i]), or len(s).
func (f *finder) find(s string, from int, is func(byte) bool) int {
	if f.used && from >= f.from && from <= f.at {
		return f.at
	}
	f.used, f.from = true, from
	i := from
	for i < len(s) && !is(s[i]) {
		i++
	}
	f.at = i
	return i
}

// isBlank reports whether c is a space or a tab.
func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// isTitle reports whether t is a link title: "…", '…' or (…).
func isTitle(t string) bool {
	if len(t) < 2 {
		return false
	}
	switch t[0] {
	case '"', '\'':
		return t[len(t)-1] == t[0]
	case '(':
		return t[len(t)-1] == ')'
	}
	return false
}
