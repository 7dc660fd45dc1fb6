package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
	"annotator/app/i18n"
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

// renderStudents shows per-student counts, completeness and, with a key, scores.
func (c *ClassPage) renderStudents() app.UI {
	v := c.view
	head := []app.UI{app.Th().Scope("col").Text(tr("Student")), app.Th().Scope("col").Text(tr("Submitted")),
		app.Th().Scope("col").Text(tr("Graded sentences annotated")), app.Th().Scope("col").Text(tr("Accuracy")), app.Th().Scope("col").Text(tr("Macro-F1"))}
	for _, t := range v.Tags {
		head = append(head, app.Th().Scope("col").Text(tr("%s F1", t.Name)))
	}
	for _, t := range v.Tags {
		head = append(head, app.Th().Scope("col").Text(tr("%s highlight F1", t.Name)))
	}
	head = append(head, app.Th().Scope("col").Text(tr("File")), app.Th().Scope("col").Body(app.Span().Class("sr-only").Text(tr("Open"))))
	rows := []app.UI{}
	for k, s := range v.Students[:c.shownRows(len(v.Students))] {
		when := uiLang.Date(s.Submitted.Local(), i18n.DayTime)
		if s.Late {
			when += tr(" (late)")
		}
		if s.SawKey {
			when += tr(" (after opening the key)")
		}
		cells := []app.UI{
			app.Th().Scope("row").Text(c.shown(k)),
			app.Td().DataSet("saw-key", fmt.Sprint(s.SawKey)).Text(when),
			app.Td().Text(tr("%d / %d (%.0f %%)", s.Annotated, s.Total, 100*s.Completeness)),
			app.Td().DataSet("accuracy", s.Student).Text(s.Accuracy.String()),
			app.Td().DataSet("macro-f1", s.Student).Text(s.MacroF1.String()),
		}
		for n := range v.Tags {
			cells = append(cells, app.Td().Text(scoreAt(s.PerTag, n)))
		}
		for n := range v.Tags {
			cells = append(cells, app.Td().Text(scoreAt(s.Highlights, n)))
		}
		cells = append(cells, c.fileCell(s), app.Td().Body(app.Button().Class("tool").DataSet("show-student", s.Student).DataSet("file", s.File).
			Aria("label", tr("Open the work of %s", c.shown(k))).OnClick(c.onShowStudent).Text(tr("Open"))))
		row := app.Tr().DataSet("student", s.Student)
		if len(s.Claims) > 0 {
			row = row.Class("conflict").DataSet("conflict", "true")
		}
		rows = append(rows, row.Body(cells...))
	}
	return app.Section().Aria("labelledby", "students-title").Body(
		app.H2().ID("students-title").Text(tr("Students (%d)", len(v.Students))),
		app.Div().Class("scroll").Body(app.Table().Class("lib-table").DataSet("students", "true").Body(
			app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(rows...))),
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
// students gave each tag; the stronger the colour, the less they agree.
func (c *ClassPage) renderHeatmap() app.UI {
	v := c.view
	items := make([]app.UI, 0, len(v.Sentences))
	for _, s := range v.Sentences {
		var counts []string
		for k, n := range s.Counts {
			if n > 0 {
				counts = append(counts, fmt.Sprintf("%s %d", v.Tags[k].Name, n))
			}
		}
		if s.NoTag > 0 {
			counts = append(counts, tr("no tag %d", s.NoTag))
		}
		heat := 0.0
		if s.Agreement.OK {
			heat = 1 - s.Agreement.Value
		}
		line := tr("Agreement %s", s.Agreement.String()) + " · " + strings.Join(counts, " · ")
		if v.HasKey && (len(s.Key.Tags) > 0) {
			names := make([]string, len(s.Key.Tags))
			for i, id := range s.Key.Tags {
				names[i] = id
				for _, t := range v.Tags {
					if t.ID == id {
						names[i] = t.Name
					}
				}
			}
			line += trN(s.Correct, " · key: %[2]s (%[1]d right)", " · key: %[2]s (%[1]d right)", s.Correct, uiLang.Join(names))
		}
		if !s.Graded {
			line = tr("Not graded · %s", line)
		}
		li := app.Li().Class("heat").DataSet("heat", s.Index).
			DataSet("agreement", s.Agreement.Fixed()).Style("--heat", strconv.FormatFloat(heat, 'f', 2, 64))
		if !s.Graded {
			li = li.DataSet("graded", "false")
		}
		parts := []app.UI{
			app.Span().Class("heat-text").Dir("auto").Text(s.Text),
			app.Span().Class("heat-counts").Text(line),
		}
		if v.HasKey && s.Graded {
			parts = append(parts, c.keyToggles(s))
		}
		items = append(items, li.Body(parts...))
	}
	return app.Section().Aria("labelledby", "heat-title").Body(
		app.H2().ID("heat-title").Text(tr("Sentence by sentence")),
		app.P().Class("hint").Text(tr("The stronger the colour, the more the students disagree on that sentence.")),
		app.Ol().Class("heatmap").DataSet("heatmap", "true").Body(items...),
	)
}
