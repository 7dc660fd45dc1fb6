package model

import (
	"strconv"
	"strings"
	"unicode"
)

// TagID makes a tag id from a tag name: the name lower-cased, keeping the
// letters, digits and combining marks of any script, with every run of
// other characters turned into one "-" and none at either end. A name with
// nothing to keep gives "tag". For example "Éthique" gives "éthique",
// "Counter-argument" "counter-argument" and "  Two  words " "two-words".
//
// The name is not Unicode-normalised: a name written with a decomposed
// "é" (e and a combining acute) gives an id with the decomposed form.
func TagID(name string) string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.M, r)
	})
	if len(words) == 0 {
		return "tag"
	}
	return strings.Join(words, "-")
}

// UniqueTagID returns base when taken does not hold it, else the first of
// base-2, base-3, … that taken does not hold. It does not add the result
// to taken.
func UniqueTagID(base string, taken map[string]bool) string {
	id := base
	for n := 2; taken[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// WithIDs returns a copy of s in which every tag without an id gets one:
// TagID of its name, made unique with UniqueTagID against the ids the
// other tags already have and those given to earlier tags. Tags that have
// an id keep it.
func (s TagSet) WithIDs() TagSet {
	out := s.Clone()
	taken := map[string]bool{}
	for _, t := range out.Tags {
		if t.ID != "" {
			taken[t.ID] = true
		}
	}
	for i := range out.Tags {
		if t := &out.Tags[i]; t.ID == "" {
			t.ID = UniqueTagID(TagID(t.Name), taken)
			taken[t.ID] = true
		}
	}
	return out
}
