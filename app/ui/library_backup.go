package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/library"
)

// backupStatus says what the backup file name holds and what it does not.
func backupStatus(r *library.BackupReport, name string) string {
	var parts []string
	if r.Exercises > 0 {
		parts = append(parts, trN(r.Exercises, "%d exercise with its answer key", "%d exercises with their answer keys"))
	}
	if r.Work > 0 {
		parts = append(parts, trN(r.Work, "%d student's work", "%d students' work"))
	}
	if other := r.Records - r.Exercises - r.Work; other > 0 {
		parts = append(parts, trN(other, "%d other stored item (settings, dates)", "%d other stored items (settings, dates)"))
	}
	s := trN(r.Documents, "Saved %[2]s: %[1]d document, %[3]s.", "Saved %[2]s: %[1]d documents, %[3]s.", r.Documents, name, sizeText(len(r.Data)))
	if len(parts) > 0 {
		s += tr(" It also holds %s.", strings.Join(parts, ", "))
	}
	if n := len(r.Unreadable); n > 0 {
		titles := make([]string, n)
		for i, t := range r.Unreadable {
			titles[i] = tr("“%s”", t)
		}
		s += " " + trN(n, "%[1]d document could not be read: %[2]s — its raw data is in the file.",
			"%[1]d documents could not be read: %[2]s — their raw data is in the file.", n, strings.Join(titles, ", "))
	}
	return s
}

// renderProblems lists the stored values that cannot be read, kept as
// they are.
func (l *Library) renderProblems() app.UI {
	items := make([]app.UI, 0, len(l.problems))
	for _, p := range l.problems {
		items = append(items, app.Li().DataSet("stored-problem", p.Key).Text(l.problemText(p)+" — "+p.Key))
	}
	return app.Div().DataSet("stored-problems", len(l.problems)).Body(
		app.P().Text(tr("Some stored data cannot be read. It is left as it is, byte for byte, and nothing is saved over it; Back up everything puts its raw data in the backup file:")),
		app.Ul().Body(items...),
	)
}

// problemText names what a stored problem is.
func (l *Library) problemText(p library.StoredProblem) string {
	switch p.Kind {
	case library.ProblemPrefs:
		return tr("Your settings (theme, name in exports, language) cannot be read")
	case library.ProblemOpened:
		return tr("When documents were last opened cannot be read")
	case library.ProblemExercise:
		return tr("An exercise made on this device (%s) or its answer key cannot be read", p.ID)
	case library.ProblemWork:
		return tr("A student's exercise work (%s) cannot be read", p.ID)
	}
	title := p.ID
	for _, e := range l.entries {
		if e.ID == p.ID {
			title = e.Title
		}
	}
	return tr("The undo history of “%s” cannot be read", title)
}
