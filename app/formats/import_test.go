package formats

import (
	"testing"

	"annotator/app/model"
)

// TestReadAnnotationsEveryFormat imports each importable export of
// sampleDoc into the bare text and gets the same marks back.
func TestReadAnnotationsEveryFormat(t *testing.T) {
	d := sampleDoc(t)
	for _, f := range []Format{FormatBackup, FormatW3C, FormatCSV} {
		raw, err := Export(f, d, Options{Created: created, Modified: modified})
		if err != nil {
			t.Fatal(err)
		}
		kind, anns, err := ReadAnnotations(raw, d.ID)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		got := fresh(d)
		p := applyImport(t, got, anns)
		if p.Added != 4 || len(p.Unplaced)+len(p.UnknownTags) != 0 {
			t.Errorf("%s (%s): %s", f, kind, p.Summary())
		}
		sameMarks(t, got, d)
	}
}

func TestReadAnnotationsChoosesTheDocument(t *testing.T) {
	a := sampleDoc(t)
	b := model.New("Other", "Another text. With two sentences.")
	b.Marks[1] = model.Mark{Tags: []string{"fact"}}
	raw, err := EncodeBackup(created, NewBackupDocument(b, Options{}), NewBackupDocument(a, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	_, anns, err := ReadAnnotations(raw, a.ID)
	if err != nil || len(anns) != 5 {
		t.Fatalf("%d annotations, %v", len(anns), err)
	}
	_, _, err = ReadAnnotations(raw, "0000")
	wantError(t, err, "the backup holds 2 documents; choose one by id")
	_, _, err = ReadAnnotations([]byte("plain text"), a.ID)
	wantError(t, err, "this is neither an annotator backup")
	_, _, err = ReadAnnotations([]byte(`{"format":"annotator-backup"}`), a.ID)
	wantError(t, err, `$: no "schema" version`)
}
