package ui

import (
	"strings"
	"testing"
	"time"

	"annotator/app/classroom"
	"annotator/app/model"
)

// hostileClass is a class view of two students, one named and noting
// markup, scored against a key.
func hostileClass(t *testing.T) *ClassPage {
	t.Helper()
	d := model.New("Class", "The fares rise. The bus is late. Nobody knows why.")
	d.TagSet = model.TagSet{Name: "Two", Tags: []model.Tag{{ID: "claim", Name: "Claim <b>", Color: "#E69F00"}, {ID: "fact", Name: "Fact", Color: "#0072B2"}}}
	ex, err := classroom.NewExercise(d, "Hostile", "Tag it.", nil, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := ex.Document()
	doc.Marks[0].Tags = []string{"claim"}
	key, err := classroom.KeyFrom(doc, ex)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	var subs []classroom.Submission
	for _, who := range []string{`<img src=x onerror="alert(1)">`, "Bob & 'Co'"} {
		w := ex.Document()
		w.Marks[1].Tags = []string{"fact"}
		w.Marks[1].Note = `</li><script>alert(2)</script> "quoted"`
		s, err := classroom.NewSubmission(ex, who, w, at, at.Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		subs = append(subs, s)
	}
	v, err := classroom.NewClassView(ex, &key, subs)
	if err != nil {
		t.Fatal(err)
	}
	return &ClassPage{view: v, ex: &ex, key: &key, student: v.Students[0].Student}
}

// TestClassPartsEscape: names, notes and tag names that hold markup are
// written as text in every HTML part (app.Raw does not sanitise).
func TestClassPartsEscape(t *testing.T) {
	c := hostileClass(t)
	k := c.openIndex()
	if k < 0 {
		t.Fatal("the open student is not found")
	}
	for name, html := range map[string]string{
		"students": c.studentsHTML(1), "cohen": c.cohenHTML(k), "notes": c.notesHTML(1),
		"heatmap": c.heatmapHTML(1), "student": c.studentListHTML(k),
	} {
		for _, bad := range []string{"<img", "<script", "<b>", `onerror="`, "Bob & ", "'Co'"} {
			if strings.Contains(html, bad) {
				t.Errorf("%s part holds %q unescaped: %.300s", name, bad, html)
			}
		}
	}
	if h := c.studentsHTML(1); !strings.Contains(h, `data-show-student="&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"`) {
		t.Errorf("the Open button does not carry the escaped name: %.400s", h)
	}
	if h := c.notesHTML(1); !strings.Contains(h, "&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt; &#34;quoted&#34;") {
		t.Errorf("the note is not written as text: %.400s", h)
	}
}

// TestClassPartsDrawnOnce: a part is written again only when what it
// shows changes (the view, names or numbers, the page, the language).
func TestClassPartsDrawnOnce(t *testing.T) {
	c := hostileClass(t)
	for range 3 {
		c.parts.students.get(c.partKey(-1), c.studentsHTML)
	}
	if c.parts.students.drawn != 1 {
		t.Errorf("three renders with nothing changed wrote the table %d times, want once", c.parts.students.drawn)
	}
	c.anon = true
	if h := c.parts.students.get(c.partKey(-1), c.studentsHTML); c.parts.students.drawn != 2 || !strings.Contains(h, ">Student 1<") || strings.Contains(h, "Bob") && !strings.Contains(h, `data-show-student="Bob`) {
		t.Errorf("anonymising: drawn %d times, want 2, with numbers for names", c.parts.students.drawn)
	}
	c.student = c.view.Students[1].Student
	c.parts.students.get(c.partKey(-1), c.studentsHTML)
	if c.parts.students.drawn != 2 {
		t.Errorf("opening a student wrote the table again (%d)", c.parts.students.drawn)
	}
}
