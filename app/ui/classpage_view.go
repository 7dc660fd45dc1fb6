package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
)

// Render draws the class view.
func (c *ClassPage) Render() app.UI {
	root := app.Div().Class("app", "library", "class")
	if c.ready {
		root.DataSet("app-ready", "true")
	}
	if c.imp != nil {
		root.DataSet("files-read", c.imp.Looked())
	}
	root.DataSet("view-builds", c.builds)
	opts := []app.UI{app.Option().Value("").Text(tr("Choose an exercise…"))}
	for _, ex := range c.made {
		opts = append(opts, app.Option().Value(ex.ID).Selected(c.ex != nil && c.ex.ID == ex.ID).Text(ex.Title))
	}
	body := []app.UI{
		app.P().Class("hint").Text(tr("Make an exercise from the reading view (Classroom → Make an exercise). Then import the files your students handed in — several at once, or the .zip your LMS gives you. Nothing of theirs is stored: the view lives in this tab.")),
		app.Div().Class("editor-actions").Body(
			app.Label().For("pick").Class("sr-only").Text(tr("Exercise")),
			app.Select().ID("pick").DataSet("class-exercise-pick", "true").OnChange(c.onPick).Body(opts...),
			fileButton(tr("Open an exercise file…"), "class-exercise", false, ".json,application/json", c.onOpenExercise),
		),
	}
	if c.ex != nil {
		keyText := tr("No answer key: grades need one.")
		if c.key != nil {
			keyText = tr("Answer key version %d loaded; correct it sentence by sentence below.", max(c.key.Version, 1))
		}
		body = append(body,
			app.H2().Text(c.ex.Title),
			app.P().Class("hint").DataSet("key-state", strconv.FormatBool(c.key != nil)).Body(
				app.Span().DataSet("key-version", keyVersion(c.key)).Text(keyText)),
			app.Div().Class("editor-actions").Body(
				fileButton(tr("Import submissions…"), "submissions", true, ".json,.zip,application/json,application/zip", c.onSubmissions),
				fileButton(tr("Open an answer key…"), "class-key", false, ".json,application/json", c.onOpenKey),
			),
			c.renderRefused(),
			c.renderConflicts(),
		)
	}
	if c.view != nil && len(c.view.Students) > 0 {
		body = append(body, c.renderReportTools(), c.renderStudentView(), c.renderStudents(), c.renderFigures())
		if c.view.HasKey {
			body = append(body, app.Section().Aria("labelledby", "conf-title").Body(
				app.H2().ID("conf-title").Text(tr("Confusion between tags")),
				confusionTable(c.view, c.view.Confusion, "class", tr("Key tag × students' tags, the whole class"))))
		}
		body = append(body, c.renderNotes(), c.renderHeatmap())
	}
	return root.Body(
		app.Header().Class("top").Body(
			app.H1().Class("title").Text(tr("Class view")),
			app.Div().Class("tools").Body(
				app.A().Class("tool").Href("/").Text(tr("Back to reading")),
				app.A().Class("tool").Href("/library").Text(tr("Library")),
				langSwitch(c.onLang),
			),
		),
		app.Div().Class("alert").Attr("role", "alert").Body(
			app.If(c.alert != "", func() app.UI { return app.P().Text(c.alert) }),
		),
		app.Main().Class("lib-main").Body(body...),
		app.Footer().Class("foot").Body(app.Div().Class("status").Attr("role", "status").Text(c.status)),
	)
}

// onLang switches the interface language.
func (c *ClassPage) onLang(ctx app.Context, e app.Event) {
	if status, ok := changeLang(c.repo.KV, e); ok {
		c.status = status
	}
}

// fileButton is a labelled file picker.
func fileButton(label, hook string, multiple bool, accept string, h app.EventHandler) app.UI {
	return app.Label().Class("tool", "file-btn").Body(
		app.Text(label),
		app.Input().Type("file").Class("sr-only").DataSet(hook, "true").Multiple(multiple).Accept(accept).OnChange(h),
	)
}

// renderRefused lists the files that were not taken, with why.
func (c *ClassPage) renderRefused() app.UI {
	if len(c.refused) == 0 {
		return nil
	}
	items := make([]app.UI, len(c.refused))
	for i, r := range c.refused {
		items[i] = app.Li().Text(r.String())
	}
	return app.Div().Class("warn").DataSet("refused", "true").Body(
		app.P().Text(trN(len(c.refused), "%d file was not taken:", "%d files were not taken:")), app.Ul().Body(items...))
}

// renderFigures shows the overall agreement and Cohen's kappa per pair
// (see renderCohen).
func (c *ClassPage) renderFigures() app.UI {
	v := c.view
	row := func(name, hook string, f classroom.Figure) app.UI {
		cell := app.Td().DataSet("figure", hook).Text(f.String())
		if !f.OK {
			cell.Title(f.Why)
		}
		return app.Tr().Body(app.Th().Scope("row").Text(name), cell)
	}
	return app.Section().Aria("labelledby", "agree-title").Body(
		app.H2().ID("agree-title").Text(tr("Agreement")),
		app.Table().Class("lib-table").DataSet("agreement", "true").Body(app.TBody().Body(
			row(tr("Percent agreement"), "percent", v.PercentAgreement),
			row(tr("Fleiss' kappa"), "fleiss", v.FleissKappa),
			row(tr("Krippendorff's alpha (nominal)"), "alpha", v.KrippendorffAlpha),
			row(tr("Krippendorff's alpha (MASI, partial credit for overlapping tag sets)"), "alpha-masi", v.KrippendorffAlphaMASI),
		)),
		app.H3().Text(tr("Cohen's kappa for each pair of students")),
		c.renderCohen(),
	)
}

// keyVersion is the key's version as text, "0" without a key.
func keyVersion(k *classroom.Key) string {
	if k == nil {
		return "0"
	}
	return strconv.Itoa(max(k.Version, 1))
}

// renderReportTools are the switches of the report: names or numbers,
// printing, the corrected key.
func (c *ClassPage) renderReportTools() app.UI {
	v := c.view
	summary := trN(len(v.Sentences), "%d of %d sentence is graded.", "%d of %d sentences are graded.", v.Graded, len(v.Sentences))
	return app.Div().Class("editor-actions", "report-tools").Body(
		app.Label().Class("check").Body(
			app.Input().Type("checkbox").DataSet("anonymise", "true").Checked(c.anon).OnChange(c.onAnonymise),
			app.Text(tr(" Anonymise (Student 1…n), for projecting")),
		),
		app.Button().Class("tool").DataSet("print", "class").OnClick(c.onPrint).Text(tr("Print the class report")),
		app.If(c.key != nil, func() app.UI {
			return app.Button().Class("tool").DataSet("download-key", "true").OnClick(c.onDownloadKey).Text(tr("Download the key (version %s)", keyVersion(c.key)))
		}),
		app.Span().Class("hint").DataSet("graded-count", v.Graded).Text(summary),
	)
}

// renderStudents shows per-student counts, completeness and, with a key,
// scores (the table is an HTML part: studentsHTML).
func (c *ClassPage) renderStudents() app.UI {
	v := c.view
	table := c.parts.students.get(c.partKey(-1), c.studentsHTML)
	return app.Section().Aria("labelledby", "students-title").Body(
		app.H2().ID("students-title").Text(tr("Students (%d)", len(v.Students))),
		c.rawPart("scroll", table),
		c.showAllButton(len(v.Students)),
		app.If(v.HasKey, func() app.UI {
			return app.Button().Class("tool").DataSet("grade-csv", "true").OnClick(c.onGradeCSV).Text(tr("Download the grade table (CSV)"))
		}),
	)
}

// scoreAt is the F1 of tag column n, "—" when there is none.
func scoreAt(scores []classroom.TagScore, n int) string {
	if n < len(scores) {
		return scores[n].F1.String()
	}
	return "—"
}

// renderHeatmap shows the article with, for each sentence, how many
// students gave each tag (an HTML part: heatmapHTML).
func (c *ClassPage) renderHeatmap() app.UI {
	k := c.partKey(-1)
	k.anon, k.all = false, false // the heatmap names no student
	return app.Section().Aria("labelledby", "heat-title").Body(
		app.H2().ID("heat-title").Text(tr("Sentence by sentence")),
		app.P().Class("hint").Text(tr("The stronger the colour, the more the students disagree on that sentence.")),
		c.rawPart("heat-part", c.parts.heat.get(k, c.heatmapHTML)),
	)

}
