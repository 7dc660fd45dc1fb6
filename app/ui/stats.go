package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
	"annotator/app/model"
)

// svgNS is the namespace SVG elements must be created in.
const svgNS = "http://www.w3.org/2000/svg"

// progress shows sentences annotated out of the total and a bar chart
// of how often each tag is used (sentence tags and highlights).
//
// With graded (an exercise's scope), only graded sentences count; without
// it, every sentence but the headings (heads, the heading sentences).
func progress(doc *model.Document, heads []int, graded func(int) bool) app.UI {
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
	counts := doc.TagUse()
	peak := 1
	for _, c := range counts {
		peak = max(peak, c)
	}
	const rowH, labelW, barW = 22, 120, 150
	// x places a position of the left-to-right chart, mirrored for a
	// right-to-left interface (where "start" anchors a text at its right).
	x := func(v int) int { return v }
	if uiLang.Dir() == "rtl" {
		x = func(v int) int { return labelW + barW + 40 - v }
	}
	height := rowH * len(counts)
	bars := make([]app.UI, 0, 3*len(counts)+1)
	bars = append(bars, app.Elem("title").XMLNS(svgNS).Text(tr("Sentences per tag")))
	for k, t := range doc.TagSet.Tags {
		y := k * rowH
		w := barW * counts[k] / peak
		bars = append(bars,
			svgText(x(0), y+15, clip(t.Name, 16), "start"),
			app.Elem("rect").XMLNS(svgNS).Attr("x", min(x(labelW), x(labelW+max(w, 1)))).Attr("y", y+4).Attr("width", max(w, 1)).
				Attr("height", rowH-8).Attr("rx", 3).Attr("fill", markup.SafeColor(t.Color)),
			svgText(x(labelW+w+6), y+15, strconv.Itoa(counts[k]), "start"),
		)
	}
	label := trN(total, "%d of %d sentence annotated", "%d of %d sentences annotated", done, total)
	if byScope {
		label = trN(total, "%d of %d graded sentence annotated", "%d of %d graded sentences annotated", done, total)
	}
	return app.Section().Class("panel").Aria("labelledby", "progress-title").Body(
		app.H2().ID("progress-title").Text(tr("Progress")),
		app.Label().For("progress").Text(label),
		app.Progress().ID("progress").Max(max(total, 1)).Value(done).DataSet("progress", done),
		app.Elem("svg").XMLNS(svgNS).Class("chart").Attr("role", "img").
			Aria("label", tr("Sentences per tag")).Attr("viewBox", fmt.Sprintf("0 0 %d %d", labelW+barW+40, max(height, 1))).
			Attr("width", labelW+barW+40).Attr("height", height).DataSet("tag-chart", "true").Body(bars...),
	)
}

// svgText is one label of the chart.
func svgText(x, y int, s, anchor string) app.UI {
	return app.Elem("text").XMLNS(svgNS).Attr("x", x).Attr("y", y).Attr("text-anchor", anchor).
		Attr("fill", "currentColor").Attr("font-size", 12).Text(s)
}
