package model

import "strings"

// Tag is one label a reader can put on a sentence.
type Tag struct {
	// ID is the stable identifier stored with annotations (lower case, no spaces).
	ID string `json:"id"`
	// Name is what the reader sees.
	Name string `json:"name"`
	// Color is a CSS colour (#rrggbb) for the tag's mark.
	Color string `json:"color"`
	// Description explains when to use the tag; shown as a tooltip.
	Description string `json:"description,omitempty"`
	// Key is the keyboard key of a tag beyond the ninth (the first nine are
	// bound to 1–9 by position); empty means the next spare letter.
	Key string `json:"key,omitempty"`
}

// MaxTags is the most tags a set may have: 1–9 plus every spare letter,
// so that no tag is ever out of the keyboard's reach.
const MaxTags = 9 + len(SpareKeys)

// SpareKeys are the letters tags beyond the ninth may use: every letter
// that no navigation or command key takes.
const SpareKeys = "abcdefgimopqrsvwxyz"

// Keys returns the key of each tag in order: 1–9 for the first nine, then
// the tag's own Key when it is a free spare letter, else the next free one.
func (s TagSet) Keys() []string {
	keys := make([]string, len(s.Tags))
	used := map[string]bool{}
	for i, t := range s.Tags {
		if i >= 9 && len(t.Key) == 1 && strings.Contains(SpareKeys, t.Key) && !used[t.Key] {
			keys[i] = t.Key
			used[t.Key] = true
		}
	}
	next := 0
	for i := range s.Tags {
		switch {
		case i < 9:
			keys[i] = string(rune('1' + i))
		case keys[i] == "":
			for next < len(SpareKeys) && used[SpareKeys[next:next+1]] {
				next++
			}
			if next < len(SpareKeys) {
				keys[i] = SpareKeys[next : next+1]
				used[keys[i]] = true
			}
		}
	}
	return keys
}

// TagSet is an ordered list of tags; the n-th tag is bound to key n.
type TagSet struct {
	// Name names the set, e.g. "News analysis".
	Name string `json:"name"`
	// Tags are the tags in key order.
	Tags []Tag `json:"tags"`
}

// Find returns the tag with the given id.
func (s TagSet) Find(id string) (Tag, bool) {
	for _, t := range s.Tags {
		if t.ID == id {
			return t, true
		}
	}
	return Tag{}, false
}

// Clone returns a deep copy.
func (s TagSet) Clone() TagSet {
	return TagSet{Name: s.Name, Tags: append([]Tag(nil), s.Tags...)}
}
