package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"annotator/app/model"
)

// TestChartHTMLEscapes draws the chart of a tag set whose names and
// colours are markup: the chart holds only its own svg, title, text and
// rect elements, the names show as text and a hostile colour is replaced.
func TestChartHTMLEscapes(t *testing.T) {
	d := model.New("Hostile", "One claim. Two claims.")
	d.TagSet = model.TagSet{Name: "H", Tags: []model.Tag{
		{ID: "x", Name: `<img src=x onerror="alert(1)">`, Color: `red" onload="alert(2)`},
		{ID: "y", Name: "Fact", Color: "#0072B2"},
	}}
	d.Marks[0].Tags = []string{"x"}
	got := chartHTML(progressOf(d, nil, nil).bars)
	var names []string
	for _, m := range tagsIn.FindAllStringSubmatch(got, -1) {
		names = append(names, m[1])
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if want := []string{"/rect", "/svg", "/text", "/title", "rect", "svg", "text", "title"}; !slices.Equal(names, want) {
		t.Errorf("chart holds elements %q, want only %q:\n%s", names, want, got)
	}
	if strings.Contains(got, "onload") || strings.Contains(got, `"alert`) {
		t.Errorf("a hostile colour or name reached an attribute:\n%s", got)
	}
	if !strings.Contains(got, "&lt;img src=x") {
		t.Errorf("the tag name is not shown as text:\n%s", got)
	}
}

// TestBarPlace checks the bars' geometry: the busiest tag gets the whole
// width, an unused one a sliver, and each count follows its bar.
func TestBarPlace(t *testing.T) {
	bars := []chartBar{{name: "a", count: 4}, {name: "b", count: 1}, {name: "c"}}
	for _, c := range []struct {
		k                 int
		x, width, countAt int
	}{
		{0, chartLabelW, chartBarW, chartLabelW + chartBarW + 6},
		{1, chartLabelW, chartBarW / 4, chartLabelW + chartBarW/4 + 6},
		{2, chartLabelW, 1, chartLabelW + 6},
	} {
		x, w, at := barPlace(bars, c.k)
		if x != c.x || w != c.width || at != c.countAt {
			t.Errorf("bar %d: x %d width %d count at %d, want %d %d %d", c.k, x, w, at, c.x, c.width, c.countAt)
		}
	}
}

// TestMeterClock checks that the storage meter's turn changes with the
// session's revision at most every meterEvery.
func TestMeterClock(t *testing.T) {
	var c meterClock
	first := c.tick(1)
	if c.tick(1) != first || c.tick(2) != first {
		t.Fatalf("the turn changed within %v", meterEvery)
	}
	c.at = c.at.Add(-2 * meterEvery)
	if c.tick(2) == first {
		t.Fatal("the turn did not change after a new revision and a pause")
	}
	before := c.rev
	c.at = time.Now().Add(-2 * meterEvery)
	if got := c.tick(2); got != before {
		t.Fatalf("an unchanged revision changed the turn from %d to %d", before, got)
	}
}
