package segment

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestUDScores scores Split and SplitLang on the Universal Dependencies
// development sets in the directory named by $UD_DEV (one sub-directory per
// treebank, "<lang>_<name>", holding dev.txt, dev.gold.json and, one level
// up, score.py) and prints a table of sentence F1. It is skipped unless
// UD_DEV is set, so that the treebanks, whose licences vary, are read only
// at benchmark time. $UD_ERRORS=N also prints up to N missed and spurious
// boundaries of SplitLang per set; $UD_ONLY=de_gsd,fr_gsd limits the sets.
//
//	UD_DEV=/work/shared/data/ud-dev go test -run TestUDScores -v ./app/segment
func TestUDScores(t *testing.T) {
	dir := os.Getenv("UD_DEV")
	if dir == "" {
		t.Skip("UD_DEV is not set")
	}
	score := filepath.Join(dir, "score.py")
	if _, err := os.Stat(score); err != nil {
		t.Skipf("no score.py in %s", dir)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is missing")
	}
	sets, _ := filepath.Glob(filepath.Join(dir, "*", "dev.txt"))
	only := os.Getenv("UD_ONLY")
	tmp := t.TempDir()
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-12s %5s %8s %8s %9s\n", "treebank", "lang", "gold", "Split", "SplitLang")
	var sumBase, sumLang float64
	n := 0
	for _, txt := range sets {
		set := filepath.Base(filepath.Dir(txt))
		if only != "" && !strings.Contains(","+only+",", ","+set+",") {
			continue
		}
		lang, _, _ := strings.Cut(set, "_")
		gold := filepath.Join(filepath.Dir(txt), "dev.gold.json")
		data, err := os.ReadFile(txt)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		base := udScore(t, score, gold, txt, filepath.Join(tmp, set+".split.jsonl"), text, Split(text), 0)
		errs := 0
		fmt.Sscan(os.Getenv("UD_ERRORS"), &errs)
		got := udScore(t, score, gold, txt, filepath.Join(tmp, set+".lang.jsonl"), text, SplitLang(text, lang), errs)
		fmt.Fprintf(&table, "%-12s %5s %8d %8.2f %9.2f\n", set, lang, got.Gold, 100*base.F1, 100*got.F1)
		sumBase += base.F1
		sumLang += got.F1
		n++
	}
	if n == 0 {
		t.Skipf("no dev sets in %s", dir)
	}
	fmt.Fprintf(&table, "%-12s %5s %8s %8.2f %9.2f\n", "mean", "", "", 100*sumBase/float64(n), 100*sumLang/float64(n))
	t.Log(table.String())
}

// udResult is the part of score.py's JSON output the table needs.
type udResult struct {
	Gold int     `json:"gold"`
	F1   float64 `json:"f1"`
}

// udScore writes spans of text as JSON Lines to pred and scores them with
// score.py against gold, printing up to errs boundary errors.
func udScore(t *testing.T, score, gold, raw, pred, text string, spans []Span, errs int) udResult {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, sp := range spans {
		if err := enc.Encode(text[sp.Start:sp.End]); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(pred, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{score, gold, raw, pred, "--json"}
	if errs > 0 {
		args = append(args, "--errors", fmt.Sprint(errs))
	}
	cmd := exec.Command("python3", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if errs > 0 {
		t.Logf("%s:\n%s", filepath.Base(filepath.Dir(gold)), stderr.String())
	}
	if err != nil {
		t.Fatalf("score.py %s: %v\n%s", gold, err, stderr.String())
	}
	var r udResult
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("score.py %s: %v in %q", gold, err, out)
	}
	return r
}
