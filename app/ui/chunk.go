package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/model"
)

// chunkSize is the number of sentences a chunk aims for: large enough that a
// book has few chunks to diff, small enough that one re-render is cheap.
const chunkSize = 100

// ChunkBounds splits a document's sentences into ranges [from, to) of about
// chunkSize sentences, preferring to break at paragraph ends.
func ChunkBounds(d *model.Document) [][2]int {
	var out [][2]int
	from := 0
	for i := 1; i <= len(d.Sentences); i++ {
		n := i - from
		end := i == len(d.Sentences)
		paraEnd := !end && d.Sentences[i].Para != d.Sentences[i-1].Para
		if end || (n >= chunkSize && paraEnd) || n >= 2*chunkSize {
			out = append(out, [2]int{from, i})
			from = i
		}
	}
	return out
}

// chunk renders a range of sentences. Its exported fields are props: it
// re-renders only when one of them changes, so bumping Rev re-renders one
// chunk and leaves the rest of a long document alone.
type chunk struct {
	app.Compo
	// Doc is the document (the same pointer on every render).
	Doc *model.Document
	// From and To are the sentence range [From, To).
	From, To int
	// Rev changes whenever a sentence of this chunk changes.
	Rev int
	// Cur is the current sentence when it is in this chunk, else -1.
	Cur int
	// Sel is the pending word selection inside the current sentence.
	Sel span
}

// Render groups the chunk's sentences into paragraphs.
func (c *chunk) Render() app.UI {
	d := c.Doc
	var paras []app.UI
	var spans []app.UI
	flush := func(cont bool) {
		if len(spans) == 0 {
			return
		}
		cls := "para"
		if cont {
			cls = "para cont"
		}
		paras = append(paras, app.P().Class(cls).Body(spans...))
		spans = nil
	}
	cont := c.From > 0 && d.Sentences[c.From].Para == d.Sentences[c.From-1].Para
	for i := c.From; i < c.To; i++ {
		if i > c.From && d.Sentences[i].Para != d.Sentences[i-1].Para {
			flush(cont)
			cont = false
		}
		spans = append(spans, c.sentence(i), app.Text(" "))
	}
	flush(cont)
	return app.Div().Class("chunk").Body(paras...)
}

// sentence renders sentence i followed by its tag marks. The marks sit
// outside the [data-sentence] element, whose text is exactly the sentence.
func (c *chunk) sentence(i int) app.UI {
	d := c.Doc
	m := d.Marks[i]
	var sel span
	if i == c.Cur {
		sel = c.Sel
	}
	s := app.Span().DataSet("sentence", i).Body(segments(d, d.SentenceText(i), m.Highlights, sel)...)
	cls := []string{"s"}
	if len(m.Tags) > 0 {
		s.DataSet("tags", strings.Join(m.Tags, " "))
		if t, ok := d.TagSet.Find(m.Tags[0]); ok {
			s.Style("--tag", safeColor(t.Color))
		}
		cls = append(cls, "tagged")
	}
	if m.Note != "" {
		s.DataSet("has-note", "true")
	}
	if i == c.Cur {
		s.Aria("current", "true")
		cls = append(cls, "cur")
	}
	s.Class(cls...)
	w := app.Span().Class("sw")
	if m.Empty() {
		return w.Body(s)
	}
	marks := make([]app.UI, 0, len(m.Tags)+1)
	for _, id := range m.Tags {
		t, ok := d.TagSet.Find(id)
		if !ok {
			t = model.Tag{ID: id, Name: id}
		}
		col := safeColor(t.Color)
		marks = append(marks, app.Span().Class("mark").
			Style("background", col).Style("color", TextOn(col)).
			Title(t.Name).Text(t.Name))
	}
	if m.Note != "" {
		marks = append(marks, app.Span().Class("mark", "note-mark").
			Title("Note: "+m.Note).Body(app.Span().Aria("hidden", "true").Text("✎"),
			app.Span().Class("sr-only").Text("has a note")))
	}
	return w.Body(s, app.Span().Class("marks").Body(marks...))
}
