package library

import (
	"errors"
	"testing"
	"time"

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
	if _, _, err := StartWork(repo, ex, "  ", t0); !errors.Is(err, ErrNoStudent) {
		t.Errorf("without a name: %v", err)
	}
	id, existed, err := StartWork(repo, ex, " Bo ", t0)
	if err != nil || existed || id != WorkID(ex.ID, "bo") {
		t.Fatalf("StartWork = %q %v, %v", id, existed, err)
	}
	l, err := Open(repo, id)
	if err != nil || l.Work == nil || l.Rec == nil || l.Doc.TagSet.Name != "Argument structure" || l.Doc.Text != src.Text {
		t.Fatalf("the exercise's document: %+v, %v", l, err)
	}
	if w, err := LoadWork(kv, id); err != nil || w.Student != "Bo" || w.Exercise.ID != ex.ID {
		t.Fatalf("LoadWork = %+v, %v", w, err)
	}
	if again, existed, _ := StartWork(repo, ex, "bo", t0.Add(time.Hour)); again != id || !existed {
		t.Errorf("the same name again: %q %v", again, existed)
	}
	if FindWork(repo, ex.ID, "BO") == nil || FindWork(repo, ex.ID, "Al") != nil {
		t.Error("FindWork")
	}

	// Deleting the work takes its work key; undoing the deletion brings it back.
	snap, err := repo.Delete(id)
	if err != nil {
		t.Fatal(err)
	}
	if w, _ := LoadWork(kv, id); w != nil {
		t.Error("the work survived the deletion")
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

// TestEachStudentStartsEmpty is the shared computer: the teacher's key on
// the text, the student's own annotations of the text and a classmate's
// work never show in another student's work.
func TestEachStudentStartsEmpty(t *testing.T) {
	repo, _ := newRepo()
	src := model.New("Week 3", threeText)
	ex, err := classroomExercise(src)
	if err != nil {
		t.Fatal(err)
	}
	// The teacher's annotations (the key) on the plain text.
	src.Marks[0] = model.Mark{Tags: []string{"claim"}, Note: "key note"}
	if err := repo.SaveText(store.StoredText{ID: src.ID, Title: src.Title, Text: src.Text}); err != nil {
		t.Fatal(err)
	}
	if err := repo.Save(store.FromDocument(src, nil, t0)); err != nil {
		t.Fatal(err)
	}
	eve, _, err := StartWork(repo, ex, "Eve", t0)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := Open(repo, eve)
	if l.Doc.Annotated() != 0 {
		t.Fatalf("Eve starts with %d annotated sentences", l.Doc.Annotated())
	}
	l.Doc.Marks[1] = model.Mark{Tags: []string{"evidence"}, Note: "Eve's note"}
	if err := repo.Save(store.FromDocument(l.Doc, nil, t0)); err != nil {
		t.Fatal(err)
	}
	finn, _, _ := StartWork(repo, ex, "Finn", t0)
	if finn == eve {
		t.Fatal("Finn got Eve's work")
	}
	if l, _ := Open(repo, finn); l.Doc.Annotated() != 0 {
		t.Errorf("Finn starts with %d annotated sentences", l.Doc.Annotated())
	}
	if l, _ := Open(repo, src.ID); !l.Doc.Marks[0].Has("claim") || l.Doc.Marks[1].Note != "" {
		t.Errorf("the teacher's annotations changed: %+v", l.Doc.Marks[:2])
	}
}

func TestWorkKeepsKeyOpenedAndSubmitted(t *testing.T) {
	repo, kv := newRepo()
	ex, err := classroomExercise(model.New("Week 3", threeText))
	if err != nil {
		t.Fatal(err)
	}
	id, _, _ := StartWork(repo, ex, "Eve", t0)
	w, _ := LoadWork(kv, id)
	at := t0.Add(time.Hour)
	w.KeyOpened, w.Submitted = &at, &at
	if err := SaveWork(kv, id, *w); err != nil {
		t.Fatal(err)
	}
	if w, _ := LoadWork(kv, id); w.KeyOpened == nil || !w.KeyOpened.Equal(at) || w.Submitted == nil {
		t.Errorf("%+v", w)
	}
}
