package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"annotator/app/agreement"
	"annotator/app/classroom"
	"annotator/app/i18n"
)

// classParts are the class view's HTML parts (see htmlPart).
type classParts struct {
	students, cohen, notes, heat, sv htmlPart
}

// partKey is what a part shows: the view, names or numbers, a page or
// every row, the open student (-1: none) and the interface language.
type partKey struct {
	view    *classroom.ClassView
	anon    bool
	all     bool
	student int
	lang    i18n.Lang
}

// studentsHTML is the grade table: per-student counts, completeness and,
// with a key, scores; the file of each row and its Open button.
func (c *ClassPage) studentsHTML(drawn int) string {
	v := c.view
	var w htmlw
	w.open("table", "class", "lib-table", "data-students", "true", "data-drawn", strconv.Itoa(drawn))
	w.WriteString("<thead><tr>")
	for _, h := range []string{tr("Student"), tr("Submitted"), tr("Graded sentences annotated"), tr("Accuracy"), tr("Macro-F1")} {
		w.elem("th", h, "scope", "col")
	}
	for _, t := range v.Tags {
		w.elem("th", tr("%s F1", t.Name), "scope", "col")
	}
	for _, t := range v.Tags {
		w.elem("th", tr("%s highlight F1", t.Name), "scope", "col")
	}
	w.elem("th", tr("File"), "scope", "col")
	w.WriteString(`<th scope="col">`)
	w.elem("span", tr("Open"), "class", "sr-only")
	w.WriteString("</th></tr></thead><tbody>")
	for k, s := range v.Students[:c.shownRows(len(v.Students))] {
		when := uiLang.Date(s.Submitted.Local(), i18n.DayTime)
		if s.Late {
			when += tr(" (late)")
		}
		if s.SawKey {
			when += tr(" (after opening the key)")
		}
		if len(s.Claims) > 0 {
			w.open("tr", "data-student", s.Student, "class", "conflict", "data-conflict", "true")
		} else {
			w.open("tr", "data-student", s.Student)
		}
		w.elem("th", c.shown(k), "scope", "row")
		w.elem("td", when, "data-saw-key", strconv.FormatBool(s.SawKey))
		w.elem("td", tr("%d / %d (%.0f %%)", s.Annotated, s.Total, 100*s.Completeness))
		w.elem("td", s.Accuracy.String(), "data-accuracy", s.Student)
		w.elem("td", s.MacroF1.String(), "data-macro-f1", s.Student)
		for n := range v.Tags {
			w.elem("td", scoreAt(s.PerTag, n))
		}
		for n := range v.Tags {
			w.elem("td", scoreAt(s.Highlights, n))
		}
		c.fileCellHTML(&w, s)
		w.WriteString("<td>")
		w.elem("button", tr("Open"), "class", "tool", "data-show-student", s.Student, "data-file", s.File,
			"aria-label", tr("Open the work of %s", c.shown(k)))
		w.WriteString("</td></tr>")
	}
	w.WriteString("</tbody></table>")
	return w.String()
}

// fileCellHTML names the file a student's work came from (an LMS zip
// names the account's folder) and, when another file claims the same
// name, says so and offers to leave this one out.
func (c *ClassPage) fileCellHTML(w *htmlw, s classroom.StudentStats) {
	w.open("td", "class", "file", "data-file", s.File)
	if !c.anon { // the folder names the student
		w.elem("span", clip(s.File, 80), "class", "hint")
		if len(s.Claims) > 0 {
			w.elem("strong", trN(len(s.Claims), " ⚠ %d file claims this name", " ⚠ %d files claim this name"), "class", "overdue")
			w.elem("button", tr("Leave out"), "class", "tool", "data-leave-out", s.File, "aria-label", tr("Leave out %s", s.File))
		}
	}
	w.close("td")
}

// cohenHTML is Cohen's kappa for each pair of a small class or, for a
// larger one, the open student's (k) kappa with each classmate shown.
func (c *ClassPage) cohenHTML(k int) string {
	v := c.view
	n := len(v.Students)
	var w htmlw
	if n <= cohenMatrixMax {
		w.WriteString(`<table class="lib-table" data-cohen="true"><tbody><tr><th>`)
		w.elem("span", tr("Student"), "class", "sr-only")
		w.WriteString("</th>")
		for j := range v.Students {
			w.elem("th", c.shown(j), "scope", "col")
		}
		w.WriteString("</tr>")
		for i := range v.Students {
			w.WriteString("<tr>")
			w.elem("th", c.shown(i), "scope", "row")
			for j := range v.Students {
				w.elem("td", v.CohenKappa(i, j).String())
			}
			w.WriteString("</tr>")
		}
		w.WriteString("</tbody></table>")
		return w.String()
	}
	if k < 0 {
		w.elem("p", tr("%d students: open a student's work to see their kappa with each classmate.", n), "class", "hint", "data-cohen", "hint")
		return w.String()
	}
	w.WriteString(`<table class="lib-table" data-cohen="row"><tbody><tr>`)
	w.elem("th", tr("Student"), "scope", "col")
	w.elem("th", tr("Cohen's kappa with %s", c.shown(k)), "scope", "col")
	w.WriteString("</tr>")
	for j := range v.Students[:c.shownRows(n)] {
		if j != k {
			w.WriteString("<tr>")
			w.elem("th", c.shown(j), "scope", "row")
			w.elem("td", v.CohenKappa(k, j).String())
			w.WriteString("</tr>")
		}
	}
	w.WriteString("</tbody></table>")
	return w.String()
}

// notesHTML lists, sentence by sentence, the notes of the students shown.
func (c *ClassPage) notesHTML(int) string {
	v := c.view
	var w htmlw
	w.WriteString(`<ol class="annos">`)
	any := false
	for _, s := range v.Sentences {
		if len(s.Notes) == 0 {
			continue
		}
		any = true
		shown := s.Notes[:c.shownRows(len(s.Notes))]
		w.open("li", "data-notes-sentence", strconv.Itoa(s.Index))
		w.elem("span", tr("Sentence %d", s.Index+1), "class", "li-head")
		w.elem("span", clip(s.Text, 160), "class", "li-text", "dir", "auto")
		w.WriteString("<ul>")
		for _, n := range shown {
			w.open("li", "data-note-by", n.Student)
			w.elem("strong", tr("%s: ", c.shown(n.Index)))
			w.text(n.Note)
			w.close("li")
		}
		if more := len(s.Notes) - len(shown); more > 0 {
			w.elem("li", trN(more, "and %d more note (Show every student above)", "and %d more notes (Show every student above)"), "class", "hint")
		}
		w.WriteString("</ul></li>")
	}
	if !any {
		w.elem("li", tr("No student wrote a note."))
	}
	w.WriteString("</ol>")
	return w.String()
}

// heatmapHTML is the article with, for each sentence, how many students
// gave each tag (the stronger the colour, the less they agree) and, with
// a key, the buttons that correct the key.
func (c *ClassPage) heatmapHTML(int) string {
	v := c.view
	var w htmlw
	w.WriteString(`<ol class="heatmap" data-heatmap="true">`)
	for _, s := range v.Sentences {
		var counts []string
		for k, n := range s.Counts {
			if n > 0 {
				counts = append(counts, fmt.Sprintf("%s %d", v.Tags[k].Name, n))
			}
		}
		if s.NoTag > 0 {
			counts = append(counts, tr("no tag %d", s.NoTag))
		}
		heat := 0.0
		if s.Agreement.OK {
			heat = 1 - s.Agreement.Value
		}
		line := tr("Agreement %s", s.Agreement.String()) + " · " + strings.Join(counts, " · ")
		if v.HasKey && len(s.Key.Tags) > 0 {
			names := make([]string, len(s.Key.Tags))
			for i, id := range s.Key.Tags {
				names[i] = tagName(v, id)
			}
			line += trN(s.Correct, " · key: %[2]s (%[1]d right)", " · key: %[2]s (%[1]d right)", s.Correct, uiLang.Join(names))
		}
		attrs := []string{"class", "heat", "data-heat", strconv.Itoa(s.Index), "data-agreement", s.Agreement.Fixed(),
			"style", "--heat:" + strconv.FormatFloat(heat, 'f', 2, 64)}
		if !s.Graded {
			line = tr("Not graded · %s", line)
			attrs = append(attrs, "data-graded", "false")
		}
		w.open("li", attrs...)
		w.elem("span", s.Text, "class", "heat-text", "dir", "auto")
		w.elem("span", line, "class", "heat-counts")
		if v.HasKey && s.Graded {
			w.WriteString(`<span class="key-toggles">`)
			w.elem("span", tr("Key:"), "class", "hint")
			for _, t := range v.Tags {
				w.elem("button", t.Name, "class", "key-tag", "data-key-toggle", strconv.Itoa(s.Index), "data-tag", t.ID,
					"aria-pressed", strconv.FormatBool(slices.Contains(s.Key.Tags, t.ID)),
					"aria-label", tr("%s in the key of sentence %d", t.Name, s.Index+1))
			}
			w.WriteString("</span>")
		}
		w.close("li")
	}
	w.WriteString("</ol>")
	return w.String()
}

// studentListHTML is student k's work sentence by sentence beside the
// key: match, missed, extra, their highlights and notes, with the tags
// named in text, and a button to accept a differing answer.
func (c *ClassPage) studentListHTML(k int) string {
	v := c.view
	st := &v.Students[k]
	var w htmlw
	w.WriteString(`<ol class="annos sv-list">`)
	for i, m := range st.Marks {
		s := v.Sentences[i]
		mine, key := agreement.NewSet(m.Tags...), agreement.NewSet(s.Key.Tags...)
		match := slices.Equal(mine, key)
		for _, alt := range s.Alternatives {
			match = match || slices.Equal(mine, agreement.NewSet(alt...))
		}
		status, cls, verdict := "differs", "fb-no", tr("✗ differs from the key")
		if match {
			status, cls, verdict = "match", "fb-ok", tr("✓ matches the key")
		}
		if !s.Graded {
			status, cls, verdict = "ungraded", "fb-none", tr("not graded")
		}
		parts := []string{verdict, tr("Student: %s", tagList(v, mine))}
		if !v.HasKey {
			parts = parts[1:]
		} else {
			parts = append(parts, tr("Key: %s", tagList(v, key)))
			if miss := without(key, mine); len(miss) > 0 && !match {
				parts = append(parts, tr("missed: %s", tagList(v, miss)))
			}
			if extra := without(mine, key); len(extra) > 0 && !match {
				parts = append(parts, tr("extra: %s", tagList(v, extra)))
			}
		}
		for _, h := range m.Highlights {
			parts = append(parts, tr("highlight %s “%s”", tagName(v, h.Tag), clip(s.Text[min(h.Start, len(s.Text)):min(h.End, len(s.Text))], 40)))
		}
		w.open("li", "class", "sv "+cls, "data-sv-sentence", strconv.Itoa(i), "data-match", status)
		w.elem("span", tr("Sentence %d", i+1), "class", "li-head")
		w.elem("span", s.Text, "class", "li-text", "dir", "auto")
		w.elem("span", strings.Join(parts, " · "), "class", "li-tags")
		if m.Note != "" {
			w.elem("span", tr("Note: %s", m.Note), "class", "li-note")
		}
		if v.HasKey && !match && s.Graded {
			w.elem("button", tr("Accept this answer as also correct"), "class", "tool", "data-accept", strconv.Itoa(i))
		}
		w.close("li")
	}
	w.WriteString("</ol>")
	return w.String()
}
