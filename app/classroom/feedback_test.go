package classroom

import (
	"slices"
	"testing"
)

func TestFeedback(t *testing.T) {
	_, key, subs := workedClass(t)
	ben := subs[2]
	fb := Feedback(key, ben)
	if len(fb) != 5 {
		t.Fatalf("%d entries, want one per sentence (5)", len(fb))
	}
	want := []struct {
		correct                bool
		matched, missed, extra []string
	}{
		{true, []string{"claim"}, nil, nil},
		{false, nil, []string{"evidence"}, []string{"claim"}},
		{true, []string{"opinion"}, nil, nil},
		{true, nil, nil, nil},
		{false, []string{"claim"}, []string{"evidence"}, nil},
	}
	for i, w := range want {
		f := fb[i]
		if f.Sentence != i || f.Correct != w.correct || !slices.Equal(f.Matched, w.matched) || !slices.Equal(f.Missed, w.missed) || !slices.Equal(f.Extra, w.extra) {
			t.Errorf("s%d: %+v, want %+v", i, f, w)
		}
	}
	if fb[2].Key.Note != "“wonderful” is a judgement." || fb[2].Text != "What a wonderful idea this is!" {
		t.Errorf("s2 must carry the teacher's note and the text: %+v", fb[2])
	}
	if len(fb[3].Student.Highlights) != 1 {
		t.Errorf("s3 must pass on Ben's highlight: %+v", fb[3].Student)
	}
	// Both tags of s4 match, in tag-set order.
	anna := Feedback(key, subs[1])
	if !slices.Equal(anna[4].Matched, []string{"claim", "evidence"}) {
		t.Errorf("s4 matched %v", anna[4].Matched)
	}
	other := ben
	other.Exercise = "ffffffffffffffffffffffffffffffff"
	if Feedback(key, other) != nil {
		t.Error("feedback on another exercise's submission must be nil")
	}
}
