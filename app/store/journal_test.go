package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"annotator/app/model"
)

func TestJournalEntriesCarryMarkAnchorAndTagSet(t *testing.T) {
	d := model.New("t", "One. Two. Three.")
	h := model.NewHistory(d)
	h.ToggleTag(1, "claim")
	h.SetNote(1, "why")
	es := JournalEntries(d, []int{1, 2, 9}, true)
	if len(es) != 3 {
		t.Fatalf("%d entries, want 3 (sentence 9 does not exist): %+v", len(es), es)
	}
	if e := es[0]; e.Key() != d.ID+"/1" || e.Mark.Quote != "Two." || !e.Mark.Has("claim") || e.Mark.Note != "why" {
		t.Errorf("sentence 1: %+v", e)
	}
	if e := es[1]; !e.Mark.Empty() || e.Mark.Quote != "Three." {
		t.Errorf("an unmarked sentence is journaled as empty: %+v", e)
	}
	if e := es[2]; e.Key() != d.ID+"/tags" || e.TagSet == nil || len(e.TagSet.Tags) != len(d.TagSet.Tags) {
		t.Errorf("tag set: %+v", e)
	}
	// The entry owns its mark: a later change of the document leaves it.
	h.ToggleTag(1, "claim")
	if !es[0].Mark.Has("claim") {
		t.Error("the entry shares the document's slices")
	}
	// Entries survive JSON, which is how the journal keeps them.
	b, _ := json.Marshal(es[0])
	var back JournalEntry
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, es[0]) {
		t.Errorf("round trip: %+v, %v\n%s", back, err, b)
	}
}

func TestHasUsesTheKVWithoutReadingValues(t *testing.T) {
	kv := &MapKV{}
	kv.Set("a", "1")
	if ok, err := Has(kv, "a"); !ok || err != nil {
		t.Errorf("Has(a) = %v, %v", ok, err)
	}
	if ok, _ := Has(kv, "b"); ok {
		t.Error("Has(b) = true")
	}
	if ok, _ := Has(hasOnly{&MapKV{}}, "x"); !ok {
		t.Error("a Haser is asked, not Get")
	}
}

// hasOnly is a KV whose Get fails: Has must use its Has.
type hasOnly struct{ *MapKV }

func (hasOnly) Get(string) (string, bool, error) { panic("Get called") }
func (hasOnly) Has(string) (bool, error)         { return true, nil }
