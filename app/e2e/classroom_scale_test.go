package e2e

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"annotator/app/classroom"
	"annotator/app/model"
)

// classFiles writes an exercise of 30 sentences, its key and the LMS zip
// of n students' submissions (each tags sentence i with tag (i+k) mod 4 of
// four, and notes sentence 0), plus, when forged is set, a file in
// Mallory's folder claiming to be "Student 001", handed in later.
func classFiles(t *testing.T, n int, forged bool) (exFile, keyFile, zipFile string) {
	t.Helper()
	var text strings.Builder
	for i := range 30 {
		fmt.Fprintf(&text, "Sentence %d of the class text says something. ", i+1)
	}
	d := model.New("Class", text.String())
	d.TagSet = model.TagSet{Name: "Four", Tags: []model.Tag{
		{ID: "claim", Name: "Claim", Color: "#E69F00"}, {ID: "evidence", Name: "Evidence", Color: "#009E73"},
		{ID: "opinion", Name: "Opinion", Color: "#CC79A7"}, {ID: "fact", Name: "Fact", Color: "#0072B2"}}}
	ex, err := classroom.NewExercise(d, "Scale class", "Tag every sentence.", nil, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	tagged := func(shift int, note string) *model.Document {
		doc := ex.Document()
		for i := range doc.Marks {
			doc.Marks[i].Tags = []string{d.TagSet.Tags[(i+shift)%4].ID}
		}
		doc.Marks[0].Note = note
		return doc
	}
	key, err := classroom.KeyFrom(tagged(0, ""), ex)
	if err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	add := func(folder, student string, shift int, at time.Time) {
		s, err := classroom.NewSubmission(ex, student, tagged(shift, "Note by "+student), start, at)
		if err != nil {
			t.Fatal(err)
		}
		data, err := s.Encode()
		if err != nil {
			t.Fatal(err)
		}
		w, _ := zw.Create(folder + "/" + s.FileName(ex))
		w.Write(data)
	}
	for k := range n {
		add(fmt.Sprintf("Student %03d_%d_assignsubmission_file_", k, 100+k), fmt.Sprintf("Student %03d", k), k%4, start.Add(time.Hour))
	}
	if forged {
		add("Mallory_999_assignsubmission_file_", "student 001", 2, start.Add(3*time.Hour))
	}
	zw.Close()
	file := func(v interface{ Encode() ([]byte, error) }) []byte {
		b, err := v.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return writeFile(t, "class.exercise.json", file(&ex)), writeFile(t, "class.key.json", file(&key)), writeFile(t, "lms.zip", z.Bytes())
}

// bombFile is a zip bomb as an LMS zip could hold one: a .json entry of
// 8 MB of zeros, about 8 KB packed.
func bombFile(t *testing.T, i int) string {
	t.Helper()
	const size = 8 << 20
	var packed bytes.Buffer
	fw, _ := flate.NewWriter(&packed, flate.BestCompression)
	fw.Write(make([]byte, size))
	fw.Close()
	var z bytes.Buffer
	zw := zip.NewWriter(&z)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "Mallory_9_assignsubmission_file_/work.json", Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE(make([]byte, size)), CompressedSize64: uint64(packed.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(packed.Bytes())
	zw.Close()
	return writeFile(t, "bomb-"+strconv.Itoa(i)+".zip", z.Bytes())
}

// openClass opens the class view with the exercise and its key.
func openClass(t *testing.T, url, exFile, keyFile string) context.Context {
	ctx := newBrowser(t)
	open(t, ctx, url+"/class")
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-class-exercise]`), []string{exFile}))
	waitFor(t, ctx, `!!document.querySelector("input[data-submissions]")`)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-class-key]`), []string{keyFile}))
	waitFor(t, ctx, `document.querySelector("[data-key-state]").dataset.keyState === "true"`)
	return ctx
}

// TestClassroomForgedSubmission: an LMS zip in which a file in Mallory's
// folder claims to be Student 001's. Both are kept, each with its own row
// and grade and its LMS folder, and flagged; leaving the forged one out
// leaves the real one as it was.
func TestClassroomForgedSubmission(t *testing.T) {
	srv := newServer(t)
	exFile, keyFile, zipFile := classFiles(t, 3, true)
	ctx := openClass(t, srv.URL, exFile, keyFile)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-submissions]`), []string{zipFile}))
	waitEq(t, ctx, `String(document.querySelectorAll("[data-students] tbody tr").length)`, "4")
	waitFor(t, ctx, `document.querySelector("[data-conflicts]") && document.querySelector("[data-conflicts]").dataset.conflicts === "1"`)
	flag := eval[string](t, ctx, `document.querySelector("[data-conflicts]").textContent`)
	for _, want := range []string{"2 files claim Student 001", "lms.zip: Student 001_101_assignsubmission_file_/", "lms.zip: Mallory_999_assignsubmission_file_/"} {
		if !strings.Contains(flag, want) {
			t.Errorf("the conflict notice lacks %q: %s", want, flag)
		}
	}
	if got := eval[int](t, ctx, `document.querySelectorAll('[data-students] tr[data-conflict]').length`); got != 2 {
		t.Errorf("%d rows flagged, want 2 (the real and the forged file)", got)
	}
	// Student 001 tagged with shift 1: 0 right of 30; the forger (shift 2) as badly;
	// what matters is that both rows are there with their own files.
	rows := eval[[]string](t, ctx, `[...document.querySelectorAll('[data-students] tr[data-conflict]')].map(r => r.querySelector("[data-file]").dataset.file)`)
	if len(rows) != 2 || !strings.Contains(rows[0]+rows[1], "Mallory_999") || !strings.Contains(rows[0]+rows[1], "Student 001_101") {
		t.Errorf("flagged rows' files: %q", rows)
	}
	seatClick(t, ctx, "leave the forged file out", `button[data-leave-out*="Mallory_999"]`)
	waitEq(t, ctx, `String(document.querySelectorAll("[data-students] tbody tr").length)`, "3")
	if got := eval[int](t, ctx, `document.querySelectorAll('[data-students] tr[data-conflict]').length`); got != 0 {
		t.Errorf("after leaving the forged file out, %d rows are still flagged", got)
	}
	if !eval[bool](t, ctx, `!!document.querySelector('[data-students] [data-file*="Student 001_101"]')`) {
		t.Error("the real file of Student 001 left the view")
	}
	seatClick(t, ctx, "put the forged file back", `button[data-put-back]`)
	waitEq(t, ctx, `String(document.querySelectorAll("[data-students] tbody tr").length)`, "4")
}

// TestClassroomScale300: 300 students' submissions in one LMS zip, and 40
// zip bombs, in the class view: it shows a page of rows, shows every one
// on request, answers clicks, and refuses each bomb once (later actions
// do not read the files again). The class view is computed once per
// change of what it is made of ([data-view-builds]): showing every row,
// anonymising, opening a student, printing and closing never compute it
// again, refused bombs neither, and a key correction computes it once;
// the grade table is drawn only when what it shows changes
// ([data-drawn] of [data-students]). Each action is timed in the page and
// logged, never asserted (the machine is shared).
func TestClassroomScale300(t *testing.T) {
	srv := newServer(t)
	exFile, keyFile, zipFile := classFiles(t, 300, false)
	ctx := openClass(t, srv.URL, exFile, keyFile)
	const rowsJS = `document.querySelectorAll("[data-students] tbody tr").length`
	builds := func() int {
		return eval[int](t, ctx, `Number(document.querySelector("[data-view-builds]") ? document.querySelector("[data-view-builds]").dataset.viewBuilds : -1)`)
	}
	drawn := func() int {
		return eval[int](t, ctx, `Number(document.querySelector("[data-students][data-drawn]") ? document.querySelector("[data-students][data-drawn]").dataset.drawn : -1)`)
	}
	classMark(t, ctx)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-submissions]`), []string{zipFile}))
	classAct(t, ctx, "300 submissions to the class view", "", `document.querySelector("[data-students]") && document.querySelector("#students-title").textContent.includes("300")`)
	if got := eval[int](t, ctx, rowsJS); got == 0 || got >= 300 {
		t.Errorf("the first page of a class of 300 has %d rows, want a page", got)
	}
	if !eval[bool](t, ctx, `document.querySelector("[data-cohen]").dataset.cohen === "hint"`) {
		t.Error("a class of 300 should not draw the kappa of every pair")
	}
	b0 := builds()
	if b0 < 1 {
		t.Errorf("[data-view-builds] = %d after the import, want at least 1", b0)
	}
	same := func(step string) {
		t.Helper()
		if got := builds(); got != b0 {
			t.Errorf("%s: the class view was computed %d times in all, want still %d (nothing it is made of changed)", step, got, b0)
		}
	}
	classAct(t, ctx, "show all 300 rows", classClickJS(`[data-show-all-students]`), rowsJS+` === 300`)
	same("show every student")

	bombs := make([]string, 40)
	for i := range bombs {
		bombs[i] = bombFile(t, i)
	}
	classMark(t, ctx)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-submissions]`), bombs))
	classAct(t, ctx, "40 zip bombs refused", "", `document.querySelector("[data-refused]") && document.querySelector("[data-refused]").textContent.includes("bomb-39.zip")`)
	if got := eval[int](t, ctx, `document.querySelectorAll("[data-refused] li").length`); got != 40 {
		t.Errorf("%d refusals, want one per bomb (40)", got)
	}
	const readJS = `document.querySelector("[data-files-read]") ? document.querySelector("[data-files-read]").dataset.filesRead : "no [data-files-read]"`
	if got := eval[string](t, ctx, readJS); got != "340" {
		t.Errorf("files and entries read: %s, want 340 (300 submissions, 40 bombs)", got)
	}
	same("40 refused bombs")

	// Later actions: anonymise, open a student, print, correct the key, close.
	classAct(t, ctx, "anonymise with 300 students shown", classClickJS(`input[data-anonymise]`),
		`document.querySelector("[data-students] tbody tr th").textContent === "Student 1" && document.querySelector("[data-note-by]").textContent.startsWith("Student 1: ")`)
	same("anonymise")
	d0 := drawn()
	if d0 < 1 {
		t.Errorf("[data-students] has no [data-drawn] count (%d)", d0)
	}
	undrawn := func(step string) {
		t.Helper()
		if got := drawn(); got != d0 {
			t.Errorf("%s: the grade table was drawn %d times in all, want still %d (nothing it shows changed)", step, got, d0)
		}
	}
	classAct(t, ctx, "open a student with 300 rows shown", classClickJS(`button[data-show-student="Student 005"]`),
		`!!document.querySelector('[data-student-view="Student 005"]') && document.querySelector("[data-cohen]").dataset.cohen === "row" && document.querySelectorAll("[data-cohen] tr").length === 300`)
	same("open a student")
	undrawn("open a student")
	if got := eval[string](t, ctx, `document.querySelector("[data-student-view] h2").textContent`); got != "Work of Student 6" {
		t.Errorf("the open student's view is headed %q, want the anonymised %q", got, "Work of Student 6")
	}
	eval[bool](t, ctx, `(window.print = () => { window.__printed = (window.__printed || []).concat(document.documentElement.dataset.printing || "none"); }, true)`)
	classAct(t, ctx, "print the class report", classClickJS(`[data-print="class"]`), `window.__printed && window.__printed.length === 1`)
	classAct(t, ctx, "print the feedback sheet", classClickJS(`[data-print="student"]`), `window.__printed && window.__printed.length === 2`)
	if got := eval[[]string](t, ctx, `window.__printed`); len(got) != 2 || got[0] != "class" || got[1] != "student" {
		t.Errorf("printed %q, want the class report then the student's sheet", got)
	}
	same("print")
	undrawn("print")
	const firstAccuracy = `document.querySelector('[data-accuracy="Student 000"]').textContent`
	before := eval[string](t, ctx, firstAccuracy)
	classAct(t, ctx, "a key correction regrading 300 students", classClickJS(`[data-key-toggle="0"][data-tag="evidence"]`),
		`document.querySelector('[data-key-toggle="0"][data-tag="evidence"]').getAttribute("aria-pressed") === "true" && `+firstAccuracy+` !== `+jsString(before))
	if got := builds(); got != b0+1 {
		t.Errorf("a key correction computed the class view %d times, want once", got-b0)
	}
	b0 = builds()
	if got := eval[string](t, ctx, firstAccuracy); got != "0.967" {
		t.Errorf("Student 000's accuracy after the key gained a tag on sentence 1: %s, want 0.967 (29 of 30; was %s)", got, before)
	}
	d0 = drawn()
	classAct(t, ctx, "close the student", classClickJS(`[data-close-student]`), `!document.querySelector("[data-student-view]")`)
	same("close the student")
	undrawn("close the student")
	classAct(t, ctx, "show the first page again", classClickJS(`[data-show-all-students]`), rowsJS+` < 300`)
	same("show the first page")
	if got := eval[int](t, ctx, `document.querySelectorAll("[data-refused] li").length`); got != 40 {
		t.Errorf("after later actions, %d refusals, want the same 40", got)
	}
	if got := eval[string](t, ctx, readJS); got != "340" {
		t.Errorf("after later actions, files and entries read: %s, want still 340 (nothing read again)", got)
	}
}
