package agreement

import (
	"errors"
	"strings"
	"testing"
)

// csvDataset reads CSV text into a dataset or fails the test.
func csvDataset(t *testing.T, text string) *Dataset {
	t.Helper()
	rs, err := ReadCSV(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	return mustDataset(t, rs)
}

// statistics lists every coefficient of a dataset by name.
var statistics = map[string]func(*Dataset) (Coefficient, error){
	"cohen":         CohenKappa,
	"weighted":      func(d *Dataset) (Coefficient, error) { return WeightedKappa(d, NominalDistance) },
	"scott":         ScottPi,
	"bennett":       func(d *Dataset) (Coefficient, error) { return BennettS(d, 0) },
	"fleiss":        FleissKappa,
	"alpha":         KrippendorffAlpha,
	"alpha_masi":    KrippendorffAlphaMASI,
	"alpha_jaccard": func(d *Dataset) (Coefficient, error) { return AlphaWithDistance(d, JaccardDistance) },
	"percent": func(d *Dataset) (Coefficient, error) {
		v, err := PercentAgreement(d)
		return Coefficient{Value: v}, err
	},
}

func TestUndefined(t *testing.T) {
	const h = "item,rater,label\n"
	tests := []struct {
		name string
		data string
		// defined lists the statistics that are defined; all others must
		// fail with ErrUndefined.
		defined map[string]float64
	}{
		{"empty dataset", "", nil},
		{"one rater", h + "1,a,X\n2,a,Y\n3,a,X\n", nil},
		{"one item, agreeing", h + "1,a,X\n1,b,X\n", map[string]float64{"percent": 1}},
		{"one item, disagreeing", h + "1,a,X\n1,b,Y\n",
			map[string]float64{"percent": 0, "bennett": -1, "cohen": 0, "weighted": 0, "scott": -1, "fleiss": -1, "alpha": 0, "alpha_masi": 0, "alpha_jaccard": 0}},
		{"all the same label", h + "1,a,X\n1,b,X\n2,a,X\n2,b,X\n3,a,X\n3,b,X\n",
			map[string]float64{"percent": 1}},
		{"no common item", h + "1,a,X\n2,b,Y\n", nil},
		{"three raters", h + "1,a,X\n1,b,X\n1,c,Y\n2,a,Y\n2,b,Y\n2,c,Y\n",
			map[string]float64{"percent": 2.0 / 3, "bennett": 1.0 / 3, "fleiss": 0.25, "alpha": 0.375, "alpha_masi": 0.375, "alpha_jaccard": 0.375}},
		{"different numbers of raters", h + "1,a,X\n1,b,X\n1,c,Y\n2,a,Y\n2,b,Y\n",
			map[string]float64{"percent": 2.0 / 3, "bennett": 1.0 / 3, "alpha": 1.0 / 3, "alpha_masi": 1.0 / 3, "alpha_jaccard": 1.0 / 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Dataset{}
			if tt.data != "" {
				d = csvDataset(t, tt.data)
			}
			for name, stat := range statistics {
				c, err := stat(d)
				want, defined := tt.defined[name]
				switch {
				case defined && err != nil:
					t.Errorf("%s: %v, want %g", name, err, want)
				case defined && !near(c.Value, want):
					t.Errorf("%s = %g, want %g", name, c.Value, want)
				case !defined && !errors.Is(err, ErrUndefined):
					t.Errorf("%s = %+v, %v; want ErrUndefined", name, c, err)
				}
			}
		})
	}
}

func TestFleissNamesUnequalItems(t *testing.T) {
	d := csvDataset(t, "item,rater,label\n1,a,X\n1,b,X\n2,a,Y\n2,b,Y\n2,c,Y\n")
	_, err := FleissKappa(d)
	if !errors.Is(err, ErrUndefined) || !strings.Contains(err.Error(), `"1" has 2, "2" has 3`) {
		t.Errorf("FleissKappa: %v", err)
	}
}

func TestBennettCategories(t *testing.T) {
	d := csvDataset(t, "item,rater,label\n1,a,X\n1,b,X\n2,a,X\n2,b,Y\n")
	for _, tt := range []struct {
		q    int
		want float64
		ok   bool // false: undefined
	}{
		{0, 0, true},   // 2 categories occur: (0.5 - 0.5) / 0.5
		{2, 0, true},   //
		{6, 0.4, true}, // (0.5 - 1/6) / (5/6)
		{1, 0, false},  // fewer than occur
		{-1, 0, false}, // negative
	} {
		c, err := BennettS(d, tt.q)
		if tt.ok != (err == nil) || tt.ok && !near(c.Value, tt.want) {
			t.Errorf("BennettS(q=%d) = %g, %v", tt.q, c.Value, err)
		}
		if !tt.ok && !errors.Is(err, ErrUndefined) {
			t.Errorf("BennettS(q=%d): %v does not wrap ErrUndefined", tt.q, err)
		}
	}
}

// near reports whether a and b agree to 1e-12.
func near(a, b float64) bool {
	d := a - b
	return d < 1e-12 && d > -1e-12
}
