package formats

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"annotator/app/model"
)

// hypoRow is one annotation as Hypothesis's API and client write it, with
// the fields they carry besides those the app reads.
func hypoRow(id, uri, exact, prefix, suffix string, start, end int, text string, tags ...string) map[string]any {
	if tags == nil {
		tags = []string{}
	}
	return map[string]any{
		"id": id, "created": "2026-03-01T09:00:00.000000+00:00", "updated": "2026-03-02T10:30:00.123456+00:00",
		"user": "acct:teacher@hypothes.is", "uri": uri, "text": text, "tags": tags, "group": "__world__",
		"permissions": map[string]any{"read": []string{"group:__world__"}, "admin": []string{"acct:teacher@hypothes.is"},
			"update": []string{"acct:teacher@hypothes.is"}, "delete": []string{"acct:teacher@hypothes.is"}},
		"target": []any{map[string]any{"source": uri, "selector": []any{
			map[string]any{"type": "RangeSelector", "endOffset": 12, "startOffset": 0, "endContainer": "/main[1]/p[1]", "startContainer": "/main[1]/p[1]"},
			map[string]any{"type": "TextPositionSelector", "start": start, "end": end},
			map[string]any{"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
		}}},
		"document":  map[string]any{"title": []string{"Unicode sample"}},
		"links":     map[string]any{"html": "https://hypothes.is/a/" + id, "incontext": "https://hyp.is/" + id + "/example.org"},
		"flagged":   false,
		"hidden":    false,
		"user_info": map[string]any{"display_name": "A Teacher"},
	}
}

// hypothesisFiles returns an API search answer and a client export of the
// same annotations on sampleText.
func hypothesisFiles(t *testing.T, rows ...map[string]any) (api, export []byte) {
	t.Helper()
	api, err := json.Marshal(map[string]any{"total": len(rows), "rows": rows})
	if err != nil {
		t.Fatal(err)
	}
	export, err = json.MarshalIndent(map[string]any{"export_date": "2026-03-03T08:00:00.000Z", "export_userid": "acct:teacher@hypothes.is",
		"client_version": "1.1467.0", "annotations": rows}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return api, export
}

func TestHypothesisExportsImport(t *testing.T) {
	const uri = "https://example.org/sample.html"
	rows := []map[string]any{
		// A whole sentence, tagged by names of the document's tags (any case) and a new one.
		hypoRow("a1", uri, "A second paragraph starts here.", "left.\n", " The café", 0, 0, "Check this.", "claim", "Needs source"),
		// Words inside a sentence: a highlight per tag; its comment goes to the note.
		hypoRow("a2", uri, "Emoji", "😀 ", " make life", 0, 0, "", "Evidence"),
		// A page note and a reply annotate no text.
		{"id": "a3", "uri": uri, "text": "Page note", "tags": []string{}, "target": []any{map[string]any{"source": uri}}},
		{"id": "a4", "uri": uri, "text": "Reply", "tags": []string{}, "references": []string{"a1"}, "target": []any{map[string]any{"source": uri}}},
	}
	api, export := hypothesisFiles(t, rows...)
	for name, data := range map[string][]byte{"API search": api, "client export": export} {
		t.Run(name, func(t *testing.T) {
			if k := Detect(data); k != KindHypothesis {
				t.Fatalf("Detect = %v", k)
			}
			kind, anns, err := ReadAnnotations(data, "")
			if err != nil || kind != KindHypothesis || len(anns) != 4 {
				t.Fatalf("ReadAnnotations = %v, %d annotations, %v", kind, len(anns), err)
			}
			d := model.New("Unicode sample", sampleText)
			r := Resolve(d, d.TagSet, anns)
			if !slices.Equal(r.OtherSources, []string{uri}) || len(r.Unplaced) != 2 {
				t.Errorf("sources %v, unplaced %+v", r.OtherSources, r.Unplaced)
			}
			if len(r.UnknownTags) != 1 || r.UnknownTags[0].Name != "Needs source" {
				t.Fatalf("unknown tags %+v", r.UnknownTags)
			}
			ts := ExtendTagSet(d.TagSet, r.UnknownTags)
			r = Resolve(d, ts, anns)
			if len(r.Marks) != 2 {
				t.Fatalf("marks %+v", r.Marks)
			}
			if m := r.Marks[1].Mark; r.Marks[1].Sentence != 3 || strings.Join(m.Tags, ",") != "claim,needs-source" || m.Note != "Check this." {
				t.Errorf("the whole-sentence annotation: %+v", r.Marks[1])
			}
			if m := r.Marks[0].Mark; r.Marks[0].Sentence != 1 || len(m.Highlights) != 1 || m.Highlights[0].Tag != "evidence" {
				t.Errorf("the highlight: %+v", r.Marks[0])
			}
			if r.Marks[1].Modified.Format("2006-01-02T15:04:05") != "2026-03-02T10:30:00" {
				t.Errorf("modified %v", r.Marks[1].Modified)
			}
		})
	}
}

func TestHypothesisDetectAndRefuse(t *testing.T) {
	for _, c := range []struct {
		name, data string
		kind       Kind
		err        string
	}{
		{"W3C with @context and rows", `{"@context": "http://www.w3.org/ns/anno.jsonld", "total": 1, "rows": []}`, KindW3C, ""},
		{"rows without total", `{"rows": []}`, KindW3C, ""},
		{"empty search", `{"total": 0, "rows": []}`, KindHypothesis, ""},
		{"export without annotations list", `{"export_date": "x", "annotations": {}}`, KindW3C, ""},
		{"wrong type", `{"total": 1, "rows": [{"tags": "claim"}]}`, KindHypothesis, "tags"},
		{"duplicate key", `{"total": 1, "rows": [{"text": "a", "text": "b"}]}`, KindHypothesis, "text"},
		{"near-miss key", `{"total": 1, "rows": [{"Text": "a"}]}`, KindHypothesis, "Text"},
		{"bad UTF-8", "{\"total\": 1, \"rows\": [{\"text\": \"\xff\"}]}", KindHypothesis, "UTF-8"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if k := Detect([]byte(c.data)); k != c.kind {
				t.Fatalf("Detect = %v, want %v", k, c.kind)
			}
			if c.kind != KindHypothesis {
				return
			}
			_, err := DecodeHypothesis([]byte(c.data))
			switch {
			case c.err == "" && err != nil:
				t.Errorf("DecodeHypothesis: %v", err)
			case c.err != "":
				wantError(t, err, c.err)
			}
		})
	}
	many := `{"total": 1, "rows": [` + strings.Repeat(`{},`, MaxAnnotations) + `{}]}`
	_, err := DecodeHypothesis([]byte(many))
	wantError(t, err, fmt.Sprintf("at most %d annotations", MaxAnnotations))
}
