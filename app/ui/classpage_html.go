package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/markup"
)

// The heavy parts of the class view (the grade table, the kappa row, the
// notes, the heatmap, the open student's sentences) are written as HTML
// by a string builder, once per change of what they show, and handed to
// app.Raw: go-app then builds each part's DOM in one innerHTML, and skips
// it on every other render (a Raw whose string is unchanged is left as it
// is), so a click that changes something else costs nothing there. app.Raw
// does not sanitise: every text and attribute value written here goes
// through htmlw.text (the tests' hostile names and notes show as text).
// Their buttons are handled by one listener per part (onPartClick), which
// reads the data-* of the button clicked.

// htmlPart is one part's HTML, kept until its key (what it shows) changes.
type htmlPart struct {
	key   any
	html  string
	drawn int // how many times it was written, for data-drawn
}

// get returns the part's HTML for key, writing it with build (given the
// count of its drawings so far, this one included) only when key changed.
func (p *htmlPart) get(key any, build func(drawn int) string) string {
	if p.html == "" || p.key != key {
		p.drawn++
		p.key, p.html = key, build(p.drawn)
	}
	return p.html
}

// htmlw writes escaped HTML.
type htmlw struct{ strings.Builder }

// text writes s as HTML text (also fit for a quoted attribute value).
func (w *htmlw) text(s string) { markup.WriteText(&w.Builder, s) }

// open writes a start tag with attributes given as name, value pairs (a
// name is always a constant of this package).
func (w *htmlw) open(tag string, attrs ...string) {
	w.WriteByte('<')
	w.WriteString(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		w.WriteByte(' ')
		w.WriteString(attrs[i])
		w.WriteString(`="`)
		w.text(attrs[i+1])
		w.WriteByte('"')
	}
	w.WriteByte('>')
}

// close writes an end tag.
func (w *htmlw) close(tag string) {
	w.WriteString("</")
	w.WriteString(tag)
	w.WriteByte('>')
}

// elem writes a whole element holding text.
func (w *htmlw) elem(tag, text string, attrs ...string) {
	w.open(tag, attrs...)
	w.text(text)
	w.close(tag)
}

// rawPart wraps a part's HTML in a block whose one click listener serves
// the part's buttons.
func (c *ClassPage) rawPart(class, html string) app.UI {
	return app.Div().Class(class).OnClick(c.onPartClick).Body(app.Raw(html))
}

// onPartClick serves the buttons of the HTML parts: it finds the button
// clicked and acts on its data-* attributes.
func (c *ClassPage) onPartClick(ctx app.Context, e app.Event) {
	t := e.Get("target")
	if t.IsNull() || t.IsUndefined() || t.Get("closest").IsUndefined() {
		return
	}
	b := t.Call("closest", "button")
	if b.IsNull() || b.IsUndefined() {
		return
	}
	has := func(name string) bool { return b.Call("hasAttribute", name).Bool() }
	get := func(name string) string { return b.Call("getAttribute", name).String() }
	switch {
	case has("data-show-student"):
		c.student, c.studentFile = get("data-show-student"), get("data-file")
		ctx.Defer(func(app.Context) { focus("[data-student-view] h2") })
	case has("data-leave-out"):
		c.leaveOut(get("data-leave-out"))
	case has("data-key-toggle"):
		i, err := strconv.Atoi(get("data-key-toggle"))
		c.keyToggle(i, err == nil, get("data-tag"))
	case has("data-accept"):
		i, err := strconv.Atoi(get("data-accept"))
		c.accept(i, err == nil)
	}
}
