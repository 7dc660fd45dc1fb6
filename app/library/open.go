package library

import (
	"errors"
	"fmt"

	"annotator/app/model"
	"annotator/app/store"
)

// ErrNotFound is returned by Open and Peek for an id that is neither a
// shipped article nor a document stored on this device.
var ErrNotFound = errors.New("the document is not in this browser's library")

// Loaded is a document as Open or Peek found it, with what is stored for it.
type Loaded struct {
	// Doc is the document, with the stored marks and tag set applied when
	// Rec is not nil.
	Doc *model.Document
	// Text is the stored text, nil for a shipped article.
	Text *store.StoredText
	// Rec is the stored record, nil when nothing is stored (or it could
	// not be read: see RecErr).
	Rec *store.Record
	// RecErr says why the stored record could not be read. Doc then has
	// no marks: the caller opens it read-only and never writes over it.
	RecErr error
	// Orphans are the stored marks no sentence of Doc fits; keep them.
	Orphans []store.StoredMark
	// Rev is Rec.Rev, or 0: the base revision for store.Repo.Sync.
	Rev int
	// Work is the student's exercise work when the document is one (its
	// text comes from the exercise); nil otherwise.
	Work *Work
	// Shipped marks an article that comes with the app.
	Shipped bool
	// History is the stored undo history, oldest first. Open reads it
	// unless the record is unreadable; Peek never does.
	History []model.Change
	// HistoryErr says why the stored undo history could not be read: keep
	// it as it is, and do not save a history over it.
	HistoryErr error
}

// ReadOnly reports whether the stored annotations could not be read, so
// that nothing may be written for the document.
func (l *Loaded) ReadOnly() bool { return l.RecErr != nil }

// Open loads a shipped or stored document, its annotations and its undo
// history; a stored text's headings are marked on the document
// (model.Document.MarkHeadings). The error is ErrNotFound, or says
// (wrapping the cause, e.g. store.ErrUnreadable) that the stored text
// cannot be read; an unreadable record or history is not an error but is
// reported in the Loaded.
func Open(repo store.Repo, id string) (*Loaded, error) { return open(repo, id, true) }

// Peek loads a document as Open does, without its undo history: for
// import planning, backups and other reads that do not open the document.
func Peek(repo store.Repo, id string) (*Loaded, error) { return open(repo, id, false) }

// open is Open, reading the history when history is set.
func open(repo store.Repo, id string, history bool) (*Loaded, error) {
	l := &Loaded{}
	if d, ok := ShippedDoc(id); ok {
		l.Doc, l.Shipped = d, true
	} else {
		t, err := repo.LoadText(id)
		switch {
		case err != nil:
			return nil, fmt.Errorf("the stored text of this document cannot be read: %w", err)
		case t != nil:
			collect(len(t.Text)) // reading it left the stored JSON's copies as garbage
			l.Doc, l.Text = model.NewLang(t.Title, t.Text, t.Lang), t
			l.Doc.MarkHeadings(t.Headings)
		default:
			// A student's work on an exercise: its text is the exercise's.
			w, err := LoadWork(repo.KV, id)
			switch {
			case err != nil:
				return nil, fmt.Errorf("this exercise work cannot be read: %w", err)
			case w == nil:
				return nil, ErrNotFound
			}
			l.Doc, l.Work = w.Exercise.Document(), w
		}
		l.Doc.ID = id
	}
	return l.attach(repo, id, history), nil
}

// attach reads what is stored for document id besides its text: its
// record (the marks, applied to l.Doc) and, when history is set, its
// undo history.
func (l *Loaded) attach(repo store.Repo, id string, history bool) *Loaded {
	rec, err := repo.Load(id)
	if err != nil {
		l.RecErr = err
		return l
	}
	if history {
		// Read even without a record: an unreadable history must be
		// reported, so that no save writes over it.
		l.History, l.HistoryErr = repo.LoadHistory(id)
	}
	if rec == nil {
		return l
	}
	l.Rec, l.Rev = rec, rec.Rev
	l.Orphans = rec.ApplyTo(l.Doc)
	return l
}
