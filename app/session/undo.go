package session

import (
	"annotator/app/model"
)

// Undo reverts the last change and moves to the first sentence it touched.
func (s *Session) Undo() Effect {
	return s.step(s.Hist.Undo, stepTexts{
		none: s.tr("Nothing to undo."), done: s.tr("Undone."), tagSet: s.tr("Undone: tag set change."),
		sentence: func(i int) string { return s.tr("Undone: sentence %d.", i) }})
}

// Redo applies the last undone change again.
func (s *Session) Redo() Effect {
	return s.step(s.Hist.Redo, stepTexts{
		none: s.tr("Nothing to redo."), done: s.tr("Redone."), tagSet: s.tr("Redone: tag set change."),
		sentence: func(i int) string { return s.tr("Redone: sentence %d.", i) }})
}

// stepTexts are the status lines of undo or redo.
type stepTexts struct {
	none, done, tagSet string
	sentence           func(i int) string // a change of sentence i (counted from 1)
}

// step runs undo or redo.
func (s *Session) step(f func() (model.Change, bool), say stepTexts) Effect {
	var e Effect
	if s.refuse(&e) {
		return e
	}
	e = s.CommitNote()
	c, ok := f()
	if !ok {
		e.Status = say.none
		return e
	}
	e = e.Then(s.Applied(c))
	e.Status = say.done
	if c.TagSet != nil {
		e.Status = say.tagSet
	}
	if len(c.Marks) > 0 {
		i := c.Marks[0].Sentence
		e.Repaint = append(e.Repaint, s.Cur, i)
		s.Cur, s.Sel = i, Span{}
		e.Status = say.sentence(i + 1)
		e.Announce = s.Describe(i)
		e.ScrollTo(i)
	}
	s.ShowNote()
	e.Note = true
	return e
}
