package textin

import (
	"archive/zip"
	"errors"
	"slices"
	"strings"
	"testing"
)

// epubOf returns an e-book with these chapters (file name → body) and
// this package document.
func epubOf(t testing.TB, opf string, files ...zipEntry) []byte {
	entries := []zipEntry{{"mimetype", "application/epub+zip"},
		{"META-INF/container.xml", `<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>` +
			`<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`},
		{"OEBPS/content.opf", opf}}
	return zipOf(t, zip.Store, append(entries, files...))
}

// chapter returns an XHTML chapter with this body.
func chapter(body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" xml:lang="cy"><head><title/></head><body>` + body + `</body></html>`
}

func TestEPUBSpineOrder(t *testing.T) {
	opf := `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">` +
		`<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>  Three   Parts </dc:title><dc:creator>Ann Author</dc:creator><dc:creator>Ben Other</dc:creator></metadata>` +
		`<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>` +
		`<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>` +
		`<item id="a" href="text/a.xhtml" media-type="application/xhtml+xml"/>` +
		`<item id="b" href="text/b%20two.xhtml" media-type="application/xhtml+xml"/>` +
		`<item id="c" href="text/c.xhtml" media-type="application/xhtml+xml"/>` +
		`<item id="notes" href="text/notes.xhtml" media-type="application/xhtml+xml"/>` +
		`<item id="img" href="cover.jpg" media-type="image/jpeg"/>` +
		`<item id="gone" href="text/gone.xhtml" media-type="application/xhtml+xml"/></manifest>` +
		`<spine toc="ncx"><itemref idref="img"/><itemref idref="c"/><itemref idref="a"/><itemref idref="notes" linear="no"/>` +
		`<itemref idref="b"/><itemref idref="a"/><itemref idref="gone"/></spine></package>`
	ncx := `<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>` +
		`<navPoint><navLabel><text>Part One</text></navLabel><content src="text/a.xhtml#start"/></navPoint>` +
		`<navPoint><navLabel><text>Part  Two</text></navLabel><content src="text/b%20two.xhtml"/></navPoint></navMap></ncx>`
	nav := chapter(`<nav epub:type="toc" xmlns:epub="http://www.idpf.org/2007/ops"><ol><li><a href="text/c.xhtml">Part Three</a></li></ol></nav>`)
	data := epubOf(t, opf,
		// In file order a, b, c; the spine says c, a, b.
		zipEntry{"OEBPS/text/a.xhtml", chapter(`<p>Part One</p><p>First text.</p>`)},
		zipEntry{"OEBPS/text/b two.xhtml", chapter(`<h2/><p>Part Two</p><p>Second text.<br/>Line two.</p>`)},
		zipEntry{"OEBPS/text/c.xhtml", chapter(`<section><header><p>PART THREE</p></header><p>Third text.</p><aside>An aside.</aside></section>`)},
		zipEntry{"OEBPS/text/notes.xhtml", chapter(`<p>Not linear.</p>`)},
		zipEntry{"OEBPS/nav.xhtml", nav}, zipEntry{"OEBPS/toc.ncx", ncx}, zipEntry{"OEBPS/cover.jpg", "\xff\xd8\xff"})
	d, err := decodeEPUB("parts.epub", data)
	if err != nil {
		t.Fatal(err)
	}
	checkContainerShape(t, "parts.epub", d)
	want := "PART THREE\n\nThird text.\n\nAn aside.\n\nPart One\n\nFirst text.\n\nPart Two\n\nSecond text.\nLine two."
	if d.Text != want {
		t.Errorf("text\n%q\nwant\n%q", d.Text, want)
	}
	if got := containerHeads(d); !slices.Equal(got, []string{"PART THREE", "Part One", "Part Two"}) {
		t.Errorf("headings %q", got)
	}
	if d.Title != "Three Parts" || d.Author != "Ann Author" || d.Lang != "cy" {
		t.Errorf("title %q, author %q, lang %q", d.Title, d.Author, d.Lang)
	}
	if !strings.Contains(d.Notice, "missing") {
		t.Errorf("notice %q", d.Notice)
	}
}

func TestEPUBNavInSpine(t *testing.T) {
	opf := `<package xmlns="http://www.idpf.org/2007/opf"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language>en</dc:language></metadata>` +
		`<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>` +
		`<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest>` +
		`<spine><itemref idref="nav"/><itemref idref="a"/></spine></package>`
	nav := chapter(`<nav epub:type="toc"><h1>Contents</h1><ol><li><a href="a.xhtml">The Chapter</a></li></ol></nav>`)
	d, err := decodeEPUB("", epubOf(t, opf, zipEntry{"OEBPS/nav.xhtml", nav}, zipEntry{"OEBPS/a.xhtml", chapter(`<h1>The Chapter</h1><p>Text.</p>`)}))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Contents\n\nThe Chapter\n\nThe Chapter\n\nText."; d.Text != want || d.Lang != "en" || d.Title != "Contents" {
		t.Errorf("got %q, lang %q, title %q", d.Text, d.Lang, d.Title)
	}
}

func TestEPUBRefused(t *testing.T) {
	opf := `<package><manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>`
	locked := epubOf(t, opf, zipEntry{"OEBPS/a.xhtml", "\x93\x12garbage"},
		zipEntry{"META-INF/encryption.xml", `<encryption xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>` +
			`<enc:CipherReference URI="OEBPS/a.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>`})
	refusedFast(t, decodeEPUB, "shop.epub", locked, ErrBinary, "shop.epub is locked with DRM")
	refusedFast(t, decodeEPUB, "bare.epub", buildZip(t, zipEntry{"mimetype", "application/epub+zip"}), ErrDamaged,
		"bare.epub cannot be opened: it is damaged: its list of contents (META-INF/container.xml) is missing", "download")
	refusedFast(t, decodeEPUB, "empty.epub", epubOf(t, opf, zipEntry{"OEBPS/a.xhtml", chapter(`<img src="x.png"/>`)}), ErrEmpty, "empty.epub")
	_, err := decodeEPUB("x.epub", epubOf(t, opf, zipEntry{"OEBPS/a.xhtml", chapter("<p>ok</p>")}))
	if err != nil || errors.Is(err, ErrDamaged) {
		t.Errorf("a minimal e-book: %v", err)
	}
}

func TestXHTMLSource(t *testing.T) {
	cases := [][2]string{
		{`<title/><p>x</p>`, `<title></title><p>x</p>`},
		{`<a id="n" /><br/><img src="a/b.png"/>`, `<a id="n" ></a><br/><img src="a/b.png"/>`},
		{`<p title="a/>b">t</p><h2/>`, `<p title="a/>b">t</p><h2></h2>`},
		{`<unclosed attr="`, `<unclosed attr="`},
		{`a < b <3 </p>`, `a < b <3 </p>`},
	}
	for _, c := range cases {
		if got := xhtmlSource(c[0]); got != c[1] {
			t.Errorf("xhtmlSource(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
