package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/classroom"
	"annotator/app/library"
)

// exerciseDialog is where a teacher makes an exercise of the open
// document: fields, then the files and the link.
type exerciseDialog struct {
	app.Compo
	h    host
	prev *library.Made // the exercise made earlier on this device from this text, if any
	made *classroom.Exercise
	key  *classroom.Key
	link string
	err  string
}

// OnMount finds an exercise made earlier from the same text, which the
// dialog then offers to update (keeping its id, so that submissions
// already handed in stay valid).
func (d *exerciseDialog) OnMount(ctx app.Context) {
	made, _ := library.LoadMade(d.h.repo().KV)
	hash := d.h.session().Doc.Hash
	for i := range made {
		if made[i].Exercise.TextHash == hash {
			d.prev = &made[i]
		}
	}
}

// onClose closes it.
func (d *exerciseDialog) onClose(ctx app.Context, e app.Event) { d.h.closeDialog(ctx) }

// Render draws the dialog.
func (d *exerciseDialog) Render() app.UI {
	body := []app.UI{
		app.P().Class("hint").Text(tr("Students get the text, the tag set and your instructions; your own annotations of this document become the answer key, a separate file you keep (or release later as feedback).")),
		app.Label().For("ex-title").Text(tr("Title")),
		app.Input().ID("ex-title").Type("text").DataSet("ex-title", "true").DataSet("autofocus", "true").Value(d.h.session().Doc.Title).MaxLength(200),
		app.Label().For("ex-instructions").Text(tr("Instructions for the students")),
		app.Textarea().ID("ex-instructions").Class("note").DataSet("ex-instructions", "true").Rows(4),
		app.Label().For("ex-due").Text(tr("Due date (optional)")),
		app.Input().ID("ex-due").Type("date").DataSet("ex-due", "true"),
		app.Label().Class("check").Body(
			app.Input().Type("checkbox").DataSet("ex-allow-tags", "true"),
			app.Text(tr(" Students may add tags of their own")),
		),
		app.Label().For("ex-scope").Text(tr("Graded sentences (numbers as in the reader, e.g. 2-10, 14; empty for all)")),
		app.Input().ID("ex-scope").Type("text").DataSet("ex-scope", "true").Value(classroom.FormatScope(d.scope())),
		app.P().Class("hint").Text(d.scopeHint()),
		app.If(d.prev != nil, func() app.UI {
			return app.Label().Class("check").Body(
				app.Input().Type("checkbox").DataSet("ex-update", "true").Checked(true),
				app.Text(tr(" Update “%s”, made earlier from this text (same exercise: work already handed in stays valid; the answer key gets a new version)", d.prev.Exercise.Title)),
			)
		}),
		app.Div().Class("editor-actions").Body(
			app.Button().Class("primary").DataSet("create-exercise", "true").OnClick(d.onCreate).Text(tr("Create the exercise")),
			app.Button().OnClick(d.onClose).Text(tr("Close")),
		),
	}
	if d.err != "" {
		body = append(body, app.P().Class("warn").Attr("role", "alert").Text(d.err))
	}
	if d.made != nil {
		body = append(body,
			app.H3().Text(tr("Hand it out")),
			app.Div().Class("editor-actions").Body(
				app.Button().DataSet("download-exercise", "true").OnClick(d.onDownloadExercise).Text(tr("Download the exercise file")),
				app.If(d.key != nil, func() app.UI {
					return app.Button().DataSet("download-key", "true").OnClick(d.onDownloadKey).Text(tr("Download the answer key"))
				}),
				app.A().Class("tool").Href("/class").Text(tr("Open the class view")),
			),
		)
		if d.link != "" {
			body = append(body,
				app.Label().For("ex-link").Text(tr("Or share this link (the exercise travels in the part after #, which is never sent to a server):")),
				app.Input().ID("ex-link").Type("text").ReadOnly(true).DataSet("exercise-link", "true").Value(d.link),
				qrCode(d.link),
			)
		} else {
			body = append(body, app.P().Class("hint").Text(tr("The exercise is too large for a link: hand out the file.")))
		}
	}
	return dialogBox("exercise", tr("Make an exercise from this document"), body...).
		Class("wide").DataSet("exercise-dialog", "true")
}

// onCreate makes the exercise and its key and keeps both on this device.
func (d *exerciseDialog) onCreate(ctx app.Context, e app.Event) {
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
	s := d.h.session()
	d.h.apply(ctx, s.CommitNote())
	scope, err := classroom.ParseScope(val("[data-ex-scope]"), s.Len())
	if err != nil {
		d.err = tr("The graded sentences: %v", err)
		return
	}
	update := d.prev != nil && doc.Call("querySelector", "[data-ex-update]").Get("checked").Bool()
	title := strings.TrimSpace(val("[data-ex-title]"))
	var ex classroom.Exercise
	var prevKey *classroom.Key
	if update {
		ex, err = d.prev.Exercise.Revise(s.Doc, title, val("[data-ex-instructions]"), due, allow, scope)
		prevKey = d.prev.Key
	} else {
		ex, err = classroom.NewExercise(s.Doc, title, val("[data-ex-instructions]"), due, allow, scope)
	}
	if err != nil {
		d.err = tr("The exercise could not be made: %v", err)
		return
	}
	d.made, d.key, d.err, d.link = &ex, nil, "", ""
	if s.Doc.Annotated() > 0 {
		if k, err := classroom.NextKey(s.Doc, ex, prevKey); err != nil {
			d.err = tr("The answer key could not be made: %v", err)
		} else {
			d.key = &k
		}
	}
	if frag, ok := classroom.EncodeLink(ex); ok {
		origin := app.Window().Get("location").Get("origin").String()
		prefix := strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
		d.link = origin + prefix + "/exercise#" + frag
	}
	if err := library.SaveMade(d.h.repo().KV, ex, d.key); err != nil {
		d.err = tr("Made, but not kept in this browser (%v): download the files now.", err)
	}
	msg := tr("Exercise “%s” created.", ex.Title)
	if update {
		msg = tr("Exercise “%s” updated.", ex.Title)
		d.prev = &library.Made{Exercise: ex, Key: d.key}
	}
	d.h.apply(ctx, statusEffect(msg))
}

// scope is the graded scope the dialog proposes: the earlier exercise's,
// else every sentence but the headings.
func (d *exerciseDialog) scope() []classroom.Range {
	if d.prev != nil && len(d.prev.Exercise.Scope) > 0 {
		return d.prev.Exercise.Scope
	}
	return classroom.DefaultScope(d.h.session().Doc)
}

// scopeHint says what the proposed scope leaves out.
func (d *exerciseDialog) scopeHint() string {
	n := d.h.session().Len()
	ex := classroom.Exercise{Scope: d.scope()}
	graded := ex.GradedCount(n)
	if graded == n {
		return trN(n, "The only sentence is graded.", "All %d sentences are graded.")
	}
	return trN(n, "%d of %d sentence is graded: headings are left out by default. Students see the others dimmed; grades, completeness and agreement count only graded sentences.",
		"%d of %d sentences are graded: headings are left out by default. Students see the others dimmed; grades, completeness and agreement count only graded sentences.", graded, n)
}

// onDownloadExercise downloads the exercise file.
func (d *exerciseDialog) onDownloadExercise(ctx app.Context, e app.Event) {
	if d.made == nil {
		return
	}
	if err := downloadFile(d.made); err != nil {
		d.err = err.Error()
	}
}

// onDownloadKey downloads the answer key file.
func (d *exerciseDialog) onDownloadKey(ctx app.Context, e app.Event) {
	if d.key == nil {
		return
	}
	if err := downloadFile(d.key); err != nil {
		d.err = err.Error()
	}
}

// qrCode draws the link as a QR code in SVG, or says it is too long for one.
func qrCode(link string) app.UI {
	m, err := classroom.QR([]byte(link), classroom.QRLevelL)
	if err != nil {
		return app.P().Class("hint").Text(tr("The link is too long for a QR code; share the link or the file."))
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
		Attr("width", 4*n).Attr("height", 4*n).Attr("role", "img").Aria("label", tr("QR code of the exercise link")).
		DataSet("exercise-qr", "true").Body(
		app.Elem("rect").XMLNS(svgNS).Attr("width", n).Attr("height", n).Attr("fill", "#fff"),
		app.Elem("path").XMLNS(svgNS).Attr("d", path.String()).Attr("fill", "#000"),
	)
}
