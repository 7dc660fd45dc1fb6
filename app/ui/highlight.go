package ui

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/model"
)

// span is a byte range [start, end) inside the current sentence; the zero
// value means no selection.
type span struct{ start, end int }

// empty reports whether the span selects nothing.
func (s span) empty() bool { return s.end <= s.start }

// segments renders a sentence's text with its highlights (and the pending
// selection) as <mark> elements, so the element's text stays exactly the
// sentence. Overlapping highlights are cut into pieces at every boundary.
func segments(d *model.Document, text string, hls []model.Highlight, sel span) []app.UI {
	if len(hls) == 0 && sel.empty() {
		return []app.UI{app.Text(text)}
	}
	valid := func(a, b int) bool {
		return a >= 0 && b <= len(text) && a < b && utf8.RuneStart(text[a]) && (b == len(text) || utf8.RuneStart(text[b]))
	}
	cuts := []int{0, len(text)}
	var good []model.Highlight
	for _, h := range hls {
		if valid(h.Start, h.End) {
			good = append(good, h)
			cuts = append(cuts, h.Start, h.End)
		}
	}
	if !sel.empty() && valid(sel.start, sel.end) {
		cuts = append(cuts, sel.start, sel.end)
	} else {
		sel = span{}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	out := make([]app.UI, 0, len(cuts))
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		var ids, names []string
		for _, h := range good {
			if h.Start <= a && b <= h.End && !slices.Contains(ids, h.Tag) {
				ids = append(ids, h.Tag)
				names = append(names, tagName(d, h.Tag))
			}
		}
		inSel := !sel.empty() && sel.start <= a && b <= sel.end
		if len(ids) == 0 && !inSel {
			out = append(out, app.Text(text[a:b]))
			continue
		}
		m := app.Mark()
		cls := "hl"
		if len(ids) > 0 {
			m.DataSet("highlight", strings.Join(ids, " ")).Title("Highlighted: " + strings.Join(names, ", "))
			if t, ok := d.TagSet.Find(ids[0]); ok {
				m.Style("--tag", safeColor(t.Color))
			}
		}
		if inSel {
			cls += " sel"
			m.DataSet("selection", "true")
		}
		out = append(out, m.Class(cls).Text(text[a:b]))
	}
	return out
}

// tagName returns the display name of a tag id in d's tag set.
func tagName(d *model.Document, id string) string {
	if t, ok := d.TagSet.Find(id); ok {
		return t.Name
	}
	return id
}

// utf16ToByte converts an offset in UTF-16 code units (as the DOM counts)
// into a byte offset into s; it returns -1 when the offset falls inside a
// character or beyond the text.
func utf16ToByte(s string, u int) int {
	n := 0
	for i, r := range s {
		if n == u {
			return i
		}
		if n > u {
			return -1
		}
		n += utf16Len(r)
	}
	if n == u {
		return len(s)
	}
	return -1
}

// utf16Units is the length of s in UTF-16 code units, as the DOM counts.
func utf16Units(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Len(r)
	}
	return n
}

// utf16Len is the number of UTF-16 code units of r.
func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// wordSpan returns the byte span of words [first, last] of text (words are
// runs of non-space), or the zero span when out of range.
func wordSpan(text string, first, last int) span {
	var starts, ends []int
	in := false
	for i, r := range text {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			starts = append(starts, i)
		}
		if sp && in {
			ends = append(ends, i)
		}
		in = !sp
	}
	if in {
		ends = append(ends, len(text))
	}
	if first < 0 || last >= len(starts) || first > last {
		return span{}
	}
	return span{starts[first], ends[last]}
}

// wordCount returns the number of words in text.
func wordCount(text string) int { return len(strings.Fields(text)) }
