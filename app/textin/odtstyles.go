package textin

import (
	"encoding/xml"
	"strings"
)

// The styles of an OpenDocument text that say how to read it: which
// paragraph styles are titles, how each level of a list style is
// numbered, and the default language.

// odtStyles are the styles read from styles.xml and the automatic styles
// of content.xml.
type odtStyles struct {
	parent map[string]string            // paragraph style → its parent
	lists  map[string]map[int]listLevel // list style → level (from 1) → numbering
	lang   string
	list   string // the list style being read
	deflt  bool   // reading the default paragraph style
}

// newODTStyles returns an empty set of styles.
func newODTStyles() *odtStyles {
	return &odtStyles{parent: map[string]string{}, lists: map[string]map[int]listLevel{}}
}

// token reads a token of a part's styles.
func (st *odtStyles) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		switch t.Name.Local {
		case "style":
			if t.Name.Space == odfStyle && xmlAttr(t, "family") == "paragraph" {
				st.parent[xmlAttr(t, "name")] = xmlAttr(t, "parent-style-name")
			}
		case "default-style":
			st.deflt = xmlAttr(t, "family") == "paragraph"
		case "text-properties":
			if st.deflt && st.lang == "" {
				if lang := xmlAttr(t, "language"); lang != "" && lang != "none" {
					if c := xmlAttr(t, "country"); c != "" && c != "none" {
						lang += "-" + c
					}
					st.lang = cleanLang(lang)
				}
			}
		case "list-style":
			st.list = xmlAttr(t, "name")
			st.lists[st.list] = map[int]listLevel{}
		case "list-level-style-number", "list-level-style-bullet", "list-level-style-image":
			if st.list == "" {
				break
			}
			l := listLevel{format: "bullet", start: 1}
			if t.Name.Local == "list-level-style-number" {
				l.format = odtFormat(xmlAttr(t, "num-format"))
				if v := xmlInt(xmlAttr(t, "start-value")); v >= 0 {
					l.start = v
				}
			}
			st.lists[st.list][xmlInt(xmlAttr(t, "level"))] = l
		}
	case xml.EndElement:
		switch t.Name.Local {
		case "list-style":
			st.list = ""
		case "default-style":
			st.deflt = false
		}
	}
	return nil
}

// odtFormat returns the numbering format of an ODF num-format.
func odtFormat(f string) string {
	switch f {
	case "":
		return "none"
	case "a", "A", "i", "I":
		return f
	}
	return "decimal"
}

// isTitle reports whether a paragraph style is "Title", itself or
// through its parents.
func (st *odtStyles) isTitle(name string) bool {
	for range 10 {
		if name == "" {
			return false
		}
		if name == "Title" || strings.HasPrefix(name, "Heading_20_") {
			return true
		}
		name = st.parent[name]
	}
	return false
}

// marker returns the marker of the n-th item (counted from 1, as the list
// item says) at level (from 1) of a list in the given list style.
func (st *odtStyles) marker(style string, level, n int) string {
	l, ok := st.lists[style][level]
	if !ok {
		return "- "
	}
	return numberMarker(l.format, l.start+n-1)
}

// start returns the first number of a level (from 1) of a list style.
func (st *odtStyles) start(style string, level int) int {
	if l, ok := st.lists[style][level]; ok {
		return l.start
	}
	return 1
}
