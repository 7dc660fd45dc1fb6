package store

import (
	"slices"
	"testing"
	"time"

	"annotator/app/model"
)

func TestDeleteTakesTheWorkAndRestoreBringsItBack(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv}
	d := model.New("Mine", "One. Two.")
	other := model.New("Other", "Three. Four.")
	repo.SaveText(StoredText{ID: d.ID, Title: "Mine", Text: d.Text})
	repo.Save(FromDocument(d, nil, time.Now()))
	kv.Set(WorkKey(d.ID), `{"schema":1,"student":"Ann"}`)
	kv.Set(WorkKey(other.ID), `{"schema":1,"student":"Bob"}`)

	keys, err := repo.DocKeys(d.ID)
	if err != nil || !slices.Contains(keys, WorkKey(d.ID)) || slices.Contains(keys, WorkKey(other.ID)) {
		t.Fatalf("DocKeys = %v, %v: want the document's work key, not another's", keys, err)
	}
	if keys, _ := repo.DocKeys(other.ID); slices.Contains(keys, WorkKey(d.ID)) {
		t.Errorf("DocKeys(other) = %v", keys)
	}

	snap, err := repo.Delete(d.ID)
	if err != nil || len(snap) != 3 {
		t.Fatalf("Delete: %v, %d keys", err, len(snap))
	}
	if _, ok, _ := kv.Get(WorkKey(d.ID)); ok {
		t.Error("the exercise work survived the deletion: reopening the text would be in exercise mode")
	}
	if _, ok, _ := kv.Get(WorkKey(other.ID)); !ok {
		t.Error("deleting one document removed another's work")
	}
	if err := repo.Restore(snap); err != nil {
		t.Fatal(err)
	}
	if v, ok, _ := kv.Get(WorkKey(d.ID)); !ok || v != `{"schema":1,"student":"Ann"}` {
		t.Errorf("restored work = %q, %v", v, ok)
	}
}

func TestKeyNamesStay(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{PrefsKey, "annotator/prefs"},
		{ExerciseKey("abc"), "annotator/exercises/abc"},
		{WorkKey("d1"), "annotator/work/d1"},
	} {
		if c.got != c.want {
			t.Errorf("key %q, want %q", c.got, c.want)
		}
	}
}
