package ui

import (
	"fmt"
	"strconv"

	"annotator/app/markup"
	"annotator/app/model"
)

// svgNS is the namespace SVG elements must be created in.
const svgNS = "http://www.w3.org/2000/svg"

// progressFigures are what the progress panel shows: how many sentences
// are annotated out of how many, said in label, and the bars of the chart
// of how often each tag is used (sentence tags and highlights).
type progressFigures struct {
	done, total int
	label       string
	bars        []chartBar
}

// chartBar is one bar of the chart: a tag's name and colour, and how
// many sentences use it.
type chartBar struct {
	name, color string
	count       int
}

// progressOf counts the progress of doc. With graded (an exercise's
// scope), only graded sentences count; without it, every sentence but the
// headings (heads, the heading sentences).
func progressOf(doc *model.Document, heads []int, graded func(int) bool) progressFigures {
	byScope := false
	total, done := len(doc.Sentences)-len(heads), doc.Annotated()
	for _, i := range heads {
		if !doc.Marks[i].Empty() {
			done--
		}
	}
	if graded != nil {
		total, done, byScope = 0, 0, true
		for i, m := range doc.Marks {
			if graded(i) {
				total++
				if !m.Empty() {
					done++
				}
			}
		}
	}
	label := trN(total, "%d of %d sentence annotated", "%d of %d sentences annotated", done, total)
	if byScope {
		label = trN(total, "%d of %d graded sentence annotated", "%d of %d graded sentences annotated", done, total)
	}
	counts := doc.TagUse()
	bars := make([]chartBar, len(counts))
	for k, t := range doc.TagSet.Tags {
		bars[k] = chartBar{name: clip(t.Name, 16), color: markup.SafeColor(t.Color), count: counts[k]}
	}
	return progressFigures{done: done, total: total, label: label, bars: bars}
}

// The chart's geometry: one row per tag, its name, its bar, its count.
const chartRowH, chartLabelW, chartBarW = 22, 120, 150

// chartWidth is the chart's width.
const chartWidth = chartLabelW + chartBarW + 40

// barPlace is where bar k of bars and its count go: the rect's x and
// width, the count's x. A right-to-left interface mirrors the chart (where
// "start" anchors a text at its right).
func barPlace(bars []chartBar, k int) (x, width, countX int) {
	peak := 1
	for _, b := range bars {
		peak = max(peak, b.count)
	}
	at := func(v int) int { return v }
	if uiLang.Dir() == "rtl" {
		at = func(v int) int { return chartWidth - v }
	}
	w := chartBarW * bars[k].count / peak
	return min(at(chartLabelW), at(chartLabelW+max(w, 1))), max(w, 1), at(chartLabelW + w + 6)
}

// chartHTML writes the chart of bars as an SVG element: every text in it
// is escaped (htmlw.text), and a colour has been through markup.SafeColor.
// Its children are the title, then a name, a rect and a count per bar:
// patchChart relies on that order.
func chartHTML(bars []chartBar) string {
	height := chartRowH * len(bars)
	nameX := 0
	if uiLang.Dir() == "rtl" {
		nameX = chartWidth
	}
	var w htmlw
	w.open("svg", "xmlns", svgNS, "class", "chart", "role", "img", "aria-label", tr("Sentences per tag"),
		"viewBox", fmt.Sprintf("0 0 %d %d", chartWidth, max(height, 1)),
		"width", strconv.Itoa(chartWidth), "height", strconv.Itoa(height), "data-tag-chart", "true")
	w.elem("title", tr("Sentences per tag"))
	label := func(x, y int, s string) {
		w.elem("text", s, "x", strconv.Itoa(x), "y", strconv.Itoa(y), "text-anchor", "start", "fill", "currentColor", "font-size", "12")
	}
	for k, b := range bars {
		y := k * chartRowH
		x, width, countX := barPlace(bars, k)
		label(nameX, y+15, b.name)
		w.open("rect", "x", strconv.Itoa(x), "y", strconv.Itoa(y+4), "width", strconv.Itoa(width),
			"height", strconv.Itoa(chartRowH-8), "rx", "3", "fill", b.color)
		w.close("rect")
		label(countX, y+15, strconv.Itoa(b.count))
	}
	w.close("svg")
	return w.String()
}
