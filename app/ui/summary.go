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

// summary is the progress chart and the annotation list. It is a component
// of its own so that moving the cursor (which re-renders the Reader) does
// not recount a long document: its props change only when marks do. It
// owns the list's filters.
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
}

// listCap is the most entries the annotation list draws; a filter narrows it.
const listCap = 200

// Render draws progress and the list.
func (s *summary) Render() app.UI {
	var graded func(int) bool
	if s.W != nil && len(s.W.Exercise.Scope) > 0 {
		graded = s.W.Exercise.Graded
	}
	if s.headsOf != s.S.Doc {
		s.heads, s.headsOf = nil, s.S.Doc // found once per document: headings are not counted
		for i := range s.S.Doc.Sentences {
			if s.S.Doc.IsHeading(i) {
				s.heads = append(s.heads, i)
			}
		}
	}
	return app.Div().Class("summary").Body(progress(s.S.Doc, s.heads, graded), s.renderList())
}

// renderList shows every annotated sentence that passes the filters, each a
// button that jumps to its sentence.
func (s *summary) renderList() app.UI {
	doc := s.S.Doc
	q := strings.ToLower(strings.TrimSpace(s.filter))
	var items []app.UI
	matches := 0
	for i, m := range doc.Marks {
		if m.Empty() || (s.filterTag != "" && !m.Uses(s.filterTag)) {
			continue
		}
		text := doc.SentenceText(i)
		if q != "" && !strings.Contains(strings.ToLower(text), q) && !strings.Contains(strings.ToLower(m.Note), q) {
			continue
		}
		matches++
		if len(items) >= listCap {
			continue
		}
		var names []string
		for _, id := range m.Tags {
			names = append(names, markup.TagName(doc, id))
		}
		for _, h := range m.Highlights {
			names = append(names, "“"+clip(text[h.Start:h.End], 30)+"” "+markup.TagName(doc, h.Tag))
		}
		body := []app.UI{
			app.Span().Class("li-head").Text(tr("Sentence %d", i+1)),
			app.Span().Class("li-tags").Text(strings.Join(names, " · ")),
			app.Span().Class("li-text").Dir("auto").Text(clip(text, 120)),
		}
		if m.Note != "" {
			body = append(body, app.Span().Class("li-note").Text(tr("Note: %s", clip(m.Note, 120))))
		}
		items = append(items, app.Li().Body(app.Button().Class("li").DataSet("jump", i).OnClick(s.onJump).Body(body...)))
	}
	opts := []app.UI{app.Option().Value("").Text(tr("All tags"))}
	for _, t := range doc.TagSet.Tags {
		opts = append(opts, app.Option().Value(t.ID).Selected(t.ID == s.filterTag).Text(t.Name))
	}
	count := trN(matches, "%d annotated sentence", "%d annotated sentences")
	if matches > listCap {
		count = tr("Showing %d of %d: narrow the filter to see the rest", listCap, matches)
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
		app.P().Class("hint").Aria("live", "polite").Text(count),
		app.Ul().Class("annos").DataSet("annotation-list", "true").Body(items...),
		app.If(len(s.S.Orphans) > 0, s.renderOrphans),
	)
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

// onJump makes the list entry's sentence current.
func (s *summary) onJump(ctx app.Context, e app.Event) { jumpFrom(ctx, e, s.H) }

// onFilter narrows the list by text.
func (s *summary) onFilter(ctx app.Context, e app.Event) {
	s.filter = e.Get("currentTarget").Get("value").String()
}

// onFilterTag narrows the list by tag.
func (s *summary) onFilterTag(ctx app.Context, e app.Event) {
	s.filterTag = e.Get("currentTarget").Get("value").String()
}
