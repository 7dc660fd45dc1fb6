package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

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
}

// OnMount reads the library.
func (l *Library) OnMount(ctx app.Context) {
	l.repo = store.Repo{KV: localStorage{}}
	applyStoredTheme(l.repo.KV)
	l.refresh()
	l.ready = true
	ctx.Update()
}

// refresh rereads the entries.
func (l *Library) refresh() {
	entries, err := l.repo.Library(library.ShippedEntries())
	if err != nil {
		l.alert = "The library could not be read: " + err.Error()
	}
	l.entries = entries
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
			app.H1().Class("title").Text("Library"),
			app.Div().Class("tools").Body(
				app.A().Class("tool").Href("/").Text("Back to reading"),
				app.Button().Class("tool").DataSet("export", "backup-all").OnClick(l.onBackupAll).Text("Back up everything"),
				app.Button().Class("tool").DataSet("clear-data", "true").OnClick(l.onClear).Text("Clear my data on this device"),
			),
		),
		app.Div().Class("alert").Attr("role", "alert").Body(
			app.If(l.alert != "", func() app.UI { return app.P().Text(l.alert) }),
		),
		app.If(l.clearing, l.renderClear),
		app.Main().Class("lib-main").Body(
			app.P().Class("hint").Text("Every document on this device. Open a file, drop one on the reading view or paste a text there to add more; they stay in this browser only."),
			app.Table().Class("lib-table").DataSet("library", "true").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Title"), app.Th().Scope("col").Text("Sentences"),
					app.Th().Scope("col").Text("Annotated"), app.Th().Scope("col").Text("Last opened"),
					app.Th().Scope("col").Body(app.Span().Class("sr-only").Text("Actions")))),
				app.TBody().Body(rows...),
			),
		),
		app.Footer().Class("foot").Body(
			app.Div().Class("status").Attr("role", "status").Body(
				app.Text(l.status),
				app.If(l.undo != nil, func() app.UI {
					return app.Button().Class("tool").DataSet("undo-delete", "true").OnClick(l.onUndoDelete).Text("Undo")
				}),
			),
		),
	)
}

// row draws one document.
func (l *Library) row(e store.Entry) app.UI {
	title := app.Td().Body(app.A().Href(docURL(e.ID)).Text(e.Title))
	if l.renaming == e.ID {
		title = app.Td().Body(
			app.Label().For("rename").Class("sr-only").Text("New title"),
			app.Input().ID("rename").Type("text").DataSet("rename-input", "true").Value(e.Title).MaxLength(200),
			app.Button().DataSet("rename-save", e.ID).OnClick(l.onRenameSave).Text("Save"),
			app.Button().OnClick(l.onRenameCancel).Text("Cancel"),
		)
	}
	if e.Problem != "" {
		title.Body(app.A().Href(docURL(e.ID)).Text(e.Title), app.P().Class("warn").Text("Cannot be read: "+e.Problem))
	}
	opened := "—"
	if !e.Opened.IsZero() {
		opened = e.Opened.Local().Format("2 Jan 2006 15:04")
	}
	actions := []app.UI{
		app.Button().DataSet("duplicate", e.ID).Aria("label", "Duplicate "+e.Title).OnClick(l.onDuplicate).Text("Duplicate"),
	}
	if !e.Shipped {
		actions = append([]app.UI{app.Button().DataSet("rename", e.ID).Aria("label", "Rename "+e.Title).OnClick(l.onRename).Text("Rename")}, actions...)
		if l.deleting == e.ID {
			actions = append(actions,
				app.Span().Class("warn").Text("Delete it and its annotations?"),
				app.Button().DataSet("confirm-delete", e.ID).OnClick(l.onDeleteConfirm).Text("Delete"),
				app.Button().OnClick(l.onDeleteCancel).Text("Keep"))
		} else {
			actions = append(actions, app.Button().DataSet("delete", e.ID).Aria("label", "Delete "+e.Title).OnClick(l.onDelete).Text("Delete"))
		}
	} else {
		actions = append(actions, app.Span().Class("hint").Text("Shipped with the app"))
	}
	return app.Tr().DataSet("doc", e.ID).Body(
		title,
		app.Td().Text(e.Sentences),
		app.Td().Text(e.Annotated),
		app.Td().Text(opened),
		app.Td().Class("row-btns").Body(actions...),
	)
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
		l.alert = "A title cannot be empty: the old one is kept."
		return
	}
	t, err := l.repo.LoadText(id)
	if err != nil || t == nil {
		l.alert = "That document could not be read, so it was not renamed."
		return
	}
	t.Title = title
	if err := l.repo.SaveText(*t); err != nil {
		l.alert = err.Error()
		return
	}
	l.status = "Renamed to “" + title + "”."
	l.refresh()
}

// onDuplicate copies a document and its annotations under a new id.
func (l *Library) onDuplicate(ctx app.Context, e app.Event) {
	t, err := library.Duplicate(l.repo, attr(e, "data-duplicate"), time.Now())
	if err != nil {
		l.alert = "That document was not duplicated: " + err.Error()
		return
	}
	l.status = "Made “" + t.Title + "”."
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
		l.alert = "Could not delete: " + err.Error()
		return
	}
	l.undo, l.undoName = snap, name
	l.status = "Deleted “" + name + "”."
	l.refresh()
}

// onUndoDelete brings the last deleted document back.
func (l *Library) onUndoDelete(ctx app.Context, e app.Event) {
	if l.undo == nil {
		return
	}
	if err := l.repo.Restore(l.undo); err != nil {
		l.alert = "Could not restore: " + err.Error()
		return
	}
	l.status = "Restored “" + l.undoName + "”."
	l.undo = nil
	l.refresh()
}

// onBackupAll downloads one backup file with every document and its annotations.
func (l *Library) onBackupAll(ctx app.Context, e app.Event) {
	data, n, err := library.BackupAll(l.repo, time.Now())
	if err != nil {
		l.alert = "The backup failed: " + err.Error()
		return
	}
	name := "annotator-backup-" + time.Now().Format("2006-01-02") + ".json"
	if err := download(name, "application/json", data); err != nil {
		l.alert = "The file could not be handed to the browser: " + err.Error()
		return
	}
	l.status = fmt.Sprintf("Saved %s: %d documents, %s.", name, n, sizeText(len(data)))
}

// renderClear asks before deleting everything, and offers a backup first.
func (l *Library) renderClear() app.UI {
	return app.Div().Class("offer").Attr("role", "region").Aria("label", "Clear my data").Body(
		app.P().Text("This deletes every document, annotation and setting of this app in this browser — for a shared computer. It cannot be undone: download a backup first if you may want your work again."),
		app.Button().DataSet("export", "backup-all").OnClick(l.onBackupAll).Text("Download a backup first"),
		app.Button().Class("primary").DataSet("confirm-clear", "true").OnClick(l.onClearConfirm).Text("Delete everything"),
		app.Button().OnClick(l.onClearCancel).Text("Cancel"),
	)
}

func (l *Library) onClear(ctx app.Context, e app.Event) {
	l.clearing = true
	ctx.Defer(func(app.Context) { focus("[data-confirm-clear]") })
}

func (l *Library) onClearCancel(ctx app.Context, e app.Event) { l.clearing = false }

// onClearConfirm deletes every key of this app (other apps on the origin keep theirs).
func (l *Library) onClearConfirm(ctx app.Context, e app.Event) {
	l.clearing = false
	keys, err := l.repo.KV.Keys(store.Prefix)
	if err != nil {
		l.alert = "Could not list the stored data: " + err.Error()
		return
	}
	for _, k := range keys {
		if err := l.repo.KV.Del(k); err != nil {
			l.alert = "Could not delete everything: " + err.Error()
			return
		}
	}
	l.undo = nil
	l.status = fmt.Sprintf("Deleted all data of this app on this device (%d stored items).", len(keys))
	l.refresh()
}
