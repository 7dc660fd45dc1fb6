package model

import (
	"errors"
	"slices"
	"time"
)

// MarkEdit sets the mark of one sentence; Before is what it replaces.
type MarkEdit struct {
	Sentence int  `json:"s"`
	Before   Mark `json:"before"`
	After    Mark `json:"after"`
}

// TagSetEdit replaces the tag set.
type TagSetEdit struct {
	Before TagSet `json:"before"`
	After  TagSet `json:"after"`
}

// Change is one undoable step: mark edits and, optionally, a tag-set edit
// (deleting a tag in use is one change that touches both).
type Change struct {
	Marks  []MarkEdit  `json:"marks,omitempty"`
	TagSet *TagSetEdit `json:"tagSet,omitempty"`
}

// ErrNoSentence is returned for an edit of a sentence the document does not have.
var ErrNoSentence = errors.New("no such sentence")

// ErrBadHighlight is returned for a highlight outside its sentence or empty.
var ErrBadHighlight = errors.New("highlight is empty or outside its sentence")

// History applies changes to a document and keeps them for undo and redo.
type History struct {
	// Clock, when set, dates every change, undo and redo: the sentences it
	// touches get its time (Document.SetChanged), which exports carry as
	// the annotation's modified. Without it, no time is recorded.
	Clock  func() time.Time
	doc    *Document
	done   []Change
	undone []Change
}

// NewHistory returns an empty history over d.
func NewHistory(d *Document) *History { return &History{doc: d} }

// CanUndo reports whether there is a change to undo.
func (h *History) CanUndo() bool { return len(h.done) > 0 }

// CanRedo reports whether there is an undone change to redo.
func (h *History) CanRedo() bool { return len(h.undone) > 0 }

// DoneCount returns how many changes can be undone.
func (h *History) DoneCount() int { return len(h.done) }

// Done returns the last n changes that can be undone, oldest first, for
// keeping the undo history across a reload.
func (h *History) Done(n int) []Change {
	return slices.Clone(h.done[max(0, len(h.done)-n):])
}

// Restore sets the undo history to changes that were saved with Done; it
// keeps only those that still fit the document.
func (h *History) Restore(changes []Change) {
	h.done, h.undone = nil, nil
	for _, c := range changes {
		ok := true
		for _, e := range c.Marks {
			ok = ok && e.Sentence >= 0 && e.Sentence < len(h.doc.Marks)
		}
		if ok {
			h.done = append(h.done, c)
		}
	}
}

// Apply makes c's After state current as one undoable step.
func (h *History) Apply(c Change) {
	h.set(c, true)
	h.done = append(h.done, c)
	h.undone = h.undone[:0]
}

// Record adds a change that is already in the document (made outside the
// history, e.g. by an import) so that it can be undone.
func (h *History) Record(c Change) {
	h.stamp(c)
	h.done = append(h.done, c)
	h.undone = h.undone[:0]
}

// set puts the After (or Before) side of c into the document.
func (h *History) set(c Change, after bool) {
	h.stamp(c)
	for _, e := range c.Marks {
		m := e.Before
		if after {
			m = e.After
		}
		h.doc.Marks[e.Sentence] = m.clone()
	}
	if c.TagSet != nil {
		ts := c.TagSet.Before
		if after {
			ts = c.TagSet.After
		}
		h.doc.TagSet = ts.Clone()
	}
}

// Set makes m the mark of sentence i as one undoable step. It reports
// whether anything changed.
func (h *History) Set(i int, m Mark) (bool, error) {
	if i < 0 || i >= len(h.doc.Marks) {
		return false, ErrNoSentence
	}
	before := h.doc.Marks[i]
	if before.Equal(m) {
		return false, nil
	}
	h.Apply(Change{Marks: []MarkEdit{{Sentence: i, Before: before.clone(), After: m.clone()}}})
	return true, nil
}

// ToggleTag adds tag to sentence i, or removes it when present.
func (h *History) ToggleTag(i int, tag string) (bool, error) {
	if i < 0 || i >= len(h.doc.Marks) {
		return false, ErrNoSentence
	}
	m := h.doc.Marks[i].clone()
	if k := slices.Index(m.Tags, tag); k >= 0 {
		m.Tags = slices.Delete(m.Tags, k, k+1)
	} else {
		m.Tags = append(m.Tags, tag)
	}
	return h.Set(i, m)
}

// ToggleHighlight adds a highlight of tag over [start, end) of sentence i
// (byte offsets into the sentence), or removes it when the same one exists.
func (h *History) ToggleHighlight(i, start, end int, tag string) (bool, error) {
	if i < 0 || i >= len(h.doc.Marks) {
		return false, ErrNoSentence
	}
	s := h.doc.Sentences[i]
	hl := Highlight{Start: start, End: end, Tag: tag}
	if !hl.Fits(s.End - s.Start) {
		return false, ErrBadHighlight
	}
	m := h.doc.Marks[i].clone()
	if k := slices.Index(m.Highlights, hl); k >= 0 {
		m.Highlights = slices.Delete(m.Highlights, k, k+1)
	} else {
		m.Highlights = append(m.Highlights, hl)
		slices.SortFunc(m.Highlights, func(a, b Highlight) int { return a.Start - b.Start })
	}
	return h.Set(i, m)
}

// SetNote replaces the note of sentence i.
func (h *History) SetNote(i int, note string) (bool, error) {
	if i < 0 || i >= len(h.doc.Marks) {
		return false, ErrNoSentence
	}
	m := h.doc.Marks[i].clone()
	m.Note = note
	return h.Set(i, m)
}

// SetTagSet replaces the tag set as one undoable step. Tags that are gone
// from the new set are removed from every sentence in the same step, so
// that undo brings back both the tag and its uses. It returns the sentences
// whose marks changed.
func (h *History) SetTagSet(ts TagSet) []int {
	c := Change{TagSet: &TagSetEdit{Before: h.doc.TagSet.Clone(), After: ts.Clone()}}
	dropped, touched := h.doc.DroppedInUse(ts)
	for _, i := range touched {
		after := h.doc.Marks[i]
		for _, t := range dropped {
			after = after.without(t.ID)
		}
		c.Marks = append(c.Marks, MarkEdit{Sentence: i, Before: h.doc.Marks[i].clone(), After: after})
	}
	h.Apply(c)
	return touched
}

// Undo reverts the last change and returns it; ok is false when there is none.
func (h *History) Undo() (c Change, ok bool) {
	if len(h.done) == 0 {
		return Change{}, false
	}
	c = h.done[len(h.done)-1]
	h.done = h.done[:len(h.done)-1]
	h.set(c, false)
	h.undone = append(h.undone, c)
	return c, true
}

// Redo applies the last undone change again and returns it.
func (h *History) Redo() (c Change, ok bool) {
	if len(h.undone) == 0 {
		return Change{}, false
	}
	c = h.undone[len(h.undone)-1]
	h.undone = h.undone[:len(h.undone)-1]
	h.set(c, true)
	h.done = append(h.done, c)
	return c, true
}
