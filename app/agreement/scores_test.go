package agreement

import (
	"errors"
	"testing"
)

// TestScoreMultiLabel scores a multi-label answer worked by hand:
//
//	item  key              answer
//	1     Claim            Claim
//	2     Claim, Evidence  Claim
//	3     Quote            Evidence, Quote
//	4     (none)           Opinion
//	5     Evidence         (missing: no label)
//
// Claim TP 2; Evidence TP 0 FP 1 FN 2; Quote TP 1; Opinion FP 1.
func TestScoreMultiLabel(t *testing.T) {
	key := map[string][]string{"1": {"Claim"}, "2": {"Evidence", "Claim"}, "3": {"Quote"}, "4": {}, "5": {"Evidence"}}
	answer := map[string][]string{"1": {"Claim"}, "2": {"Claim", "Claim"}, "3": {"Quote", "Evidence"}, "4": {"Opinion"}}
	s, err := Score(key, answer)
	if err != nil {
		t.Fatal(err)
	}
	want := []LabelCounts{{"Claim", 2, 0, 0}, {"Evidence", 0, 1, 2}, {"Opinion", 0, 1, 0}, {"Quote", 1, 0, 0}}
	if len(s.Labels) != len(want) {
		t.Fatalf("Labels = %+v", s.Labels)
	}
	for i := range want {
		if s.Labels[i] != want[i] {
			t.Errorf("Labels[%d] = %+v, want %+v", i, s.Labels[i], want[i])
		}
	}
	if acc := mustF(t)(s.Accuracy()); !near(acc, 0.2) {
		t.Errorf("Accuracy = %g, want 1/5", acc)
	}
	// Opinion: the key never used it, so its recall is undefined.
	if _, err := s.Labels[2].Recall(); !errors.Is(err, ErrUndefined) {
		t.Errorf("Opinion recall: %v", err)
	}
	// Evidence: precision 0, recall 0, F1 0.
	if f := mustF(t)(s.Labels[1].F1()); f != 0 {
		t.Errorf("Evidence F1 = %g", f)
	}
	// Per-label (P, R, F1): Claim (1,1,1), Evidence (0,0,0), Opinion
	// (0,undefined→0,0), Quote (1,1,1).
	checkAverage(t, "macro", s.Macro, Average{0.5, 0.5, 0.5})
	// Summed: TP 3, FP 2, FN 2.
	checkAverage(t, "micro", s.Micro, Average{0.6, 0.6, 0.6})
	// Supports: Claim 2, Evidence 2, Opinion 0, Quote 1.
	checkAverage(t, "weighted", s.Weighted, Average{0.6, 0.6, 0.6})
}

func checkAverage(t *testing.T, name string, avg func() (Average, error), want Average) {
	t.Helper()
	got, err := avg()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !near(got.Precision, want.Precision) || !near(got.Recall, want.Recall) || !near(got.F1, want.F1) {
		t.Errorf("%s = %+v, want %+v", name, got, want)
	}
}

func TestScoreUndefined(t *testing.T) {
	if _, err := Score(map[string][]string{"1": {"A"}}, map[string][]string{"2": {"A"}}); err == nil {
		t.Error("Score accepted an answer item that is not in the key")
	}
	empty, err := Score(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := empty.Accuracy(); !errors.Is(err, ErrUndefined) {
		t.Errorf("Accuracy of empty key: %v", err)
	}
	for name, avg := range map[string]func() (Average, error){"macro": empty.Macro, "micro": empty.Micro, "weighted": empty.Weighted} {
		if _, err := avg(); !errors.Is(err, ErrUndefined) {
			t.Errorf("%s of empty key: %v", name, err)
		}
	}
	// The key uses no label, the student one: weighted is undefined,
	// macro and micro are 0 (precision 0, recall undefined counted as 0).
	s, err := Score(map[string][]string{"1": nil}, map[string][]string{"1": {"A"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Weighted(); !errors.Is(err, ErrUndefined) {
		t.Errorf("Weighted with no key labels: %v", err)
	}
	checkAverage(t, "macro", s.Macro, Average{})
	if _, err := s.Labels[0].Recall(); !errors.Is(err, ErrUndefined) {
		t.Errorf("Recall: %v", err)
	}
	if _, err := (LabelCounts{Label: "A", FN: 1}).Precision(); !errors.Is(err, ErrUndefined) {
		t.Errorf("Precision of a label never used: %v", err)
	}
	if _, err := (LabelCounts{Label: "A"}).F1(); !errors.Is(err, ErrUndefined) {
		t.Errorf("F1 with no counts: %v", err)
	}
}
