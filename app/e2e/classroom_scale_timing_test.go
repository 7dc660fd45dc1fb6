package e2e

import (
	"context"
	"strings"
	"testing"
	"time"
)

// classActJS is an in-page measure of one class-view action: it runs the
// JavaScript statement act, then resolves, once the JavaScript condition
// cond holds and the next frame is drawn, to the milliseconds since
// window.__classT0 (set by classMark) or, without it, since act. It
// resolves to -1 when cond never holds within 60 s.
const classActJS = `new Promise((resolve) => {
	const t0 = window.__classT0 !== undefined ? window.__classT0 : performance.now();
	delete window.__classT0;
	const ok = () => { try { return !!(COND); } catch (e) { return false; } };
	let done = false;
	const finish = (v) => { done = true; mo.disconnect(); resolve(v); };
	const check = () => { if (!done && ok()) { done = true; mo.disconnect(); requestAnimationFrame(() => resolve(performance.now() - t0)); } };
	const mo = new MutationObserver(check);
	mo.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
	const tick = () => { if (done) return; check(); if (performance.now() - t0 > 60000) { finish(-1); return; } requestAnimationFrame(tick); };
	ACT;
	tick();
})`

// classMark starts the clock of the next classAct from now (for an action
// the test drives through the browser, such as picking files).
func classMark(t testing.TB, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `(window.__classT0 = performance.now(), true)`)
}

// classAct runs act in the page and waits until cond holds, failing the
// test when it never does; it returns how long that took in the page, in
// milliseconds, for the log (never asserted: the machine is shared).
func classAct(t testing.TB, ctx context.Context, step, act, cond string) float64 {
	t.Helper()
	js := strings.NewReplacer("COND", cond, "ACT", act).Replace(classActJS)
	ms := evalWait[float64](t, ctx, js, 90*time.Second)
	if ms < 0 {
		t.Fatalf("%s: %s never held\n\tfound: %s", step, cond, seatFound(ctx, ""))
	}
	t.Logf("%s: %.0f ms in the page", step, ms)
	return ms
}

// classClickJS clicks the element matching sel from the page.
func classClickJS(sel string) string {
	return `document.querySelector(` + jsString(sel) + `).click()`
}
