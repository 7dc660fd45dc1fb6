package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/i18n"
	"annotator/app/library"
	"annotator/app/store"
)

// Library lists every document on this device and lets the reader open,
// rename, duplicate and delete them.
type Library struct {
	app.Compo

	repo     store.Repo
	entries  []store.Entry
	renaming string // id whose title is being edited
	deleting string // id waiting for confirmation
	undo     store.Snapshot
	undoName string
	status   string
	alert    string
	ready    bool
	clearing bool // the "clear my data" confirmation is open
	// held is what the last backup downloaded here holds (key → value):
	// Clear my data then deletes only that. problems are the stored
	// values that cannot be read, besides the entries' own.
	held     map[string]string
	problems []library.StoredProblem
}

// OnInit picks the interface language.
func (l *Library) OnInit() { startLang() }

// OnMount reads the library.
func (l *Library) OnMount(ctx app.Context) {
	l.repo = store.Repo{KV: localStorage{}}
	applyStoredTheme(l.repo.KV)
	startJournal(ctx, nil) // replays what a killed browser left in the journal (pending.go)
	l.refresh()
	l.ready = true
	ctx.Update()
}

// refresh rereads the entries.
func (l *Library) refresh() {
	entries, err := l.repo.Library(library.ShippedEntries())
	if err != nil {
		l.alert = tr("The library could not be read: %v", err)
	}
	l.entries = entries
	l.problems = library.StoredProblems(l.repo)
}

// Render draws the library table.
func (l *Library) Render() app.UI {
	root := app.Div().Class("app", "library")
	if l.ready {
		root.DataSet("app-ready", "true")
	}
	rows := make([]app.UI, 0, len(l.entries))
	for _, e := range l.entries {
		rows = append(rows, l.row(e))
	}
	return root.Body(
		app.Header().Class("top").Body(
			app.H1().Class("title").Text(tr("Library")),
			app.Div().Class("tools").Body(
				app.A().Class("tool").Href("/").Text(tr("Back to reading")),
				app.Button().Class("tool").DataSet("export", "backup-all").OnClick(l.onBackupAll).Text(tr("Back up everything")),
				app.Button().Class("tool").DataSet("clear-data", "true").OnClick(l.onClear).Text(tr("Clear my data on this device")),
				langSwitch(l.onLang),
			),
		),
		app.Div().Class("alert").Attr("role", "alert").Body(
			app.If(l.alert != "", func() app.UI { return app.P().Text(l.alert) }),
			app.If(len(l.problems) > 0, l.renderProblems),
		),
		app.If(l.clearing, l.renderClear),
		app.Main().Class("lib-main").Body(
			app.P().Class("hint").Text(tr("Every document on this device. Open a file, drop one on the reading view or paste a text there to add more; they stay in this browser only.")),
			app.Table().Class("lib-table").DataSet("library", "true").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(tr("Title")), app.Th().Scope("col").Text(tr("Sentences")),
					app.Th().Scope("col").Text(tr("Annotated")), app.Th().Scope("col").Text(tr("Last opened")),
					app.Th().Scope("col").Body(app.Span().Class("sr-only").Text(tr("Actions"))))),
				app.TBody().Body(rows...),
			),
		),
		app.Footer().Class("foot").Body(
			app.Div().Class("status").Attr("role", "status").Body(
				app.Text(l.status),
				app.If(l.undo != nil, func() app.UI {
					return app.Button().Class("tool").DataSet("undo-delete", "true").OnClick(l.onUndoDelete).Text(tr("Undo"))
				}),
			),
		),
	)
}

// row draws one document.
func (l *Library) row(e store.Entry) app.UI {
	title := app.Td().Body(app.A().Href(docURL(e.ID)).Dir("auto").Text(e.Title))
	if l.renaming == e.ID {
		title = app.Td().Body(
			app.Label().For("rename").Class("sr-only").Text(tr("New title")),
			app.Input().ID("rename").Type("text").DataSet("rename-input", "true").Value(e.Title).MaxLength(200),
			app.Button().DataSet("rename-save", e.ID).OnClick(l.onRenameSave).Text(tr("Save")),
			app.Button().OnClick(l.onRenameCancel).Text(tr("Cancel")),
		)
	}
	if e.Problem != "" {
		title.Body(app.A().Href(docURL(e.ID)).Dir("auto").Text(e.Title), app.P().Class("warn").Text(tr("Cannot be read: %s", e.Problem)))
	}
	opened := "—"
	if !e.Opened.IsZero() {
		opened = uiLang.Date(e.Opened.Local(), i18n.DateTime)
	}
	actions := []app.UI{
		app.Button().DataSet("duplicate", e.ID).Aria("label", tr("Duplicate %s", e.Title)).OnClick(l.onDuplicate).Text(tr("Duplicate")),
	}
	if !e.Shipped {
		actions = append([]app.UI{app.Button().DataSet("rename", e.ID).Aria("label", tr("Rename %s", e.Title)).OnClick(l.onRename).Text(tr("Rename"))}, actions...)
		if l.deleting == e.ID {
			actions = append(actions,
				app.Span().Class("warn").Text(tr("Delete it and its annotations?")),
				app.Button().DataSet("confirm-delete", e.ID).OnClick(l.onDeleteConfirm).Text(tr("Delete")),
				app.Button().OnClick(l.onDeleteCancel).Text(tr("Keep")))
		} else {
			actions = append(actions, app.Button().DataSet("delete", e.ID).Aria("label", tr("Delete %s", e.Title)).OnClick(l.onDelete).Text(tr("Delete")))
		}
	} else {
		actions = append(actions, app.Span().Class("hint").Text(tr("Shipped with the app")))
	}
	return app.Tr().DataSet("doc", e.ID).Body(
		title,
		app.Td().Text(e.Sentences),
		app.Td().Text(e.Annotated),
		app.Td().Text(opened),
		app.Td().Class("row-btns").Body(actions...),
	)
}

// onLang switches the interface language.
func (l *Library) onLang(ctx app.Context, e app.Event) {
	if status, ok := changeLang(l.repo.KV, e); ok {
		l.status = status
	}
}

func (l *Library) onRename(ctx app.Context, e app.Event) {
	l.renaming = attr(e, "data-rename")
	ctx.Defer(func(app.Context) { focus("[data-rename-input]") })
}

func (l *Library) onRenameCancel(ctx app.Context, e app.Event) { l.renaming = "" }

// onRenameSave stores the new title.
func (l *Library) onRenameSave(ctx app.Context, e app.Event) {
	id := attr(e, "data-rename-save")
	title := strings.TrimSpace(app.Window().Get("document").Call("querySelector", "[data-rename-input]").Get("value").String())
	l.renaming = ""
	if title == "" {
		l.alert = tr("A title cannot be empty: the old one is kept.")
		return
	}
	t, err := l.repo.LoadText(id)
	if err != nil || t == nil {
		l.alert = tr("That document could not be read, so it was not renamed.")
		return
	}
	t.Title = title
	if err := l.repo.SaveText(*t); err != nil {
		l.alert = err.Error()
		return
	}
	l.status = tr("Renamed to “%s”.", title)
	l.refresh()
}

// onDuplicate copies a document and its annotations under a new id.
func (l *Library) onDuplicate(ctx app.Context, e app.Event) {
	t, err := library.Duplicate(l.repo, attr(e, "data-duplicate"), now())
	if err != nil {
		l.alert = tr("That document was not duplicated: %v", err)
		return
	}
	l.status = tr("Made “%s”.", t.Title)
	l.refresh()
}

func (l *Library) onDelete(ctx app.Context, e app.Event) { l.deleting = attr(e, "data-delete") }

func (l *Library) onDeleteCancel(ctx app.Context, e app.Event) { l.deleting = "" }

// onDeleteConfirm deletes a document and keeps it for Undo.
func (l *Library) onDeleteConfirm(ctx app.Context, e app.Event) {
	id := attr(e, "data-confirm-delete")
	l.deleting = ""
	name := id
	for _, en := range l.entries {
		if en.ID == id {
			name = en.Title
		}
	}
	snap, err := l.repo.Delete(id)
	if err != nil {
		l.alert = tr("Could not delete: %v", err)
		return
	}
	l.undo, l.undoName = snap, name
	l.status = tr("Deleted “%s”.", name)
	retryPending("") // the space it freed may take the changes a full storage refused (pending.go)
	l.refresh()
}

// onUndoDelete brings the last deleted document back.
func (l *Library) onUndoDelete(ctx app.Context, e app.Event) {
	if l.undo == nil {
		return
	}
	if err := l.repo.Restore(l.undo); err != nil {
		l.alert = tr("Could not restore: %v", err)
		return
	}
	l.status = tr("Restored “%s”.", l.undoName)
	l.undo = nil
	l.refresh()
}

// onBackupAll downloads one backup file with everything this app keeps
// on the device, and says what it holds and what it could not read.
func (l *Library) onBackupAll(ctx app.Context, e app.Event) {
	r, err := library.BackupLibrary(l.repo, now())
	if err != nil {
		l.alert = tr("The backup failed: %v", err)
		return
	}
	name := "annotator-backup-" + now().Format("2006-01-02") + ".json"
	if err := download(name, "application/json", r.Data); err != nil {
		l.alert = tr("The file could not be handed to the browser: %v", err)
		return
	}
	l.held = r.Held
	l.status = backupStatus(r, name)
}

// renderClear asks before deleting everything, and offers a backup first.
func (l *Library) renderClear() app.UI {
	return app.Div().Class("offer").Attr("role", "region").Aria("label", tr("Clear my data")).Body(
		app.P().Text(tr("This deletes every document, annotation and setting of this app in this browser — for a shared computer. It cannot be undone: download a backup first if you may want your work again.")),
		app.If(l.held != nil, func() app.UI {
			return app.P().DataSet("clear-held", len(l.held)).Text(trN(len(l.held),
				"Your backup holds %d stored item: Delete everything deletes it, and keeps anything stored or changed since.",
				"Your backup holds %d stored items: Delete everything deletes those, and keeps anything stored or changed since."))
		}),
		app.Button().DataSet("export", "backup-all").OnClick(l.onBackupAll).Text(tr("Download a backup first")),
		app.Button().Class("primary").DataSet("confirm-clear", "true").OnClick(l.onClearConfirm).Text(tr("Delete everything")),
		app.Button().OnClick(l.onClearCancel).Text(tr("Cancel")),
	)
}

func (l *Library) onClear(ctx app.Context, e app.Event) {
	l.clearing = true
	ctx.Defer(func(app.Context) { focus("[data-confirm-clear]") })
}

func (l *Library) onClearCancel(ctx app.Context, e app.Event) { l.clearing = false }

// onClearConfirm deletes what the backup just downloaded holds (keys
// stored or changed since are kept and counted), or, with no backup made
// here, every key of this app (other apps on the origin keep theirs).
func (l *Library) onClearConfirm(ctx app.Context, e app.Event) {
	l.clearing = false
	l.undo = nil
	if l.held != nil {
		deleted, kept, err := library.ClearHeld(l.repo.KV, l.held)
		if err != nil {
			l.alert = tr("Could not delete everything: %v", err)
		}
		l.status = trN(deleted, "Deleted %d stored item that your backup holds.", "Deleted %d stored items that your backup holds.")
		if len(kept) > 0 {
			l.status += " " + trN(len(kept), "%d item was kept because the backup does not hold it (stored or changed since): back up again to include it.",
				"%d items were kept because the backup does not hold them (stored or changed since): back up again to include them.")
		}
		l.held = nil
		l.refresh()
		return
	}
	keys, err := l.repo.KV.Keys(store.Prefix)
	if err != nil {
		l.alert = tr("Could not list the stored data: %v", err)
		return
	}
	for _, k := range keys {
		if err := l.repo.KV.Del(k); err != nil {
			l.alert = tr("Could not delete everything: %v", err)
			return
		}
	}
	l.status = trN(len(keys), "Deleted all data of this app on this device (%d stored item).", "Deleted all data of this app on this device (%d stored items).")
	l.refresh()
}
