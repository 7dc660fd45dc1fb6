// Package markup writes the article's HTML: chunks of sentences with their
// tags, notes, highlights and the current-sentence marker, every piece of
// text and every attribute escaped.
//
// The reader puts this HTML into the page itself (one innerHTML per chunk
// when a document opens, one outerHTML per changed sentence on a key)
// instead of letting go-app build and diff one element at a time: that is
// what makes a 20,000-sentence book open in well under a second and a key
// repaint within the frame. The structure is the one the stable test hooks
// name (DESIGN.md §3):
//
//	div.chunk > p.para > span.sw > span.s[data-sentence] (+ span.marks)
//
// The text content of a [data-sentence] element is exactly the sentence
// text, with one exception the HTML parser forces: a NUL character, which
// no HTML text can carry, is written as U+FFFD.
package markup

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"annotator/app/model"
)

// ChunkSize is the number of sentences a chunk aims for.
const ChunkSize = 100

// Span is a byte range [Start, End) inside the current sentence (the
// pending word selection); the zero value selects nothing.
type Span struct{ Start, End int }

// Empty reports whether the span selects nothing.
func (s Span) Empty() bool { return s.End <= s.Start }

// Bounds splits a document's sentences into ranges [from, to) of about
// ChunkSize sentences, preferring to break at paragraph ends (never
// beyond 2×ChunkSize).
func Bounds(d *model.Document) [][2]int {
	var out [][2]int
	from := 0
	for i := 1; i <= len(d.Sentences); i++ {
		n := i - from
		end := i == len(d.Sentences)
		paraEnd := !end && d.ParaStart(i)
		if end || (n >= ChunkSize && paraEnd) || n >= 2*ChunkSize {
			out = append(out, [2]int{from, i})
			from = i
		}
	}
	return out
}

// Chunk writes sentences [from, to) as one div.chunk, grouped in
// paragraphs; cur is the current sentence (anywhere in the document) and
// sel its pending selection.
//
// ungraded, when not nil, names the sentences an exercise does not grade:
// they carry data-graded="false".
func Chunk(b Writer, d *model.Document, from, to, cur int, sel Span, ungraded Ungraded) {
	b.WriteString(`<div class="chunk">`)
	for i := from; i < to; i++ {
		if i == from || d.ParaStart(i) {
			if i > from {
				b.WriteString(`</p>`)
			}
			switch {
			case i == from && !d.ParaStart(i):
				b.WriteString(`<p class="para cont">`)
			case d.IsHeading(i):
				b.WriteString(`<p class="para heading" role="heading" aria-level="2">`)
			default:
				b.WriteString(`<p class="para">`)
			}
		}
		Sentence(b, d, i, i == cur, sel, ungraded)
		b.WriteByte(' ')
	}
	if to > from {
		b.WriteString(`</p>`)
	}
	b.WriteString(`</div>`)
}

// Ungraded reports whether sentence i is outside an exercise's graded
// scope.
type Ungraded func(i int) bool

// Sentence writes sentence i as its span.sw wrapper: the [data-sentence]
// element, then its tag and note marks (outside it, so that its text stays
// exactly the sentence). cur says whether it is the current sentence, and
// sel is then its pending selection.
func Sentence(b Writer, d *model.Document, i int, cur bool, sel Span, ungraded Ungraded) {
	m := d.Marks[i]
	b.WriteString(`<span class="sw"><span class="s`)
	if len(m.Tags) > 0 {
		b.WriteString(` tagged`)
	}
	if cur {
		b.WriteString(` cur" aria-current="true`)
	} else {
		sel = Span{}
	}
	b.WriteString(`" data-sentence="`)
	writeInt(b, i)
	b.WriteByte('"')
	if len(m.Tags) > 0 {
		attr(b, "data-tags", strings.Join(m.Tags, " "))
		if t, ok := d.TagSet.Find(m.Tags[0]); ok {
			b.WriteString(` style="--tag:`)
			b.WriteString(SafeColor(t.Color))
			b.WriteByte('"')
		}
	}
	if m.Note != "" {
		b.WriteString(` data-has-note="true"`)
	}
	if ungraded != nil && ungraded(i) {
		b.WriteString(` data-graded="false"`)
	}
	b.WriteByte('>')
	segments(b, d, d.SentenceText(i), m.Highlights, sel)
	b.WriteString(`</span>`)
	if len(m.Tags) > 0 || m.Note != "" {
		b.WriteString(`<span class="marks">`)
		for _, id := range m.Tags {
			t, ok := d.TagSet.Find(id)
			if !ok {
				t = model.Tag{ID: id, Name: id}
			}
			col := SafeColor(t.Color)
			b.WriteString(`<span class="mark" style="background:`)
			b.WriteString(col)
			b.WriteString(`;color:`)
			b.WriteString(TextOn(col))
			b.WriteByte('"')
			attr(b, "title", t.Name)
			b.WriteByte('>')
			text(b, t.Name)
			b.WriteString(`</span>`)
		}
		if m.Note != "" {
			b.WriteString(`<span class="mark note-mark"`)
			attr(b, "title", "Note: "+m.Note)
			b.WriteString(`><span aria-hidden="true">✎</span><span class="sr-only">has a note</span></span>`)
		}
		b.WriteString(`</span>`)
	}
	b.WriteString(`</span>`)
}

// segments writes a sentence's text with its highlights (and the pending
// selection) as <mark> elements, so that the element's text stays exactly
// the sentence. Overlapping highlights are cut into pieces at every
// boundary; a highlight whose range does not fall on character boundaries
// of this text is left out.
func segments(b Writer, d *model.Document, s string, hls []model.Highlight, sel Span) {
	if len(hls) == 0 && sel.Empty() {
		text(b, s)
		return
	}
	valid := func(a, e int) bool {
		return a >= 0 && e <= len(s) && a < e && utf8.RuneStart(s[a]) && (e == len(s) || utf8.RuneStart(s[e]))
	}
	cuts := []int{0, len(s)}
	var good []model.Highlight
	for _, h := range hls {
		if valid(h.Start, h.End) {
			good = append(good, h)
			cuts = append(cuts, h.Start, h.End)
		}
	}
	if !sel.Empty() && valid(sel.Start, sel.End) {
		cuts = append(cuts, sel.Start, sel.End)
	} else {
		sel = Span{}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		a, e := cuts[k], cuts[k+1]
		var ids, names []string
		for _, h := range good {
			if h.Start <= a && e <= h.End && !slices.Contains(ids, h.Tag) {
				ids = append(ids, h.Tag)
				names = append(names, TagName(d, h.Tag))
			}
		}
		inSel := !sel.Empty() && sel.Start <= a && e <= sel.End
		if len(ids) == 0 && !inSel {
			text(b, s[a:e])
			continue
		}
		b.WriteString(`<mark class="hl`)
		if inSel {
			b.WriteString(` sel" data-selection="true`)
		}
		b.WriteByte('"')
		if len(ids) > 0 {
			attr(b, "data-highlight", strings.Join(ids, " "))
			attr(b, "title", "Highlighted: "+strings.Join(names, ", "))
			if t, ok := d.TagSet.Find(ids[0]); ok {
				b.WriteString(` style="--tag:`)
				b.WriteString(SafeColor(t.Color))
				b.WriteByte('"')
			}
		}
		b.WriteByte('>')
		text(b, s[a:e])
		b.WriteString(`</mark>`)
	}
}

// TagName returns the display name of a tag id in d's tag set, or the id.
func TagName(d *model.Document, id string) string {
	if t, ok := d.TagSet.Find(id); ok {
		return t.Name
	}
	return id
}

// writeInt writes i in decimal one byte at a time: a slice handed to a
// Writer's Write escapes, which would be one allocation per sentence.
func writeInt(b Writer, i int) {
	var num [20]byte
	for _, c := range strconv.AppendInt(num[:0], int64(i), 10) {
		b.WriteByte(c)
	}
}
