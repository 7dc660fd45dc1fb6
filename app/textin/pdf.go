package textin

// PDF import. The file is parsed by github.com/ledongthuc/pdf (a fork of
// rsc.io/pdf: pure Go, no dependencies; it reads the cross-reference
// table or stream, object streams, the Flate, LZW and ASCII85 filters, RC4
// and AES-128 encryption with an empty user password, and turns font codes
// into Unicode through WinAnsi, MacRoman, Differences or ToUnicode CMaps).
// pdfcontent.go runs each page's content stream with the library's
// interpreter, placing every glyph on the page; pdflayout.go groups the
// glyphs into lines in reading order (one or two columns); pdftext.go drops
// running headers, footers and page numbers and joins the lines into
// paragraphs, undoing the hyphenation at line ends.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"
)

const (
	// MaxPDFSize is the largest PDF file decodePDF opens (the text it
	// yields is held to MaxSize).
	MaxPDFSize = 64 << 20
	// maxPDFPages is the most pages read; the rest are left out.
	maxPDFPages = 5000
	// maxPDFTreeNodes bounds the walk of the page tree (a damaged tree can
	// loop back on itself).
	maxPDFTreeNodes = 4*maxPDFPages + 64
	// maxPDFTreeDepth is the deepest page tree walked.
	maxPDFTreeDepth = 64
	// maxPDFOps is the most content-stream operators run for one page,
	// forms included.
	maxPDFOps = 2_000_000
	// maxPDFGlyphs is the most glyphs kept for one page.
	maxPDFGlyphs = 200_000
	// pdfTimeLimit is how long decodePDF reads pages before it stops and
	// keeps what it has.
	pdfTimeLimit = 30 * time.Second
)

// Messages for PDFs that yield no text.
const (
	msgPDFScan = "This PDF has no text layer (it is probably a scan): paste the text instead, " +
		"or use a PDF made from a document that has text"
	msgPDFEncrypted = "This PDF is protected by a password or encrypted in a way this reader does not support: " +
		"open it in a PDF viewer, copy the text and paste it here, or use a copy without protection"
	msgPDFUnreadable = "This PDF could not be read (it may be damaged, or use a feature this reader " +
		"does not support): paste the text instead, or save the document as PDF again"
	msgPDFGarbled = "The text in this PDF cannot be decoded (its fonts do not say which letters they draw): " +
		"paste the text instead, or use a PDF made another way"
)

// errPDFStop is panicked inside the content interpreter to abandon a page
// that is over its budget.
var errPDFStop = errors.New("pdf: over budget")

// decodePDF turns a PDF file with a text layer into a Doc: the text of
// every page in reading order, without running headers, footers and page
// numbers, with the lines of a paragraph joined (hyphenated line ends
// undone) and paragraphs separated by a blank line. The title and author
// come from the document information dictionary, else the title is the
// first heading or line; headings are lines set in a larger type than the
// body. The text is held to MaxSize (the rest is left out, with a Notice),
// the file to MaxPDFSize, the pages to 5,000 and the time to about 30
// seconds.
//
// The error wraps ErrEmpty for a PDF without text (a scan), ErrTooLarge
// for a file over MaxPDFSize, and ErrBinary for a file that cannot be read
// (damaged, encrypted, or text in fonts without a Unicode mapping); its
// message says what to do instead.
func decodePDF(name string, data []byte) (Doc, error) {
	if len(data) > MaxPDFSize {
		what := "This PDF"
		if name != "" {
			what = name
		}
		return Doc{}, &refusal{ErrTooLarge, fmt.Sprintf("%s is too large to open: %s; the limit for a PDF is %s",
			what, megabytes(len(data)), megabytes(MaxPDFSize))}
	}
	r, err := openPDF(data)
	if err != nil {
		if pdfEncryptionError(err, data) {
			return Doc{}, &refusal{ErrBinary, msgPDFEncrypted}
		}
		return Doc{}, &refusal{ErrBinary, msgPDFUnreadable}
	}
	deadline := time.Now().Add(pdfTimeLimit)
	x := &pdfExtractor{deadline: deadline, fonts: map[string]*pdfFont{}}
	pages, total, err := pdfPages(r)
	if err != nil || len(pages) == 0 {
		if err == nil && total == 0 {
			return Doc{}, &refusal{ErrEmpty, "This PDF has no pages"}
		}
		return Doc{}, &refusal{ErrBinary, msgPDFUnreadable}
	}
	var notes []string
	if total > len(pages) {
		notes = append(notes, fmt.Sprintf("Only the first %d of its %d pages were read.", len(pages), total))
	}
	var laid []pdfPageLines
	failed, size := 0, 0
	for i, p := range pages {
		if time.Now().After(deadline) {
			notes = append(notes, fmt.Sprintf("Reading stopped after page %d of %d: it took too long.", i, len(pages)))
			break
		}
		if size > MaxSize+MaxSize/4 { // some slack for the headers and footers left out
			notes = append(notes, fmt.Sprintf("Only the first %d pages were read: the text reached the %s limit.",
				i, megabytes(MaxSize)))
			break
		}
		glyphs, err := x.page(p)
		if err != nil {
			failed++
			if errors.Is(err, errPDFStop) && time.Now().After(deadline) {
				notes = append(notes, fmt.Sprintf("Reading stopped at page %d of %d: it took too long.", i+1, len(pages)))
				break
			}
			continue
		}
		lines := layoutPage(glyphs)
		for _, l := range lines {
			size += len(l.text) + 1
		}
		laid = append(laid, pdfPageLines{lines: lines})
	}
	if failed > 0 && failed == len(pages) {
		return Doc{}, &refusal{ErrBinary, msgPDFUnreadable}
	}
	if failed > 0 {
		notes = append(notes, fmt.Sprintf("%d pages could not be read and were left out.", failed))
	}
	res := assemblePDF(laid)
	if strings.TrimSpace(res.text) == "" {
		return Doc{}, &refusal{ErrEmpty, msgPDFScan}
	}
	if pdfGarbled(res.text) {
		return Doc{}, &refusal{ErrBinary, msgPDFGarbled}
	}
	if res.dropped {
		notes = append(notes, "Running headers, footers and page numbers were left out.")
	}
	if res.cut {
		notes = append(notes, fmt.Sprintf("The text was cut at the %s limit.", megabytes(MaxSize)))
	}
	info := pdfInfo(r)
	heading := info.title
	if heading == "" && len(res.headings) > 0 {
		heading = res.text[res.headings[0]:pdfLineEnd(res.text, res.headings[0])]
	}
	return Doc{
		Title:    pickTitle(heading, res.text, name),
		Text:     res.text,
		Headings: res.headings,
		Lang:     info.lang,
		Author:   info.author,
		Notice:   strings.Join(notes, " "),
	}, nil
}

// pdfLineEnd returns the index of the end of the line that starts at i.
func pdfLineEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s)
}

// openPDF opens data with the library, turning its panics into errors. A
// PDF 2.0 header, or one followed by a space, is shown to the library as
// PDF 1.7 (the library checks for 1.0 to 1.7), and bytes after the last
// %%EOF are cut off (the library looks for it at the very end).
func openPDF(data []byte) (r *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, fmt.Errorf("malformed PDF: %v", x)
		}
	}()
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, errors.New("not a PDF file: invalid header")
	}
	if i := bytes.LastIndex(data, []byte("%%EOF")); i >= 0 {
		data = data[:i+5]
	}
	if err := pdfSane(data); err != nil {
		return nil, err
	}
	ra := &pdfHeaderFix{data: data, budget: 16*int64(len(data)) + 4<<20, deadline: time.Now().Add(pdfTimeLimit)}
	if len(data) >= 10 {
		ra.fixed = true
		copy(ra.head[:], data[:9])
		v, after := data[7], data[8]
		if data[5] != '1' || v < '0' || v > '7' {
			copy(ra.head[5:8], "1.7")
		}
		if after != '\r' && after != '\n' {
			ra.head[8] = '\n'
		}
	}
	r, err = pdf.NewReader(ra, int64(len(data)))
	ra.budget = math.MaxInt64 // reading the pages is bounded by time
	return r, err
}

// pdfHeaderFix is data with its first 9 bytes replaced by head (when
// fixed). It panics with errPDFStop past the deadline, or when it has read
// budget bytes (opening the file reads the cross-reference sections: a
// few times the file at most): the library follows /Prev and /Extends
// chains without checking for loops.
type pdfHeaderFix struct {
	data     []byte
	head     [9]byte
	fixed    bool
	budget   int64
	deadline time.Time
	reads    int
}

func (f *pdfHeaderFix) ReadAt(p []byte, off int64) (int, error) {
	f.budget -= int64(len(p))
	f.reads++
	if f.budget < 0 || f.reads&0xff == 0 && time.Now().After(f.deadline) {
		panic(errPDFStop)
	}
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	if off >= int64(len(f.data)) {
		return 0, io.EOF
	}
	n := copy(p, f.data[off:])
	if f.fixed {
		for i := off; i < int64(len(f.head)) && i-off < int64(n); i++ {
			p[i-off] = f.head[i]
		}
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// pdfSizeKeys are the dictionary keys whose numbers the library allocates
// by, and pdfSane's bound for each (0: bounded by the file's size).
var pdfSizeKeys = []struct {
	key   string
	bound int64
}{{"/Size", 0}, {"/Columns", 1 << 16}, {"/W", 16}, {"/Index", 0}}

// pdfSane refuses a file whose cross-reference numbers would make the
// library allocate far more than the file could need (it sizes tables by
// /Size, /Index and xref subsection numbers, buffers by /W and /Columns,
// before checking them): every integer after those keys, and in the first
// subsection of each xref table, is bounded.
func pdfSane(data []byte) error {
	objects := int64(len(data))/2 + 1<<16
	number := func(b []byte) (int64, int) {
		i := 0
		for i < len(b) && (b[i] == ' ' || b[i] == '\r' || b[i] == '\n' || b[i] == '\t' || b[i] == '[') {
			i++
		}
		j := i
		var v int64
		for j < len(b) && j-i < 19 && b[j] >= '0' && b[j] <= '9' {
			v = v*10 + int64(b[j]-'0')
			j++
		}
		if j == i {
			return -1, j
		}
		return v, j
	}
	for _, k := range pdfSizeKeys {
		bound := k.bound
		if bound == 0 {
			bound = objects
		}
		for rest := data; ; {
			i := bytes.Index(rest, []byte(k.key))
			if i < 0 {
				break
			}
			rest = rest[i+len(k.key):]
			if len(rest) > 0 && (rest[0] >= 'a' && rest[0] <= 'z' || rest[0] >= 'A' && rest[0] <= 'Z') {
				continue // a longer name: /Sizes, /Width
			}
			// An array (/W, /Index) is checked up to its fourth number;
			// a /W that is not three numbers is a font's widths.
			at := rest
			var vs []int64
			for len(vs) < 4 {
				v, j := number(at)
				if v < 0 {
					break
				}
				vs = append(vs, v)
				at = at[j:]
			}
			if k.key == "/W" && (len(vs) != 3 || !bytes.HasPrefix(bytes.TrimLeft(at, " \r\n\t"), []byte("]"))) {
				continue
			}
			for _, v := range vs {
				if v > bound {
					return fmt.Errorf("malformed PDF: %s %d", k.key, v)
				}
			}
		}
	}
	for rest := data; ; {
		i := bytes.Index(rest, []byte("xref"))
		if i < 0 {
			break
		}
		rest = rest[i+4:]
		start, j := number(rest)
		count, _ := number(rest[j:])
		if start >= 0 && count >= 0 && start+count > objects {
			return fmt.Errorf("malformed PDF: xref subsection %d %d", start, count)
		}
	}
	return nil
}

// pdfEncryptionError reports whether opening failed because of encryption.
func pdfEncryptionError(err error, data []byte) bool {
	if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(strings.ToLower(err.Error()), "encrypt") {
		return true
	}
	tail := data[max(0, len(data)-4096):]
	return bytes.Contains(tail, []byte("/Encrypt"))
}

// pdfPage is a page dictionary with the resources it inherits.
type pdfPage struct {
	v, res pdf.Value
}

// pdfPages walks the page tree, returning at most maxPDFPages pages in
// order and the number of pages the document says it has (at least the
// number found).
func pdfPages(r *pdf.Reader) (pages []pdfPage, total int, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("malformed page tree: %v", x)
		}
	}()
	root := r.Trailer().Key("Root").Key("Pages")
	total = int(root.Key("Count").Int64())
	nodes := 0
	var walk func(node, res pdf.Value, depth int)
	walk = func(node, res pdf.Value, depth int) {
		if depth > maxPDFTreeDepth || nodes >= maxPDFTreeNodes || len(pages) >= maxPDFPages || node.Kind() != pdf.Dict {
			return
		}
		nodes++
		if rs := node.Key("Resources"); rs.Kind() == pdf.Dict {
			res = rs
		}
		kids := node.Key("Kids")
		if node.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			pages = append(pages, pdfPage{node, res})
			return
		}
		for i := 0; i < kids.Len() && len(pages) < maxPDFPages && nodes < maxPDFTreeNodes; i++ {
			walk(kids.Index(i), res, depth+1)
		}
	}
	walk(root, pdf.Value{}, 0)
	if len(pages) >= maxPDFPages && total <= len(pages) {
		total = len(pages) + 1 // at least one more, uncounted
	}
	total = max(total, len(pages))
	return pages, total, nil
}

// pdfMeta is what the document says about itself.
type pdfMeta struct {
	title, author, lang string
}

// pdfInfo reads the title and author from the document information
// dictionary and the language from the catalog. Titles that are only a
// file name or a placeholder are ignored; a word processor's prefix such
// as "Microsoft Word - " is dropped.
func pdfInfo(r *pdf.Reader) (m pdfMeta) {
	defer func() { _ = recover() }()
	info := r.Trailer().Key("Info")
	clean := func(s string) string {
		s = strings.Join(strings.Fields(strings.ToValidUTF8(strings.ReplaceAll(s, "\x00", ""), "")), " ")
		if len(s) > 1000 {
			s = s[:1000]
		}
		return strings.ToValidUTF8(s, "")
	}
	m.title = clean(info.Key("Title").Text())
	for _, p := range []string{"Microsoft Word - ", "Microsoft PowerPoint - "} {
		m.title = strings.TrimPrefix(m.title, p)
	}
	low := strings.ToLower(m.title)
	for _, ext := range []string{".doc", ".docx", ".odt", ".rtf", ".txt", ".tex", ".dvi", ".indd", ".pdf", ".html", ".htm", ".ps"} {
		if strings.HasSuffix(low, ext) {
			m.title, low = "", ""
		}
	}
	switch low {
	case "untitled", "untitled document", "title", "document", "microsoft word", "slide 1":
		m.title = ""
	}
	m.author = clean(info.Key("Author").Text())
	m.lang = clean(r.Trailer().Key("Root").Key("Lang").Text())
	if len(m.lang) > 35 || strings.ContainsAny(m.lang, " _") {
		m.lang = ""
	}
	return m
}
