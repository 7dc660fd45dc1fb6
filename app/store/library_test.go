package store

import (
	"testing"
	"time"

	"annotator/app/model"
)

func TestLibraryListsTextsAndCounts(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv}
	d := model.New("Mine", "One. Two. Three.")
	if err := repo.SaveText(StoredText{ID: d.ID, Title: "Mine", Text: d.Text, Sentences: 3, Added: time.Unix(100, 0)}); err != nil {
		t.Fatal(err)
	}
	model.NewHistory(d).ToggleTag(1, "claim")
	if err := repo.Save(FromDocument(d, nil, time.Unix(200, 0))); err != nil {
		t.Fatal(err)
	}
	kv.Set(TextKey("broken"), "{nope")
	lib, err := repo.Library([]Entry{{ID: "seed", Title: "Seed", Sentences: 18}})
	if err != nil {
		t.Fatal(err)
	}
	if len(lib) != 3 || lib[0].ID != d.ID || lib[0].Annotated != 1 || lib[0].Sentences != 3 {
		t.Fatalf("library = %+v", lib)
	}
	var broken, seed bool
	for _, e := range lib {
		broken = broken || (e.ID == "broken" && e.Problem != "")
		seed = seed || (e.ID == "seed" && e.Shipped)
	}
	if !broken || !seed {
		t.Errorf("library must list the shipped article and the unreadable entry: %+v", lib)
	}
	got, err := repo.LoadText(d.ID)
	if err != nil || got.Text != d.Text {
		t.Errorf("LoadText = %+v, %v", got, err)
	}
}

func TestDeleteAndRestore(t *testing.T) {
	kv := &MapKV{}
	repo := Repo{KV: kv}
	d := model.New("Mine", "One. Two.")
	repo.SaveText(StoredText{ID: d.ID, Title: "Mine", Text: d.Text})
	repo.Save(FromDocument(d, nil, time.Now()))
	snap, err := repo.Delete(d.ID)
	if err != nil || len(snap) != 2 {
		t.Fatalf("Delete: %v, %d keys", err, len(snap))
	}
	if keys, _ := kv.Keys(Prefix); len(keys) != 0 {
		t.Errorf("keys left after delete: %v", keys)
	}
	if err := repo.Restore(snap); err != nil {
		t.Fatal(err)
	}
	if txt, _ := repo.LoadText(d.ID); txt == nil || txt.Title != "Mine" {
		t.Error("restore did not bring the document back")
	}
}
