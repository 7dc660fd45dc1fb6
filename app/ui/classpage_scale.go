package ui

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
)

// A class view of hundreds of students stays quick: it draws a page of
// rows and notes until asked for every one, and Cohen's kappa for every
// pair only for a small class (a pair's kappa is computed when shown).
const (
	// classPage is how many students' rows (and notes per sentence) the
	// view draws before Show every student.
	classPage = 60
	// cohenMatrixMax is the largest class whose kappa matrix is drawn;
	// above it, the open student's kappa with each classmate is.
	cohenMatrixMax = 30
)

// kappaRow is the open student's kappa with each classmate, computed once
// per view and student rather than on every render.
type kappaRow struct {
	view    *classroom.ClassView
	student int
	row     []string
}

// shownRows is how many of n rows the view draws.
func (c *ClassPage) shownRows(n int) int {
	if c.showAll {
		return n
	}
	return min(n, classPage)
}

// showAllButton offers every one of n students' rows when a page holds
// fewer.
func (c *ClassPage) showAllButton(n int) app.UI {
	if n <= classPage {
		return nil
	}
	label := tr("Show every student (%d)", n)
	if c.showAll {
		label = tr("Show the first %d students", classPage)
	}
	return app.Button().Class("tool").DataSet("show-all-students", strconv.FormatBool(c.showAll)).
		Aria("expanded", strconv.FormatBool(c.showAll)).OnClick(c.onShowAll).Text(label)
}

// onShowAll switches between a page of students and every one.
func (c *ClassPage) onShowAll(ctx app.Context, e app.Event) { c.showAll = !c.showAll }

// renderCohen draws Cohen's kappa for each pair of a small class; for a
// larger one, the open student's kappa with each classmate.
func (c *ClassPage) renderCohen() app.UI {
	v := c.view
	n := len(v.Students)
	if n <= cohenMatrixMax {
		head := []app.UI{app.Th().Body(app.Span().Class("sr-only").Text(tr("Student")))}
		for k := range v.Students {
			head = append(head, app.Th().Scope("col").Text(c.shown(k)))
		}
		rows := []app.UI{app.Tr().Body(head...)}
		for i := range v.Students {
			cells := []app.UI{app.Th().Scope("row").Text(c.shown(i))}
			for j := range v.Students {
				cells = append(cells, app.Td().Text(v.CohenKappa(i, j).String()))
			}
			rows = append(rows, app.Tr().Body(cells...))
		}
		return app.Table().Class("lib-table").DataSet("cohen", "true").Body(app.TBody().Body(rows...))
	}
	st := c.shownStudent()
	if st == nil {
		return app.P().Class("hint").DataSet("cohen", "hint").Text(
			tr("%d students: open a student's work to see their kappa with each classmate.", n))
	}
	k := 0
	for i := range v.Students {
		if &v.Students[i] == st {
			k = i
		}
	}
	if c.kappas.view != v || c.kappas.student != k {
		c.kappas.view, c.kappas.student, c.kappas.row = v, k, make([]string, n)
		for j := range n {
			c.kappas.row[j] = v.CohenKappa(k, j).String()
		}
	}
	rows := []app.UI{app.Tr().Body(app.Th().Scope("col").Text(tr("Student")), app.Th().Scope("col").Text(tr("Cohen's kappa with %s", c.shown(k))))}
	for j := range v.Students[:c.shownRows(n)] {
		if j != k {
			rows = append(rows, app.Tr().Body(app.Th().Scope("row").Text(c.shown(j)), app.Td().Text(c.kappas.row[j])))
		}
	}
	return app.Div().Class("scroll").Body(app.Table().Class("lib-table").DataSet("cohen", "row").Body(app.TBody().Body(rows...)))
}

// fileCell names the file a student's work came from (an LMS zip names
// the account's folder) and, when another file claims the same name,
// says so and offers to leave this one out.
func (c *ClassPage) fileCell(s classroom.StudentStats) app.UI {
	cell := app.Td().Class("file").DataSet("file", s.File)
	switch {
	case c.anon: // the folder names the student
		return cell
	case len(s.Claims) == 0:
		return cell.Body(app.Span().Class("hint").Text(clip(s.File, 80)))
	}
	return cell.Body(
		app.Span().Class("hint").Text(clip(s.File, 80)),
		app.Strong().Class("overdue").Text(trN(len(s.Claims), " ⚠ %d file claims this name", " ⚠ %d files claim this name")),
		app.Button().Class("tool").DataSet("leave-out", s.File).Aria("label", tr("Leave out %s", s.File)).OnClick(c.onLeaveOut).Text(tr("Leave out")),
	)
}

// renderConflicts lists the names that several different files claim:
// every such file is in the view until the teacher leaves one out.
func (c *ClassPage) renderConflicts() app.UI {
	if c.view == nil || c.anon {
		return nil
	}
	conflicts := c.view.Conflicts()
	var items []app.UI
	for _, cf := range conflicts {
		items = append(items, app.Li().DataSet("conflict-of", cf.Student).Text(
			trN(len(cf.Files), "%[1]d file claims %[2]s: %[3]s", "%[1]d files claim %[2]s: %[3]s", len(cf.Files), cf.Student, strings.Join(cf.Files, ", "))))
	}
	var left []app.UI
	for _, f := range slices.Sorted(maps.Keys(c.left)) {
		left = append(left, app.Li().Body(app.Text(f+" "),
			app.Button().Class("tool").DataSet("put-back", f).OnClick(c.onPutBack).Text(tr("Put back"))))
	}
	if len(items) == 0 && len(left) == 0 {
		return nil
	}
	return app.Div().Class("warn").DataSet("conflicts", strconv.Itoa(len(conflicts))).Body(
		app.If(len(items) > 0, func() app.UI {
			return app.P().Text(tr("Different files claim the same student. Each is kept and graded on its own row, with its file (an LMS zip names the account's folder): check which one the student handed in, and leave the other out."))
		}),
		app.Ul().Body(items...),
		app.If(len(left) > 0, func() app.UI { return app.P().Text(tr("Left out of the view:")) }),
		app.Ul().Body(left...),
	)
}

// onLeaveOut leaves one file out of the view (it stays read: Put back
// brings it back).
func (c *ClassPage) onLeaveOut(ctx app.Context, e app.Event) {
	if f := attr(e, "data-leave-out"); f != "" {
		c.left[f] = true
		c.status = tr("%s is left out of the view.", f)
		c.recompute()
	}
}

// onPutBack puts a file left out back into the view.
func (c *ClassPage) onPutBack(ctx app.Context, e app.Event) {
	f := attr(e, "data-put-back")
	delete(c.left, f)
	c.recompute()
}
