package classroom

import (
	"fmt"
	"slices"

	"annotator/app/agreement"
	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// Alternative is a tag set the teacher accepted as also correct for one
// sentence, besides the key's own: a student who gave exactly this set is
// right, and their per-tag counts on the sentence are taken against it.
type Alternative struct {
	// Sentence is the sentence's index when accepted.
	Sentence int `json:"sentence"`
	// Quote is the sentence's text; it anchors the alternative as a
	// mark's quote does, so a text split differently still finds it.
	Quote string `json:"quote"`
	// Tags are the accepted set's tag ids (possibly none: "no tag" is
	// also right).
	Tags []string `json:"tags"`
}

// checkAlternatives checks a key's alternatives (at path) against its
// exercise: at most MaxAlternatives, each quote a sentence of the text,
// each tag among tags and once, and no alternative twice.
func checkAlternatives(alts []Alternative, ex *Exercise, tags map[string]bool, path string) error {
	if len(alts) == 0 {
		return nil
	}
	if len(alts) > MaxAlternatives {
		return jsonstrict.Errorf(path, "%d alternatives; at most %d", len(alts), MaxAlternatives)
	}
	texts := sentenceIndex(model.New("", ex.Text))
	seen := map[string]bool{}
	for k, a := range alts {
		ap := jsonstrict.IndexPath(path, k)
		switch {
		case a.Sentence < 0:
			return jsonstrict.Errorf(ap+".sentence", "sentence index %d is negative", a.Sentence)
		case texts[a.Quote] == nil:
			return jsonstrict.Errorf(ap+".quote", "the quote is not a sentence of the text (%q)", jsonstrict.Clip(a.Quote, 40))
		}
		if err := checkTagList(ap+".tags", a.Tags, tags); err != nil {
			return err
		}
		id := fmt.Sprintf("%d %q", a.Sentence, agreement.NewSet(a.Tags...))
		if seen[id] {
			return jsonstrict.Errorf(ap, "the same alternative for sentence %d appears twice", a.Sentence+1)
		}
		seen[id] = true
	}
	return nil
}

// sentenceIndex maps each sentence text of d to the indices of the
// sentences with that text, in order.
func sentenceIndex(d *model.Document) map[string][]int {
	m := make(map[string][]int, len(d.Sentences))
	for i := range d.Sentences {
		t := d.SentenceText(i)
		m[t] = append(m[t], i)
	}
	return m
}

// findSentence returns the sentence of texts (a sentenceIndex) whose
// text is quote, nearest to index at: at itself when it has that text;
// -1 when none has.
func findSentence(texts map[string][]int, quote string, at int) int {
	best := -1
	for _, i := range texts[quote] {
		if best < 0 || abs(i-at) < abs(best-at) {
			best = i
		}
	}
	return best
}

// placeAlternatives returns, for each sentence of d (a document of the
// exercise's text), the alternative sets accepted for it, in the order
// accepted; alternatives whose quote no sentence has are left out.
func placeAlternatives(d *model.Document, alts []Alternative) [][]agreement.Set {
	out := make([][]agreement.Set, len(d.Sentences))
	if len(alts) == 0 {
		return out
	}
	texts := sentenceIndex(d)
	for _, a := range alts {
		if i := findSentence(texts, a.Quote, a.Sentence); i >= 0 {
			s := agreement.NewSet(a.Tags...)
			if !slices.ContainsFunc(out[i], func(o agreement.Set) bool { return slices.Equal(o, s) }) {
				out[i] = append(out[i], s)
			}
		}
	}
	return out
}

// rightAnswer reports whether the student's set is the key's or one of
// the accepted alternatives, and returns the set it is scored against:
// the alternative it equals, else the key's.
func rightAnswer(student, key agreement.Set, alts []agreement.Set) (bool, agreement.Set) {
	if slices.Equal(student, key) {
		return true, key
	}
	for _, a := range alts {
		if slices.Equal(student, a) {
			return true, a
		}
	}
	return false, key
}
