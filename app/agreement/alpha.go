package agreement

import (
	"maps"
	"slices"
)

// Krippendorff's alpha = 1 - Do/De is computed from the coincidences of
// values within units (Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability"). Only pairable units count: those with values from at
// least two raters; the n values in them are the pairable values. Do, the
// observed disagreement, averages the distance between the values of each
// pair of raters within a unit, each unit's pairs weighted by 1/(m_u - 1)
// where m_u is its number of values; De, the expected disagreement, averages
// the distance between any two of the n pairable values. Missing ratings
// simply do not take part.

// KrippendorffAlpha returns nominal Krippendorff's alpha, which allows any
// number of raters and missing ratings. Each label set is one nominal value
// (see the package documentation). It is undefined when no item has two
// raters or when all pairable values are the same.
func KrippendorffAlpha(d *Dataset) (Coefficient, error) {
	n, doSum := 0, 0.0
	totals := make(map[string]int)
	for _, u := range d.units {
		m := len(u.codes)
		if m < 2 {
			continue
		}
		same := 0
		for k, c := range valueCounts(u) {
			same += c * c
			totals[k] += c
		}
		doSum += float64(m*m-same) / float64(m-1)
		n += m
	}
	if n == 0 {
		return Coefficient{}, undefined("Krippendorff's alpha: no item has two raters")
	}
	deNum := n * n
	for _, c := range totals {
		deNum -= c * c
	}
	if deNum == 0 {
		return Coefficient{}, undefined("Krippendorff's alpha: every pairable value is the same label set")
	}
	do := doSum / float64(n)
	de := float64(deNum) / float64(n*(n-1))
	return Coefficient{Observed: 1 - do, Expected: 1 - de, Value: 1 - do/de}, nil
}

// KrippendorffAlphaMASI returns Krippendorff's alpha with [MASIDistance] as
// the metric, for set-valued labels: a rater who gave {Claim, Evidence} and
// one who gave {Claim} partly agree (distance 0.665) instead of simply
// disagreeing as in [KrippendorffAlpha]. Undefined as for [AlphaWithDistance].
func KrippendorffAlphaMASI(d *Dataset) (Coefficient, error) {
	return AlphaWithDistance(d, MASIDistance)
}

// AlphaWithDistance returns Krippendorff's alpha with dist as the metric
// (for a numeric interval metric, parse the labels inside dist). dist is
// called once per pair of distinct label sets that occur, so the cost grows
// with the square of the number of distinct sets. Observed and Expected are
// 1 - Do and 1 - De. It is undefined when no item has two raters or when the
// expected disagreement is 0 (all pairable values at distance 0).
func AlphaWithDistance(d *Dataset, dist Distance) (Coefficient, error) {
	a := newAlphaAccumulator(dist)
	n, doSum := 0, 0.0
	for _, u := range d.units {
		m := len(u.codes)
		if m < 2 {
			continue
		}
		counts := make(map[int]int)
		for _, c := range u.codes {
			counts[a.index(c)]++
		}
		doSum += a.pairSum(counts) / float64(m-1)
		for v, c := range counts {
			a.totals[v] += c
		}
		n += m
	}
	if n == 0 {
		return Coefficient{}, undefined("Krippendorff's alpha: no item has two raters")
	}
	de := a.pairSum(a.totals) / float64(n*(n-1))
	if de == 0 {
		return Coefficient{}, undefined("Krippendorff's alpha: expected disagreement is 0 (no variation)")
	}
	do := doSum / float64(n)
	return Coefficient{Observed: 1 - do, Expected: 1 - de, Value: 1 - do/de}, nil
}

// alphaAccumulator numbers distinct label sets, counts pairable values per
// set and caches distances between sets.
type alphaAccumulator struct {
	dist   Distance
	ids    map[string]int
	sets   []Set
	totals map[int]int
	cache  map[[2]int]float64
}

// newAlphaAccumulator returns an empty accumulator for dist.
func newAlphaAccumulator(dist Distance) *alphaAccumulator {
	return &alphaAccumulator{dist: dist, ids: map[string]int{}, totals: map[int]int{}, cache: map[[2]int]float64{}}
}

// index returns the number of c's label set, assigning a new one on first
// sight.
func (a *alphaAccumulator) index(c code) int {
	if i, ok := a.ids[c.key]; ok {
		return i
	}
	a.ids[c.key] = len(a.sets)
	a.sets = append(a.sets, c.labels)
	return len(a.sets) - 1
}

// distance returns the cached distance between sets i and j.
func (a *alphaAccumulator) distance(i, j int) float64 {
	p := [2]int{i, j}
	if v, ok := a.cache[p]; ok {
		return v
	}
	v := a.dist(a.sets[i], a.sets[j])
	a.cache[p] = v
	return v
}

// pairSum returns the sum of distances over all ordered pairs of distinct
// values in a multiset given as counts per set number, in a fixed order so
// that results do not depend on map iteration.
func (a *alphaAccumulator) pairSum(counts map[int]int) float64 {
	keys := slices.Sorted(maps.Keys(counts))
	sum := 0.0
	for _, i := range keys {
		for _, j := range keys {
			ci, cj := counts[i], counts[j]
			pairs := ci * cj
			if i == j {
				pairs = ci * (ci - 1)
			}
			if pairs > 0 {
				sum += float64(pairs) * a.distance(i, j)
			}
		}
	}
	return sum
}
