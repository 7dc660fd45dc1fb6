package formats

import (
	"testing"
	"time"

	"annotator/app/model"
)

// TestW3CModifiedPerSentence is finding 13 of issue 19: every W3C
// annotation had the same modified. Each is now dated by its sentence's
// last change; a sentence without a known time gets Options.Modified.
func TestW3CModifiedPerSentence(t *testing.T) {
	d := model.New("t", "One here. Two here. Three here.")
	h := model.NewHistory(d)
	at := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	h.Clock = func() time.Time { return at }
	h.ToggleTag(0, "claim")
	at = at.Add(2 * time.Hour)
	h.ToggleHighlight(2, 0, 3, "fact")
	h.Clock = nil
	h.SetNote(1, "undated")
	fallback := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	c := W3C(d, Options{Modified: fallback})
	want := []string{"2026-05-01T08:00:00Z", "2026-06-01T00:00:00Z", "2026-05-01T10:00:00Z"}
	if len(c.First.Items) != len(want) {
		t.Fatalf("%d annotations", len(c.First.Items))
	}
	for k, a := range c.First.Items {
		if a.Modified != want[k] {
			t.Errorf("annotation %s: modified %q, want %q", a.ID, a.Modified, want[k])
		}
	}
	raw, err := EncodeW3C(d, Options{Modified: fallback})
	if err != nil {
		t.Fatal(err)
	}
	f, err := DecodeW3C(raw)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Annotations[0].Modified.Equal(time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("decoded modified %v", f.Annotations[0].Modified)
	}
}
