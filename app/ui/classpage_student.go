package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

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

// openIndex is the index of the open student in the view, -1 when none.
func (c *ClassPage) openIndex() int {
	st := c.shownStudent()
	if st == nil {
		return -1
	}
	for i := range c.view.Students {
		if &c.view.Students[i] == st {
			return i
		}
	}
	return -1
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
// key (an HTML part: studentListHTML), printable as a feedback sheet.
func (c *ClassPage) renderStudentView() app.UI {
	k := c.openIndex()
	if k < 0 {
		return nil
	}
	v, st := c.view, &c.view.Students[k]
	key := c.partKey(k)
	key.all = false // the sheet shows every sentence whatever the page
	list := c.parts.sv.get(key, func(int) string { return c.studentListHTML(k) })
	return app.Section().Class("student-view").Aria("labelledby", "sv-title").DataSet("student-view", st.Student).Body(
		app.H2().ID("sv-title").TabIndex(-1).Text(tr("Work of %s", c.shown(k))),
		app.P().Class("hint").Text(trN(st.Total, "Accuracy %[3]s · macro-F1 %[4]s · %[1]d of %[2]d graded sentence annotated.",
			"Accuracy %[3]s · macro-F1 %[4]s · %[1]d of %[2]d graded sentences annotated.", st.Annotated, st.Total, st.Accuracy, st.MacroF1)),
		app.Div().Class("editor-actions").Body(
			app.Button().Class("tool").DataSet("print", "student").OnClick(c.onPrint).Text(tr("Print this feedback sheet")),
			app.Button().Class("tool").DataSet("close-student", "true").OnClick(c.onCloseStudent).Text(tr("Close")),
		),
		c.rawPart("sv-part", list),
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

// renderNotes lists, sentence by sentence, every student's note (an HTML
// part: notesHTML).
func (c *ClassPage) renderNotes() app.UI {
	k := c.partKey(-1)
	return app.Section().Aria("labelledby", "notes-title").DataSet("notes", "true").Body(
		app.H2().ID("notes-title").Text(tr("Students' notes")),
		c.rawPart("notes-part", c.parts.notes.get(k, c.notesHTML)),
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
