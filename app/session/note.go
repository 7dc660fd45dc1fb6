package session

// Draft is the note being typed on the current sentence (its stored note
// when nothing is being typed).
func (s *Session) Draft() string { return s.draft }

// TypeNote takes a new draft of the current sentence's note; CommitNote
// makes it an undoable change.
func (s *Session) TypeNote(v string) {
	s.draft, s.noteDirty = v, true
}

// NoteDirty reports whether the draft waits to be committed.
func (s *Session) NoteDirty() bool { return s.noteDirty }

// CommitNote turns the draft into an undoable note edit.
func (s *Session) CommitNote() Effect {
	var e Effect
	if !s.noteDirty {
		return e
	}
	s.noteDirty = false
	if s.ReadOnly || s.Cur >= len(s.Doc.Marks) {
		return e
	}
	if changed, _ := s.Hist.SetNote(s.Cur, s.draft); changed {
		s.changed(&e, s.Cur)
		e.Status = s.tr("Note saved.")
	}
	return e
}

// ShowNote drops any draft and takes the current sentence's stored note
// (after an import or a merge changed it).
func (s *Session) ShowNote() {
	s.noteDirty = false
	s.draft = s.Mark().Note
}
