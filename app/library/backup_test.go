package library

import (
	"slices"
	"testing"

	"annotator/app/formats"
	"annotator/app/model"
	"annotator/app/store"
)

func TestBackupAll(t *testing.T) {
	repo, kv := newRepo()
	mine := storeDoc(t, repo, "Mine", threeText, 0)
	bare := storeDoc(t, repo, "Bare", "A bare text. With two sentences.")
	broken := storeDoc(t, repo, "Broken", "Broken record. Still a text.", 1)
	kv.Set(store.DocKey(broken.ID), "{nope")
	kv.Set(store.TextKey("badtext"), "{nope")
	before := dump(t, kv)

	data, n, err := BackupAll(repo, t0)
	if err != nil {
		t.Fatal(err)
	}
	unchanged(t, kv, before)
	b, err := formats.DecodeBackup(data)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, bd := range b.Documents {
		ids = append(ids, bd.ID)
	}
	slices.Sort(ids)
	want := []string{mine.ID, bare.ID}
	slices.Sort(want)
	if n != 2 || !slices.Equal(ids, want) {
		t.Fatalf("backup of %d documents %v, want %v (no untouched shipped article, nothing unreadable)", n, ids, want)
	}
	got, _ := b.Find(mine.ID)
	if len(got.Marks) != 1 || got.Marks[0].Sentence != 0 || !got.Modified.Equal(t0) {
		t.Errorf("backup of Mine = %+v", got)
	}

	// A shipped article with annotations is backed up.
	d, _ := ShippedDoc(DefaultID())
	model.NewHistory(d).ToggleTag(0, "fact")
	repo.Sync(d, 0, nil, nil, t0)
	if _, n, err := BackupAll(repo, t0); err != nil || n != 3 {
		t.Errorf("with an annotated shipped article: %d, %v", n, err)
	}
}
