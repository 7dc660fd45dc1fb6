package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/formats"
	"annotator/app/model"
	"annotator/app/store"
)

// renderExport shows one button per export format, and the name that W3C
// exports give as the annotations' creator.
func (r *Reader) renderExport() app.UI {
	buttons := []app.UI{}
	for _, f := range formats.Formats() {
		buttons = append(buttons, app.Button().Class("tool").DataSet("export", string(f)).
			OnClick(r.onExport).Text(f.Label()))
	}
	return app.Section().Class("panel").Aria("labelledby", "export-title").Body(
		app.H2().ID("export-title").Text("Export and import"),
		app.Label().For("creator").Text("Your name in exports (optional)"),
		app.Input().ID("creator").Type("text").DataSet("creator", "true").MaxLength(100).
			Value(r.creator).OnChange(r.onCreator),
		app.Div().Class("export-btns").Body(buttons...),
		r.renderStorage(),
		app.Div().Class("install").Body(app.If(r.ready, r.renderInstall)), // a stable slot: what follows keeps its nodes
		app.Div().Class("export-btns").Body(
			app.Button().Class("tool").DataSet("make-exercise", "true").OnClick(r.onMakeExercise).Text("Classroom: make an exercise"),
			app.A().Class("tool").Href("/class").Text("Class view"),
			app.A().Class("tool").Href("/exercise").Text("Open an exercise"),
		),
		app.Label().Class("tool", "file-btn").Body(
			app.Text("Import a file…"),
			app.Input().Type("file").Class("sr-only").DataSet("import", "true").Multiple(true).
				Accept(".json,.jsonld,.csv,application/json,application/ld+json,text/csv").OnChange(r.onImportFile),
		),
	)
}

// onCreator remembers the creator name.
func (r *Reader) onCreator(ctx app.Context, e app.Event) {
	r.creator = e.Get("currentTarget").Get("value").String()
	r.savePrefs()
}

// onExport downloads the current document in the button's format.
func (r *Reader) onExport(ctx app.Context, e app.Event) {
	r.commitNote()
	f := formats.Format(attr(e, "data-export"))
	rec, _ := r.repo.Load(r.doc.ID)
	o := formats.Options{Creator: r.creator, Modified: now(), Orphans: r.orphans}
	if rec != nil {
		o.Modified = rec.Modified
	}
	data, err := formats.Export(f, r.doc, o)
	if err != nil {
		r.alert = "The export failed: " + err.Error()
		return
	}
	name := f.FileName(r.doc.Title)
	if err := download(name, f.MediaType(), data); err != nil {
		r.alert = "The file could not be handed to the browser: " + err.Error()
		return
	}
	r.status = fmt.Sprintf("Exported %s (%s).", name, sizeText(len(data)))
	r.changesSinceExport = 0
}

// backupAll encodes every readable document of the library.
func backupAll(repo store.Repo) ([]byte, int, error) {
	var ship []store.Entry
	for _, d := range shipped() {
		ship = append(ship, store.Entry{ID: d.ID, Title: d.Title})
	}
	lib, err := repo.Library(ship)
	if err != nil {
		return nil, 0, err
	}
	var docs []formats.BackupDocument
	for _, e := range lib {
		if e.Problem != "" {
			continue
		}
		d, ok := shippedDoc(e.ID)
		if !ok {
			t, err := repo.LoadText(e.ID)
			if err != nil || t == nil {
				continue
			}
			d = model.New(t.Title, t.Text)
			d.ID = e.ID
		}
		rec, _ := repo.Load(d.ID)
		o := formats.Options{Modified: now()}
		if rec != nil {
			o.Modified, o.Orphans = rec.Modified, rec.ApplyTo(d)
		} else if e.Shipped {
			continue // an untouched shipped article needs no backup
		}
		docs = append(docs, formats.NewBackupDocument(d, o))
	}
	data, err := formats.EncodeBackup(now(), docs...)
	return data, len(docs), err
}

// download hands data to the browser as a file.
func download(name, mediaType string, data []byte) (err error) {
	defer guard(&err, "starting the download")
	win := app.Window()
	arr := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	blob := win.Get("Blob").New([]any{arr}, map[string]any{"type": mediaType})
	url := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	win.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	var revoke app.Func
	revoke = app.FuncOf(func(this app.Value, args []app.Value) any {
		win.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	win.Call("setTimeout", revoke, 60000)
	return nil
}

// sizeText is a human size.
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
