package agreement

import "testing"

func TestDistances(t *testing.T) {
	for _, tt := range []struct {
		a, b                   Set
		nominal, jaccard, masi float64
	}{
		{Set{}, Set{}, 0, 0, 0},
		{nil, Set{"a"}, 1, 1, 1},
		{Set{"a"}, Set{"a"}, 0, 0, 0},
		{Set{"b", "a"}, Set{"a", "b", "a"}, 0, 0, 0}, // order and repeats ignored
		{Set{"a"}, Set{"b"}, 1, 1, 1},
		{Set{"a"}, Set{"a", "b"}, 1, 0.5, 1 - 0.5*0.67},
		{Set{"a", "b"}, Set{"b", "c"}, 1, 2.0 / 3, 1 - 0.33/3},
		{Set{"a", ""}, Set{"a"}, 0, 0, 0}, // empty labels ignored
	} {
		for _, swap := range []bool{false, true} {
			a, b := tt.a, tt.b
			if swap {
				a, b = b, a
			}
			if got := NominalDistance(a, b); got != tt.nominal {
				t.Errorf("NominalDistance(%q, %q) = %g, want %g", a, b, got, tt.nominal)
			}
			if got := JaccardDistance(a, b); !near(got, tt.jaccard) {
				t.Errorf("JaccardDistance(%q, %q) = %g, want %g", a, b, got, tt.jaccard)
			}
			if got := MASIDistance(a, b); !near(got, tt.masi) {
				t.Errorf("MASIDistance(%q, %q) = %g, want %g", a, b, got, tt.masi)
			}
		}
	}
}
