package agreement

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// testdata returns the text of a file in testdata or fails the test.
func testdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// In testdata/two_raters.csv items s1 and s3 agree ({Claim}, and
// {Claim,Evidence} in either row order) and s2 and s4 do not ({Evidence} vs
// {Claim}; no label vs {Quote}). testdata/multi_label.csv has three raters,
// overlapping label sets and missing ratings (item 5 has a single rater and
// is not pairable).

func TestSetValues(t *testing.T) {
	d := csvDataset(t, testdata(t, "two_raters.csv")+"s3,ann,Claim\n")
	for _, tt := range []struct {
		item, rater string
		want        Set
		ok          bool
	}{
		{"s3", "ann", Set{"Claim", "Evidence"}, true}, // repeated row counts once
		{"s3", "bob", Set{"Claim", "Evidence"}, true}, // rows in any order
		{"s4", "ann", Set{}, true},                    // empty label: judged, no label
		{"s4", "carl", nil, false},
		{"s9", "ann", nil, false},
	} {
		got, ok := d.Value(tt.item, tt.rater)
		if ok != tt.ok || !slices.Equal(got, tt.want) {
			t.Errorf("Value(%s, %s) = %q, %v; want %q, %v", tt.item, tt.rater, got, ok, tt.want, tt.ok)
		}
	}
	if got := d.Items(); !slices.Equal(got, []string{"s1", "s2", "s3", "s4"}) {
		t.Errorf("Items = %q", got)
	}
	if got := d.Raters(); !slices.Equal(got, []string{"ann", "bob"}) {
		t.Errorf("Raters = %q", got)
	}
	if got := ItemAgreements(d); len(got) != 4 || got["s1"] != 1 || got["s2"] != 0 || got["s3"] != 1 || got["s4"] != 0 {
		t.Errorf("ItemAgreements = %v", got)
	}
}

func TestNewDatasetRejectsEmptyIDs(t *testing.T) {
	for _, r := range []Rating{{"", "a", "X"}, {"1", "", "X"}} {
		if _, err := NewDataset([]Rating{{"1", "a", "X"}, r}); err == nil {
			t.Errorf("NewDataset accepted %+v", r)
		}
	}
}

// TestMissingData checks statistics with skipped ratings against exact
// fractions from a brute-force enumeration of rater pairs.
func TestMissingData(t *testing.T) {
	d := csvDataset(t, testdata(t, "multi_label.csv"))
	// Items 1-4 are pairable: agreement 1/3, 1/3, 0, 1.
	if got := mustF(t)(PercentAgreement(d)); !near(got, 5.0/12) {
		t.Errorf("PercentAgreement = %g, want 5/12", got)
	}
	if got := mustC(t)(KrippendorffAlpha(d)).Value; !near(got, 11.0/38) {
		t.Errorf("KrippendorffAlpha = %g, want 11/38", got)
	}
	if got := mustC(t)(KrippendorffAlphaMASI(d)).Value; !near(got, 2647.0/6841) {
		t.Errorf("KrippendorffAlphaMASI = %g, want 2647/6841", got)
	}
	if _, err := FleissKappa(d); err == nil {
		t.Error("FleissKappa defined with unequal numbers of raters")
	}
}

// TestIdentities checks relations between the statistics on the same data.
func TestIdentities(t *testing.T) {
	for _, text := range []string{testdata(t, "two_raters.csv"), testdata(t, "multi_label.csv"), "item,rater,label\n1,a,X\n1,b,X\n2,a,Y\n2,b,X\n3,a,Y\n3,b,Y\n4,a,Z\n4,b,Y\n"} {
		d := csvDataset(t, text)
		alpha := mustC(t)(KrippendorffAlpha(d))
		if g := mustC(t)(AlphaWithDistance(d, NominalDistance)); !near(g.Value, alpha.Value) || !near(g.Observed, alpha.Observed) {
			t.Errorf("AlphaWithDistance(nominal) = %+v, KrippendorffAlpha = %+v", g, alpha)
		}
		if len(d.Raters()) != 2 {
			continue
		}
		kappa := mustC(t)(CohenKappa(d))
		if g := mustC(t)(WeightedKappa(d, NominalDistance)); !near(g.Value, kappa.Value) || !near(g.Expected, kappa.Expected) {
			t.Errorf("WeightedKappa(nominal) = %+v, CohenKappa = %+v", g, kappa)
		}
		// With two raters and no missing data, Fleiss' kappa is Scott's
		// pi, and alpha = 1 - (1 - pi)(2N - 1)/2N.
		pi := mustC(t)(ScottPi(d))
		if f := mustC(t)(FleissKappa(d)); !near(f.Value, pi.Value) {
			t.Errorf("FleissKappa = %g, ScottPi = %g", f.Value, pi.Value)
		}
		n := float64(2 * len(d.Items()))
		if want := 1 - (1-pi.Value)*(n-1)/n; !near(alpha.Value, want) {
			t.Errorf("alpha = %g, want %g from pi", alpha.Value, want)
		}
	}
}
