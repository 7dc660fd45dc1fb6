package textin

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// prideFirstPara is the first paragraph of the novel.
const prideFirstPara = "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife."

// decodeHTMLFile decodes an HTML file the way the container decoders
// give their text: with heading offsets, cleaned and tidied.
func decodeHTMLFile(name string, data []byte) (Doc, error) {
	text, title, heads, lang := htmlDoc(clean(decodeCharset(data)))
	text, heads = settleHeads(text, heads)
	return Doc{Title: pickTitle(title, text, name), Text: text, Headings: heads, Lang: lang}, nil
}

// checkContainerShape checks what every decoded text must be: clean and tidy
// already, with sorted heading offsets at the starts of paragraphs.
func checkContainerShape(t *testing.T, name string, d Doc) {
	t.Helper()
	if got := tidy(clean(d.Text)); got != d.Text {
		t.Errorf("%s: the text changes when cleaned and tidied", name)
	}
	if !slices.IsSorted(d.Headings) {
		t.Errorf("%s: headings not sorted: %v", name, d.Headings)
	}
	for _, h := range d.Headings {
		if h < 0 || h >= len(d.Text) || h > 0 && !strings.HasSuffix(d.Text[:h], "\n\n") {
			t.Errorf("%s: heading offset %d is not at the start of a paragraph", name, h)
		}
	}
}

// containerHeads returns the lines at the heading offsets.
func containerHeads(d Doc) []string {
	var out []string
	for _, h := range d.Headings {
		line, _, _ := strings.Cut(d.Text[h:], "\n")
		out = append(out, line)
	}
	return out
}

func TestPrideFormats(t *testing.T) {
	texts := map[string]string{}
	for _, c := range []struct {
		file string
		dec  func(string, []byte) (Doc, error)
	}{
		{"pride.html", decodeHTMLFile},
		{"pride.docx", decodeDOCX},
		{"pride.odt", decodeODT},
		{"pride.epub", decodeEPUB},
	} {
		data, err := os.ReadFile("testdata/pride/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := c.dec(c.file, data)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		checkContainerShape(t, c.file, d)
		if !slices.Contains(strings.Split(d.Text, "\n\n"), prideFirstPara) {
			t.Errorf("%s: the first sentence is not a paragraph of its own", c.file)
		}
		heads := containerHeads(d)
		for n := 1; n <= 6; n++ {
			if !slices.Contains(heads, "Chapter "+strconv.Itoa(n)) {
				t.Errorf("%s: Chapter %d is not a heading; headings %q", c.file, n, heads)
			}
		}
		if d.Lang != "en-GB" {
			t.Errorf("%s: lang %q", c.file, d.Lang)
		}
		// The page's title block is page chrome (a <header> outside
		// <main>), so the HTML text starts at Chapter 1 and takes its
		// title from there; the others have metadata.
		if c.file != "pride.html" && (d.Title != "Pride and Prejudice" || d.Author != "Jane Austen") {
			t.Errorf("%s: title %q, author %q", c.file, d.Title, d.Author)
		}
		texts[c.file] = d.Text
	}
	// The three documents made from one source read the same, and as the
	// HTML page's article (which leaves out its title block).
	if texts["pride.docx"] != texts["pride.odt"] || texts["pride.docx"] != texts["pride.epub"] {
		t.Error("the DOCX, ODT and EPUB texts differ")
	}
	if !strings.HasSuffix(texts["pride.docx"], texts["pride.html"]) {
		t.Error("the DOCX text does not end with the HTML text")
	}
}

// structureText is what structure.docx and structure.odt (from
// structure.md) read as.
const structureText = `Structure Test

Ada Teacher

Reading list

The class reads three books this term.[1] Each pupil picks one.

- Pride and Prejudice
- Emma
- a second level item

1. Read the first chapter.
2. Mark every sentence.

Marks

Pupil | Book | Mark

Ann | Emma | 17

Ben | Persuasion | 15

The last paragraph.

Notes

[1] All three are by Jane Austen.`

// checkStructure checks the decoding of a structure fixture.
func checkStructure(t *testing.T, file string, dec func(string, []byte) (Doc, error)) {
	t.Helper()
	data, err := os.ReadFile("testdata/pride/" + file)
	if err != nil {
		t.Fatal(err)
	}
	d, err := dec(file, data)
	if err != nil {
		t.Fatal(err)
	}
	checkContainerShape(t, file, d)
	if d.Text != structureText {
		t.Errorf("%s: text\n%s\nwant\n%s", file, d.Text, structureText)
	}
	if got, want := containerHeads(d), []string{"Structure Test", "Reading list", "Marks", "Notes"}; !slices.Equal(got, want) {
		t.Errorf("%s: headings %q, want %q", file, got, want)
	}
	if d.Title != "Structure Test" || d.Author != "Ada Teacher" || d.Lang != "fr-FR" {
		t.Errorf("%s: title %q, author %q, lang %q", file, d.Title, d.Author, d.Lang)
	}
	if !strings.Contains(d.Notice, "Notes") || !strings.Contains(d.Notice, "table row") {
		t.Errorf("%s: notice %q", file, d.Notice)
	}
}

func TestDOCXStructure(t *testing.T) { checkStructure(t, "structure.docx", decodeDOCX) }

// docxOf returns a Word document with this body XML and these styles and
// numbering (no part when "").
func docxOf(t *testing.T, body, styles, numbering string, extra ...zipEntry) []byte {
	ns := `xmlns:w="` + wNS + `" xmlns:mc="` + mcNS + `"`
	parts := []zipEntry{{"word/document.xml", `<w:document ` + ns + `><w:body>` + body + `</w:body></w:document>`}}
	if styles != "" {
		parts = append(parts, zipEntry{"word/styles.xml", `<w:styles ` + ns + `>` + styles + `</w:styles>`})
	}
	if numbering != "" {
		parts = append(parts, zipEntry{"word/numbering.xml", `<w:numbering ` + ns + `>` + numbering + `</w:numbering>`})
	}
	return buildZip(t, append(parts, extra...)...)
}

func TestDOCXDetails(t *testing.T) {
	p := func(props, runs string) string { return `<w:p><w:pPr>` + props + `</w:pPr>` + runs + `</w:p>` }
	r := func(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }
	styles := `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/><w:basedOn w:val="berschrift1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="Outlined"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>`
	numbering := `<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="lowerLetter"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:numFmt w:val="upperRoman"/></w:lvl></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>`
	item := func(lvl, s string) string {
		return p(`<w:numPr><w:ilvl w:val="`+lvl+`"/><w:numId w:val="4"/></w:numPr>`, r(s))
	}
	body := p(`<w:pStyle w:val="Mine"/>`, r("Custom heading")) +
		p(`<w:pStyle w:val="Mine"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>`, r("Numbered heading")) +
		p(`<w:pStyle w:val="Outlined"/>`, r("Outlined heading")) +
		p(`<w:pStyle w:val="Body"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>`,
			r("one")+`<w:r><w:tab/></w:r>`+r("two")+`<w:r><w:br/></w:r>`+r("three")+`<w:r><w:br w:type="page"/></w:r>`+r("four")+
				`<w:del><w:r><w:delText>deleted</w:delText><w:tab/></w:r></w:del>`+
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`+r(" 7")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
		p(``, `<mc:AlternateContent><mc:Choice Requires="wps">`+r("box")+`</mc:Choice><mc:Fallback>`+r("box again")+`</mc:Fallback></mc:AlternateContent>`) +
		`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>` +
		p(``, r("Contents 1")) + `</w:sdtContent></w:sdt>` +
		item("0", "first") + item("1", "sub") + item("1", "sub two") + item("0", "second") +
		`<w:tbl><w:tr><w:tc>` + p(``, r("outer")) + `<w:tbl><w:tr><w:tc>` + p(``, r("in1")) + `</w:tc><w:tc>` + p(``, r("in2")) +
		`</w:tc></w:tr></w:tbl></w:tc><w:tc>` + p(``, r("right")) + `</w:tc></w:tr><w:tr><w:tc></w:tc><w:tc></w:tc></w:tr></w:tbl>` +
		p(``, r("See")+`<w:r><w:endnoteReference w:id="2"/></w:r>`+r(" and")+`<w:r><w:footnoteReference w:id="5"/></w:r>`+r("."))
	notes := func(kind, id, text string) zipEntry {
		return zipEntry{"word/" + kind + "s.xml", `<w:` + kind + `s xmlns:w="` + wNS + `"><w:` + kind + ` w:type="separator" w:id="-1">` + p(``, r("---")) +
			`</w:` + kind + `><w:` + kind + ` w:id="` + id + `">` + p(``, `<w:r><w:`+kind+`Ref/></w:r>`+r(text)) + `</w:` + kind + `></w:` + kind + `s>`}
	}
	data := docxOf(t, body, styles, numbering, notes("footnote", "5", " A footnote."), notes("endnote", "2", "An endnote."))
	d, err := decodeDOCX("details.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	checkContainerShape(t, "details.docx", d)
	want := "Custom heading\n\nc. Numbered heading\n\nOutlined heading\n\none two\nthree four 7\n\nbox\n\n" +
		"c. first\nI. sub\nII. sub two\nd. second\n\nouter in1 | in2 | right\n\nSee[1] and[2].\n\nNotes\n\n[1] An endnote.\n\n[2] A footnote."
	if d.Text != want {
		t.Errorf("text\n%q\nwant\n%q", d.Text, want)
	}
	if got := containerHeads(d); !slices.Equal(got, []string{"Custom heading", "c. Numbered heading", "Outlined heading", "Notes"}) {
		t.Errorf("headings %q", got)
	}
	if d.Lang != "de-DE" || d.Title != "Custom heading" || d.Author != "" {
		t.Errorf("lang %q, title %q, author %q", d.Lang, d.Title, d.Author)
	}
}

func TestDOCXWithoutStyles(t *testing.T) {
	body := `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Head</w:t></w:r></w:p><w:p><w:r><w:t>Text.</w:t></w:r></w:p>`
	d, err := decodeDOCX("", docxOf(t, body, "", ""))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Head\n\nText." || !slices.Equal(d.Headings, []int{0}) || d.Title != "Head" {
		t.Errorf("got %q %v %q", d.Text, d.Headings, d.Title)
	}
	refusedFast(t, decodeDOCX, "blank.docx", docxOf(t, `<w:p><w:r><w:t> </w:t></w:r></w:p>`, "", ""), ErrEmpty, "there is no text to read in blank.docx")
	refusedFast(t, decodeDOCX, "other.docx", buildZip(t, zipEntry{"word/other.xml", "<x/>"}), ErrDamaged, "other.docx cannot be opened: it is damaged: its text (word/document.xml) is missing")
}
