package session

import (
	"testing"
	"time"

	"annotator/app/model"
)

// TestSessionDatesChanges: a session's changes date their sentence, so
// that a W3C export gives each annotation its own modified (finding 13 of
// issue 19).
func TestSessionDatesChanges(t *testing.T) {
	d := model.New("t", "One here. Two here. Three here.")
	s := New(d)
	before := time.Now().Add(-time.Second)
	s.ToggleTag(0)
	if got := d.ChangedAt(0); got.Before(before) {
		t.Errorf("sentence 0 changed at %v", got)
	}
	if !d.ChangedAt(1).IsZero() {
		t.Errorf("sentence 1 was not changed but has %v", d.ChangedAt(1))
	}
}
