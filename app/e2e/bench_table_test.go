package e2e

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
)

// unit says how a figure prints.
type unit int

const (
	unitMs unit = iota
	unitBytes
)

// format prints v in the unit.
func (u unit) format(v float64) string {
	if u == unitBytes {
		return fmtBytes(v)
	}
	return fmtMs(v)
}

// line is one row of the summary table. The checked figure is the p95
// when the line has one (keystrokes), else the value (a median or a
// single figure); it meets the target when it is at most limit.
type line struct {
	label  string
	unit   unit
	limit  float64 // NaN: no target
	target string

	done     bool
	value    float64 // median, or the figure
	p95      float64 // NaN when not a distribution
	floor    float64 // p95 (or value) of the same measure on the JavaScript floor page; NaN when none
	floorMed float64 // median on the floor page, for a distribution
	peer     float64 // p95 (or value) of the same measure on the Recogito peer page; NaN when none
	peerMed  float64 // median on the peer page, for a distribution
	// floorLimit, when not NaN, is the most the line may be of the floor
	// page's figure, at the median and at p95 (#20: keys within 1.5 ×).
	floorLimit float64
	note       string
}

// checked is the figure compared with the target.
func (l *line) checked() float64 {
	if !math.IsNaN(l.p95) {
		return l.p95
	}
	return l.value
}

// summary is the one table `make bench` prints: every line is declared
// up front in print order, each measurement fills its lines, and a line
// left empty says why it was not measured.
type summary struct {
	mu    sync.Mutex
	order []string
	lines map[string]*line
	why   map[string]string // reason per key prefix, for lines left empty
	notes []string          // printed under the table, in order
}

// newSummary returns an empty table.
func newSummary() *summary {
	return &summary{lines: map[string]*line{}, why: map[string]string{}}
}

// declare adds a line; limit is NaN for a figure without a target.
func (s *summary) declare(key, label string, u unit, limit float64, target string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.order = append(s.order, key)
	s.lines[key] = &line{label: label, unit: u, limit: limit, target: target,
		value: math.NaN(), p95: math.NaN(), floor: math.NaN(), floorMed: math.NaN(),
		peer: math.NaN(), peerMed: math.NaN(), floorLimit: math.NaN()}
}

// withinFloor adds to a declared line the target of being at most ratio
// times the floor page's figure, median and p95; the line's target text
// says so.
func (s *summary) withinFloor(key string, ratio float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.lines[key]
	l.floorLimit = ratio
	l.target = strings.TrimPrefix(l.target+fmt.Sprintf(", ≤ %.1f× floor", ratio), ", ")
}

// meets reports whether the line meets its targets: the limit on its
// checked figure and the ratio to the floor page (a line with a ratio
// target and no floor figure does not meet it).
func (l *line) meets() bool {
	if !math.IsNaN(l.limit) && (math.IsNaN(l.checked()) || l.checked() > l.limit) {
		return false
	}
	if math.IsNaN(l.floorLimit) {
		return true
	}
	r := l.floorLimit
	if math.IsNaN(l.floorMed) || l.floorMed <= 0 || l.floor <= 0 || math.IsNaN(l.p95) {
		return !math.IsNaN(l.floor) && l.floor > 0 && l.checked() <= r*l.floor
	}
	return l.value <= r*l.floorMed && l.p95 <= r*l.floor
}

// set records a line's figure (and p95, NaN for a single figure).
func (s *summary) set(key string, value, p95 float64, note string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, ok := s.lines[key]
	if !ok {
		panic("summary: undeclared line " + key)
	}
	l.done, l.value, l.p95 = true, value, p95
	if note != "" {
		l.note = note
	}
}

// setFloor records the floor page's figure for a line: its median and
// p95 (NaN for a single figure, given as the median).
func (s *summary) setFloor(key string, med, p95 float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l, ok := s.lines[key]; ok {
		l.floorMed, l.floor = med, p95
		if math.IsNaN(p95) {
			l.floorMed, l.floor = math.NaN(), med
		}
	}
}

// setPeer records the Recogito peer page's figure for a line, as
// setFloor does for the floor page.
func (s *summary) setPeer(key string, med, p95 float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l, ok := s.lines[key]; ok {
		l.peerMed, l.peer = med, p95
		if math.IsNaN(p95) {
			l.peerMed, l.peer = math.NaN(), med
		}
	}
}

// footnote adds a note printed under the table (once, however often it
// is given).
func (s *summary) footnote(text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !slices.Contains(s.notes, text) {
		s.notes = append(s.notes, text)
	}
}

// unmeasured gives the reason printed for every empty line whose key
// starts with prefix (a sub-benchmark that failed or was not selected).
func (s *summary) unmeasured(prefix, why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.why[prefix] = why
}

// print writes the table.
func (s *summary) print(w io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "figure\tmedian\tp95\tfloor (median / p95)\tapp/floor\tRecogito (median / p95)\tapp/Recogito\ttarget\tok\tnote")
	fmt.Fprintln(tw, "------\t------\t---\t--------------------\t---------\t-----------------------\t------------\t------\t--\t----")
	for _, key := range s.order {
		l := s.lines[key]
		if !l.done {
			why := "not measured"
			for prefix, w := range s.why {
				if strings.HasPrefix(key, prefix) {
					why = "not measured: " + w
				}
			}
			fmt.Fprintf(tw, "%s\tn/m\t\t\t\t\t\t%s\t\t%s\n", l.label, orDash(l.target), why)
			continue
		}
		p95, ok := "–", ""
		if !math.IsNaN(l.p95) {
			p95 = l.unit.format(l.p95)
		}
		floor, ratio := l.against(l.floorMed, l.floor)
		peer, peerRatio := l.against(l.peerMed, l.peer)
		if !math.IsNaN(l.limit) || !math.IsNaN(l.floorLimit) {
			ok = "✓"
			if !l.meets() {
				ok = "✗"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", l.label, l.unit.format(l.value), p95, floor, ratio, peer, peerRatio, orDash(l.target), ok, l.note)
	}
	tw.Flush()
	for _, n := range s.notes {
		fmt.Fprintln(w, wrapNote(n, 110))
	}
}

// wrapNote formats a note as "* text", its words wrapped at width
// columns, continuation lines indented by two spaces.
func wrapNote(text string, width int) string {
	var sb strings.Builder
	col := 0
	for i, word := range strings.Fields(text) {
		switch {
		case i == 0:
			sb.WriteString("* ")
			col = 2
		case col+1+len([]rune(word)) > width:
			sb.WriteString("\n  ")
			col = 2
		default:
			sb.WriteByte(' ')
			col++
		}
		sb.WriteString(word)
		col += len([]rune(word))
	}
	return sb.String()
}

// against formats another page's figure of the line (its median and
// p95, or a single figure as p95 with a NaN median) and the line's ratio
// to it: "4.1 / 6.0 ms" and "2.5× / 2.2×"; dashes when there is none.
func (l *line) against(med, p95 float64) (figure, ratio string) {
	switch {
	case !math.IsNaN(med) && !math.IsNaN(p95):
		return strings.TrimSuffix(l.unit.format(med), " ms") + " / " + l.unit.format(p95),
			fmt.Sprintf("%s / %s", times(l.value, med), times(l.p95, p95))
	case !math.IsNaN(p95):
		return l.unit.format(p95), times(l.checked(), p95)
	}
	return "–", "–"
}

// orDash returns s, or "–" when it is empty.
func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// times formats the ratio a/b as "3.2×".
func times(a, b float64) string {
	if b <= 0 || math.IsNaN(a) || math.IsNaN(b) {
		return "–"
	}
	return fmt.Sprintf("%.1f×", a/b)
}
