package formats

import (
	"slices"
	"strings"
	"testing"

	"annotator/app/model"
)

// repeatText has the same sentence twice, so quotes need their context.
const repeatText = "The cat sat. The dog ran. The cat sat. Fin."

func TestResolve(t *testing.T) {
	d := model.New("Repeats", repeatText)
	if len(d.Sentences) != 4 {
		t.Fatalf("%d sentences", len(d.Sentences))
	}
	claim := []TagRef{{Name: "Claim"}}
	tests := []struct {
		name     string
		a        Annotation
		sentence int
		want     model.Mark
		reason   string
	}{
		{name: "unique whole sentence", a: Annotation{Quote: Quote{Exact: "The dog ran."}, Tags: claim, Note: "n"},
			sentence: 1, want: model.Mark{Tags: []string{"claim"}, Note: "n"}},
		{name: "white space around the quote", a: Annotation{Quote: Quote{Exact: " The dog ran. "}, Tags: claim},
			sentence: 1, want: model.Mark{Tags: []string{"claim"}}},
		{name: "repeat chosen by suffix", a: Annotation{Quote: Quote{Exact: "The cat sat.", Suffix: " Fin."}, Tags: claim},
			sentence: 2, want: model.Mark{Tags: []string{"claim"}}},
		{name: "repeat chosen by prefix", a: Annotation{Quote: Quote{Exact: "The cat sat.", Prefix: "dog ran. "}, Tags: claim},
			sentence: 2, want: model.Mark{Tags: []string{"claim"}}},
		{name: "repeat chosen by position", a: Annotation{Quote: Quote{Exact: "The cat sat."}, Position: &Position{Start: 26, End: 38}, Tags: claim},
			sentence: 2, want: model.Mark{Tags: []string{"claim"}}},
		{name: "stale position, nearest repeat", a: Annotation{Quote: Quote{Exact: "The cat sat."}, Position: &Position{Start: 3, End: 15}, Tags: claim},
			sentence: 0, want: model.Mark{Tags: []string{"claim"}}},
		{name: "position alone", a: Annotation{Position: &Position{Start: 13, End: 25}, Tags: claim},
			sentence: 1, want: model.Mark{Tags: []string{"claim"}}},
		{name: "words inside a sentence", a: Annotation{Quote: Quote{Exact: "dog"}, Tags: []TagRef{{Name: "fact"}, {ID: "quote"}}},
			sentence: 1, want: model.Mark{Highlights: []model.Highlight{{Start: 4, End: 7, Tag: "fact"}, {Start: 4, End: 7, Tag: "quote"}}}},
		{name: "note on words", a: Annotation{Quote: Quote{Exact: "Fin"}, Note: "short"},
			sentence: 3, want: model.Mark{Note: "“Fin”: short"}},
		{name: "exported highlight over a whole sentence", a: Annotation{Quote: Quote{Exact: "Fin."}, Tags: claim, Span: true},
			sentence: 3, want: model.Mark{Highlights: []model.Highlight{{Start: 0, End: 4, Tag: "claim"}}}},
		{name: "CRLF in the quote", a: Annotation{Quote: Quote{Exact: "Two\r\nlines"}, Tags: claim}, reason: "runs over sentences"},
		{name: "ambiguous", a: Annotation{Quote: Quote{Exact: "The cat sat."}, Tags: claim}, reason: `"The cat sat." occurs 2 times and its context does not tell which`},
		{name: "missing", a: Annotation{Quote: Quote{Exact: "The bird sang."}, Tags: claim}, reason: `the quoted text "The bird sang." is not in this document`},
		{name: "over two sentences", a: Annotation{Quote: Quote{Exact: "ran. The cat"}, Tags: claim}, reason: "the quote runs over sentences 1 to 2"},
		{name: "no quote", a: Annotation{Tags: claim}, reason: "it has no text quote"},
		{name: "position past the end", a: Annotation{Position: &Position{Start: 40, End: 400}, Tags: claim}, reason: "its position is past the end of the text"},
		{name: "only space", a: Annotation{Quote: Quote{Exact: " "}, Position: &Position{Start: 12, End: 13}, Tags: claim}, reason: "the quote is only white space"},
		{name: "nothing to put", a: Annotation{Quote: Quote{Exact: "Fin."}}, reason: "it carries no tag and no note"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "CRLF in the quote" {
				d := model.New("Lines", "Two\nlines.")
				r := Resolve(d, d.TagSet, []Annotation{tt.a})
				if len(r.Unplaced) != 1 || !strings.Contains(r.Unplaced[0].Reason, tt.reason) {
					t.Errorf("CRLF quote: %+v %+v", r.Marks, r.Unplaced)
				}
				return
			}
			r := Resolve(d, d.TagSet, []Annotation{tt.a})
			if tt.reason != "" {
				if len(r.Unplaced) != 1 || !strings.Contains(r.Unplaced[0].Reason, tt.reason) || len(r.Marks) != 0 {
					t.Errorf("got marks %+v, unplaced %+v; want reason %q", r.Marks, r.Unplaced, tt.reason)
				}
				return
			}
			if len(r.Marks) != 1 || len(r.Unplaced) != 0 {
				t.Fatalf("got marks %+v, unplaced %+v", r.Marks, r.Unplaced)
			}
			if r.Marks[0].Sentence != tt.sentence || !r.Marks[0].Mark.Equal(tt.want) {
				t.Errorf("got sentence %d %+v, want %d %+v", r.Marks[0].Sentence, r.Marks[0].Mark, tt.sentence, tt.want)
			}
		})
	}
}

func TestResolveCombinesAnnotationsOfOneSentence(t *testing.T) {
	d := model.New("Repeats", repeatText)
	r := Resolve(d, d.TagSet, []Annotation{
		{Place: "a", Quote: Quote{Exact: "The dog ran."}, Tags: []TagRef{{Name: "Claim"}}, Note: "one"},
		{Place: "b", Quote: Quote{Exact: "dog"}, Tags: []TagRef{{Name: "Fact"}}},
		{Place: "c", Quote: Quote{Exact: "The dog ran."}, Tags: []TagRef{{Name: "claim"}, {Name: "Opinion"}}, Note: "two", Modified: modified},
	})
	want := model.Mark{Tags: []string{"claim", "opinion"}, Note: "one" + NoteSeparator + "two", Highlights: []model.Highlight{{Start: 4, End: 7, Tag: "fact"}}}
	if len(r.Marks) != 1 || !r.Marks[0].Mark.Equal(want) || !r.Marks[0].Modified.Equal(modified) || !slices.Equal(r.Marks[0].Places, []string{"a", "b", "c"}) {
		t.Errorf("got %+v", r.Marks)
	}
}

func TestResolveUnknownTagsThenExtend(t *testing.T) {
	d := model.New("Repeats", repeatText)
	anns := []Annotation{
		{Quote: Quote{Exact: "The dog ran."}, Tags: []TagRef{{Name: "Claim"}, {Name: "Needs source"}}},
		{Quote: Quote{Exact: "Fin."}, Tags: []TagRef{{Name: "Needs source"}}},
		{Quote: Quote{Exact: "dog"}, Tags: []TagRef{{ID: "gone", Name: "Animal"}}},
	}
	r := Resolve(d, d.TagSet, anns)
	wantUnknown := []UnknownTag{{Name: "Needs source", Uses: 2}, {Name: "Animal", ID: "gone", Uses: 1}}
	if !slices.Equal(r.UnknownTags, wantUnknown) || len(r.Marks) != 1 || len(r.Unplaced) != 0 {
		t.Fatalf("unknown %+v, marks %+v, unplaced %+v", r.UnknownTags, r.Marks, r.Unplaced)
	}
	ts := ExtendTagSet(d.TagSet, r.UnknownTags)
	if n := len(ts.Tags); n != len(d.TagSet.Tags)+2 || ts.Tags[n-2].ID != "needs-source" || ts.Tags[n-1].ID != "gone" || ts.Tags[n-1].Color == "" {
		t.Fatalf("extended set %+v", ts.Tags)
	}
	if again := ExtendTagSet(ts, r.UnknownTags); len(again.Tags) != len(ts.Tags) {
		t.Errorf("extending twice added %d tags", len(again.Tags)-len(ts.Tags))
	}
	r = Resolve(d, ts, anns)
	if len(r.UnknownTags) != 0 || len(r.Marks) != 2 || len(r.Marks[0].Mark.Highlights) != 1 || strings.Join(r.Marks[0].Mark.Tags, ",") != "claim,needs-source" {
		t.Errorf("after extending: %+v %+v", r.UnknownTags, r.Marks)
	}
	// The plan carries the tag-set edit, so one undo removes tags and marks.
	h := model.NewHistory(d)
	p := NewPlan(d, r)
	h.Apply(p.Change())
	if _, ok := d.TagSet.Find("gone"); !ok || d.Marks[1].Empty() {
		t.Fatalf("after apply: %+v %+v", d.TagSet, d.Marks)
	}
	h.Undo()
	if _, ok := d.TagSet.Find("gone"); ok || !d.Marks[1].Empty() {
		t.Errorf("after undo: %+v %+v", d.TagSet, d.Marks)
	}
}

func TestExtendTagSetMakesUniqueIDs(t *testing.T) {
	ts := model.TagSet{Tags: []model.Tag{{ID: "a-b", Name: "Other"}}}
	got := ExtendTagSet(ts, []UnknownTag{{Name: "A b"}, {Name: "a.b"}, {Name: "!!"}})
	var ids []string
	for _, t := range got.Tags {
		ids = append(ids, t.ID)
	}
	if strings.Join(ids, " ") != "a-b a-b-2 a-b-3 tag" {
		t.Errorf("ids %v", ids)
	}
}

func TestExtendTagSetIDsAreModelTagIDs(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Éthique", "éthique"},
		{"Причина", "причина"},
		{"Counter-argument", "counter-argument"},
		{"Two  words", "two-words"},
		{"हिन्दी", "हिन्दी"}, // combining marks kept (jsonstrict.Slug made "ह-न-द")
		{"???", "tag"},
	} {
		got := ExtendTagSet(model.TagSet{}, []UnknownTag{{Name: tt.name}})
		if len(got.Tags) != 1 || got.Tags[0].ID != tt.want || got.Tags[0].Name != tt.name {
			t.Errorf("ExtendTagSet(%q) = %+v, want one tag with id %q", tt.name, got.Tags, tt.want)
		}
	}
}

// TestRenamedTagIsOneTagInEveryFormat: a file written before a tag was
// renamed maps to that tag in every format (W3C by id, CSV and backup by
// the id its old name gives), so no second tag is made.
func TestRenamedTagIsOneTagInEveryFormat(t *testing.T) {
	src := model.New("Renamed", repeatText)
	src.TagSet.Tags = append(src.TagSet.Tags, model.Tag{ID: "main-idea", Name: "Main idea", Color: "#123456"})
	model.NewHistory(src).ToggleTag(0, "main-idea")
	w3c, _ := EncodeW3C(src, Options{})
	csv, _ := EncodeCSV(src)
	backup, _ := EncodeBackup(created, NewBackupDocument(src, Options{}))
	for name, data := range map[string][]byte{"W3C": w3c, "CSV": csv, "backup": backup} {
		d := model.New("Renamed", repeatText)
		d.TagSet = src.TagSet.Clone()
		d.TagSet.Tags[len(d.TagSet.Tags)-1].Name = "Central point" // renamed since the export
		_, anns, err := ReadAnnotations(data, d.ID)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r := Resolve(d, d.TagSet, anns)
		if len(r.UnknownTags) != 0 || len(r.Marks) != 1 || !slices.Contains(r.Marks[0].Mark.Tags, "main-idea") {
			t.Errorf("%s: unknown %+v, marks %+v", name, r.UnknownTags, r.Marks)
		}
	}
}
