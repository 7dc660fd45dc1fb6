package library

import (
	"errors"
	"testing"

	"annotator/app/model"
	"annotator/app/store"
)

func TestStartWork(t *testing.T) {
	repo, kv := newRepo()
	src := model.New("Week 3", threeText)
	src.TagSet = model.ArgumentStructure()
	ex, err := classroomExercise(src)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := StartWork(repo, ex, "  ", t0); !errors.Is(err, ErrNoStudent) {
		t.Errorf("without a name: %v", err)
	}
	id, err := StartWork(repo, ex, " Bo ", t0)
	if err != nil || id != src.ID {
		t.Fatalf("StartWork = %q, %v", id, err)
	}
	l, err := Open(repo, id)
	if err != nil || l.Text.From != "exercise" || l.Rec == nil || l.Doc.TagSet.Name != "Argument structure" {
		t.Fatalf("the exercise's document: %+v, %v", l, err)
	}
	if w, err := LoadWork(kv, id); err != nil || w.Student != "Bo" || w.Exercise.ID != ex.ID {
		t.Fatalf("LoadWork = %+v, %v", w, err)
	}

	// Deleting the document takes its work; undoing the deletion brings it back.
	snap, err := repo.Delete(id)
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := LoadWork(kv, id); w != nil {
		t.Error("the work survived the deletion: the same text would reopen in exercise mode")
	}
	if _, err := Open(repo, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("Open after Delete: %v", err)
	}
	if err := repo.Restore(snap); err != nil {
		t.Fatal(err)
	}
	if w, err := LoadWork(kv, id); err != nil || w == nil || w.Student != "Bo" {
		t.Errorf("after Restore: %+v, %v", w, err)
	}
	if _, ok, _ := kv.Get(store.WorkKey(id)); !ok {
		t.Error("no work key after Restore")
	}
}
