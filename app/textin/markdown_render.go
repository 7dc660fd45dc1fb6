package textin

import "strings"

// render converts the blocks' inline markup and joins them; it returns
// the text, the first of the highest-level headings and the offsets in the
// text at which headings start. Each block is cleaned (see clean) as it is
// written, so that a character reference cannot make a control character
// that a later clean would change, moving the offsets.
func (p *mdParser) render() (text, heading string, heads []int) {
	var b strings.Builder
	level := 0
	for _, bl := range p.blocks {
		var s string
		switch bl.kind {
		case mdCode:
			s = bl.raw
		case mdRow:
			s = tableRow(bl.raw, p.refs)
		default:
			s = collapseBlanks(inline(bl.raw, p.refs))
		}
		s = clean(s)
		if strings.TrimSpace(s) == "" {
			continue
		}
		if bl.heading > 0 && (level == 0 || bl.heading < level) {
			heading, level = s, bl.heading
			if level == 1 {
				level = -1 // the first level-1 heading is final
			}
		}
		if b.Len() > 0 {
			b.WriteString("\n")
			if !bl.tight {
				b.WriteString("\n")
			}
		}
		if bl.heading > 0 {
			heads = append(heads, b.Len())
		}
		b.WriteString(s)
	}
	return b.String(), heading, heads
}

// collapseBlanks turns each run of spaces and tabs into one space and trims
// the ends.
func collapseBlanks(s string) string {
	s = strings.Trim(s, " \t")
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	blank := false
	for i := 0; i < len(s); i++ {
		if isBlank(s[i]) {
			blank = true
			continue
		}
		if blank {
			b.WriteByte(' ')
			blank = false
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
