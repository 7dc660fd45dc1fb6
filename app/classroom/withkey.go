package classroom

import (
	"reflect"
	"slices"

	"annotator/app/model"
)

// made is what a class view was computed from: the exercise, the
// submissions (sorted) with their files, the text and each student's
// marks placed on it, and the key's new tags (its columns).
type made struct {
	ex      Exercise
	subs    []Submission
	files   []string
	base    *model.Document
	marks   [][]model.Mark
	keyTags []model.Tag
}

// WithKey returns the view of the same submissions scored against key
// (nil: without a key), as NewClassView would compute it. When key is for
// the very exercise version the view shows and adds the same tags (a key
// corrected sentence by sentence, Key.SetTags and Key.Accept), only the
// key's figures are computed again: the students' marks, the counts, the
// notes and the agreement between students are shared with v, which stays
// as it was. Otherwise the view is computed anew.
func (v *ClassView) WithKey(key *Key) (*ClassView, error) {
	if key == nil || !v.HasKey || v.made.base == nil ||
		key.Exercise.ID != v.Exercise.ID || key.Exercise.TextHash != v.Exercise.TextHash ||
		!reflect.DeepEqual(key.Exercise, v.Exercise) || !reflect.DeepEqual(key.NewTags, v.made.keyTags) {
		return newClassView(v.made.ex, key, v.made.subs, v.made.files)
	}
	if err := key.check(); err != nil {
		return newClassView(v.made.ex, key, v.made.subs, v.made.files) // says what is wrong
	}
	nv := *v
	base, marks := v.made.base, v.made.marks
	d, _ := placeOn(base, &nv.Exercise, key.NewTags, key.Marks)
	nv.KeyMarks, nv.KeyVersion = d.Marks, key.VersionNumber()
	alts := placeAlternatives(base, key.Alternatives)
	nv.Sentences = slices.Clone(v.Sentences) // Counts and Notes shared, never changed
	nv.Students = slices.Clone(v.Students)   // Marks and TagCounts shared
	for k := range nv.Students {
		s := &nv.Students[k]
		s.Accuracy, s.MacroF1, s.PerTag, s.Highlights, s.Confusion = Figure{}, Figure{}, nil, nil, Confusion{}
	}
	nv.TagScores, nv.HighlightScores, nv.Confusion = nil, nil, Confusion{}
	nv.countKey(marks, alts)
	if err := nv.score(base, marks, alts); err != nil {
		return nil, err
	}
	nv.made.keyTags = slices.Clone(key.NewTags)
	return &nv, nil
}
