package model

import (
	"slices"
	"strings"
)

// MarkHeadings records which sentences are headings, from the byte
// offsets in Text at which heading lines start (textin.Doc.Headings): a
// sentence is a heading when it starts inside a heading line, that is at
// or after an offset and before the end of that offset's line. Offsets
// need not be sorted; ones outside Text are ignored. With no offsets (or
// none that is inside Text) Heading becomes nil: not known, so IsHeading
// guesses. It runs in time linear in the sentences and offsets (after
// sorting the offsets).
func (d *Document) MarkHeadings(offsets []int) {
	d.Heading = nil
	var starts []int
	for _, o := range offsets {
		if o >= 0 && o < len(d.Text) {
			starts = append(starts, o)
		}
	}
	if len(starts) == 0 {
		return
	}
	slices.Sort(starts)
	d.Heading = make([]bool, len(d.Sentences))
	k, end := 0, -1 // end: where the line of the current heading ends
	for i, s := range d.Sentences {
		for k < len(starts) && starts[k] <= s.Start {
			if starts[k] > end { // not on the line already found
				end = lineEnd(d.Text, starts[k])
			}
			k++
		}
		d.Heading[i] = s.Start < end
	}
}

// HeadingOffsets returns the offsets of the lines that start the heading
// sentences (the inverse of MarkHeadings, for storing), nil when Heading
// is nil or marks none.
func (d *Document) HeadingOffsets() []int {
	var out []int
	line, pos := 0, 0 // the start of the line holding pos
	for i, h := range d.Heading {
		if !h || i >= len(d.Sentences) {
			continue
		}
		start := d.Sentences[i].Start
		for ; pos < start; pos++ {
			if d.Text[pos] == '\n' {
				line = pos + 1
			}
		}
		if len(out) == 0 || out[len(out)-1] < line {
			out = append(out, line)
		}
	}
	return out
}

// lineEnd returns the offset of the "\n" that ends the line holding byte
// at of text, or len(text).
func lineEnd(text string, at int) int {
	if i := strings.IndexByte(text[at:], '\n'); i >= 0 {
		return at + i
	}
	return len(text)
}
