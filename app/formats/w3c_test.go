package formats

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestW3CRoundTrip(t *testing.T) {
	d := sampleDoc(t)
	raw, err := EncodeW3C(d, Options{Creator: "Zoë", Created: created, Modified: modified})
	if err != nil {
		t.Fatal(err)
	}
	f, err := DecodeW3C(raw)
	if err != nil {
		t.Fatal(err)
	}
	if f.Label != d.Title || len(f.Annotations) != 5 {
		t.Fatalf("label %q, %d annotations", f.Label, len(f.Annotations))
	}
	for _, a := range f.Annotations {
		if a.Source != SourceURN(d.ID) || !a.Modified.Equal(modified) || a.Position == nil {
			t.Errorf("%s: source %q, modified %v, position %v", a.ID, a.Source, a.Modified, a.Position)
		}
	}
	first := f.Annotations[0]
	if len(first.Tags) != 2 || first.Tags[0] != (TagRef{ID: "claim", Name: "Claim"}) || first.Note != "Price, \"disputed\"\nsecond line" {
		t.Errorf("first annotation: %+v", first)
	}
	if !f.Annotations[1].Span || f.Annotations[1].Quote.Exact != "Emoji" || f.Annotations[1].Quote.Prefix != " au lait costs 3 €, said Zoë. 😀 " ||
		f.Annotations[1].Quote.Suffix != " make life fun! 東京は大きい都市です、 He w" {
		t.Errorf("highlight: %+v", f.Annotations[1])
	}
	got := fresh(d)
	p := applyImport(t, got, f.Annotations)
	sameMarks(t, got, d)
	if p.Added != 4 || len(p.Unplaced) != 0 || len(p.UnknownTags) != 0 || len(p.OtherSources) != 0 {
		t.Errorf("plan: %s %+v", p.Summary(), p.Unplaced)
	}
}

func TestW3CMotivationAndCreator(t *testing.T) {
	d := sampleDoc(t)
	c := W3C(d, Options{})
	wantMotivations := []string{`["classifying","commenting"]`, `"classifying"`, `"commenting"`, `"classifying"`, `"classifying"`}
	wantIDs := []string{":0", ":1:h1", ":2", ":2:h1", ":4"}
	for i, a := range c.First.Items {
		m, _ := json.Marshal(a.Motivation)
		if string(m) != wantMotivations[i] || a.ID != "urn:annotator:"+d.ID+wantIDs[i] {
			t.Errorf("item %d: id %s, motivation %s", i, a.ID, m)
		}
		if a.Creator != nil || a.Created != "" || a.Modified != "" {
			t.Errorf("item %d has a creator or dates without options: %+v", i, a)
		}
	}
	raw, err := EncodeW3C(d, Options{Creator: "Ann", Modified: modified})
	if err != nil {
		t.Fatal(err)
	}
	var back W3CCollection
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	for i, a := range back.First.Items {
		if a.Creator == nil || *a.Creator != (W3CAgent{Type: "Person", Name: "Ann"}) || a.Modified != "2026-03-02T10:30:00Z" {
			t.Errorf("item %d: creator %+v, modified %q", i, a.Creator, a.Modified)
		}
	}
	if strings.Contains(string(raw), `\u003c`) || strings.Contains(string(raw), `"created"`) {
		t.Error("HTML escaping or a zero created date in the output")
	}
}

// hypothesis is one annotation as Hypothesis serves it as JSON-LD.
const hypothesis = `{
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "type": "Annotation",
  "id": "https://hyp.is/AbCdEf123/example.org/article",
  "created": "2026-02-01T08:15:30.123456+00:00",
  "modified": "2026-02-03T17:00:00.000001+00:00",
  "creator": "acct:reader@hypothes.is",
  "body": [
    {"type": "TextualBody", "value": "Is this **true**?", "format": "text/markdown"},
    {"type": "TextualBody", "value": "claim", "purpose": "tagging"},
    {"type": "TextualBody", "value": "needs source", "purpose": "tagging"}
  ],
  "target": [{
    "source": "https://example.org/article",
    "selector": [
      {"type": "RangeSelector", "startSelector": {"type": "XPathSelector", "value": "/p[1]", "refinedBy": {"type": "TextPositionSelector", "start": 0, "end": 0}},
       "endSelector": {"type": "XPathSelector", "value": "/p[1]", "refinedBy": {"type": "TextPositionSelector", "start": 5, "end": 5}}},
      {"type": "TextPositionSelector", "start": 1000, "end": 1012},
      {"type": "TextQuoteSelector", "exact": "The café is open.", "prefix": "paragraph starts here. ", "suffix": ""}
    ]
  }]
}`

func TestDecodeW3CHypothesis(t *testing.T) {
	f, err := DecodeW3C([]byte(hypothesis))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Annotations) != 1 {
		t.Fatalf("%d annotations", len(f.Annotations))
	}
	a := f.Annotations[0]
	wantMod := time.Date(2026, 2, 3, 17, 0, 0, 1000, time.UTC)
	switch {
	case a.ID != "https://hyp.is/AbCdEf123/example.org/article" || a.Span:
		t.Errorf("id %q span %v", a.ID, a.Span)
	case a.Source != "https://example.org/article":
		t.Errorf("source %q", a.Source)
	case a.Quote != Quote{Exact: "The café is open.", Prefix: "paragraph starts here. "}:
		t.Errorf("quote %+v", a.Quote)
	case a.Position == nil || *a.Position != (Position{Start: 1000, End: 1012}):
		t.Errorf("position %+v", a.Position)
	case len(a.Tags) != 2 || a.Tags[0].Name != "claim" || a.Tags[1].Name != "needs source":
		t.Errorf("tags %+v", a.Tags)
	case a.Note != "Is this **true**?":
		t.Errorf("note %q", a.Note)
	case !a.Modified.Equal(wantMod):
		t.Errorf("modified %v", a.Modified)
	}
	// Its position counts in another page's text, so the quote decides.
	d := sampleDoc(t)
	r := Resolve(d, d.TagSet, f.Annotations)
	if len(r.Marks) != 1 || r.Marks[0].Sentence != 4 || strings.Join(r.Marks[0].Mark.Tags, ",") != "claim" || r.Marks[0].Mark.Note != "Is this **true**?" {
		t.Errorf("resolved %+v", r.Marks)
	}
	if len(r.UnknownTags) != 1 || r.UnknownTags[0] != (UnknownTag{Name: "needs source", Uses: 1}) {
		t.Errorf("unknown tags %+v", r.UnknownTags)
	}
	if len(r.OtherSources) != 1 || r.OtherSources[0] != "https://example.org/article" {
		t.Errorf("other sources %v", r.OtherSources)
	}
	p := NewPlan(d, r)
	if p.Conflicts != 1 || p.Entries[0].Result.Note != "Is this **true**?" || strings.Join(p.Entries[0].Result.Tags, ",") != "opinion,claim" {
		t.Errorf("plan %s: %+v", p.Summary(), p.Entries)
	}
}

func TestDecodeW3CShapes(t *testing.T) {
	one := `{"type":"Annotation","id":"a1","body":{"type":"TextualBody","value":"fact","purpose":"classifying"},` +
		`"target":{"source":"s","selector":{"type":"TextQuoteSelector","exact":"open"}}}`
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"array of annotations", `[` + strings.Replace(one, `{"type"`, `{"@context":"http://www.w3.org/ns/anno.jsonld","type"`, 1) + `]`, 1},
		{"page", `{"@context":["http://www.w3.org/ns/anno.jsonld","http://www.w3.org/ns/ldp.jsonld"],"type":"AnnotationPage","items":[` + one + `,` + one + `]}`, 2},
		{"empty collection", `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","total":0}`, 0},
		{"bodyValue and a string target", `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","id":"x","bodyValue":"hi","target":"http://e.org/"}`, 1},
		{"two targets", `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","id":"x","target":["http://a/","http://b/"]}`, 2},
		{"byte order mark", "\ufeff" + `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","id":"x","target":"t"}`, 1},
	}
	for _, tt := range tests {
		f, err := DecodeW3C([]byte(tt.in))
		if err != nil || len(f.Annotations) != tt.want {
			t.Errorf("%s: %v, %+v", tt.name, err, f)
		}
	}
	f, err := DecodeW3C([]byte(tests[0].in))
	if err != nil || f.Annotations[0].Tags[0].Name != "fact" || f.Annotations[0].Quote.Exact != "open" || f.Annotations[0].Place != "$[0]" {
		t.Errorf("array: %v %+v", err, f)
	}
	f, err = DecodeW3C([]byte(tests[3].in))
	if err != nil || f.Annotations[0].Note != "hi" || f.Annotations[0].Source != "http://e.org/" {
		t.Errorf("bodyValue: %v %+v", err, f)
	}
}

func TestDecodeW3CRejects(t *testing.T) {
	ctx := `"@context":"http://www.w3.org/ns/anno.jsonld",`
	tq := `{"type":"TextQuoteSelector","exact":"x"}`
	ann := func(extra string) string {
		return `{` + ctx + `"type":"Annotation","id":"a",` + extra + `"target":{"source":"s","selector":` + tq + `}}`
	}
	tests := []struct{ name, in, want string }{
		{"not JSON", `annotations`, "line 1, column 1: invalid JSON"},
		{"scalar", `42`, "$: expected a W3C annotation, page or collection"},
		{"no context", `{"type":"Annotation","id":"a","target":"t"}`, "$: no @context: this is not W3C Web Annotation JSON-LD"},
		{"other context", `{"@context":"https://schema.org/","type":"Annotation"}`, "$.@context: does not name http://www.w3.org/ns/anno.jsonld"},
		{"unknown type", `{` + ctx + `"type":"Comment"}`, `$.type: "Comment" is not an Annotation, AnnotationPage or AnnotationCollection`},
		{"no type", `{` + ctx + `"id":"a"}`, `$: no type`},
		{"no id", `{` + ctx + `"type":"Annotation","target":"t"}`, "$: the annotation has no id"},
		{"no target", `{` + ctx + `"type":"Annotation","id":"a"}`, "$: the annotation has no target"},
		{"empty target array", `{` + ctx + `"type":"Annotation","id":"a","target":[]}`, "$.target: the annotation has no target"},
		{"duplicate key", ann(`"id":"b",`), `$.id: duplicate key "id"`},
		{"case variants", `{` + ctx + `"type":"Annotation","Type":"Annotation"}`, `$.Type: keys "type" and "Type" differ only in case`},
		{"near miss in a selector", `{` + ctx + `"type":"Annotation","id":"a","target":{"selector":{"type":"TextQuoteSelector","Exact":"x"}}}`,
			`$.target.selector.Exact: key "Exact" must be written "exact"`},
		{"quote without exact", `{` + ctx + `"type":"Annotation","id":"a","target":{"selector":[{"type":"TextQuoteSelector","prefix":"x"}]}}`,
			`$.target.selector[0]: a TextQuoteSelector needs "exact"`},
		{"exact not a string", `{` + ctx + `"type":"Annotation","id":"a","target":{"selector":{"type":"TextQuoteSelector","exact":3}}}`,
			`$.target.selector.exact: expected a string`},
		{"position backwards", `{` + ctx + `"type":"Annotation","id":"a","target":{"selector":{"type":"TextPositionSelector","start":9,"end":2}}}`,
			`$.target.selector: start 9 and end 2 do not make a range`},
		{"position not a number", `{` + ctx + `"type":"Annotation","id":"a","target":{"selector":{"type":"TextPositionSelector","start":"9","end":12}}}`,
			`$.target.selector.start: expected a whole number, found "9"`},
		{"position fraction", `{` + ctx + `"type":"Annotation","id":"a","target":{"selector":{"type":"TextPositionSelector","start":1.5,"end":12}}}`,
			`$.target.selector.start: expected a whole number, found 1.5`},
		{"bad date", ann(`"modified":"last week",`), `$.modified: "last week" is not a date and time`},
		{"body value not a string", ann(`"body":{"type":"TextualBody","value":["a"]},`), `$.body.value: expected a string`},
		{"purpose not a string", ann(`"body":[{"type":"TextualBody","value":"a","purpose":7}],`), `$.body[0].purpose: expected a string or an array of strings`},
		{"total mismatch", `{` + ctx + `"type":"AnnotationCollection","total":3,"first":{"type":"AnnotationPage","items":[` + ann("") + `]}}`,
			"$.total: the collection says it holds 3 annotations but its page has 1"},
		{"first page by link", `{` + ctx + `"type":"AnnotationCollection","total":3,"first":"http://e.org/page1"}`,
			"$.first: the first page is only a link"},
		{"collection without page", `{` + ctx + `"type":"AnnotationCollection","total":3}`, "$: the collection says it holds 3 annotations but has no first page"},
		{"more pages", `{` + ctx + `"type":"AnnotationPage","next":"http://e.org/page2","items":[]}`, "$.next: the collection continues on another page"},
		{"page without items", `{` + ctx + `"type":"AnnotationPage"}`, "$: the page has no items"},
		{"item not an annotation", `{` + ctx + `"type":"AnnotationPage","items":[{"type":"Note"}]}`, `$.items[0].type: expected "Annotation", found "Note"`},
		{"array element without context", `[{"type":"Annotation","id":"a","target":"t"}]`, "$[0]: no @context"},
		{"too large", strings.Repeat(" ", MaxW3CSize+1), "the file is 32 MB; a W3C annotation file may be at most 32 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeW3C([]byte(tt.in))
			wantError(t, err, tt.want)
		})
	}
}
