package classroom

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"annotator/app/formats"
	"annotator/app/store"
)

// TestRoundTrips checks that every file decodes to what was encoded.
func TestRoundTrips(t *testing.T) {
	ex, key, subs := workedClass(t)
	gotEx, err := DecodeExercise(encoded(t, &ex))
	if err != nil || !reflect.DeepEqual(gotEx, ex) {
		t.Errorf("exercise: %v\n%+v\n%+v", err, gotEx, ex)
	}
	gotKey, err := DecodeKey(encoded(t, &key))
	if err != nil || !reflect.DeepEqual(gotKey, key) {
		t.Errorf("key: %v", err)
	}
	for _, s := range subs {
		got, err := DecodeSubmission(ex, encoded(t, &s))
		if err != nil || !reflect.DeepEqual(got, s) {
			t.Errorf("submission of %s: %v\n%+v\n%+v", s.Student, err, got, s)
		}
		d, orphans := got.Document(ex)
		if len(orphans) != 0 || d.Annotated() != len(s.Marks) {
			t.Errorf("%s: reopened with %d orphans, %d annotated", s.Student, len(orphans), d.Annotated())
		}
	}
	kd, _ := key.Document()
	if !kd.Marks[4].Has("evidence") || kd.Marks[2].Note == "" {
		t.Errorf("key document: %+v", kd.Marks)
	}
	if subs[0].Student != "Cleo" || subs[1].Student != "Anna" {
		t.Error("NewSubmission must trim the name")
	}
	if n := ex.FileName(); n != "bus-fares.exercise.json" {
		t.Errorf("exercise file name %q", n)
	}
	if n := subs[1].FileName(ex); n != "bus-fares.anna.submission.json" {
		t.Errorf("submission file name %q", n)
	}
	if n := key.FileName(); n != "bus-fares.key.json" {
		t.Errorf("key file name %q", n)
	}
	// A byte order mark and another layout are fine.
	compact := edit(t, encoded(t, &subs[0]), false, func(map[string]any) {})
	if _, err := DecodeSubmission(ex, append([]byte("\ufeff"), compact...)); err != nil {
		t.Errorf("compact submission with BOM: %v", err)
	}
}

// rejection is one file a decoder must refuse, with a part of the message.
type rejection struct {
	name string
	data []byte
	want string
}

// check runs decode on each rejection.
func check(t *testing.T, decode func([]byte) error, cases []rejection) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := decode(c.data)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
			var fe *formats.Error
			if !errors.As(err, &fe) {
				t.Errorf("error %T is not a *formats.Error", err)
			}
		})
	}
}

func TestDecodeSubmissionRefuses(t *testing.T) {
	ex, key, subs := workedClass(t)
	ben := encoded(t, &subs[2])
	set := func(k string, v any) func(map[string]any) {
		return func(m map[string]any) { m[k] = v }
	}
	mark := func(i int, k string, v any) func(map[string]any) {
		return func(m map[string]any) { m["marks"].([]any)[i].(map[string]any)[k] = v }
	}
	other := subs[2]
	other.Exercise = "ffffffffffffffffffffffffffffffff"
	otherText := subs[2]
	otherText.TextHash = strings.Repeat("ab", 32)
	replace := func(old, new string) []byte {
		if !bytes.Contains(ben, []byte(old)) {
			t.Fatalf("the file lacks %q", old)
		}
		return bytes.Replace(ben, []byte(old), []byte(new), 1)
	}
	deep := `{"format":"annotator-submission","schema":1,"marks":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`
	cases := []rejection{
		{"too large", append(ben, bytes.Repeat([]byte(" "), MaxSubmissionSize)...), "larger than 8 MB, the limit for a submission"},
		{"empty", nil, "the file is empty"},
		{"not JSON", []byte("student,grade\nAnna,A\n"), "invalid JSON"},
		{"cut short", ben[:len(ben)/2], "ends before this value is complete"},
		{"an array", []byte(`[1]`), "expected a JSON object (a submission)"},
		{"data after the object", append(bytes.Clone(ben), "{}"...), "unexpected data after the JSON value"},
		{"too deep", []byte(deep), "nested more than 32 levels"},
		{"duplicate key", replace(`"student": "Ben"`, `"student": "Ben", "student": "Eve"`), `$.student: duplicate key "student"`},
		{"case-variant keys", replace(`"student": "Ben"`, `"student": "Ben", "Student": "Eve"`), `keys "student" and "Student" differ only in case`},
		{"near miss", replace(`"student": "Ben"`, `"Student": "Ben"`), `key "Student" must be written "student"`},
		{"unknown key", edit(t, ben, true, set("grade", "A")), `$.grade: unknown key "grade"`},
		{"no format", edit(t, ben, true, func(m map[string]any) { delete(m, "format") }), "no \"format\": this is not a submission"},
		{"exercise file", encoded(t, &ex), "$.format: this is an exercise, not a submission"},
		{"key file", encoded(t, &key), "$.format: this is an answer key, not a submission"},
		{"backup file", edit(t, ben, false, set("format", "annotator-backup")), "this is an annotator backup, not a submission"},
		{"other format", edit(t, ben, false, set("format", "hypothesis")), `"hypothesis" is not "annotator-submission"`},
		{"no schema", edit(t, ben, false, func(m map[string]any) { delete(m, "schema") }), "no \"schema\" version"},
		{"schema as text", edit(t, ben, false, set("schema", "1")), "$.schema: expected a whole number"},
		{"newer schema", edit(t, ben, true, set("schema", 2)), "written by a newer version of the app (schema 2"},
		{"schema 0", edit(t, ben, true, set("schema", 0)), "schema 0 does not exist"},
		{"no checksum", edit(t, ben, false, func(m map[string]any) { delete(m, "checksum") }), "no \"checksum\""},
		{"malformed checksum", edit(t, ben, false, set("checksum", "md5:00")), "expected \"sha256:\" followed by 64"},
		{"bad checksum", edit(t, ben, false, set("student", "Eve")), "$.checksum: does not match the content"},
		{"wrong exercise id", encoded(t, &other), "$.exercise: the submission is for another exercise"},
		{"different text hash", encoded(t, &otherText), "$.textHash: the submission was made on a different text"},
		{"not a date", edit(t, ben, true, set("started", "yesterday")), `$.started: "yesterday" is not a date`},
		{"date as number", edit(t, ben, true, set("submitted", 5)), "$.submitted: expected a date string"},
		{"submitted before started", edit(t, ben, true, set("started", "2026-03-11T00:00:00Z")), "before it was started"},
		{"no student", edit(t, ben, true, set("student", "  ")), "$.student: no student name"},
		{"control character in name", edit(t, ben, true, set("student", "B\x07en")), "control character"},
		{"marks not an array", edit(t, ben, true, set("marks", "all")), "$.marks (line 1, column"},
		{"unknown key in a mark", edit(t, ben, true, mark(0, "student", "x")), `unknown field "student"`},
		{"tag outside the closed set", edit(t, ben, true, mark(0, "tags", []any{"irony"})), `$.marks[0].tags[0]: tag "irony" is not in the exercise's tag set`},
		{"new tags not allowed", edit(t, ben, true, set("newTags", []any{map[string]any{"id": "irony", "name": "Irony", "color": "#000000"}})), "$.newTags: the exercise does not allow new tags"},
		{"quote is not the text", edit(t, ben, true, mark(0, "quote", "The council will raise bus fares.")), "$.marks[0].quote: the quote is not the text at code points 0–31"},
		{"range past the text", edit(t, ben, true, mark(3, "end", 9999)), "$.marks[3].end: code point 9999 is past the end"},
		{"overlapping marks", edit(t, ben, true, mark(1, "start", 10)), "$.marks[1].start: the mark overlaps"},
		{"empty mark", edit(t, ben, true, mark(0, "tags", []any{})), "$.marks[0]: the mark carries no tag, note or highlight"},
		{"repeated tag", edit(t, ben, true, mark(0, "tags", []any{"claim", "claim"})), `tag "claim" appears twice`},
		{"highlight outside", edit(t, ben, true, mark(3, "highlights", []any{map[string]any{"start": 12, "end": 99, "tag": "claim"}})), "$.marks[3].highlights[0]: bytes 12–99 are not a span"},
	}
	check(t, func(b []byte) error { _, err := DecodeSubmission(ex, b); return err }, cases)
	_, err := DecodeSubmission(ex, edit(t, ben, true, set("schema", 2)))
	if !errors.Is(err, store.ErrNewerSchema) {
		t.Errorf("a newer schema must wrap store.ErrNewerSchema: %v", err)
	}
}

func TestDecodeExerciseRefuses(t *testing.T) {
	ex := newExercise(t)
	file := encoded(t, &ex)
	set := func(k string, v any) func(map[string]any) {
		return func(m map[string]any) { m[k] = v }
	}
	cases := []rejection{
		{"too large", bytes.Repeat([]byte(" "), MaxExerciseSize+1), "larger than 8 MB, the limit for an exercise"},
		{"bad checksum", edit(t, file, false, set("title", "Train fares")), "$.checksum: does not match"},
		{"newer schema", edit(t, file, true, set("schema", 7)), "newer version of the app (schema 7"},
		{"duplicate key", bytes.Replace(file, []byte(`"title": "Bus fares"`), []byte(`"title": "Bus fares", "title": "x"`), 1), `$.title: duplicate key "title"`},
		{"case-variant tag key", edit(t, file, true, func(m map[string]any) {
			m["tagSet"].(map[string]any)["tags"].([]any)[0].(map[string]any)["ID"] = "x"
		}), `$.tagSet.tags[0].id: keys "ID" and "id" differ only in case`},
		{"bad id", edit(t, file, true, set("id", "42")), `$.id: "42" is not an exercise id`},
		{"text hash", edit(t, file, true, set("text", classText+" More.")), "$.textHash: "},
		{"carriage return", edit(t, file, true, set("text", "One.\r\nTwo.")), "$.text: the text contains a carriage return"},
		{"empty text", edit(t, file, true, set("text", " ")), "$.text: the text is empty"},
		{"no title", edit(t, file, true, set("title", "")), "$.title: the exercise has no title"},
		{"no tags", edit(t, file, true, set("tagSet", map[string]any{"name": "x", "tags": []any{}})), "$.tagSet.tags: the tag set has no tags"},
		{"duplicate tag id", edit(t, file, true, func(m map[string]any) {
			tags := m["tagSet"].(map[string]any)["tags"].([]any)
			tags[1].(map[string]any)["id"] = "claim"
		}), `$.tagSet.tags[1].id: tag id "claim" appears twice`},
		{"due not a date", edit(t, file, true, set("due", "Friday")), `$.due: "Friday" is not a date`},
		{"allowNewTags as text", edit(t, file, true, set("allowNewTags", "yes")), "$.allowNewTags (line 1, column"},
		{"submission file", func() []byte { _, _, s := workedClass(t); return encoded(t, &s[0]) }(), "this is a submission, not an exercise"},
	}
	check(t, func(b []byte) error { _, err := DecodeExercise(b); return err }, cases)
	if _, err := DecodeExercise(edit(t, file, true, set("due", nil))); err != nil {
		t.Errorf("a null due date is no due date: %v", err)
	}
}

func TestDecodeKeyRefuses(t *testing.T) {
	_, key, subs := workedClass(t)
	file := encoded(t, &key)
	inner := func(k string, v any) func(map[string]any) {
		return func(m map[string]any) { m["exercise"].(map[string]any)[k] = v }
	}
	cases := []rejection{
		{"too large", bytes.Repeat([]byte(" "), MaxKeySize+1), "larger than 16 MB, the limit for an answer key"},
		{"bad checksum", edit(t, file, false, func(m map[string]any) { m["marks"] = []any{} }), "$.checksum: does not match"},
		{"exercise changed inside", edit(t, file, true, inner("title", "Other")), "$.exercise.checksum: does not match"},
		{"exercise of another format", edit(t, file, true, inner("format", "annotator-key")), "$.exercise.format: this is an answer key, not an exercise"},
		{"no exercise", edit(t, file, true, func(m map[string]any) { delete(m, "exercise") }), "no \"exercise\""},
		{"exercise not an object", edit(t, file, true, func(m map[string]any) { m["exercise"] = fixedID }), "$.exercise: expected a JSON object"},
		{"tag outside the set", edit(t, file, true, func(m map[string]any) {
			m["marks"].([]any)[0].(map[string]any)["tags"] = []any{"sarcasm"}
		}), `$.marks[0].tags[0]: tag "sarcasm" is not in the exercise's tag set`},
		{"submission file", encoded(t, &subs[0]), "this is a submission, not an answer key"},
	}
	check(t, func(b []byte) error { _, err := DecodeKey(b); return err }, cases)
}

// TestConstructorsRefuse checks that files the decoders would refuse
// cannot be written.
func TestConstructorsRefuse(t *testing.T) {
	ex := newExercise(t)
	d := annotated(t, ex, [][]string{{"irony"}}, nil, nil)
	if _, err := NewSubmission(ex, "Ann", d, at(1, 1), at(1, 2)); err == nil || !strings.Contains(err.Error(), `the tag "irony" on sentence 1 ("The council will cut bus fares.") is not in the exercise's tag set, which is closed`) {
		t.Errorf("closed tag set: %v", err)
	}
	if _, err := KeyFrom(d, ex); err == nil {
		t.Error("a key with a tag outside the closed set must be refused")
	}
	ok := annotated(t, ex, [][]string{{"claim"}}, nil, nil)
	if _, err := NewSubmission(ex, "", ok, at(1, 1), at(1, 2)); err == nil {
		t.Error("a submission needs a name")
	}
	if _, err := NewSubmission(ex, "Ann", ok, at(1, 2), at(1, 1)); err == nil {
		t.Error("submitted before started must be refused")
	}
	wrong := annotated(t, ex, nil, nil, nil)
	wrong.Hash = strings.Repeat("0", 64)
	if _, err := NewSubmission(ex, "Ann", wrong, at(1, 1), at(1, 2)); err == nil || !strings.Contains(err.Error(), "not the exercise's text") {
		t.Errorf("another text: %v", err)
	}
	open := newExercise(t)
	open.AllowNewTags = true
	d.TagSet.Tags = append(d.TagSet.Tags, ex.TagSet.Tags[0])
	d.TagSet.Tags[len(d.TagSet.Tags)-1].ID, d.TagSet.Tags[len(d.TagSet.Tags)-1].Name = "irony", "Irony"
	s, err := NewSubmission(open, "Ann", d, at(1, 1), at(1, 2))
	if err != nil || len(s.NewTags) != 1 || s.NewTags[0].Name != "Irony" {
		t.Fatalf("open tag set: %v %+v", err, s.NewTags)
	}
	if _, err := DecodeSubmission(open, encoded(t, &s)); err != nil {
		t.Errorf("a new tag in an open exercise: %v", err)
	}
	empty := model0(t)
	if _, err := NewExercise(empty, "", "", nil, false, nil); err == nil {
		t.Error("an exercise needs a title and a text")
	}
}
