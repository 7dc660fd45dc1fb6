package classroom

import (
	"math"
	"reflect"
	"slices"
	"testing"
)

// TestWorkedClass checks every figure of a class of three against
// numbers worked out by hand. Tag sets per sentence ({} = no tag):
//
//	        key          Anna         Ben       Cleo
//	s0      {c}          {c}          {c}       {o}
//	s1      {e}          {e}          {c}       {e}
//	s2      {o}          {o}          {o}       {}
//	s3      {}           {}           {}*       {}†
//	s4      {c,e}        {c,e}        {c}       {c,e}
//
// c = claim, e = evidence, o = opinion; "question" is in the tag set but
// nobody uses it. * Ben highlights words in s3 (annotated, but not
// scored); † Cleo writes a note on s3 (annotated, no tag).
//
// Heatmap (claim, evidence, opinion, question | no tag): s0 2,0,1,0|0;
// s1 1,2,0,0|0; s2 0,0,2,0|1; s3 0,0,0,0|3; s4 3,2,0,0|0.
//
// Per-sentence agreement (pairs out of 3 with the same set): s0, s1, s2
// and s4 1/3, s3 1. Percent agreement = (4·1/3 + 1)/5 = 7/15 = 0.467.
//
// Fleiss: 15 judgements; sets {c} 4, {o} 3, {e} 2, {} 4, {c,e} 2, so
// Pe = (16+9+4+16+4)/225 = 49/225; P̄ = 7/15 = 105/225;
// kappa = (105-49)/(225-49) = 56/176 = 7/22 = 0.318.
//
// Krippendorff nominal: n = 15 pairable values; per sentence
// (m² - Σ n_k²)/(m - 1) is (9-5)/2 = 2 for s0, s1, s2, s4 and 0 for s3, so
// Do = 8/15; De = (225-49)/(15·14) = 176/210;
// alpha = 1 - (8/15)/(176/210) = 1 - 7/11 = 4/11 = 0.364.
//
// Krippendorff MASI: MASI({c},{c,e}) = MASI({e},{c,e}) = 1 - ½·0.67 =
// 0.665, every other pair of different sets 1. Do: s0, s1, s2 have 4
// ordered pairs at 1 → 4/2 = 2 each; s4 4 pairs at 0.665 → 2.66/2 = 1.33;
// Do = 7.33/15. De: 176 ordered pairs of different sets, of which
// 2·4·2 = 16 are {c}–{c,e} and 2·2·2 = 8 are {e}–{c,e}: sum = 152 +
// 24·0.665 = 167.96, De = 167.96/210. alpha = 1 - 1539.3/2519.4 = 0.389.
//
// Cohen: Anna–Ben agree on s0, s2, s3 (Po 0.6); Anna's sets are all
// different (1 each), Ben's {c} 3, {o} 1, {} 1: Pe = (3+1+1)/25 = 0.2,
// kappa = 0.4/0.8 = 0.5. Anna–Cleo agree on s1, s3, s4 (0.6), Cleo {o} 1,
// {e} 1, {} 2, {c,e} 1: Pe = (1+1+2+1)/25 = 0.2, kappa 0.5. Ben–Cleo agree
// on s3 only (0.2), Pe = ({o} 1·1 + {} 1·2)/25 = 0.12,
// kappa = 0.08/0.88 = 1/11 = 0.091.
//
// Against the key: Anna is exact everywhere: accuracy 1, every used tag's
// F1 1. Ben: exact on s0, s2, s3 (0.6); claim TP 2 (s0, s4) FP 1 (s1):
// F1 4/5 = 0.8; evidence FN 2: F1 0; opinion TP 1: F1 1; macro-F1 =
// (0.8+0+1)/3 = 0.6. Cleo: exact on s1, s3, s4 (0.6); claim TP 1 FN 1:
// F1 2/3; evidence TP 2: F1 1; opinion FP 1 (s0) FN 1 (s2): F1 0;
// macro-F1 = (2/3+1+0)/3 = 0.556. "question": nobody used it, F1
// undefined (empty in the CSV, left out of macro-F1).
//
// Class per tag (summed): claim TP 5 FP 1 FN 1 (F1 0.833); evidence TP 4
// FP 0 FN 2 (P 1, R 0.667, F1 0.8); opinion TP 2 FP 1 FN 1 (F1 0.667).
//
// Due 2026-03-10 12:00 UTC: Cleo (13:00) is late, Ben (11:00) is not.
func TestWorkedClass(t *testing.T) {
	ex, key, subs := workedClass(t)
	v, err := NewClassView(ex, &key, subs)
	if err != nil {
		t.Fatal(err)
	}
	near := func(what string, f Figure, want float64) {
		t.Helper()
		if !f.OK || math.Abs(f.Value-want) > 1e-9 {
			t.Errorf("%s = %+v, want %.6f", what, f, want)
		}
	}
	near("percent agreement", v.PercentAgreement, 7.0/15)
	near("Fleiss' kappa", v.FleissKappa, 7.0/22)
	near("Krippendorff's alpha", v.KrippendorffAlpha, 4.0/11)
	near("Krippendorff's alpha (MASI)", v.KrippendorffAlphaMASI, 1-1539.3/2519.4)

	if got := []string{v.Students[0].Student, v.Students[1].Student, v.Students[2].Student}; !slices.Equal(got, []string{"Anna", "Ben", "Cleo"}) {
		t.Fatalf("students = %v", got)
	}
	near("Cohen Anna–Ben", v.CohenKappa(0, 1), 0.5)
	near("Cohen Anna–Cleo", v.CohenKappa(0, 2), 0.5)
	near("Cohen Ben–Cleo", v.CohenKappa(2, 1), 1.0/11)
	if v.CohenKappa(1, 1).OK {
		t.Error("the diagonal of the Cohen matrix must be undefined")
	}

	heat := [][]int{{2, 0, 1, 0}, {1, 2, 0, 0}, {0, 0, 2, 0}, {0, 0, 0, 0}, {3, 2, 0, 0}}
	noTag := []int{0, 0, 1, 3, 0}
	agree := []float64{1.0 / 3, 1.0 / 3, 1.0 / 3, 1, 1.0 / 3}
	correct := []int{2, 2, 2, 3, 2}
	for i, s := range v.Sentences {
		if !slices.Equal(s.Counts, heat[i]) || s.NoTag != noTag[i] || s.Correct != correct[i] {
			t.Errorf("s%d: counts %v no tag %d correct %d, want %v %d %d", i, s.Counts, s.NoTag, s.Correct, heat[i], noTag[i], correct[i])
		}
		near("agreement of s"+s.Text, s.Agreement, agree[i])
	}
	if v.Sentences[2].Key.Note != "“wonderful” is a judgement." {
		t.Errorf("key note of s2 = %q", v.Sentences[2].Key.Note)
	}

	students := []struct {
		annotated int
		late      bool
		counts    []int
		accuracy  float64
		macro     float64
		f1        []float64 // claim, evidence, opinion
	}{
		{4, false, []int{2, 2, 1, 0}, 1, 1, []float64{1, 1, 1}},
		{5, false, []int{3, 0, 1, 0}, 0.6, 0.6, []float64{0.8, 0, 1}},
		{4, true, []int{1, 2, 1, 0}, 0.6, (2.0/3 + 1) / 3, []float64{2.0 / 3, 1, 0}},
	}
	for k, w := range students {
		s := v.Students[k]
		if s.Annotated != w.annotated || s.Total != 5 || s.Late != w.late || !slices.Equal(s.TagCounts, w.counts) || s.Unplaced != 0 {
			t.Errorf("%s: annotated %d/%d late %v counts %v unplaced %d, want %d/5 %v %v 0", s.Student, s.Annotated, s.Total, s.Late, s.TagCounts, s.Unplaced, w.annotated, w.late, w.counts)
		}
		if math.Abs(s.Completeness-float64(w.annotated)/5) > 1e-12 {
			t.Errorf("%s: completeness %v", s.Student, s.Completeness)
		}
		near(s.Student+" accuracy", s.Accuracy, w.accuracy)
		near(s.Student+" macro-F1", s.MacroF1, w.macro)
		for c, f := range w.f1 {
			near(s.Student+" "+s.PerTag[c].Tag+" F1", s.PerTag[c].F1, f)
		}
		if q := s.PerTag[3]; q.Tag != "question" || q.F1.OK || q.Precision.OK || q.Recall.OK {
			t.Errorf("%s: an unused tag must have undefined scores: %+v", s.Student, q)
		}
	}
	class := []struct{ tp, fp, fn int }{{5, 1, 1}, {4, 0, 2}, {2, 1, 1}, {0, 0, 0}}
	for c, w := range class {
		ts := v.TagScores[c]
		if ts.TP != w.tp || ts.FP != w.fp || ts.FN != w.fn {
			t.Errorf("class %s: %d/%d/%d, want %d/%d/%d", ts.Tag, ts.TP, ts.FP, ts.FN, w.tp, w.fp, w.fn)
		}
	}
	near("class claim F1", v.TagScores[0].F1, 10.0/12)
	near("class evidence recall", v.TagScores[1].Recall, 4.0/6)

	got, err := v.GradeCSV()
	if err != nil {
		t.Fatal(err)
	}
	// The key highlights nothing and only Ben highlights (evidence, in
	// s3): hl_evidence_f1 is 0 for him (FP only), the rest undefined.
	want := "\ufeffstudent,submitted,late,saw_key,key_version,graded,annotated,total,completeness,accuracy,macro_f1," +
		"claim_f1,evidence_f1,opinion_f1,question_f1,hl_claim_f1,hl_evidence_f1,hl_opinion_f1,hl_question_f1,file,conflict\r\n" +
		"Anna,2026-03-09T10:00:00Z,no,no,1,5,4,5,0.800,1.000,1.000,1.000,1.000,1.000,,,,,,,\r\n" +
		"Ben,2026-03-10T11:00:00Z,no,no,1,5,5,5,1.000,0.600,0.600,0.800,0.000,1.000,,,0.000,,,,\r\n" +
		"Cleo,2026-03-10T13:00:00Z,yes,no,1,5,4,5,0.800,0.600,0.556,0.667,1.000,0.000,,,,,,,\r\n"
	if string(got) != want {
		t.Errorf("GradeCSV:\n%q\nwant\n%q", got, want)
	}
}

// TestClassViewWithoutKey checks the figures that need no key, and what
// one student alone leaves undefined.
func TestClassViewWithoutKey(t *testing.T) {
	ex, _, subs := workedClass(t)
	v, err := NewClassView(ex, nil, subs[:1])
	if err != nil {
		t.Fatal(err)
	}
	if v.HasKey || v.PercentAgreement.OK || v.FleissKappa.OK || v.KrippendorffAlpha.OK || v.Sentences[0].Agreement.OK {
		t.Errorf("one student: figures must be undefined: %+v", v)
	}
	if v.PercentAgreement.Why == "" || v.PercentAgreement.String() != "—" {
		t.Errorf("an undefined figure needs a reason and shows a dash: %+v", v.PercentAgreement)
	}
	if _, err := v.GradeCSV(); err == nil {
		t.Error("GradeCSV without a key must fail")
	}
	if v.Students[0].Accuracy.OK || v.Students[0].PerTag != nil {
		t.Error("no scores without a key")
	}
}

// TestClassViewRefuses checks that foreign keys and submissions and a
// student appearing twice are errors.
func TestClassViewRefuses(t *testing.T) {
	ex, key, subs := workedClass(t)
	other := newExercise(t)
	other.ID = "ffffffffffffffffffffffffffffffff"
	if _, err := NewClassView(other, &key, nil); err == nil {
		t.Error("a key for another exercise must be refused")
	}
	if _, err := NewClassView(other, nil, subs); err == nil {
		t.Error("submissions for another exercise must be refused")
	}
	twice := append(subs, subs[1])
	twice[3].Student = "ANNA"
	if _, err := NewClassView(ex, &key, twice); err == nil {
		t.Error("two submissions by one student must be refused")
	}
}

// TestWorkedConfusion checks Ben's confusion table in the worked class:
// s0 (c,c); s1 (e,c); s2 (o,o); s3 ("",""); s4 key {c,e} against {c}
// adds (c,c) and (e,c).
func TestWorkedConfusion(t *testing.T) {
	ex, key, subs := workedClass(t)
	v, err := NewClassView(ex, &key, subs)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int{{2, 0, 0, 0, 0}, {2, 0, 0, 0, 0}, {0, 0, 1, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 1}}
	if got := v.Students[1].Confusion.Counts; v.Students[1].Student != "Ben" || !reflect.DeepEqual(got, want) {
		t.Errorf("Ben's confusion %v, want %v", got, want)
	}
}
