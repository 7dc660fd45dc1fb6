package classroom

import (
	"slices"
	"strings"
	"testing"
)

// TestImportSubmissions imports a class as a teacher would: a zip from the
// learning management system, loose files, strays and duplicates.
func TestImportSubmissions(t *testing.T) {
	ex, key, subs := workedClass(t)
	cleo, anna, ben := subs[0], subs[1], subs[2]
	oldCleo := cleo
	oldCleo.Submitted = cleo.Started
	otherEx := newExercise(t)
	otherEx.ID = "ffffffffffffffffffffffffffffffff"
	stranger, err := NewSubmission(otherEx, "Dan", otherEx.Document(), at(9, 9), at(9, 10))
	if err != nil {
		t.Fatal(err)
	}
	lms := zipOf(t,
		"Anna_1_assignsubmission_file_/bus-fares.anna.submission.json", string(encoded(t, &anna)),
		"Ben_2_assignsubmission_file_/work.json", string(encoded(t, &ben)),
		"__MACOSX/Ben_2_assignsubmission_file_/._work.json", "junk",
		"Cleo_3_assignsubmission_file_/notes.txt", "I could not open the file.",
		"inner.zip", string(zipOf(t, "x.json", "{}")),
	)
	files := []NamedFile{
		{"class.zip", lms},
		{"cleo.json", encoded(t, &cleo)},
		{"cleo-draft.json", encoded(t, &oldCleo)},
		{"anna-again.json", encoded(t, &anna)},
		{"key.json", encoded(t, &key)},
		{"dan.json", encoded(t, &stranger)},
		{"broken.zip", []byte("PK\x03\x04 not really")},
		{"empty.json", nil},
	}
	imp := ImportSubmissions(ex, files)
	var names []string
	for _, s := range imp.Submissions {
		names = append(names, s.Student)
	}
	// Cleo's draft and final files are both kept (the view flags them).
	if !slices.Equal(names, []string{"Anna", "Ben", "Cleo", "Cleo"}) {
		t.Errorf("students = %v", names)
	}
	wantFiles := []string{"class.zip: Anna_1_assignsubmission_file_/bus-fares.anna.submission.json",
		"class.zip: Ben_2_assignsubmission_file_/work.json", "cleo-draft.json", "cleo.json"}
	if !slices.Equal(imp.Files, wantFiles) {
		t.Errorf("files = %q", imp.Files)
	}
	want := []string{
		"class.zip: Cleo_3_assignsubmission_file_/notes.txt: not an annotator submission",
		"class.zip: inner.zip: a zip inside a zip is not opened",
		"anna-again.json: the same submission as class.zip: Anna_1_assignsubmission_file_/bus-fares.anna.submission.json",
		"key.json: $.format: this is an answer key, not a submission",
		"dan.json: $.exercise: the submission is for another exercise",
		"broken.zip: not a readable zip file",
		"empty.json: the file is empty",
	}
	if len(imp.Refused) != len(want) {
		t.Fatalf("refused %d files, want %d: %v", len(imp.Refused), len(want), imp.Refused)
	}
	for i, w := range want {
		if got := imp.Refused[i].String(); !strings.HasPrefix(got, w) {
			t.Errorf("refusal %d = %q, want it to start with %q", i, got, w)
		}
	}
	// Neither of two different files of one student replaces the other,
	// whichever comes first.
	for _, files := range [][]NamedFile{
		{{"draft.json", encoded(t, &oldCleo)}, {"final.json", encoded(t, &cleo)}},
		{{"final.json", encoded(t, &cleo)}, {"draft.json", encoded(t, &oldCleo)}},
	} {
		imp = ImportSubmissions(ex, files)
		if len(imp.Submissions) != 2 || !slices.Equal(imp.Files, []string{"draft.json", "final.json"}) || len(imp.Refused) != 0 {
			t.Errorf("two files of one student: %+v", imp)
		}
	}
}

// TestImporterSteps reads a class a few files at a time, as the class
// view does: the result is the same as at once, every file is read once,
// and a later Import reads nothing again.
func TestImporterSteps(t *testing.T) {
	ex, _, files := scaleClass(t, 25)
	files = append(files, NamedFile{"notes.txt", []byte("see me")}, files[3])
	whole := ImportSubmissions(ex, files)
	im := NewImporter(ex)
	im.Queue(files...)
	steps := 0
	for left := im.Queued(); left > 0; steps++ {
		if left = im.Step(4); left != max(0, len(files)-4*(steps+1)) {
			t.Fatalf("step %d leaves %d", steps, left)
		}
	}
	got := im.Import()
	if steps != 7 || !slices.Equal(got.Files, whole.Files) || !slices.Equal(refusals(got), refusals(whole)) || im.Looked() != len(files) {
		t.Errorf("in steps: %d steps, files %q, refused %q, looked %d; at once: %q, %q", steps, got.Files, refusals(got), im.Looked(), whole.Files, refusals(whole))
	}
	im.Import()
	if im.Looked() != len(files) || len(whole.Refused) != 2 {
		t.Errorf("Import must not read again: looked %d; refused at once %q", im.Looked(), refusals(whole))
	}
}

// refusals lists an import's refusals as text.
func refusals(imp Import) []string {
	var out []string
	for _, r := range imp.Refused {
		out = append(out, r.String())
	}
	return out
}
