package formats

import (
	"time"
)

// Annotation is one imported annotation, whatever file it came from: what
// it says (tags, note) and how to find its text again (quote, position).
type Annotation struct {
	// ID is the annotation's id in its file ("" when it has none).
	ID string
	// Place says where the annotation is in its file, for messages: a
	// JSON path or a CSV line.
	Place string
	// Source is the target source: "urn:sha256:<document id>" for files
	// made by this app, a web address for Hypothesis.
	Source string
	// Quote is the annotated text with its context.
	Quote Quote
	// Position is the annotated range in code points over the whole text,
	// when the file gives one.
	Position *Position
	// Tags are the tags the annotation puts on the text.
	Tags []TagRef
	// Note is the annotation's comment ("" when none).
	Note string
	// Modified is when the annotation was last changed (zero when unknown).
	Modified time.Time
	// Span is true for a highlight exported by this app: it stays a
	// highlight even when it covers a whole sentence.
	Span bool
}

// Quote is a TextQuoteSelector: the exact text and up to a few code points
// of context on each side.
type Quote struct {
	Exact, Prefix, Suffix string
}

// Position is a TextPositionSelector: code points [Start, End) of the text.
type Position struct {
	Start, End int
}

// TagRef names a tag in an imported file. ID is set when the file carries
// this app's tag ids; Name is the name a person sees (or a Hypothesis tag).
type TagRef struct {
	ID, Name string
}

// label is how messages name the tag.
func (t TagRef) label() string {
	if t.Name != "" {
		return t.Name
	}
	return t.ID
}
