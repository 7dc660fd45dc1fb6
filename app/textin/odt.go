package textin

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// OpenDocument texts (ODT).
//
// The text is the office:text of content.xml: headings (text:h) are
// heading paragraphs, as are paragraphs in the "Title" style; paragraphs
// (text:p) are paragraphs; a list (text:list) is one paragraph with an
// item a line, starting "- " for bullets and "1. " (or "a. ", "i. ") for
// numbers, as its list style says; a table row is a paragraph of its
// cells joined by " | " (see docx.go). A space text:s and a tab text:tab
// are a space, text:line-break a line break. Notes (text:note) are
// numbered [1], [2]… in order and come at the end under a "Notes"
// heading. Tracked deletions, comments, indexes (such as a table of
// contents) and the alternative text of pictures are left out. Title,
// author and language come from meta.xml, the language else from the
// default paragraph style.

// The OpenDocument namespaces that hold text.
const (
	odfText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	odfTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	odfOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	odfStyle  = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
	odfSVG    = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
)

// odtSkipped are the elements of these namespaces whose content is left
// out, by local name.
var odtSkipped = map[string]map[string]bool{
	odfText: setOf("tracked-changes", "note-citation", "table-of-content", "alphabetical-index",
		"illustration-index", "table-index", "object-index", "user-index", "bibliography", "ruby-text",
		"sequence-decls", "variable-decls", "user-field-decls", "dde-connection-decls"),
	odfOffice: setOf("annotation", "forms", "change-info"),
	odfTable:  setOf("covered-table-cell", "tracked-changes"),
	odfSVG:    setOf("title", "desc"),
}

// decodeODT returns the text of an OpenDocument text named name.
func decodeODT(name string, data []byte) (Doc, error) {
	a, err := openArchive(name, "odt", data)
	if err != nil {
		return Doc{}, err
	}
	if !a.has("content.xml") {
		return Doc{}, a.damaged("it is damaged: its text (content.xml) is missing")
	}
	meta, err := readDC(a, "meta.xml")
	if err != nil {
		return Doc{}, err
	}
	var body textBuilder
	w := &odtWalk{a: a, st: newODTStyles(), f: &docFlow{out: &body}}
	if a.has("styles.xml") {
		if err := a.walkXML("styles.xml", w.st.token); err != nil {
			return Doc{}, err
		}
	}
	if err := a.walkXML("content.xml", w.token); err != nil {
		return Doc{}, err
	}
	w.f.end()
	var notice []string
	if notesTo(&body, w.notes) {
		notice = append(notice, notesNotice)
	}
	if w.f.tabled {
		notice = append(notice, tableNotice)
	}
	if meta.lang == "" {
		meta.lang = w.st.lang
	}
	return a.finish(&body, meta, strings.Join(notice, " "))
}

// odtWalk turns the tokens of content.xml into text.
type odtWalk struct {
	a      *archive
	st     *odtStyles
	f      *docFlow // the body's, or a note's
	body   *docFlow // the body's, while in a note
	notes  []textBuilder
	inText int // open office:text elements
	skip   int // depth inside a skipped element
	lists  []odtList
	outer  []odtList // the lists open around a note
	first  bool      // the next paragraph is the first of a list item
	last   [10]int   // the counters of the last list, to continue it
	seq    int       // lists so far, for their ids
}

// odtList is an open text:list.
type odtList struct {
	style  string
	counts *[10]int
	id     string
}

// token handles one token of content.xml.
func (w *odtWalk) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		if w.skip > 0 {
			w.skip++
			return nil
		}
		if odtSkipped[t.Name.Space][t.Name.Local] {
			w.skip = 1
			return nil
		}
		if t.Name.Space == odfOffice && t.Name.Local == "text" {
			w.inText++
		}
		if w.inText == 0 {
			return w.st.token(tok)
		}
		w.start(t)
	case xml.EndElement:
		if w.skip > 0 {
			w.skip--
			return nil
		}
		if w.inText > 0 {
			return w.end(t.Name)
		}
	case xml.CharData:
		if w.skip == 0 && w.inText > 0 {
			w.f.text(strings.Map(func(r rune) rune {
				if r == '\n' || r == '\t' || r == '\r' {
					return ' '
				}
				return r
			}, string(t)))
		}
	}
	return nil
}

// start handles a start tag in the office:text.
func (w *odtWalk) start(t xml.StartElement) {
	switch t.Name.Space {
	case odfTable:
		if t.Name.Local == "table" {
			w.f.openTable()
		}
		return
	case odfText:
	default:
		return
	}
	switch t.Name.Local {
	case "h", "p":
		p := w.f.open()
		p.heading = t.Name.Local == "h" || w.st.isTitle(xmlAttr(t, "style-name"))
		if len(w.lists) > 0 {
			l := w.lists[len(w.lists)-1]
			p.item, p.list, p.level = !p.heading, l.id, len(w.lists)-1
			if w.first {
				w.first = false
				d := min(len(w.lists), 10)
				p.marker = w.st.marker(l.style, d, l.counts[d-1])
			}
		}
	case "list":
		style := xmlAttr(t, "style-name")
		if style == "" && len(w.lists) > 0 {
			style = w.lists[len(w.lists)-1].style
		}
		l := odtList{style: style}
		if len(w.lists) == 0 {
			w.seq++
			l.id, l.counts = "l"+strconv.Itoa(w.seq), &[10]int{}
			if xmlAttr(t, "continue-numbering") == "true" || xmlAttr(t, "continue-list") != "" {
				*l.counts = w.last
			}
		} else {
			outer := w.lists[len(w.lists)-1]
			l.id, l.counts = outer.id, outer.counts
		}
		w.lists = append(w.lists, l)
	case "list-item":
		if d := len(w.lists) - 1; d >= 0 && d < 10 {
			c := w.lists[d].counts
			c[d]++
			if v := xmlInt(xmlAttr(t, "start-value")); v >= 0 {
				c[d] = v - w.st.start(w.lists[d].style, d+1) + 1
			}
			for e := d + 1; e < 10; e++ {
				c[e] = 0
			}
			w.first = true
		}
	case "list-header":
		w.first = false
	case "s", "tab":
		w.f.text(" ")
	case "line-break":
		w.f.text("\n")
	case "note":
		w.notes = append(w.notes, textBuilder{})
		w.f.text("[" + strconv.Itoa(len(w.notes)) + "]")
		w.body, w.f = w.f, &docFlow{out: &w.notes[len(w.notes)-1]}
		w.outer, w.lists = w.lists, nil
	}
}

// end handles an end tag in the office:text.
func (w *odtWalk) end(n xml.Name) error {
	switch {
	case n.Space == odfOffice && n.Local == "text":
		w.inText--
	case n.Space == odfTable:
		switch n.Local {
		case "table":
			w.f.closeTable()
		case "table-row":
			w.f.closeRow()
		case "table-cell":
			w.f.closeCell()
		}
	case n.Space != odfText:
	case n.Local == "h" || n.Local == "p":
		w.f.close()
		if w.f.out.full() {
			return w.a.tooMuchText()
		}
	case n.Local == "list":
		if len(w.lists) == 1 {
			w.last = *w.lists[0].counts
		}
		if len(w.lists) > 0 {
			w.lists = w.lists[:len(w.lists)-1]
		}
	case n.Local == "note":
		if w.body != nil {
			w.f.end()
			w.f, w.body = w.body, nil
			w.lists, w.outer = w.outer, nil
		}
	}
	return nil
}
