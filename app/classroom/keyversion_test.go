package classroom

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestOldFiles decodes the worked example's files as the app wrote them
// before scopes, key versions, alternatives and keyOpened existed
// (testdata/v1): they decode, keep their checksums when written again,
// and the key is version 1.
func TestOldFiles(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile("testdata/v1/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	exFile, keyFile, subFile := read("bus-fares.exercise.json"), read("bus-fares.key.json"), read("bus-fares.ben.submission.json")
	ex, err := DecodeExercise(exFile)
	if err != nil {
		t.Fatal(err)
	}
	key, err := DecodeKey(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := DecodeSubmission(ex, subFile)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Scope != nil || key.Version != 0 || key.VersionNumber() != 1 || key.Alternatives != nil || sub.KeyOpened != nil {
		t.Errorf("old files: scope %v, version %d, alternatives %v, keyOpened %v", ex.Scope, key.Version, key.Alternatives, sub.KeyOpened)
	}
	for name, c := range map[string]struct {
		file []byte
		v    interface{ Encode() ([]byte, error) }
	}{"exercise": {exFile, &ex}, "key": {keyFile, &key}, "submission": {subFile, &sub}} {
		if again := encoded(t, c.v); !bytes.Equal(again, c.file) {
			t.Errorf("the %s is not written back as it was:\n%s\nwas\n%s", name, again, c.file)
		}
	}
	v, err := NewClassView(ex, &key, []Submission{sub})
	if err != nil || v.KeyVersion != 1 || v.Graded != 5 {
		t.Fatalf("an old class: %v (key version %d, graded %d)", err, v.KeyVersion, v.Graded)
	}
	near(t, "Ben's accuracy", v.Students[0].Accuracy, 0.6)
}

// TestKeyVersions checks that a newer key of a revised exercise grades
// work done on the first version, and that another exercise's key is
// still refused.
func TestKeyVersions(t *testing.T) {
	ex, k1, subs := scopedClass(t)
	if k1.Version != 1 {
		t.Fatalf("KeyFrom makes version %d", k1.Version)
	}
	if err := k1.Accept(3, []string{"claim"}); err != nil { // kept by NextKey
		t.Fatal(err)
	}
	if err := k1.Accept(4, []string{"claim"}); err != nil { // becomes the key's answer below
		t.Fatal(err)
	}
	kd, _ := k1.Document()
	kd.Marks[4].Tags = []string{"claim"}
	// Version 2 of the exercise grades only s2–s4 and has a new title.
	d := ex.Document()
	ex2, err := ex.Revise(d, "Bus fares (revised)", "Only the first paragraph.", nil, false, []Range{{2, 5}})
	if err != nil {
		t.Fatal(err)
	}
	k2, err := NextKey(kd, ex2, &k1)
	if err != nil {
		t.Fatal(err)
	}
	if k2.Version != 2 || k2.Exercise.Checksum != ex2.Checksum || len(k2.Alternatives) != 1 || k2.Alternatives[0].Sentence != 3 {
		t.Fatalf("NextKey: version %d, alternatives %+v", k2.Version, k2.Alternatives)
	}
	if first, err := NextKey(kd, ex, nil); err != nil || first.Version != 1 {
		t.Errorf("NextKey without a previous key: version %d, %v", first.Version, err)
	}
	if _, err := DecodeKey(encoded(t, &k2)); err != nil {
		t.Fatalf("version 2 does not decode: %v", err)
	}
	// The submissions were made against version 1 of the exercise.
	v, err := NewClassView(ex, &k2, subs)
	if err != nil {
		t.Fatal(err)
	}
	if v.Exercise.Title != "Bus fares (revised)" || v.Graded != 3 || v.KeyVersion != 2 || v.Sentences[6].Graded {
		t.Errorf("view: title %q, graded %d, key version %d", v.Exercise.Title, v.Graded, v.KeyVersion)
	}
	// Bo: s2 right, s3 {claim} accepted, s4 {opinion} now wrong: 2/3.
	near(t, "Bo accuracy against version 2", v.Students[1].Accuracy, 2.0/3)
	// An older key with the newer exercise is accepted too.
	if v1, err := NewClassView(ex2, &k1, subs); err != nil || v1.KeyVersion != 1 || v1.Graded != 4 {
		t.Errorf("version 1 of the key with version 2 of the exercise: %v", err)
	}
	if fb := Feedback(k2, subs[0]); len(fb) != 7 || fb[6].Graded || !fb[3].Correct {
		t.Errorf("feedback of version 2 on work of version 1: %+v", fb)
	}
	csv, err := v.GradeCSV()
	if err != nil || !strings.Contains(string(csv), "\r\nBo,2026-03-09T11:00:00Z,no,no,2,3,") {
		t.Errorf("grade table: %v\n%s", err, csv)
	}

	other, err := NewExercise(scopedDoc(), "", "", nil, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	otherKey, err := KeyFrom(other.Document(), other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewClassView(ex, &otherKey, subs); err == nil || !strings.Contains(err.Error(), "the answer key is for another exercise") {
		t.Errorf("another exercise's key: %v", err)
	}
	if _, err := NextKey(kd, ex, &otherKey); err == nil || !strings.Contains(err.Error(), "the previous key is for another exercise") {
		t.Errorf("NextKey with another exercise's key: %v", err)
	}
}

// TestKeyOpened checks that opening the key before submitting is kept
// and shown.
func TestKeyOpened(t *testing.T) {
	ex, key, subs := workedClass(t)
	d, _ := subs[1].Document(ex)
	opened := at(9, 9).Add(30 * time.Minute)
	anna, err := NewSubmission(ex, "Anna", d, at(9, 9), at(9, 10), WithKeyOpened(opened))
	if err != nil {
		t.Fatal(err)
	}
	file := encoded(t, &anna)
	got, err := DecodeSubmission(ex, file)
	if err != nil || got.KeyOpened == nil || !got.KeyOpened.Equal(opened) {
		t.Fatalf("keyOpened round trip: %v %v", got.KeyOpened, err)
	}
	v, err := NewClassView(ex, &key, []Submission{anna, subs[2]})
	if err != nil {
		t.Fatal(err)
	}
	if !v.Students[0].SawKey || v.Students[1].SawKey {
		t.Errorf("SawKey: %v %v", v.Students[0].SawKey, v.Students[1].SawKey)
	}
	if csv, _ := v.GradeCSV(); !strings.Contains(string(csv), "\r\nAnna,2026-03-09T10:00:00Z,no,yes,1,5,") {
		t.Errorf("saw_key column:\n%s", csv)
	}
	if _, err := NewSubmission(ex, "Anna", d, at(9, 9), at(9, 10), WithKeyOpened(at(9, 11))); err == nil {
		t.Error("a key opened after submitting must be refused")
	}
	set := func(v any) func(map[string]any) { return func(m map[string]any) { m["keyOpened"] = v } }
	check(t, func(b []byte) error { _, err := DecodeSubmission(ex, b); return err }, []rejection{
		{"opened after submitting", edit(t, file, true, set("2026-03-09T11:00:00Z")), "$.keyOpened: the key was opened (2026-03-09T11:00:00Z) after the work was submitted"},
		{"not a date", edit(t, file, true, set("soon")), `$.keyOpened: "soon" is not a date`},
	})
	if s, err := DecodeSubmission(ex, edit(t, file, true, set(nil))); err != nil || s.KeyOpened != nil {
		t.Errorf("a null keyOpened is none: %v", err)
	}
}

func TestDecodeKeyRefusesVersionsAndAlternatives(t *testing.T) {
	_, key, _ := workedClass(t)
	if err := key.Accept(1, []string{"claim"}); err != nil {
		t.Fatal(err)
	}
	file := encoded(t, &key)
	alt := func(change func(a map[string]any)) func(map[string]any) {
		return func(m map[string]any) { change(m["alternatives"].([]any)[0].(map[string]any)) }
	}
	cases := []rejection{
		{"negative version", edit(t, file, true, func(m map[string]any) { m["version"] = -1 }), "$.version: version -1 is not between 1 and"},
		{"quote not a sentence", edit(t, file, true, alt(func(a map[string]any) { a["quote"] = "Ridership fell." })), `$.alternatives[0].quote: the quote is not a sentence of the text ("Ridership fell.")`},
		{"tag outside the set", edit(t, file, true, alt(func(a map[string]any) { a["tags"] = []any{"irony"} })), `$.alternatives[0].tags[0]: tag "irony" is not in the exercise's tag set`},
		{"repeated tag", edit(t, file, true, alt(func(a map[string]any) { a["tags"] = []any{"claim", "claim"} })), `$.alternatives[0].tags[1]: tag "claim" appears twice`},
		{"negative sentence", edit(t, file, true, alt(func(a map[string]any) { a["sentence"] = -2 })), "$.alternatives[0].sentence: sentence index -2 is negative"},
		{"unknown key", edit(t, file, true, alt(func(a map[string]any) { a["why"] = "x" })), `unknown key "why"`},
		{"twice", edit(t, file, true, func(m map[string]any) {
			m["alternatives"] = append(m["alternatives"].([]any), m["alternatives"].([]any)[0])
		}), "$.alternatives[1]: the same alternative for sentence 2 appears twice"},
	}
	check(t, func(b []byte) error { _, err := DecodeKey(b); return err }, cases)
	got, err := DecodeKey(file)
	if err != nil || !reflect.DeepEqual(got.Alternatives, key.Alternatives) || !slices.Equal(got.Alternatives[0].Tags, []string{"claim"}) {
		t.Errorf("alternatives round trip: %+v %v", got.Alternatives, err)
	}
}
