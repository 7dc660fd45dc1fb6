package session

// MoveTo makes sentence i current (clamped to the document), keeping the
// note being typed on the sentence it leaves.
func (s *Session) MoveTo(i int) Effect {
	if s.Len() == 0 {
		return Effect{}
	}
	i = max(0, min(i, s.Len()-1))
	if i == s.Cur {
		return Effect{}
	}
	e := s.CommitNote()
	if s.Sel.Empty() {
		e.Moved = append(e.Moved, s.Cur, i)
	} else {
		// Its pending selection goes: repainted whole.
		e.Repaint, e.Moved = append(e.Repaint, s.Cur), append(e.Moved, i)
	}
	s.Cur, s.Sel = i, Span{}
	s.draft, s.noteDirty = s.Doc.Marks[i].Note, false
	e.Note = true
	e.Announce = s.Describe(i)
	e.ScrollTo(i)
	return e
}

// NextUntagged moves to the next sentence after the current one that has
// no tag, wrapping around at the end.
func (s *Session) NextUntagged() Effect {
	n := s.Len()
	for k := 1; k < n; k++ {
		if i := (s.Cur + k) % n; len(s.Doc.Marks[i].Tags) == 0 {
			return s.MoveTo(i)
		}
	}
	return Effect{Status: s.tr("Every sentence has a tag.")}
}

// Jump moves to sentence i from the annotation list.
func (s *Session) Jump(i int) Effect {
	e := s.MoveTo(i)
	if i >= 0 && i < s.Len() {
		e.Status = s.tr("Jumped to sentence %d.", i+1)
		e.ScrollTo(i)
	}
	return e
}
