package session

import (
	"fmt"

	"annotator/app/model"
	"annotator/app/store"
)

// ToggleTag toggles the n-th tag of the set on the pending word selection
// when there is one (a highlight), else on the whole current sentence.
func (s *Session) ToggleTag(n int) Effect {
	var e Effect
	if n < 0 || n >= len(s.Doc.TagSet.Tags) || s.Len() == 0 || s.refuse(&e) {
		return e
	}
	e = s.CommitNote()
	t := s.Doc.TagSet.Tags[n]
	if !s.Sel.Empty() {
		sel := s.Sel
		s.Sel = Span{}
		e.Repaint = append(e.Repaint, s.Cur)
		changed, err := s.Hist.ToggleHighlight(s.Cur, sel.Start, sel.End, t.ID)
		switch {
		case err != nil:
			e.Status = "That selection cannot be highlighted: " + err.Error() + "."
		case changed:
			s.changed(&e, s.Cur)
			e.Status = fmt.Sprintf("Highlight %s on “%s” toggled.", t.Name, s.Doc.SentenceText(s.Cur)[sel.Start:sel.End])
		}
		return e
	}
	if changed, _ := s.Hist.ToggleTag(s.Cur, t.ID); changed {
		s.changed(&e, s.Cur)
		verb := "removed from"
		if s.Doc.Marks[s.Cur].Has(t.ID) {
			verb = "added to"
		}
		e.Status = fmt.Sprintf("%s %s sentence %d.", t.Name, verb, s.Cur+1)
		e.Announce = s.Describe(s.Cur)
	}
	return e
}

// SetTagSet replaces the tag set as one undoable step; tags it drops are
// removed from every sentence in the same step.
func (s *Session) SetTagSet(ts model.TagSet) Effect {
	var e Effect
	if s.refuse(&e) {
		return e
	}
	e = s.CommitNote()
	touched := s.Hist.SetTagSet(ts)
	s.changed(&e, touched...)
	s.tagSet(&e)
	e.Status = "Tag set saved."
	if len(touched) > 0 {
		e.Status = fmt.Sprintf("Tag set saved; tags removed from %s. Press u to undo.", Count(len(touched), "sentence", "sentences"))
	}
	return e
}

// Apply makes c one undoable step (an import).
func (s *Session) Apply(c model.Change) Effect {
	var e Effect
	if s.refuse(&e) || (len(c.Marks) == 0 && c.TagSet == nil) {
		return e
	}
	e = s.CommitNote()
	s.Hist.Apply(c)
	return e.Then(s.Applied(c)).Then(Effect{Note: true})
}

// Record adds c, already in the document, to the history as one undoable
// step, with the orphans it left (annotations carried from an earlier
// version of the text).
func (s *Session) Record(c model.Change, orphans []store.StoredMark) Effect {
	s.Hist.Record(c)
	s.Orphans = append(s.Orphans, orphans...)
	e := s.Applied(c)
	s.TagSetChanged()
	e.RepaintAll, e.TagSet, e.Save, e.Note = true, true, true, true
	return e
}

// Count writes n with the singular or plural noun.
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
