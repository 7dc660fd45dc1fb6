package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/formats"
	"annotator/app/i18n"
	"annotator/app/library"
	"annotator/app/session"
)

// exportPanel is the "Export and import" panel: the export buttons, the
// creator name, the storage meter, installing, the classroom and import.
type exportPanel struct {
	app.Compo
	// H is the reader; Rev changes when the storage meter should measure
	// again (meterClock); Ready is set once the document is open in the
	// browser.
	H     host
	Lang  i18n.Lang // the interface language, so that a switch renders the panel again
	Rev   int
	Ready bool

	creator       string
	storage       storageFigures // what the storage meter shows
	measured      time.Time
	measuredReady bool // measured since the document is open
	installable   bool // the browser offers to install the app
}

// OnMount reads the creator name and measures storage.
func (p *exportPanel) OnMount(ctx app.Context) {
	prefs, _ := library.LoadPrefs(p.H.repo().KV)
	p.creator = prefs.Creator
	p.installable = ctx.IsAppInstallable()
	p.measure(ctx)
}

// meterEvery is how often at most the storage meter measures again while
// marks change.
const meterEvery = 5 * time.Second

// OnUpdate measures storage again after changes, at most every meterEvery,
// and once the document is open: opening writes annotator/opened after
// the panel mounts, and a meter measured before that was a few bytes off
// until the next change.
func (p *exportPanel) OnUpdate(ctx app.Context) {
	if time.Since(p.measured) > meterEvery || p.Ready && !p.measuredReady {
		p.measure(ctx)
	}
}

// meterClock turns the session's revision into the export panel's Rev,
// which changes at most every meterEvery: the panel is rendered (and
// measures) only then, not after every key that changes a mark (its
// render cost a toggle's update about 1 ms).
type meterClock struct {
	rev, seen int
	at        time.Time
}

// tick returns the panel's Rev for session revision rev.
func (c *meterClock) tick(rev int) int {
	if rev != c.seen && time.Since(c.at) > meterEvery {
		c.seen, c.at = rev, time.Now()
		c.rev++
	}
	return c.rev
}

// OnAppInstallChange notes whether the browser offers to install the app.
func (p *exportPanel) OnAppInstallChange(ctx app.Context) { p.installable = ctx.IsAppInstallable() }

// measure adds up what this origin keeps in localStorage, and asks the
// browser for the site's usage and quota.
func (p *exportPanel) measure(ctx app.Context) {
	p.measured, p.measuredReady = time.Now(), p.Ready
	measureStorageInSlices(ctx, func(f storageFigures) { // no long task after a key (settle_storage.go)
		f.Usage, f.Quota = p.storage.Usage, p.storage.Quota
		p.storage = f
	})
	estimateStorage(func(usage, quota float64) {
		ctx.Dispatch(func(ctx app.Context) { p.storage.Usage, p.storage.Quota = usage, quota })
	})
}

// Render draws the panel.
func (p *exportPanel) Render() app.UI {
	buttons := []app.UI{}
	for _, f := range formats.Formats() {
		buttons = append(buttons, app.Button().Class("tool").DataSet("export", string(f)).
			OnClick(p.onExport).Text(tr(f.Label())))
	}
	return app.Section().Class("panel").Aria("labelledby", "export-title").Body(
		app.H2().ID("export-title").Text(tr("Export and import")),
		app.Label().For("creator").Text(tr("Your name in exports (optional)")),
		app.Input().ID("creator").Type("text").DataSet("creator", "true").MaxLength(100).
			Value(p.creator).OnChange(p.onCreator),
		app.Div().Class("export-btns").Body(buttons...),
		appStorageMeter(p.storage),
		app.Div().Class("install").Body(app.If(p.Ready, p.renderInstall)), // a stable slot: what follows keeps its nodes
		app.Div().Class("export-btns").Body(
			app.Button().Class("tool").DataSet("make-exercise", "true").DataSet("opens", "exercise").
				OnClick(p.onMakeExercise).Text(tr("Classroom: make an exercise")),
			app.A().Class("tool").Href("/class").Text(tr("Class view")),
			app.A().Class("tool").Href("/exercise").Text(tr("Open an exercise")),
		),
		app.Label().Class("tool", "file-btn").Body(
			app.Text(tr("Import a file…")),
			app.Input().Type("file").Class("sr-only").DataSet("import", "true").DataSet("opens", "import").Multiple(true).
				Accept(".json,.jsonld,.csv,application/json,application/ld+json,text/csv").OnChange(p.onImportFile),
		),
	)
}

// onMakeExercise opens the exercise dialog.
func (p *exportPanel) onMakeExercise(ctx app.Context, e app.Event) { p.H.openDialog(ctx, "exercise") }

// onImportFile previews the file chosen in the import picker.
func (p *exportPanel) onImportFile(ctx app.Context, e app.Event) {
	input := e.Get("currentTarget")
	files := input.Get("files")
	if files.Length() > 0 {
		p.H.readImport(ctx, files.Index(0))
		if files.Length() > 1 {
			p.H.apply(ctx, statusEffect(tr("Only the first file is imported; import the others one at a time.")))
		}
	}
	input.Set("value", "")
}

// onCreator remembers the creator name.
func (p *exportPanel) onCreator(ctx app.Context, e app.Event) {
	p.creator = e.Get("currentTarget").Get("value").String()
	kv := p.H.repo().KV
	prefs, err := library.LoadPrefs(kv)
	if err == nil {
		prefs.Creator = p.creator
		err = library.SavePrefs(kv, prefs)
	}
	if err != nil {
		p.H.apply(ctx, statusEffect(tr("Your name is used in this tab's exports, but it could not be remembered: %v", err)))
	}
}

// onExport downloads the current document in the button's format.
func (p *exportPanel) onExport(ctx app.Context, e app.Event) {
	s := p.H.session()
	p.H.apply(ctx, s.CommitNote())
	f := formats.Format(attr(e, "data-export"))
	o := formats.Options{Creator: p.creator, Modified: now(), Orphans: s.Orphans}
	if f == formats.FormatBackup {
		o.Created = now() // when the backup is written (the W3C annotations have no creation date)
	}
	if rec, _ := p.H.repo().Load(s.Doc.ID); rec != nil {
		o.Modified = rec.Modified
	}
	data, err := formats.Export(f, s.Doc, o)
	if err != nil {
		p.H.apply(ctx, session.Effect{Alert: tr("The export failed: %v", err)})
		return
	}
	name := f.FileName(s.Doc.Title)
	if err := download(name, f.MediaType(), data); err != nil {
		p.H.apply(ctx, session.Effect{Alert: tr("The file could not be handed to the browser: %v", err)})
		return
	}
	p.H.exported()
	p.H.apply(ctx, statusEffect(tr("Exported %s (%s).", name, sizeText(len(data)))))
}

// onInstall asks the browser to install the app.
func (p *exportPanel) onInstall(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() }

// renderInstall offers installing: a button where the browser offers it;
// on Apple browsers (no install prompt), how to add it to the Home Screen
// and that Safari and the installed app keep separate storage.
func (p *exportPanel) renderInstall() app.UI {
	win := app.Window()
	standalone := win.Call("matchMedia", "(display-mode: standalone)").Get("matches").Bool()
	apple := win.Get("goappIsAppleBrowser").Truthy() && win.Call("goappIsAppleBrowser").Bool()
	switch {
	case standalone:
		return nil
	case !apple && p.installable:
		return app.Button().Class("tool").DataSet("install", "true").OnClick(p.onInstall).Text(tr("Install the app"))
	case apple:
		return app.P().Class("hint").DataSet("install-ios", "true").Text(
			tr("To install on iPhone or iPad: Share → Add to Home Screen. Safari tabs and the installed app keep separate storage: move your work between them with Export → Backup and Import."))
	}
	return nil
}

// encoder is a classroom file: an exercise or an answer key.
type encoder interface {
	Encode() ([]byte, error)
	FileName() string
}

// downloadFile encodes f and hands it to the browser.
func downloadFile(f encoder) error {
	b, err := f.Encode()
	if err != nil {
		return err
	}
	return download(f.FileName(), "application/json", b)
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

// sizeText is a human size, in the interface language.
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return tr("%s MB", uiLang.Decimal(float64(n)/(1<<20), 1))
	case n >= 1<<10:
		return tr("%s kB", uiLang.Decimal(float64(n)/(1<<10), 1))
	}
	return trN(n, "%d byte", "%d bytes")
}

// shareOrDownload hands a file to the system share sheet on a phone or
// tablet that can share files (Web Share API), else downloads it. It
// reports whether it shared.
func shareOrDownload(name, mediaType string, data []byte) (shared bool, err error) {
	nav := app.Window().Get("navigator")
	coarse := app.Window().Call("matchMedia", "(pointer: coarse)").Get("matches").Bool()
	if coarse && nav.Get("canShare").Truthy() && nav.Get("share").Truthy() {
		if f, ok := shareFile(name, mediaType, data); ok {
			nav.Call("share", map[string]any{"files": []any{f}, "title": name})
			return true, nil
		}
	}
	return false, download(name, mediaType, data)
}

// shareFile makes a File the browser says it can share.
func shareFile(name, mediaType string, data []byte) (f app.Value, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	win := app.Window()
	arr := win.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	f = win.Get("File").New([]any{arr}, name, map[string]any{"type": mediaType})
	return f, win.Get("navigator").Call("canShare", map[string]any{"files": []any{f}}).Bool()
}
