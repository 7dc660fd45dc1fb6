package ui

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
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
// larger one, the open student's kappa with each classmate (an HTML part:
// cohenHTML).
func (c *ClassPage) renderCohen() app.UI {
	k := c.openIndex()
	return c.rawPart("scroll", c.parts.cohen.get(c.partKey(k), func(int) string { return c.cohenHTML(k) }))
}

// partKey is what the parts show now, with open student k.
func (c *ClassPage) partKey(k int) partKey {
	return partKey{view: c.view, anon: c.anon, all: c.showAll, student: k, lang: uiLang}
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

// leaveOut leaves file f out of the view (it stays read: Put back brings
// it back).
func (c *ClassPage) leaveOut(f string) {
	if f != "" {
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
