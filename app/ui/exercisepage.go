package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
	"annotator/app/library"
	"annotator/app/store"
)

// ExercisePage is where a student opens an exercise: from a file, or from
// a link that carries it after the #.
type ExercisePage struct {
	app.Compo

	repo  store.Repo
	ex    *classroom.Exercise
	alert string
	ready bool
}

// OnMount reads an exercise from the link, if there is one.
func (p *ExercisePage) OnMount(ctx app.Context) {
	p.repo = store.Repo{KV: localStorage{}}
	applyStoredTheme(p.repo.KV)
	if frag := app.Window().URL().Fragment; frag != "" {
		ex, err := classroom.DecodeLink(frag)
		if err != nil {
			p.alert = "This link does not hold a readable exercise (" + err.Error() + "). Ask for the exercise file instead."
		} else {
			p.ex = &ex
		}
	}
	p.ready = true
	ctx.Update()
}

// Render asks for the exercise, then for the student's name.
func (p *ExercisePage) Render() app.UI {
	root := app.Div().Class("app", "library")
	if p.ready {
		root.DataSet("app-ready", "true")
	}
	body := []app.UI{
		app.P().Text("Open the exercise file your teacher gave you. Everything stays in this browser until you submit."),
		app.Label().Class("tool", "file-btn").Body(
			app.Text("Open an exercise file…"),
			app.Input().Type("file").Class("sr-only").DataSet("open-exercise", "true").Accept(".json,application/json").OnChange(p.onOpen),
		),
	}
	if p.ex != nil {
		body = append(body,
			app.H2().Text(p.ex.Title),
			app.If(strings.TrimSpace(p.ex.Instructions) != "", func() app.UI {
				return app.P().Class("instructions").Text(p.ex.Instructions)
			}),
			app.Label().For("student").Text("Your name or a pseudonym (it goes into the file you hand in)"),
			app.Input().ID("student").Type("text").DataSet("student-name", "true").MaxLength(100).Attr("autocomplete", "name"),
			app.Div().Class("editor-actions").Body(
				app.Button().Class("primary").DataSet("start-exercise", "true").OnClick(p.onStart).Text("Start"),
			),
		)
	}
	return root.Body(
		app.Header().Class("top").Body(
			app.H1().Class("title").Text("Open an exercise"),
			app.Div().Class("tools").Body(app.A().Class("tool").Href("/").Text("Back to reading")),
		),
		app.Div().Class("alert").Attr("role", "alert").Body(
			app.If(p.alert != "", func() app.UI { return app.P().Text(p.alert) }),
		),
		app.Main().Class("lib-main").Body(body...),
	)
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
				p.alert = "Could not read " + name + ": " + err.Error()
				return
			}
			ex, err := classroom.DecodeExercise(data)
			if err != nil {
				p.alert = name + " is not an exercise this app can open: " + err.Error()
				return
			}
			p.ex, p.alert = &ex, ""
			ctx.Defer(func(app.Context) { focus("[data-student-name]") })
		})
	})
}

// onStart keeps the exercise with the student's name and opens its text.
func (p *ExercisePage) onStart(ctx app.Context, e app.Event) {
	name := strings.TrimSpace(app.Window().Get("document").Call("querySelector", "[data-student-name]").Get("value").String())
	if name == "" {
		p.alert = "Enter your name or a pseudonym first: your teacher needs it to tell the files apart."
		return
	}
	id, err := library.StartWork(p.repo, *p.ex, name, now())
	if err != nil {
		p.alert = "The exercise could not be stored in this browser: " + err.Error()
		return
	}
	ctx.Navigate(docURL(id))
}
