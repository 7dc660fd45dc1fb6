package textin

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfPageLines is the lines of one page in reading order.
type pdfPageLines struct {
	lines []pdfLine
}

// pdfResult is the text assembled from the pages.
type pdfResult struct {
	text     string
	headings []int // byte offsets of heading paragraphs in text
	dropped  bool  // running headers, footers or page numbers were left out
	cut      bool  // the text was cut at MaxSize
}

// pdfAt is a line in the text stream, with where it stands.
type pdfAt struct {
	pdfLine
	page int
}

// assemblePDF drops the running headers, footers and page numbers of the
// pages and joins their lines into paragraphs.
func assemblePDF(pages []pdfPageLines) pdfResult {
	var res pdfResult
	res.dropped = dropPDFFurniture(pages)
	var stream []pdfAt
	for i, p := range pages {
		for _, l := range p.lines {
			if strings.TrimSpace(l.text) != "" {
				stream = append(stream, pdfAt{l, i})
			}
		}
	}
	if len(stream) == 0 {
		return res
	}
	lay := pdfMeasure(stream)
	words := pdfWords(stream)

	var b strings.Builder
	var para strings.Builder
	paraHeading := false
	flush := func() {
		t := strings.Join(strings.Fields(para.String()), " ")
		para.Reset()
		if t == "" || res.cut {
			return
		}
		if b.Len()+len(t)+2 > MaxSize {
			res.cut = true
			room := MaxSize - b.Len() - 2
			if room < 1000 {
				return
			}
			t = strings.ToValidUTF8(t[:room], "")
			if sp := strings.LastIndexByte(t, ' '); sp > room/2 {
				t = t[:sp]
			}
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		if paraHeading {
			res.headings = append(res.headings, b.Len())
		}
		b.WriteString(t)
	}
	for i, l := range stream {
		heading := lay.heading(l)
		if i == 0 || heading != paraHeading || lay.breaks(stream[i-1], l) {
			flush()
			paraHeading = heading
			para.WriteString(l.text)
			continue
		}
		pdfJoin(&para, l.text, words)
	}
	flush()
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	res.text = b.String()
	return res
}

// pdfLayout is what the paragraph breaks are measured against.
type pdfLayout struct {
	body    float64               // the body text's font size
	spacing float64               // the body text's line spacing (baseline to baseline), 0 when unknown
	margins map[[2]int][2]float64 // left and right margin of each page's column
	docMar  [3][2]float64         // the same over all pages, by column
}

// pdfMeasure finds the body font size (the size most characters are set
// in), the usual line spacing and the margins of each page's columns.
func pdfMeasure(stream []pdfAt) pdfLayout {
	lay := pdfLayout{margins: map[[2]int][2]float64{}}
	bySize := map[float64]int{}
	for _, l := range stream {
		bySize[math.Round(l.size*2)/2] += len(l.text)
	}
	most := 0
	for s, n := range bySize {
		if n > most || n == most && s < lay.body {
			lay.body, most = s, n
		}
	}
	lay.body = max(lay.body, 1)
	var gaps []float64
	for i := 1; i < len(stream); i++ {
		a, b := stream[i-1], stream[i]
		if a.page == b.page && a.col == b.col && lay.isBody(a.pdfLine) && lay.isBody(b.pdfLine) {
			if g := a.y - b.y; g > 0.5*lay.body && g < 3*lay.body {
				gaps = append(gaps, g)
			}
		}
	}
	if len(gaps) >= 3 {
		slices.Sort(gaps)
		lay.spacing = gaps[len(gaps)/2]
	}
	// Margins: where body lines start, not counting indented first lines,
	// and where they end, not counting short last lines.
	type key = [2]int
	lefts, rights := map[key]map[int]int{}, map[key]map[int]int{}
	docLefts, docRights := [3]map[int]int{{}, {}, {}}, [3]map[int]int{{}, {}, {}}
	for _, l := range stream {
		if !lay.isBody(l.pdfLine) {
			continue
		}
		k := key{l.page, l.col}
		if lefts[k] == nil {
			lefts[k], rights[k] = map[int]int{}, map[int]int{}
		}
		x0, x1 := int(math.Round(l.x0)), int(math.Round(l.x1))
		lefts[k][x0]++
		rights[k][x1]++
		docLefts[l.col][x0]++
		docRights[l.col][x1]++
	}
	for c := range 3 {
		l, _ := pdfEdge(docLefts[c], false)
		r, _ := pdfEdge(docRights[c], true)
		lay.docMar[c] = [2]float64{l, r}
	}
	for k, m := range lefts {
		if l, all := pdfEdge(m, false); all >= 5 {
			r, _ := pdfEdge(rights[k], true)
			lay.margins[k] = [2]float64{l, r}
		}
	}
	return lay
}

// pdfEdge returns the leftmost (or, when right is set, rightmost) of the x
// positions counted in m that two lines share (within a point; a stray
// line further out is not the margin), else the outermost one, and how
// many lines were counted.
func pdfEdge(m map[int]int, right bool) (float64, int) {
	xs := make([]int, 0, len(m))
	all := 0
	for x, c := range m {
		xs = append(xs, x)
		all += c
	}
	if len(xs) == 0 {
		return 0, 0
	}
	slices.Sort(xs)
	if right {
		slices.Reverse(xs)
	}
	for i, x := range xs {
		n := m[x]
		if i+1 < len(xs) && pdfAbs(xs[i+1]-x) <= 1 {
			n += m[xs[i+1]]
		}
		if n >= 2 {
			return float64(x), all
		}
	}
	return float64(xs[0]), all
}

func pdfAbs(x int) int { return max(x, -x) }

// isBody reports whether l is set in about the body size.
func (lay pdfLayout) isBody(l pdfLine) bool {
	return math.Abs(l.size-lay.body) <= 0.1*lay.body
}

// heading reports whether l is set in a larger type than the body.
func (lay pdfLayout) heading(l pdfAt) bool {
	return l.size >= 1.15*lay.body && utf8.RuneCountInString(l.text) <= 200
}

// margin returns the left and right margin of l's column.
func (lay pdfLayout) margin(l pdfAt) (float64, float64) {
	if m, ok := lay.margins[[2]int{l.page, l.col}]; ok {
		return m[0], m[1]
	}
	m := lay.docMar[l.col]
	return m[0], m[1]
}

// breaks reports whether a new paragraph starts at line b, after line a:
// b is indented or set in another size, a wider gap than the line spacing
// comes before it (on the same page and column), or a ends short of the
// right margin with the end of a sentence.
func (lay pdfLayout) breaks(a, b pdfAt) bool {
	size := max(b.size, 1)
	if math.Abs(a.size-b.size) > 0.15*lay.body {
		return true
	}
	left, _ := lay.margin(b)
	if b.x0-left > 0.8*size {
		return true
	}
	if a.col != b.col && (a.col == 2 || b.col == 2) { // a line across both columns
		return true
	}
	sameColumn := a.page == b.page && a.col == b.col
	if sameColumn && lay.spacing > 0 && a.y-b.y > 1.4*lay.spacing {
		return true
	}
	if sameColumn && b.y > a.y+0.5*size { // went back up: a new block
		return true
	}
	aLeft, aRight := lay.margin(a)
	short := a.x1 < aRight-max(0.1*(aRight-aLeft), 2*size)
	return short && pdfEndsSentence(a.text)
}

// pdfEndsSentence reports whether s ends with a sentence's final
// punctuation, maybe followed by closing quotes or brackets.
func pdfEndsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune("\"'”’»)]*", r) || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:…", r)
}

// pdfWords is the set of words (lowercase) in the text, hyphenated ones
// with their hyphen, for telling a hyphenated line end's joined word.
func pdfWords(stream []pdfAt) map[string]bool {
	words := map[string]bool{}
	broken := false // the line before ended with a hyphenated word
	for _, l := range stream {
		f := strings.Fields(l.text)
		for i, w := range f {
			if i == len(f)-1 && pdfHyphenEnd(w) || i == 0 && broken {
				continue
			}
			w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
			if w != "" && len(words) < 1<<20 {
				words[w] = true
			}
		}
		broken = len(f) > 0 && pdfHyphenEnd(f[len(f)-1])
	}
	return words
}

// pdfHyphenEnd reports whether the word w ends with a hyphen after a letter.
func pdfHyphenEnd(w string) bool {
	r, n := utf8.DecodeLastRuneInString(w)
	if r != '-' && r != '\u2010' && r != '\u00ad' {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
	return unicode.IsLetter(p)
}

// pdfJoin appends the line next to the paragraph para. A word hyphenated
// across the line end is joined: without its hyphen when the joined word
// occurs in the text, or when it does not occur hyphenated, does not
// start like a compound ("well-", "twenty-") and goes on in lowercase (a
// typesetter's hyphenation); with its hyphen otherwise (a compound such as
// "well-bred" or "Anglo-Saxon"). A dash at the end of a line is joined
// without a space.
func pdfJoin(para *strings.Builder, next string, words map[string]bool) {
	cur := para.String()
	cur = strings.TrimRightFunc(cur, unicode.IsSpace)
	lastSpace := strings.LastIndexFunc(cur, unicode.IsSpace)
	last := cur[lastSpace+1:]
	first, _, _ := strings.Cut(strings.TrimLeftFunc(next, unicode.IsSpace), " ")
	nr, _ := utf8.DecodeRuneInString(first)
	switch {
	case pdfHyphenEnd(last) && unicode.IsLetter(nr):
		r, n := utf8.DecodeLastRuneInString(last)
		stem := pdfWordTail(last[:len(last)-n])
		head := pdfWordHead(first)
		joined := strings.ToLower(stem + head)
		keep := false
		switch {
		case r == '\u00ad':
		case words[joined]:
		case words[strings.ToLower(stem+"-"+head)]:
			keep = true
		case pdfCompoundStart[strings.ToLower(stem)] && (len(stem) > 3 || words[strings.ToLower(head)]):
			keep = true // "well-bred", "twenty-seven", "ill-used"
		case !unicode.IsLower(nr):
			keep = true
		}
		para.Reset()
		if keep {
			para.WriteString(cur)
		} else {
			para.WriteString(cur[:len(cur)-n])
		}
		para.WriteString(strings.TrimLeftFunc(next, unicode.IsSpace))
	case pdfDashEnd(last) && unicode.IsLetter(nr):
		para.WriteString(strings.TrimLeftFunc(next, unicode.IsSpace))
	default:
		para.WriteByte(' ')
		para.WriteString(next)
	}
}

// pdfCompoundStart holds words that often start a hyphenated compound
// ("well-bred", "self-evident", "twenty-seven"): a line end after one of
// them keeps its hyphen (after a short one, only when what follows is a
// word of the text).
var pdfCompoundStart = map[string]bool{
	"well": true, "ill": true, "self": true, "half": true, "ex": true, "non": true, "pre": true,
	"all": true, "so": true, "low": true, "high": true, "old": true, "new": true, "long": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true,
	"eighty": true, "ninety": true, "first": true, "second": true, "third": true,
}

// pdfDashEnd reports whether the word w ends with a dash ("—", "–" or
// "--") after a letter or punctuation.
func pdfDashEnd(w string) bool {
	for _, d := range []string{"—", "–", "--"} {
		if rest, ok := strings.CutSuffix(w, d); ok && rest != "" && !strings.HasSuffix(rest, "-") {
			return true
		}
	}
	return false
}

// pdfWordTail returns the letters at the end of s; pdfWordHead those at
// its start.
func pdfWordTail(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

func pdfWordHead(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// pdfPageNumberRE matches a line that is only a page number: "12", "- 12 -",
// "[12]", "Page 12", "12 of 30", "12/30", "p. 12", or a Roman numeral.
var pdfPageNumberRE = regexp.MustCompile(`(?i)^[\s\-–—\[(|]*(?:(?:page|p\.|pg\.?|seite|página|pagina|strona|стр\.?)\s*)?(\d{1,5}|m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))(?:\s*(?:/|of|von|de|di|из|z)\s*\d{1,5})?[\s\-–—\])|.]*$`)

// pdfIsPageNumber reports whether the line s is only a page number.
func pdfIsPageNumber(s string) bool {
	m := pdfPageNumberRE.FindStringSubmatch(s)
	return m != nil && m[1] != ""
}

// dropPDFFurniture removes running headers and footers (a line at the top
// or bottom of the page whose text, with digits ignored, recurs in the same
// place and size on several pages) and page numbers (a lone number at the
// very top or bottom). Up to two lines are taken from the top and from the
// bottom of each page, from the edge inwards, stopping at the first that is
// neither. It reports whether it removed any.
func dropPDFFurniture(pages []pdfPageLines) bool {
	type key struct {
		text string
		size int
		y    int
		top  bool
	}
	keyOf := func(l pdfLine, top bool, dy int) key {
		t := strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return '#'
			}
			return unicode.ToLower(r)
		}, l.text)
		return key{strings.Join(strings.Fields(t), " "), int(math.Round(l.size)), int(math.Round(l.y/4)) + dy, top}
	}
	// zone returns the indices of the lines on the outermost two
	// baselines at one end of a page, outermost first.
	zone := func(lines []pdfLine, top bool) [][]int {
		idx := make([]int, len(lines))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int {
			if top {
				return cmp.Compare(lines[b].y, lines[a].y)
			}
			return cmp.Compare(lines[a].y, lines[b].y)
		})
		var groups [][]int
		for _, i := range idx {
			if n := len(groups); n > 0 && math.Abs(lines[groups[n-1][0]].y-lines[i].y) < 1 {
				groups[n-1] = append(groups[n-1], i)
				continue
			}
			if len(groups) == 2 {
				break
			}
			groups = append(groups, []int{i})
		}
		return groups
	}
	counts := map[key]int{}
	for _, p := range pages {
		seen := map[key]bool{}
		for _, top := range []bool{true, false} {
			for _, g := range zone(p.lines, top) {
				for _, i := range g {
					k := keyOf(p.lines[i], top, 0)
					if !seen[k] {
						seen[k] = true
						counts[k]++
					}
				}
			}
		}
	}
	n := 0
	for _, p := range pages {
		if len(p.lines) > 0 {
			n++
		}
	}
	body := pdfBodySize(pages)
	// A line recurs when it is on two fifths of the pages, or, on the
	// outermost baseline and no larger than the body text, on three (a
	// chapter's running title); a chapter heading that starts each of a few
	// pages is larger.
	recurs := func(l pdfLine, top, outer bool) bool {
		c := counts[keyOf(l, top, -1)] + counts[keyOf(l, top, 0)] + counts[keyOf(l, top, 1)]
		return c >= 2 && 5*c >= 2*n || c >= 3 && outer && l.size <= 1.05*body
	}
	dropped := false
	for pi := range pages {
		lines := pages[pi].lines
		drop := map[int]bool{}
		for _, top := range []bool{true, false} {
			for gi, g := range zone(lines, top) {
				all := true
				for _, i := range g {
					l := lines[i]
					// A page number is on the outermost baseline, or
					// next to a running header or footer.
					if !recurs(l, top, gi == 0) && !pdfIsPageNumber(l.text) {
						all = false
						break
					}
				}
				if !all {
					break
				}
				for _, i := range g {
					drop[i] = true
				}
			}
		}
		if len(drop) == 0 {
			continue
		}
		kept := lines[:0:0]
		for i, l := range lines {
			if !drop[i] {
				kept = append(kept, l)
			}
		}
		pages[pi].lines = kept
		dropped = true
	}
	return dropped
}

// pdfBodySize returns the font size most characters are set in.
func pdfBodySize(pages []pdfPageLines) float64 {
	bySize := map[float64]int{}
	for _, p := range pages {
		for _, l := range p.lines {
			bySize[math.Round(l.size*2)/2] += len(l.text)
		}
	}
	body, most := 0.0, 0
	for s, n := range bySize {
		if n > most || n == most && s < body {
			body, most = s, n
		}
	}
	return body
}
