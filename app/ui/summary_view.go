package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/i18n"
)

// summaryView is what summary.refresh last wrote into the page, and the
// elements it wrote into (found again when go-app made new ones).
type summaryView struct {
	root                     app.Value // the summary's element the others were found in
	label, bar, chart, count app.Value
	labelText, countText     string
	bars                     []chartBar // the chart's bars
	barsLang                 i18n.Lang  // the interface language they were written in (title, direction)
	done, total              int
	written                  bool // the figures above are in the page
}

// find looks the elements up again when the summary's element is not the
// one they were found in; it reports whether they are all there.
func (v *summaryView) find(root app.Value) bool {
	if v.root != nil && root.Equal(v.root) {
		return true
	}
	*v = summaryView{root: root}
	doc := app.Window().Get("document")
	v.label, v.bar = doc.Call("getElementById", "progress-label"), doc.Call("getElementById", "progress")
	v.chart, v.count = doc.Call("getElementById", "tag-chart"), doc.Call("getElementById", "list-count")
	for _, el := range []app.Value{v.label, v.bar, v.chart, v.count} {
		if !el.Truthy() {
			v.root = nil
			return false
		}
	}
	return true
}

// refresh brings what marks change up to date in the page, each part only
// when it changed: the progress label and bar, the chart, the count of
// entries and the list's entries (planList). It runs after every render of
// the summary and, after keys, on its own (Reader.settleQuietly).
func (s *summary) refresh() {
	if !s.live || !s.Mounted() {
		return
	}
	v := &s.view
	if !v.find(s.JSValue()) {
		return
	}
	p := progressOf(s.S.Doc, s.headings(), s.graded())
	if !v.written || p.label != v.labelText {
		v.label.Set("textContent", p.label)
		v.labelText = p.label
	}
	if !v.written || p.done != v.done || p.total != v.total {
		v.bar.Set("max", max(p.total, 1))
		v.bar.Set("value", p.done)
		v.bar.Call("setAttribute", "data-progress", strconv.Itoa(p.done))
		v.done, v.total = p.done, p.total
	}
	v.patchChart(p.bars)
	count := s.countText(s.collect())
	if !v.written || count != v.countText {
		v.count.Set("textContent", count)
		v.countText = count
	}
	v.written = true
	s.patchList()
}

// countText says how many entries match the filters.
func (s *summary) countText(matches int) string {
	if matches > listCap {
		return tr("Showing %d of %d: narrow the filter to see the rest", listCap, matches)
	}
	return trN(matches, "%d annotated sentence", "%d annotated sentences")
}

// collect finds every annotated sentence that passes the filters, puts
// the first listCap of them into s.next and returns how many there are.
// An entry the list shows is written again only when its mark changed, or
// what every entry names did (the document, the language, the tags).
func (s *summary) collect() (matches int) {
	doc := s.S.Doc
	q := strings.ToLower(strings.TrimSpace(s.filter))
	prev := s.shown
	if s.wroteFor.doc != doc || s.wroteFor.n != len(doc.Sentences) || s.wroteFor.lang != uiLang || !slices.Equal(s.wroteFor.tags, doc.TagSet.Tags) {
		prev = nil
		s.wroteFor.doc, s.wroteFor.n, s.wroteFor.lang, s.wroteFor.tags = doc, len(doc.Sentences), uiLang, slices.Clone(doc.TagSet.Tags)
	}
	s.next = s.next[:0]
	var w htmlw
	k := 0
	for i, m := range doc.Marks {
		if m.Empty() || (s.filterTag != "" && !m.Uses(s.filterTag)) {
			continue
		}
		if q != "" && !strings.Contains(strings.ToLower(doc.SentenceText(i)), q) && !strings.Contains(strings.ToLower(m.Note), q) {
			continue
		}
		matches++
		if len(s.next) >= listCap {
			continue
		}
		for k < len(prev) && prev[k].i < i {
			k++
		}
		if k < len(prev) && prev[k].i == i && prev[k].mark.Equal(m) {
			s.next = append(s.next, prev[k])
			continue
		}
		w.Reset()
		listEntryHTML(&w, doc, i, m)
		s.wrote++
		s.next = append(s.next, listEntry{i: i, html: w.String(), mark: cloneMark(m)})
	}
	return matches
}

// patchList brings the list element up to s.next, touching only the
// entries that changed. A list element it has not written (go-app made a
// new one) or that does not hold what it wrote is filled afresh.
func (s *summary) patchList() {
	ul := s.JSValue().Call("querySelector", "[data-annotation-list]")
	if !ul.Truthy() {
		return
	}
	if s.ul == nil || !ul.Equal(s.ul) || ul.Get("childElementCount").Int() != len(s.shown) {
		ul.Set("innerHTML", "")
		s.shown, s.ul = s.shown[:0], ul
	}
	ops := planList(s.shown, s.next)
	applyList(ul, ops)
	s.patches += len(ops)
	s.shown = append(s.shown[:0], s.next...)
	ul.Call("setAttribute", "data-patches", strconv.Itoa(s.patches))
	ul.Call("setAttribute", "data-entries-written", strconv.Itoa(s.wrote))
}

// patchChart brings the chart up to bars: it writes the whole chart when
// the tags (their names, colours, number) or the interface language (the
// chart's title, its direction) changed, and otherwise moves only the bars and counts that changed
// (re-creating the chart's elements cost a toggle's frame 1-1.5 ms of
// style and layout).
func (v *summaryView) patchChart(bars []chartBar) {
	same := v.written && len(bars) == len(v.bars) && v.barsLang == uiLang
	for k := 0; same && k < len(bars); k++ {
		same = bars[k].name == v.bars[k].name && bars[k].color == v.bars[k].color
	}
	if !same {
		v.chart.Set("innerHTML", chartHTML(bars))
		v.bars, v.barsLang = slices.Clone(bars), uiLang
		return
	}
	svg := v.chart.Get("firstElementChild")
	if !svg.Truthy() {
		return
	}
	kids := svg.Get("children")
	for k := range bars {
		x, width, countX := barPlace(bars, k)
		ox, owidth, ocountX := barPlace(v.bars, k)
		if x == ox && width == owidth && countX == ocountX && bars[k].count == v.bars[k].count {
			continue
		}
		rect, count := kids.Index(2+3*k), kids.Index(3+3*k)
		if !rect.Truthy() || !count.Truthy() {
			v.chart.Set("innerHTML", chartHTML(bars))
			break
		}
		rect.Call("setAttribute", "x", strconv.Itoa(x))
		rect.Call("setAttribute", "width", strconv.Itoa(width))
		count.Call("setAttribute", "x", strconv.Itoa(countX))
		count.Set("textContent", strconv.Itoa(bars[k].count))
	}
	v.bars = slices.Clone(bars)
}
