package library

import (
	"maps"
	"testing"
	"time"

	"annotator/app/classroom"
	"annotator/app/model"
	"annotator/app/store"
	"annotator/app/textin"
)

// t0 dates the fixtures.
var t0 = time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)

// newRepo returns an empty repository over a MapKV.
func newRepo() (store.Repo, *store.MapKV) {
	kv := &store.MapKV{}
	return store.Repo{KV: kv}, kv
}

// storeDoc stores a text as the app does and, when tagged names
// sentences, tags each "claim" (one undoable change each) and saves the
// record with store.Repo.Sync and the undo history. It returns the
// document with its marks.
func storeDoc(t testing.TB, repo store.Repo, title, text string, tagged ...int) *model.Document {
	t.Helper()
	d := model.New(title, text)
	if err := repo.SaveText(store.StoredText{ID: d.ID, Title: title, Text: d.Text, Sentences: len(d.Sentences), Added: t0}); err != nil {
		t.Fatal(err)
	}
	if len(tagged) == 0 {
		return d
	}
	h := model.NewHistory(d)
	for _, i := range tagged {
		if ok, err := h.ToggleTag(i, "claim"); !ok || err != nil {
			t.Fatalf("tagging sentence %d: %v %v", i, ok, err)
		}
	}
	if _, _, err := repo.Sync(d, 0, nil, nil, t0); err != nil {
		t.Fatal(err)
	}
	if err := repo.SaveHistory(d.ID, h.Done(h.DoneCount())); err != nil {
		t.Fatal(err)
	}
	return d
}

// dump is every stored key and value.
func dump(t testing.TB, kv store.KV) map[string]string {
	t.Helper()
	keys, err := kv.Keys("")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, k := range keys {
		v, _, _ := kv.Get(k)
		out[k] = v
	}
	return out
}

// size is what MapKV.Limit counts: the bytes of every key and value.
func size(t testing.TB, kv store.KV) int {
	n := 0
	for k, v := range dump(t, kv) {
		n += len(k) + len(v)
	}
	return n
}

// unchanged fails the test when kv no longer holds exactly before.
func unchanged(t testing.TB, kv store.KV, before map[string]string) {
	t.Helper()
	if after := dump(t, kv); !maps.Equal(before, after) {
		for k, v := range after {
			if before[k] != v {
				t.Errorf("written: %s = %.80s", k, v)
			}
		}
		for k := range before {
			if _, ok := after[k]; !ok {
				t.Errorf("deleted: %s", k)
			}
		}
	}
}

// tagged lists the sentences of d that have a tag.
func tagged(d *model.Document) []int {
	var out []int
	for i, m := range d.Marks {
		if len(m.Tags) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// textinDoc is a decoded text.
func textinDoc(title, text string) textin.Doc { return textin.Doc{Title: title, Text: text} }

// classroomExercise makes an exercise of d as a teacher would.
func classroomExercise(d *model.Document) (classroom.Exercise, error) {
	return classroom.NewExercise(d, d.Title, "Tag the claims.", nil, false, nil)
}
