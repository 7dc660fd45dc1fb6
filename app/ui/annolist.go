package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
)

// listCap is the most entries the annotation list draws; a filter narrows it.
const listCap = 200

// renderList shows every annotated sentence that passes the filters, each a
// button that jumps to its sentence.
func (r *Reader) renderList() app.UI {
	q := strings.ToLower(strings.TrimSpace(r.filter))
	var items []app.UI
	matches := 0
	for i, m := range r.doc.Marks {
		if m.Empty() || (r.filterTag != "" && !m.Uses(r.filterTag)) {
			continue
		}
		text := r.doc.SentenceText(i)
		if q != "" && !strings.Contains(strings.ToLower(text), q) && !strings.Contains(strings.ToLower(m.Note), q) {
			continue
		}
		matches++
		if len(items) >= listCap {
			continue
		}
		var names []string
		for _, id := range m.Tags {
			names = append(names, markup.TagName(r.doc, id))
		}
		for _, h := range m.Highlights {
			names = append(names, "“"+clip(text[h.Start:h.End], 30)+"” "+markup.TagName(r.doc, h.Tag))
		}
		body := []app.UI{
			app.Span().Class("li-head").Text(fmt.Sprintf("Sentence %d", i+1)),
			app.Span().Class("li-tags").Text(strings.Join(names, " · ")),
			app.Span().Class("li-text").Text(clip(text, 120)),
		}
		if m.Note != "" {
			body = append(body, app.Span().Class("li-note").Text("Note: "+clip(m.Note, 120)))
		}
		items = append(items, app.Li().Body(app.Button().Class("li").DataSet("jump", i).OnClick(r.onJump).Body(body...)))
	}
	opts := []app.UI{app.Option().Value("").Text("All tags")}
	for _, t := range r.doc.TagSet.Tags {
		opts = append(opts, app.Option().Value(t.ID).Selected(t.ID == r.filterTag).Text(t.Name))
	}
	summary := fmt.Sprintf("%d annotated sentences", matches)
	if matches > listCap {
		summary = fmt.Sprintf("Showing %d of %d: narrow the filter to see the rest", listCap, matches)
	}
	return app.Section().Class("panel").Aria("labelledby", "list-title").Body(
		app.H2().ID("list-title").Text("Annotations"),
		app.Div().Class("filters").Body(
			app.Label().For("filter").Class("sr-only").Text("Filter annotations by text"),
			app.Input().ID("filter").Type("search").DataSet("filter", "true").Placeholder("Filter by text (/)").
				Value(r.filter).OnInput(r.onFilter),
			app.Label().For("filter-tag").Class("sr-only").Text("Filter annotations by tag"),
			app.Select().ID("filter-tag").DataSet("filter-tag", "true").OnChange(r.onFilterTag).Body(opts...),
		),
		app.P().Class("hint").Aria("live", "polite").Text(summary),
		app.Ul().Class("annos").DataSet("annotation-list", "true").Body(items...),
		app.If(len(r.orphans) > 0, r.renderOrphans),
	)
}

// renderOrphans lists annotations whose sentence is no longer in the text:
// kept with their text, tags and note, never dropped.
func (r *Reader) renderOrphans() app.UI {
	items := make([]app.UI, 0, len(r.orphans))
	for _, o := range r.orphans {
		var names []string
		for _, id := range o.Tags {
			names = append(names, markup.TagName(r.doc, id))
		}
		for _, h := range o.Highlights {
			names = append(names, "highlight "+markup.TagName(r.doc, h.Tag))
		}
		body := []app.UI{
			app.Span().Class("li-tags").Text(strings.Join(names, " · ")),
			app.Span().Class("li-text").Text(clip(o.Quote, 160)),
		}
		if o.Note != "" {
			body = append(body, app.Span().Class("li-note").Text("Note: "+clip(o.Note, 160)))
		}
		items = append(items, app.Li().Class("li", "orphan").DataSet("orphan", "true").Body(body...))
	}
	return app.Div().Body(
		app.H3().Text(fmt.Sprintf("Orphaned (%d)", len(r.orphans))),
		app.P().Class("hint").Text("These annotations belong to sentences that are no longer in the text. They are kept, with their text, tags and notes."),
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

// onJump makes the list entry's sentence current and returns focus to the article.
func (r *Reader) onJump(ctx app.Context, e app.Event) {
	if i, ok := dataInt(e.Get("currentTarget"), "data-jump"); ok {
		r.moveTo(ctx, i)
		r.status = fmt.Sprintf("Jumped to sentence %d.", i+1)
		r.scroll = i
	}
}

// onFilter narrows the list by text.
func (r *Reader) onFilter(ctx app.Context, e app.Event) {
	r.filter = e.Get("currentTarget").Get("value").String()
}

// onFilterTag narrows the list by tag.
func (r *Reader) onFilterTag(ctx app.Context, e app.Event) {
	r.filterTag = e.Get("currentTarget").Get("value").String()
}
