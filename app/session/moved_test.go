package session

import (
	"slices"
	"testing"
)

// A move repaints whole only what changed beyond the cursor marker: the
// sentence left with a pending selection (its highlight of the selection
// goes) or with a note just committed (its note mark comes); the others
// are only Moved, which the view shows by moving aria-current.
func TestMoveRepaintsWholeOnlyWhatChangedBeyondTheMarker(t *testing.T) {
	cases := []struct {
		name          string
		prepare       func(s *Session)
		moved, repain []int
	}{
		{"plain move", func(*Session) {}, []int{0, 1}, nil},
		{"pending selection", func(s *Session) { s.Select(0, 0, 3) }, []int{1}, []int{0}},
		{"note typed", func(s *Session) { s.TypeNote("a note") }, []int{0, 1}, []int{0}},
	}
	for _, c := range cases {
		s := newSession(t)
		c.prepare(s)
		e := run(t, s, "j")
		if !slices.Equal(e.Moved, c.moved) || !slices.Equal(e.Repaint, c.repain) {
			t.Errorf("%s: moved %v, repaint %v; want moved %v, repaint %v", c.name, e.Moved, e.Repaint, c.moved, c.repain)
		}
		for _, i := range []int{0, 1} {
			if !e.Touches(i) {
				t.Errorf("%s: the effect does not touch sentence %d", c.name, i)
			}
		}
		if s.Cur != 1 || !s.Sel.Empty() {
			t.Errorf("%s: cursor %d, selection %v", c.name, s.Cur, s.Sel)
		}
	}
}

// Then keeps the moved sentences of both effects.
func TestThenKeepsMoved(t *testing.T) {
	e := Effect{Moved: []int{3, 4}}.Then(Effect{Moved: []int{4, 5}, Repaint: []int{5}})
	if !slices.Equal(e.Moved, []int{3, 4, 4, 5}) || !slices.Equal(e.Repaint, []int{5}) {
		t.Errorf("moved %v, repaint %v", e.Moved, e.Repaint)
	}
}
