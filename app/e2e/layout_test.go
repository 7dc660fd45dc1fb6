package e2e

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// layoutInstructions are three lines of instructions, long enough to
// weigh on the banner and short enough (under 240 characters) that the
// banner shows them open.
const layoutInstructions = "Read the whole article once before you tag anything.\n" +
	"Tag each claim, the evidence offered for it, and every quote.\n" +
	"Write a note where you are unsure, then submit."

// layoutView is one screen the student banner must fit.
type layoutView struct {
	name          string
	width, height int64
	phone         bool // mobile emulation with touch
}

// layoutViews are a desktop window and a phone held upright.
var layoutViews = []layoutView{
	{name: "desktop", width: 1280, height: 800},
	{name: "phone", width: 390, height: 844, phone: true},
}

// layoutInViewJS is true when the element matching sel is rendered and
// lies vertically inside the viewport as it is scrolled now: its top at
// or below 0 and its bottom above innerHeight (strict) or at most
// innerHeight.
func layoutInViewJS(sel string, strict bool) string {
	cmp := "<="
	if strict {
		cmp = "<"
	}
	return `(() => { const e = document.querySelector(` + jsString(sel) + `); if (!e) return false;
		const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom ` + cmp + ` innerHeight; })()`
}

// layoutWhereJS says where the element matching sel is, for failures.
func layoutWhereJS(sel string) string {
	return `(() => { const e = document.querySelector(` + jsString(sel) + `); if (!e) return "no element matches " + ` + jsString(sel) + `;
		const r = e.getBoundingClientRect();
		const banner = document.querySelector("[data-exercise-mode]"), b = banner && banner.getBoundingClientRect();
		return ` + jsString(sel) + ` + " spans y " + Math.round(r.top) + ".." + Math.round(r.bottom) + " in a " + innerWidth + "×" + innerHeight +
			" viewport scrolled to " + Math.round(scrollY) + (b ? "; the exercise banner spans y " + Math.round(b.top) + ".." + Math.round(b.bottom) : "; no exercise banner"); })()`
}

// layoutHiddenJS lists the line boxes of the element matching sel that a
// reader cannot see on the screen as it is scrolled now: off the screen,
// or under another element (a fixed panel, say) at their middle. It is
// "" when every line shows.
func layoutHiddenJS(sel string) string {
	return `(() => { const e = document.querySelector(` + jsString(sel) + `); if (!e) return "no element matches " + ` + jsString(sel) + `;
		const out = [];
		for (const [i, r] of [...e.getClientRects()].entries()) {
			if (r.width === 0 || r.height === 0) continue;
			const x = r.left + r.width / 2, y = r.top + r.height / 2;
			const at = "line " + (i + 1) + " (y " + Math.round(r.top) + ".." + Math.round(r.bottom) + ")";
			if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) { out.push(at + " is off the screen"); continue; }
			const hit = document.elementFromPoint(x, y);
			if (!hit || !e.contains(hit)) {
				const d = hit ? hit.tagName.toLowerCase() + (hit.id ? "#" + hit.id : "") + (typeof hit.className === "string" && hit.className ? "." + hit.className.trim().split(/\s+/).join(".") : "") : "nothing";
				out.push(at + " is under " + d);
			}
		}
		return out.join("; "); })()`
}

// layoutTap taps the middle of the element matching sel with a finger
// (a touch start and end, which the page gets as a tap and a click),
// scrolling it into view first when needed, and reports whether it had
// to scroll.
func layoutTap(t testing.TB, ctx context.Context, step, sel string) bool {
	t.Helper()
	p := seatTarget(t, ctx, step, sel)
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{
			Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: p.X, Y: p.Y}},
		}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{
			Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{},
		})
		return err
	}))
	return p.Scrolled
}

// layoutShot saves a PNG of the viewport as name in the folder that
// ANNOTATOR_SCREENSHOTS names; without the variable it writes nothing.
func layoutShot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("ANNOTATOR_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// TestStudentBannerFitsTheFirstScreen checks that the exercise banner a
// student sees above the text leaves the first sentence on the first
// screen of a desktop window and of a phone, and that on the phone the
// note editor and the tag bar are on screen once a sentence is tapped.
// With ANNOTATOR_SCREENSHOTS set it also saves the pictures the README
// shows.
func TestStudentBannerFitsTheFirstScreen(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	link := seatMakeExercise(t, ctx, "teacher", "Week 6: reading the news", layoutInstructions, false)
	open(t, ctx, link)
	seatExpect(t, ctx, "Ada: the exercise page", `!!document.querySelector("input[data-student-name]")`, "")
	setInput(t, ctx, `input[data-student-name]`, "Ada")
	seatClick(t, ctx, "Ada: the Start button", `[data-start-exercise]`)
	seatExpect(t, ctx, "Ada: Start opens the exercise", `!!document.querySelector("[data-exercise-mode]") && !!document.querySelector("[data-app-ready]") && !!document.querySelector('[data-sentence="3"]')`, "")

	for _, v := range layoutViews {
		t.Run(v.name, func(t *testing.T) {
			var opts []chromedp.EmulateViewportOption
			if v.phone {
				opts = []chromedp.EmulateViewportOption{chromedp.EmulatePortrait, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulateScale(2)}
			}
			do(t, ctx, chromedp.EmulateViewport(v.width, v.height, opts...))
			eval[bool](t, ctx, `(window.scrollTo(0, 0), true)`) // a reload restores the scroll position
			do(t, ctx, chromedp.Reload())
			waitReady(t, ctx)
			seatExpect(t, ctx, v.name+": the exercise after a reload",
				`!!document.querySelector("[data-exercise-mode]") && !!document.querySelector("[data-instructions]") && !!document.querySelector('[data-sentence="3"]')`, "")
			if w := eval[int](t, ctx, `innerWidth`); w != int(v.width) {
				t.Fatalf("%s: the viewport is %d px wide, want %d (the emulation did not apply)", v.name, w, v.width)
			}
			waitQuiet(t, ctx)

			seatCheck(t, ctx, v.name+": the first sentence on the first screen, below the banner, without scrolling",
				layoutInViewJS(`[data-sentence="0"]`, true), layoutWhereJS(`[data-sentence="0"]`))
			seatCheck(t, ctx, v.name+": every line of the first sentence shows on the first screen (none under a fixed panel)",
				layoutHiddenJS(`[data-sentence="0"]`)+` === ""`, layoutHiddenJS(`[data-sentence="0"]`)+` + "; " + `+layoutWhereJS(`[data-sentence="0"]`))
			seatCheck(t, ctx, v.name+": the tag bar on the first screen", layoutInViewJS(`#tagbar`, false), layoutWhereJS(`#tagbar`))
			layoutShot(t, ctx, "student-banner-"+v.name+".png")
			if !v.phone {
				return
			}

			// Tap sentence 3; the note editor and the tag bar must be on
			// screen as the page is then, with no scrolling by the test.
			scrolled := layoutTap(t, ctx, v.name+": tapping sentence 3", `[data-sentence="3"]`)
			if scrolled {
				t.Logf("%s: sentence 3 was not wholly on the first screen; the test scrolled it into view before tapping it", v.name)
			}
			seatExpect(t, ctx, v.name+": the tap makes sentence 3 current", currentJS+` === "3"`, `"current " + JSON.stringify(`+currentJS+`)`)
			waitQuiet(t, ctx)
			seatCheck(t, ctx, v.name+": after tapping sentence 3, the note editor on screen without scrolling",
				layoutInViewJS(`textarea[data-note-editor]`, false), layoutWhereJS(`textarea[data-note-editor]`))
			seatCheck(t, ctx, v.name+": after tapping sentence 3, the tag bar on screen", layoutInViewJS(`#tagbar`, false), layoutWhereJS(`#tagbar`))
		})
	}
}
