package classroom

import (
	"reflect"
	"strings"
	"testing"

	"annotator/app/model"
)

// scopedText has a title line and chapter lines around four sentences:
//
//	s0 Bus fares                        (heading)
//	s1 Chapter 1                        (heading)
//	s2 The council will cut bus fares.
//	s3 Ridership rose 12% last year.
//	s4 What a wonderful idea!
//	s5 Chapter 2                        (heading)
//	s6 The vote is on Tuesday.
const scopedText = "Bus fares\n\nChapter 1\n\nThe council will cut bus fares. Ridership rose 12% last year. What a wonderful idea!\n\nChapter 2\n\nThe vote is on Tuesday."

// scopedDoc returns scopedText with the worked example's tag set.
func scopedDoc() *model.Document {
	d := model.New("Bus fares", scopedText)
	d.TagSet = classTags()
	return d
}

func TestDefaultScope(t *testing.T) {
	d := scopedDoc()
	if len(d.Sentences) != 7 {
		t.Fatalf("%d sentences, want 7", len(d.Sentences))
	}
	rs := DefaultScope(d)
	if want := []Range{{2, 5}, {6, 7}}; !reflect.DeepEqual(rs, want) {
		t.Fatalf("DefaultScope = %v, want %v", rs, want)
	}
	if got := FormatScope(rs); got != "3-5, 7" {
		t.Errorf("FormatScope = %q", got)
	}
	ex, err := NewExercise(d, "", "", nil, false, rs)
	if err != nil {
		t.Fatal(err)
	}
	graded := []bool{false, false, true, true, true, false, true}
	for i, w := range graded {
		if ex.Graded(i) != w {
			t.Errorf("Graded(%d) = %v, want %v", i, !w, w)
		}
	}
	if ex.Graded(-1) || ex.Graded(7) || ex.GradedCount(7) != 4 || ex.GradedCount(3) != 1 {
		t.Errorf("Graded(-1) %v, Graded(7) %v, GradedCount(7) %d, GradedCount(3) %d", ex.Graded(-1), ex.Graded(7), ex.GradedCount(7), ex.GradedCount(3))
	}
	all := newExercise(t)
	if !all.Graded(4) || all.GradedCount(5) != 5 {
		t.Error("an exercise without a scope grades every sentence")
	}
	if DefaultScope(model.New("", "Title\n\nChapter 1")) != nil {
		t.Error("a text of headings only has no default scope (everything is graded)")
	}
}

func TestParseScope(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want []Range
		text string // FormatScope of want
	}{
		{"1-5, 8, 10–12", 32, []Range{{0, 5}, {7, 8}, {9, 12}}, "1-5, 8, 10-12"},
		{"3 - 5; 1", 5, []Range{{0, 1}, {2, 5}}, "1, 3-5"},
		{"1-3,2-6", 6, []Range{{0, 6}}, "1-6"},
		{"4, 5 6", 6, []Range{{3, 6}}, "4-6"},
		{"12 — 14 ,, 1", 14, []Range{{0, 1}, {11, 14}}, "1, 12-14"},
		{"7-7", 7, []Range{{6, 7}}, "7"},
		{"", 3, nil, ""},
		{" \t", 3, nil, ""},
	}
	for _, c := range cases {
		got, err := ParseScope(c.in, c.n)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseScope(%q, %d) = %v, %v; want %v", c.in, c.n, got, err, c.want)
			continue
		}
		text := FormatScope(got)
		if text != c.text {
			t.Errorf("FormatScope(%v) = %q, want %q", got, text, c.text)
		}
		if back, err := ParseScope(text, c.n); err != nil || !reflect.DeepEqual(back, c.want) {
			t.Errorf("round trip of %q: %v, %v", text, back, err)
		}
	}
	errs := []struct {
		in   string
		n    int
		want string
	}{
		{"1-5, 40", 32, "sentence 40 is past the end: the text has 32 sentences"},
		{"2", 1, "sentence 2 is past the end: the text has 1 sentence"},
		{"99999999999999999999", 5, "is past the end"},
		{"0-3", 5, "there is no sentence 0: sentences are numbered from 1"},
		{"5-3", 5, `"5-3" goes backwards: write 3-5`},
		{"1, two", 5, `"two" is not a sentence number`},
		{"5-", 5, `"5-" is not a range: write both ends`},
		{"-5", 5, `"-5" is not a range`},
		{"1", 0, "the text has no sentences"},
		{strings.Repeat("1,", 40<<10), 5, "the scope is longer than"},
	}
	for _, c := range errs {
		if _, err := ParseScope(c.in, c.n); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseScope(%.20q, %d): error %v, want one containing %q", c.in, c.n, err, c.want)
		}
	}
}

func TestDecodeExerciseScope(t *testing.T) {
	ex, err := NewExercise(scopedDoc(), "", "", nil, false, []Range{{2, 5}, {6, 7}})
	if err != nil {
		t.Fatal(err)
	}
	file := encoded(t, &ex)
	got, err := DecodeExercise(file)
	if err != nil || !reflect.DeepEqual(got.Scope, ex.Scope) {
		t.Fatalf("decoded scope %v, %v", got.Scope, err)
	}
	scope := func(v any) func(map[string]any) { return func(m map[string]any) { m["scope"] = v } }
	r := func(from, to int) map[string]any { return map[string]any{"from": from, "to": to} }
	many := make([]any, MaxScopeRanges+1)
	for i := range many {
		many[i] = r(2*i, 2*i+1)
	}
	cases := []rejection{
		{"unsorted", edit(t, file, true, scope([]any{r(3, 5), r(0, 2)})), "$.scope[1].from: the range overlaps the one before it or comes before it"},
		{"overlapping", edit(t, file, true, scope([]any{r(0, 3), r(2, 5)})), "$.scope[1].from: the range overlaps"},
		{"past the end", edit(t, file, true, scope([]any{r(0, 99)})), "$.scope[0].to: sentence 99 is past the end: the text has 7 sentences"},
		{"empty range", edit(t, file, true, scope([]any{r(2, 2)})), "$.scope[0]: from 2 and to 2 do not make a range"},
		{"negative", edit(t, file, true, scope([]any{r(-1, 2)})), "$.scope[0].from: sentence index -1 is negative"},
		{"too many", edit(t, file, true, scope(many)), "10001 ranges; a scope may have at most 10000"},
		{"not an array", edit(t, file, true, scope("3-5")), "$.scope (line 1, column"},
		{"unknown key in a range", edit(t, file, true, scope([]any{map[string]any{"from": 0, "to": 1, "step": 1}})), `unknown key "step"`},
	}
	check(t, func(b []byte) error { _, err := DecodeExercise(b); return err }, cases)
	if _, err := NewExercise(scopedDoc(), "", "", nil, false, []Range{{5, 9}}); err == nil {
		t.Error("NewExercise must refuse a scope past the end")
	}
}

func TestRevise(t *testing.T) {
	ex := newExercise(t)
	d := ex.Document()
	d.TagSet.Tags[0].Name = "Claim (main)"
	due := at(12, 12)
	rev, err := ex.Revise(d, "Bus fares, again", "Only sentences 1-3.", &due, false, []Range{{0, 3}})
	if err != nil {
		t.Fatal(err)
	}
	if rev.ID != ex.ID || rev.Checksum == ex.Checksum || rev.Title != "Bus fares, again" || !rev.Due.Equal(due) ||
		rev.TagSet.Tags[0].Name != "Claim (main)" || rev.GradedCount(5) != 3 {
		t.Errorf("revised: %+v", rev)
	}
	if _, err := DecodeExercise(encoded(t, &rev)); err != nil {
		t.Errorf("the revised exercise does not decode: %v", err)
	}
	if kept, err := ex.Revise(d, "", "", nil, false, nil); err != nil || kept.Title != "Bus fares" {
		t.Errorf("an empty title keeps the title: %q, %v", kept.Title, err)
	}
	other := model.New("Other", "A different text.")
	other.TagSet = classTags()
	dropped := ex.Document()
	dropped.TagSet.Tags = dropped.TagSet.Tags[1:]
	open := ex
	open.AllowNewTags = true
	for _, c := range []struct {
		name string
		ex   Exercise
		d    *model.Document
		open bool
		want string
	}{
		{"another text", ex, other, false, "make a new exercise for another text"},
		{"a dropped tag", ex, dropped, false, `drops the tag "claim"`},
		{"a closed tag set", open, ex.Document(), false, "closing the tag set"},
	} {
		if _, err := c.ex.Revise(c.d, "", "", nil, c.open, nil); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}
