package model

import "unicode/utf8"

// cpStep is about how many bytes of a document's text lie between two
// code-point checkpoints: CodePoints counts at most about that many.
const cpStep = 512

// cpCheckpoints returns, for each k, the code points of text before
// cpBase(text, k), for CodePoints. One int32 per cpStep bytes of text
// instead of two ints per sentence: a 20,000-sentence book's sentences
// are 320 kB smaller, and WebAssembly memory keeps its peak for good.
func cpCheckpoints(text string) []int32 {
	cps := make([]int32, 0, len(text)/cpStep+1)
	n, p := 0, 0
	for k := 0; k*cpStep <= len(text); k++ {
		q := cpBase(text, k)
		n += utf8.RuneCountInString(text[p:q])
		cps = append(cps, int32(n))
		p = q
	}
	return cps
}

// cpBase is the first byte at or after k*cpStep that starts a character
// (or the end of text): the code points of text before it and from it on
// add up, however text is cut.
func cpBase(text string, k int) int {
	p := min(k*cpStep, len(text))
	for p < len(text) && !utf8.RuneStart(text[p]) {
		p++
	}
	return p
}

// codePoint returns the code points of d.Text before byte b.
func (d *Document) codePoint(b int) int {
	k := min(b/cpStep, len(d.cps)-1)
	for k > 0 && cpBase(d.Text, k) > b {
		k--
	}
	if k < 0 { // no checkpoints (not made by Split.Document)
		return utf8.RuneCountInString(d.Text[:b])
	}
	return int(d.cps[k]) + utf8.RuneCountInString(d.Text[cpBase(d.Text, k):b])
}

// CodePoints returns the range of sentence i in Unicode code points, as
// the W3C TextPositionSelector counts (its byte range is Sentences[i]).
func (d *Document) CodePoints(i int) (start, end int) {
	s := d.Sentences[i]
	start = d.codePoint(s.Start)
	return start, start + utf8.RuneCountInString(d.Text[s.Start:s.End])
}
