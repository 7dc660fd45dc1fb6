package library

import (
	"errors"
	"fmt"
	"runtime"
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
//
// The text is stored before its document is made: the copy of the text
// that storing encodes is garbage before the document's per-sentence
// slices exist, so that opening a book never holds both (a book's are
// megabytes, and WebAssembly memory never shrinks).
func AddText(repo store.Repo, name string, in textin.Doc, now time.Time) (Added, error) {
	sp := splitOf(in, "")
	in.Lang = sp.Lang
	if len(sp.Spans) == 0 {
		return Added{}, ErrNoSentences
	}
	a := Added{Title: in.Title, Notice: in.Notice}
	doc := func() *model.Document {
		d := sp.Document(in.Title)
		d.MarkHeadings(in.Headings)
		return d
	}
	if IsShipped(sp.Hash) {
		a.Doc, a.Shipped = doc(), true
		return a, nil
	}
	t, err := repo.LoadText(sp.Hash)
	switch {
	case err != nil:
		return Added{}, fmt.Errorf("this text is stored already but cannot be read (%w); it is left untouched", err)
	case t != nil:
		a.Doc, a.Existing, a.Title = doc(), true, t.Title
		return a, nil
	}
	st := store.StoredText{ID: sp.Hash, Title: in.Title, Text: sp.Text, Sentences: len(sp.Spans), Added: now, From: name,
		Headings: in.Headings, Lang: in.Lang, Author: in.Author}
	if err := repo.SaveText(st); err != nil {
		return Added{}, err
	}
	st.Schema, st.Added = store.Schema, now.Round(0) // as LoadText would read it back
	collect(len(st.Text))
	a.Doc, a.text = doc(), &st
	return a, nil
}

// bigText is the length of text from which AddText collects garbage
// before it makes the document.
const bigText = 256 << 10

// collect runs a garbage collection when a text of n bytes was just
// stored or read, so that the encoded copies are gone before the
// document's slices are allocated. A book is added in one long task of the browser's main
// thread, in which the collector's background worker never runs: a cycle
// started on the way does not end before the task does, and the heap
// would grow by all that is allocated meanwhile. The cycle costs a few
// milliseconds (the live heap is then little more than the text).
func collect(n int) {
	if n >= bigText {
		runtime.GC()
	}
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
	d := splitOf(in, code).Document(in.Title)
	d.MarkHeadings(in.Headings)
	return d
}

// splitOf is the split text of DocumentOf, before its document is made.
func splitOf(in textin.Doc, code string) model.Split {
	if code == "" || code == "auto" {
		code = in.Lang
		if code == "" {
			code = lang.Detect(in.Text) // the file does not say: guess ("" when unsure)
		}
	}
	return model.SplitLang(in.Text, primary(code))
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
