// Package model holds an annotated document: its text, its sentences, the tag
// set in use and each sentence's tags and note, with undoable edits.
package model

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"annotator/app/segment"
)

// Sentence is one sentence of a document: the byte range [Start, End)
// in the document text (Document.CodePoints gives it in code points;
// Document.ParaStart tells whether it starts a paragraph). It is the
// segmenter's span, so that a document's sentences are the spans the
// segmenter found, not a copy of them.
type Sentence = segment.Span

// Document is a text split into sentences, with one Mark per sentence.
type Document struct {
	// ID names the document in storage: the Hash, or for a duplicate the
	// Hash with a suffix ("<hash>-2").
	ID string
	// Hash is the hex SHA-256 of Text: the same text always has the same
	// Hash (exports name the text as urn:sha256:<Hash>).
	Hash string
	// Title is shown above the text.
	Title string
	// Text is the document text, with "\n" line ends.
	Text string
	// Sentences are in text order.
	Sentences []Sentence
	// TagSet is the tag set in use.
	TagSet TagSet
	// Lang is the text's language (an ISO 639-1 code), "" when unknown.
	Lang string
	// Marks has one entry per sentence.
	Marks []Mark
	// Heading has one entry per sentence, true for a sentence of a heading
	// line (set by MarkHeadings from what the import found); nil when that
	// is not known, and IsHeading then guesses from the sentence's shape.
	Heading []bool
	// Changed has, per sentence, when its mark last changed (UTC; zero when
	// unknown); nil when no time is known. See ChangedAt and SetChanged.
	Changed []time.Time
	// cps are the code-point checkpoints of Text (see CodePoints).
	cps []int32
}

// New splits text into sentences (English rules, which suit most
// Latin-script texts) and returns a document with the default tag set.
func New(title, text string) *Document { return NewLang(title, text, "") }

// NewLang is New for a text in language lang (an ISO 639-1 code, see
// app/lang); "" splits as New does. The language decides the sentence
// rules (terminal marks, abbreviations, quotes, dialogue dashes).
func NewLang(title, text, lang string) *Document { return SplitLang(text, lang).Document(title) }

// Split is a text split into sentences, not yet a Document: what a caller
// that stores the text first needs (its hash, its sentence count), without
// the document's per-sentence slices, which Document allocates. Opening a
// book then never holds the encoded copy of the text being stored and
// those slices at the same time (WebAssembly memory never shrinks).
type Split struct {
	// Text is the text with "\n" line ends.
	Text string
	// Hash is the hex SHA-256 of Text (the Document's ID and Hash).
	Hash string
	// Lang is the language the text was split by.
	Lang string
	// Spans are the sentences, as segment.SplitLang returns them.
	Spans []segment.Span
}

// SplitLang splits text (any line ends) into sentences by the rules of
// language lang, as NewLang does.
func SplitLang(text, lang string) Split {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	return Split{Text: text, Hash: textHash(text), Lang: lang, Spans: segment.SplitLang(text, lang)}
}

// Document returns the document of the split text, titled title, with the
// default tag set and no marks. Its Sentences are sp.Spans, the same
// array (a book's sentences are hundreds of kilobytes): change neither.
func (sp Split) Document(title string) *Document {
	text, spans := sp.Text, sp.Spans
	d := &Document{ID: sp.Hash, Hash: sp.Hash, Title: title, Text: text, TagSet: NewsAnalysis(), Lang: sp.Lang}
	d.Marks = make([]Mark, len(spans))
	d.Sentences = spans // the document's from now on: neither changes them
	d.cps = cpCheckpoints(text)
	return d
}

// textHash is the hex SHA-256 of text, hashed through a small buffer: a
// book's text is megabytes, and a []byte copy of it would stay as
// WebAssembly memory (which never shrinks).
func textHash(text string) string {
	h := sha256.New()
	var buf [8 << 10]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ParaStart reports whether sentence i starts a paragraph: the first one
// does, and so does one with a line break between it and the sentence
// before. (Not stored: a book's sentences are a fifth of its document.)
func (d *Document) ParaStart(i int) bool {
	return i == 0 || strings.ContainsRune(d.Text[d.Sentences[i-1].End:d.Sentences[i].Start], '\n')
}

// SentenceText returns the text of sentence i.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// Annotated returns how many sentences carry a tag or a note.
func (d *Document) Annotated() int {
	n := 0
	for _, m := range d.Marks {
		if !m.Empty() {
			n++
		}
	}
	return n
}

// TagUse returns, for each tag of the tag set in order, how many sentences
// use it (on the whole sentence or in a highlight, once per sentence).
func (d *Document) TagUse() []int {
	counts := make([]int, len(d.TagSet.Tags))
	index := make(map[string]int, len(counts))
	for k, t := range d.TagSet.Tags {
		index[t.ID] = k
	}
	seen := make([]bool, len(counts))
	count := func(id string) {
		if k, ok := index[id]; ok && !seen[k] {
			seen[k] = true
			counts[k]++
		}
	}
	for _, m := range d.Marks {
		if m.Empty() {
			continue
		}
		clear(seen)
		for _, id := range m.Tags {
			count(id)
		}
		for _, h := range m.Highlights {
			count(h.Tag)
		}
	}
	return counts
}

// DroppedInUse returns the tags of d's tag set that ts does not have (by
// id) and that some sentence uses, on the whole sentence or in a
// highlight, in tag-set order, and the sentences that use any of them, in
// order and each once. Replacing the tag set with ts would take those tags
// off those sentences.
func (d *Document) DroppedInUse(ts TagSet) (tags []Tag, sentences []int) {
	for _, t := range d.TagSet.Tags {
		if _, kept := ts.Find(t.ID); kept {
			continue
		}
		used := false
		for i, m := range d.Marks {
			if m.Uses(t.ID) {
				sentences = append(sentences, i)
				used = true
			}
		}
		if used {
			tags = append(tags, t)
		}
	}
	slices.Sort(sentences)
	return tags, slices.Compact(sentences)
}
