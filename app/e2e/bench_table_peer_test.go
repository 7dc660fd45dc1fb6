package e2e

import (
	"math"
	"strings"
	"testing"
)

// TestBenchTablePeerColumns checks the summary's columns for the other
// pages: a keystroke line shows the floor's and Recogito's median / p95
// next to the app's, with both ratios; a single figure shows one value
// and one ratio; a line without a peer figure shows dashes; notes print
// once, under the table.
func TestBenchTablePeerColumns(t *testing.T) {
	s := newSummary()
	s.declare("keys/toggle/200", "keystroke to paint, tag toggle (key 1), 200", unitMs, 16.7, "p95 ≤ 16.7 ms")
	s.declare("mem/heap/200", "JS heap used after GC, 200", unitBytes, nan, "")
	s.declare("keys/move/200", "keystroke to paint, cursor move (key j/k), 200", unitMs, 16.7, "p95 ≤ 16.7 ms")
	s.withinFloor("keys/move/200", 1.5)
	s.declare("keys/move/2000", "keystroke to paint, cursor move (key j/k), 2,000", unitMs, 16.7, "p95 ≤ 16.7 ms")
	s.withinFloor("keys/move/2000", 1.5)
	s.set("keys/toggle/200", 10, 12, "n=64")
	s.setFloor("keys/toggle/200", 4, 6)
	s.setPeer("keys/toggle/200", 20, 24)
	s.set("mem/heap/200", 2e6, nan, "")
	s.setFloor("mem/heap/200", 1e6, nan)
	s.setPeer("mem/heap/200", 4e6, nan)
	s.set("keys/move/200", 8, 9, "")
	s.setFloor("keys/move/200", 4, 4.5)
	s.set("keys/move/2000", 6, 6.5, "")
	s.setFloor("keys/move/2000", 4, 4.5)
	s.footnote("Recogito: what the peer page does.")
	s.footnote("Recogito: what the peer page does.")

	var out strings.Builder
	s.print(&out)
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) != 7 {
		t.Fatalf("table has %d lines, want header, rule, 4 figures and 1 note:\n%s", len(lines), out.String())
	}
	header := strings.Fields(lines[0])
	for _, col := range []string{"app/floor", "Recogito", "app/Recogito"} {
		if !strings.Contains(strings.Join(header, " "), col) {
			t.Errorf("header %q lacks %q", lines[0], col)
		}
	}
	row := func(i int) string { return strings.Join(strings.Fields(lines[i]), " ") }
	for i, want := range map[int][]string{
		2: {"10.0 ms 12.0 ms 4.0 / 6.0 ms 2.5× / 2.0× 20.0 / 24.0 ms 0.5× / 0.5× p95 ≤ 16.7 ms ✓ n=64"},
		3: {"2.00 MB – 1.00 MB 2.0× 4.00 MB 0.5×"},
		// Within 16.7 ms but not within 1.5 × the floor; then within both.
		4: {"8.0 ms 9.0 ms 4.0 / 4.5 ms 2.0× / 2.0× – – p95 ≤ 16.7 ms, ≤ 1.5× floor ✗"},
		5: {"6.0 ms 6.5 ms 4.0 / 4.5 ms 1.5× / 1.4× – – p95 ≤ 16.7 ms, ≤ 1.5× floor ✓"},
	} {
		for _, w := range want {
			if !strings.Contains(row(i), w) {
				t.Errorf("line %d = %q, want it to contain %q", i, row(i), w)
			}
		}
	}
	if lines[6] != "* Recogito: what the peer page does." {
		t.Errorf("note line = %q", lines[6])
	}
}

// TestBenchNoteWraps checks that a long note under the table is wrapped
// between words, no line wider than asked unless one word is.
func TestBenchNoteWraps(t *testing.T) {
	got := wrapNote("Recogito redraws its highlight layer in the animation frame after a 10 ms debounce", 30)
	want := "* Recogito redraws its\n  highlight layer in the\n  animation frame after a 10\n  ms debounce"
	if got != want {
		t.Errorf("wrapNote = %q, want %q", got, want)
	}
	if got := wrapNote("a-very-long-word-alone", 5); got != "* a-very-long-word-alone" {
		t.Errorf("wrapNote of one long word = %q", got)
	}
}

// TestBenchPeerRatioNaN checks that a missing figure gives a dash, not
// "NaN×" or "+Inf×".
func TestBenchPeerRatioNaN(t *testing.T) {
	l := &line{unit: unitMs, value: 3, p95: math.NaN()}
	for _, c := range []struct{ med, p95 float64 }{{nan, nan}, {0, 0}, {nan, 0}} {
		fig, ratio := l.against(c.med, c.p95)
		if strings.Contains(fig+ratio, "NaN") || strings.Contains(fig+ratio, "Inf") {
			t.Errorf("against(%v, %v) = %q, %q", c.med, c.p95, fig, ratio)
		}
	}
}
