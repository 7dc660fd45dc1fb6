package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/i18n"
	"annotator/app/library"
	"annotator/app/markup"
	"annotator/app/model"
	"annotator/app/session"
)

// summary is the progress panel and the annotation list. It is a
// component of its own so that moving the cursor (which re-renders the
// Reader) does not recount a long document: its props change only when
// marks do. It owns the list's filters.
//
// What marks change is not in go-app's tree: the progress label and bar,
// the chart, the count of entries and the entries themselves are written
// by refresh, each only when it changed (summary_view.go). go-app renders
// the panels around them, which change only with the document, the tag
// set, the filters and the language. After keys, the Reader calls refresh
// alone (settleQuietly): no render of the Reader, no diff of the page.
type summary struct {
	app.Compo
	// H is the reader (the same pointer on every render).
	H host
	// Lang is the interface language, so that a switch renders the panel again.
	Lang i18n.Lang
	// S is the session shown; Rev changes whenever a mark changes; W is
	// the exercise work on it (nil for none), whose graded scope the
	// progress counts.
	S   *session.Session
	Rev int
	W   *library.Work

	filter, filterTag string
	heads             []int           // the heading sentences of headsOf
	headsOf           *model.Document // the document heads were found in

	ctx     app.Context // the context OnMount received
	live    bool        // ctx is set (OnMount ran, OnDismount did not)
	view    summaryView // what refresh last wrote into the page
	next    []listEntry // the entries the last refresh found
	ul      app.Value   // the list element patchList wrote into (nil before)
	shown   []listEntry // the entries the list element shows
	patches int         // steps patchList took so far, for data-patches
	wrote   int         // entries written so far, for data-entries-written
	// wroteFor is what the entries of shown were written for.
	wroteFor struct {
		doc  *model.Document
		n    int
		lang i18n.Lang
		tags []model.Tag
	}
}

// listCap is the most entries the annotation list draws; a filter narrows it.
const listCap = 200

// Render draws the panels. On the server (the prerendered page) the
// progress label and bar show their figures; in the browser refresh
// writes them, after this render.
func (s *summary) Render() app.UI {
	if s.live {
		s.ctx.Defer(func(app.Context) { s.refresh() })
	}
	label := app.Label().ID("progress-label").For("progress")
	bar := app.Progress().ID("progress")
	if !app.IsClient {
		p := progressOf(s.S.Doc, s.headings(), s.graded())
		label.Text(p.label)
		bar.Max(max(p.total, 1)).Value(p.done).DataSet("progress", p.done)
	} else {
		label.Text("")
	}
	return app.Div().Class("summary").Body(
		app.Section().Class("panel").Aria("labelledby", "progress-title").Body(
			app.H2().ID("progress-title").Text(tr("Progress")),
			label,
			bar,
			app.Div().ID("tag-chart").Class("chart-slot"),
		),
		s.renderList(),
	)
}

// graded is the exercise's scope (nil when every sentence counts).
func (s *summary) graded() func(int) bool {
	if s.W != nil && len(s.W.Exercise.Scope) > 0 {
		return s.W.Exercise.Graded
	}
	return nil
}

// headings returns the heading sentences of the document, found once per
// document: headings are not counted.
func (s *summary) headings() []int {
	if s.headsOf != s.S.Doc {
		s.heads, s.headsOf = nil, s.S.Doc
		for i := range s.S.Doc.Sentences {
			if s.S.Doc.IsHeading(i) {
				s.heads = append(s.heads, i)
			}
		}
	}
	return s.heads
}

// renderList draws the filters and the empty list element that refresh
// fills; every entry is a button that jumps to its sentence.
func (s *summary) renderList() app.UI {
	doc := s.S.Doc
	count := ""
	if !app.IsClient {
		count = s.countText(s.collect())
	}
	opts := []app.UI{app.Option().Value("").Text(tr("All tags"))}
	for _, t := range doc.TagSet.Tags {
		opts = append(opts, app.Option().Value(t.ID).Selected(t.ID == s.filterTag).Text(t.Name))
	}
	return app.Section().Class("panel").Aria("labelledby", "list-title").Body(
		app.H2().ID("list-title").Text(tr("Annotations")),
		app.Div().Class("filters").Body(
			app.Label().For("filter").Class("sr-only").Text(tr("Filter annotations by text")),
			app.Input().ID("filter").Type("search").DataSet("filter", "true").Placeholder(tr("Filter by text (/)")).
				Value(s.filter).OnInput(s.onFilter),
			app.Label().For("filter-tag").Class("sr-only").Text(tr("Filter annotations by tag")),
			app.Select().ID("filter-tag").DataSet("filter-tag", "true").OnChange(s.onFilterTag).Body(opts...),
		),
		app.P().ID("list-count").Class("hint").Aria("live", "polite").Text(count),
		app.Ul().Class("annos").DataSet("annotation-list", "true").OnClick(s.onListClick),
		app.If(len(s.S.Orphans) > 0, s.renderOrphans),
	)
}

// OnMount fills what refresh writes, once go-app has put the panels in
// the page, and tells the reader the summary is there.
func (s *summary) OnMount(ctx app.Context) {
	s.ctx, s.live = ctx, true
	s.view, s.shown, s.ul = summaryView{}, nil, nil
	s.H.summaryShown(s)
	ctx.Defer(func(app.Context) { s.refresh() })
}

// OnDismount stops the refreshes: a summary mounted again fills its
// parts afresh.
func (s *summary) OnDismount() {
	s.live = false
	s.H.summaryShown(nil)
}

// onListClick makes the sentence of the list entry clicked current (one
// listener serves every entry: it reads data-jump from the entry).
func (s *summary) onListClick(ctx app.Context, e app.Event) {
	t := e.Get("target")
	if !t.Truthy() || !t.Get("closest").Truthy() {
		return
	}
	if i, ok := dataInt(t.Call("closest", "[data-jump]"), "data-jump"); ok {
		s.H.apply(ctx, s.H.session().Jump(i))
	}
}

// renderOrphans lists annotations whose sentence is no longer in the text:
// kept with their text, tags and note, never dropped.
func (s *summary) renderOrphans() app.UI {
	doc := s.S.Doc
	items := make([]app.UI, 0, len(s.S.Orphans))
	for _, o := range s.S.Orphans {
		var names []string
		for _, id := range o.Tags {
			names = append(names, markup.TagName(doc, id))
		}
		for _, h := range o.Highlights {
			names = append(names, tr("highlight %s", markup.TagName(doc, h.Tag)))
		}
		body := []app.UI{
			app.Span().Class("li-tags").Text(strings.Join(names, " · ")),
			app.Span().Class("li-text").Dir("auto").Text(clip(o.Quote, 160)),
		}
		if o.Note != "" {
			body = append(body, app.Span().Class("li-note").Text(tr("Note: %s", clip(o.Note, 160))))
		}
		items = append(items, app.Li().Class("li", "orphan").DataSet("orphan", "true").Body(body...))
	}
	return app.Div().Body(
		app.H3().Text(tr("Orphaned (%d)", len(s.S.Orphans))),
		app.P().Class("hint").Text(tr("These annotations belong to sentences that are no longer in the text. They are kept, with their text, tags and notes.")),
		app.Ul().Class("annos").DataSet("orphans", "true").Body(items...),
	)
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// onFilter narrows the list by text.
func (s *summary) onFilter(ctx app.Context, e app.Event) {
	s.filter = e.Get("currentTarget").Get("value").String()
}

// onFilterTag narrows the list by tag.
func (s *summary) onFilterTag(ctx app.Context, e app.Event) {
	s.filterTag = e.Get("currentTarget").Get("value").String()
}
