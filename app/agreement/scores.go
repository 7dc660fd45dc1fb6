package agreement

import (
	"fmt"
	"maps"
	"slices"
)

// Scores compares one student's annotations with an answer key. Build it
// with [Score].
type Scores struct {
	// Items is the number of items in the key.
	Items int
	// Exact is the number of items whose label set equals the key's.
	Exact int
	// Labels holds the counts of every label used by the key or the student,
	// sorted by label.
	Labels []LabelCounts
}

// LabelCounts holds, for one label, the number of items where both the key
// and the student used it (TP), where only the student did (FP) and where
// only the key did (FN).
type LabelCounts struct {
	// Label is the label counted.
	Label string
	// TP counts true positives, FP false positives, FN false negatives.
	TP, FP, FN int
}

// Average holds precision, recall and F1 averaged over labels.
type Average struct {
	// Precision, Recall and F1 are proportions between 0 and 1.
	Precision, Recall, F1 float64
}

// Score compares the student's label set for each item with the key's. key
// and answer map item ids to labels (order, repeats and empty labels do not
// matter). The items are those of the key; an item missing from answer
// counts as the empty set, i.e. the student gave it no label. An item in
// answer but not in key is an error. Each label is scored as a yes/no
// decision per item, so multi-label items contribute to several labels;
// with exactly one label per item this is the usual multi-class scoring.
func Score(key, answer map[string][]string) (Scores, error) {
	for _, item := range slices.Sorted(maps.Keys(answer)) {
		if _, ok := key[item]; !ok {
			return Scores{}, fmt.Errorf("agreement: item %q is in the answer but not in the key", item)
		}
	}
	counts := make(map[string]*LabelCounts)
	get := func(l string) *LabelCounts {
		if counts[l] == nil {
			counts[l] = &LabelCounts{Label: l}
		}
		return counts[l]
	}
	s := Scores{Items: len(key)}
	for item, k := range key {
		ks, as := NewSet(k...), NewSet(answer[item]...)
		if slices.Equal(ks, as) {
			s.Exact++
		}
		for _, l := range ks {
			if slices.Contains(as, l) {
				get(l).TP++
			} else {
				get(l).FN++
			}
		}
		for _, l := range as {
			if !slices.Contains(ks, l) {
				get(l).FP++
			}
		}
	}
	for _, l := range slices.Sorted(maps.Keys(counts)) {
		s.Labels = append(s.Labels, *counts[l])
	}
	return s, nil
}

// Accuracy returns the share of items whose label set equals the key's
// (exact match; for single labels, plain accuracy). It is undefined for an
// empty key.
func (s Scores) Accuracy() (float64, error) {
	if s.Items == 0 {
		return 0, undefined("accuracy: no items")
	}
	return float64(s.Exact) / float64(s.Items), nil
}

// Support returns the number of items the key gave this label: TP + FN.
func (c LabelCounts) Support() int { return c.TP + c.FN }

// Precision returns TP / (TP + FP); undefined if the student never used the
// label.
func (c LabelCounts) Precision() (float64, error) {
	if c.TP+c.FP == 0 {
		return 0, undefined("precision of %q: the student never used it", c.Label)
	}
	return float64(c.TP) / float64(c.TP+c.FP), nil
}

// Recall returns TP / (TP + FN); undefined if the key never used the label.
func (c LabelCounts) Recall() (float64, error) {
	if c.TP+c.FN == 0 {
		return 0, undefined("recall of %q: the key never used it", c.Label)
	}
	return float64(c.TP) / float64(c.TP+c.FN), nil
}

// F1 returns the harmonic mean of precision and recall, 2TP / (2TP + FP +
// FN), which is 0 when TP is 0; undefined only if all counts are 0.
func (c LabelCounts) F1() (float64, error) {
	if c.TP+c.FP+c.FN == 0 {
		return 0, undefined("F1 of %q: no counts", c.Label)
	}
	return float64(2*c.TP) / float64(2*c.TP+c.FP+c.FN), nil
}

// scoresOrZero returns c's precision, recall and F1, each 0 where undefined
// (scikit-learn's zero_division=0).
func (c LabelCounts) scoresOrZero() Average {
	var a Average
	a.Precision, _ = c.Precision()
	a.Recall, _ = c.Recall()
	a.F1, _ = c.F1()
	return a
}

// Macro returns the unweighted mean over labels of precision, recall and F1;
// Macro().F1 is macro-F1. A label whose precision (or recall) is undefined
// contributes 0, as in scikit-learn's default. Undefined with no labels.
func (s Scores) Macro() (Average, error) {
	if len(s.Labels) == 0 {
		return Average{}, undefined("macro average: no labels")
	}
	return s.weightedMean(func(LabelCounts) int { return 1 }), nil
}

// Weighted returns the mean over labels of precision, recall and F1, each
// label weighted by its support (how often the key used it); undefined ratios
// count as 0. Undefined when the key used no label.
func (s Scores) Weighted() (Average, error) {
	support := 0
	for _, c := range s.Labels {
		support += c.Support()
	}
	if support == 0 {
		return Average{}, undefined("weighted average: the key uses no label")
	}
	return s.weightedMean(LabelCounts.Support), nil
}

// weightedMean averages the per-label scores with the given weights, whose
// sum must be positive.
func (s Scores) weightedMean(weight func(LabelCounts) int) Average {
	var sum Average
	total := 0
	for _, c := range s.Labels {
		w := weight(c)
		a := c.scoresOrZero()
		sum.Precision += float64(w) * a.Precision
		sum.Recall += float64(w) * a.Recall
		sum.F1 += float64(w) * a.F1
		total += w
	}
	t := float64(total)
	return Average{Precision: sum.Precision / t, Recall: sum.Recall / t, F1: sum.F1 / t}
}

// Micro returns precision, recall and F1 of the counts summed over labels;
// for one label per item and a complete answer all three equal accuracy.
// Undefined ratios count as 0; undefined with no labels.
func (s Scores) Micro() (Average, error) {
	if len(s.Labels) == 0 {
		return Average{}, undefined("micro average: no labels")
	}
	sum := LabelCounts{Label: "micro"}
	for _, c := range s.Labels {
		sum.TP += c.TP
		sum.FP += c.FP
		sum.FN += c.FN
	}
	return sum.scoresOrZero(), nil
}
