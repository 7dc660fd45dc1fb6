package textin

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// pdfLine is a line of text on a page.
type pdfLine struct {
	text   string
	x0, x1 float64 // left and right ends
	y      float64 // baseline
	size   float64 // largest font size in the line
	col    int     // column: 0, or 1 for the right one of two, 2 for a line across both
}

// pdfChunk is a run of glyphs drawn one after the other on one baseline
// with no gap as wide as a space: about a word.
type pdfChunk struct {
	b      strings.Builder
	x0, x1 float64
	y      float64
	size   float64
}

// Fractions of the font size.
const (
	pdfWordGap  = 0.12 // a gap this wide between glyphs is a space
	pdfSameLine = 0.45 // baselines this close are one line
)

// layoutPage turns a page's glyphs into lines in reading order: glyphs
// become word chunks, chunks on one baseline become a line, sorted left to
// right; lines run top to bottom. On a page set in two columns the left
// column comes before the right one; a line that spans both (a title, a
// heading across the page) ends the columns above it and starts those
// below it.
func layoutPage(glyphs []pdfGlyph) []pdfLine {
	chunks := pdfChunks(glyphs)
	if len(chunks) == 0 {
		return nil
	}
	g0, g1, ok := pdfGutter(chunks)
	if !ok {
		return pdfLines(chunks)
	}
	// Rows: chunks on one baseline across the whole page.
	slices.SortStableFunc(chunks, func(a, b *pdfChunk) int { return cmp.Compare(b.y, a.y) })
	var lines, left, right []pdfLine
	var lc, rc []*pdfChunk
	flush := func() {
		left, right = pdfLines(lc), pdfLines(rc)
		for i := range right {
			right[i].col = 1
		}
		lines = append(append(lines, left...), right...)
		lc, rc = lc[:0], rc[:0]
	}
	for i := 0; i < len(chunks); {
		j := pdfRowEnd(chunks, i)
		row := chunks[i:j]
		i = j
		span := false
		for _, c := range row {
			if c.x1 > g0 && c.x0 < g1 {
				span = true
			}
		}
		if span {
			flush()
			spanning := pdfLines(slices.Clone(row))
			for i := range spanning {
				spanning[i].col = 2
			}
			lines = append(lines, spanning...)
			continue
		}
		for _, c := range row {
			if c.x1 <= g0 {
				lc = append(lc, c)
			} else {
				rc = append(rc, c)
			}
		}
	}
	flush()
	return lines
}

// pdfRowEnd returns the end of the row of chunks (sorted top to bottom)
// that starts at i: the chunks whose baselines are within pdfSameLine of
// the one before.
func pdfRowEnd(chunks []*pdfChunk, i int) int {
	j := i + 1
	for j < len(chunks) && chunks[j-1].y-chunks[j].y <= pdfSameLine*min(chunks[j-1].size, chunks[j].size) {
		j++
	}
	return j
}

// pdfChunks groups glyphs, in the order they are drawn, into chunks; a
// glyph drawn twice in almost the same place (fake bold) counts once.
func pdfChunks(glyphs []pdfGlyph) []*pdfChunk {
	var chunks []*pdfChunk
	var c *pdfChunk
	var last pdfGlyph
	for _, g := range glyphs {
		if strings.TrimSpace(g.s) == "" {
			c = nil // a space ends the chunk
			continue
		}
		if c != nil && g.s == last.s && math.Abs(g.x-last.x) < 0.1*g.size && math.Abs(g.y-last.y) < 0.1*g.size {
			continue
		}
		size := max(g.size, 0.1)
		if c == nil || math.Abs(g.y-c.y) > pdfSameLine*size ||
			g.x < c.x1-0.5*size || g.x-c.x1 > pdfWordGap*size {
			c = &pdfChunk{x0: g.x, x1: g.x, y: g.y, size: size}
			chunks = append(chunks, c)
		}
		c.b.WriteString(g.s)
		c.x1 = max(c.x1, g.x+g.w)
		c.size = max(c.size, size)
		last = g
	}
	return chunks
}

// pdfLines groups chunks into lines top to bottom, each left to right; the
// chunks of a line are joined by a space when a gap separates them.
func pdfLines(chunks []*pdfChunk) []pdfLine {
	if len(chunks) == 0 {
		return nil
	}
	slices.SortStableFunc(chunks, func(a, b *pdfChunk) int { return cmp.Compare(b.y, a.y) })
	var lines []pdfLine
	for i := 0; i < len(chunks); {
		j := pdfRowEnd(chunks, i)
		row := chunks[i:j]
		slices.SortStableFunc(row, func(a, b *pdfChunk) int { return cmp.Compare(a.x0, b.x0) })
		var b strings.Builder
		l := pdfLine{x0: row[0].x0, x1: row[0].x1, y: row[0].y}
		for k, c := range row {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(c.b.String())
			l.x1 = max(l.x1, c.x1)
			l.size = max(l.size, c.size)
		}
		l.text = b.String()
		lines = append(lines, l)
		i = j
	}
	return lines
}

// pdfGutter finds the gap between two columns: a band in the middle half
// of the text's width, at least a font size wide, that no chunk crosses
// but a few (a title, a header), with at least a fifth of the chunks and
// five lines on either side. Only two columns are found.
func pdfGutter(chunks []*pdfChunk) (g0, g1 float64, ok bool) {
	if len(chunks) < 20 {
		return 0, 0, false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	var sizes []float64
	for _, c := range chunks {
		lo, hi = min(lo, c.x0), max(hi, c.x1)
		sizes = append(sizes, c.size)
	}
	slices.Sort(sizes)
	size := sizes[len(sizes)/2]
	width := hi - lo
	if width < 20*size {
		return 0, 0, false
	}
	const bins = 400
	step := width / bins
	var cover [bins]int
	for _, c := range chunks {
		a := int((c.x0 - lo) / step)
		b := int((c.x1 - lo) / step)
		for i := max(a, 0); i <= min(b, bins-1); i++ {
			cover[i]++
		}
	}
	allow := max(2, len(chunks)/50)
	best, bestLen := -1, 0
	for i := bins / 4; i < 3*bins/4; {
		if cover[i] > allow {
			i++
			continue
		}
		j := i
		for j < 3*bins/4 && cover[j] <= allow {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	if best < 0 || float64(bestLen)*step < size {
		return 0, 0, false
	}
	g0, g1 = lo+float64(best)*step, lo+float64(best+bestLen)*step
	var nl, nr int
	linesL, linesR := map[int]bool{}, map[int]bool{}
	for _, c := range chunks {
		switch {
		case c.x1 <= g0:
			nl++
			linesL[int(c.y)] = true
		case c.x0 >= g1:
			nr++
			linesR[int(c.y)] = true
		}
	}
	if 5*nl < len(chunks) || 5*nr < len(chunks) || len(linesL) < 5 || len(linesR) < 5 {
		return 0, 0, false
	}
	return g0, g1, true
}
