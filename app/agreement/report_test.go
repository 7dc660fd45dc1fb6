package agreement

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestAgreeCSVGolden compares the JSON report for small examples with golden
// files, and the figures with exact fractions worked by hand and checked by
// a separate brute-force enumeration of rater pairs.
func TestAgreeCSVGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		want map[string]any // figures as fractions, nil for null
	}{
		// Two raters, 4 items, agreeing on 2: kappa (1/2 - 3/16)/(13/16);
		// pooled values {C}3 {E}1 {C,E}2 {}1 {Q}1 give Pe 1/4.
		{"two_raters", map[string]any{"items": 4.0, "raters": 2.0, "percent_agreement": 0.5,
			"fleiss_kappa": 1.0 / 3, "krippendorff_alpha": 5.0 / 12, "cohen_kappa": 5.0 / 13}},
		// Items with 3, 2 and 2 raters: pair agreement 1/3, 1, 1.
		{"missing", map[string]any{"items": 3.0, "raters": 3.0, "percent_agreement": 7.0 / 9,
			"fleiss_kappa": nil, "krippendorff_alpha": 0.5, "cohen_kappa": nil}},
		{"multi_label", map[string]any{"items": 5.0, "raters": 3.0, "percent_agreement": 5.0 / 12,
			"fleiss_kappa": nil, "krippendorff_alpha": 11.0 / 38, "cohen_kappa": nil}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := AgreeCSV(strings.NewReader(testdata(t, tt.name+".csv")))
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.Marshal(rep)
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.TrimSpace(testdata(t, tt.name+".json")); string(got) != want {
				t.Errorf("JSON\n got %s\nwant %s", got, want)
			}
			var fields map[string]any
			if err := json.Unmarshal(got, &fields); err != nil {
				t.Fatal(err)
			}
			if len(fields) != len(tt.want) {
				t.Errorf("keys %v, want %v", fields, tt.want)
			}
			for k, w := range tt.want {
				g, ok := fields[k]
				switch {
				case !ok:
					t.Errorf("%s missing", k)
				case w == nil && g != nil:
					t.Errorf("%s = %v, want null", k, g)
				case w != nil && (g == nil || !near(g.(float64), w.(float64))):
					t.Errorf("%s = %v, want %v", k, g, w)
				}
			}
		})
	}
}

func TestAgreeCSVNulls(t *testing.T) {
	for _, tt := range []struct {
		name, input, want string
	}{
		{"one rater", "item,rater,label\n1,a,X\n2,a,Y\n",
			`{"items":2,"raters":1,"percent_agreement":null,"fleiss_kappa":null,"krippendorff_alpha":null,"cohen_kappa":null}`},
		{"all agree on one label", "item,rater,label\n1,a,X\n1,b,X\n2,a,X\n2,b,X\n",
			`{"items":2,"raters":2,"percent_agreement":1,"fleiss_kappa":null,"krippendorff_alpha":null,"cohen_kappa":null}`},
		{"perfect agreement", "item,rater,label\n1,a,X\n1,b,X\n2,a,Y\n2,b,Y\n",
			`{"items":2,"raters":2,"percent_agreement":1,"fleiss_kappa":1,"krippendorff_alpha":1,"cohen_kappa":1}`},
	} {
		rep, err := AgreeCSV(strings.NewReader(tt.input))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got, _ := json.Marshal(rep); string(got) != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestAgreeCSVError(t *testing.T) {
	if _, err := AgreeCSV(strings.NewReader("item;rater;label\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("AgreeCSV: %v", err)
	}
}
