package segment

import (
	"strings"
	"testing"
	"unicode"
)

// checkKeys fails t unless every key is non-empty, at most maxKeyLen bytes,
// free of upper-case ASCII letters and without a final period.
func checkKeys(t *testing.T, list string, keys []string) {
	t.Helper()
	for _, k := range keys {
		if k == "" || len(k) > maxKeyLen || strings.ToLower(k) != k || strings.HasSuffix(k, ".") {
			t.Errorf("%s: bad key %q", list, k)
		}
	}
}

// keysOf returns the keys of m.
func keysOf[V any](m map[string]V) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func TestWordListKeys(t *testing.T) {
	checkKeys(t, "abbreviations", keysOf(abbreviations))
	checkKeys(t, "starters", keysOf(starters))
	checkKeys(t, "exclaimNames", keysOf(exclaimNames))
	for k, kind := range abbreviations {
		if kind == kindOrdinary || kind == kindInitial || kind == kindAcronym {
			t.Errorf("abbreviation %q has kind %d, which only shapes give", k, kind)
		}
	}
	for e := range emoticons {
		if len(e) > maxEmoticonLen || strings.IndexFunc(e, func(r rune) bool {
			return unicode.IsSpace(r) || isTerminal(r)
		}) >= 0 {
			t.Errorf("bad emoticon %q", e)
		}
	}
}

func TestKindOf(t *testing.T) {
	cases := []struct {
		word string
		want abbrevKind
	}{
		{"Mr", kindPrepositive}, {"MR", kindPrepositive}, {"e.g", kindPrepositive},
		{"ex-Gov", kindPrepositive}, {"Inc", kindPostpositive}, {"co", kindPostpositive},
		{"N°", kindPostpositive}, {"P.M", kindTime}, {"a.m", kindTime},
		{"E", kindInitial}, {"É", kindInitial}, {"U.S", kindAcronym}, {"U.S.A", kindAcronym},
		{"u.s", kindAcronym}, {"Ph.D", kindPostpositive}, {"word", kindOrdinary},
		{"1.2", kindOrdinary}, {"e", kindOrdinary}, {"", kindOrdinary}, {"abbreviation", kindOrdinary},
		{"U.S.", kindOrdinary}, {"US", kindOrdinary},
	}
	for _, c := range cases {
		if got := kindOf(c.word); got != c.want {
			t.Errorf("kindOf(%q) = %d, want %d", c.word, got, c.want)
		}
	}
}

func TestLookupLowerDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		lookupLower(abbreviations, "Corp")
		lookupLower(starters, "However")
	})
	if allocs != 0 {
		t.Errorf("lookupLower allocates %v times per call", allocs)
	}
}
