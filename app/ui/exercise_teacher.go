package ui

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
	"annotator/app/store"
)

// madeKey stores an exercise a teacher made on this device, with its key.
func madeKey(id string) string { return store.Prefix + "exercises/" + id }

// madeExercise is what madeKey holds.
type madeExercise struct {
	Exercise json.RawMessage `json:"exercise"`
	Key      json.RawMessage `json:"key,omitempty"`
}

// exerciseForm is the state of the "make an exercise" dialog.
type exerciseForm struct {
	made *classroom.Exercise
	key  *classroom.Key
	link string
	err  string
}

// onMakeExercise opens the dialog.
func (r *Reader) onMakeExercise(ctx app.Context, e app.Event) {
	r.commitNote()
	r.exForm = &exerciseForm{}
	ctx.Defer(func(app.Context) { focus("[data-exercise-dialog] input") })
}

// onExerciseClose closes it.
func (r *Reader) onExerciseClose(ctx app.Context, e app.Event) {
	r.exForm = nil
	ctx.Defer(func(app.Context) { focus("[data-make-exercise]") })
}

// renderExerciseForm is the dialog: fields, then the files and the link.
func (r *Reader) renderExerciseForm() app.UI {
	f := r.exForm
	body := []app.UI{
		app.H2().ID("exercise-title").Text("Make an exercise from this document"),
		app.P().Class("hint").Text("Students get the text, the tag set and your instructions; your own annotations of this document become the answer key, a separate file you keep (or release later as feedback)."),
		app.Label().For("ex-title").Text("Title"),
		app.Input().ID("ex-title").Type("text").DataSet("ex-title", "true").Value(r.doc.Title).MaxLength(200),
		app.Label().For("ex-instructions").Text("Instructions for the students"),
		app.Textarea().ID("ex-instructions").Class("note").DataSet("ex-instructions", "true").Rows(4),
		app.Label().For("ex-due").Text("Due date (optional)"),
		app.Input().ID("ex-due").Type("date").DataSet("ex-due", "true"),
		app.Label().Class("check").Body(
			app.Input().Type("checkbox").DataSet("ex-allow-tags", "true"),
			app.Text(" Students may add tags of their own"),
		),
		app.Div().Class("editor-actions").Body(
			app.Button().Class("primary").DataSet("create-exercise", "true").OnClick(r.onCreateExercise).Text("Create the exercise"),
			app.Button().OnClick(r.onExerciseClose).Text("Close"),
		),
	}
	if f.err != "" {
		body = append(body, app.P().Class("warn").Attr("role", "alert").Text(f.err))
	}
	if f.made != nil {
		body = append(body,
			app.H3().Text("Hand it out"),
			app.Div().Class("editor-actions").Body(
				app.Button().DataSet("download-exercise", "true").OnClick(r.onDownloadExercise).Text("Download the exercise file"),
				app.If(f.key != nil, func() app.UI {
					return app.Button().DataSet("download-key", "true").OnClick(r.onDownloadKey).Text("Download the answer key")
				}),
				app.A().Class("tool").Href("/class").Text("Open the class view"),
			),
		)
		if f.link != "" {
			body = append(body,
				app.Label().For("ex-link").Text("Or share this link (the exercise travels in the part after #, which is never sent to a server):"),
				app.Input().ID("ex-link").Type("text").ReadOnly(true).DataSet("exercise-link", "true").Value(f.link),
				qrCode(f.link),
			)
		} else {
			body = append(body, app.P().Class("hint").Text("The exercise is too large for a link: hand out the file."))
		}
	}
	return app.Div().Class("overlay").Body(
		app.Div().Class("dialog", "wide").Attr("role", "dialog").Aria("modal", "true").
			Aria("labelledby", "exercise-title").DataSet("exercise-dialog", "true").Body(body...),
	)
}

// onCreateExercise makes the exercise and its key and keeps both on this device.
func (r *Reader) onCreateExercise(ctx app.Context, e app.Event) {
	doc := app.Window().Get("document")
	val := func(sel string) string { return doc.Call("querySelector", sel).Get("value").String() }
	var due *time.Time
	if s := val("[data-ex-due]"); s != "" {
		if t, err := time.ParseInLocation("2006-01-02", s, time.Local); err == nil {
			t = t.Add(24*time.Hour - time.Second) // the end of that day
			due = &t
		}
	}
	allow := doc.Call("querySelector", "[data-ex-allow-tags]").Get("checked").Bool()
	ex, err := classroom.NewExercise(r.doc, strings.TrimSpace(val("[data-ex-title]")), val("[data-ex-instructions]"), due, allow)
	if err != nil {
		r.exForm.err = "The exercise could not be made: " + err.Error()
		return
	}
	exJSON, err := ex.Encode()
	if err != nil {
		r.exForm.err = err.Error()
		return
	}
	stored := madeExercise{Exercise: exJSON}
	r.exForm.made, r.exForm.key, r.exForm.err = &ex, nil, ""
	if r.doc.Annotated() > 0 {
		k, err := classroom.KeyFrom(r.doc, ex)
		if err != nil {
			r.exForm.err = "The answer key could not be made: " + err.Error()
		} else if kJSON, err := k.Encode(); err == nil {
			r.exForm.key = &k
			stored.Key = kJSON
		}
	}
	if frag, ok := classroom.EncodeLink(ex); ok {
		origin := app.Window().Get("location").Get("origin").String()
		prefix := strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
		r.exForm.link = origin + prefix + "/exercise#" + frag
	}
	b, _ := json.Marshal(stored)
	if err := r.repo.KV.Set(madeKey(ex.ID), string(b)); err != nil {
		r.exForm.err = "Made, but not kept in this browser (" + err.Error() + "): download the files now."
	}
	r.status = "Exercise “" + ex.Title + "” created."
}

// onDownloadExercise downloads the exercise file.
func (r *Reader) onDownloadExercise(ctx app.Context, e app.Event) {
	if r.exForm == nil || r.exForm.made == nil {
		return
	}
	ex := r.exForm.made
	b, err := ex.Encode()
	if err == nil {
		err = download(ex.FileName(), "application/json", b)
	}
	if err != nil {
		r.exForm.err = err.Error()
	}
}

// onDownloadKey downloads the answer key file.
func (r *Reader) onDownloadKey(ctx app.Context, e app.Event) {
	if r.exForm == nil || r.exForm.key == nil {
		return
	}
	k := r.exForm.key
	b, err := k.Encode()
	if err == nil {
		err = download(k.FileName(), "application/json", b)
	}
	if err != nil {
		r.exForm.err = err.Error()
	}
}

// qrCode draws the link as a QR code in SVG, or says it is too long for one.
func qrCode(link string) app.UI {
	m, err := classroom.QR([]byte(link), classroom.QRLevelL)
	if err != nil {
		return app.P().Class("hint").Text("The link is too long for a QR code; share the link or the file.")
	}
	n := len(m) + 8 // a quiet zone of 4 modules on each side
	var path strings.Builder
	for y, row := range m {
		for x, dark := range row {
			if dark {
				fmt.Fprintf(&path, "M%d %dh1v1h-1z", x+4, y+4)
			}
		}
	}
	return app.Elem("svg").XMLNS(svgNS).Attr("viewBox", fmt.Sprintf("0 0 %d %d", n, n)).
		Attr("width", 4*n).Attr("height", 4*n).Attr("role", "img").Aria("label", "QR code of the exercise link").
		DataSet("exercise-qr", "true").Body(
		app.Elem("rect").XMLNS(svgNS).Attr("width", n).Attr("height", n).Attr("fill", "#fff"),
		app.Elem("path").XMLNS(svgNS).Attr("d", path.String()).Attr("fill", "#000"),
	)
}
