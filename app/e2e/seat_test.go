package e2e

import (
	"context"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"annotator/app/classroom"
	"annotator/app/model"
	"annotator/seeds"
)

// seatNote is the note Eve writes on sentence 1.
const seatNote = "Eve thinks this is a claim"

// seatTaggedJS counts the sentences that carry a tag; seatNotedJS those
// that carry a note.
const (
	seatTaggedJS = `document.querySelectorAll('[data-sentence][data-tags]:not([data-tags=""])').length`
	seatNotedJS  = `document.querySelectorAll("[data-has-note]").length`
)

// seatPageJS says where the tab is and what its alert and status say.
const seatPageJS = `(() => { const txt = s => { const e = document.querySelector(s); return e ? JSON.stringify(e.textContent.trim().slice(0, 200)) : "(none)"; };
	return "page " + location.pathname + location.search + ", alert " + txt('[role="alert"]') + ", status " + txt('[role="status"]'); })()`

// seatPoll evaluates the JavaScript condition cond every 20 ms until it is
// true or 20 s have passed, and reports whether it became true. Like
// waitFor, each try is a fresh evaluation, so navigations and exceptions
// only count as "not yet".
func seatPoll(ctx context.Context, cond string) bool {
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ok, err := chromedp.Run(tctx, chromedp.Evaluate[bool](`(() => { try { return !!(`+cond+`); } catch (e) { return false; } })()`))
		cancel()
		if err == nil && ok {
			return true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return false
}

// seatFound evaluates the JavaScript expression found (what the page
// shows instead) for a failure message, with where the page is; it never
// fails itself.
func seatFound(ctx context.Context, found string) string {
	expr := seatPageJS
	if found != "" {
		expr = `(() => { let f; try { f = String(` + found + `); } catch (e) { f = "(" + e + ")"; } return f + "; " + ` + seatPageJS + `; })()`
	}
	tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	s, err := chromedp.Run(tctx, chromedp.Evaluate[string](expr))
	if err != nil {
		return "(the page could not be read: " + err.Error() + ")"
	}
	return s
}

// seatClip shortens a condition for a failure message: the step names
// what was checked, and a long script would bury what was found.
func seatClip(cond string) string {
	cond = strings.Join(strings.Fields(cond), " ")
	if r := []rune(cond); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return cond
}

// seatExpect polls cond until it holds and otherwise stops the test,
// naming the step and what the page showed (found, a JavaScript
// expression, and where the page is).
func seatExpect(t testing.TB, ctx context.Context, step, cond, found string) {
	t.Helper()
	if !seatPoll(ctx, cond) {
		t.Fatalf("%s: never true: %s\n\tfound: %s", step, seatClip(cond), seatFound(ctx, found))
	}
}

// seatCheck is seatExpect that lets the test go on: it reports the
// failure and returns false, so that the steps that do not depend on this
// one still run.
func seatCheck(t testing.TB, ctx context.Context, step, cond, found string) bool {
	t.Helper()
	if !seatPoll(ctx, cond) {
		t.Errorf("%s: never true: %s\n\tfound: %s", step, seatClip(cond), seatFound(ctx, found))
		return false
	}
	return true
}

// seatPoint is where seatClick and layoutTap touch an element.
type seatPoint struct {
	X        float64 `json:"x"`
	Y        float64 `json:"y"`
	Scrolled bool    `json:"scrolled"`
	Err      string  `json:"err"`
}

// seatPointJS finds the middle of the first line box of the element
// matching sel (of its label when the element itself is visually hidden,
// as a styled file or check box is), scrolls it into view first when it
// is not wholly inside the viewport, as a person would, and checks that
// nothing covers it there.
func seatPointJS(sel string) string {
	return `(() => {
	const sel = ` + jsString(sel) + `;
	const el = document.querySelector(sel);
	if (!el) return {err: "no element matches " + sel};
	let target = el;
	const box = el.getBoundingClientRect();
	if ((el.getClientRects().length === 0 || box.width < 2 || box.height < 2) && el.labels && el.labels.length > 0) target = el.labels[0];
	const first = () => { const rs = target.getClientRects(); return rs.length > 0 ? rs[0] : null; };
	let r = first();
	if (!r || r.width === 0 || r.height === 0) return {err: sel + " is not rendered (it has no size)"};
	let scrolled = false;
	if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
		target.scrollIntoView({block: "center", inline: "nearest", behavior: "instant"});
		scrolled = true;
		r = first();
	}
	const x = r.left + r.width / 2, y = r.top + r.height / 2;
	const hit = document.elementFromPoint(x, y);
	const lab = hit && hit.closest("label");
	if (!hit || !(target === hit || target.contains(hit) || (lab && lab.control === el))) {
		const d = hit ? hit.tagName.toLowerCase() + (typeof hit.className === "string" && hit.className ? "." + hit.className.trim().split(/\s+/).join(".") : "") : "nothing";
		return {err: sel + " is covered at (" + Math.round(x) + ", " + Math.round(y) + ") by " + d};
	}
	return {x, y, scrolled};
})()`
}

// seatTarget waits for the element matching sel and returns the point to
// touch it at; it stops the test, naming step, when there is none.
func seatTarget(t testing.TB, ctx context.Context, step, sel string) seatPoint {
	t.Helper()
	seatExpect(t, ctx, step, `!!document.querySelector(`+jsString(sel)+`)`, `"no element matches "+`+jsString(sel))
	p := eval[seatPoint](t, ctx, seatPointJS(sel))
	if p.Err != "" {
		t.Fatalf("%s: %s\n\tfound: %s", step, p.Err, seatFound(ctx, ""))
	}
	return p
}

// seatClick clicks the middle of the element matching sel with the mouse
// (a real pressed and released left button), scrolling it into view first
// when needed.
//
// It clicks once the element has stayed in place for two reads 100 ms
// apart: panels that fill in after the app starts (the annotation list,
// the storage meter) can move it, and a click aimed at its old place
// would land elsewhere.
func seatClick(t testing.TB, ctx context.Context, step, sel string) {
	t.Helper()
	p := seatTarget(t, ctx, step, sel)
	for range 30 {
		time.Sleep(100 * time.Millisecond)
		q := seatTarget(t, ctx, step, sel)
		if q.X == p.X && q.Y == p.Y {
			break
		}
		p = q
	}
	do(t, ctx, chromedp.MouseClickXY(p.X, p.Y))
}

// seatType clicks the text field matching sel, selects what it holds and
// types text over it with key events.
func seatType(t testing.TB, ctx context.Context, step, sel, text string) {
	t.Helper()
	seatClick(t, ctx, step, sel)
	seatExpect(t, ctx, step+" (the click focuses the field)", `document.activeElement === document.querySelector(`+jsString(sel)+`)`,
		`"focus is on " + (document.activeElement ? document.activeElement.outerHTML.slice(0, 80) : "nothing")`)
	eval[bool](t, ctx, `(document.activeElement.select(), true)`)
	press(t, ctx, text)
	seatExpect(t, ctx, step+" (the typed text is in the field)", `document.querySelector(`+jsString(sel)+`).value === `+jsString(text),
		`"the field holds " + JSON.stringify(document.querySelector(`+jsString(sel)+`).value)`)
}

// seatMakeExercise makes an exercise of the open document in the dialog
// and returns its link, with the dialog closed again by Escape.
func seatMakeExercise(t testing.TB, ctx context.Context, who, title, instructions string, typed bool) string {
	t.Helper()
	seatClick(t, ctx, who+": the button that opens the exercise dialog", `[data-opens="exercise"]`)
	seatExpect(t, ctx, who+": the exercise dialog opens", dialogShownJS("exercise"), openDialogsJS)
	if typed {
		seatType(t, ctx, who+": the exercise title", `[data-ex-title]`, title)
		seatType(t, ctx, who+": the exercise instructions", `[data-ex-instructions]`, instructions)
	} else {
		setInput(t, ctx, `[data-ex-title]`, title)
		setInput(t, ctx, `[data-ex-instructions]`, instructions)
	}
	seatClick(t, ctx, who+": the Create button", `[data-create-exercise]`)
	seatExpect(t, ctx, who+": the exercise link after Create", `document.querySelector("input[data-exercise-link]").value.includes("/exercise#")`,
		`document.querySelector("input[data-exercise-link]") ? "the link field holds " + JSON.stringify(document.querySelector("input[data-exercise-link]").value) : "no input[data-exercise-link]"`)
	link := eval[string](t, ctx, `document.querySelector("input[data-exercise-link]").value`)
	press(t, ctx, kb.Escape)
	seatExpect(t, ctx, who+": Escape closes the exercise dialog", `!(`+dialogShownJS("exercise")+`)`, `"open dialogs: " + `+openDialogsJS)
	return link
}

// seatInReader waits for the reader of name's exercise work, with the
// article's sentences painted.
func seatInReader(t testing.TB, ctx context.Context, step, name string, sentences int) {
	t.Helper()
	seatExpect(t, ctx, step,
		`!!document.querySelector("[data-exercise-mode]") && !!document.querySelector("[data-app-ready]") && document.querySelectorAll("[data-sentence]").length === `+strconv.Itoa(sentences)+
			` && document.querySelector("[data-exercise-mode]").textContent.includes(`+jsString(name)+`)`,
		`"exercise banner " + (document.querySelector("[data-exercise-mode]") ? JSON.stringify(document.querySelector("[data-exercise-mode]").textContent.trim().slice(0, 120)) : "absent") + ", " + document.querySelectorAll("[data-sentence]").length + " sentences"`)
}

// seatClean checks that the work just opened shows no tag and no note.
func seatClean(t testing.TB, ctx context.Context, who string) {
	t.Helper()
	tagged, noted := eval[int](t, ctx, seatTaggedJS), eval[int](t, ctx, seatNotedJS)
	if tagged != 0 || noted != 0 {
		t.Fatalf("%s: the new work should start with no tags and no notes (the teacher's key must not show): %d sentences tagged, %d with a note: %s",
			who, tagged, noted, eval[string](t, ctx, annotationsJS+`.join(" | ")`))
	}
}

// seatSubmit clicks Submit and returns the submission file the browser
// downloaded into a fresh directory.
func seatSubmit(t testing.TB, ctx context.Context, who string) string {
	t.Helper()
	dir := allowDownloads(t, ctx)
	seatClick(t, ctx, who+": the Submit button", `[data-submit]`)
	f := waitDownload(t, dir, ".submission.json")
	seatExpect(t, ctx, who+": after submitting, the button that removes the work from this device", `!!document.querySelector("[data-remove-work]")`, "")
	waitQuiet(t, ctx)
	return f
}

// seatDecode reads a downloaded submission as the class view does.
func seatDecode(t testing.TB, ex classroom.Exercise, file string) classroom.Submission {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s, err := classroom.DecodeSubmission(ex, b)
	if err != nil {
		t.Fatalf("the submission %s does not decode: %v\n%s", file, err, b)
	}
	return s
}

// TestOneSeatManyStudents runs the classroom on one browser profile, a
// shared school computer: the teacher makes the exercise, two students
// take turns on it, each starting clean and finding their own work again
// by name, and the teacher grades their files in the class view, corrects
// the key, reads the notes, opens one student's work and anonymises the
// table. Keys and clicks are real input events.
func TestOneSeatManyStudents(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	seed := seeds.Default()
	doc := model.New(seed.Title, seed.Text)
	n := len(doc.Sentences)

	// The teacher's key: Claim on sentence 0, Evidence on sentence 2.
	open(t, ctx, srv.URL+"/")
	seatExpect(t, ctx, "teacher: the seed article on /", `document.querySelectorAll("[data-sentence]").length === `+strconv.Itoa(n)+` && `+currentJS+` === "0"`,
		`document.querySelectorAll("[data-sentence]").length + " sentences, current " + JSON.stringify(`+currentJS+`)`)
	press(t, ctx, "1")
	seatExpect(t, ctx, "teacher: key 1 tags sentence 0 Claim", tagsOf("0")+` === "claim"`, `"sentence 0 tags " + JSON.stringify(`+tagsOf("0")+`)`)
	press(t, ctx, "j", "j")
	seatExpect(t, ctx, "teacher: j j moves to sentence 2", currentJS+` === "2"`, `"current " + JSON.stringify(`+currentJS+`)`)
	press(t, ctx, "2")
	seatExpect(t, ctx, "teacher: key 2 tags sentence 2 Evidence", tagsOf("2")+` === "evidence"`, `"sentence 2 tags " + JSON.stringify(`+tagsOf("2")+`)`)
	waitQuiet(t, ctx)
	link := seatMakeExercise(t, ctx, "teacher", "Week 5", "Tag the claims. Write a note on sentence 2.", true)
	ex, err := classroom.DecodeLink(link)
	if err != nil {
		t.Fatalf("teacher: the exercise link %q does not decode: %v", link, err)
	}
	if ex.TextHash != doc.Hash {
		t.Fatalf("teacher: the exercise's text is not the seed's (SHA-256 %.12s…, the seed's %.12s…)", ex.TextHash, doc.Hash)
	}

	// Eve starts with Enter in the name field, on clean work.
	open(t, ctx, link)
	seatType(t, ctx, "Eve: the name field", `input[data-student-name]`, "Eve")
	press(t, ctx, kb.Enter)
	seatInReader(t, ctx, "Eve: Enter in the name field starts the exercise", "Eve", n)
	seatClean(t, ctx, "Eve")
	press(t, ctx, "j")
	seatExpect(t, ctx, "Eve: j moves to sentence 1", currentJS+` === "1"`, `"current " + JSON.stringify(`+currentJS+`)`)
	press(t, ctx, "1")
	seatExpect(t, ctx, "Eve: key 1 tags sentence 1 Claim", tagsOf("1")+` === "claim"`, `"sentence 1 tags " + JSON.stringify(`+tagsOf("1")+`)`)
	command(t, ctx, "n")
	seatExpect(t, ctx, "Eve: n opens the note editor", `document.activeElement.matches("textarea[data-note-editor]")`,
		`"focus is on " + (document.activeElement ? document.activeElement.outerHTML.slice(0, 80) : "nothing")`)
	press(t, ctx, seatNote, kb.Escape)
	seatExpect(t, ctx, "Eve: Escape keeps the note on sentence 1", `document.querySelector('[data-sentence="1"]').hasAttribute("data-has-note") && !document.activeElement.matches("textarea[data-note-editor]")`,
		`"note editor holds " + JSON.stringify(`+noteJS+`) + ", noted sentences: " + `+annotationsJS+`.join(" | ")`)
	eveFile := seatSubmit(t, ctx, "Eve")

	// Finn, on the same seat: his name has no work, and he starts clean.
	open(t, ctx, link)
	seatType(t, ctx, "Finn: the name field", `input[data-student-name]`, "Finn")
	waitQuiet(t, ctx)
	seatExpect(t, ctx, "Finn: a name with no work on this device", `!!document.querySelector('[data-work-found="false"]')`,
		`"data-work-found " + JSON.stringify((document.querySelector("[data-work-found]") || {dataset: {}}).dataset.workFound) + ", Start says " + JSON.stringify(document.querySelector("[data-start-exercise]").textContent.trim())`)
	press(t, ctx, kb.Enter)
	seatInReader(t, ctx, "Finn: Enter in the name field starts the exercise", "Finn", n)
	seatClean(t, ctx, "Finn (after Eve on the same profile)")
	press(t, ctx, "1")
	seatExpect(t, ctx, "Finn: key 1 tags sentence 0 Claim", tagsOf("0")+` === "claim"`, `"sentence 0 tags " + JSON.stringify(`+tagsOf("0")+`)`)
	finnFile := seatSubmit(t, ctx, "Finn")

	// Eve's name, typed in another case, finds her work; not started.
	open(t, ctx, link)
	seatType(t, ctx, "eve again: the name field", `input[data-student-name]`, "eve")
	seatExpect(t, ctx, `"eve" (other case) finds Eve's work and offers to continue it`,
		`!!document.querySelector('[data-work-found="true"]') && document.querySelector("[data-start-exercise]").textContent.includes("Continue")`,
		`"data-work-found " + JSON.stringify((document.querySelector("[data-work-found]") || {dataset: {}}).dataset.workFound) + ", Start says " + JSON.stringify(document.querySelector("[data-start-exercise]").textContent.trim())`)

	// The files: Eve's holds her sentence 1 only, nothing of the key.
	eve := seatDecode(t, ex, eveFile)
	if eve.Student != "Eve" {
		t.Errorf("Eve's submission names the student %q", eve.Student)
	}
	for _, m := range eve.Marks {
		for _, k := range []int{0, 2} {
			if m.Quote == doc.SentenceText(k) {
				t.Errorf("Eve's submission holds sentence %d, which only the teacher's key annotates: %+v", k, m)
			}
		}
	}
	if len(eve.Marks) != 1 {
		t.Fatalf("Eve's submission should hold exactly one annotated sentence (sentence 1), has %d: %+v", len(eve.Marks), eve.Marks)
	}
	if m := eve.Marks[0]; m.Quote != doc.SentenceText(1) || m.Sentence != 1 || !slices.Equal(m.Tags, []string{"claim"}) || m.Note != seatNote || len(m.Highlights) != 0 {
		t.Errorf("Eve's submission: got sentence %d %q, tags %q, note %q, %d highlights; want sentence 1 %q, tags [claim], note %q, no highlights",
			m.Sentence, m.Quote, m.Tags, m.Note, len(m.Highlights), doc.SentenceText(1), seatNote)
	}
	finn := seatDecode(t, ex, finnFile)
	if finn.Student != "Finn" || len(finn.Marks) != 1 || finn.Marks[0].Quote != doc.SentenceText(0) || !slices.Equal(finn.Marks[0].Tags, []string{"claim"}) || finn.Marks[0].Note != "" {
		t.Errorf("Finn's submission: student %q, marks %+v; want Finn with Claim on sentence 0 and no note", finn.Student, finn.Marks)
	}

	// The class view, on the teacher's device: the exercise made here and its key.
	open(t, ctx, srv.URL+"/class")
	seatExpect(t, ctx, "class view: the one exercise made on this device is chosen, with its key", `!!document.querySelector('[data-key-state="true"]')`,
		`"data-key-state " + JSON.stringify((document.querySelector("[data-key-state]") || {dataset: {}}).dataset.keyState)`)
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS(`input[data-submissions]`), []string{eveFile, finnFile}))
	seatExpect(t, ctx, "class view: both submissions in the grade table", `document.querySelectorAll("[data-students] tbody tr").length === 2`,
		`document.querySelectorAll("[data-students] tbody tr").length + " rows; refused: " + JSON.stringify((document.querySelector("[data-refused]") || {textContent: "none"}).textContent.trim())`)
	const eveAccJS = `document.querySelector('[data-accuracy="Eve"]').textContent.trim()`
	seatExpect(t, ctx, "class view: Eve's accuracy", `!isNaN(parseFloat(`+eveAccJS+`))`, `"Eve's accuracy cell " + JSON.stringify(`+eveAccJS+`)`)
	accBefore := eval[string](t, ctx, eveAccJS)

	// Correct the key: sentence 1 is a claim after all.
	const versionJS = `(document.querySelector("[data-key-version]") ? document.querySelector("[data-key-version]").textContent.trim() : "(no [data-key-version])")`
	const toggle = `[data-heatmap] button[data-key-toggle="1"][data-tag="claim"]`
	keyFixed := seatCheck(t, ctx, "class view: the key toggle for Claim on sentence 1 in the sentence list", `!!document.querySelector(`+jsString(toggle)+`)`,
		`document.querySelectorAll("[data-key-toggle]").length + " [data-key-toggle] buttons in the page"`)
	if keyFixed {
		versionBefore := eval[string](t, ctx, versionJS)
		seatClick(t, ctx, "class view: the key toggle for Claim on sentence 1", toggle)
		if seatCheck(t, ctx, "class view: Eve's accuracy changes once the key agrees with her on sentence 1", eveAccJS+` !== `+jsString(accBefore),
			`"Eve's accuracy still " + JSON.stringify(`+eveAccJS+`)`) {
			accAfter := eval[string](t, ctx, eveAccJS)
			b, _ := strconv.ParseFloat(accBefore, 64)
			t.Logf("class view: Eve's accuracy %s before the key correction, %s after", accBefore, accAfter)
			if a, err := strconv.ParseFloat(accAfter, 64); err != nil || a <= b {
				t.Errorf("class view: Eve's accuracy went from %s to %s; she now agrees with the key on one more sentence, so it should rise", accBefore, accAfter)
			}
		}
		if seatCheck(t, ctx, "class view: the key's version changes with the correction", `!!document.querySelector("[data-key-version]") && `+versionJS+` !== `+jsString(versionBefore),
			`"[data-key-version] was " + JSON.stringify(`+jsString(versionBefore)+`) + ", is " + JSON.stringify(`+versionJS+`)`) {
			t.Logf("class view: key version %q before the correction, %q after", versionBefore, eval[string](t, ctx, versionJS))
		}
	}

	// The students' notes.
	seatCheck(t, ctx, "class view: Eve's note in the notes", `[...document.querySelectorAll('[data-notes] [data-note-by="Eve"]')].some(e => e.textContent.includes(`+jsString(seatNote)+`))`,
		`document.querySelector("[data-notes]") ? "[data-notes] says " + JSON.stringify(document.querySelector("[data-notes]").textContent.trim().slice(0, 300)) + " with " + document.querySelectorAll("[data-notes] [data-note-by]").length + " [data-note-by]" : "no [data-notes]"`)

	// One student's work.
	if seatCheck(t, ctx, "class view: the button that shows Eve's work", `!!document.querySelector('button[data-show-student="Eve"]')`,
		`document.querySelectorAll("[data-show-student]").length + " [data-show-student] buttons"`) {
		seatClick(t, ctx, "class view: showing Eve's work", `button[data-show-student="Eve"]`)
		if seatCheck(t, ctx, "class view: Eve's per-student view", `!!document.querySelector('[data-student-view="Eve"]')`,
			`"student views: " + JSON.stringify([...document.querySelectorAll("[data-student-view]")].map(e => e.dataset.studentView))`) {
			const sv = `document.querySelector('[data-student-view="Eve"] [data-sv-sentence="1"]')`
			if keyFixed {
				seatCheck(t, ctx, "class view: in Eve's view, sentence 1 matches the corrected key", sv+`.getAttribute("data-match") === "match"`,
					sv+` ? "sentence 1 has data-match " + JSON.stringify(`+sv+`.getAttribute("data-match")) : "no [data-sv-sentence=\"1\"] in Eve's view"`)
			} else {
				seatCheck(t, ctx, "class view: sentence 1 in Eve's view", `!!`+sv, `"no [data-sv-sentence=\"1\"] in Eve's view"`)
				t.Log("class view: not checking data-match of Eve's sentence 1: the key correction it depends on failed")
			}
		}
	}
	seatPrintsTheFeedbackSheet(t, ctx)
	seatCheck(t, ctx, "class view: the confusion table", `!!document.querySelector("table[data-confusion]")`,
		`document.querySelectorAll("[data-confusion]").length + " [data-confusion] elements (none a table)"`)

	// Anonymise the grade table.
	if seatCheck(t, ctx, "class view: the anonymise switch", `!!document.querySelector("input[data-anonymise]")`,
		`document.querySelectorAll("[data-anonymise]").length + " [data-anonymise] elements (none an input)"`) {
		seatClick(t, ctx, "class view: anonymising", `input[data-anonymise]`)
		seatCheck(t, ctx, "class view: the anonymised grade table shows no names", `(t => !t.includes("Eve") && t.includes("Student 1"))(document.querySelector("[data-students]").textContent)`,
			`"the grade table says " + JSON.stringify(document.querySelector("[data-students]").textContent.trim().slice(0, 300))`)
	}
}

// seatPrintsTheFeedbackSheet checks the print stylesheet on the open
// student view, as *Print this feedback sheet* sets it up: with print media
// emulated, no button shows, the student's sheet does and the rest of the
// report does not. With ANNOTATOR_SCREENSHOTS set it saves the student view
// and its print preview for the README.
func seatPrintsTheFeedbackSheet(t *testing.T, ctx context.Context) {
	t.Helper()
	layoutShot(t, ctx, "class-student-view.png")
	eval[bool](t, ctx, `document.documentElement.setAttribute("data-printing", "student"); document.querySelector("[data-student-view]").scrollIntoView(); true`)
	media := func(m string) {
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m}); err != nil {
			t.Fatal(err)
		}
	}
	media("print")
	seatExpect(t, ctx, "print preview of Eve's feedback sheet: no buttons, only her sheet",
		`[...document.querySelectorAll("button")].every(b => getComputedStyle(b).display === "none") &&
		 getComputedStyle(document.querySelector("[data-student-view]")).display !== "none" &&
		 getComputedStyle(document.querySelector("[data-students]").closest("section")).display === "none"`,
		`"visible buttons: " + [...document.querySelectorAll("button")].filter(b => getComputedStyle(b).display !== "none").length`)
	layoutShot(t, ctx, "feedback-sheet-print.png")
	media("")
	eval[bool](t, ctx, `document.documentElement.removeAttribute("data-printing"); true`)
}
