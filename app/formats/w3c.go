package formats

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// AnnoContext is the JSON-LD context of the W3C Web Annotation model.
const AnnoContext = "http://www.w3.org/ns/anno.jsonld"

// tagIDPrefix starts the id of a classifying body: the tag's id follows,
// path-escaped, so that the tag survives a rename of its display name.
const tagIDPrefix = "urn:annotator:tag:"

// W3CCollection is an AnnotationCollection with its one embedded page.
type W3CCollection struct {
	Context string  `json:"@context"`
	ID      string  `json:"id"`
	Type    string  `json:"type"`
	Label   string  `json:"label"`
	Total   int     `json:"total"`
	First   W3CPage `json:"first"`
}

// W3CPage is an AnnotationPage.
type W3CPage struct {
	ID         string          `json:"id"`
	Type       string          `json:"type"`
	StartIndex int             `json:"startIndex"`
	Items      []W3CAnnotation `json:"items"`
}

// W3CAnnotation is one Annotation: a sentence's tags and note, or one
// highlight.
type W3CAnnotation struct {
	Context    string      `json:"@context"`
	ID         string      `json:"id"`
	Type       string      `json:"type"`
	Motivation Motivations `json:"motivation"`
	Created    string      `json:"created,omitempty"`
	Modified   string      `json:"modified,omitempty"`
	Creator    *W3CAgent   `json:"creator,omitempty"`
	Body       []W3CBody   `json:"body"`
	Target     W3CTarget   `json:"target"`
}

// Motivations is a list of motivations, written as a single string when it
// holds one, as the model's examples do.
type Motivations []string

// MarshalJSON implements json.Marshaler.
func (m Motivations) MarshalJSON() ([]byte, error) {
	if len(m) == 1 {
		return json.Marshal(m[0])
	}
	return json.Marshal([]string(m))
}

// UnmarshalJSON implements json.Unmarshaler: it reads a string or an array.
func (m *Motivations) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*m = Motivations{one}
		return nil
	}
	return json.Unmarshal(b, (*[]string)(m))
}

// W3CAgent is the annotation's creator.
type W3CAgent struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

// W3CBody is a TextualBody: a tag (purpose "classifying", value = tag name,
// id = "urn:annotator:tag:" + tag id) or the note (purpose "commenting").
type W3CBody struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Value   string `json:"value"`
	Format  string `json:"format,omitempty"`
}

// W3CTarget is the annotated text and where in it the annotation sits.
type W3CTarget struct {
	Source string `json:"source"`
	// Language is the text's language (BCP 47), when known.
	Language string        `json:"language,omitempty"`
	Selector []W3CSelector `json:"selector"`
}

// W3CSelector is a TextQuoteSelector (Exact, Prefix, Suffix) or a
// TextPositionSelector (Start, End in code points over the whole text).
type W3CSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// SourceURN is the target source of a text: "urn:sha256:" + the hex SHA-256
// of the text. A document id is that hash, or for a duplicate the hash with
// a "-N" suffix, which is dropped here.
func SourceURN(docID string) string {
	hash, _, _ := strings.Cut(docID, "-")
	return "urn:sha256:" + hash
}

// annotationID is the stable id of a sentence's annotation (hl = 0) or of
// its hl-th highlight (from 1).
func annotationID(docID string, sentence, hl int) string {
	id := "urn:annotator:" + docID + ":" + strconv.Itoa(sentence)
	if hl > 0 {
		id += ":h" + strconv.Itoa(hl)
	}
	return id
}

// isHighlightID reports whether id has the shape of an exported highlight.
func isHighlightID(id string) bool {
	rest, ok := strings.CutPrefix(id, "urn:annotator:")
	if !ok {
		return false
	}
	parts := strings.Split(rest, ":")
	return len(parts) == 3 && strings.HasPrefix(parts[2], "h") && len(parts[2]) > 1
}

// W3C builds the AnnotationCollection of d: one Annotation per sentence
// with tags or a note, one per highlight, in text order. An annotation's
// modified is when its sentence last changed (d.ChangedAt), else
// o.Modified.
func W3C(d *model.Document, o Options) W3CCollection {
	c := W3CCollection{
		Context: AnnoContext,
		ID:      "urn:annotator:" + d.ID,
		Type:    "AnnotationCollection",
		Label:   d.Title,
		First:   W3CPage{ID: "urn:annotator:" + d.ID + ":page1", Type: "AnnotationPage", Items: []W3CAnnotation{}},
	}
	base := W3CAnnotation{Context: AnnoContext, Type: "Annotation", Created: w3cTime(o.Created), Modified: w3cTime(o.Modified)}
	if o.Creator != "" {
		base.Creator = &W3CAgent{Type: "Person", Name: o.Creator}
	}
	for i, m := range d.Marks {
		s := d.Sentences[i]
		cpStart, cpEnd := d.CodePoints(i)
		text := d.SentenceText(i)
		base := base
		if t := d.ChangedAt(i); !t.IsZero() {
			base.Modified = w3cTime(t) // when this sentence last changed
		}
		if len(m.Tags) > 0 || m.Note != "" {
			a := base
			a.ID = annotationID(d.ID, i, 0)
			for _, t := range m.Tags {
				a.Body = append(a.Body, tagBody(d.TagSet, t))
			}
			if len(m.Tags) > 0 {
				a.Motivation = append(a.Motivation, "classifying")
			}
			if m.Note != "" {
				a.Motivation = append(a.Motivation, "commenting")
				a.Body = append(a.Body, W3CBody{Type: "TextualBody", Purpose: "commenting", Value: m.Note, Format: "text/plain"})
			}
			a.Target = target(d, s.Start, s.End, cpStart, cpEnd)
			c.First.Items = append(c.First.Items, a)
		}
		for k, h := range m.Highlights {
			if h.Start < 0 || h.End > len(text) || h.Start >= h.End {
				continue
			}
			a := base
			a.ID = annotationID(d.ID, i, k+1)
			a.Motivation = Motivations{"classifying"}
			a.Body = []W3CBody{tagBody(d.TagSet, h.Tag)}
			cp0 := cpStart + utf8.RuneCountInString(text[:h.Start])
			cp1 := cp0 + utf8.RuneCountInString(text[h.Start:h.End])
			a.Target = target(d, s.Start+h.Start, s.Start+h.End, cp0, cp1)
			c.First.Items = append(c.First.Items, a)
		}
	}
	c.Total = len(c.First.Items)
	return c
}

// EncodeW3C writes W3C(d, o) as indented JSON-LD.
func EncodeW3C(d *model.Document, o Options) ([]byte, error) {
	return jsonstrict.MarshalIndent(W3C(d, o))
}

// tagBody is the classifying body of one tag.
func tagBody(ts model.TagSet, id string) W3CBody {
	return W3CBody{ID: tagIDPrefix + url.PathEscape(id), Type: "TextualBody", Purpose: "classifying", Value: tagName(ts, id)}
}

// target anchors bytes [b0, b1) = code points [cp0, cp1) of d's text.
func target(d *model.Document, b0, b1, cp0, cp1 int) W3CTarget {
	return W3CTarget{
		Source: SourceURN(d.Hash), Language: d.Lang,
		Selector: []W3CSelector{
			{Type: "TextQuoteSelector", Exact: d.Text[b0:b1], Prefix: runesBefore(d.Text, b0, contextRunes), Suffix: runesAfter(d.Text, b1, contextRunes)},
			{Type: "TextPositionSelector", Start: &cp0, End: &cp1},
		},
	}
}

// w3cTime formats t as xsd:dateTime in UTC, or "" for the zero time.
func w3cTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
