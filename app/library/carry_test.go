package library

import (
	"errors"
	"slices"
	"testing"

	"annotator/app/model"
	"annotator/app/store"
)

const (
	reportV1 = "The council approved the new budget on Monday. " +
		"Spending on schools will rise by ten percent over the next three years. " +
		"Critics say the plan ignores the rising cost of housing."
	reportV2 = "The council approved the new budget on Monday. " +
		"Spending on schools will rise by twelve percent over the next three years. " +
		"A vote on transport follows in May."
)

// storeReport stores the first version, annotated with its own tag set.
func storeReport(t *testing.T, repo store.Repo) *model.Document {
	t.Helper()
	d := storeDoc(t, repo, "Report", reportV1)
	d.TagSet = model.ArgumentStructure()
	h := model.NewHistory(d)
	h.ToggleTag(0, "claim")
	h.ToggleTag(1, "premise")
	h.ToggleTag(2, "counter")
	if _, _, err := repo.Sync(d, 0, nil, nil, t0); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFindCarry(t *testing.T) {
	repo, kv := newRepo()
	old := storeReport(t, repo)
	storeDoc(t, repo, "Unrelated", otherText, 0)
	broken := storeDoc(t, repo, "Draft", brokenText, 0)
	kv.Set(store.DocKey(broken.ID), "{nope")
	cases := []struct {
		name string
		d    *model.Document
		want *CarryOffer
	}{
		{"same title, other text", model.New(" report ", reportV2), &CarryOffer{From: old.ID, FromTitle: "Report", To: model.New("", reportV2).ID, Count: 3}},
		{"the document itself", model.New("Report", reportV1), nil},
		{"another title", model.New("Budget", reportV2), nil},
		{"an unreadable namesake", model.New("Draft", reportV2), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := FindCarry(repo, c.d)
			if (got == nil) != (c.want == nil) || got != nil && *got != *c.want {
				t.Errorf("FindCarry = %+v, want %+v", got, c.want)
			}
		})
	}
}

func TestCarry(t *testing.T) {
	repo, kv := newRepo()
	old := storeReport(t, repo)
	if _, err := AddText(repo, "v2.txt", textinDoc("Report", reportV2), t0); err != nil {
		t.Fatal(err)
	}
	l, err := Open(repo, model.New("", reportV2).ID)
	if err != nil {
		t.Fatal(err)
	}
	d := l.Doc
	offer := FindCarry(repo, d)
	if offer == nil {
		t.Fatal("no offer")
	}
	before := dump(t, kv)
	change, orphans, fuzzy, err := Carry(repo, *offer, d)
	if err != nil {
		t.Fatal(err)
	}
	unchanged(t, kv, before) // Carry writes nothing: the caller saves
	if got := tagged(d); !slices.Equal(got, []int{0, 1}) || fuzzy != 1 || len(orphans) != 1 || orphans[0].Tags[0] != "counter" {
		t.Fatalf("carried: tagged %v, fuzzy %d, orphans %+v", got, fuzzy, orphans)
	}
	if len(change.Marks) != 2 || change.TagSet == nil || change.TagSet.After.Name != "Argument structure" || d.TagSet.Name != "Argument structure" {
		t.Fatalf("change = %+v", change)
	}
	// The change undoes to the document as it was.
	h := model.NewHistory(d)
	h.Record(change)
	h.Undo()
	if len(tagged(d)) != 0 || d.TagSet.Name != model.NewsAnalysis().Name {
		t.Errorf("after undo: tagged %v, tag set %q", tagged(d), d.TagSet.Name)
	}
	if again, _ := Open(repo, old.ID); len(tagged(again.Doc)) != 3 {
		t.Error("the earlier version changed")
	}
}

func TestCarryRefuses(t *testing.T) {
	repo, kv := newRepo()
	old := storeReport(t, repo)
	d := model.New("Report", reportV2)
	offer := CarryOffer{From: old.ID, FromTitle: "Report", To: d.ID, Count: 3}
	cases := []struct {
		name  string
		setup func()
		offer CarryOffer
		err   error
	}{
		{"another document", func() {}, CarryOffer{From: old.ID, To: "elsewhere"}, nil},
		{"gone", func() {}, CarryOffer{From: "gone", To: d.ID}, nil},
		{"unreadable", func() { kv.Set(store.DocKey(old.ID), "{nope") }, offer, store.ErrUnreadable},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.setup()
			change, orphans, _, err := Carry(repo, c.offer, d)
			if err == nil || c.err != nil && !errors.Is(err, c.err) || len(change.Marks) != 0 || orphans != nil || len(tagged(d)) != 0 {
				t.Errorf("Carry = %+v, %v, %v", change, orphans, err)
			}
		})
	}
}
