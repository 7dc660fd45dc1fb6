package session

import (
	"fmt"

	"annotator/app/model"
)

// Undo reverts the last change and moves to the first sentence it touched.
func (s *Session) Undo() Effect { return s.step(s.Hist.Undo, "Undone", "Nothing to undo.") }

// Redo applies the last undone change again.
func (s *Session) Redo() Effect { return s.step(s.Hist.Redo, "Redone", "Nothing to redo.") }

// step runs undo or redo.
func (s *Session) step(f func() (model.Change, bool), done, none string) Effect {
	var e Effect
	if s.refuse(&e) {
		return e
	}
	e = s.CommitNote()
	c, ok := f()
	if !ok {
		e.Status = none
		return e
	}
	e = e.Then(s.Applied(c))
	e.Status = done + "."
	if c.TagSet != nil {
		e.Status = done + ": tag set change."
	}
	if len(c.Marks) > 0 {
		i := c.Marks[0].Sentence
		e.Repaint = append(e.Repaint, s.Cur, i)
		s.Cur, s.Sel = i, Span{}
		e.Status = fmt.Sprintf("%s: sentence %d.", done, i+1)
		e.Announce = s.Describe(i)
		e.ScrollTo(i)
	}
	s.ShowNote()
	e.Note = true
	return e
}
