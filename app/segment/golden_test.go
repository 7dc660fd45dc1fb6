package segment

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// minGolden is the lowest accepted score on the English Golden Rules.
const minGolden = 48

// goldenCase is one case of testdata/golden_rules_en.json.
type goldenCase struct {
	ID       int      `json:"id"`
	Name     string   `json:"name"`
	Input    string   `json:"input"`
	Expected []string `json:"expected"`
}

// sentences returns the text of each span of Split(text).
func sentences(text string) []string {
	var out []string
	for _, sp := range Split(text) {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

func TestGoldenRules(t *testing.T) {
	data, err := os.ReadFile("testdata/golden_rules_en.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) != 48 {
		t.Fatalf("got %d golden rules, want 48", len(cases))
	}
	passed := 0
	for _, c := range cases {
		checkInvariants(t, c.Input, Split(c.Input))
		want := make([]string, len(c.Expected))
		for i, e := range c.Expected {
			want[i] = strings.TrimSpace(e)
		}
		got := sentences(c.Input)
		if slices.Equal(got, want) {
			passed++
			continue
		}
		t.Logf("rule %d (%s) fails\n input: %q\n want:  %q\n got:   %q", c.ID, c.Name, c.Input, want, got)
	}
	t.Logf("golden rules: %d/%d", passed, len(cases))
	if passed < minGolden {
		t.Errorf("golden rules: %d/%d, want at least %d", passed, len(cases), minGolden)
	}
}
