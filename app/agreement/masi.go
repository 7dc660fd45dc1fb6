package agreement

import "slices"

// Distance says how far apart two label sets are: non-negative, 0 for equal
// sets, symmetric. It is the metric of [AlphaWithDistance] and
// [WeightedKappa]. The distances in this package are at most 1, accept sets
// in any order and ignore repeated and empty labels.
type Distance func(a, b Set) float64

// NominalDistance is 0 if a and b hold the same labels and 1 otherwise: each
// distinct set is one nominal value.
func NominalDistance(a, b Set) float64 {
	if slices.Equal(NewSet(a...), NewSet(b...)) {
		return 0
	}
	return 1
}

// overlap returns the sizes of the intersection and union of a and b and of
// a and b themselves, counting distinct non-empty labels.
func overlap(a, b Set) (inter, union, na, nb int) {
	sa, sb := NewSet(a...), NewSet(b...)
	in := make(map[string]bool, len(sa))
	for _, l := range sa {
		in[l] = true
	}
	for _, l := range sb {
		if in[l] {
			inter++
		}
	}
	return inter, len(sa) + len(sb) - inter, len(sa), len(sb)
}

// JaccardDistance is 1 - |a ∩ b| / |a ∪ b|. Two empty sets are equal, at
// distance 0.
func JaccardDistance(a, b Set) float64 {
	inter, union, _, _ := overlap(a, b)
	if union == 0 {
		return 0
	}
	return 1 - float64(inter)/float64(union)
}

// MASI monotonicity weights as in NLTK's masi_distance. Passonneau (2006)
// defines them as 2/3 and 1/3; NLTK rounds them to 0.67 and 0.33, and this
// package follows NLTK so that its results match NLTK's.
const (
	masiSubset  = 0.67
	masiOverlap = 0.33
)

// MASIDistance is the Measuring Agreement on Set-valued Items distance of
// Passonneau (2006), computed as NLTK's masi_distance does:
// 1 - J * M, where J = |a ∩ b| / |a ∪ b| is the Jaccard similarity and the
// monotonicity weight M is 1 if the sets are equal, 0.67 if one is a subset
// of the other, 0.33 if they overlap otherwise and 0 if they are disjoint.
// Two empty sets are equal (distance 0), where NLTK divides by zero; an
// empty set and a non-empty one are at distance 1.
func MASIDistance(a, b Set) float64 {
	inter, union, na, nb := overlap(a, b)
	if union == 0 {
		return 0
	}
	var m float64
	switch {
	case na == nb && na == inter:
		m = 1
	case inter == min(na, nb):
		m = masiSubset
	case inter > 0:
		m = masiOverlap
	}
	return 1 - float64(inter)/float64(union)*m
}
