package classroom

import (
	"encoding/json"
	"testing"
	"time"

	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// classText has five sentences:
//
//	s0 The council will cut bus fares.
//	s1 Ridership rose 12% last year, the report says.
//	s2 What a wonderful idea this is!
//	s3 The vote is on Tuesday.
//	s4 Fares fell and ridership grew, figures show.
const classText = "The council will cut bus fares. Ridership rose 12% last year, the report says. " +
	"What a wonderful idea this is! The vote is on Tuesday. Fares fell and ridership grew, figures show."

// fixedID replaces the random exercise id so that files are reproducible.
const fixedID = "0123456789abcdef0123456789abcdef"

// at returns 2026-03-<day> <hour>:00 UTC.
func at(day, hour int) time.Time { return time.Date(2026, 3, day, hour, 0, 0, 0, time.UTC) }

// classTags is the worked example's closed tag set; nobody uses "question".
func classTags() model.TagSet {
	return model.TagSet{Name: "Class", Tags: []model.Tag{
		{ID: "claim", Name: "Claim", Color: "#E69F00"},
		{ID: "evidence", Name: "Evidence", Color: "#009E73"},
		{ID: "opinion", Name: "Opinion", Color: "#CC79A7"},
		{ID: "question", Name: "Question", Color: "#D55E00"},
	}}
}

// newExercise returns the worked example's exercise, due 2026-03-10 12:00.
func newExercise(t testing.TB) Exercise {
	t.Helper()
	d := model.New("Bus fares", classText)
	d.TagSet = classTags()
	due := at(10, 12)
	ex, err := NewExercise(d, "Bus fares", "Tag every claim, piece of evidence and opinion.", &due, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	ex.ID = fixedID
	if _, err := ex.Encode(); err != nil {
		t.Fatal(err)
	}
	return ex
}

// annotated returns the exercise text with tags per sentence, plus notes
// and highlights where given.
func annotated(t testing.TB, ex Exercise, tags [][]string, notes map[int]string, hl map[int]model.Highlight) *model.Document {
	t.Helper()
	d := ex.Document()
	for i, ts := range tags {
		d.Marks[i].Tags = ts
	}
	for i, n := range notes {
		d.Marks[i].Note = n
	}
	for i, h := range hl {
		d.Marks[i].Highlights = []model.Highlight{h}
	}
	return d
}

// keyTags, annaTags, benTags and cleoTags are the worked example's tag
// sets per sentence s0…s4 (see TestWorkedClass).
var (
	keyTags  = [][]string{{"claim"}, {"evidence"}, {"opinion"}, nil, {"claim", "evidence"}}
	annaTags = [][]string{{"claim"}, {"evidence"}, {"opinion"}, nil, {"evidence", "claim"}}
	benTags  = [][]string{{"claim"}, {"claim"}, {"opinion"}, nil, {"claim"}}
	cleoTags = [][]string{{"opinion"}, {"evidence"}, nil, nil, {"claim", "evidence"}}
)

// workedClass returns the exercise, key and three submissions of the
// worked example: Anna matches the key, Ben highlights sentence 3 without
// tagging it, Cleo notes sentence 3 and submits late.
func workedClass(t testing.TB) (Exercise, Key, []Submission) {
	t.Helper()
	ex := newExercise(t)
	key, err := KeyFrom(annotated(t, ex, keyTags, map[int]string{2: "“wonderful” is a judgement.", 4: "Both: a claim backed by figures."}, nil), ex)
	if err != nil {
		t.Fatal(err)
	}
	anna, err := NewSubmission(ex, " Anna ", annotated(t, ex, annaTags, nil, nil), at(9, 9), at(9, 10))
	if err != nil {
		t.Fatal(err)
	}
	ben, err := NewSubmission(ex, "Ben", annotated(t, ex, benTags, nil, map[int]model.Highlight{3: {Start: 12, End: 22, Tag: "evidence"}}), at(9, 9), at(10, 11))
	if err != nil {
		t.Fatal(err)
	}
	cleo, err := NewSubmission(ex, "Cleo", annotated(t, ex, cleoTags, map[int]string{3: "Not sure."}, nil), at(10, 9), at(10, 13))
	if err != nil {
		t.Fatal(err)
	}
	return ex, key, []Submission{cleo, anna, ben}
}

// encoded returns the file of v (an *Exercise, *Key or *Submission).
func encoded(t testing.TB, v interface{ Encode() ([]byte, error) }) []byte {
	t.Helper()
	b, err := v.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// edit decodes a file into a generic object, lets change alter it and
// returns it re-encoded, with a fresh checksum when reseal is true.
func edit(t testing.TB, file []byte, reseal bool, change func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(file, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	raw, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if !reseal {
		return raw
	}
	sum, err := jsonstrict.Checksum(raw, "checksum")
	if err != nil {
		t.Fatal(err)
	}
	m["checksum"] = sum
	raw, err = json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// model0 returns a document with no text and no title.
func model0(t testing.TB) *model.Document {
	t.Helper()
	return model.New("", "")
}
