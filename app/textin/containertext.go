package textin

import (
	"strconv"
	"strings"
	"unicode"
)

// The text of structured documents (DOCX, ODT, EPUB chapters), built one
// paragraph at a time so that heading offsets stay exact: every paragraph
// is cleaned and tidied on its own (see clean and tidy), so running clean
// and tidy over the finished text changes nothing.

// textBuilder collects paragraphs, separated by a blank line, and the
// offsets of the heading paragraphs.
type textBuilder struct {
	b     strings.Builder
	heads []int
}

// para adds a paragraph; "\n" in s is a line break, other white space
// collapses to one space. A heading is kept on one line. Paragraphs with
// no text are dropped.
func (t *textBuilder) para(s string, heading bool) {
	sep := "\n"
	if heading {
		sep = " "
	}
	s = normPara(s, sep)
	if s == "" {
		return
	}
	if t.b.Len() > 0 {
		t.b.WriteString("\n\n")
	}
	if heading {
		t.heads = append(t.heads, t.b.Len())
	}
	t.b.WriteString(s)
}

// chunk adds text that is already clean and tidy, with its heading
// offsets.
func (t *textBuilder) chunk(text string, heads []int) {
	if text == "" {
		return
	}
	if t.b.Len() > 0 {
		t.b.WriteString("\n\n")
	}
	for _, h := range heads {
		t.heads = append(t.heads, t.b.Len()+h)
	}
	t.b.WriteString(text)
}

// full reports whether the text is over MaxSize.
func (t *textBuilder) full() bool { return t.b.Len() > MaxSize }

// normPara cleans s, collapses runs of spaces and tabs to one space,
// trims every line, drops empty lines and joins the rest with sep.
func normPara(s, sep string) string {
	s = clean(s)
	var b strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimFunc(line, unicode.IsSpace)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		space := false
		for _, r := range line {
			if r == ' ' || r == '\t' {
				space = true
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// settleHeads cleans and tidies text (as Decode does) and moves the heading
// offsets heads (sorted, each at the start of a line) along with it. Each
// heading starts a paragraph of its own; a heading whose first line is
// blank is dropped.
func settleHeads(text string, heads []int) (string, []int) {
	var t textBuilder
	prev, head := 0, false
	piece := func(end int, nextHead bool) {
		seg := clean(text[prev:end])
		if head {
			first, _, _ := strings.Cut(seg, "\n")
			head = strings.TrimRightFunc(first, unicode.IsSpace) != ""
		}
		var hs []int
		if head {
			hs = []int{0}
		}
		t.chunk(tidy(seg), hs)
		prev, head = end, nextHead
	}
	for _, h := range heads {
		if h < prev || h > len(text) {
			continue
		}
		piece(h, true)
	}
	piece(len(text), false)
	return t.b.String(), t.heads
}

// docFlow turns the paragraphs, list items and tables of a document into
// text: a list is one paragraph with an item a line, each table row is a
// paragraph of its cells joined by " | ". Paragraphs may nest (a text box
// inside a paragraph); the inner one comes out first.
type docFlow struct {
	out    *textBuilder
	paras  []*docPara
	tables []*docTable
	items  []string // the pending list's lines
	list   string   // the pending list's id
	tabled bool     // a table row was written
}

// docPara is an open paragraph.
type docPara struct {
	b       strings.Builder
	heading bool
	marker  string // list marker ("- ", "1. "), "" for a paragraph
	item    bool   // a list item (maybe with no marker)
	list    string // the list of an item: an item at level 0 of another list starts a new list
	level   int    // the item's level, from 0
	tables  int    // tables open when it opened
}

// docTable is an open table.
type docTable struct {
	row  []string
	cell strings.Builder
}

// open starts a paragraph.
func (f *docFlow) open() *docPara {
	p := &docPara{tables: len(f.tables)}
	f.paras = append(f.paras, p)
	return p
}

// top returns the innermost open paragraph, nil when none is open.
func (f *docFlow) top() *docPara {
	if len(f.paras) == 0 {
		return nil
	}
	return f.paras[len(f.paras)-1]
}

// text adds text to the innermost open paragraph; text outside any
// paragraph is dropped.
func (f *docFlow) text(s string) {
	if p := f.top(); p != nil {
		p.b.WriteString(s)
	}
}

// close ends the innermost paragraph.
func (f *docFlow) close() {
	p := f.top()
	if p == nil {
		return
	}
	f.paras = f.paras[:len(f.paras)-1]
	s := p.b.String()
	if strings.TrimSpace(s) != "" {
		s = p.marker + s
	}
	switch {
	case p.tables > 0 && p.tables == len(f.tables):
		t := f.tables[len(f.tables)-1]
		t.cell.WriteString(s)
		t.cell.WriteByte(' ')
	case p.item:
		if p.level == 0 && p.list != f.list {
			f.flush()
		}
		if len(f.items) == 0 || p.level == 0 {
			f.list = p.list
		}
		if s = normPara(s, " "); s != "" {
			f.items = append(f.items, s)
		}
	default:
		f.flush()
		f.out.para(s, p.heading)
	}
}

// flush writes the pending list.
func (f *docFlow) flush() {
	if len(f.items) > 0 {
		f.out.para(strings.Join(f.items, "\n"), false)
		f.items = f.items[:0]
	}
}

// openTable starts a table.
func (f *docFlow) openTable() { f.tables = append(f.tables, &docTable{}) }

// closeCell ends a cell of the innermost table.
func (f *docFlow) closeCell() {
	if len(f.tables) == 0 {
		return
	}
	t := f.tables[len(f.tables)-1]
	t.row = append(t.row, normPara(t.cell.String(), " "))
	t.cell.Reset()
}

// closeRow ends a row of the innermost table: a paragraph of its own, or
// text of the enclosing cell for a table inside a table.
func (f *docFlow) closeRow() {
	if len(f.tables) == 0 {
		return
	}
	t := f.tables[len(f.tables)-1]
	row := strings.Join(t.row, " | ")
	t.row = t.row[:0]
	if strings.Trim(row, " |") == "" {
		return
	}
	if len(f.tables) > 1 {
		outer := f.tables[len(f.tables)-2]
		outer.cell.WriteString(row)
		outer.cell.WriteByte(' ')
		return
	}
	f.flush()
	f.out.para(row, false)
	f.tabled = true
}

// closeTable ends the innermost table.
func (f *docFlow) closeTable() {
	if len(f.tables) > 0 {
		f.tables = f.tables[:len(f.tables)-1]
	}
}

// end closes whatever is still open.
func (f *docFlow) end() {
	for len(f.paras) > 0 {
		f.close()
	}
	f.flush()
}

// notesTo adds, at the end of t, a "Notes" heading and the notes, the
// n-th starting with "[n] "; it returns whether it added any.
func notesTo(t *textBuilder, notes []textBuilder) bool {
	added := false
	for i := range notes {
		if notes[i].b.Len() == 0 {
			continue
		}
		if !added {
			t.para("Notes", true)
			added = true
		}
		t.chunk("["+strconv.Itoa(i+1)+"] "+notes[i].b.String(), nil)
	}
	return added
}
