package e2e

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// keyTracePresses is how many presses of each key a trace covers.
const keyTracePresses = 30

// BenchmarkKeyTrace splits the keystroke-to-paint time of the app and of
// the floor page into what the browser's trace says it did (script,
// style recalculation, layout, pre-paint, paint, …), per press, for a
// tag toggle and a cursor move on each size BENCH_SIZES lists (2,000 by
// default). It is the tool behind the key lines of BenchmarkBrowserSuite:
// where the app's milliseconds go that the floor page does not spend.
//
//	go test -run '^$' -bench '^BenchmarkKeyTrace$' -benchtime 1x ./app/e2e
func BenchmarkKeyTrace(b *testing.B) {
	sizes := []int{2000}
	if len(sizesToBenchOr(b)) > 0 {
		sizes = sizesToBenchOr(b)
	}
	var docs []benchDoc
	for _, n := range sizes {
		docs = append(docs, generatedDoc(b, n))
	}
	srv := newServer(b)
	ctx := newBrowser(b)
	open(b, ctx, srv.URL+"/")
	for _, bd := range docs {
		eval[bool](b, ctx, "(() => {"+bd.storeJS()+" return true; })()")
	}
	fsrv := newFloorServer(b, docs)
	fctx := newBrowser(b)
	for _, bd := range docs {
		open(b, ctx, srv.URL+bd.url())
		waitFor(b, ctx, `!!document.querySelector('[data-sentence="0"][aria-current="true"]')`)
		open(b, fctx, floorURL(fsrv, bd))
		time.Sleep(time.Second)
		n := len(bd.doc.Sentences)
		pages := map[string]*keyPage{"app": newKeyPage(b, ctx, n), "floor": newKeyPage(b, fctx, n)}
		for _, act := range []string{"toggle", "move"} {
			for _, name := range []string{"app", "floor"} {
				p := pages[name]
				measure(b, act, 0, p) // warm up
				tr := startTrace(b, p.ctx, []string{"devtools.timeline", "blink", "v8", "disabled-by-default-devtools.timeline"}, nil)
				runs := measure(b, act, keyTracePresses-keyWarmup, p)
				events := tr.stop(b)
				fmt.Printf("%s, %s, %s sentences: paint median %.1f ms, DOM %.1f ms\n%s\n", name, act, bd.name,
					median(runs[0].paint), median(runs[0].dom), summarizeTrace(events, keyTracePresses))
			}
		}
	}
}

// sizesToBenchOr is the sizes BENCH_SIZES lists, nil when it is unset.
func sizesToBenchOr(b *testing.B) []int {
	if strings.TrimSpace(os.Getenv("BENCH_SIZES")) == "" {
		return nil
	}
	return sizesToBench(b)
}

// summarizeTrace lists the main thread's complete events by total
// duration per press.
func summarizeTrace(events []traceEvent, presses int) string {
	// The renderer's main thread is the one running EventDispatch.
	tids := map[int]float64{}
	for _, e := range events {
		if e.Name == "EventDispatch" || e.Name == "UpdateLayoutTree" {
			tids[e.TID]++
		}
	}
	main, best := 0, 0.0
	for tid, n := range tids {
		if n > best {
			main, best = tid, n
		}
	}
	// Each key's window: from its keydown to the end of the first Commit
	// after it (the frame that shows the key).
	var wins [][2]float64
	for _, e := range events {
		if e.TID == main && e.Name == "EventDispatch" && e.Args.Data.Type == "keydown" {
			wins = append(wins, [2]float64{e.TS, 0})
		}
	}
	slices.SortFunc(wins, func(a, b [2]float64) int { return cmp.Compare(a[0], b[0]) })
	for k := range wins {
		end := 0.0
		for _, e := range events {
			if e.TID == main && e.Name == "Commit" && e.TS > wins[k][0] && (end == 0 || e.TS < end) {
				end = e.TS + e.Dur
			}
		}
		wins[k][1] = end
	}
	in := func(e traceEvent) bool {
		for _, w := range wins {
			if e.TS >= w[0] && e.TS+e.Dur <= w[1] {
				return true
			}
		}
		return false
	}
	span := 0.0
	for _, w := range wins {
		span += w[1] - w[0]
	}
	presses = max(1, len(wins))
	tot := map[string]float64{}
	thread := map[string]float64{}
	cnt := map[string]int{}
	for _, e := range events {
		if e.TID != main || e.Ph != "X" || !in(e) {
			continue
		}
		tot[e.Name] += e.Dur
		thread[e.Name] += e.Tdur
		cnt[e.Name]++
	}
	type row struct {
		name string
		us   float64
	}
	var rows []row
	for k, v := range tot {
		rows = append(rows, row{k, v})
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(b.us, a.us) })
	var sb strings.Builder
	fmt.Fprintf(&sb, "    keydown to its frame's commit: %.3f ms/press over %d presses (wall clock, then thread time)\n", span/1000/float64(presses), len(wins))
	for _, r := range rows[:min(40, len(rows))] {
		fmt.Fprintf(&sb, "    %7.3f ms/press  %7.3f ms/press  %5.1f/press  %s\n", r.us/1000/float64(presses), thread[r.name]/1000/float64(presses), float64(cnt[r.name])/float64(presses), r.name)
	}
	return sb.String()
}

// keyPartsJS is a function expression (n) that makes, n times each and in
// turn, the single DOM changes a key makes on the app's page, each by
// hand, and resolves with each change's median time from the change to
// the paint after it (ms): which part of the page makes a key's frame
// costly.
const keyPartsJS = `async (n) => {
	const paint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
	const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
	const q = (s) => document.querySelector(s);
	let flip = false;
	const s1 = () => q('[data-sentence="1"]'), s2 = () => q('[data-sentence="2"]');
	const text = (id, a, b) => () => { const t = document.getElementById(id).firstChild; t.nodeValue = flip ? a : b; };
	const parts = {
		nothing: () => {},
		marker: () => { const a = flip ? s1() : s2(), b = flip ? s2() : s1(); a.removeAttribute("aria-current"); a.classList.remove("cur"); b.setAttribute("aria-current", "true"); b.classList.add("cur"); },
		outerHTML: () => { const w = s2().parentNode; w.outerHTML = w.outerHTML; },
		curTitle: text("cur-title", "Sentence 2 of 2000", "Sentence 3 of 2000"),
		curTags: text("cur-tags", "No tags yet: press a tag key or click a tag.", "Tags: Claim"),
		status: text("status", "Claim added to sentence 1.", "Claim removed from sentence 1."),
		announce: text("announce", "Sentence 2: no tags.", "Sentence 3: Claim."),
		sOuter: () => { const e = s2(); e.outerHTML = e.outerHTML; },
		marksOnly: () => { const w = s2().parentNode; const m = w.querySelector(".marks"); if (m) m.remove(); else w.insertAdjacentHTML("beforeend", '<span class="marks"><span class="mark" style="background:#0072B2;color:#fff" title="Claim">Claim</span></span>'); },
		attrTags: () => { const e = s2(); if (flip) { e.dataset.tags = "claim"; e.classList.add("tagged"); e.style.setProperty("--tag", "#0072B2"); } else { e.removeAttribute("data-tags"); e.classList.remove("tagged"); e.style.removeProperty("--tag"); } },
		pressed: () => { const b = q("#tagbar").children[0]; b.setAttribute("aria-pressed", String(flip)); },
	};
	const out = {};
	for (const k in parts) { out[k] = []; out[k + " (style+layout)"] = []; }
	for (let i = 0; i < n; i++) {
		for (const k in parts) {
			flip = !flip;
			await sleep(20);
			const t0 = performance.now();
			try { parts[k](); } catch (e) { continue; }
			const a = performance.now();
			document.documentElement.offsetHeight;
			out[k + " (style+layout)"].push(performance.now() - a);
			await paint();
			out[k].push(performance.now() - t0);
		}
	}
	const med = (a) => { a.sort((x, y) => x - y); return a[a.length >> 1]; };
	const res = {};
	for (const k in out) if (out[k].length) res[k] = med(out[k]);
	return res;
}`

// BenchmarkKeyParts times, on the app's page with 2,000 sentences, each
// single DOM change a key makes, by hand (keyPartsJS).
func BenchmarkKeyParts(b *testing.B) {
	bd := generatedDoc(b, 2000)
	ctx := newBrowser(b)
	if os.Getenv("KEYPARTS_PAGE") == "floor" {
		open(b, ctx, floorURL(newFloorServer(b, []benchDoc{bd}), bd))
	} else {
		srv := newServer(b)
		open(b, ctx, srv.URL+"/")
		eval[bool](b, ctx, "(() => {"+bd.storeJS()+" return true; })()")
		open(b, ctx, srv.URL+bd.url())
	}
	waitFor(b, ctx, `!!document.querySelector('[data-sentence="0"][aria-current="true"]')`)
	time.Sleep(2 * time.Second)
	css := os.Getenv("KEYPARTS_CSS")
	if css != "" {
		// A constructed sheet: the app's Content-Security-Policy refuses a <style> element.
		eval[bool](b, ctx, `(() => { const s = new CSSStyleSheet(); s.replaceSync(`+jsString(css)+`); document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; return true; })()`)
		fmt.Println("  side panel display:", eval[string](b, ctx, `getComputedStyle(document.querySelector(".side") || document.body).display`))
	}
	layers := eval[map[string]int](b, ctx, `(() => { const out = {}; for (const e of document.querySelectorAll("*")) {
		const c = getComputedStyle(e); let why = "";
		if (c.position !== "static") why = "position:" + c.position;
		else if (c.overflow !== "visible") why = "overflow:" + c.overflow;
		else if (c.contentVisibility === "auto") why = "content-visibility";
		else if (c.opacity !== "1" || c.transform !== "none" || c.isolation === "isolate" || c.willChange !== "auto" || c.filter !== "none" || /paint|strict|content/.test(c.contain)) why = "other";
		if (why) { const k = why + " " + e.tagName.toLowerCase() + "." + (e.className.baseVal !== undefined ? e.className.baseVal : e.className); out[k] = (out[k] || 0) + 1; } }
		out.elements = document.querySelectorAll("*").length; return out; })()`)
	for k, v := range layers {
		fmt.Printf("  layer %4d  %s\n", v, k)
	}
	res := evalWait[map[string]float64](b, ctx, `(`+keyPartsJS+`)(25)`, 120*time.Second)
	keys := make([]string, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("  %-26s %6.2f ms\n", k, res[k])
	}
}
