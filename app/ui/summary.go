package ui

import (
	"slices"
	"strconv"
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

	ctx     app.Context // the context OnMount received, for the list's patches
	live    bool        // ctx is set (OnMount ran, OnDismount did not)
	next    []listEntry // the entries the last render found
	shown   []listEntry // the entries the list element ul shows
	ul      app.Value   // the list element patchList wrote into (nil before)
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
// button that jumps to its sentence. The entries themselves are not in
// go-app's tree: renderList writes their HTML into s.next, and patchList
// puts them into the empty list element once go-app has applied the render
// (list_html.go).
func (s *summary) renderList() app.UI {
	doc := s.S.Doc
	q := strings.ToLower(strings.TrimSpace(s.filter))
	// An entry the list shows is written again only when its mark changed,
	// or what every entry names did (the document, the language, the tags).
	prev := s.shown
	if s.wroteFor.doc != doc || s.wroteFor.n != len(doc.Sentences) || s.wroteFor.lang != uiLang || !slices.Equal(s.wroteFor.tags, doc.TagSet.Tags) {
		prev = nil
		s.wroteFor.doc, s.wroteFor.n, s.wroteFor.lang, s.wroteFor.tags = doc, len(doc.Sentences), uiLang, slices.Clone(doc.TagSet.Tags)
	}
	s.next = s.next[:0]
	var w htmlw
	matches, k := 0, 0
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
	if s.live {
		s.ctx.Defer(s.patchList) // the first render's patch is OnMount's
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
		app.Ul().Class("annos").DataSet("annotation-list", "true").OnClick(s.onListClick),
		app.If(len(s.S.Orphans) > 0, s.renderOrphans),
	)
}

// OnMount keeps the context for the list's patches and fills the list.
func (s *summary) OnMount(ctx app.Context) {
	s.ctx, s.live = ctx, true
	s.shown, s.ul = nil, nil
	ctx.Defer(s.patchList)
}

// OnDismount stops the list's patches: a summary mounted again fills its
// list afresh.
func (s *summary) OnDismount() { s.live = false }

// patchList brings the list element up to s.next, touching only the
// entries that changed. A list element it has not written (go-app made a
// new one) or that does not hold what it wrote is filled afresh.
func (s *summary) patchList(app.Context) {
	if !s.Mounted() {
		return
	}
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
