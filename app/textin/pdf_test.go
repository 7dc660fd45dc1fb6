package textin

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// pdfObjects builds a PDF file of objs (object i+1 is objs[i], written
// between "N 0 obj" and "endobj"; object 1 must be the catalog) with a
// cross-reference table and a trailer holding extra.
func pdfObjects(version string, objs []string, extra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-" + version + "\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, extra, x)
	return b.Bytes()
}

// pdfStreamObj is a stream object holding content.
func pdfStreamObj(dict, content string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(content), content)
}

// pdfTextDoc builds a PDF whose pages have the given content streams, all
// with font F1 (Helvetica, WinAnsi) and, if extraFont is set, F2 = object 4.
func pdfTextDoc(pages []string, extraFont []string, extra string) []byte {
	// 1 catalog, 2 pages, 3 Helvetica, 4.. extra font objects, then per page
	// a page and its content.
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
	objs = append(objs, extraFont...)
	res := "<< /Font << /F1 3 0 R >> >>"
	if len(extraFont) > 0 {
		res = "<< /Font << /F1 3 0 R /F2 4 0 R >> >>"
	}
	var kids []string
	for _, c := range pages {
		n := len(objs) + 1
		kids = append(kids, fmt.Sprintf("%d 0 R", n))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s /Contents %d 0 R >>", res, n+1))
		objs = append(objs, pdfStreamObj("", c))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages))
	return pdfObjects("1.4", objs, extra)
}

// pdfLinesContent draws lines of 12-point text from y = 700 down, 14
// points apart, at x = 72 (or 90 for a line starting with ">", an indent),
// with a header at the top and a footer at the bottom.
func pdfLinesContent(header, footer string, lines ...string) string {
	var b strings.Builder
	esc := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
	if header != "" {
		fmt.Fprintf(&b, "BT /F1 9 Tf 1 0 0 1 250 750 Tm (%s) Tj ET\n", esc.Replace(header))
	}
	y := 700
	for _, l := range lines {
		x := 72
		if t, ok := strings.CutPrefix(l, ">"); ok {
			x, l = 90, t
		}
		fmt.Fprintf(&b, "BT /F1 12 Tf 1 0 0 1 %d %d Tm (%s) Tj ET\n", x, y, esc.Replace(l))
		y -= 14
	}
	if footer != "" {
		fmt.Fprintf(&b, "BT /F1 9 Tf 1 0 0 1 290 40 Tm (%s) Tj ET\n", esc.Replace(footer))
	}
	return b.String()
}

// normSpace collapses white space.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// paragraphs splits a text at its blank lines, with white space collapsed.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = normSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func readPride(t *testing.T, name string) Doc {
	t.Helper()
	data, err := os.ReadFile("testdata/pride/" + name)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	d, err := decodePDF(name, data)
	if err != nil {
		t.Fatalf("decodePDF(%s): %v", name, err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("decodePDF(%s) took %v", name, took)
	}
	return d
}

const prideFirst = "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife."

// TestPDFPride reads the LibreOffice PDF of the excerpt (A5 pages, the
// title as a running header, page numbers in the footer, hyphenated).
func TestPDFPride(t *testing.T) {
	d := readPride(t, "pride.pdf")
	paras := paragraphs(d.Text)
	has := func(p string) bool {
		for _, q := range paras {
			if q == p {
				return true
			}
		}
		return false
	}
	if !has(prideFirst) {
		t.Errorf("the first sentence is not a paragraph of its own; paragraphs start %q", paras[:min(8, len(paras))])
	}
	if d.Title != "Pride and Prejudice" || d.Author != "Jane Austen" {
		t.Errorf("title %q, author %q", d.Title, d.Author)
	}
	// Running header and page numbers gone: the title occurs once (the
	// title page), no paragraph is a number, none holds the header.
	number := regexp.MustCompile(`^[0-9]+$`)
	for _, p := range paras {
		if number.MatchString(p) {
			t.Errorf("a page number is left: %q", p)
		}
		if strings.Contains(p, "Pride and Prejudice") {
			t.Errorf("the running header is left in %q", p)
		}
	}
	if !strings.Contains(d.Notice, "headers") {
		t.Errorf("notice %q does not say that headers were left out", d.Notice)
	}
	// Hyphenated line ends ("pos-session", "impa-tiently", and "tire-some"
	// across a page break) are joined; real compounds keep their hyphen.
	for _, want := range []string{
		"how can you be so tiresome! You must know",
		"cried his wife impatiently.",
		"five grown-up daughters",
		"though well-bred, were not inviting",
		"about twenty-seven, was Elizabeth's",
	} {
		if !strings.Contains(normSpace(d.Text), want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, bad := range []string{"pos-session", "impa-tiently", "tire- some", "tire-some"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("text holds %q", bad)
		}
	}
	// Chapter headings (set larger) are headings; they and the paragraphs
	// come in order.
	var heads []string
	for _, h := range d.Headings {
		heads = append(heads, d.Text[h:pdfLineEnd(d.Text, h)])
	}
	want := []string{"PRIDE AND PREJUDICE", "Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4", "Chapter 5", "Chapter 6"}
	if strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", heads, want)
	}
	comparePride(t, paras)
}

// comparePride checks the paragraphs against the excerpt's own, from the
// title to the end of Chapter 6 (quotes made straight).
func comparePride(t *testing.T, got []string) {
	t.Helper()
	src, err := os.ReadFile("testdata/pride/pg1342-excerpt.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	s = s[strings.Index(s, "Chapter 1\n"):strings.Index(s, "End of the Project Gutenberg EBook")]
	want := paragraphs(strings.ReplaceAll(s, "_", ""))
	straight := strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)
	i := 0
	for i < len(got) && got[i] != "Chapter 1" {
		i++
	}
	got = got[i:]
	if len(got) != len(want) {
		t.Errorf("%d paragraphs from Chapter 1 on, want %d", len(got), len(want))
	}
	bad := 0
	for i := range min(len(got), len(want)) {
		if g := straight.Replace(got[i]); g != want[i] && bad < 5 {
			bad++
			t.Errorf("paragraph %d:\n got %q\nwant %q", i, g, want[i])
		}
	}
}

// TestPDFPrideTwoColumns reads groff's two-column PDF of the excerpt
// (Type 1 fonts with their own encoding, headers left and right, the page
// number centred in the footer).
func TestPDFPrideTwoColumns(t *testing.T) {
	d := readPride(t, "pride-2col.pdf")
	paras := paragraphs(d.Text)
	if len(paras) < 3 || paras[0] != "Pride and Prejudice" || paras[1] != "Jane Austen" || paras[2] != "Chapter 1" || paras[3] != prideFirst {
		t.Errorf("paragraphs start %q", paras[:min(5, len(paras))])
	}
	for i, p := range paras {
		if i > 1 && (strings.Contains(p, "Pride and Prejudice") || strings.Contains(p, "Jane Austen")) {
			t.Errorf("a running header is left in %q", p)
		}
	}
	comparePride(t, paras)
}

// TestPDFNoText: a page that only draws an image is a scan.
func TestPDFNoText(t *testing.T) {
	data := pdfObjects("1.5", []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
		pdfStreamObj("", "q 612 0 0 792 0 0 cm /Im1 Do Q"),
		pdfStreamObj("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x00\xff\xff\x00"),
	}, "")
	_, err := decodePDF("scan.pdf", data)
	if !errors.Is(err, ErrEmpty) || err.Error() != msgPDFScan {
		t.Fatalf("err = %v, want ErrEmpty with %q", err, msgPDFScan)
	}
	// Pages without any content stream are the same.
	data = pdfObjects("1.5", []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
	}, "")
	if _, err := decodePDF("blank.pdf", data); !errors.Is(err, ErrEmpty) || err.Error() != msgPDFScan {
		t.Fatalf("blank pages: err = %v", err)
	}
}

// TestPDFGarbage: bytes that start like a PDF but are not one, and damaged
// copies of a real one, give an error (or some text), never a panic, and
// quickly.
func TestPDFGarbage(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	junk := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		return b
	}
	for _, data := range [][]byte{
		[]byte("%PDF-"),
		[]byte("%PDF-1.7\n"),
		append([]byte("%PDF-1.4\n"), junk(5000)...),
		append(append([]byte("%PDF-1.4\n"), junk(5000)...), "\nstartxref\n9\n%%EOF\n"...),
		[]byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\nstartxref\n0\n%%EOF"),
	} {
		start := time.Now()
		_, err := decodePDF("junk.pdf", data)
		if !errors.Is(err, ErrBinary) || err.Error() != msgPDFUnreadable {
			t.Errorf("%q…: err = %v, want the unreadable message", data[:min(len(data), 12)], err)
		}
		if took := time.Since(start); took > 10*time.Second {
			t.Errorf("took %v", took)
		}
	}
	// A /Prev chain that loops, and a table sized past the file.
	doc := pdfTextDoc([]string{pdfLinesContent("", "", "Some text.")}, nil, "")
	loop := pdfTextDoc([]string{pdfLinesContent("", "", "Some text.")}, nil, fmt.Sprintf("/Prev %d", bytes.Index(doc, []byte("\nxref\n"))+1))
	huge := bytes.Replace(doc, []byte("/Size 6"), []byte("/Size 900000000"), 1)
	for _, data := range [][]byte{loop, huge} {
		start := time.Now()
		if _, err := decodePDF("loop.pdf", data); !errors.Is(err, ErrBinary) || err.Error() != msgPDFUnreadable {
			t.Errorf("err = %v, want the unreadable message", err)
		}
		if took := time.Since(start); took > 10*time.Second {
			t.Errorf("took %v", took)
		}
	}
	good, err := os.ReadFile("testdata/pride/pride-2col.pdf")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	for i := 1; i <= 40; i++ {
		cut := good[:len(good)*i/41]
		decodePDF("cut.pdf", cut)
		bad := bytes.Clone(good)
		for range 20 {
			bad[rng.IntN(len(bad))] = byte(rng.UintN(256))
		}
		decodePDF("bad.pdf", bad)
	}
	if took := time.Since(start); took > 60*time.Second {
		t.Errorf("80 damaged files took %v", took)
	}
}

// TestPDFEncrypted: encryption the library cannot undo gets its own
// message.
func TestPDFEncrypted(t *testing.T) {
	data := pdfTextDoc([]string{pdfLinesContent("", "", "Secret.")}, nil,
		"/Encrypt << /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O <00> /U <00> >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]")
	_, err := decodePDF("secret.pdf", data)
	if !errors.Is(err, ErrBinary) || err.Error() != msgPDFEncrypted {
		t.Fatalf("err = %v, want the encryption message", err)
	}
}

// TestPDFHandmade checks headers and footers ("Page N of M"), a header
// with a page number in it, indents, hyphenation and a PDF 2.0 header.
func TestPDFHandmade(t *testing.T) {
	pages := []string{
		pdfLinesContent("Annual Report - 1", "Page 1 of 3",
			">The first page begins a paragraph that goes on and on until it",
			"reaches the end of this line, and the word at the end is hyphen-",
			"ated, as is a well-known compound: self-",
			"evident. The last line of the page runs on to the end of the"),
		pdfLinesContent("Annual Report - 2", "Page 2 of 3",
			"next page, where the paragraph ends.",
			">A second paragraph starts with an indent and is short.",
			">A third one follows it."),
		pdfLinesContent("Annual Report - 3", "Page 3 of 3",
			">The last page has a single line."),
	}
	data := pdfTextDoc(pages, nil, "/Info << /Title (Microsoft Word - report.docx) /Author (A. Writer) >>")
	data = bytes.Replace(data, []byte("%PDF-1.4"), []byte("%PDF-2.0"), 1)
	d, err := decodePDF("report.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"The first page begins a paragraph that goes on and on until it reaches the end of this line, and the word at the end is hyphenated, as is a well-known compound: self-evident. The last line of the page runs on to the end of the next page, where the paragraph ends.",
		"A second paragraph starts with an indent and is short.",
		"A third one follows it.",
		"The last page has a single line.",
	}
	paras := paragraphs(d.Text)
	if strings.Join(paras, "\n") != strings.Join(want, "\n") {
		t.Fatalf("paragraphs %q", paras)
	}
	if d.Title != paras[0][:strings.LastIndex(paras[0][:121], " ")]+"…" || d.Author != "A. Writer" {
		t.Errorf("title %q (the Info title is a file name), author %q", d.Title, d.Author)
	}
}

// TestPDFType0 reads a Type0 (CID) font with Identity-H codes, a ToUnicode
// CMap and a W width array, whose words are placed by TJ offsets without
// space glyphs; and a form XObject that draws text.
func TestPDFType0(t *testing.T) {
	cmap := `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Test def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfchar
<0001> <0048>
<0002> <0065>
endbfchar
1 beginbfrange
<0003> <0005> <006C>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`
	// Codes 1 H, 2 e, 3 l, 4 m, 5 n; widths 700 for H, 500 for the rest.
	font := []string{
		"<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /DescendantFonts [5 0 R] /ToUnicode 6 0 R >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [1 [700]] >>",
		pdfStreamObj("", cmap),
	}
	content := "BT /F2 20 Tf 72 700 Td [<00010002000300030005> -300 <000400020005>] TJ ET\n" +
		"BT /F2 20 Tf 72 670 Td [<0001> 20 <0002>] TJ ET"
	data := pdfTextDoc([]string{content}, font, "")
	d, err := decodePDF("cid.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	if got := normSpace(d.Text); got != "Helln men He" {
		t.Errorf("text %q, want %q", got, "Helln men He")
	}
}

// TestPDFForm reads text drawn by a form XObject, scaled by its matrix.
func TestPDFForm(t *testing.T) {
	data := pdfObjects("1.7", []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> /XObject << /Fm1 5 0 R >> >> /Contents 4 0 R >>",
		pdfStreamObj("", "BT /F1 12 Tf 72 720 Td (Before the form.) Tj ET q 1 0 0 1 0 -100 cm /Fm1 Do Q"),
		pdfStreamObj("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 0]", "BT /F1 12 Tf 72 700 Td (Inside the form.) Tj ET 1 0 0 1 0 -20 cm /Fm1 Do"),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
	}, "")
	d, err := decodePDF("form.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	// The form draws itself again (a loop), which stops at maxPDFFormDepth:
	// each copy a line further down the page.
	paras := paragraphs(d.Text)
	if len(paras) != 2 || paras[0] != "Before the form." || paras[1] != strings.TrimSpace(strings.Repeat("Inside the form. ", maxPDFFormDepth)) {
		t.Errorf("text %q", d.Text)
	}
}

// TestPDFLimits: the text is cut at MaxSize and at most maxPDFPages pages
// are read, in bounded time.
func TestPDFLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	// 1,000 pages sharing one content stream of 60 lines of 100 letters:
	// 6 MB of text.
	var lines []string
	for i := range 60 {
		lines = append(lines, strings.Repeat(string(rune('a'+i%26))+"bcd ", 25))
	}
	content := pdfLinesContent("", "", lines...)
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", pdfStreamObj("", content)}
	var kids []string
	for range 1000 {
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)+1))
		objs = append(objs, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	start := time.Now()
	d, err := decodePDF("big.pdf", pdfObjects("1.4", objs, ""))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Text) > MaxSize || len(d.Text) < MaxSize-10000 || !strings.Contains(d.Notice, "limit") {
		t.Errorf("%d bytes of text, notice %q", len(d.Text), d.Notice)
	}
	t.Logf("5 MB of text in %v", time.Since(start))

	// maxPDFPages+1 pages of one word each.
	objs = objs[:3]
	kids = kids[:0]
	for i := range maxPDFPages + 1 {
		word := ""
		for n := i + 1; n > 0; n /= 16 {
			word += string("bfghjknpqrstuwyz"[n%16])
		}
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objs)+1))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", len(objs)+2),
			pdfStreamObj("", "BT /F1 12 Tf 72 700 Td ("+word+") Tj ET"))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	start = time.Now()
	d, err = decodePDF("many.pdf", pdfObjects("1.4", objs, ""))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Fields(d.Text)); n != maxPDFPages || !strings.Contains(d.Notice, "Only the first 5000 of its 5001 pages") {
		t.Errorf("%d words, notice %q", n, d.Notice)
	}
	t.Logf("%d pages in %v", maxPDFPages, time.Since(start))

	// Too large a file is refused before it is read.
	if _, err := decodePDF("huge.pdf", make([]byte, MaxPDFSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("huge file: %v", err)
	}
}

// TestPDFPageNumber lists what counts as a page number.
func TestPDFPageNumber(t *testing.T) {
	for _, s := range []string{"3", "- 3 -", "— 12 —", "[7]", "Page 3", "page 3 of 12", "3 of 12", "3/12", "p. 4", "xiv", "IV", "(ii)"} {
		if !pdfIsPageNumber(s) {
			t.Errorf("%q is not taken for a page number", s)
		}
	}
	for _, s := range []string{"Chapter 3", "civil", "In 1813", "3 men", "I am", "pg", "Page", "Seite", "", "-"} {
		if pdfIsPageNumber(s) {
			t.Errorf("%q is taken for a page number", s)
		}
	}
}

// FuzzPDF: no input makes decodePDF panic.
func FuzzPDF(f *testing.F) {
	if good, err := os.ReadFile("testdata/pride/pride-2col.pdf"); err == nil {
		f.Add(good[:min(len(good), 20000)])
	}
	f.Add(pdfTextDoc([]string{pdfLinesContent("Head", "1", "Some text.")}, nil, ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		decodePDF("f.pdf", data)
	})
}
