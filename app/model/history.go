package model

import (
	"errors"
	"slices"
)

// Edit sets the mark of one sentence; Before is what it replaces, so an edit
// is its own undo record.
type Edit struct {
	Sentence int
	Before   Mark
	After    Mark
}

// ErrNoSentence is returned for an edit of a sentence the document does not have.
var ErrNoSentence = errors.New("no such sentence")

// History applies edits to a document and keeps them for undo and redo.
type History struct {
	doc    *Document
	done   []Edit
	undone []Edit
}

// NewHistory returns an empty history over d.
func NewHistory(d *Document) *History { return &History{doc: d} }

// CanUndo reports whether there is an edit to undo.
func (h *History) CanUndo() bool { return len(h.done) > 0 }

// CanRedo reports whether there is an undone edit to redo.
func (h *History) CanRedo() bool { return len(h.undone) > 0 }

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
	e := Edit{Sentence: i, Before: before.clone(), After: m.clone()}
	h.doc.Marks[i] = m.clone()
	h.done = append(h.done, e)
	h.undone = h.undone[:0]
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

// SetNote replaces the note of sentence i.
func (h *History) SetNote(i int, note string) (bool, error) {
	if i < 0 || i >= len(h.doc.Marks) {
		return false, ErrNoSentence
	}
	m := h.doc.Marks[i].clone()
	m.Note = note
	return h.Set(i, m)
}

// Undo reverts the last edit and returns the sentence it touched, or -1.
func (h *History) Undo() int {
	if len(h.done) == 0 {
		return -1
	}
	e := h.done[len(h.done)-1]
	h.done = h.done[:len(h.done)-1]
	h.doc.Marks[e.Sentence] = e.Before.clone()
	h.undone = append(h.undone, e)
	return e.Sentence
}

// Redo applies the last undone edit again and returns its sentence, or -1.
func (h *History) Redo() int {
	if len(h.undone) == 0 {
		return -1
	}
	e := h.undone[len(h.undone)-1]
	h.undone = h.undone[:len(h.undone)-1]
	h.doc.Marks[e.Sentence] = e.After.clone()
	h.done = append(h.done, e)
	return e.Sentence
}
