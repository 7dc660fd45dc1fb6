package classroom

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"annotator/app/model"
)

// scopedClass returns the exercise of scopedText graded on its default
// scope (s2, s3, s4, s6), its key and two submissions (see
// TestClassViewScope).
func scopedClass(t testing.TB) (Exercise, Key, []Submission) {
	t.Helper()
	d := scopedDoc()
	ex, err := NewExercise(d, "", "Tag the sentences.", nil, false, DefaultScope(d))
	if err != nil {
		t.Fatal(err)
	}
	key, err := KeyFrom(annotated(t, ex, [][]string{2: {"claim"}, 3: {"evidence"}, 4: {"opinion"}}, map[int]string{6: "A date is a fact."}, nil), ex)
	if err != nil {
		t.Fatal(err)
	}
	ann, err := NewSubmission(ex, "Ann", annotated(t, ex, [][]string{0: {"claim"}, 2: {"claim"}, 3: {"evidence"}, 4: {"opinion"}}, nil, nil), at(9, 9), at(9, 10))
	if err != nil {
		t.Fatal(err)
	}
	bo, err := NewSubmission(ex, "Bo", annotated(t, ex, [][]string{1: {"opinion"}, 2: {"claim"}, 3: {"claim"}, 4: {"opinion"}, 6: {"claim"}}, map[int]string{1: "Is this a title?", 3: "12% is a figure."}, nil), at(9, 9), at(9, 11))
	if err != nil {
		t.Fatal(err)
	}
	return ex, key, []Submission{bo, ann}
}

// near fails unless f is defined and within 1e-9 of want.
func near(t *testing.T, what string, f Figure, want float64) {
	t.Helper()
	if !f.OK || math.Abs(f.Value-want) > 1e-9 {
		t.Errorf("%s = %+v, want %.6f", what, f, want)
	}
}

// TestClassViewScope checks the figures over the graded sentences, by
// hand ({} = no tag; * ungraded):
//
//	        key     Ann     Bo
//	s0*     {}      {c}     {}
//	s1*     {}      {}      {o} + note
//	s2      {c}     {c}     {c}
//	s3      {e}     {e}     {c} + note
//	s4      {o}     {o}     {o}
//	s5*     {}      {}      {}
//	s6      {}      {}      {c}
//
// Graded: 4 sentences. Ann annotates s2, s3, s4 of them: completeness
// 3/4 (s0 does not count); she matches the key on all four: accuracy 1
// (over the whole text s0 would make it 6/7). Bo annotates all four
// (completeness 1) and matches on s2 and s4: accuracy 2/4. Percent
// agreement: s2 1, s3 0, s4 1, s6 0, mean 2/4 (over all seven sentences
// it would be 3/7). Bo per tag: claim TP 1 (s2) FP 2 (s3, s6), F1
// 2/(2+2) = 0.5; evidence FN 1, F1 0; opinion TP 1, F1 1; macro-F1
// (0.5+0+1)/3 = 0.5.
//
// Confusion over graded sentences (key, student): Ann (c,c) (e,e) (o,o)
// ("",""); Bo (c,c) (e,c) (o,o) ("",c).
func TestClassViewScope(t *testing.T) {
	ex, key, subs := scopedClass(t)
	v, err := NewClassView(ex, &key, subs)
	if err != nil {
		t.Fatal(err)
	}
	if v.Graded != 4 || v.KeyVersion != 1 || len(v.KeyMarks) != 7 {
		t.Fatalf("graded %d, key version %d, %d key marks", v.Graded, v.KeyVersion, len(v.KeyMarks))
	}
	ann, bo := v.Students[0], v.Students[1]
	if ann.Annotated != 3 || ann.Total != 4 || ann.Completeness != 0.75 || bo.Annotated != 4 || bo.Completeness != 1 {
		t.Errorf("Ann %d/%d %v, Bo %d/%d %v", ann.Annotated, ann.Total, ann.Completeness, bo.Annotated, bo.Total, bo.Completeness)
	}
	near(t, "Ann accuracy", ann.Accuracy, 1)
	near(t, "Bo accuracy", bo.Accuracy, 0.5)
	near(t, "Bo claim F1", bo.PerTag[0].F1, 0.5)
	near(t, "Bo evidence F1", bo.PerTag[1].F1, 0)
	near(t, "Bo macro-F1", bo.MacroF1, 0.5)
	near(t, "percent agreement", v.PercentAgreement, 0.5)
	if !slices.Equal(ann.TagCounts, []int{1, 1, 1, 0}) || len(ann.Marks) != 7 || !ann.Marks[0].Has("claim") {
		t.Errorf("Ann: tag counts %v (graded only), marks %v", ann.TagCounts, ann.Marks)
	}
	for i, s := range v.Sentences {
		if s.Graded != ex.Graded(i) {
			t.Errorf("s%d graded %v", i, s.Graded)
		}
	}
	if s0 := v.Sentences[0]; s0.Counts[0] != 1 || s0.Correct != 0 || s0.Agreement.OK || s0.Agreement.Why != "not graded" {
		t.Errorf("ungraded s0: counts %v correct %d agreement %+v", s0.Counts, s0.Correct, s0.Agreement)
	}
	if got := v.Sentences[1].Notes; !reflect.DeepEqual(got, []StudentNote{{"Bo", "Is this a title?", 1}}) {
		t.Errorf("notes of the ungraded s1 = %v", got)
	}
	if v.Sentences[6].Key.Note != "A date is a fact." || v.Sentences[2].Correct != 2 || v.Sentences[3].Correct != 1 {
		t.Errorf("s6 key %+v, s2 correct %d, s3 correct %d", v.Sentences[6].Key, v.Sentences[2].Correct, v.Sentences[3].Correct)
	}
	c := v.Confusion
	if len(c.Labels) != 5 || c.Labels[4] != "" || c.Label(4) != "no tag" || c.Label(1) != "evidence" || c.Label(9) != "" {
		t.Fatalf("confusion labels %q", c.Labels)
	}
	want := [][]int{
		// claim evidence opinion question no tag (student)
		{2, 0, 0, 0, 0}, // key claim
		{1, 1, 0, 0, 0}, // key evidence
		{0, 0, 2, 0, 0}, // key opinion
		{0, 0, 0, 0, 0}, // key question
		{1, 0, 0, 0, 1}, // key no tag
	}
	if !reflect.DeepEqual(c.Counts, want) {
		t.Errorf("class confusion %v, want %v", c.Counts, want)
	}
	if bo.Confusion.Counts[1][0] != 1 || bo.Confusion.Counts[4][0] != 1 || bo.Confusion.Counts[4][4] != 0 {
		t.Errorf("Bo's confusion %v", bo.Confusion.Counts)
	}
	csv, err := v.GradeCSV()
	if err != nil || !strings.Contains(string(csv), "\r\nAnn,2026-03-09T10:00:00Z,no,no,1,4,3,4,0.750,1.000,1.000,") {
		t.Errorf("grade table: %v\n%s", err, csv)
	}
}

// TestRegradeWithAlternative accepts {claim} for s3 of the scoped class:
// Bo's s3 is then right, accuracy 3/4, and his s3 is scored against
// {claim}: claim TP 2 (s2, s3) FP 1 (s6), F1 4/5; evidence is then used
// by neither (undefined, left out of macro-F1); opinion F1 1; macro-F1
// (0.8 + 1)/2 = 0.9. Ann keeps accuracy 1 and evidence F1 1.
func TestRegradeWithAlternative(t *testing.T) {
	ex, key, subs := scopedClass(t)
	if err := key.Accept(3, []string{"claim"}); err != nil {
		t.Fatal(err)
	}
	if err := key.Accept(3, []string{"claim"}); err != nil || len(key.Alternatives) != 1 {
		t.Fatalf("accepting twice: %v, %d alternatives", err, len(key.Alternatives))
	}
	if err := key.Accept(3, []string{"evidence"}); err != nil || len(key.Alternatives) != 1 {
		t.Fatalf("accepting the key's own set: %v, %d alternatives", err, len(key.Alternatives))
	}
	if !key.Accepted(3, []string{"claim"}) || key.Accepted(2, []string{"claim"}) {
		t.Error("Accepted")
	}
	if err := key.Accept(3, []string{"irony"}); err == nil || !strings.Contains(err.Error(), `the tag "irony" is not in the exercise's tag set`) {
		t.Errorf("a tag outside the closed set: %v", err)
	}
	if err := key.Accept(99, []string{"claim"}); err == nil || !strings.Contains(err.Error(), "there is no sentence 100: the text has 7 sentences") {
		t.Errorf("no such sentence: %v", err)
	}
	if _, err := DecodeKey(encoded(t, &key)); err != nil {
		t.Fatalf("the key with an alternative does not decode: %v", err)
	}
	v, err := NewClassView(ex, &key, subs)
	if err != nil {
		t.Fatal(err)
	}
	ann, bo := v.Students[0], v.Students[1]
	near(t, "Bo accuracy", bo.Accuracy, 0.75)
	near(t, "Bo claim F1", bo.PerTag[0].F1, 0.8)
	near(t, "Bo macro-F1", bo.MacroF1, 0.9)
	near(t, "Ann accuracy", ann.Accuracy, 1)
	near(t, "Ann evidence F1", ann.PerTag[1].F1, 1)
	if bo.PerTag[1].F1.OK {
		t.Errorf("Bo's evidence is scored against the alternative: %+v", bo.PerTag[1])
	}
	if s3 := v.Sentences[3]; s3.Correct != 2 || !reflect.DeepEqual(s3.Alternatives, [][]string{{"claim"}}) {
		t.Errorf("s3: correct %d, alternatives %v", s3.Correct, s3.Alternatives)
	}
	if got := bo.Confusion.Counts[0][0]; got != 2 || bo.Confusion.Counts[1][0] != 0 {
		t.Errorf("Bo's confusion is taken against the alternative: %v", bo.Confusion.Counts)
	}
	fb := Feedback(key, subs[0])
	if f := fb[3]; !f.Correct || !slices.Equal(f.Alternative, []string{"claim"}) || !slices.Equal(f.Matched, []string{"claim"}) || f.Missed != nil || f.Extra != nil {
		t.Errorf("Bo's feedback on s3: %+v", f)
	}
	if fb[0].Graded || !fb[2].Graded || !reflect.DeepEqual(fb[3].Alternatives, [][]string{{"claim"}}) {
		t.Errorf("feedback graded flags or alternatives: %+v %+v", fb[0], fb[3])
	}
	if err := key.Unaccept(3, []string{"claim"}); err != nil || len(key.Alternatives) != 0 {
		t.Errorf("Unaccept: %v, %v", err, key.Alternatives)
	}
}

// TestSetTagsRegrades corrects the key of the scoped class: s6 becomes
// {claim}. Bo is then right on s2, s4 and s6 (3/4), Ann on s2, s3, s4
// (3/4). The key's note on s6 stays.
func TestSetTagsRegrades(t *testing.T) {
	ex, key, subs := scopedClass(t)
	before := key.Checksum
	if err := key.SetTags(6, []string{"claim", "claim", ""}); err != nil {
		t.Fatal(err)
	}
	if key.Checksum == before || key.Version != 1 {
		t.Errorf("checksum %s (was %s), version %d", key.Checksum, before, key.Version)
	}
	v, err := NewClassView(ex, &key, subs)
	if err != nil {
		t.Fatal(err)
	}
	near(t, "Ann accuracy", v.Students[0].Accuracy, 0.75)
	near(t, "Bo accuracy", v.Students[1].Accuracy, 0.75)
	if k := v.Sentences[6].Key; !slices.Equal(k.Tags, []string{"claim"}) || k.Note != "A date is a fact." {
		t.Errorf("s6 key mark %+v", k)
	}
	n := len(key.Marks)
	if err := key.SetTags(6, nil); err != nil || len(key.Marks) != n {
		t.Errorf("untagging a noted sentence keeps its mark: %v, %d marks", err, len(key.Marks))
	}
	if err := key.SetTags(2, nil); err != nil || len(key.Marks) != n-1 {
		t.Errorf("untagging a sentence with nothing else removes its mark: %v, %d marks", err, len(key.Marks))
	}
	if err := key.SetTags(0, []string{"opinion"}); err != nil || len(key.Marks) != n || key.Marks[0].Sentence != 0 {
		t.Errorf("tagging an unmarked sentence adds a mark in text order: %v, %+v", err, key.Marks)
	}
	if err := key.SetTags(4, []string{"irony"}); err == nil {
		t.Error("a tag outside the closed set must be refused")
	}
	if _, err := DecodeKey(encoded(t, &key)); err != nil {
		t.Errorf("the corrected key does not decode: %v", err)
	}
	key.Bump()
	if key.Version != 2 || key.VersionNumber() != 2 {
		t.Errorf("after Bump: version %d", key.Version)
	}
	if got, err := DecodeKey(encoded(t, &key)); err != nil || got.Checksum != key.Checksum {
		t.Errorf("the bumped key: %v", err)
	}
}

// TestHighlightScores scores highlights word by word on s2 of the scoped
// class, "The council will cut bus fares." (words The, council, will,
// cut, bus, fares.): the key highlights "cut bus fares." as claim (3
// words); the student highlights "ill cut bu" as claim, which overlaps
// will, cut and bus, and "council" as evidence. Claim: TP 2 (cut, bus),
// FP 1 (will), FN 1 (fares.): P = R = F1 = 2/3. Evidence: FP 1: P 0, R
// undefined (the key highlights none), F1 0. Opinion: highlighted by
// neither, undefined.
func TestHighlightScores(t *testing.T) {
	ex, _, _ := scopedClass(t)
	s := "The council will cut bus fares."
	span := func(part, tag string) model.Highlight {
		i := strings.Index(s, part)
		return model.Highlight{Start: i, End: i + len(part), Tag: tag}
	}
	kd := annotated(t, ex, nil, nil, map[int]model.Highlight{2: span("cut bus fares.", "claim")})
	key, err := KeyFrom(kd, ex)
	if err != nil {
		t.Fatal(err)
	}
	sd := annotated(t, ex, nil, nil, nil)
	sd.Marks[2].Highlights = []model.Highlight{span("council", "evidence"), span("ill cut bu", "claim")}
	sd.Marks[0].Highlights = []model.Highlight{span("The", "opinion")} // s0 is not graded
	sd.Marks[0].Highlights[0].End = 3
	sub, err := NewSubmission(ex, "Cy", sd, at(9, 9), at(9, 10))
	if err != nil {
		t.Fatal(err)
	}
	v, err := NewClassView(ex, &key, []Submission{sub})
	if err != nil {
		t.Fatal(err)
	}
	hl := v.Students[0].Highlights
	if c := hl[0]; c.TP != 2 || c.FP != 1 || c.FN != 1 {
		t.Errorf("claim %+v", c)
	}
	near(t, "claim highlight F1", hl[0].F1, 2.0/3)
	near(t, "claim highlight precision", hl[0].Precision, 2.0/3)
	near(t, "evidence highlight precision", hl[1].Precision, 0)
	if e := hl[1]; e.FP != 1 || e.Recall.OK || !strings.Contains(e.Recall.Why, "the key highlights no word") {
		t.Errorf("evidence %+v", e)
	}
	if o := hl[2]; o.F1.OK || o.TP+o.FP+o.FN != 0 || !strings.Contains(o.F1.Why, "neither the key nor the work") {
		t.Errorf("opinion (only on the ungraded s0) %+v", o)
	}
	if !reflect.DeepEqual(v.HighlightScores, hl) {
		t.Errorf("one student: the class scores are theirs: %+v", v.HighlightScores)
	}
	for _, c := range []struct {
		in   string
		want []word
	}{{"", nil}, {"  a  bc ", []word{{2, 3}, {5, 7}}}, {"é\u00a0x", []word{{0, 2}, {4, 5}}}} {
		if got := words(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("words(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
