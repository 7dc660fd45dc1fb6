package model

import (
	"slices"
	"testing"
)

func TestTagID(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Éthique", "éthique"},
		{"ÉTHIQUE", "éthique"},
		{"Причина", "причина"},
		{"Counter-argument", "counter-argument"},
		{"  Two  words ", "two-words"},
		{"!!!", "tag"},
		{"", "tag"},
		{"--Claim #2--", "claim-2"},
		{"snake_case.and/slash", "snake-case-and-slash"},
		{"Straße", "straße"},
		{"東京 2026", "東京-2026"},
		{"E\u0301thique", "e\u0301thique"}, // a decomposed é keeps its combining acute
		{"हिन्दी", "हिन्दी"},               // Devanagari vowel signs and virama are marks
		{"٣ أسباب", "٣-أسباب"},             // Arabic-Indic digit and Arabic letters
	} {
		if got := TagID(tt.name); got != tt.want {
			t.Errorf("TagID(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestUniqueTagID(t *testing.T) {
	for _, tt := range []struct {
		base  string
		taken []string
		want  string
	}{
		{"claim", nil, "claim"},
		{"claim", []string{"fact"}, "claim"},
		{"claim", []string{"claim"}, "claim-2"},
		{"claim", []string{"claim", "claim-2", "claim-4"}, "claim-3"},
		{"claim", []string{"claim-2"}, "claim"},
	} {
		taken := map[string]bool{}
		for _, id := range tt.taken {
			taken[id] = true
		}
		if got := UniqueTagID(tt.base, taken); got != tt.want {
			t.Errorf("UniqueTagID(%q, %v) = %q, want %q", tt.base, tt.taken, got, tt.want)
		}
	}
}

func TestTagSetWithIDs(t *testing.T) {
	for _, tt := range []struct {
		desc string
		tags []Tag
		want []string
	}{
		{"ids kept", []Tag{{ID: "x", Name: "Claim"}, {ID: "y", Name: "Fact"}}, []string{"x", "y"}},
		{"ids made from names", []Tag{{Name: "Éthique"}, {Name: "Two words"}}, []string{"éthique", "two-words"}},
		{"a later tag's id is taken first", []Tag{{Name: "Claim"}, {ID: "claim", Name: "Old claim"}}, []string{"claim-2", "claim"}},
		{"same name twice", []Tag{{Name: "A b"}, {Name: "a.b"}, {Name: "!!"}}, []string{"a-b", "a-b-2", "tag"}},
	} {
		ts := TagSet{Name: "s", Tags: tt.tags}
		before := ts.Clone()
		got := ts.WithIDs()
		var ids []string
		for _, tag := range got.Tags {
			ids = append(ids, tag.ID)
		}
		if !slices.Equal(ids, tt.want) || got.Name != "s" {
			t.Errorf("%s: WithIDs ids = %v, want %v", tt.desc, ids, tt.want)
		}
		if !slices.Equal(ts.Tags, before.Tags) {
			t.Errorf("%s: WithIDs changed its receiver: %+v", tt.desc, ts.Tags)
		}
	}
}
