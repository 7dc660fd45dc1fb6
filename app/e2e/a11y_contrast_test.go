package e2e

import (
	"context"
	"testing"
)

// contrastJS measures the text contrast of the tag marks, the tag buttons
// and their keys, and of the word highlights, whose tinted background is an
// inset box-shadow that axe-core does not see (it is measured here as the
// tag colour at the alpha of that shadow, over the element's background
// and over the current sentence's). It returns every element below 4.5:1
// as "what: ratio".
const contrastJS = `(() => {
	const parse = s => {
		let m = s.match(/^rgba?\(([^)]+)\)$/);
		if (m) { const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; }
		m = s.match(/^color\(srgb ([^)]+)\)$/);
		if (m) { const p = m[1].split(/[\s\/]+/).filter(Boolean).map(Number); return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1]; }
		m = s.trim().match(/^#([0-9a-f]{6})$/i);
		if (m) { const v = parseInt(m[1], 16); return [v >> 16 & 255, v >> 8 & 255, v & 255, 1]; }
		return null;
	};
	const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
	const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
		return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
	const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
	const background = el => {
		const layers = [];
		for (let e = el; e; e = e.parentElement) {
			const c = parse(getComputedStyle(e).backgroundColor);
			if (c && c[3] > 0) { layers.push(c); if (c[3] === 1) break; }
		}
		let bg = parse(getComputedStyle(document.documentElement).backgroundColor) || [255, 255, 255, 1];
		if (bg[3] < 1) bg = over(bg, [255, 255, 255, 1]);
		for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
		return bg;
	};
	const low = [];
	// mix is the share of the tag colour in a highlight's tint, read from its box-shadow.
	const mix = el => { const m = getComputedStyle(el).boxShadow.match(/(rgba?|color)\([^)]*\)/); const c = m && parse(m[0]); return c ? c[3] : 0.45; };
	const check = (el, bg) => {
		const r = ratio(parse(getComputedStyle(el).color), bg);
		if (r < 4.5) low.push(el.tagName.toLowerCase() + "." + [...el.classList].join(".") + " “" + el.textContent.trim().slice(0, 30) + "”: " + r.toFixed(2) + ":1");
	};
	for (const el of document.querySelectorAll(".mark, .tag-btn, .tag-btn kbd, mark.sel")) check(el, background(el));
	for (const el of document.querySelectorAll("mark.hl")) {
		const tag = parse(getComputedStyle(el).getPropertyValue("--tag"));
		const cur = parse(getComputedStyle(document.documentElement).getPropertyValue("--cur-bg"));
		for (const bg of [background(el), cur]) if (bg && tag) check(el, over([tag[0], tag[1], tag[2], mix(el)], bg));
	}
	return low;
})()`

// checkContrast fails for every mark, tag button or highlight whose text
// contrast is under 4.5:1.
func checkContrast(t *testing.T, ctx context.Context, view string) {
	t.Helper()
	for _, low := range eval[[]string](t, ctx, contrastJS) {
		t.Errorf("%s: text contrast under 4.5:1: %s", view, low)
	}
}

// reflowJS lists the visible elements that stick out of the viewport on the
// right, outside any container that scrolls sideways by itself.
const reflowJS = `(() => {
	const w = document.documentElement.clientWidth, out = [];
	const scrolls = el => { for (let e = el.parentElement; e; e = e.parentElement) {
		const o = getComputedStyle(e).overflowX; if (o === "auto" || o === "scroll") return true; } return false; };
	for (const el of document.body.querySelectorAll("*")) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0 || r.right <= w + 1 || el.closest(".sr-only, .skip") || scrolls(el)) continue;
		if (el.parentElement && el.parentElement.getBoundingClientRect().right > w + 1 && !scrolls(el.parentElement)) continue;
		out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "") +
			" right edge at " + Math.round(r.right) + " px");
	}
	return out;
})()`

// checkReflow fails when content needs sideways scrolling of the page at
// the current (narrow) width.
func checkReflow(t *testing.T, ctx context.Context, view string) {
	t.Helper()
	if over := eval[[]string](t, ctx, reflowJS); len(over) > 0 {
		t.Errorf("%s: content wider than %d px needs sideways scrolling: %v", view,
			eval[int](t, ctx, `document.documentElement.clientWidth`), over)
	}
}
