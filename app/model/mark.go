package model

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// Mark is what a reader put on one sentence.
type Mark struct {
	// Tags are tag ids in the order they were added.
	Tags []string `json:"tags,omitempty"`
	// Note is free text.
	Note string `json:"note,omitempty"`
	// Highlights are tagged spans inside the sentence.
	Highlights []Highlight `json:"highlights,omitempty"`
}

// Highlight is a tagged span of words inside one sentence.
type Highlight struct {
	// Start and End are byte offsets into the sentence text, [Start, End).
	Start int `json:"start"`
	End   int `json:"end"`
	// Tag is the tag id.
	Tag string `json:"tag"`
}

// Fits reports whether h is a non-empty span [Start, End) inside a
// sentence of sentenceLen bytes.
func (h Highlight) Fits(sentenceLen int) bool {
	return h.Start >= 0 && h.Start < h.End && h.End <= sentenceLen
}

// Check returns nil when h is a span that Fits the sentence text and starts
// and ends on character boundaries; else an error saying, for a reader,
// which of the two it breaks ("bytes 3–9 are not a span inside the 7-byte
// sentence", "bytes 1–4 cut a character in two"). It does not look at the
// tag.
func (h Highlight) Check(sentence string) error {
	switch {
	case !h.Fits(len(sentence)):
		return fmt.Errorf("bytes %d–%d are not a span inside the %d-byte sentence", h.Start, h.End, len(sentence))
	case !utf8.RuneStart(sentence[h.Start]) || h.End < len(sentence) && !utf8.RuneStart(sentence[h.End]):
		return fmt.Errorf("bytes %d–%d cut a character in two", h.Start, h.End)
	}
	return nil
}

// Empty reports whether the mark carries nothing.
func (m Mark) Empty() bool { return len(m.Tags) == 0 && m.Note == "" && len(m.Highlights) == 0 }

// Has reports whether the mark carries the tag on the whole sentence.
func (m Mark) Has(tag string) bool { return slices.Contains(m.Tags, tag) }

// Equal reports whether two marks carry the same tags, note and highlights.
func (m Mark) Equal(o Mark) bool {
	return m.Note == o.Note && slices.Equal(m.Tags, o.Tags) && slices.Equal(m.Highlights, o.Highlights)
}

// Uses reports whether the mark uses the tag on the sentence or a highlight.
func (m Mark) Uses(tag string) bool {
	return m.Has(tag) || slices.ContainsFunc(m.Highlights, func(h Highlight) bool { return h.Tag == tag })
}

// without returns a copy of the mark with the tag removed everywhere.
func (m Mark) without(tag string) Mark {
	c := m.clone()
	c.Tags = slices.DeleteFunc(c.Tags, func(t string) bool { return t == tag })
	c.Highlights = slices.DeleteFunc(c.Highlights, func(h Highlight) bool { return h.Tag == tag })
	return c
}

// clone returns a deep copy, so that history entries never share slices.
func (m Mark) clone() Mark {
	return Mark{Tags: slices.Clone(m.Tags), Note: m.Note, Highlights: slices.Clone(m.Highlights)}
}
