package library

import (
	"errors"
	"fmt"
	"time"

	"annotator/app/lang"
	"annotator/app/model"
	"annotator/app/store"
	"annotator/app/textin"
)

// ErrNoSentences is returned by AddText for a text with no sentence to
// annotate.
var ErrNoSentences = errors.New("that text has no sentences to annotate")

// Added is what AddText did.
type Added struct {
	// Doc is the document of the text, without marks (open it by Doc.ID).
	Doc *model.Document
	// Shipped says the text is a shipped article: nothing was stored.
	Shipped bool
	// Existing says the same text is already stored (under Title): nothing
	// was stored.
	Existing bool
	// Title is the stored title of an Existing document, else Doc.Title.
	Title string
	// Notice is what the import left out or changed, for the reader
	// (textin.Doc.Notice, such as a Project Gutenberg licence), "" when
	// nothing.
	Notice string
	// text is what AddText stored (nil when it stored nothing), for
	// OpenAdded.
	text *store.StoredText
}

// AddText stores a decoded text (a file named name, "" when pasted, or
// another source such as "exercise") as a new document of the library,
// added at now. The same text is never stored twice: a shipped article
// or a text already stored is reported in Added, and nothing is written.
// A stored copy that cannot be read is an error, and is not written over.
// The text's headings, language and author are stored with it, and Doc
// knows its headings (model.Document.MarkHeadings).
func AddText(repo store.Repo, name string, in textin.Doc, now time.Time) (Added, error) {
	d := DocumentOf(in, "")
	in.Lang = d.Lang
	if len(d.Sentences) == 0 {
		return Added{}, ErrNoSentences
	}
	a := Added{Doc: d, Title: d.Title, Notice: in.Notice}
	if IsShipped(d.ID) {
		a.Shipped = true
		return a, nil
	}
	t, err := repo.LoadText(d.ID)
	switch {
	case err != nil:
		return Added{}, fmt.Errorf("this text is stored already but cannot be read (%w); it is left untouched", err)
	case t != nil:
		a.Existing, a.Title = true, t.Title
		return a, nil
	}
	st := store.StoredText{ID: d.ID, Title: d.Title, Text: d.Text, Sentences: len(d.Sentences), Added: now, From: name,
		Headings: in.Headings, Lang: in.Lang, Author: in.Author}
	if err := repo.SaveText(st); err != nil {
		return Added{}, err
	}
	st.Schema, st.Added = store.Schema, now.Round(0) // as LoadText would read it back
	a.text = &st
	return a, nil
}

// OpenAdded opens what AddText added, as Open(repo, a.Doc.ID) does, but
// without reading the new text back from storage and splitting it again:
// its document is a.Doc, which AddText split (and the caller must not have
// changed). A shipped article or a text stored before opens with Open (its
// stored language and headings may differ from the file's).
func OpenAdded(repo store.Repo, a Added) (*Loaded, error) {
	switch {
	case a.Doc == nil:
		return nil, ErrNotFound
	case a.text == nil:
		return Open(repo, a.Doc.ID)
	}
	l := &Loaded{Doc: a.Doc, Text: a.text}
	return l.attach(repo, a.Doc.ID, true), nil
}

// DocumentOf makes the document of a decoded text, as Open file does: in
// language code (an ISO 639-1 code; "" or "auto" for the one the file
// declares, else the one detected from the text), its headings marked.
func DocumentOf(in textin.Doc, code string) *model.Document {
	if code == "" || code == "auto" {
		code = in.Lang
		if code == "" {
			code = lang.Detect(in.Text) // the file does not say: guess ("" when unsure)
		}
	}
	d := model.NewLang(in.Title, in.Text, primary(code))
	d.MarkHeadings(in.Headings)
	return d
}

// primary is the language code of a BCP 47 tag ("en-GB" → "en"), lower
// case, or "" for a language the app does not know.
func primary(tag string) string {
	if l, ok := lang.Lookup(tag); ok {
		return l.Code
	}
	return ""
}

// SetLanguage changes the language of stored document id (an ISO 639-1
// code, "" for unknown): the next Open splits it by that language's rules,
// and its annotations follow their sentences by quote (exact, then fuzzy;
// what cannot be placed is kept as orphaned). A shipped article has no
// stored text to change.
func SetLanguage(repo store.Repo, id, code string) error {
	t, err := repo.LoadText(id)
	switch {
	case err != nil:
		return err
	case t == nil:
		return ErrNotFound
	}
	t.Lang = primary(code)
	return repo.SaveText(*t)
}
