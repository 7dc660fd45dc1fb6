package formats

import (
	"strings"
	"testing"

	"annotator/app/model"
)

func TestMerge(t *testing.T) {
	hl := func(s, e int, tag string) model.Highlight { return model.Highlight{Start: s, End: e, Tag: tag} }
	tests := []struct {
		name                string
		cur, imported, want model.Mark
	}{
		{"into nothing", model.Mark{}, model.Mark{Tags: []string{"a"}, Note: "n"}, model.Mark{Tags: []string{"a"}, Note: "n"}},
		{"nothing imported", model.Mark{Tags: []string{"a"}, Note: "n"}, model.Mark{}, model.Mark{Tags: []string{"a"}, Note: "n"}},
		{"keep both tags", model.Mark{Tags: []string{"b", "a"}}, model.Mark{Tags: []string{"a", "c"}}, model.Mark{Tags: []string{"b", "a", "c"}}},
		{"note on one side", model.Mark{Tags: []string{"a"}}, model.Mark{Note: "new"}, model.Mark{Tags: []string{"a"}, Note: "new"}},
		{"same note", model.Mark{Note: "same"}, model.Mark{Note: "same"}, model.Mark{Note: "same"}},
		{"different notes kept both", model.Mark{Note: "mine"}, model.Mark{Note: "theirs"}, model.Mark{Note: "mine\n---\ntheirs"}},
		{"imported note already there", model.Mark{Note: "mine\n---\ntheirs"}, model.Mark{Note: "theirs"}, model.Mark{Note: "mine\n---\ntheirs"}},
		{"imported note extends", model.Mark{Note: "mine"}, model.Mark{Note: "mine\n---\nmore"}, model.Mark{Note: "mine\n---\nmore"}},
		{"highlights united and sorted", model.Mark{Highlights: []model.Highlight{hl(5, 9, "a")}}, model.Mark{Highlights: []model.Highlight{hl(5, 9, "a"), hl(0, 3, "b")}},
			model.Mark{Highlights: []model.Highlight{hl(0, 3, "b"), hl(5, 9, "a")}}},
	}
	for _, tt := range tests {
		if got := Merge(tt.cur, tt.imported); !got.Equal(tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
	cur := model.Mark{Tags: []string{"a"}}
	Merge(cur, model.Mark{Tags: []string{"b"}})
	if len(cur.Tags) != 1 {
		t.Error("Merge changed its input")
	}
}

func TestPlan(t *testing.T) {
	d := model.New("Repeats", repeatText)
	d.Marks[0] = model.Mark{Tags: []string{"claim"}, Note: "mine"}
	d.Marks[1] = model.Mark{Tags: []string{"fact"}}
	d.Marks[2] = model.Mark{Note: "kept"}
	r := Resolution{TagSet: d.TagSet, Marks: []Placed{
		{Sentence: 0, Mark: model.Mark{Tags: []string{"opinion"}, Note: "theirs"}},
		{Sentence: 1, Mark: model.Mark{Note: "added note"}},
		{Sentence: 2, Mark: model.Mark{Note: "kept"}},
		{Sentence: 3, Mark: model.Mark{Tags: []string{"quote"}}},
	}, Unplaced: []Unplaced{{Reason: "x"}}}
	p := NewPlan(d, r)
	wantStatus := []Status{Conflict, Updated, Unchanged, Added}
	for i, e := range p.Entries {
		if e.Status != wantStatus[i] {
			t.Errorf("sentence %d: %s, want %s", e.Sentence, e.Status, wantStatus[i])
		}
	}
	if p.Rule != MergeRule || p.Added != 1 || p.Updated != 1 || p.Conflicts != 1 || p.Unchanged != 1 {
		t.Errorf("counts %+v", p)
	}
	if got := p.Summary(); got != "1 added, 1 updated, 1 conflict (both kept), 1 unchanged; 1 not placed" {
		t.Errorf("summary %q", got)
	}
	if e := p.Entries[0].Result; strings.Join(e.Tags, ",") != "claim,opinion" || e.Note != "mine\n---\ntheirs" {
		t.Errorf("conflict result %+v", e)
	}
	edits := p.Edits()
	if len(edits) != 3 || edits[0].Before.Note != "mine" {
		t.Fatalf("edits %+v", edits)
	}
	c := p.Change()
	if c.TagSet != nil {
		t.Error("a tag-set edit without new tags")
	}
	before := append([]model.Mark(nil), d.Marks...)
	h := model.NewHistory(d)
	if !p.Fresh(d) {
		t.Fatal("a new plan is not fresh")
	}
	h.Apply(c)
	if p.Fresh(d) {
		t.Error("the plan is still fresh after the document changed")
	}
	// Import never deletes: every current tag and note is still there.
	for i, m := range before {
		for _, tag := range m.Tags {
			if !d.Marks[i].Has(tag) {
				t.Errorf("sentence %d lost tag %s", i, tag)
			}
		}
		if !strings.Contains(d.Marks[i].Note, m.Note) {
			t.Errorf("sentence %d lost its note", i)
		}
	}
	// Importing the same again changes nothing.
	again := NewPlan(d, r)
	if again.Unchanged != 4 || len(again.Edits()) != 0 {
		t.Errorf("second import: %s", again.Summary())
	}
	// One undo takes the whole import back.
	h.Undo()
	for i := range before {
		if !d.Marks[i].Equal(before[i]) {
			t.Errorf("after undo, sentence %d is %+v", i, d.Marks[i])
		}
	}
}

func TestStatusString(t *testing.T) {
	for s, want := range map[Status]string{Added: "added", Updated: "updated", Conflict: "conflict", Unchanged: "unchanged", Status(9): "Status(9)"} {
		if s.String() != want {
			t.Errorf("%d: %q", int(s), s.String())
		}
	}
}
