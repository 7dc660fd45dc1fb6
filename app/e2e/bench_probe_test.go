package e2e

// The in-page probes of the browser benchmarks. Every time is read with
// performance.now() inside the page, so that the DevTools round trips of
// the test process never enter a figure.
//
// "Next paint" is approximated the usual way: a requestAnimationFrame
// callback runs just before the browser paints the frame that shows a DOM
// change, and a setTimeout(0) queued from it runs right after that paint.
// (Element Timing reports nothing in headless mode; Event Timing rounds
// to 8 ms.)

// loadProbeJS runs in every new document before the page's own scripts
// (Page.addScriptToEvaluateOnNewDocument). It records, relative to the
// navigation start, when the first [data-sentence] enters the DOM (the
// prerendered HTML), when it is first painted with nothing covering it,
// when go-app's loader leaves the DOM, when wasm is instantiated and when
// the app sets [data-app-ready], each with the paint that follows. It
// also keeps the app's WebAssembly instance in window.__benchWasm, for
// its memory size: app.js keeps its Go object in a local variable.
const loadProbeJS = `(() => {
	const L = window.__benchLoad = {};
	const now = () => performance.now();
	const paint = (f) => requestAnimationFrame(() => setTimeout(f, 0));
	let loaderSeen = false;
	// visible waits, frame by frame, until the first sentence is painted
	// and nothing covers it (elementFromPoint at its first characters).
	const visible = () => paint(() => {
		const el = document.querySelector("[data-sentence]");
		if (el) {
			const r = el.getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 8), r.top + Math.min(r.height / 2, 8));
			if (hit && (hit === el || el.contains(hit))) {
				L.sentenceVisible = now();
				return;
			}
		}
		visible();
	});
	const check = () => {
		if (L.sentence === undefined && document.querySelector("[data-sentence]")) {
			L.sentence = now();
			visible();
		}
		const loader = document.getElementById("app-wasm-loader");
		loaderSeen = loaderSeen || !!loader;
		if (loaderSeen && !loader && L.loaderGone === undefined) {
			L.loaderGone = now();
			paint(() => { L.loaderGonePaint = now(); });
		}
		if (L.ready === undefined && document.querySelector("[data-app-ready]")) {
			L.ready = now();
			paint(() => { L.readyPaint = now(); });
		}
	};
	new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-app-ready"]});
	for (const name of ["instantiateStreaming", "instantiate"]) {
		const orig = WebAssembly[name];
		if (!orig) continue;
		WebAssembly[name] = async function (...args) {
			const r = await orig.apply(this, args);
			L.wasmReady = now();
			window.__benchWasm = r.instance || r;
			return r;
		};
	}
})();`

// loadResultJS reads the load probe once the app-ready paint is seen;
// -1 marks a moment that did not happen.
const loadResultJS = `(() => {
	const L = window.__benchLoad || {};
	const fcp = performance.getEntriesByName("first-contentful-paint")[0];
	const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/app.wasm"));
	const v = (x) => x === undefined ? -1 : x;
	return {sentence: v(L.sentence), sentenceVisible: v(L.sentenceVisible), fcp: fcp ? fcp.startTime : -1,
		loaderGone: v(L.loaderGone), loaderGonePaint: v(L.loaderGonePaint),
		ready: v(L.ready), readyPaint: v(L.readyPaint),
		wasmFetched: wasm ? wasm.responseEnd : -1, wasmReady: v(L.wasmReady)};
})()`

// keyProbeJS installs the keystroke-to-paint probe (idempotent):
//
//   - a keydown listener on window in the capture phase, so it runs
//     before any handler of the page, notes t0 = performance.now();
//   - a MutationObserver on the body notes the first mutation inside
//     #article after t0 (the app's response in the DOM);
//   - from that observer callback, requestAnimationFrame + setTimeout(0)
//     timestamps the paint that shows it (a setTimeout(0) alone when the
//     change was made inside a frame, see peerFrameJS): one sample
//     {dom, paint} in ms since t0.
//
// window.__benchKeys.next(n, ms) resolves with the n-th sample, or null
// after ms milliseconds without it (a key that changed nothing).
const keyProbeJS = `(() => {
	if (window.__benchKeys) return true;
	const K = {samples: [], t0: 0, waiting: false, seen: false, waiters: []};
	const paint = (f) => requestAnimationFrame(() => setTimeout(f, 0));
	addEventListener("keydown", () => { K.t0 = performance.now(); K.waiting = true; K.seen = false; }, true);
	new MutationObserver((recs) => {
		if (!K.waiting || K.seen) return;
		const art = document.getElementById("article");
		if (!art || !recs.some((r) => art.contains(r.target))) return;
		K.seen = true;
		const t0 = K.t0, dom = performance.now() - t0;
		// A change made inside a frame (window.__benchInFrame, set on the
		// peer page by peerFrameJS) is painted by that frame.
		(window.__benchInFrame ? (f) => setTimeout(f, 0) : paint)(() => {
			K.waiting = false;
			K.samples.push({dom, paint: performance.now() - t0});
			K.waiters = K.waiters.filter((f) => !f());
		});
	}).observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
	K.next = (n, ms) => new Promise((resolve) => {
		const timer = setTimeout(() => resolve(null), ms);
		const check = () => {
			if (K.samples.length < n) return false;
			clearTimeout(timer);
			resolve(K.samples[n - 1]);
			return true;
		};
		if (!check()) K.waiters.push(check);
	});
	window.__benchKeys = K;
	return true;
})()`

// openProbeJS is a function expression (url, first, last, limitMs) that
// opens url inside the running app (goappNav: go-app's own in-page
// navigation, as a click on a library link) and resolves with, in ms
// since the call: first, when sentence 0 shows the new document's first
// sentence, and all, when sentence last (the final one) is in the DOM,
// each with the paint after it (firstPaint, allPaint); and the longest
// main-thread task and the total blocking time (the part of each task
// beyond 50 ms) until then.
const openProbeJS = `(url, first, last, limitMs) => new Promise((resolve) => {
	const R = {};
	const now = () => performance.now();
	const paint = (f) => requestAnimationFrame(() => setTimeout(f, 0));
	const tasks = [];
	let lt = null;
	try {
		lt = new PerformanceObserver((l) => tasks.push(...l.getEntries()));
		lt.observe({type: "longtask"});
	} catch (e) {}
	const lastSel = '[data-sentence="' + last + '"]';
	let finished = false, timer = 0, t0 = 0;
	const finish = () => {
		if (finished) return;
		finished = true;
		mo.disconnect();
		clearTimeout(timer);
		if (lt) { tasks.push(...lt.takeRecords()); lt.disconnect(); }
		const mine = tasks.filter((t) => t.startTime >= t0);
		R.longest = mine.reduce((m, t) => Math.max(m, t.duration), 0);
		R.blocking = mine.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
		R.longtasks = lt ? mine.length : -1;
		resolve(R);
	};
	const check = () => {
		if (R.first === undefined) {
			const el = document.querySelector('[data-sentence="0"]');
			if (el && el.textContent.trim() === first) {
				R.first = now() - t0;
				paint(() => { R.firstPaint = now() - t0; if (R.allPaint !== undefined) finish(); });
			}
		}
		if (R.first !== undefined && R.all === undefined && document.querySelector(lastSel)) {
			R.all = now() - t0;
			paint(() => { R.allPaint = now() - t0; if (R.firstPaint !== undefined) finish(); });
		}
	};
	const mo = new MutationObserver(check);
	mo.observe(document.body, {subtree: true, childList: true, characterData: true});
	timer = setTimeout(() => { R.timeout = true; finish(); }, limitMs);
	t0 = now();
	goappNav(url);
})`

// storageProbeJS wraps Storage.prototype.setItem and getItem (which the
// app's localStorage calls reach) to record every write and read;
// storageWrittenJS sums and clears them per key pattern (document ids
// shown as <id>): {writes: {pattern: [count, UTF-8 bytes of key and
// value]}, reads: {…}}. storageRestoreJS puts the originals back.
const (
	storageProbeJS = `(() => {
	if (window.__benchIO) return true;
	const io = window.__benchIO = {writes: [], reads: []};
	const set = Storage.prototype.setItem, get = Storage.prototype.getItem;
	window.__benchStorage = {set, get};
	Storage.prototype.setItem = function (k, v) {
		io.writes.push([String(k), String(v)]);
		return set.call(this, k, v);
	};
	Storage.prototype.getItem = function (k) {
		const v = get.call(this, k);
		io.reads.push([String(k), v === null ? "" : v]);
		return v;
	};
	return true;
})()`
	storageWrittenJS = `(() => {
	const enc = new TextEncoder();
	const sum = (list) => {
		const out = {};
		for (const [k, v] of list.splice(0)) {
			const p = k.replace(/[0-9a-f]{64}(-[0-9]+)?/g, "<id>");
			const e = out[p] || (out[p] = [0, 0]);
			e[0]++;
			e[1] += enc.encode(k).length + enc.encode(v).length;
		}
		return out;
	};
	return {writes: sum(window.__benchIO.writes), reads: sum(window.__benchIO.reads)};
})()`
	storageRestoreJS = `(() => {
	if (window.__benchStorage) {
		Storage.prototype.setItem = window.__benchStorage.set;
		Storage.prototype.getItem = window.__benchStorage.get;
	}
	delete window.__benchIO;
	return true;
})()`
)

// memoryJS reads performance.memory (bucketed by Chromium) and the size
// of the app's wasm linear memory (-1 when the page has none).
const memoryJS = `(() => {
	const m = performance.memory || {};
	const w = window.__benchWasm;
	const mem = w && w.exports && w.exports.mem;
	return {perfUsed: m.usedJSHeapSize || -1, wasm: mem ? mem.buffer.byteLength : -1};
})()`
