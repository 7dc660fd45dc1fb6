package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"annotator/app/jsonstrict"
)

// Hypothesis's own bulk exports, which are not W3C JSON-LD (no @context):
//
//   - the API's search answer: {"total": N, "rows": [annotation, ...]};
//   - the client's "Export annotations" file: {"export_date": ...,
//     "export_userid": ..., "client_version": ..., "annotations": [...]}.
//
// An annotation has "uri", "text" (the comment, in Markdown), "tags" (names),
// "created"/"updated" and "target": [{"source": uri, "selector": [...]}] with
// TextQuoteSelector, TextPositionSelector and RangeSelector entries (the
// last is ignored). Replies (a "references" list) and page notes (no quote)
// annotate no text: they are reported as not placed.

// hypoAnnotation is one Hypothesis annotation, the fields this app reads.
type hypoAnnotation struct {
	ID         string       `json:"id"`
	URI        string       `json:"uri"`
	Text       string       `json:"text"`
	Tags       []string     `json:"tags"`
	Updated    string       `json:"updated"`
	Created    string       `json:"created"`
	Target     []hypoTarget `json:"target"`
	References []string     `json:"references"`
}

// hypoTarget is one target of a Hypothesis annotation.
type hypoTarget struct {
	Source   string         `json:"source"`
	Selector []hypoSelector `json:"selector"`
}

// hypoSelector is one selector; only the fields of the two this app reads.
type hypoSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
	Start  *int   `json:"start"`
	End    *int   `json:"end"`
}

// hypoKeys are the keys whose case must be exact in a Hypothesis file.
var hypoKeys = jsonstrict.KeysFrom("total", "rows", "annotations", "export_date", "export_userid", "client_version",
	"id", "uri", "text", "tags", "updated", "created", "target", "references", "source", "selector",
	"type", "exact", "prefix", "suffix", "start", "end")

// presence records whether a JSON key was there and whether its value is
// an array, without keeping (or copying) the value.
type presence struct{ set, array bool }

// UnmarshalJSON implements json.Unmarshaler.
func (p *presence) UnmarshalJSON(b []byte) error {
	p.set, p.array = true, len(b) > 0 && b[0] == '['
	return nil
}

// fileHead is what Detect reads of a JSON file's top level.
type fileHead struct {
	Format        string   `json:"format"`
	Context       presence `json:"@context"`
	Total         presence `json:"total"`
	Rows          presence `json:"rows"`
	Annotations   presence `json:"annotations"`
	ExportDate    presence `json:"export_date"`
	ClientVersion presence `json:"client_version"`
}

// hypothesis reports whether the head is one of Hypothesis's exports.
func (h fileHead) hypothesis() bool {
	if h.Context.set {
		return false
	}
	return h.Rows.array && h.Total.set || h.Annotations.array && (h.ExportDate.set || h.ClientVersion.set)
}

// DecodeHypothesis reads a Hypothesis API search answer or a Hypothesis
// client export and returns its annotations for Resolve: the tags by
// name, the comment as the note, the quote and position from the
// selectors. It refuses files above MaxW3CSize, bytes that are not UTF-8,
// duplicate keys, values of the wrong type and more than MaxAnnotations
// annotations.
func DecodeHypothesis(data []byte) ([]Annotation, error) {
	if len(data) > MaxW3CSize {
		return nil, sizeError("a Hypothesis export", len(data), MaxW3CSize)
	}
	data = jsonstrict.StripBOM(data)
	if !utf8.Valid(data) {
		return nil, jsonstrict.Errorf("", "the file is not valid UTF-8: save it again as UTF-8, or export it again from Hypothesis")
	}
	err := jsonstrict.Scan(data, jsonstrict.Options{Known: hypoKeys, MaxItems: MaxAnnotations})
	if errors.Is(err, jsonstrict.ErrTooManyItems) {
		err.(*jsonstrict.Error).Problem = fmt.Sprintf("the list holds more than %d entries, and a file may hold at most %d annotations: export fewer annotations at a time", MaxAnnotations, MaxAnnotations)
	}
	if err != nil {
		return nil, err
	}
	var file struct {
		Rows        []hypoAnnotation `json:"rows"`
		Annotations []hypoAnnotation `json:"annotations"`
	}
	if err := json.Unmarshal(bytes.TrimSpace(data), &file); err != nil {
		return nil, jsonstrict.DecodeError(data, err)
	}
	list, key := file.Rows, "rows"
	if list == nil {
		list, key = file.Annotations, "annotations"
	}
	out := make([]Annotation, 0, len(list))
	for i, h := range list {
		out = append(out, h.annotation(jsonstrict.IndexPath("$."+key, i)))
	}
	return out, nil
}

// annotation turns one Hypothesis annotation into an Annotation.
func (h hypoAnnotation) annotation(place string) Annotation {
	a := Annotation{ID: h.ID, Place: place, Source: h.URI, Note: strings.TrimSpace(h.Text)}
	for _, name := range h.Tags {
		if name = strings.TrimSpace(name); name != "" {
			a.Tags = append(a.Tags, TagRef{Name: name})
		}
	}
	for _, s := range []string{h.Updated, h.Created} {
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			a.Modified = t.UTC()
			break
		}
	}
	if len(h.References) > 0 {
		return a // a reply annotates its thread, not the text: Resolve reports it
	}
	for _, t := range h.Target {
		if a.Source == "" {
			a.Source = t.Source
		}
		for _, s := range t.Selector {
			switch s.Type {
			case "TextQuoteSelector":
				a.Quote = Quote{Exact: s.Exact, Prefix: s.Prefix, Suffix: s.Suffix}
			case "TextPositionSelector":
				if s.Start != nil && s.End != nil && *s.Start >= 0 && *s.End >= *s.Start {
					a.Position = &Position{Start: *s.Start, End: *s.End}
				}
			}
		}
		break // Hypothesis gives one target
	}
	return a
}
