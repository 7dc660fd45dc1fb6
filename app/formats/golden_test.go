package formats

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"annotator/app/model"
)

// seedDoc is the seed article with a tag and note on its first sentence,
// a highlight in its second and a note alone on its third.
func seedDoc(t *testing.T) *model.Document {
	t.Helper()
	text, err := os.ReadFile("../../seeds/ukraine-diplomacy.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := model.New("Ukraine diplomacy", string(text))
	h := model.NewHistory(d)
	s1 := d.SentenceText(1)
	k := strings.Index(s1, "political solution")
	if k < 0 {
		t.Fatalf("sentence 1 is %q", s1)
	}
	for _, err := range []error{
		second(h.ToggleTag(0, "fact")),
		second(h.ToggleTag(0, "quote")),
		second(h.SetNote(0, "Check the date.")),
		second(h.ToggleHighlight(1, k, k+len("political solution"), "claim")),
		second(h.SetNote(2, "Troop numbers: which source?")),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func second(_ bool, err error) error { return err }

// TestW3CSeedGolden checks that the W3C export of the seed article holds
// every field the Web Annotation model requires, with the right values.
func TestW3CSeedGolden(t *testing.T) {
	d := seedDoc(t)
	raw, err := EncodeW3C(d, Options{Created: created, Modified: modified})
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]any
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatal(err)
	}
	// The collection: @context, id, type, label, total, first.type, first.items.
	first, _ := c["first"].(map[string]any)
	items, _ := first["items"].([]any)
	switch {
	case c["@context"] != "http://www.w3.org/ns/anno.jsonld":
		t.Errorf("@context = %v", c["@context"])
	case c["id"] != "urn:annotator:"+d.ID:
		t.Errorf("id = %v", c["id"])
	case c["type"] != "AnnotationCollection":
		t.Errorf("type = %v", c["type"])
	case c["label"] != "Ukraine diplomacy":
		t.Errorf("label = %v", c["label"])
	case first["type"] != "AnnotationPage":
		t.Errorf("first.type = %v", first["type"])
	case len(items) != 3 || c["total"] != float64(3):
		t.Fatalf("total %v, %d items", c["total"], len(items))
	}
	runes := []rune(d.Text)
	wantExact := []string{d.SentenceText(0), "political solution", d.SentenceText(2)}
	wantMotivation := []any{[]any{"classifying", "commenting"}, "classifying", "commenting"}
	wantBodies := [][]string{{"classifying:Fact", "classifying:Quote", "commenting:Check the date."}, {"classifying:Claim"}, {"commenting:Troop numbers: which source?"}}
	for i, it := range items {
		a := it.(map[string]any)
		// The annotation: @context, id, type, motivation, created, modified, body, target.
		if a["@context"] != AnnoContext || a["type"] != "Annotation" || !strings.HasPrefix(a["id"].(string), "urn:annotator:"+d.ID+":") {
			t.Errorf("item %d: @context %v, type %v, id %v", i, a["@context"], a["type"], a["id"])
		}
		if a["created"] != "2026-03-01T09:00:00Z" || a["modified"] != "2026-03-02T10:30:00Z" {
			t.Errorf("item %d: created %v, modified %v", i, a["created"], a["modified"])
		}
		if m, _ := json.Marshal(a["motivation"]); string(m) != mustJSON(wantMotivation[i]) {
			t.Errorf("item %d: motivation %s", i, m)
		}
		if _, ok := a["creator"]; ok {
			t.Errorf("item %d has a creator though none was set", i)
		}
		// Bodies: type, value, purpose (and format for the note).
		var bodies []string
		for _, b := range a["body"].([]any) {
			body := b.(map[string]any)
			if body["type"] != "TextualBody" {
				t.Errorf("item %d: body type %v", i, body["type"])
			}
			if body["purpose"] == "commenting" && body["format"] != "text/plain" {
				t.Errorf("item %d: note format %v", i, body["format"])
			}
			if body["purpose"] == "classifying" && !strings.HasPrefix(body["id"].(string), "urn:annotator:tag:") {
				t.Errorf("item %d: tag body id %v", i, body["id"])
			}
			bodies = append(bodies, body["purpose"].(string)+":"+body["value"].(string))
		}
		if !slices.Equal(bodies, wantBodies[i]) {
			t.Errorf("item %d: bodies %q, want %q", i, bodies, wantBodies[i])
		}
		// Target: source and both selectors with their fields.
		target := a["target"].(map[string]any)
		if target["source"] != "urn:sha256:"+d.ID {
			t.Errorf("item %d: source %v", i, target["source"])
		}
		sels := target["selector"].([]any)
		if len(sels) != 2 {
			t.Fatalf("item %d: %d selectors", i, len(sels))
		}
		q, p := sels[0].(map[string]any), sels[1].(map[string]any)
		if q["type"] != "TextQuoteSelector" || p["type"] != "TextPositionSelector" {
			t.Fatalf("item %d: selector types %v, %v", i, q["type"], p["type"])
		}
		start, end := int(p["start"].(float64)), int(p["end"].(float64))
		exact, _ := q["exact"].(string)
		prefix, _ := q["prefix"].(string)
		suffix, _ := q["suffix"].(string)
		if exact != wantExact[i] || string(runes[start:end]) != exact {
			t.Errorf("item %d: exact %q, text at %d–%d %q", i, exact, start, end, string(runes[start:end]))
		}
		if n := utf8.RuneCountInString(prefix); n > 32 || string(runes[start-n:start]) != prefix || (start >= 32 && n != 32) {
			t.Errorf("item %d: prefix %q", i, prefix)
		}
		if n := utf8.RuneCountInString(suffix); n != min(32, len(runes)-end) || string(runes[end:end+n]) != suffix {
			t.Errorf("item %d: suffix %q", i, suffix)
		}
	}
	if !strings.HasPrefix(items[0].(map[string]any)["target"].(map[string]any)["selector"].([]any)[0].(map[string]any)["exact"].(string), "On Sunday, March 30th, U.S. Secretary of State John Kerry met") {
		t.Error("the first annotation does not quote the first sentence of the seed")
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
