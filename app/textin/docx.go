package textin

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// Word documents (DOCX).
//
// The text is word/document.xml's: paragraphs (w:p) of text runs (w:t; a
// tab w:tab is a space, a break w:br or w:cr a line break, page and column
// breaks a space). Paragraphs whose style is a heading (a style named
// "heading 1" to "heading 9" or "Title", or with an outline level, through
// the styles it is based on, in word/styles.xml) are heading paragraphs. A
// list (numbered paragraphs, word/numbering.xml) is one paragraph with an
// item a line, starting "- " for bullets and "1. " (or "a. ", "i. ") for
// numbers. A table row is a paragraph of its cells joined by " | ": a row
// reads as one line of facts, and the sentence splitter never runs across
// rows. Footnotes and endnotes are numbered [1], [2]… in the order of
// their references and come at the end under a "Notes" heading. Deleted
// text of tracked changes, a table of contents field and the fallback copy
// of alternate content are left out. Title, author and language come from
// docProps/core.xml (dc:title, dc:creator, dc:language), the language else
// from the default w:lang of word/styles.xml.

// The WordprocessingML namespaces (transitional and strict).
const (
	wNS       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	wStrictNS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	mcNS      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// docxSkipped are the elements whose content is left out.
var docxSkipped = setOf("del", "moveFrom", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange",
	"trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "rt", "delText", "instrText")

// decodeDOCX returns the text of a Word document named name.
func decodeDOCX(name string, data []byte) (Doc, error) {
	a, err := openArchive(name, "docx", data)
	if err != nil {
		return Doc{}, err
	}
	if !a.has("word/document.xml") {
		return Doc{}, a.damaged("it is damaged: its text (word/document.xml) is missing")
	}
	meta, err := readDC(a, "docProps/core.xml")
	if err != nil {
		return Doc{}, err
	}
	st, err := readDocxStyles(a)
	if err != nil {
		return Doc{}, err
	}
	num, err := readDocxNumbering(a)
	if err != nil {
		return Doc{}, err
	}
	var body textBuilder
	w := &docxWalk{a: a, st: st, num: num, f: &docFlow{out: &body}, counts: map[string]*[9]int{}}
	if err := a.walkXML("word/document.xml", w.token); err != nil {
		return Doc{}, err
	}
	w.f.end()
	notes := make([]textBuilder, len(w.refs))
	for _, part := range []string{"word/footnotes.xml", "word/endnotes.xml"} {
		if a.has(part) && len(w.refs) > 0 && !body.full() {
			if err := readDocxNotes(a, st, num, part, w.refs, notes); err != nil {
				return Doc{}, err
			}
		}
	}
	var notice []string
	if notesTo(&body, notes) {
		notice = append(notice, notesNotice)
	}
	if w.f.tabled {
		notice = append(notice, tableNotice)
	}
	if meta.lang == "" {
		meta.lang = st.lang
	}
	return a.finish(&body, meta, strings.Join(notice, " "))
}

// noteRef is a reference to a footnote or an endnote.
type noteRef struct {
	end bool
	id  string
}

// docxWalk turns the tokens of a WordprocessingML part into text.
type docxWalk struct {
	a      *archive
	st     docxStyles
	num    docxNumbering
	f      *docFlow
	counts map[string]*[9]int // list counters by numId
	props  []docxPara         // of the open paragraphs
	skip   int                // depth inside a skipped element
	runs   int                // open runs
	inText bool               // in a w:t
	inPPr  bool               // in the w:pPr of the innermost paragraph
	toc    bool               // the open w:sdt is a table of contents
	refs   []noteRef          // note references, in order
	notes  bool               // walking a notes part: references are not counted
}

// docxPara is what a paragraph's properties say.
type docxPara struct {
	style, numID, ilvl, outline string
}

// token handles one token of the part.
func (w *docxWalk) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		if w.skip > 0 {
			w.skip++
			return nil
		}
		if t.Name.Space == mcNS && t.Name.Local == "Fallback" || w.isW(t.Name) && docxSkipped[t.Name.Local] {
			w.skip = 1
			return nil
		}
		if w.isW(t.Name) {
			return w.start(t)
		}
	case xml.EndElement:
		if w.skip > 0 {
			w.skip--
			return nil
		}
		if w.isW(t.Name) {
			return w.end(t.Name.Local)
		}
	case xml.CharData:
		if w.skip == 0 && w.inText {
			w.f.text(strings.ReplaceAll(string(t), "\n", " "))
		}
	}
	return nil
}

// isW reports whether n is in the WordprocessingML namespace.
func (w *docxWalk) isW(n xml.Name) bool { return n.Space == wNS || n.Space == wStrictNS }

// start handles a start tag in the WordprocessingML namespace.
func (w *docxWalk) start(t xml.StartElement) error {
	val := xmlAttr(t, "val")
	switch t.Name.Local {
	case "p":
		w.f.open()
		w.props = append(w.props, docxPara{})
	case "pPr":
		w.inPPr = len(w.props) > 0
	case "pStyle", "ilvl", "numId", "outlineLvl":
		if w.inPPr {
			p := &w.props[len(w.props)-1]
			switch t.Name.Local {
			case "pStyle":
				p.style = val
			case "ilvl":
				p.ilvl = val
			case "numId":
				p.numID = val
			case "outlineLvl":
				p.outline = val
			}
		}
	case "r":
		w.runs++
	case "t":
		w.inText = w.runs > 0
	case "tab":
		if w.runs > 0 {
			w.f.text(" ")
		}
	case "br":
		if w.runs > 0 {
			if tp := xmlAttr(t, "type"); tp == "page" || tp == "column" {
				w.f.text(" ")
			} else {
				w.f.text("\n")
			}
		}
	case "cr":
		w.f.text("\n")
	case "noBreakHyphen":
		w.f.text("-")
	case "footnoteReference", "endnoteReference":
		if !w.notes {
			w.refs = append(w.refs, noteRef{t.Name.Local == "endnoteReference", xmlAttr(t, "id")})
			w.f.text("[" + strconv.Itoa(len(w.refs)) + "]")
		}
	case "docPartGallery":
		w.toc = w.toc || strings.EqualFold(val, "Table of Contents")
	case "sdtContent":
		if w.toc {
			w.toc, w.skip = false, 1
		}
	case "tbl":
		w.f.openTable()
	}
	return nil
}

// end handles an end tag in the WordprocessingML namespace.
func (w *docxWalk) end(local string) error {
	switch local {
	case "p":
		if len(w.props) == 0 {
			return nil
		}
		pp := w.props[len(w.props)-1]
		w.props = w.props[:len(w.props)-1]
		w.paragraph(pp)
		w.f.close()
		if w.f.out.full() {
			return w.a.tooMuchText()
		}
	case "pPr":
		w.inPPr = false
	case "r":
		w.runs = max(w.runs-1, 0)
	case "t":
		w.inText = false
	case "tc":
		w.f.closeCell()
	case "tr":
		w.f.closeRow()
	case "tbl":
		w.f.closeTable()
	}
	return nil
}

// paragraph marks the innermost open paragraph as a heading or a list
// item (with its marker), from its properties pp.
func (w *docxWalk) paragraph(pp docxPara) {
	p := w.f.top()
	if p == nil {
		return
	}
	p.heading = pp.outline != "" && xmlInt(pp.outline) >= 0 && xmlInt(pp.outline) <= 8 || w.st.heading(pp.style)
	numID, ilvl := pp.numID, pp.ilvl
	if numID == "" {
		numID, ilvl = w.st.numbering(pp.style)
	}
	if numID != "" && numID != "0" {
		level := min(max(xmlInt(ilvl), 0), 8)
		c := w.counts[numID]
		if c == nil {
			c = &[9]int{}
			w.counts[numID] = c
		}
		lv := w.num.level(numID, level)
		c[level]++
		for d := level + 1; d < 9; d++ {
			c[d] = 0
		}
		// A numbered heading keeps its number but is no list item.
		p.item, p.list, p.level = !p.heading, numID, level
		p.marker = numberMarker(lv.format, lv.start+c[level]-1)
	}
}

// readDocxNotes walks a notes part and fills notes, in the order of refs,
// with the notes that the body refers to.
func readDocxNotes(a *archive, st docxStyles, num docxNumbering, part string, refs []noteRef, notes []textBuilder) error {
	end := part == "word/endnotes.xml"
	index := map[string]int{}
	for i, r := range refs {
		if _, seen := index[r.id]; r.end == end && !seen {
			index[r.id] = i
		}
	}
	var w *docxWalk
	depth := 0
	return a.walkXML(part, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 && (t.Name.Local == "footnote" || t.Name.Local == "endnote") {
				if i, ok := index[xmlAttr(t, "id")]; ok && xmlAttr(t, "type") == "" {
					w = &docxWalk{a: a, st: st, num: num, f: &docFlow{out: &notes[i]}, counts: map[string]*[9]int{}, notes: true}
				}
				return nil
			}
		case xml.EndElement:
			depth--
			if depth == 1 && w != nil {
				w.f.end()
				w = nil
				return nil
			}
		}
		if w == nil {
			return nil
		}
		return w.token(tok)
	})
}
