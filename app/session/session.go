// Package session holds the reader's logic, without the browser: the open
// document, its undo history, the cursor, the word selection, the note
// being typed, read-only state and the orphaned annotations. Every change
// goes through a method that returns an Effect saying what the page must
// show, so that the view (app/ui) only paints what an Effect names, and
// every command is tested natively.
package session

import (
	"slices"
	"time"

	"annotator/app/i18n"
	"annotator/app/model"
	"annotator/app/store"
)

// Session is one reader's state over one document.
type Session struct {
	// Doc is the open document; Hist records its changes.
	Doc  *model.Document
	Hist *model.History
	// Cur is the current sentence.
	Cur int
	// Sel is the pending word selection inside the current sentence.
	Sel Span
	// Orphans are stored annotations that no longer match a sentence.
	Orphans []store.StoredMark
	// ReadOnly refuses every change (the stored data could not be read).
	ReadOnly bool
	// TagsFixed, when not empty, says why the tag set cannot be edited
	// (an exercise whose teacher closed it): an English message of the
	// catalogue (see i18n.Mark), shown translated.
	TagsFixed string
	// Rev counts changes of the marks and the tag set, so that views of
	// the whole document (progress, the annotation list) redraw only then.
	Rev int
	// Lang is the interface language of the texts the session makes
	// (status lines, the live region, the help); the zero value is English.
	Lang i18n.Lang

	draft     string   // the note being typed on the current sentence
	noteDirty bool     // draft differs from what is stored
	keys      []string // each tag's key, by position in the tag set
}

// New opens d with an empty history, the cursor on its first sentence.
func New(d *model.Document) *Session {
	s := &Session{Doc: d, Hist: model.NewHistory(d)}
	s.Hist.Clock = time.Now // each sentence's change is dated (W3C modified)
	s.TagSetChanged()
	if len(d.Marks) > 0 {
		s.draft = d.Marks[0].Note
	}
	return s
}

// Len is the number of sentences.
func (s *Session) Len() int { return len(s.Doc.Sentences) }

// Keys returns each tag's key, by position in the tag set.
func (s *Session) Keys() []string { return s.keys }

// TagIndex returns the position of the tag bound to key name, or -1.
func (s *Session) TagIndex(name string) int { return slices.Index(s.keys, name) }

// TagSetChanged recomputes what follows from the tag set (its keys); call
// it after replacing Doc.TagSet from outside a command.
func (s *Session) TagSetChanged() { s.keys = s.Doc.TagSet.Keys() }

// Mark returns the mark of the current sentence.
func (s *Session) Mark() model.Mark {
	if s.Cur < 0 || s.Cur >= len(s.Doc.Marks) {
		return model.Mark{}
	}
	return s.Doc.Marks[s.Cur]
}

// refuse says that changes are off, and reports whether they are.
func (s *Session) refuse(e *Effect) bool {
	if s.ReadOnly {
		e.Status = s.tr("This document is read-only in this tab: its saved data could not be read.")
	}
	return s.ReadOnly
}

// tr translates msg into the session's language (see i18n.T).
func (s *Session) tr(msg string, args ...any) string { return i18n.T(s.Lang, msg, args...) }

// trN translates a counted message into the session's language (see i18n.N).
func (s *Session) trN(n int, one, other string, args ...any) string {
	return i18n.N(s.Lang, n, one, other, args...)
}

// changed records that the marks of sentences is changed: they are
// repainted and saved.
func (s *Session) changed(e *Effect, sentences ...int) {
	s.Rev++
	e.Save = true
	for _, i := range sentences {
		e.Changed = append(e.Changed, i)
		e.Repaint = append(e.Repaint, i)
	}
}

// Applied returns the effect of a change that is already in the document
// (an undo, a redo, an import, a merge): its sentences and, when it has
// one, the new tag set.
func (s *Session) Applied(c model.Change) Effect {
	var e Effect
	for _, m := range c.Marks {
		s.changed(&e, m.Sentence)
	}
	if c.TagSet != nil {
		s.tagSet(&e)
	}
	return e
}

// tagSet records a new tag set: every sentence repaints, the tag bar
// follows.
func (s *Session) tagSet(e *Effect) {
	s.Rev++
	s.TagSetChanged()
	e.Save, e.TagSet, e.RepaintAll = true, true, true
}
