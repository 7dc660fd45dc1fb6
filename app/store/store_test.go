package store

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"annotator/app/model"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv}
	d := model.New("t", "Alpha one. Beta two. Gamma three.")
	h := model.NewHistory(d)
	h.ToggleTag(1, "claim")
	h.SetNote(1, "why?")
	h.SetNote(2, "<script>alert(1)</script>")
	if err := repo.Save(FromDocument(d, nil, time.Unix(0, 0))); err != nil {
		t.Fatal(err)
	}
	keys, _ := kv.Keys("")
	for _, k := range keys {
		if !strings.HasPrefix(k, Prefix) {
			t.Errorf("key %q lacks the prefix", k)
		}
	}
	rec, err := repo.Load(d.ID)
	if err != nil || rec == nil {
		t.Fatalf("Load: %v, %v", rec, err)
	}
	d2 := model.New("t", d.Text)
	if orphans := rec.ApplyTo(d2); len(orphans) != 0 {
		t.Errorf("orphans: %+v", orphans)
	}
	for i := range d.Marks {
		if !d.Marks[i].Equal(d2.Marks[i]) {
			t.Errorf("sentence %d: %+v != %+v", i, d2.Marks[i], d.Marks[i])
		}
	}
	if rec.Marks[0].Start != 11 || rec.Marks[0].End != 20 || rec.Marks[0].Quote != "Beta two." {
		t.Errorf("anchor = %+v", rec.Marks[0])
	}
	if r, err := repo.Load("other"); r != nil || err != nil {
		t.Errorf("absent record: %v, %v", r, err)
	}
}

func TestApplyToMovedAndLostSentences(t *testing.T) {
	old := model.New("t", "Keep me. Move me. Lose me.")
	h := model.NewHistory(old)
	h.ToggleTag(0, "a")
	h.ToggleTag(1, "b")
	h.ToggleTag(2, "c")
	rec := FromDocument(old, nil, time.Now())
	edited := model.New("t", "Keep me. Inserted here. Move me. Changed.")
	orphans := rec.ApplyTo(edited)
	if !edited.Marks[0].Has("a") || !edited.Marks[2].Has("b") {
		t.Errorf("marks did not follow their sentences: %+v", edited.Marks)
	}
	if len(orphans) != 1 || orphans[0].Quote != "Lose me." {
		t.Errorf("orphans = %+v, want the lost sentence", orphans)
	}
	// Orphans are written back, never dropped.
	again := FromDocument(edited, orphans, time.Now())
	if len(again.Orphans) != 1 {
		t.Error("orphans were dropped on save")
	}
}

func TestDecodeRejects(t *testing.T) {
	cases := []struct {
		name, raw string
		want      error
	}{
		{"bad json", "{not json", ErrUnreadable},
		{"no schema", `{"doc":"d"}`, ErrUnreadable},
		{"newer schema", `{"schema":99,"doc":"d"}`, ErrNewerSchema},
		{"zero schema", `{"schema":0,"doc":"d"}`, ErrUnreadable},
		{"wrong doc", `{"schema":1,"doc":"e"}`, ErrUnreadable},
		{"wrong shape", `{"schema":1,"doc":"d","marks":"x"}`, ErrUnreadable},
		{"bad anchor", `{"schema":1,"doc":"d","marks":[{"i":-1,"start":0,"end":1}]}`, ErrUnreadable},
		{"good", `{"schema":1,"doc":"d","marks":[{"i":0,"start":0,"end":1,"quote":"x","tags":["a"]}]}`, nil},
	}
	for _, c := range cases {
		_, err := Decode(c.raw, "d")
		if !errors.Is(err, c.want) || (c.want == nil && err != nil) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
}

func TestQuotaErrorKeepsOldValue(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv}
	d := model.New("t", "Short.")
	if err := repo.Save(FromDocument(d, nil, time.Now())); err != nil {
		t.Fatal(err)
	}
	before, _, _ := kv.Get(DocKey(d.ID))
	kv.Limit = len(DocKey(d.ID)) + len(before) + 100
	model.NewHistory(d).SetNote(0, strings.Repeat("x", 500))
	if err := repo.Save(FromDocument(d, nil, time.Now())); !errors.Is(err, ErrQuota) {
		t.Fatalf("err = %v, want quota error", err)
	}
	if after, _, _ := kv.Get(DocKey(d.ID)); after != before {
		t.Error("a failed write changed the stored value")
	}
}

func BenchmarkSaveToggle20k(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 20000; i++ {
		sb.WriteString("This is sentence number one of many. ")
	}
	d := model.New("t", sb.String())
	h := model.NewHistory(d)
	for i := 0; i < 2000; i++ {
		h.ToggleTag(i*10, "claim")
	}
	for _, memo := range []*Memo{nil, NewMemo()} {
		name := "full"
		if memo != nil {
			name = "memo"
		}
		b.Run(name, func(b *testing.B) {
			repo := Repo{KV: &MapKV{}, Memo: memo}
			for b.Loop() {
				h.ToggleTag(5, "fact")
				if err := repo.Save(repo.Memo.record(d, nil, time.Now())); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestHistoryKeepsLastHundred(t *testing.T) {
	repo := Repo{KV: &MapKV{}}
	var changes []model.Change
	for i := 0; i < 150; i++ {
		changes = append(changes, model.Change{Marks: []model.MarkEdit{{Sentence: i}}})
	}
	if err := repo.SaveHistory("d", changes); err != nil {
		t.Fatal(err)
	}
	// 150 changes: the oldest go a block of 16 at a time, so 102 are kept
	// (from the 49th).
	got, err := repo.LoadHistory("d")
	if err != nil || len(got) != 102 || got[0].Marks[0].Sentence != 48 {
		t.Fatalf("got %d changes (first %+v), err %v", len(got), got[0], err)
	}
	repo.KV.Set(HistoryKey("e"), "{bad")
	if _, err := repo.LoadHistory("e"); !errors.Is(err, ErrUnreadable) {
		t.Errorf("bad history: err = %v", err)
	}
	if h, err := repo.LoadHistory("none"); h != nil || err != nil {
		t.Errorf("absent history: %v %v", h, err)
	}
}

func TestHistoryKeep(t *testing.T) {
	for _, c := range []struct{ done, keep int }{{0, 0}, {99, 99}, {100, 100}, {101, 101}, {115, 115}, {116, 100}, {117, 101}, {132, 100}, {1000, 104}} {
		if got := HistoryKeep(c.done); got != c.keep {
			t.Errorf("HistoryKeep(%d) = %d, want %d", c.done, got, c.keep)
		}
		if start := c.done - c.keep; start%HistoryBlock != 0 {
			t.Errorf("HistoryKeep(%d) starts at %d, not at a block", c.done, start)
		}
	}
}

// TestHistoryWritesOneBlockPerChange adds changes one by one, as the
// reader saves them, and checks that each save writes the newest block and
// the small list, that the history reads back whole, that a history of
// the first version still reads, and that a missing block is unreadable.
func TestHistoryWritesOneBlockPerChange(t *testing.T) {
	kv := &countingKV{}
	repo := Repo{KV: kv}
	d := bigDoc(300)
	h := model.NewHistory(d)
	most := 0
	for i := 0; i < 250; i++ {
		h.ToggleTag(i, "claim")
		kv.written = 0
		if err := repo.SaveHistory(d.ID, h.Done(HistoryKeep(h.DoneCount()))); err != nil {
			t.Fatal(err)
		}
		most = max(most, kv.written)
		got, err := repo.LoadHistory(d.ID)
		if want := h.Done(HistoryKeep(h.DoneCount())); err != nil || len(got) != len(want) || got[len(got)-1].Marks[0].Sentence != i {
			t.Fatalf("after %d changes: %d read back (want %d), %v", i+1, len(got), len(want), err)
		}
	}
	full, _ := json.Marshal(h.Done(HistoryLimit))
	t.Logf("most bytes written by one save: %d; the last %d changes inline are %d bytes", most, HistoryLimit, len(full))
	if most*3 > len(full) {
		t.Errorf("a save wrote %d bytes: not one block (the whole history is %d)", most, len(full))
	}
	blocks, _ := kv.Keys(HistoryKey(d.ID) + "/b/")
	if want := (HistoryKeep(250) + HistoryBlock - 1) / HistoryBlock; len(blocks) != want {
		t.Errorf("%d blocks stored, want %d", len(blocks), want)
	}
	kv.Del(blocks[0])
	if _, err := repo.LoadHistory(d.ID); !errors.Is(err, ErrUnreadable) {
		t.Errorf("a missing block: err = %v", err)
	}
	kv.Set(HistoryKey(d.ID), `{"schema":1,"changes":[{"marks":[{"s":3,"before":{},"after":{"tags":["claim"]}}]}]}`)
	if got, err := repo.LoadHistory(d.ID); err != nil || len(got) != 1 || got[0].Marks[0].Sentence != 3 {
		t.Errorf("schema 1: %+v, %v", got, err)
	}
	kv.Set(HistoryKey(d.ID), `{"schema":9,"blocks":[]}`)
	if _, err := repo.LoadHistory(d.ID); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("schema 9: err = %v", err)
	}
}
