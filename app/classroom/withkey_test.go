package classroom

import (
	"reflect"
	"slices"
	"testing"
)

// TestWithKeyRescoresOnly: a key corrected sentence by sentence (a tag
// set changed, an answer accepted) gives, through WithKey, exactly the
// view NewClassViewOf computes from scratch, sharing the students' marks
// and the agreement with the view it came from and allocating at most a
// third as much; the old view is left as it was. A key of another
// exercise version is computed anew.
func TestWithKeyRescoresOnly(t *testing.T) {
	ex, key, files := scaleClass(t, 60)
	imp := ImportSubmissions(ex, files)
	v, err := NewClassViewOf(ex, &key, imp)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := NewClassViewOf(ex, &key, imp)
	k := key
	k.Marks, k.Alternatives = slices.Clone(k.Marks), slices.Clone(k.Alternatives)
	tags := slices.Clone(v.Sentences[0].Key.Tags)
	if slices.Contains(tags, "quote") {
		tags = slices.DeleteFunc(tags, func(s string) bool { return s == "quote" })
	} else {
		tags = append(tags, "quote")
	}
	if err := k.SetTags(0, tags); err != nil {
		t.Fatal(err)
	}
	if err := k.Accept(2, v.Students[3].Marks[2].Tags); err != nil {
		t.Fatal(err)
	}
	k.Bump()
	w, err := v.WithKey(&k)
	if err != nil {
		t.Fatal(err)
	}
	full, err := NewClassViewOf(ex, &k, imp)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(w, full) {
		t.Error("WithKey's view differs from the one computed from scratch")
		for _, f := range []string{"Exercise", "KeyVersion", "KeyMarks", "Tags", "Sentences", "Students", "TagScores", "HighlightScores", "Confusion"} {
			if a, b := reflect.ValueOf(*w).FieldByName(f).Interface(), reflect.ValueOf(*full).FieldByName(f).Interface(); !reflect.DeepEqual(a, b) {
				t.Errorf("  field %s differs", f)
			}
		}
	}
	if w.Sentences[0].Correct == v.Sentences[0].Correct && w.Students[0].Accuracy == v.Students[0].Accuracy && w.Sentences[2].Correct == v.Sentences[2].Correct {
		t.Error("the corrected key changed no figure")
	}
	if !reflect.DeepEqual(v, before) {
		t.Error("WithKey changed the view it came from")
	}
	if &w.Students[5].Marks[0] != &v.Students[5].Marks[0] {
		t.Error("WithKey placed the students' marks again instead of sharing them")
	}
	rescore := testing.AllocsPerRun(3, func() { v.WithKey(&k) })
	anew := testing.AllocsPerRun(3, func() { NewClassViewOf(ex, &k, imp) })
	if rescore > anew/3 {
		t.Errorf("rescoring allocates %.0f times, computing the view anew %.0f: want at most a third", rescore, anew)
	}
	// Another version of the exercise (a new title): computed anew, and right.
	k2 := k
	k2.Exercise.Title = "Scale, revised"
	w2, err := v.WithKey(&k2)
	if err != nil {
		t.Fatal(err)
	}
	if w2.Exercise.Title != "Scale, revised" || &w2.Students[5].Marks[0] == &v.Students[5].Marks[0] {
		t.Errorf("a key of another exercise version was not computed anew (title %q)", w2.Exercise.Title)
	}
	if w3, err := v.WithKey(nil); err != nil || w3.HasKey || w3.Students[0].Accuracy.OK {
		t.Errorf("WithKey(nil) = has key %v, error %v; want the view without a key", w3 != nil && w3.HasKey, err)
	}
}
