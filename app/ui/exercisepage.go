package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
	"annotator/app/i18n"
	"annotator/app/library"
	"annotator/app/store"
)

// ExercisePage is where a student opens an exercise: from a file, or from
// a link that carries it after the #.
type ExercisePage struct {
	app.Compo

	repo   store.Repo
	ex     *classroom.Exercise
	found  *library.WorkEntry // work on this device for the name being typed
	frag   string             // the link fragment last read
	alert  string
	status string
	ready  bool
}

// OnInit picks the interface language.
func (p *ExercisePage) OnInit() { startLang() }

// OnMount reads an exercise from the link, if there is one.
func (p *ExercisePage) OnMount(ctx app.Context) {
	p.repo = store.Repo{KV: localStorage{}}
	applyStoredTheme(p.repo.KV)
	p.readLink(ctx)
	if ctx.Page().URL().Query().Get("removed") != "" {
		p.status = tr("Your work was removed from this device. The next student can start: type a name.")
	}
	p.ready = true
	ctx.Update()
}

// OnNav reads the link again when it changes in the same tab (a new
// #exercise= link pasted or opened while the page is open).
func (p *ExercisePage) OnNav(ctx app.Context) {
	if p.readLink(ctx) {
		ctx.Update()
	}
}

// readLink reads the exercise of the page's fragment, when it is not the
// one read last; it reports whether it read one. A fragment that is no
// exercise link leaves no exercise open and says what to do.
func (p *ExercisePage) readLink(ctx app.Context) bool {
	frag := app.Window().URL().Fragment
	if frag == "" || frag == p.frag {
		return false
	}
	p.frag, p.found, p.status = frag, nil, ""
	ex, err := classroom.DecodeLink(frag)
	if err != nil {
		p.ex, p.alert = nil, tr("This link is not a complete exercise link (%v). Ask your teacher for the link again, or for the exercise file.", err)
		return true
	}
	p.ex, p.alert = &ex, ""
	if input := app.Window().Get("document").Call("querySelector", "[data-student-name]"); input.Truthy() {
		if name := strings.TrimSpace(input.Get("value").String()); name != "" && p.repo.KV != nil {
			p.found = library.FindWork(p.repo, ex.ID, name)
		}
	}
	ctx.Defer(func(app.Context) { focus("[data-student-name]") })
	return true
}

// Render asks for the exercise, then for the student's name.
func (p *ExercisePage) Render() app.UI {
	root := app.Div().Class("app", "library")
	if p.ready {
		root.DataSet("app-ready", "true")
	}
	body := []app.UI{
		app.P().Text(tr("Open the exercise file your teacher gave you. Everything stays in this browser until you submit.")),
		app.Label().Class("tool", "file-btn").Body(
			app.Text(tr("Open an exercise file…")),
			app.Input().Type("file").Class("sr-only").DataSet("open-exercise", "true").Accept(".json,application/json").OnChange(p.onOpen),
		),
	}
	if p.ex != nil {
		body = append(body,
			app.H2().Text(p.ex.Title),
			app.If(strings.TrimSpace(p.ex.Instructions) != "", func() app.UI {
				return app.P().Class("instructions").Dir("auto").Text(p.ex.Instructions)
			}),
			app.Label().For("student").Text(tr("Your name or a pseudonym (it goes into the file you hand in)")),
			app.Input().ID("student").Type("text").DataSet("student-name", "true").MaxLength(100).
				Attr("autocomplete", "off").AutoFocus(true).OnInput(p.onName).OnKeyDown(p.onNameKey),
			app.P().Class("hint").DataSet("work-found", strconv.FormatBool(p.found != nil)).Text(p.nameHint()),
			app.Div().Class("editor-actions").Body(
				app.Button().Class("primary").DataSet("start-exercise", "true").OnClick(p.onStart).Text(p.startLabel()),
			),
			app.P().Class("hint").Text(tr("On a shared computer: each name keeps its own work in this browser, and anyone using it can open a name's work by typing it. Remove your work from this device once you have handed it in.")),
		)
	}
	return root.Body(
		app.Header().Class("top").Body(
			app.H1().Class("title").Text(tr("Open an exercise")),
			app.Div().Class("tools").Body(app.A().Class("tool").Href("/").Text(tr("Back to reading")), langSwitch(p.onLang)),
		),
		app.Div().Class("alert").Attr("role", "alert").Body(
			app.If(p.alert != "", func() app.UI { return app.P().Text(p.alert) }),
		),
		app.Main().Class("lib-main").Body(body...),
		app.Footer().Class("foot").Body(app.Div().Class("status").Attr("role", "status").Text(p.status)),
	)
}

// onLang switches the interface language.
func (p *ExercisePage) onLang(ctx app.Context, e app.Event) {
	if status, ok := changeLang(p.repo.KV, e); ok {
		p.status = status
	}
}

// onOpen reads an exercise file.
func (p *ExercisePage) onOpen(ctx app.Context, e app.Event) {
	files := e.Get("currentTarget").Get("files")
	if files.Length() == 0 {
		return
	}
	f := files.Index(0)
	name := f.Get("name").String()
	readBytes(f, func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alert = tr("Could not read %s: %v", name, err)
				return
			}
			ex, err := classroom.DecodeExercise(data)
			if err != nil {
				p.alert = tr("%s is not an exercise this app can open: %v", name, err)
				return
			}
			p.ex, p.alert = &ex, ""
			ctx.Defer(func(app.Context) { focus("[data-student-name]") })
		})
	})
}

// nameHint says what Start does for the name typed so far.
func (p *ExercisePage) nameHint() string {
	if p.found == nil {
		return tr("A name with no work on this device starts with no tags and no notes.")
	}
	return trN(p.found.Annotated, "%[2]s has work on this device (%[1]d annotated sentence, started %[3]s): Start continues it.",
		"%[2]s has work on this device (%[1]d annotated sentences, started %[3]s): Start continues it.",
		p.found.Annotated, p.found.Student, uiLang.Date(p.found.Started.Local(), i18n.DayTime))
}

// startLabel is the Start button's text.
func (p *ExercisePage) startLabel() string {
	if p.found != nil {
		return tr("Continue my work")
	}
	return tr("Start")
}

// onName looks for work of the name being typed.
func (p *ExercisePage) onName(ctx app.Context, e app.Event) {
	p.found = nil
	if name := strings.TrimSpace(e.Get("currentTarget").Get("value").String()); name != "" {
		p.found = library.FindWork(p.repo, p.ex.ID, name)
	}
}

// onNameKey starts on Enter.
func (p *ExercisePage) onNameKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() == "Enter" {
		e.PreventDefault()
		p.onStart(ctx, e)
	}
}

// onStart opens the work of the student whose name is typed: the work
// this name has on this device, or new work with no tags and no notes.
func (p *ExercisePage) onStart(ctx app.Context, e app.Event) {
	name := strings.TrimSpace(app.Window().Get("document").Call("querySelector", "[data-student-name]").Get("value").String())
	if name == "" {
		p.alert = tr("Enter your name or a pseudonym first: your teacher needs it to tell the files apart.")
		return
	}
	id, _, err := library.StartWork(p.repo, *p.ex, name, now())
	if err != nil {
		p.alert = tr("The exercise could not be started in this browser: %v", err)
		return
	}
	ctx.Navigate(docURL(id))
}
