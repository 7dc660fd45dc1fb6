package textin

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// The library's own Page.Content places glyphs by the /Widths of simple
// fonts only (the glyphs of a Type0 font, as Word and Chrome write them,
// all land on one spot), parses a font's CMap again at every font change,
// reads no form XObjects and panics on malformed operators. So the
// content stream is run here, with the library's tokenizer (pdf.Interpret),
// objects and font encodings.

// pdfGlyph is one glyph drawn on a page, in page space (points, y up).
type pdfGlyph struct {
	x, y float64 // origin of the glyph on the baseline
	w    float64 // advance width
	size float64 // font size
	s    string  // the text it stands for
}

// pdfMatrix is an affine transform [a b c d e f], mapping (x, y) to
// (a·x + c·y + e, b·x + d·y + f).
type pdfMatrix [6]float64

var pdfIdentity = pdfMatrix{1, 0, 0, 1, 0, 0}

// mul returns m followed by n.
func (m pdfMatrix) mul(n pdfMatrix) pdfMatrix {
	return pdfMatrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// pdfFont is what the interpreter needs of a font.
type pdfFont struct {
	enc     pdf.TextEncoding
	twoByte bool              // codes are two bytes (Type0 fonts)
	first   int               // first code in widths
	widths  []float64         // widths of simple fonts from first, in glyph units
	cidW    map[int]float64   // widths of Type0 fonts by CID
	dw      float64           // width when none is given
	scale   float64           // glyph units to text space (1/1000, or a Type3 font's matrix)
	decoded map[string]string // code → text, filled as codes are met
}

// maxPDFCodes bounds a font's decoded-code cache and its CID width table.
const maxPDFCodes = 1 << 16

// width returns the width of code in text space units per unit font size.
func (f *pdfFont) width(code int) float64 {
	w := f.dw
	if f.cidW != nil {
		if v, ok := f.cidW[code]; ok {
			w = v
		}
	} else if i := code - f.first; i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		w = f.widths[i]
	}
	return w * f.scale
}

// text returns the Unicode text of one code.
func (f *pdfFont) text(code string) string {
	if s, ok := f.decoded[code]; ok {
		return s
	}
	s := pdfCleanGlyph(f.enc.Decode(code))
	if len(f.decoded) < maxPDFCodes {
		f.decoded[code] = s
	}
	return s
}

// pdfCleanGlyph makes the text of a glyph plain: ligatures are spelled out,
// no-break spaces become spaces, control characters and invalid bytes are
// dropped (a font without a Unicode mapping yields its raw codes).
func pdfCleanGlyph(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "") {
		switch {
		case r >= 0xFB00 && r <= 0xFB06:
			b.WriteString([]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}[r-0xFB00])
		case r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r >= 0x7f && r < 0xa0 || r == '\ufeff' || r == '\u200b':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pdfExtractor reads pages; it keeps the fonts it has loaded, by their
// dictionary's text (which names the objects it refers to), so that a
// font shared by many pages is loaded once.
type pdfExtractor struct {
	deadline time.Time
	fonts    map[string]*pdfFont
	buf      []pdfGlyph // the last page's glyphs, reused
}

// pdfState is the graphics and text state the interpreter tracks.
type pdfState struct {
	ctm                     pdfMatrix
	tc, tw, th, tl, tfs, tr float64
	font                    *pdfFont
}

// pdfRun is the state of one page's interpretation.
type pdfRun struct {
	x      *pdfExtractor
	ops    int
	glyphs []pdfGlyph
}

// page returns the glyphs of a page in the order they are drawn, in a
// buffer that the next call reuses. A panic in the library or the
// interpreter becomes an error; a page over its budget returns errPDFStop.
func (x *pdfExtractor) page(p pdfPage) (glyphs []pdfGlyph, err error) {
	run := &pdfRun{x: x, glyphs: x.buf[:0]}
	defer func() {
		x.buf = run.glyphs[:0]
		if v := recover(); v != nil {
			glyphs = nil
			if v == errPDFStop {
				err = errPDFStop
			} else {
				err = fmt.Errorf("pdf page: %v", v)
			}
		}
	}()
	contents := p.v.Key("Contents")
	if contents.Kind() != pdf.Stream && contents.Kind() != pdf.Array {
		return nil, nil
	}
	st := pdfState{ctm: pdfIdentity, th: 1}
	run.content(contents, p.res, st, 0)
	return run.glyphs, nil
}

// maxPDFFormDepth is how deeply forms may draw forms.
const maxPDFFormDepth = 8

// content runs one content stream (a page's or a form's) with resources res.
func (run *pdfRun) content(strm, res pdf.Value, st pdfState, depth int) {
	var tm, tlm pdfMatrix
	var stack []pdfState
	fonts := map[string]*pdfFont{}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		run.ops++
		if run.ops > maxPDFOps || run.ops&0xfff == 0 && time.Now().After(run.x.deadline) {
			panic(errPDFStop)
		}
		n := stk.Len()
		if n > 64 { // no operator takes that many: drop the junk
			for ; n > 0; n-- {
				stk.Pop()
			}
			return
		}
		var argv [64]pdf.Value
		args := argv[:n]
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 { return args[i].Float64() }
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, st)
			}
		case "Q":
			if len(stack) > 0 {
				st = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if n == 6 {
				st.ctm = pdfMatrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(st.ctm)
			}
		case "BT":
			tm, tlm = pdfIdentity, pdfIdentity
		case "Tc":
			if n == 1 {
				st.tc = num(0)
			}
		case "Tw":
			if n == 1 {
				st.tw = num(0)
			}
		case "Tz":
			if n == 1 {
				st.th = num(0) / 100
			}
		case "TL":
			if n == 1 {
				st.tl = num(0)
			}
		case "Ts":
			if n == 1 {
				st.tr = num(0)
			}
		case "Tf":
			if n == 2 {
				st.font = run.font(res, args[0].Name(), fonts)
				st.tfs = num(1)
			}
		case "Td", "TD":
			if n == 2 {
				if op == "TD" {
					st.tl = -num(1)
				}
				tlm = pdfMatrix{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
				tm = tlm
			}
		case "Tm":
			if n == 6 {
				tlm = pdfMatrix{num(0), num(1), num(2), num(3), num(4), num(5)}
				tm = tlm
			}
		case "T*":
			tlm = pdfMatrix{1, 0, 0, 1, 0, -st.tl}.mul(tlm)
			tm = tlm
		case "Tj", "'", "\"":
			if n == 0 {
				return
			}
			if op == "\"" && n == 3 {
				st.tw, st.tc = num(0), num(1)
			}
			if op != "Tj" {
				tlm = pdfMatrix{1, 0, 0, 1, 0, -st.tl}.mul(tlm)
				tm = tlm
			}
			run.show(args[n-1].RawString(), &st, &tm)
		case "TJ":
			if n != 1 || args[0].Kind() != pdf.Array {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				v := a.Index(i)
				if v.Kind() == pdf.String {
					run.show(v.RawString(), &st, &tm)
				} else {
					tx := -v.Float64() / 1000 * st.tfs * st.th
					tm = pdfMatrix{1, 0, 0, 1, tx, 0}.mul(tm)
				}
			}
		case "Do":
			if n == 1 && depth < maxPDFFormDepth {
				run.form(res, args[0].Name(), st, depth)
			}
		}
	})
}

// form draws the form XObject called name, if it is one.
func (run *pdfRun) form(res pdf.Value, name string, st pdfState, depth int) {
	xo := res.Key("XObject").Key(name)
	if xo.Kind() != pdf.Stream || xo.Key("Subtype").Name() != "Form" {
		return
	}
	if m := xo.Key("Matrix"); m.Kind() == pdf.Array && m.Len() == 6 {
		var fm pdfMatrix
		for i := range fm {
			fm[i] = m.Index(i).Float64()
		}
		st.ctm = fm.mul(st.ctm)
	}
	fres := xo.Key("Resources")
	if fres.Kind() != pdf.Dict {
		fres = res
	}
	run.content(xo, fres, st, depth+1)
}

// show draws the string s with the current font, moving the text matrix.
func (run *pdfRun) show(s string, st *pdfState, tm *pdfMatrix) {
	f := st.font
	if f == nil {
		return
	}
	for i := 0; i < len(s); {
		n := 1
		if f.twoByte && i+1 < len(s) {
			n = 2
		}
		code := s[i : i+n]
		i += n
		cid := int(code[0])
		if n == 2 {
			cid = cid<<8 | int(code[1])
		}
		w0 := f.width(cid)
		trm := pdfMatrix{st.tfs * st.th, 0, 0, st.tfs, 0, st.tr}.mul(*tm).mul(st.ctm)
		// Only upright text is kept: rotated or mirrored text (a margin
		// note, a stamp) would break the lines it crosses.
		if trm[0] > 0 && math.Abs(trm[1]) <= 0.05*trm[0] && math.Abs(trm[2]) <= 0.05*trm[0] && trm[3] > 0 {
			if len(run.glyphs) < maxPDFGlyphs {
				if t := f.text(code); t != "" {
					run.glyphs = append(run.glyphs, pdfGlyph{x: trm[4], y: trm[5], w: w0 * trm[0], size: trm[3], s: t})
				}
			}
		}
		tx := w0*st.tfs + st.tc
		if n == 1 && code[0] == ' ' {
			tx += st.tw
		}
		*tm = pdfMatrix{1, 0, 0, 1, tx * st.th, 0}.mul(*tm)
	}
}

// font returns the font called name in res, loading it the first time.
func (run *pdfRun) font(res pdf.Value, name string, local map[string]*pdfFont) *pdfFont {
	if f, ok := local[name]; ok {
		return f
	}
	fv := res.Key("Font").Key(name)
	var f *pdfFont
	if fv.Kind() == pdf.Dict {
		key := fv.String()
		if f = run.x.fonts[key]; f == nil {
			f = loadPDFFont(fv)
			if len(run.x.fonts) < 4096 {
				run.x.fonts[key] = f
			}
		}
	}
	local[name] = f
	return f
}

// loadPDFFont reads what pdfFont needs from a font dictionary; when the
// library fails on its encoding, codes are read as Latin-1.
func loadPDFFont(fv pdf.Value) *pdfFont {
	f := &pdfFont{scale: 0.001, dw: 500, decoded: map[string]string{}}
	func() {
		defer func() {
			if recover() != nil {
				f.enc = pdfLatin1{}
			}
		}()
		lf := pdf.Font{V: fv}
		f.enc = lf.Encoder()
	}()
	if f.enc == nil {
		f.enc = pdfLatin1{}
	}
	switch fv.Key("Subtype").Name() {
	case "Type0":
		f.twoByte = true
		f.dw = 1000
		desc := fv.Key("DescendantFonts").Index(0)
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = pdfCIDWidths(desc.Key("W"))
		return f
	case "Type3":
		if m := fv.Key("FontMatrix"); m.Len() == 6 && m.Index(0).Float64() > 0 {
			f.scale = m.Index(0).Float64()
		}
	}
	if mw := fv.Key("FontDescriptor").Key("MissingWidth").Float64(); mw > 0 {
		f.dw = mw
	}
	f.first = int(fv.Key("FirstChar").Int64())
	ws := fv.Key("Widths")
	for i := 0; i < ws.Len() && i < 256; i++ {
		f.widths = append(f.widths, ws.Index(i).Float64())
	}
	return f
}

// pdfCIDWidths reads a CIDFont's W array: "c [w1 w2 …]" gives the widths of
// CIDs from c on, "c1 c2 w" one width for CIDs c1 to c2.
func pdfCIDWidths(w pdf.Value) map[int]float64 {
	m := map[int]float64{}
	for i := 0; i+1 < w.Len() && len(m) < maxPDFCodes; {
		c := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(m) < maxPDFCodes; j++ {
				m[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		hi, v := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for c2 := c; c2 <= hi && c2-c < maxPDFCodes && len(m) < maxPDFCodes; c2++ {
			m[c2] = v
		}
		i += 3
	}
	return m
}

// pdfLatin1 reads each code as the Latin-1 character of that number.
type pdfLatin1 struct{}

func (pdfLatin1) Decode(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		b.WriteRune(rune(raw[i]))
	}
	return b.String()
}

// pdfGarbled reports whether text looks like the raw codes of fonts without a
// Unicode mapping: fewer than half of its first 20,000 non-space
// characters are letters or digits, or over a tenth are U+FFFD or
// private-use characters.
func pdfGarbled(text string) bool {
	good, bad, all := 0, 0, 0
	for _, r := range text {
		if all >= 20000 {
			break
		}
		if unicode.IsSpace(r) {
			continue
		}
		all++
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			good++
		case r == utf8.RuneError || unicode.Is(unicode.Co, r):
			bad++
		}
	}
	return all >= 20 && (2*good < all || 10*bad > all)
}
