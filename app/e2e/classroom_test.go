package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"annotator/app/classroom"
)

// student opens the exercise file in a fresh browser profile, annotates with
// the given keys and submits; it returns the submission file.
func student(t *testing.T, url, exFile, name string, keys ...string) string {
	ctx := newBrowser(t)
	dir := allowDownloads(t, ctx)
	open(t, ctx, url+"/exercise")
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-open-exercise]`), []string{exFile}))
	waitFor(t, ctx, `!!document.querySelector("[data-student-name]") || document.querySelector('[role="alert"]').textContent !== ""`)
	if a := eval[string](t, ctx, `document.querySelector('[role="alert"]').textContent`); a != "" {
		t.Fatalf("opening the exercise: %s", a)
	}
	setInput(t, ctx, `[data-student-name]`, name)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-start-exercise]`)))
	waitFor(t, ctx, `!!document.querySelector("[data-exercise-mode]") && !!document.querySelector("[data-app-ready]")`)
	waitFor(t, ctx, `document.querySelector("[data-instructions]").textContent.includes("Tag every claim")`)
	press(t, ctx, keys...)
	// The tag set is closed: the editor refuses.
	press(t, ctx, "T")
	waitFor(t, ctx, `document.querySelector('[role="status"]').textContent.includes("fixed by your teacher")`)
	do(t, ctx, chromedp.Click(chromedp.CSS(`[data-submit]`)))
	return waitDownload(t, dir, ".submission.json")
}

func TestClassroomLoop(t *testing.T) {
	srv := newServer(t)
	teacher := newBrowser(t)
	tdir := allowDownloads(t, teacher)
	open(t, teacher, srv.URL+"/")
	// The key: Claim on 0, Evidence on 1, Quote on 2, with a note for the students.
	press(t, teacher, "1", "j", "2", "j", "3")
	command(t, teacher, "n")
	waitFor(t, teacher, `document.activeElement.hasAttribute("data-note-editor")`)
	press(t, teacher, "Kerry is quoted word for word.", kb.Escape)
	waitFor(t, teacher, `document.querySelector('[data-sentence="2"]').hasAttribute("data-has-note")`)
	do(t, teacher, chromedp.Click(chromedp.CSS(`[data-make-exercise]`)))
	waitFor(t, teacher, `!!document.querySelector("[data-exercise-dialog]")`)
	setInput(t, teacher, `[data-ex-title]`, "Week 3: claims")
	setInput(t, teacher, `[data-ex-instructions]`, "Tag every claim, its evidence and each quote.")
	do(t, teacher, chromedp.Click(chromedp.CSS(`[data-create-exercise]`)))
	waitFor(t, teacher, `!!document.querySelector("[data-download-key]")`)
	waitFor(t, teacher, `document.querySelector("[data-exercise-link]").value.includes("/exercise#exercise=")`)
	link := eval[string](t, teacher, `document.querySelector("[data-exercise-link]").value`)
	viaLink := newBrowser(t)
	open(t, viaLink, link)
	waitFor(t, viaLink, `!!document.querySelector("[data-student-name]") && document.querySelector("h2").textContent === "Week 3: claims"`)
	do(t, teacher, chromedp.Click(chromedp.CSS(`[data-download-exercise]`)))
	exFile := waitDownload(t, tdir, ".exercise.json")
	do(t, teacher, chromedp.Click(chromedp.CSS(`[data-download-key]`)))
	keyFile := waitDownload(t, tdir, ".key.json")

	subs := []string{
		student(t, srv.URL, exFile, "Ada", "1", "j", "2", "j", "3"),      // as the key
		student(t, srv.URL, exFile, "Ben", "1", "j", "1", "j", "j", "4"), // Claim, Claim, -, Opinion
		student(t, srv.URL, exFile, "Cy", "2"),                           // Evidence on 0 only
	}

	open(t, teacher, srv.URL+"/class")
	waitFor(t, teacher, `document.querySelector("[data-key-state]") && document.querySelector("[data-key-state]").dataset.keyState === "true"`)
	do(t, teacher, chromedp.SetUploadFiles(chromedp.CSS(`input[data-submissions]`), subs))
	waitEq(t, teacher, `String(document.querySelectorAll("[data-students] tbody tr").length)`, "3")
	waitEq(t, teacher, `String(document.querySelectorAll("[data-heatmap] [data-heat]").length)`, "18")
	if got := eval[string](t, teacher, `document.querySelector('[data-accuracy="Ada"]').textContent`); got != "1.000" {
		t.Errorf("Ada, who matches the key, has accuracy %s", got)
	}
	heat0 := eval[string](t, teacher, `document.querySelector('[data-heat="0"]').textContent`)
	if !bytes.Contains([]byte(heat0), []byte("Claim 2")) || !bytes.Contains([]byte(heat0), []byte("Evidence 1")) {
		t.Errorf("heatmap of sentence 0: %q", heat0)
	}
	for _, f := range []string{"percent", "fleiss", "alpha", "alpha-masi"} {
		if v := eval[string](t, teacher, `document.querySelector('[data-figure="`+f+`"]').textContent`); v == "" || v == "—" {
			t.Errorf("agreement figure %s is %q", f, v)
		}
	}
	do(t, teacher, chromedp.Click(chromedp.CSS(`[data-grade-csv]`)))
	gotCSV, err := os.ReadFile(waitDownload(t, tdir, ".csv"))
	if err != nil {
		t.Fatal(err)
	}
	// The same figures, computed natively from the files the browsers wrote.
	want := expectedGrades(t, exFile, keyFile, subs)
	if !bytes.Equal(gotCSV, want) {
		t.Errorf("grade CSV from the browser:\n%s\nwant:\n%s", gotCSV, want)
	}
	if !bytes.Contains(gotCSV, []byte("Ada,")) || !bytes.Contains(gotCSV, []byte(",1.000,1.000,")) {
		t.Errorf("Ada's row should have accuracy and macro-F1 1.000:\n%s", gotCSV)
	}

	// Feedback: a student who opens the released key sees where they differ.
	ben := newBrowser(t)
	open(t, ben, srv.URL+"/exercise")
	do(t, ben, chromedp.SetUploadFiles(chromedp.CSS(`input[data-open-exercise]`), []string{exFile}))
	waitFor(t, ben, `!!document.querySelector("[data-student-name]")`)
	setInput(t, ben, `[data-student-name]`, "Ben")
	do(t, ben, chromedp.Click(chromedp.CSS(`[data-start-exercise]`)))
	waitFor(t, ben, `!!document.querySelector("[data-exercise-mode]")`)
	press(t, ben, "1", "j", "1")
	do(t, ben, chromedp.SetUploadFiles(chromedp.CSS(`input[data-open-key]`), []string{keyFile}))
	waitFor(t, ben, `!!document.querySelector('[data-feedback="0"][data-correct="true"]') && !!document.querySelector('[data-feedback="1"][data-correct="false"]')`)
	if fb := eval[string](t, ben, `document.querySelector('[data-feedback="2"]').textContent`); !bytes.Contains([]byte(fb), []byte("Kerry is quoted word for word.")) {
		t.Errorf("feedback lacks the teacher's note: %q", fb)
	}
}

// expectedGrades computes the grade table with the classroom package.
func expectedGrades(t *testing.T, exFile, keyFile string, subs []string) []byte {
	t.Helper()
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	ex, err := classroom.DecodeExercise(read(exFile))
	if err != nil {
		t.Fatal(err)
	}
	key, err := classroom.DecodeKey(read(keyFile))
	if err != nil {
		t.Fatal(err)
	}
	var files []classroom.NamedFile
	for _, s := range subs {
		// The browser knows a picked file by its name alone.
		files = append(files, classroom.NamedFile{Name: filepath.Base(s), Data: read(s)})
	}
	imp := classroom.ImportSubmissions(ex, files)
	v, err := classroom.NewClassViewOf(ex, &key, imp)
	if err != nil {
		t.Fatal(err)
	}
	b, err := v.GradeCSV()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
