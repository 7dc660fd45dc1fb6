package session

import (
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
			e.Status = s.tr("That selection cannot be highlighted: %v.", err)
		case changed:
			s.changed(&e, s.Cur)
			e.Status = s.tr("Highlight %s on “%s” toggled.", t.Name, s.Doc.SentenceText(s.Cur)[sel.Start:sel.End])
		}
		return e
	}
	if changed, _ := s.Hist.ToggleTag(s.Cur, t.ID); changed {
		s.changed(&e, s.Cur)
		e.Status = s.tr("%s removed from sentence %d.", t.Name, s.Cur+1)
		if s.Doc.Marks[s.Cur].Has(t.ID) {
			e.Status = s.tr("%s added to sentence %d.", t.Name, s.Cur+1)
		}
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
	e.Status = s.tr("Tag set saved.")
	if len(touched) > 0 {
		e.Status = s.trN(len(touched), "Tag set saved; tags removed from %d sentence. Press u to undo.",
			"Tag set saved; tags removed from %d sentences. Press u to undo.")
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
