package textin

import (
	"encoding/xml"
	"strings"
)

// The parts of a Word document that say how to read its text: styles
// (which paragraphs are headings or lists) and numbering (bullets or
// numbers).

// docxStyle is a paragraph style of word/styles.xml.
type docxStyle struct {
	name, basedOn, outline, numID, ilvl string
}

// docxStyles are the paragraph styles by id, and the default language.
type docxStyles struct {
	byID map[string]*docxStyle
	lang string
}

// readDocxStyles reads word/styles.xml, when the document has one.
func readDocxStyles(a *archive) (docxStyles, error) {
	st := docxStyles{byID: map[string]*docxStyle{}}
	if !a.has("word/styles.xml") {
		return st, nil
	}
	var cur *docxStyle
	defaults := false
	err := a.walkXML("word/styles.xml", func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			val := xmlAttr(t, "val")
			switch t.Name.Local {
			case "docDefaults":
				defaults = true
			case "lang":
				if defaults && st.lang == "" {
					st.lang = cleanLang(val)
				}
			case "style":
				cur = nil
				if xmlAttr(t, "type") == "paragraph" || xmlAttr(t, "type") == "" {
					cur = &docxStyle{}
					st.byID[xmlAttr(t, "styleId")] = cur
				}
			case "name", "basedOn", "outlineLvl", "numId", "ilvl":
				if cur == nil {
					break
				}
				switch t.Name.Local {
				case "name":
					cur.name = val
				case "basedOn":
					cur.basedOn = val
				case "outlineLvl":
					cur.outline = val
				case "numId":
					cur.numID = val
				case "ilvl":
					cur.ilvl = val
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "docDefaults":
				defaults = false
			case "style":
				cur = nil
			}
		}
		return nil
	})
	return st, err
}

// heading reports whether the paragraph style id is a heading: named
// "heading N" or "Title", or with an outline level, itself or through the
// styles it is based on. Without styles.xml, the ids "Heading1" to
// "Heading9" and "Title" are headings.
func (st docxStyles) heading(id string) bool {
	for range 10 {
		if id == "" {
			return false
		}
		s := st.byID[id]
		if s == nil {
			return strings.EqualFold(id, "Title") || isHeadingName(strings.ToLower(id))
		}
		name := strings.ToLower(s.name)
		if name == "title" || isHeadingName(name) {
			return true
		}
		if s.outline != "" {
			o := xmlInt(s.outline)
			return o >= 0 && o <= 8
		}
		id = s.basedOn
	}
	return false
}

// isHeadingName reports whether a lower-case style name or id is "heading
// N" or "headingN" with N from 1 to 9.
func isHeadingName(name string) bool {
	rest, ok := strings.CutPrefix(name, "heading")
	rest = strings.TrimPrefix(rest, " ")
	return ok && len(rest) == 1 && '1' <= rest[0] && rest[0] <= '9'
}

// numbering returns the list a paragraph style puts its paragraphs in,
// through the styles it is based on.
func (st docxStyles) numbering(id string) (numID, ilvl string) {
	for range 10 {
		s := st.byID[id]
		if s == nil {
			return "", ""
		}
		if s.numID != "" {
			return s.numID, s.ilvl
		}
		id = s.basedOn
	}
	return "", ""
}

// listLevel is how a level of a list is numbered.
type listLevel struct {
	format string // "bullet", "decimal", "lowerLetter", "upperRoman"…
	start  int
}

// docxNumbering is word/numbering.xml: the list of each numId.
type docxNumbering struct {
	abstract map[string]string            // numId → abstractNumId
	levels   map[string]map[int]listLevel // abstractNumId → ilvl → level
}

// level returns how level lvl of list numID is numbered: decimal from 1
// when numbering.xml does not say.
func (n docxNumbering) level(numID string, lvl int) listLevel {
	if l, ok := n.levels[n.abstract[numID]][lvl]; ok {
		if l.start < 0 {
			l.start = 1
		}
		return l
	}
	return listLevel{"decimal", 1}
}

// readDocxNumbering reads word/numbering.xml, when the document has one.
func readDocxNumbering(a *archive) (docxNumbering, error) {
	n := docxNumbering{abstract: map[string]string{}, levels: map[string]map[int]listLevel{}}
	if !a.has("word/numbering.xml") {
		return n, nil
	}
	var abs, num string
	lvl := -1
	err := a.walkXML("word/numbering.xml", func(tok xml.Token) error {
		t, ok := tok.(xml.StartElement)
		if !ok {
			return nil
		}
		val := xmlAttr(t, "val")
		switch t.Name.Local {
		case "abstractNum":
			abs, num, lvl = xmlAttr(t, "abstractNumId"), "", -1
			n.levels[abs] = map[int]listLevel{}
		case "num":
			abs, num, lvl = "", xmlAttr(t, "numId"), -1
		case "abstractNumId":
			if num != "" {
				n.abstract[num] = val
			}
		case "lvl":
			if abs != "" {
				lvl = xmlInt(xmlAttr(t, "ilvl"))
				n.levels[abs][lvl] = listLevel{"decimal", 1}
			}
		case "start", "numFmt":
			if abs == "" || lvl < 0 {
				break
			}
			l := n.levels[abs][lvl]
			if t.Name.Local == "start" {
				l.start = xmlInt(val)
			} else {
				l.format = val
			}
			n.levels[abs][lvl] = l
		}
		return nil
	})
	return n, err
}
