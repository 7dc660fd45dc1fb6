package anchor

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// vocabulary is the word list of the generated texts.
var vocabulary = strings.Fields(`the a council mayor budget vote city river bridge school teacher
report plan tax road market price week month year people board member debate
approved rejected said claimed argued noted found expected delayed reviewed funds
new old large small public private local national early late final first second
with without after before during under over about against between for from into`)

// sentence makes a random sentence of 8 to 24 words.
func sentence(rng *rand.Rand) string {
	n := 8 + rng.IntN(17)
	w := make([]string, n)
	for i := range w {
		w[i] = vocabulary[rng.IntN(len(vocabulary))]
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ") + "."
}

// reword replaces one to three words of s.
func reword(rng *rand.Rand, s string) string {
	w := strings.Fields(strings.TrimSuffix(s, "."))
	for n := 1 + rng.IntN(3); n > 0; n-- {
		w[1+rng.IntN(len(w)-1)] = vocabulary[rng.IntN(len(vocabulary))]
	}
	return strings.Join(w, " ") + "."
}

// edit says what became of an annotated sentence in the edited text.
type edit struct {
	at   int  // its index in the edited text
	kind Kind // Exact when unchanged, Fuzzy when reworded, Orphan when replaced
}

// editedText builds a 20,000-sentence text, wants on every tenth sentence,
// and an edited version: a sentence inserted every 50, one removed every
// 97, and a share of the annotated sentences reworded (fuzzy) or replaced
// by an unrelated sentence (orphans). It returns what became of each
// annotated sentence.
func editedText(reworded, replaced float64) ([]string, []Want, []edit) {
	rng := rand.New(rand.NewPCG(7, 11))
	old := make([]string, 20000)
	for i := range old {
		old[i] = sentence(rng)
	}
	var wants []Want
	for i := 0; i < len(old); i += 10 {
		wants = append(wants, Want{Quote: old[i], Index: i,
			Prefix: lastRunes(strings.Join(old[max(0, i-2):i], " ")+" ", 32),
			Suffix: firstRunes(" "+strings.Join(old[i+1:min(len(old), i+3)], " "), 32)})
	}
	var now []string
	var edits []edit
	for i, s := range old {
		if i%50 == 0 {
			now = append(now, sentence(rng))
		}
		if i%97 == 0 && i%10 != 0 {
			continue
		}
		if i%10 == 0 {
			e := edit{at: len(now), kind: Exact}
			switch x := rng.Float64(); {
			case x < reworded:
				s, e.kind = reword(rng, s), Fuzzy
			case x < reworded+replaced:
				s, e.kind = sentence(rng), Orphan
			}
			if s == old[i] {
				e.kind = Exact
			}
			edits = append(edits, e)
		}
		now = append(now, s)
	}
	return now, wants, edits
}

func benchmarkPlace(b *testing.B, reworded, replaced float64) {
	now, wants, _ := editedText(reworded, replaced)
	var res []Result
	for b.Loop() {
		res = Place(now, wants)
	}
	var counts [3]int
	for _, r := range res {
		counts[r.How]++
	}
	b.ReportMetric(float64(counts[Exact]), "exact")
	b.ReportMetric(float64(counts[Fuzzy]), "fuzzy")
	b.ReportMetric(float64(counts[Orphan]), "orphans")
}

// BenchmarkPlace20k: 20,000 sentences, 2,000 annotations, 10% of them
// reworded and 5% replaced.
func BenchmarkPlace20k(b *testing.B) { benchmarkPlace(b, 0.10, 0.05) }

// BenchmarkPlace20kAllReworded: every annotated sentence reworded.
func BenchmarkPlace20kAllReworded(b *testing.B) { benchmarkPlace(b, 1, 0) }

// BenchmarkPlace20kAllReplaced: every annotated sentence replaced, the
// worst case for the fuzzy search (every candidate is examined).
func BenchmarkPlace20kAllReplaced(b *testing.B) { benchmarkPlace(b, 0, 1) }

// TestEditedTextPlacement checks the benchmarks' texts: unchanged
// sentences are placed exactly, reworded ones fuzzily or (when rewording
// went beyond the bound) not at all, replaced ones not at all; no
// annotation lands on a wrong sentence.
func TestEditedTextPlacement(t *testing.T) {
	for _, c := range []struct {
		name               string
		reworded, replaced float64
	}{{"mixed", 0.10, 0.05}, {"all reworded", 1, 0}, {"all replaced", 0, 1}} {
		now, wants, edits := editedText(c.reworded, c.replaced)
		got := Place(now, wants)
		var fuzzy, reworded int
		for i, r := range got {
			e := edits[i]
			ok := r.Index == e.at && r.How == e.kind || r.How == Orphan && e.kind != Exact
			if !ok {
				t.Errorf("%s: want %d (%q): got %+v, want sentence %d, %v", c.name, i, wants[i].Quote, r, e.at, e.kind)
			}
			if e.kind == Fuzzy {
				reworded++
				if r.How == Fuzzy {
					fuzzy++
				}
			}
		}
		if fuzzy*10 < reworded*9 {
			t.Errorf("%s: only %d of %d reworded sentences were found", c.name, fuzzy, reworded)
		}
	}
}
