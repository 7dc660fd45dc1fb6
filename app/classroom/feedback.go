package classroom

import (
	"slices"

	"annotator/app/agreement"
	"annotator/app/model"
)

// SentenceFeedback compares a student's mark on one sentence with the
// key's.
type SentenceFeedback struct {
	// Sentence is the sentence's index; Text its text.
	Sentence int
	Text     string
	// Key is the key's mark (its Note is the teacher's comment); Student
	// the student's.
	Key, Student model.Mark
	// Alternatives are the other tag sets the key accepts for the
	// sentence, each in tag-set order.
	Alternatives [][]string
	// Alternative is the accepted alternative the student's set equals,
	// when it is not the key's own (nil otherwise).
	Alternative []string
	// Matched are tags both the student and the answer gave the whole
	// sentence, Missed tags only the answer gave, Extra tags only the
	// student gave; each in tag-set order. The answer is the key's set, or
	// the Alternative the student gave.
	Matched, Missed, Extra []string
	// Correct says whether the student's tag set is the key's or an
	// accepted alternative (no tag in both counts as correct).
	Correct bool
	// Graded says whether the sentence is in the exercise's scope; an
	// ungraded sentence is compared too, but counts for nothing.
	Graded bool
}

// Feedback compares a submission with the released key, sentence by
// sentence: one entry per sentence of the text, in order. Only
// whole-sentence tags are compared (an accepted alternative is right too);
// highlights and notes are passed on for display. The submission may be
// of an older version of the key's exercise. It returns nil when the
// submission is not for the key's exercise and text.
func Feedback(key Key, sub Submission) []SentenceFeedback {
	ex := &key.Exercise
	if sub.Exercise != ex.ID || sub.TextHash != ex.TextHash {
		return nil
	}
	base := ex.Document()
	kd, _ := placeOn(base, ex, key.NewTags, key.Marks)
	sd, _ := placeOn(base, ex, sub.NewTags, sub.Marks)
	order := map[string]int{}
	for _, ts := range [][]model.Tag{ex.TagSet.Tags, key.NewTags, sub.NewTags} {
		for _, t := range ts {
			if _, ok := order[t.ID]; !ok {
				order[t.ID] = len(order)
			}
		}
	}
	byOrder := func(a, b string) int { return order[a] - order[b] }
	ordered := func(s agreement.Set) []string {
		out := slices.Clone([]string(s))
		slices.SortStableFunc(out, byOrder)
		return out
	}
	alts := placeAlternatives(base, key.Alternatives)
	out := make([]SentenceFeedback, len(base.Sentences))
	for i := range out {
		k, s := kd.Marks[i], sd.Marks[i]
		f := SentenceFeedback{Sentence: i, Text: base.SentenceText(i), Key: k, Student: s, Graded: ex.Graded(i)}
		for _, a := range alts[i] {
			f.Alternatives = append(f.Alternatives, ordered(a))
		}
		ks, ss := agreement.NewSet(k.Tags...), agreement.NewSet(s.Tags...)
		right, answer := rightAnswer(ss, ks, alts[i])
		if right && !slices.Equal(answer, ks) {
			f.Alternative = ordered(answer)
		}
		for _, t := range answer {
			if slices.Contains(ss, t) {
				f.Matched = append(f.Matched, t)
			} else {
				f.Missed = append(f.Missed, t)
			}
		}
		for _, t := range ss {
			if !slices.Contains(answer, t) {
				f.Extra = append(f.Extra, t)
			}
		}
		f.Correct = right
		slices.SortStableFunc(f.Matched, byOrder)
		slices.SortStableFunc(f.Missed, byOrder)
		slices.SortStableFunc(f.Extra, byOrder)
		out[i] = f
	}
	return out
}
