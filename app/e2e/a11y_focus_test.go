package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// activeJS describes the focused element: its tag and its hooks or name.
const activeJS = `(() => { const a = document.activeElement; if (!a || a === document.body) return "body";
	const hook = [...a.attributes].filter(x => x.name.startsWith("data-") || x.name === "aria-label" || x.name === "id").map(x => x.name + "=" + x.value).join(" ");
	return a.tagName.toLowerCase() + (hook ? "[" + hook + "]" : "") + " " + (a.textContent || a.value || "").trim().slice(0, 24); })()`

// focusShownJS reports whether the focused element shows where focus is:
// an outline on it, or on the label that wraps a visually hidden input.
const focusShownJS = `(() => { const a = document.activeElement; if (!a || a === document.body) return true;
	const shown = el => { const s = getComputedStyle(el); return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2; };
	return shown(a) || (a.closest("label") !== null && shown(a.closest("label"))); })()`

// focusObscuredJS reports what covers the middle of the focused element
// (a sticky header, a fixed tag bar), or "" when nothing does.
const focusObscuredJS = `(() => { const a = document.activeElement; if (!a || a === document.body || a.closest(".sr-only")) return "";
	const r = a.getBoundingClientRect(); if (r.width === 0) return "";
	const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
	if (!hit || a.contains(hit) || hit.contains(a)) return "";
	return hit.tagName.toLowerCase() + "." + [...hit.classList].join("."); })()`

// tab presses Tab (or Shift+Tab) once and checks that focus is visible
// where it lands and not hidden under another element.
func tab(t *testing.T, ctx context.Context, back bool) {
	t.Helper()
	if back {
		do(t, ctx, chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)))
	} else {
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
	}
	if !eval[bool](t, ctx, focusShownJS) {
		t.Errorf("focus on %s is not visible (no outline)", eval[string](t, ctx, activeJS))
	}
	if by := eval[string](t, ctx, focusObscuredJS); by != "" {
		t.Errorf("focus on %s is hidden under %s", eval[string](t, ctx, activeJS), by)
	}
}

// tabTo presses Tab until the focused element matches sel, at most limit
// times, and fails with the path focus took when it never gets there.
func tabTo(t *testing.T, ctx context.Context, sel string, limit int) {
	t.Helper()
	var path []string
	for range limit {
		tab(t, ctx, false)
		if eval[bool](t, ctx, `document.activeElement.matches(`+jsString(sel)+`)`) {
			return
		}
		path = append(path, eval[string](t, ctx, activeJS))
	}
	t.Fatalf("%d Tabs did not reach %s; focus went through:\n  %s", limit, sel, strings.Join(path, "\n  "))
}

// a11yDialogs are the dialogs, each with the control that opens it and the
// key that opens it from there.
var a11yDialogs = []struct {
	name, opener, key, dialog string
}{
	{"help from its button", ".help-btn", kb.Enter, "[data-help]"},
	{"help by ? from a tag button", `[data-tag="claim"]`, "?", "[data-help]"},
	{"tag editor from its button", "[data-open-tag-editor]", " ", "[data-tag-editor]"},
	{"tag editor by T from the library link", "[data-library-link]", "T", "[data-tag-editor]"},
	{"paste dialog from its button", "[data-paste-show]", kb.Enter, "[data-paste-dialog]"},
}

// TestDialogsTrapAndReturnFocus opens each dialog from the keyboard and
// checks that focus moves into it, that Tab and Shift+Tab cycle inside it
// (passing every control, wrapping at both ends), and that Escape closes
// it and gives focus back to the control that had it before.
func TestDialogsTrapAndReturnFocus(t *testing.T) {
	srv := newServer(t)
	ctx := newBrowser(t)
	for _, d := range a11yDialogs {
		t.Run(d.name, func(t *testing.T) {
			open(t, ctx, srv.URL+"/")
			tabTo(t, ctx, d.opener, 40)
			if d.key == kb.Enter || d.key == " " {
				press(t, ctx, d.key) // activates the focused button
			} else {
				command(t, ctx, d.key) // a shortcut: its character must not reach the dialog
			}
			waitFor(t, ctx, `!!document.querySelector(`+jsString(d.dialog)+`)`)
			inside := `document.querySelector(` + jsString(d.dialog) + `).contains(document.activeElement)`
			waitFor(t, ctx, inside)
			n := eval[int](t, ctx, `document.querySelector(`+jsString(d.dialog)+`).querySelectorAll(`+jsString(focusableCSS)+`).length`)
			if n == 0 {
				t.Fatalf("%s has no control to focus", d.dialog)
			}
			for _, back := range []bool{false, true} {
				seen := map[string]bool{}
				for k := 0; k < n+2; k++ {
					tab(t, ctx, back)
					if !eval[bool](t, ctx, inside) {
						t.Fatalf("Tab %d (shift %v) left the dialog: focus is on %s", k+1, back, eval[string](t, ctx, activeJS))
					}
					seen[eval[string](t, ctx, activeJS)] = true
				}
				if len(seen) < n {
					t.Errorf("Tab (shift %v) reached %d of the %d controls of the dialog: %v", back, len(seen), n, setMembers(seen))
				}
			}
			press(t, ctx, kb.Escape)
			waitFor(t, ctx, `!document.querySelector(`+jsString(d.dialog)+`)`)
			waitFor(t, ctx, `document.activeElement.matches(`+jsString(d.opener)+`)`)
		})
	}
}

// focusableCSS matches the controls Tab can reach.
const focusableCSS = `a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])`

// setMembers lists a set's members.
func setMembers(m map[string]bool) string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return fmt.Sprint(out)
}
