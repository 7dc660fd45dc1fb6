package anchor

import (
	"strings"
	"testing"
)

// split is a tiny sentence list builder for the tests: sentences are
// separated by "|".
func split(s string) []string { return strings.Split(s, "|") }

// wantsAt builds wants for the given old sentences, with prefix and suffix
// taken from the old text the way the store does (the text before and
// after, joined with spaces, up to 32 code points).
func wantsAt(old []string, idx ...int) []Want {
	var out []Want
	for _, i := range idx {
		before := strings.Join(old[:i], " ")
		after := strings.Join(old[i+1:], " ")
		if i > 0 {
			before += " "
		}
		if i+1 < len(old) {
			after = " " + after
		}
		out = append(out, Want{Quote: old[i], Prefix: lastRunes(before, 32), Suffix: firstRunes(after, 32), Index: i})
	}
	return out
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(len(r), n)])
}

func TestPlace(t *testing.T) {
	base := "The council met on Monday.|It approved the budget.|Critics called it reckless.|The mayor disagreed.|A vote follows in May."
	old := split(base)
	cases := []struct {
		name  string
		now   string
		wants []Want
		want  []Result
	}{
		{
			name:  "unchanged",
			now:   base,
			wants: wantsAt(old, 0, 2, 4),
			want:  []Result{{0, Exact, 0}, {2, Exact, 0}, {4, Exact, 0}},
		},
		{
			name:  "inserted sentence before shifts indices",
			now:   "Breaking news.|" + base,
			wants: wantsAt(old, 0, 2, 4),
			want:  []Result{{1, Exact, 0}, {3, Exact, 0}, {5, Exact, 0}},
		},
		{
			name:  "removed sentence is an orphan",
			now:   "The council met on Monday.|It approved the budget.|The mayor disagreed.|A vote follows in May.",
			wants: wantsAt(old, 1, 2, 3),
			want:  []Result{{1, Exact, 0}, {-1, Orphan, 0}, {2, Exact, 0}},
		},
		{
			name:  "reworded sentence is fuzzy",
			now:   "The council met on Monday.|It approved the new budget.|Critics called it reckless!|The mayor disagreed.|A vote follows in May.",
			wants: wantsAt(old, 1, 2, 3),
			want:  []Result{{1, Fuzzy, 4}, {2, Fuzzy, 1}, {3, Exact, 0}},
		},
		{
			name:  "rewritten beyond the bound is an orphan",
			now:   "The council met on Monday.|It approved the budget.|Opponents say the plan is a gamble.|The mayor disagreed.|A vote follows in May.",
			wants: wantsAt(old, 2),
			want:  []Result{{-1, Orphan, 0}},
		},
		{
			name:  "moved far away is still exact",
			now:   "It approved the budget.|Critics called it reckless.|The mayor disagreed.|A vote follows in May.|The council met on Monday.",
			wants: wantsAt(old, 0, 3),
			want:  []Result{{4, Exact, 0}, {2, Exact, 0}},
		},
		{
			name:  "quotes under 4 code points only match exactly",
			now:   "No!|Yes!|Ok.",
			wants: []Want{{Quote: "No.", Index: 0}, {Quote: "Yes.", Index: 1}, {Quote: "Ok.", Index: 2}},
			want:  []Result{{-1, Orphan, 0}, {1, Fuzzy, 1}, {2, Exact, 0}},
		},
		{
			name:  "one sentence takes one annotation",
			now:   "Critics called it reckless.",
			wants: []Want{{Quote: "Critics called it reckless.", Index: 0}, {Quote: "Critics called it reckless.", Index: 1}},
			want:  []Result{{0, Exact, 0}, {-1, Orphan, 0}},
		},
		{
			name:  "exact beats fuzzy for the same sentence",
			now:   "It approved the budget.|The mayor disagreed.",
			wants: []Want{{Quote: "It approved a budget.", Index: 0}, {Quote: "It approved the budget.", Index: 5}},
			want:  []Result{{-1, Orphan, 0}, {0, Exact, 0}},
		},
		{
			name:  "closer fuzzy match wins the sentence",
			now:   "It approved the budget!|The mayor disagreed.",
			wants: []Want{{Quote: "It approved a budget.", Index: 0}, {Quote: "It approved the budget.", Index: 0}},
			want:  []Result{{-1, Orphan, 0}, {0, Fuzzy, 1}},
		},
		{
			name:  "no sentences",
			now:   "",
			wants: []Want{{Quote: "Anything at all.", Index: 0}},
			want:  []Result{{-1, Orphan, 0}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var now []string
			if c.now != "" {
				now = split(c.now)
			}
			got := Place(now, c.wants)
			if len(got) != len(c.want) {
				t.Fatalf("got %d results, want %d", len(got), len(c.want))
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("want %d (%q): got %+v, want %+v", i, c.wants[i].Quote, got[i], c.want[i])
				}
			}
		})
	}
}

// TestPlaceDuplicates checks that prefix and suffix choose among equal
// sentences, and that without them the shifted old index does.
func TestPlaceDuplicates(t *testing.T) {
	old := split("Is it true?|Yes.|Is it fair?|Yes.|Is it legal?|Yes.")
	// Two sentences are inserted at the start, so the old indices of the
	// "Yes." sentences now point at other "Yes." sentences or questions.
	now := split("Is it new?|Yes.|Is it true?|Yes.|Is it fair?|Yes.|Is it legal?|Yes.")
	t.Run("context decides", func(t *testing.T) {
		got := Place(now, wantsAt(old, 3))
		if got[0] != (Result{5, Exact, 0}) {
			t.Errorf("got %+v, want sentence 5 (after %q)", got[0], now[4])
		}
	})
	t.Run("shifted index decides without context", func(t *testing.T) {
		wants := wantsAt(old, 0, 1, 3, 5)
		for i := range wants[1:] {
			wants[i+1].Prefix, wants[i+1].Suffix = "", ""
		}
		got := Place(now, wants)
		for i, w := range []int{2, 3, 5, 7} {
			if got[i] != (Result{w, Exact, 0}) {
				t.Errorf("want %d: got %+v, want sentence %d", i, got[i], w)
			}
		}
	})
	t.Run("context beats nearness", func(t *testing.T) {
		// The sentence after "Is it legal?" moved to the front.
		moved := split("Is it legal?|Yes.|Is it true?|Yes.|Is it fair?|Yes.")
		got := Place(moved, wantsAt(old, 5))
		if got[0] != (Result{1, Exact, 0}) {
			t.Errorf("got %+v, want sentence 1", got[0])
		}
	})
}

// TestPlaceRareWords checks that a reworded sentence moved beyond the
// window is found through the words it shares.
func TestPlaceRareWords(t *testing.T) {
	var old []string
	for i := 0; i < 200; i++ {
		old = append(old, "Filler sentence number "+strings.Repeat("x", i%7+1)+".")
	}
	old[10] = "The quarterly zymurgy report was delayed by the auditors."
	now := append([]string(nil), old...)
	now = append(now[:10], now[11:]...)
	now = append(now, "The quarterly zymurgy report was delayed by auditors.")
	got := Place(now, wantsAt(old, 10))
	if got[0].How != Fuzzy || got[0].Index != len(now)-1 {
		t.Errorf("got %+v, want the last sentence, fuzzy", got[0])
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Orphan: "orphan", Exact: "exact", Fuzzy: "fuzzy", Kind(7): "Kind(7)"} {
		if k.String() != want {
			t.Errorf("%d.String() = %q, want %q", int(k), k.String(), want)
		}
	}
}

func TestMaxDistance(t *testing.T) {
	for n, want := range map[int]int{0: 0, 3: 0, 4: 1, 10: 3, 100: 30} {
		if got := MaxDistance(n); got != want {
			t.Errorf("MaxDistance(%d) = %d, want %d", n, got, want)
		}
	}
}
