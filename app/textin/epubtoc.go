package textin

import (
	"encoding/xml"
	"strings"
)

// The table of contents of an EPUB e-book, whose entries may mark a
// chapter's first paragraph as a heading.

// epubLabels returns the titles the table of contents gives each chapter
// file (the NCX's and the nav document's), by path. The table is a help,
// not a need: one that cannot be read gives no titles.
func epubLabels(a *archive, pkg *epubPackage) map[string][]string {
	labels := map[string][]string{}
	add := func(base, href, label string) {
		p := epubPath(base, href)
		if label = strings.Join(strings.Fields(label), " "); p != "" && label != "" && len(labels[p]) < 50 {
			labels[p] = append(labels[p], label)
		}
	}
	if pkg.ncx != "" && a.has(pkg.ncx) {
		var stack []*[2]string // label, src of the open navPoints
		inText := false
		var b strings.Builder
		_ = a.walkXML(pkg.ncx, func(tok xml.Token) error {
			switch t := tok.(type) {
			case xml.StartElement:
				switch t.Name.Local {
				case "navPoint":
					stack = append(stack, &[2]string{})
				case "text":
					inText = len(stack) > 0 && stack[len(stack)-1][0] == ""
					b.Reset()
				case "content":
					if len(stack) > 0 {
						stack[len(stack)-1][1] = xmlAttr(t, "src")
					}
				}
			case xml.CharData:
				if inText {
					b.Write(t)
				}
			case xml.EndElement:
				switch t.Name.Local {
				case "text":
					if inText {
						stack[len(stack)-1][0] = b.String()
					}
					inText = false
				case "navPoint":
					if len(stack) > 0 {
						top := stack[len(stack)-1]
						stack = stack[:len(stack)-1]
						add(pkg.ncx, top[1], top[0])
					}
				}
			}
			return nil
		})
	}
	if pkg.nav != "" && a.has(pkg.nav) {
		href, inLink, toc := "", false, 0
		var b strings.Builder
		_ = a.walkXML(pkg.nav, func(tok xml.Token) error {
			switch t := tok.(type) {
			case xml.StartElement:
				switch {
				case t.Name.Local == "nav" && (toc > 0 || strings.Contains(xmlAttr(t, "type"), "toc")):
					toc++
				case t.Name.Local == "a" && toc > 0:
					href, inLink = xmlAttr(t, "href"), true
					b.Reset()
				}
			case xml.CharData:
				if inLink {
					b.Write(t)
				}
			case xml.EndElement:
				switch {
				case t.Name.Local == "nav" && toc > 0:
					toc--
				case t.Name.Local == "a" && inLink:
					add(pkg.nav, href, b.String())
					inLink = false
				}
			}
			return nil
		})
	}
	return labels
}

// markLabel adds a heading at the start of a chapter's text when its first
// line is one of the chapter's titles in the table of contents and no
// heading starts there yet.
func markLabel(text string, heads []int, labels []string) []int {
	if len(labels) == 0 || text == "" || len(heads) > 0 && heads[0] == 0 {
		return heads
	}
	first, _, _ := strings.Cut(text, "\n")
	first = strings.Join(strings.Fields(first), " ")
	for _, l := range labels {
		if strings.EqualFold(first, l) {
			return append([]int{0}, heads...)
		}
	}
	return heads
}
