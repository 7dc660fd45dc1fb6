// Package anchor re-attaches annotations to the sentences of an edited
// text.
//
// An annotation remembers its sentence's exact text (the quote), a little
// of the text before and after it (prefix and suffix) and the sentence's
// old index. Place finds each annotation's sentence in the new text in
// three steps:
//
//  1. Exact: a sentence with the same text. A quote that occurs once in
//     the new text and once among the annotations is placed first; these
//     placements tell how far each part of the text has shifted. Among
//     several equal sentences, the one whose neighbouring text best
//     matches the prefix and suffix wins, then the one nearest to where
//     the old index has shifted to.
//  2. Fuzzy: the sentence with the smallest edit distance (Levenshtein,
//     over code points) to the quote, accepted when the distance is at
//     most 30% of the quote's length. Only sentences near the shifted old
//     index (and near the old index itself) and sentences sharing one of
//     the quote's rarest words are considered (at most about a hundred); a
//     bigram count rules out most of them cheaply, and the distance of the
//     rest is computed bit-parallel (Myers), stopping once it must exceed
//     the bound. The work per annotation is bounded, so the whole is linear
//     in the number of annotations and sentences.
//  3. Orphan: no sentence.
//
// A sentence receives at most one annotation: exact placements come
// first, then fuzzy ones by increasing distance.
package anchor

import "fmt"

// Want is what an annotation remembers of its sentence.
type Want struct {
	// Quote is the sentence's exact text.
	Quote string
	// Prefix and Suffix are up to 32 code points of the text before and
	// after the sentence; either may be empty.
	Prefix, Suffix string
	// Index is the sentence's old index.
	Index int
}

// Kind is how an annotation was placed.
type Kind int

const (
	// Orphan means no sentence was found.
	Orphan Kind = iota
	// Exact means a sentence with the same text.
	Exact
	// Fuzzy means an edited sentence close to the quote.
	Fuzzy
)

// String returns "orphan", "exact" or "fuzzy".
func (k Kind) String() string {
	switch k {
	case Orphan:
		return "orphan"
	case Exact:
		return "exact"
	case Fuzzy:
		return "fuzzy"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Result is where one annotation goes.
type Result struct {
	// Index is the new sentence index, -1 for an orphan.
	Index int
	// How says which step placed it.
	How Kind
	// Distance is the edit distance in code points between the quote and
	// the sentence: 0 unless How is Fuzzy.
	Distance int
}

// FuzzyPercent is the largest edit distance a fuzzy match may have, in
// percent of the quote's length in code points (rounded down): quotes of
// fewer than 4 code points only match exactly.
const FuzzyPercent = 30

// MaxDistance returns the largest edit distance accepted for a quote of n
// code points.
func MaxDistance(n int) int { return n * FuzzyPercent / 100 }

// Place returns, for each want, the sentence of sentences it belongs to.
// Results are in the order of wants.
func Place(sentences []string, wants []Want) []Result {
	p := newPlacer(sentences, wants)
	p.exact()
	p.fuzzy()
	return p.res
}
