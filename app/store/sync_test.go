package store

import (
	"errors"
	"testing"
	"time"

	"annotator/app/model"
)

func TestSyncMergesTwoTabsBySentence(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv}
	text := "One. Two. Three. Four."
	a, b := model.New("t", text), model.New("t", text)
	ha, hb := model.NewHistory(a), model.NewHistory(b)
	ha.ToggleTag(0, "x")
	ha.ToggleTag(3, "gone")
	revA, _, err := repo.Sync(a, 0, map[int]bool{0: true, 3: true}, nil, time.Now())
	if err != nil || revA != 1 {
		t.Fatalf("first write: rev %d, %v", revA, err)
	}
	// Tab B read nothing (base 0) and tags sentence 1: it must not lose A's work.
	hb.ToggleTag(1, "y")
	revB, taken, err := repo.Sync(b, 0, map[int]bool{1: true}, nil, time.Now())
	if err != nil || revB != 2 || len(taken) != 2 {
		t.Fatalf("second write: rev %d, taken %v, %v", revB, taken, err)
	}
	if !b.Marks[0].Has("x") || !b.Marks[1].Has("y") || !b.Marks[3].Has("gone") {
		t.Fatalf("B lost A's marks: %+v", b.Marks)
	}
	// A removes a tag; B's next write (from its base) keeps the removal.
	ha.ToggleTag(3, "gone")
	rec, _ := repo.Load(a.ID)
	rec.Merge(a, map[int]bool{3: true})
	if _, _, err := repo.Sync(a, revB, map[int]bool{3: true}, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	hb.ToggleTag(2, "z")
	if _, _, err := repo.Sync(b, revB, map[int]bool{2: true}, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	final, _ := repo.Load(a.ID)
	got := model.New("t", text)
	final.ApplyTo(got)
	if !got.Marks[0].Has("x") || !got.Marks[1].Has("y") || !got.Marks[2].Has("z") || got.Marks[3].Has("gone") {
		t.Errorf("final marks: %+v", got.Marks)
	}
}

// failingKV fails the n-th Set call, imitating a crash or a full quota there.
type failingKV struct {
	MapKV
	sets, failAt int
}

func (f *failingKV) Set(k, v string) error {
	f.sets++
	if f.sets == f.failAt {
		return errors.New("crash")
	}
	return f.MapKV.Set(k, v)
}

func TestInterruptedWriteKeepsThePreviousVersion(t *testing.T) {
	for failAt := 1; failAt <= 2; failAt++ {
		kv := &failingKV{}
		repo := Repo{KV: kv}
		d := model.New("t", "One. Two.")
		model.NewHistory(d).ToggleTag(0, "old")
		if err := repo.Save(FromDocument(d, nil, time.Now())); err != nil {
			t.Fatal(err)
		}
		kv.sets, kv.failAt = 0, failAt
		model.NewHistory(d).ToggleTag(1, "new")
		if err := repo.Save(FromDocument(d, nil, time.Now())); err == nil {
			t.Fatalf("step %d: the failure was not reported", failAt)
		}
		rec, err := repo.Load(d.ID)
		if err != nil || rec == nil || len(rec.Marks) != 1 || !rec.Marks[0].Has("old") {
			t.Errorf("step %d: after the interrupted write the record is %+v, %v", failAt, rec, err)
		}
	}
}

func TestPeekRev(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv}
	cases := []struct {
		raw  string
		rev  int
		have bool
	}{
		{"", 0, false},
		{`{"schema":1,"rev":7,"doc":"d","marks":[]}`, 7, true},
		{`{"schema":1,"doc":"d","rev":3}`, -1, true},
		{`{not json`, -1, true},
		{`{"schema":1,"rev":"x"}`, -1, true},
	}
	for _, c := range cases {
		if c.raw == "" {
			kv.Del(DocKey("d"))
		} else {
			kv.Set(DocKey("d"), c.raw)
		}
		rev, ok, err := repo.PeekRev("d")
		if err != nil || rev != c.rev || ok != c.have {
			t.Errorf("PeekRev(%s) = %d, %v, %v; want %d, %v", c.raw, rev, ok, err, c.rev, c.have)
		}
	}
	d := model.New("t", "One. Two.")
	model.NewHistory(d).ToggleTag(0, "a")
	if _, _, err := repo.Sync(d, 0, map[int]bool{0: true}, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	kv.Del(DocKey("d"))
	if rev, ok, _ := repo.PeekRev(d.ID); !ok || rev != 1 {
		t.Errorf("a record written by Sync peeks as %d, %v; want 1", rev, ok)
	}
}

func TestSyncDoesNotRecreateADeletedRecord(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv}
	d := model.New("t", "One. Two. Three.")
	model.NewHistory(d).ToggleTag(0, "x")
	rev, _, err := repo.Sync(d, 0, map[int]bool{0: true}, nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := repo.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	model.NewHistory(d).ToggleTag(1, "y")
	if _, _, err := repo.Sync(d, rev, map[int]bool{1: true}, nil, time.Now()); !errors.Is(err, ErrDeleted) {
		t.Fatalf("a save after the deletion: %v, want ErrDeleted", err)
	}
	if keys, _ := kv.Keys(Prefix); len(keys) != 0 {
		t.Errorf("the deleted document came back as %v", keys)
	}
	// A tab that never read a record (base 0) still writes a new one.
	if _, _, err := repo.Sync(d, 0, map[int]bool{1: true}, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
}
