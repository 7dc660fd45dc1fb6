package store

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"annotator/app/model"
)

// TestSentenceTimesAreStored: each sentence's change time is saved with
// its mark and comes back on load; a chunk whose only change is a time is
// written again (the memo does not reuse it).
func TestSentenceTimesAreStored(t *testing.T) {
	d := model.New("t", "Alpha one. Beta two. Gamma three.")
	h := model.NewHistory(d)
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	h.Clock = func() time.Time { return at }
	h.ToggleTag(0, "claim")
	at = at.Add(90 * time.Minute)
	h.ToggleTag(2, "fact")
	kv := &MapKV{}
	repo := Repo{KV: kv, Memo: NewMemo()}
	if err := repo.Save(repo.Memo.record(d, nil, time.Unix(0, 0))); err != nil {
		t.Fatal(err)
	}
	rec, err := repo.Load(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	d2 := model.New("t", d.Text)
	rec.ApplyTo(d2)
	for _, i := range []int{0, 2} {
		if !d2.ChangedAt(i).Equal(d.ChangedAt(i)) || d2.ChangedAt(i).IsZero() {
			t.Errorf("sentence %d: loaded %v, saved %v", i, d2.ChangedAt(i), d.ChangedAt(i))
		}
	}
	if !d2.ChangedAt(1).IsZero() {
		t.Errorf("sentence 1 has a time: %v", d2.ChangedAt(1))
	}
	// Toggle twice: the same marks, a new time.
	at = at.Add(time.Hour)
	h.ToggleTag(0, "claim")
	h.ToggleTag(0, "claim")
	if err := repo.Save(repo.Memo.record(d, nil, time.Unix(0, 0))); err != nil {
		t.Fatal(err)
	}
	rec, _ = repo.Load(d.ID)
	if !rec.Marks[0].Modified.Equal(at) {
		t.Errorf("after a new change the stored time is %v, want %v", rec.Marks[0].Modified, at)
	}
	// A record without times (written before they existed) reads as before.
	old := FromDocument(model.New("t", d.Text), nil, time.Unix(0, 0))
	old.Marks = []StoredMark{{Sentence: 1, Start: 11, End: 20, Quote: "Beta two.", Mark: model.Mark{Tags: []string{"claim"}}}}
	d3 := model.New("t", d.Text)
	old.ApplyTo(d3)
	if !d3.Marks[1].Has("claim") || d3.Changed != nil {
		t.Errorf("old record: mark %+v, times %v", d3.Marks[1], d3.Changed)
	}
	if b, _ := json.Marshal(chunkMarks(old.Marks)); strings.Contains(string(b), "modified") {
		t.Errorf("a mark without a time is written with one: %s", b)
	}
	// A stored mark alone (as backups and classroom files hold it) has no time.
	if b, _ := json.Marshal(rec.Marks[0]); strings.Contains(string(b), "modified") {
		t.Errorf("a stored mark outside a chunk carries its time: %s", b)
	}
}
