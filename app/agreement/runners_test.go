package agreement

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// tableRatings expands a contingency table (rows = first rater "A", columns
// = second rater "B") into one item per counted pair, labelled with
// categories.
func tableRatings(table [][]int, categories []string) []Rating {
	var rs []Rating
	for i, row := range table {
		for j, n := range row {
			for range n {
				item := fmt.Sprintf("i%04d", len(rs)/2)
				rs = append(rs, Rating{item, "A", categories[i]}, Rating{item, "B", categories[j]})
			}
		}
	}
	return rs
}

// numbered returns the labels "0", "1", ... for a table of size k; as scores
// they give linear weights.
func numbered(k int) []string {
	out := make([]string, k)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}

// number parses a one-label set as a number, failing the test otherwise.
func number(t *testing.T, s Set) float64 {
	t.Helper()
	if len(s) != 1 {
		t.Fatalf("want one numeric label, got %q", s)
	}
	f, err := strconv.ParseFloat(s[0], 64)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// Contingency tables are adapted by expanding each cell into that many items
// rated by raters A and B; category names do not matter for kappa, and the
// SAS table's categories are named by their scores 0, 1, 2 so that the
// linear weight is the absolute difference of the scores.
func runCohenTable(t *testing.T, v vector) map[string]float64 {
	var in struct{ Table [][]int }
	decode(t, v, &in)
	d := mustDataset(t, tableRatings(in.Table, numbered(len(in.Table))))
	k := mustC(t)(CohenKappa(d))
	linear := func(a, b Set) float64 { return math.Abs(number(t, a) - number(t, b)) }
	w := mustC(t)(WeightedKappa(d, linear))
	return map[string]float64{"po": k.Observed, "pe": k.Expected, "kappa": k.Value,
		"kappa_linear_weighted_scores_0_1_2": w.Value}
}

// Two label sequences: item i is rated rater1[i] by "1" and rater2[i] by "2".
func runCohenSequences(t *testing.T, v vector) map[string]float64 {
	var in struct{ Rater1, Rater2 []string }
	decode(t, v, &in)
	var rs []Rating
	for i := range in.Rater1 {
		item := strconv.Itoa(i)
		rs = append(rs, Rating{item, "1", in.Rater1[i]}, Rating{item, "2", in.Rater2[i]})
	}
	k := mustC(t)(CohenKappa(mustDataset(t, rs)))
	return map[string]float64{"kappa": k.Value, "po": k.Observed}
}

// The Artstein & Poesio table expanded to its 100 items; NLTK's avg_Ao is
// PercentAgreement, S uses the 3 categories, pi is Scott's pi.
func runArtsteinPoesio(t *testing.T, v vector) map[string]float64 {
	var in struct {
		Categories []string
		Table      [][]int
	}
	decode(t, v, &in)
	d := mustDataset(t, tableRatings(in.Table, in.Categories))
	return map[string]float64{
		"Ao": mustF(t)(PercentAgreement(d)),
		"S":  mustC(t)(BennettS(d, len(in.Categories))).Value,
		"pi": mustC(t)(ScottPi(d)).Value,
	}
}

// Fleiss count rows are adapted to ratings: subject i gets as many raters
// (named per subject, since Fleiss' raters need not be the same people) as
// the row's total, each giving the category of its column.
func runFleissCounts(t *testing.T, v vector) map[string]float64 {
	var in struct{ Table [][]int }
	decode(t, v, &in)
	var rs []Rating
	for i, row := range in.Table {
		r := 0
		for j, n := range row {
			for range n {
				rs = append(rs, Rating{fmt.Sprintf("s%02d", i), fmt.Sprintf("r%02d", r), fmt.Sprintf("c%d", j)})
				r++
			}
		}
	}
	d := mustDataset(t, rs)
	k := mustC(t)(FleissKappa(d))
	got := map[string]float64{"kappa": k.Value, "P_bar": k.Observed, "Pe_bar": k.Expected}
	for item, p := range ItemAgreements(d) {
		i, _ := strconv.Atoi(strings.TrimPrefix(item, "s"))
		got[fmt.Sprintf("P_i[%d]", i)] = p
	}
	return got
}

// Raw Fleiss (1971) ratings: patient i, rater column j. category_totals is
// the aggregation step (statsmodels aggregate_raters), checked by counting
// the dataset's values for the codes 1..5.
func runFleissRaw(t *testing.T, v vector) map[string]float64 {
	var in struct{ Raw [][]int }
	decode(t, v, &in)
	var rs []Rating
	for i, row := range in.Raw {
		for j, c := range row {
			rs = append(rs, Rating{fmt.Sprintf("p%02d", i), fmt.Sprintf("r%d", j), strconv.Itoa(c)})
		}
	}
	d := mustDataset(t, rs)
	k := mustC(t)(FleissKappa(d)).Value
	got := map[string]float64{"kappa": k, "kappa_full": k}
	totals := map[string]int{}
	for _, item := range d.Items() {
		for _, r := range d.Raters() {
			if s, ok := d.Value(item, r); ok {
				totals[strings.Join(s, "+")]++
			}
		}
	}
	for c := 1; c <= 5; c++ {
		got[fmt.Sprintf("category_totals[%d]", c-1)] = float64(totals[strconv.Itoa(c)])
	}
	return got
}

// Reliability data (rows = coders, null = missing) become ratings of unit j
// by coder i; numbers become their decimal text. The interval, ratio and
// ordinal metrics of Krippendorff (2011) are given to AlphaWithDistance.
func runKrippendorff(t *testing.T, v vector) map[string]float64 {
	var in struct{ Data [][]any }
	decode(t, v, &in)
	var rs []Rating
	numeric := true
	for i, row := range in.Data {
		for j, x := range row {
			var label string
			switch x := x.(type) {
			case nil:
				continue
			case float64:
				label = strconv.FormatFloat(x, 'g', -1, 64)
			case string:
				label, numeric = x, false
			}
			rs = append(rs, Rating{fmt.Sprintf("u%02d", j), fmt.Sprintf("c%d", i), label})
		}
	}
	d := mustDataset(t, rs)
	got := map[string]float64{"nominal": mustC(t)(KrippendorffAlpha(d)).Value}
	if !numeric {
		return got
	}
	interval := func(a, b Set) float64 { return math.Pow(number(t, a)-number(t, b), 2) }
	ratio := func(a, b Set) float64 {
		x, y := number(t, a), number(t, b)
		return math.Pow((x-y)/(x+y), 2)
	}
	got["interval"] = mustC(t)(AlphaWithDistance(d, interval)).Value
	got["ratio"] = mustC(t)(AlphaWithDistance(d, ratio)).Value
	got["ordinal"] = mustC(t)(AlphaWithDistance(d, ordinalDistance(t, d))).Value
	return got
}

// ordinalDistance is Krippendorff's ordinal metric: for ranks c <= k,
// (n_c + ... + n_k - (n_c + n_k)/2)^2, with n_g the number of pairable
// values equal to g.
func ordinalDistance(t *testing.T, d *Dataset) Distance {
	n := map[float64]float64{}
	for _, item := range d.Items() {
		var vals []float64
		for _, r := range d.Raters() {
			if s, ok := d.Value(item, r); ok {
				vals = append(vals, number(t, s))
			}
		}
		if len(vals) >= 2 {
			for _, x := range vals {
				n[x]++
			}
		}
	}
	return func(a, b Set) float64 {
		lo, hi := number(t, a), number(t, b)
		if lo > hi {
			lo, hi = hi, lo
		}
		sum := -(n[lo] + n[hi]) / 2
		for g, c := range n {
			if g >= lo && g <= hi {
				sum += c
			}
		}
		return sum * sum
	}
}

// MASI inputs are integer sets; their decimal text serves as labels.
func runMASI(t *testing.T, v vector) map[string]float64 {
	var in struct{ A, B []int }
	decode(t, v, &in)
	set := func(xs []int) Set {
		var s Set
		for _, x := range xs {
			s = append(s, strconv.Itoa(x))
		}
		return NewSet(s...)
	}
	a, b := set(in.A), set(in.B)
	return map[string]float64{"nltk": MASIDistance(a, b), "jaccard_distance": JaccardDistance(a, b)}
}

// sequenceScores scores an answer sequence against a key sequence, item i
// being position i.
func sequenceScores(t *testing.T, key, answer []string) Scores {
	k, a := map[string][]string{}, map[string][]string{}
	for i := range key {
		k[strconv.Itoa(i)] = []string{key[i]}
		a[strconv.Itoa(i)] = []string{answer[i]}
	}
	s, err := Score(k, a)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// scikit-learn's multi-class example: one label per item. The per-label
// block names its label order in its key, e.g. "per_label[pig,dog,cat]".
func runPRF(t *testing.T, v vector) map[string]float64 {
	var in struct {
		Key     []string `json:"y_true(key)"`
		Student []string `json:"y_pred(student)"`
	}
	decode(t, v, &in)
	s := sequenceScores(t, in.Key, in.Student)
	got := map[string]float64{}
	for name, avg := range map[string]func() (Average, error){"macro": s.Macro, "micro": s.Micro, "weighted": s.Weighted} {
		a, err := avg()
		if err != nil {
			t.Fatal(err)
		}
		got[name+".precision"], got[name+".recall"], got[name+".f1"] = a.Precision, a.Recall, a.F1
	}
	var expected map[string]json.RawMessage
	if err := json.Unmarshal(v.Expected, &expected); err != nil {
		t.Fatal(err)
	}
	for block := range expected {
		order, ok := strings.CutPrefix(block, "per_label[")
		if !ok {
			continue
		}
		for i, label := range strings.Split(strings.TrimSuffix(order, "]"), ",") {
			j := slices.IndexFunc(s.Labels, func(c LabelCounts) bool { return c.Label == label })
			if j < 0 {
				t.Fatalf("label %q not scored", label)
			}
			c := s.Labels[j]
			got[fmt.Sprintf("%s.precision[%d]", block, i)] = mustF(t)(c.Precision())
			got[fmt.Sprintf("%s.recall[%d]", block, i)] = mustF(t)(c.Recall())
			got[fmt.Sprintf("%s.f1[%d]", block, i)] = mustF(t)(c.F1())
			got[fmt.Sprintf("%s.support[%d]", block, i)] = float64(c.Support())
		}
	}
	return got
}

// NLTK's accuracy compares the tag sequences; its set precision/recall/F
// compare set(reference) with set(test). The latter is adapted as one item
// whose key set is set(reference) and whose answer set is set(test): micro
// precision, recall and F1 are then |ref ∩ test|/|test|, /|ref| and their
// harmonic mean.
func runAccuracySets(t *testing.T, v vector) map[string]float64 {
	var in struct{ Reference, Test []string }
	decode(t, v, &in)
	acc := mustF(t)(sequenceScores(t, in.Reference, in.Test).Accuracy())
	s, err := Score(map[string][]string{"all": in.Reference}, map[string][]string{"all": in.Test})
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.Micro()
	if err != nil {
		t.Fatal(err)
	}
	return map[string]float64{"accuracy": acc, "set_precision": m.Precision, "set_recall": m.Recall, "set_f": m.F1}
}
