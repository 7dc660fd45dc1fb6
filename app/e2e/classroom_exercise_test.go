package e2e

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"annotator/app/classroom"
	"annotator/app/formats"
	"annotator/app/model"
	"annotator/seeds"
)

// privateNote is the note a student wrote on the seed for themselves.
const privateNote = "My own private thought about this"

// ownAnnotationsCSV is the seed as the app's CSV, with the student's own
// custom tag "Mystery" on sentence 0 and a private note on sentence 1.
func ownAnnotationsCSV(t *testing.T) string {
	t.Helper()
	seed := seeds.Default()
	d := model.New(seed.Title, seed.Text)
	d.TagSet.Tags = append(d.TagSet.Tags, model.Tag{ID: "mystery", Name: "Mystery", Color: "#000000"})
	h := model.NewHistory(d)
	h.ToggleTag(0, "mystery")
	d.Marks[1].Note = privateNote
	rows, err := formats.EncodeCSV(d)
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, "own.csv", rows)
}

// TestClassroomExerciseOnAnnotatedText: a student who annotated the seed
// as their own document (a custom tag, a private note) opens an exercise
// on the same text. The exercise shows none of it, the submission holds
// none of it, Submit works, and the document keeps its own tag set, tags
// and note, and opens from the library outside exercise mode.
func TestClassroomExerciseOnAnnotatedText(t *testing.T) {
	srv := newServer(t)
	teacher := newBrowser(t)
	open(t, teacher, srv.URL+"/")
	link := seatMakeExercise(t, teacher, "teacher", "Own notes", "Tag every claim.", false)

	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	importFile(t, ctx, ownAnnotationsCSV(t))
	waitFor(t, ctx, `!!document.querySelector('[data-tag="mystery"]') && document.querySelector('[data-sentence="0"]').dataset.tags.includes("mystery") && document.querySelector('[data-sentence="1"]').hasAttribute("data-has-note")`)
	waitQuiet(t, ctx)

	open(t, ctx, link)
	waitFor(t, ctx, `!!document.querySelector("[data-student-name]")`)
	setInput(t, ctx, `[data-student-name]`, "Zoe")
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-start-exercise]`)))
	seatInReader(t, ctx, "Zoe's exercise", "Zoe", len(model.New("", seeds.Default().Text).Sentences))
	seatClean(t, ctx, "Zoe, who annotated the text before")
	if eval[bool](t, ctx, `!!document.querySelector('[data-tag="mystery"]')`) {
		t.Error("the exercise's tag bar shows the student's own custom tag")
	}
	if strings.Contains(eval[string](t, ctx, `document.body.textContent`), privateNote) {
		t.Error("the exercise shows the student's private note")
	}
	press(t, ctx, "1")
	waitFor(t, ctx, `document.querySelector('[data-sentence="0"]').dataset.tags !== ""`)
	file := seatSubmit(t, ctx, "Zoe")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), privateNote) || strings.Contains(string(data), "mystery") {
		t.Errorf("the submission holds the student's own annotations:\n%s", data)
	}
	ex, err := classroom.DecodeLink(link)
	if err != nil {
		t.Fatal(err)
	}
	sub := seatDecode(t, ex, file)
	if len(sub.Marks) != 1 || len(sub.NewTags) != 0 || sub.Marks[0].Note != "" {
		t.Errorf("the submission should hold the one tag given in the exercise: %+v", sub)
	}

	// The student's own document, from the library: not an exercise, its
	// tag set, tag and note as they were.
	open(t, ctx, srv.URL+"/?doc="+seedID())
	waitFor(t, ctx, `document.querySelectorAll("[data-sentence]").length > 1`)
	waitQuiet(t, ctx)
	if eval[bool](t, ctx, `!!document.querySelector("[data-exercise-mode]")`) {
		t.Error("the student's own document opens in exercise mode")
	}
	tags := eval[[]string](t, ctx, `[...document.querySelectorAll("[data-tag]")].map(b => b.dataset.tag)`)
	if !slices.Contains(tags, "mystery") {
		t.Errorf("the document's own tag set lost the custom tag: %v", tags)
	}
	if !eval[bool](t, ctx, `document.querySelector('[data-sentence="0"]').dataset.tags.split(" ").includes("mystery") && document.querySelector('[data-sentence="1"]').hasAttribute("data-has-note")`) {
		t.Errorf("the document's own annotations changed: %s", eval[string](t, ctx, annotationsJS+`.join(" | ")`))
	}
}

// TestClassroomExerciseLinkSameTab: on /exercise, a second exercise link
// opened in the same tab loads that exercise, and a fragment that is no
// exercise link says so.
func TestClassroomExerciseLinkSameTab(t *testing.T) {
	srv := newServer(t)
	teacher := newBrowser(t)
	open(t, teacher, srv.URL+"/")
	first := seatMakeExercise(t, teacher, "teacher", "First exercise", "One.", false)
	second := seatMakeExercise(t, teacher, "teacher", "Second exercise", "Two.", false)
	_, frag, _ := strings.Cut(second, "#")

	ctx := newBrowser(t)
	open(t, ctx, first)
	waitFor(t, ctx, `document.querySelector("h2") && document.querySelector("h2").textContent === "First exercise"`)
	eval[bool](t, ctx, `(location.hash = `+jsString(frag)+`, true)`)
	waitFor(t, ctx, `document.querySelector("h2") && document.querySelector("h2").textContent === "Second exercise"`)
	if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); a != "" {
		t.Errorf("the second link shows an alert: %q", a)
	}
	eval[bool](t, ctx, `(location.hash = "exercise=not-a-real-link", true)`)
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("not a complete exercise link")`)
	if eval[bool](t, ctx, `!!document.querySelector("[data-start-exercise]")`) {
		t.Error("after a broken link, the previous exercise can still be started as if it were the link's")
	}
	eval[bool](t, ctx, `(location.hash = "nothing-here", true)`)
	waitFor(t, ctx, `document.querySelector('[role="alert"]').textContent.includes("holds no exercise")`)
	// A fresh tab with a garbage fragment says so too.
	fresh := newBrowser(t)
	open(t, fresh, srv.URL+"/exercise#exercise=@@@")
	waitFor(t, fresh, `document.querySelector('[role="alert"]').textContent.includes("Ask your teacher for the link again")`)
}
