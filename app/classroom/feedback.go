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
	// Matched are tags both gave the whole sentence, Missed tags only the
	// key gave, Extra tags only the student gave; each in tag-set order.
	Matched, Missed, Extra []string
	// Correct says whether the student's tag set is exactly the key's
	// (no tag in both counts as correct).
	Correct bool
}

// Feedback compares a submission with the released key, sentence by
// sentence: one entry per sentence of the text, in order. Only
// whole-sentence tags are compared; highlights and notes are passed on for
// display. It returns nil when the submission is not for the key's
// exercise and text.
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
	out := make([]SentenceFeedback, len(base.Sentences))
	for i := range out {
		k, s := kd.Marks[i], sd.Marks[i]
		f := SentenceFeedback{Sentence: i, Text: base.SentenceText(i), Key: k, Student: s}
		for _, t := range agreement.NewSet(k.Tags...) {
			if s.Has(t) {
				f.Matched = append(f.Matched, t)
			} else {
				f.Missed = append(f.Missed, t)
			}
		}
		for _, t := range agreement.NewSet(s.Tags...) {
			if !k.Has(t) {
				f.Extra = append(f.Extra, t)
			}
		}
		f.Correct = len(f.Missed) == 0 && len(f.Extra) == 0
		slices.SortStableFunc(f.Matched, byOrder)
		slices.SortStableFunc(f.Missed, byOrder)
		slices.SortStableFunc(f.Extra, byOrder)
		out[i] = f
	}
	return out
}
