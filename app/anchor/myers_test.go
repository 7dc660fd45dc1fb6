package anchor

import (
	"math/rand/v2"
	"testing"
)

// naive is the textbook full-table Levenshtein distance.
func naive(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}

func TestDistanceExamples(t *testing.T) {
	cases := []struct {
		a, b string
		k    int
		want int
	}{
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 2, 3}, // over the bound: k+1
		{"", "abc", 5, 3},
		{"abc", "", 1, 2},
		{"naïve café", "naive cafe", 4, 2},
		{"same", "same", 0, 0},
		{"flaw", "lawn", 2, 2},
	}
	for _, c := range cases {
		var p pattern
		p.load([]rune(c.a))
		if got := p.distance([]rune(c.b), c.k); got != c.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", c.a, c.b, c.k, got, c.want)
		}
	}
}

// TestDistanceMatchesNaive compares the banded distance and the q-gram
// filter with the full table on random strings over a small alphabet.
func TestDistanceMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() []rune {
		r := make([]rune, rng.IntN(14)+rng.IntN(2)*rng.IntN(150))
		for i := range r {
			r[i] = []rune("abcé ")[rng.IntN(5)]
		}
		return r
	}
	var g qgrams
	var p pattern
	for n := 0; n < 20000; n++ {
		a, b, k := word(), word(), rng.IntN(10)+rng.IntN(2)*rng.IntN(100)
		full := naive(a, b)
		p.load(a)
		if got, want := p.distance(b, k), min(full, k+1); got != want {
			t.Fatalf("distance(%q, %q, %d) = %d, want %d", string(a), string(b), k, got, want)
		}
		g.load(a)
		if full <= k && !g.mayBeWithin(b, k) {
			t.Fatalf("q-gram filter ruled out %q, %q at distance %d <= %d", string(a), string(b), full, k)
		}
	}
}
