package textin

import (
	"archive/zip"
	"testing"
)

// FuzzContainers feeds arbitrary XML to the DOCX, ODT and EPUB decoders as
// their main part: they must not panic, and what they return must have
// the shape of a decoded text.
func FuzzContainers(f *testing.F) {
	f.Add(`<w:document xmlns:w="` + wNS + `"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="12"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`)
	f.Add(`<office:text xmlns:office="` + odfOffice + `" xmlns:text="` + odfText + `"><text:list><text:list-item><text:list><text:list><text:list><text:list><text:list><text:list><text:list><text:list><text:list><text:list><text:list><text:list-item><text:p>deep</text:p>`)
	f.Add(`<package><manifest><item id="a" href="../../a.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>`)
	f.Add(`<html lang="en"><h1>T</h1><p>x<note/>`)
	f.Fuzz(func(t *testing.T, s string) {
		docs := []struct {
			name string
			dec  func(string, []byte) (Doc, error)
			data []byte
		}{
			{"f.docx", decodeDOCX, zipOf(t, zip.Store, []zipEntry{{"word/document.xml", s}, {"word/footnotes.xml", s}, {"word/styles.xml", s}, {"word/numbering.xml", s}})},
			{"f.odt", decodeODT, zipOf(t, zip.Store, []zipEntry{{"content.xml", s}, {"styles.xml", s}, {"meta.xml", s}})},
			{"f.epub", decodeEPUB, epubOf(t, s, zipEntry{"OEBPS/a.xhtml", s}, zipEntry{"a.xhtml", s})},
			{"g.epub", decodeEPUB, epubOf(t, `<package><manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/><item id="n" href="n.ncx" media-type="application/x-dtbncx+xml"/></manifest><spine><itemref idref="a"/></spine></package>`,
				zipEntry{"OEBPS/a.xhtml", s}, zipEntry{"OEBPS/n.ncx", s})},
		}
		for _, d := range docs {
			doc, err := d.dec(d.name, d.data)
			if err == nil {
				checkContainerShape(t, d.name, doc)
			}
		}
	})
}
