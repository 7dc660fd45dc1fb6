package ui

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/agreement"
	"annotator/app/classroom"
)

// shownStudent is the student whose view is open, or nil.
func (c *ClassPage) shownStudent() *classroom.StudentStats {
	if c.view == nil {
		return nil
	}
	for k := range c.view.Students {
		if s := &c.view.Students[k]; s.Student == c.student && (c.studentFile == "" || s.File == c.studentFile) {
			return s
		}
	}
	return nil
}

// shown is the name the view shows for student k: the name, or "Student
// k+1" when anonymised (for projecting the view to the class).
func (c *ClassPage) shown(k int) string {
	if c.anon {
		return tr("Student %d", k+1)
	}
	return c.view.Students[k].Student
}

// onShowStudent opens one student's work beside the key.
func (c *ClassPage) onShowStudent(ctx app.Context, e app.Event) {
	c.student, c.studentFile = attr(e, "data-show-student"), attr(e, "data-file")
	ctx.Defer(func(app.Context) { focus("[data-student-view] h2") })
}

// onAnonymise switches between names and "Student 1…n".
func (c *ClassPage) onAnonymise(ctx app.Context, e app.Event) {
	c.anon = e.Get("currentTarget").Get("checked").Bool()
}

// onPrint prints the class report, or (data-print="student") the open
// student's feedback sheet alone.
func (c *ClassPage) onPrint(ctx app.Context, e app.Event) {
	root := app.Window().Get("document").Get("documentElement")
	root.Call("setAttribute", "data-printing", attr(e, "data-print"))
	app.Window().Call("print")
	root.Call("removeAttribute", "data-printing")
}

// renderStudentView is one student's work sentence by sentence beside the
// key: match, missed, extra, their highlights and notes, with the tags
// named in text (printable as a feedback sheet).
func (c *ClassPage) renderStudentView() app.UI {
	st := c.shownStudent()
	if st == nil {
		return nil
	}
	v := c.view
	k := 0
	for i := range v.Students {
		if &v.Students[i] == st {
			k = i
		}
	}
	items := make([]app.UI, 0, len(st.Marks))
	for i, m := range st.Marks {
		s := v.Sentences[i]
		mine, key := agreement.NewSet(m.Tags...), agreement.NewSet(s.Key.Tags...)
		match := slices.Equal(mine, key)
		for _, alt := range s.Alternatives {
			match = match || slices.Equal(mine, agreement.NewSet(alt...))
		}
		status, cls := "differs", "fb-no"
		if match {
			status, cls = "match", "fb-ok"
		}
		verdict := tr("✗ differs from the key")
		if match {
			verdict = tr("✓ matches the key")
		}
		if !s.Graded {
			verdict = tr("not graded")
		}
		parts := []string{verdict, tr("Student: %s", tagList(v, mine))}
		if !v.HasKey {
			parts = parts[1:]
		}
		if v.HasKey {
			parts = append(parts, tr("Key: %s", tagList(v, key)))
			if miss := without(key, mine); len(miss) > 0 && !match {
				parts = append(parts, tr("missed: %s", tagList(v, miss)))
			}
			if extra := without(mine, key); len(extra) > 0 && !match {
				parts = append(parts, tr("extra: %s", tagList(v, extra)))
			}
		}
		for _, h := range m.Highlights {
			parts = append(parts, tr("highlight %s “%s”", tagName(v, h.Tag), clip(s.Text[min(h.Start, len(s.Text)):min(h.End, len(s.Text))], 40)))
		}
		body := []app.UI{
			app.Span().Class("li-head").Text(tr("Sentence %d", i+1)),
			app.Span().Class("li-text").Dir("auto").Text(s.Text),
			app.Span().Class("li-tags").Text(strings.Join(parts, " · ")),
		}
		if m.Note != "" {
			body = append(body, app.Span().Class("li-note").Text(tr("Note: %s", m.Note)))
		}
		if v.HasKey && !match && s.Graded {
			body = append(body, app.Button().Class("tool").DataSet("accept", i).OnClick(c.onAccept).Text(tr("Accept this answer as also correct")))
		}
		if !s.Graded {
			status, cls = "ungraded", "fb-none"
		}
		items = append(items, app.Li().Class("sv", cls).DataSet("sv-sentence", i).DataSet("match", status).Body(body...))
	}
	return app.Section().Class("student-view").Aria("labelledby", "sv-title").DataSet("student-view", st.Student).Body(
		app.H2().ID("sv-title").TabIndex(-1).Text(tr("Work of %s", c.shown(k))),
		app.P().Class("hint").Text(trN(st.Total, "Accuracy %[3]s · macro-F1 %[4]s · %[1]d of %[2]d graded sentence annotated.",
			"Accuracy %[3]s · macro-F1 %[4]s · %[1]d of %[2]d graded sentences annotated.", st.Annotated, st.Total, st.Accuracy, st.MacroF1)),
		app.Div().Class("editor-actions").Body(
			app.Button().Class("tool").DataSet("print", "student").OnClick(c.onPrint).Text(tr("Print this feedback sheet")),
			app.Button().Class("tool").DataSet("close-student", "true").OnClick(c.onCloseStudent).Text(tr("Close")),
		),
		app.Ol().Class("annos", "sv-list").Body(items...),
		app.If(v.HasKey, func() app.UI {
			return confusionTable(v, st.Confusion, "confusion-"+st.Student, tr("Key tag × %s's tag", c.shown(k)))
		}),
	)
}

// onCloseStudent closes the student's view.
func (c *ClassPage) onCloseStudent(ctx app.Context, e app.Event) { c.student, c.studentFile = "", "" }

// without lists the members of a not in b.
func without(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// renderNotes lists, sentence by sentence, every student's note.
func (c *ClassPage) renderNotes() app.UI {
	v := c.view
	var items []app.UI
	for _, s := range v.Sentences {
		if len(s.Notes) == 0 {
			continue
		}
		shown := s.Notes[:c.shownRows(len(s.Notes))]
		notes := make([]app.UI, len(shown), len(shown)+1)
		for j, n := range shown {
			notes[j] = app.Li().DataSet("note-by", n.Student).Body(app.Strong().Text(tr("%s: ", c.shown(n.Index))), app.Text(n.Note))
		}
		if more := len(s.Notes) - len(shown); more > 0 {
			notes = append(notes, app.Li().Class("hint").Text(trN(more, "and %d more note (Show every student above)", "and %d more notes (Show every student above)")))
		}
		items = append(items, app.Li().DataSet("notes-sentence", s.Index).Body(
			app.Span().Class("li-head").Text(tr("Sentence %d", s.Index+1)),
			app.Span().Class("li-text").Dir("auto").Text(clip(s.Text, 160)),
			app.Ul().Body(notes...),
		))
	}
	if len(items) == 0 {
		items = append(items, app.Li().Text(tr("No student wrote a note.")))
	}
	return app.Section().Aria("labelledby", "notes-title").DataSet("notes", "true").Body(
		app.H2().ID("notes-title").Text(tr("Students' notes")),
		app.Ol().Class("annos").Body(items...),
	)
}

// confusionTable shows how often each key tag met each student tag.
func confusionTable(v *classroom.ClassView, cf classroom.Confusion, hook, caption string) app.UI {
	head := []app.UI{app.Th().Body(app.Span().Class("sr-only").Text(tr("Key tag")))}
	for k := range cf.Labels {
		head = append(head, app.Th().Scope("col").Text(tagName(v, cf.Label(k))))
	}
	rows := []app.UI{}
	for r := range cf.Labels {
		cells := []app.UI{app.Th().Scope("row").Text(tagName(v, cf.Label(r)))}
		for s := range cf.Labels {
			cell := app.Td().Text(cf.Counts[r][s])
			if r == s && cf.Counts[r][s] > 0 {
				cell = cell.Class("diag")
			}
			cells = append(cells, cell)
		}
		rows = append(rows, app.Tr().Body(cells...))
	}
	return app.Div().Class("scroll").Body(app.Table().Class("lib-table", "confusion").DataSet("confusion", hook).Body(
		app.Caption().Text(tr("%s (rows: the key; columns: the student; over the graded sentences)", caption)),
		app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(rows...)))
}
