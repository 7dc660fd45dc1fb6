package textin

import (
	"strings"
)

// Markdown to text.
//
// Each paragraph, heading, list item and table row becomes one line (the
// soft-wrapped lines of a paragraph are joined with a space); blocks are
// separated by a blank line, the items of a list and the rows of a table by
// a line break. What is dropped is only markup:
//   - heading #s and setext underlines, blockquote >s, thematic breaks,
//     YAML front matter (whose title: may name the document), reference
//     link definitions, HTML tags and comments, <script> and <style> blocks;
//   - bullets (- * +) and task boxes ([ ], [x]) of list items. The number of
//     an ordered item is kept ("1. Read it."): it is part of the text a
//     reader sees, and the sentence splitter keeps it with the item;
//   - emphasis * _ ** __ ~~ when used as markup (not inside words, as in
//     snake_case or 2*3), backslashes of escapes, backticks of code spans,
//     and link and image syntax: [text](url) gives text, ![alt](url) gives
//     alt, [text][ref] and defined [ref] give text;
//   - table pipes and delimiter rows: cells are separated by a tab.
//
// Code blocks (fenced or indented) are kept line by line as they are, with
// no markup removed, since a code block is text the author chose to show;
// the fences are dropped. Character references (&amp;) are decoded.

// mdKind says how a Markdown block is converted.
type mdKind int

const (
	mdPara mdKind = iota // inline markup is converted
	mdCode               // kept as it is
	mdRow                // a table row: cells converted and joined with tabs
)

// mdBlock is one block of a Markdown document, before inline conversion.
type mdBlock struct {
	kind    mdKind
	raw     string
	tight   bool // follows the previous block after a line break, not a blank line
	heading int  // the heading level, 0 for other blocks
}

// mdParser splits a Markdown document into blocks, one line at a time.
type mdParser struct {
	refs      map[string]bool // defined reference labels
	blocks    []mdBlock
	para      []string // lines of the open paragraph or list item
	item      bool     // the open paragraph is a list item
	prefix    string   // the kept ordered-list number of the open item
	inList    bool
	lastItem  bool   // the last block closed was a list item
	fence     string // the open code fence, "" if none
	fenceAt   int    // the open fence's indentation
	code      []string
	indented  bool   // the open code block is an indented one
	table     bool   // the previous line was a table row
	comment   bool   // inside a multi-line HTML comment
	rawEnd    string // inside a <script> or <style> block: its end tag
	prevBlank bool
	title     string // from front matter
}

// markdownText returns the text of a Markdown document, its title (a
// front-matter title, else the first of the highest-level headings) and
// the byte offsets in text at which its headings start.
func markdownText(src string) (text, title string, heads []int) {
	lines := strings.Split(src, "\n")
	p := &mdParser{refs: map[string]bool{}}
	lines = p.frontMatter(lines)
	for _, line := range lines {
		p.line(line)
	}
	p.flush()
	p.closeCode()
	text, heading, heads := p.render()
	if p.title != "" {
		heading = p.title
	}
	return text, heading, heads
}

// frontMatter drops YAML front matter ("---" first, up to the next "---" or
// "...", whose first line is a key) and keeps its title.
func (p *mdParser) frontMatter(lines []string) []string {
	if len(lines) < 3 || strings.TrimRight(lines[0], " \t") != "---" || !isYAMLKey(lines[1]) {
		return lines
	}
	for i := 1; i < len(lines) && i < 200; i++ {
		if l := strings.TrimRight(lines[i], " \t"); l == "---" || l == "..." {
			for _, kv := range lines[1:i] {
				if v, ok := strings.CutPrefix(kv, "title:"); ok && p.title == "" {
					p.title = strings.Trim(strings.TrimSpace(v), `"'`)
				}
			}
			return lines[i+1:]
		}
	}
	return lines
}

// isYAMLKey reports whether line starts with "key:".
func isYAMLKey(line string) bool {
	k, _, ok := strings.Cut(line, ":")
	return ok && k != "" && strings.IndexFunc(k, func(r rune) bool {
		return !(r == '_' || r == '-' || r < 0x80 && isASCIIAlnum(byte(r)))
	}) < 0
}

// line handles one line of the document.
func (p *mdParser) line(line string) {
	if p.rawEnd != "" {
		if strings.Contains(strings.ToLower(line), p.rawEnd) {
			p.rawEnd = ""
		}
		return
	}
	if p.fence != "" {
		p.fenced(line)
		return
	}
	if p.comment {
		k := strings.Index(line, "-->")
		if k < 0 {
			return
		}
		p.comment = false
		if line = line[k+3:]; strings.TrimSpace(line) == "" {
			return
		}
	}
	if k := strings.LastIndex(line, "<!--"); k >= 0 && !strings.Contains(line[k:], "-->") {
		p.comment = true
		if line = line[:k]; strings.TrimSpace(line) == "" {
			return
		}
	}
	line = stripQuote(line)
	if strings.TrimSpace(line) == "" {
		p.flush()
		p.closeCode()
		p.table = false
		p.prevBlank = true
		return
	}
	wasBlank := p.prevBlank
	p.prevBlank = false
	indent, rest := indentation(line)
	switch {
	case p.indented && indent >= 4:
		p.code = append(p.code, dedent(line, 4))
		return
	case indent >= 4 && len(p.para) == 0 && !p.inList && !p.table:
		p.indented = true
		p.code = append(p.code, dedent(line, 4))
		return
	}
	p.closeCode()
	if p.table {
		if strings.Contains(rest, "|") {
			p.blocks = append(p.blocks, mdBlock{kind: mdRow, raw: rest, tight: true})
			return
		}
		p.table = false
	}
	p.block(rest, indent, wasBlank)
}

// block handles a line that is not inside a code block or a table.
func (p *mdParser) block(rest string, indent int, wasBlank bool) {
	if f := fenceOf(rest); f != "" {
		p.flush()
		p.fence, p.fenceAt = f, indent
		return
	}
	if level, text, ok := atxHeading(rest); ok && indent < 4 {
		p.flush()
		p.inList = false
		p.blocks = append(p.blocks, mdBlock{raw: text, heading: level})
		return
	}
	if len(p.para) > 0 && !p.item && indent < 4 {
		if level := setextLevel(rest); level > 0 {
			text := strings.Join(p.para, " ")
			p.para = nil
			p.blocks = append(p.blocks, mdBlock{raw: text, heading: level})
			return
		}
	}
	if isRule(rest) {
		p.flush()
		p.inList = false
		return
	}
	if len(p.para) == 1 && !p.item && strings.Contains(p.para[0], "|") && isDelimiterRow(rest) {
		p.blocks = append(p.blocks, mdBlock{kind: mdRow, raw: p.para[0]})
		p.para = nil
		p.table = true
		return
	}
	if len(p.para) == 0 && p.refDefinition(rest) {
		return
	}
	if end := rawBlockEnd(rest); end != "" {
		p.flush()
		if !strings.Contains(strings.ToLower(rest), end) {
			p.rawEnd = end
		}
		return
	}
	if m, ok := listMarker(rest); ok && (len(p.para) == 0 || p.item || m.number == "" || m.number == "1") {
		p.flush()
		p.item, p.inList, p.prefix = true, true, ""
		if m.number != "" {
			p.prefix = m.number + m.delim + " "
		}
		p.para = append(p.para, m.content)
		return
	}
	if len(p.para) == 0 && wasBlank && p.inList && indent < 2 {
		p.inList = false
	}
	p.para = append(p.para, rest)
}

// fenced handles a line inside a fenced code block.
func (p *mdParser) fenced(line string) {
	_, rest := indentation(line)
	if f := fenceOf(rest); f != "" && f[0] == p.fence[0] && len(f) >= len(p.fence) && strings.TrimLeft(rest, f[:1]) == "" {
		p.fence = ""
		p.closeCode()
		return
	}
	p.code = append(p.code, dedent(line, p.fenceAt))
}

// flush closes the open paragraph or list item.
func (p *mdParser) flush() {
	if len(p.para) == 0 {
		p.item = false
		return
	}
	for i, l := range p.para {
		l = strings.TrimSpace(l)
		if strings.HasSuffix(l, `\`) && !strings.HasSuffix(l, `\\`) {
			l = strings.TrimSpace(l[:len(l)-1])
		}
		p.para[i] = l
	}
	text := p.prefix + strings.Join(p.para, " ")
	p.blocks = append(p.blocks, mdBlock{raw: text, tight: p.item && p.lastItem})
	p.lastItem, p.item, p.prefix, p.para = p.item, false, "", p.para[:0]
}

// closeCode closes the open code block, if any.
func (p *mdParser) closeCode() {
	p.indented = false
	for len(p.code) > 0 && strings.TrimSpace(p.code[len(p.code)-1]) == "" {
		p.code = p.code[:len(p.code)-1]
	}
	if len(p.code) > 0 {
		p.blocks = append(p.blocks, mdBlock{kind: mdCode, raw: strings.Join(p.code, "\n")})
		p.lastItem = false
	}
	p.code = p.code[:0]
}

// refDefinition records a reference link definition "[label]: url" and
// reports whether rest is one. Footnotes ("[^1]: text") are not.
func (p *mdParser) refDefinition(rest string) bool {
	if !strings.HasPrefix(rest, "[") || strings.HasPrefix(rest, "[^") {
		return false
	}
	end := strings.Index(rest, "]:")
	if end < 2 || end > 1000 || strings.ContainsAny(rest[1:end], "[]") {
		return false
	}
	if strings.TrimSpace(rest[end+2:]) == "" {
		return false
	}
	p.refs[normLabel(rest[1:end])] = true
	return true
}
