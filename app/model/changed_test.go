package model

import (
	"testing"
	"time"
)

// TestHistoryDatesEachSentence: with a Clock, every change, undo and redo
// dates the sentences it touches, and only those (finding 13 of issue 19:
// every W3C annotation had the same modified).
func TestHistoryDatesEachSentence(t *testing.T) {
	d := New("t", "One here. Two here. Three here.")
	h := NewHistory(d)
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	h.Clock = func() time.Time { return at }
	h.ToggleTag(0, "claim")
	at = at.Add(time.Hour)
	h.SetNote(2, "later")
	if got := d.ChangedAt(0); !got.Equal(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)) {
		t.Errorf("sentence 0 changed at %v", got)
	}
	if got := d.ChangedAt(2); !got.Equal(at) {
		t.Errorf("sentence 2 changed at %v, want %v", got, at)
	}
	if !d.ChangedAt(1).IsZero() {
		t.Errorf("untouched sentence 1 has a time: %v", d.ChangedAt(1))
	}
	at = at.Add(time.Hour)
	h.Undo()
	if !d.ChangedAt(2).Equal(at) {
		t.Errorf("undo did not date sentence 2: %v", d.ChangedAt(2))
	}
	at = at.Add(time.Hour)
	h.Record(Change{Marks: []MarkEdit{{Sentence: 1, After: Mark{Note: "imported"}}}})
	if !d.ChangedAt(1).Equal(at) {
		t.Errorf("a recorded change did not date sentence 1: %v", d.ChangedAt(1))
	}
	if !d.ChangedAt(-1).IsZero() || !d.ChangedAt(99).IsZero() {
		t.Error("a time outside the document")
	}
	// Without a Clock, no time is kept.
	d2 := New("t", "One here. Two here.")
	NewHistory(d2).ToggleTag(0, "claim")
	if d2.Changed != nil {
		t.Errorf("times without a clock: %v", d2.Changed)
	}
}
