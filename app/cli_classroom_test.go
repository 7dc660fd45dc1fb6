//go:build !wasm

package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"annotator/app/classroom"
	"annotator/app/model"
)

// TestAgree checks the JSON of a small two-rater CSV, worked out by hand:
// the raters agree on items 1, 2 and 4 (percent 3/4); rater a gave X, Y, X,
// Y and b X, Y, Y, Y, so Cohen's Pe = (2·1 + 2·3)/16 = 1/2 and kappa =
// (3/4 - 1/2)/(1/2) = 1/2; pooled X 3, Y 5 of 8, so Fleiss' Pe = 34/64 and
// kappa = (3/4 - 34/64)/(30/64) = 7/15; Krippendorff's Do = 2/8 (item 3's
// two ordered pairs) and De = (64 - 34)/(8·7) = 30/56, so alpha =
// 1 - (1/4)/(30/56) = 8/15.
func TestAgree(t *testing.T) {
	path := writeFile(t, "ratings.csv", []byte("item,rater,label\n1,a,X\n1,b,X\n2,a,Y\n2,b,Y\n3,a,X\n3,b,Y\n4,a,Y\n4,b,Y\n"))
	var out bytes.Buffer
	if err := agree([]string{path}, &out); err != nil {
		t.Fatal(err)
	}
	want := `{"items":4,"raters":2,"percent_agreement":0.75,"fleiss_kappa":0.4666666666666667,"krippendorff_alpha":0.5333333333333333,"cohen_kappa":0.5}` + "\n"
	if out.String() != want {
		t.Errorf("agree printed\n%s\nwant\n%s", out.String(), want)
	}
	bad := writeFile(t, "bad.csv", []byte("item,rater,label\n1,a\n"))
	for _, args := range [][]string{nil, {"/no/such/file.csv"}, {bad}} {
		if err := agree(args, &out); err == nil {
			t.Errorf("agree %q must fail", args)
		}
	}
	if err := agree([]string{bad}, &out); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a CSV error must name its line: %v", err)
	}
}

// gradeClass writes an answer key and two submissions of a three-sentence
// exercise: Ana's in a zip as an LMS gives them, Bo's as a file.
func gradeClass(t *testing.T) (key, lms, bo string) {
	t.Helper()
	d := model.New("Pets", "Cats sleep a lot. Dogs bark. Birds sing.")
	d.TagSet = model.TagSet{Name: "Fact or opinion", Tags: []model.Tag{
		{ID: "fact", Name: "Fact", Color: "#0072B2"}, {ID: "opinion", Name: "Opinion", Color: "#CC79A7"}}}
	ex, err := classroom.NewExercise(d, "Pets", "Fact or opinion?", nil, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	tagged := func(tags ...string) *model.Document {
		d := ex.Document()
		for i, tag := range tags {
			if tag != "" {
				d.Marks[i].Tags = []string{tag}
			}
		}
		return d
	}
	k, err := classroom.KeyFrom(tagged("fact", "fact", "opinion"), ex)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	ana, err := classroom.NewSubmission(ex, "Ana", tagged("fact", "fact", "opinion"), day, day.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	b, err := classroom.NewSubmission(ex, "Bo", tagged("fact", "opinion", ""), day, day.Add(2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	file := func(v interface{ Encode() ([]byte, error) }) []byte {
		data, err := v.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	w, _ := zw.Create("Ana_17_assignsubmission_file_/pets.ana.submission.json")
	w.Write(file(&ana))
	zw.Close()
	return writeFile(t, "pets.key.json", file(&k)), writeFile(t, "submissions.zip", z.Bytes()), writeFile(t, "bo.json", file(&b))
}

// TestGrade checks the grade table of a class worked out by hand. Key:
// fact, fact, opinion. Ana: the same (accuracy 1, every F1 1). Bo: fact,
// opinion, no tag: exact on sentence 1 only (accuracy 1/3); fact TP 1
// FN 1 (F1 2/3), opinion FP 1 FN 1 (F1 0), macro-F1 (2/3 + 0)/2 = 1/3;
// two of three sentences annotated.
func TestGrade(t *testing.T) {
	key, lms, bo := gradeClass(t)
	var out, errOut bytes.Buffer
	if err := grade([]string{key, lms, bo}, &out, &errOut); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	want := "\ufeffstudent,submitted,late,saw_key,key_version,graded,annotated,total,completeness,accuracy,macro_f1,fact_f1,opinion_f1,hl_fact_f1,hl_opinion_f1,file,conflict\r\n" +
		"Ana,2026-05-04T10:00:00Z,no,no,1,3,3,3,1.000,1.000,1.000,1.000,1.000,,," + lms + ": Ana_17_assignsubmission_file_/pets.ana.submission.json,\r\n" +
		"Bo,2026-05-04T11:00:00Z,no,no,1,3,2,3,0.667,0.333,0.333,0.667,0.000,,," + bo + ",\r\n"
	if out.String() != want || errOut.Len() != 0 {
		t.Errorf("grade printed\n%q\nwant\n%q\nstderr: %s", out.String(), want, errOut.String())
	}

	// A stray file is listed and makes the command fail, after the table.
	stray := writeFile(t, "notes.txt", []byte("see me"))
	out.Reset()
	err := grade([]string{key, lms, stray, bo}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "1 file refused") || out.String() != want ||
		!strings.Contains(errOut.String(), "refused "+stray+": not an annotator submission") {
		t.Errorf("stray file: err %v\nstdout %q\nstderr %s", err, out.String(), errOut.String())
	}
	for _, args := range [][]string{{key}, {bo, bo}, {key, stray}, {key, "/no/such.json"}} {
		if err := grade(args, &out, &errOut); err == nil {
			t.Errorf("grade %q must fail", args)
		}
	}
}

// TestGradeForgedSubmission grades an LMS zip in which a file in
// Mallory's folder claims to be Ana's, handed in later and all wrong: Ana's
// real file keeps its row and its grade (1.000), the forged one has its
// own, both name their folder and are flagged in the conflict column and
// on stderr, and the exit status says so.
func TestGradeForgedSubmission(t *testing.T) {
	key, lms, _ := gradeClass(t)
	k, err := classroom.DecodeKey(readBack(t, key))
	if err != nil {
		t.Fatal(err)
	}
	ex := k.Exercise
	d := ex.Document()
	d.Marks[0].Tags, d.Marks[1].Tags, d.Marks[2].Tags = []string{"opinion"}, []string{"opinion"}, []string{"fact"}
	day := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	forged, err := classroom.NewSubmission(ex, "ana", d, day, day.Add(5*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	data, err := forged.Encode()
	if err != nil {
		t.Fatal(err)
	}
	real := readBack(t, lms)
	zr, err := zip.NewReader(bytes.NewReader(real), int64(len(real)))
	if err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	for _, f := range zr.File {
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	w, _ := zw.Create("Mallory_18_assignsubmission_file_/pets.ana.submission.json")
	w.Write(data)
	zw.Close()
	class := writeFile(t, "class.zip", z.Bytes())

	var out, errOut bytes.Buffer
	err = grade([]string{key, class}, &out, &errOut)
	anaFile := class + ": Ana_17_assignsubmission_file_/pets.ana.submission.json"
	malloryFile := class + ": Mallory_18_assignsubmission_file_/pets.ana.submission.json"
	conflict := "two files claim Ana: " + anaFile + ", " + malloryFile
	rows, cerr := csv.NewReader(strings.NewReader(strings.TrimPrefix(out.String(), "\ufeff"))).ReadAll()
	if cerr != nil || len(rows) != 3 {
		t.Fatalf("grade table (%v):\n%s", cerr, out.String())
	}
	want := [][]string{
		{"Ana", "2026-05-04T10:00:00Z", "1.000", anaFile, conflict},
		{"ana", "2026-05-04T14:00:00Z", "0.000", malloryFile, "two files claim ana: " + anaFile + ", " + malloryFile},
	}
	for i, w := range want {
		r := rows[i+1]
		if got := []string{r[0], r[1], r[9], r[15], r[16]}; !slices.Equal(got, w) {
			t.Errorf("row %d: student, submitted, accuracy, file, conflict = %q, want %q", i+1, got, w)
		}
	}
	if !strings.Contains(errOut.String(), "warning: "+conflict+"; each has its own row") {
		t.Errorf("stderr must flag the conflict:\n%s", errOut.String())
	}
	if err == nil || !strings.Contains(err.Error(), "1 student name claimed by more than one file") {
		t.Errorf("grade with a conflict must fail after the table: %v", err)
	}
}

// readBack reads a file a test wrote.
func readBack(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
