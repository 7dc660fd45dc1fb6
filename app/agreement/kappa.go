package agreement

import (
	"maps"
	"slices"
)

// twoRaterTable is the contingency table of a dataset with exactly two
// raters over the items both judged, keyed by [Set.key].
type twoRaterTable struct {
	n      int
	cells  map[[2]string]int // (first rater's value, second's) -> items
	first  map[string]int    // first rater's value -> items
	second map[string]int    // second rater's value -> items
	sets   map[string]Set    // key -> set
}

// newTwoRaterTable builds the table, or reports the statistic name as
// undefined if d does not have exactly two raters with a common item.
func newTwoRaterTable(name string, d *Dataset) (twoRaterTable, error) {
	if len(d.raters) != 2 {
		return twoRaterTable{}, undefined("%s needs exactly 2 raters, got %d", name, len(d.raters))
	}
	t := twoRaterTable{cells: map[[2]string]int{}, first: map[string]int{}, second: map[string]int{}, sets: map[string]Set{}}
	for _, u := range d.units {
		if len(u.codes) != 2 {
			continue
		}
		a, b := u.codes[0].key, u.codes[1].key
		t.sets[a], t.sets[b] = u.codes[0].labels, u.codes[1].labels
		t.n++
		t.cells[[2]string{a, b}]++
		t.first[a]++
		t.second[b]++
	}
	if t.n == 0 {
		return twoRaterTable{}, undefined("%s: the two raters have no item in common", name)
	}
	return t, nil
}

// observed returns the share of common items on which the raters agree.
func (t twoRaterTable) observed() float64 {
	agree := 0
	for k := range t.first {
		agree += t.cells[[2]string{k, k}]
	}
	return float64(agree) / float64(t.n)
}

// CohenKappa returns Cohen's kappa for a dataset with exactly two raters,
// over the items both judged. Chance agreement is computed from each rater's
// own distribution of values: Pe = sum over values k of pA(k) * pB(k).
func CohenKappa(d *Dataset) (Coefficient, error) {
	t, err := newTwoRaterTable("Cohen's kappa", d)
	if err != nil {
		return Coefficient{}, err
	}
	num := 0
	for k, a := range t.first {
		num += a * t.second[k]
	}
	return chanceCorrected("Cohen's kappa", t.observed(), num, t.n*t.n)
}

// WeightedKappa returns Cohen's weighted kappa 1 - Do/De for a dataset with
// exactly two raters, with dist as the disagreement weight: Do is the mean
// distance between the two raters' values on their common items, De the
// mean distance between values drawn independently from each rater's
// distribution. With [NominalDistance] it equals [CohenKappa]; for linear
// weights on ordered categories, parse the labels inside dist. Observed and
// Expected are 1 - Do and 1 - De. Undefined as CohenKappa, or when De is 0.
func WeightedKappa(d *Dataset, dist Distance) (Coefficient, error) {
	t, err := newTwoRaterTable("weighted kappa", d)
	if err != nil {
		return Coefficient{}, err
	}
	firsts, seconds := slices.Sorted(maps.Keys(t.first)), slices.Sorted(maps.Keys(t.second))
	do, de := 0.0, 0.0
	for _, a := range firsts {
		for _, b := range seconds {
			delta := dist(t.sets[a], t.sets[b])
			do += float64(t.cells[[2]string{a, b}]) * delta
			de += float64(t.first[a]*t.second[b]) * delta
		}
	}
	n := float64(t.n)
	do, de = do/n, de/(n*n)
	if de == 0 {
		return Coefficient{}, undefined("weighted kappa: expected disagreement is 0")
	}
	return Coefficient{Observed: 1 - do, Expected: 1 - de, Value: 1 - do/de}, nil
}

// ScottPi returns Scott's pi for a dataset with exactly two raters, over the
// items both judged. Chance agreement is computed from the pooled
// distribution of both raters' values: Pe = sum over k of ((nA(k)+nB(k))/2N)^2.
// For more raters use [FleissKappa], its generalisation.
func ScottPi(d *Dataset) (Coefficient, error) {
	t, err := newTwoRaterTable("Scott's pi", d)
	if err != nil {
		return Coefficient{}, err
	}
	pooled := maps.Clone(t.first)
	for k, b := range t.second {
		pooled[k] += b
	}
	num := 0
	for _, c := range pooled {
		num += c * c
	}
	return chanceCorrected("Scott's pi", t.observed(), num, 4*t.n*t.n)
}
