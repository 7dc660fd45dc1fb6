package agreement

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// vector is one entry of testdata/agreement_vectors.json.
type vector struct {
	ID        string          `json:"id"`
	Measure   string          `json:"measure"`
	Input     json.RawMessage `json:"input"`
	Expected  json.RawMessage `json:"expected"`
	Tolerance float64         `json:"tolerance"`
	Source    string          `json:"source"`
}

// runners compute, for each vector id, the quantities named in the vector's
// "expected" object, flattened as in flatten (e.g. "macro.f1", "P_i[3]").
// A runner may compute more; every expected value must be computed.
var runners = map[string]func(t *testing.T, v vector) map[string]float64{
	"cohen_wikipedia_grant_2x2":          runCohenTable,
	"cohen_sklearn_docstring":            runCohenSequences,
	"artstein_poesio_3cat_nltk":          runArtsteinPoesio,
	"fleiss_wikipedia_10x5_14raters":     runFleissCounts,
	"kripp_wikipedia_3coders_15units":    runKrippendorff,
	"kripp_string_labels_3coders_4units": runKrippendorff,
	"masi_nltk_doctest_subset":           runMASI,
	"masi_nltk_doctest_overlap":          runMASI,
	"prf_sklearn_docstring":              runPRF,
	"accuracy_nltk_doctest_tags":         runAccuracySets,
	"cohen_sas_3x3_statsmodels":          runCohenTable,
	"fleiss_1971_psychiatric_diagnoses":  runFleissRaw,
	"kripp_2011_C_4observers_12units":    runKrippendorff,
}

// TestVectors runs every vector in the file and compares every expected
// value, failing on a vector without a runner or a value not computed.
func TestVectors(t *testing.T) {
	raw, err := os.ReadFile("testdata/agreement_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Vectors []vector `json:"vectors"`
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	if len(file.Vectors) != len(runners) {
		t.Errorf("file has %d vectors, %d runners", len(file.Vectors), len(runners))
	}
	passed, checked := 0, 0
	for _, v := range file.Vectors {
		ok := t.Run(v.ID, func(t *testing.T) {
			run, found := runners[v.ID]
			if !found {
				t.Fatalf("no runner for vector %q (%s)", v.ID, v.Measure)
			}
			want := map[string]json.Number{}
			if err := flatten("", v.Expected, want); err != nil {
				t.Fatal(err)
			}
			got := run(t, v)
			for _, name := range slices.Sorted(maps.Keys(want)) {
				w := want[name]
				g, found := got[name]
				if !found {
					t.Errorf("%s: not computed", name)
					continue
				}
				wf, err := w.Float64()
				if err != nil {
					t.Fatal(err)
				}
				tol := tolerance(v.Tolerance, w)
				t.Logf("%s = %.7g, want %s ± %g", name, g, w, tol)
				checked++
				if math.IsNaN(g) || math.Abs(g-wf) > tol {
					t.Errorf("%s = %.9g, want %s ± %g (source: %s)", name, g, w, tol, v.Source)
				}
			}
		})
		if ok {
			passed++
		}
	}
	t.Logf("%d of %d vectors pass (%d expected values compared)", passed, len(file.Vectors), checked)
}

// tolerance returns the vector's tolerance. A tolerance of 0 in the file
// goes with values printed to a fixed number of decimals, some rounded
// (0.691358 for 56/81) and some truncated (kappa_full 0.430244 for
// 5437/12637 = 0.4302445...), so it is read as one unit in the last printed
// decimal of the expected value; integers (counts) must match exactly.
func tolerance(tol float64, want json.Number) float64 {
	const slack = 1e-12 // floating-point rounding
	if tol > 0 {
		return tol + slack
	}
	s := string(want)
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return slack
	}
	return math.Pow(10, -float64(len(s)-i-1)) + slack
}

// flatten stores the numbers in raw under dotted names: objects add
// ".key", arrays add "[i]".
func flatten(prefix string, raw json.RawMessage, out map[string]json.Number) error {
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) == nil {
		for k, v := range obj {
			name := k
			if prefix != "" {
				name = prefix + "." + k
			}
			if err := flatten(name, v, out); err != nil {
				return err
			}
		}
		return nil
	}
	var arr []json.RawMessage
	if json.Unmarshal(raw, &arr) == nil {
		for i, v := range arr {
			if err := flatten(fmt.Sprintf("%s[%d]", prefix, i), v, out); err != nil {
				return err
			}
		}
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return fmt.Errorf("%s: %w", prefix, err)
	}
	out[prefix] = n
	return nil
}

// decode unmarshals a vector's input or fails the test.
func decode(t *testing.T, v vector, into any) {
	t.Helper()
	if err := json.Unmarshal(v.Input, into); err != nil {
		t.Fatal(err)
	}
}

// mustDataset builds a dataset or fails the test.
func mustDataset(t *testing.T, rs []Rating) *Dataset {
	t.Helper()
	d, err := NewDataset(rs)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// mustC returns a function that returns a coefficient or fails the test;
// call it as mustC(t)(CohenKappa(d)).
func mustC(t *testing.T) func(Coefficient, error) Coefficient {
	return func(c Coefficient, err error) Coefficient {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
}

// mustF is mustC for a float.
func mustF(t *testing.T) func(float64, error) float64 {
	return func(f float64, err error) float64 {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
}
