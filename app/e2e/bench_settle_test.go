package e2e

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// settleToggles is how many toggles settleWorst measures on one document.
const settleToggles = 3

// BenchmarkSettle measures only the "longest main-thread block in the
// 1.2 s after a tag toggle" line of BenchmarkBrowserSuite, quickly: on the
// seed article and on the generated documents (BENCH_SIZES narrows them),
// each toggle's window on its own, without the keystroke samples. With
// BENCH_PROFILE=1 it also prints a V8 CPU profile of one toggle and the
// 1.2 s after it on each document, which names what the block is made of;
// with BENCH_TIMELINE=1, every main-thread task of a toggle's window in
// order (taskTimeline) and the median cost of the update once keys pause.
//
//	go test -run '^$' -bench '^BenchmarkSettle$' -benchtime 1x ./app/e2e
func BenchmarkSettle(b *testing.B) {
	docs := []benchDoc{seedDoc()}
	for _, n := range sizesToBench(b) {
		docs = append(docs, generatedDoc(b, n))
	}
	srv := newServer(b)
	ctx := newBrowser(b)
	open(b, ctx, srv.URL+"/")
	waitOfflineReady(b, ctx)
	for _, bd := range docs {
		if len(bd.stored) > 0 {
			eval[bool](b, ctx, "(() => {"+bd.storeJS()+" return true; })()")
		}
	}
	load := loadAverage()
	var lines, profiles []string
	for _, bd := range docs {
		if bd.name != "seed" {
			openInApp(b, ctx, bd)
		}
		// The first toggle after the open on its own (its save writes the
		// whole record once), then a warm-up toggle, as in the suite
		// (where the settle line follows the keystroke samples).
		time.Sleep(time.Second)
		if profiling {
			startProfile(b, ctx)
		}
		first := settleOnce(b, ctx)
		if profiling {
			profiles = append(profiles, stopLongestStretch(b, ctx, "CPU profile: the longest busy stretch after the first tag toggle after the open, "+bd.label()))
		}
		press(b, ctx, "1")
		time.Sleep(600 * time.Millisecond)
		worst := settleWorst(b, ctx)
		lines = append(lines, fmt.Sprintf("  %-22s worst %5.1f ms  (toggles: %s; the first after the open: %.1f ms)", bd.label(), slices.Max(worst), fmtList(worst), first))
		// The same in the browser's trace: the longest main-thread task by
		// the CPU time the thread spent in it, which a busy machine
		// (descheduling the renderer) does not inflate as it does wall time.
		var cpu, wall []float64
		parts := ""
		for range settleToggles {
			time.Sleep(500 * time.Millisecond)
			tr := startTrace(b, ctx, []string{"toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"},
				func(e traceEvent) bool { return e.Ph == "X" || e.Ph == "B" })
			press(b, ctx, "1")
			time.Sleep(1200 * time.Millisecond)
			events := tr.stop(b)
			c, w := longestTask(events)
			if len(cpu) == 0 || c > slices.Max(cpu) {
				parts = taskParts(events, c)
			}
			cpu, wall = append(cpu, c), append(wall, w)
			if timeline {
				lines = append(lines, "  timeline of one toggle, "+bd.label()+":\n"+taskTimeline(events))
			}
		}
		lines = append(lines, fmt.Sprintf("  %-22s trace: longest task %5.1f ms of thread time (toggles: %s; wall: %s); in it: %s", "", slices.Max(cpu), fmtList(cpu), fmtList(wall), parts))
		if timeline {
			var ups, afters []float64
			for range 12 {
				time.Sleep(400 * time.Millisecond)
				tr := startTrace(b, ctx, []string{"toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"},
					func(e traceEvent) bool { return e.Ph == "X" || e.Ph == "B" })
				press(b, ctx, "1")
				time.Sleep(600 * time.Millisecond)
				u, a := settleParts(tr.stop(b))
				ups, afters = append(ups, u), append(afters, a)
			}
			lines = append(lines, fmt.Sprintf("  %-22s the update once keys pause (the longest task from 150 ms after the key): median %.1f ms of thread time, the tasks right after it %.1f ms (12 toggles)", "", median(ups), median(afters)))
		}
		// What those saves read and write in localStorage, per toggle,
		// apart from what other tasks (the storage meter) read meanwhile.
		eval[bool](b, ctx, storageProbeJS)
		eval[storageIO](b, ctx, storageWrittenJS)
		eval[bool](b, ctx, taskReadsJS)
		for range settleToggles {
			press(b, ctx, "1")
			time.Sleep(700 * time.Millisecond)
		}
		io := eval[storageIO](b, ctx, storageWrittenJS)
		tasks := eval[[2]float64](b, ctx, taskReadsDoneJS) // first: it wraps storageProbeJS's wrappers
		eval[bool](b, ctx, storageRestoreJS)
		save, other := tasks[0]/settleToggles, tasks[1]/settleToggles
		lines = append(lines, fmt.Sprintf("  %-22s storage per toggle: the save reads %s, other tasks %s; all reads: %s; writes %s", "",
			fmtBytes(save), fmtBytes(other), io.describe(io.Reads, settleToggles), fmtBytes(io.total(io.Writes)/settleToggles)))
		b.ReportMetric(save, "save-read-"+strings.ReplaceAll(bd.name, ",", "")+"-B")
		b.ReportMetric(slices.Max(cpu), "settle-cpu-"+strings.ReplaceAll(bd.name, ",", "")+"-ms")
		b.ReportMetric(slices.Max(worst), "settle-"+strings.ReplaceAll(bd.name, ",", "")+"-ms")
		if profiling {
			for range 2 {
				time.Sleep(500 * time.Millisecond)
				startProfile(b, ctx)
				press(b, ctx, "1")
				time.Sleep(1200 * time.Millisecond)
				profiles = append(profiles, stopLongestStretchAfter(b, ctx, "CPU profile: the longest busy stretch from 150 ms to 1.2 s after a tag toggle (go-app's update), "+bd.label(), 150e3))
			}
		}
	}
	for _, p := range profiles {
		fmt.Println(p)
	}
	fmt.Printf("Longest main-thread block in the 1.2 s after a tag toggle (load average %s before, %s after):\n", load, loadAverage())
	for _, l := range lines {
		fmt.Println(l)
	}
}

// settleWorst presses 1 settleToggles times, each after half a second of
// quiet, and returns the longest gap between two MessageChannel pings in
// the 1.2 s after each press (gapProbeJS).
func settleWorst(b *testing.B, ctx context.Context) []float64 {
	b.Helper()
	var worst []float64
	for range settleToggles {
		time.Sleep(500 * time.Millisecond)
		worst = append(worst, settleOnce(b, ctx))
	}
	return worst
}

// settleOnce presses 1 and returns the longest gap between two pings in
// the 1.2 s after it.
func settleOnce(b *testing.B, ctx context.Context) float64 {
	b.Helper()
	eval[bool](b, ctx, gapProbeJS)
	press(b, ctx, "1")
	return evalWait[float64](b, ctx, `window.__benchGap`, 10*time.Second)
}

// fmtList writes figures in ms, one decimal.
func fmtList(v []float64) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprintf("%.1f", x)
	}
	return strings.Join(s, ", ")
}

// stopLongestStretch stops the profiler and summarises only its longest
// stretch of busy samples (no idle sample in between): what one long
// main-thread block is made of.
func stopLongestStretch(t testing.TB, ctx context.Context, title string) string {
	t.Helper()
	return stopLongestStretchAfter(t, ctx, title, 0)
}

// stopLongestStretchAfter is stopLongestStretch over the stretches that
// start fromUs µs or more after the profile does (go-app's update, once
// keys pause, rather than the key's own frame).
func stopLongestStretchAfter(t testing.TB, ctx context.Context, title string, fromUs int64) string {
	t.Helper()
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	chromedp.Call(ctx, profiler.Disable, cdp.Empty{})
	p := res.Profile
	if p == nil || len(p.Samples) == 0 {
		return title + ": no profile\n"
	}
	idle := map[int64]bool{}
	for _, n := range p.Nodes {
		if n.CallFrame.FunctionName == "(idle)" {
			idle[n.ID] = true
		}
	}
	var best, from [2]int
	var bestUs, runUs, at int64
	for k, id := range p.Samples {
		dt := int64(0)
		if k < len(p.TimeDeltas) {
			dt = p.TimeDeltas[k]
		}
		at += dt
		if idle[id] || at < fromUs {
			runUs = 0
			from[0] = k + 1
			continue
		}
		runUs += dt
		if runUs > bestUs {
			bestUs, best = runUs, [2]int{from[0], k + 1}
		}
	}
	sub := *p
	sub.Samples = p.Samples[best[0]:best[1]]
	sub.TimeDeltas = p.TimeDeltas[best[0]:min(best[1], len(p.TimeDeltas))]
	sub.StartTime, sub.EndTime = 0, float64(bestUs)
	return summarizeProfile(title, &sub, 16)
}

// longestTask returns the longest task (RunTask) of the thread that
// handled the keydown, from the keydown on: its thread time and, apart,
// the longest wall time, in ms.
func longestTask(events []traceEvent) (cpu, wall float64) {
	key := firstKeydown(events)
	if key == nil {
		return 0, 0
	}
	for _, e := range events {
		if e.PID != key.PID || e.TID != key.TID || e.Ph != "X" || (e.Name != "RunTask" && e.Name != "ThreadControllerImpl::RunTask") {
			continue
		}
		if e.TS+e.Dur < key.TS {
			continue // over before the key
		}
		cpu, wall = max(cpu, e.Tdur/1000), max(wall, e.Dur/1000)
	}
	return cpu, wall
}

// taskReadsJS (installed after storageProbeJS, whose wrappers it wraps)
// sorts the bytes getItem returns by browser task (a task's calls end at
// its next microtask checkpoint, once the Go callback has returned): those
// of tasks that write a record's manifest (a save) and the rest (the
// storage meter, the journal). taskReadsDoneJS returns [save, other] and
// puts the wrapped functions back.
const (
	taskReadsJS = `(() => {
	const w = window.__taskReads = {save: 0, other: 0, get: Storage.prototype.getItem, set: Storage.prototype.setItem};
	let cur = null;
	const task = () => {
		if (!cur) {
			const t = cur = {read: 0, save: false};
			queueMicrotask(() => { if (t.save) w.save += t.read; else w.other += t.read; cur = null; });
		}
		return cur;
	};
	Storage.prototype.getItem = function (k) {
		const v = w.get.call(this, k);
		task().read += new TextEncoder().encode(String(k) + (v || "")).length;
		return v;
	};
	Storage.prototype.setItem = function (k, v) {
		if (/^annotator\/doc\/[^/]+$/.test(String(k))) task().save = true;
		return w.set.call(this, k, v);
	};
	return true;
})()`
	taskReadsDoneJS = `(() => {
	const w = window.__taskReads;
	Storage.prototype.getItem = w.get;
	Storage.prototype.setItem = w.set;
	delete window.__taskReads;
	return [w.save, w.other];
})()`
)

// taskParts names what the task of thread time cpu (ms; longestTask's)
// was made of: the longest trace events inside it on its thread, with
// their wall and thread times in ms ("FireIdleCallback 6.1/5.2, …").
func taskParts(events []traceEvent, cpu float64) string {
	var task *traceEvent
	for k, e := range events {
		if e.Ph == "X" && (e.Name == "RunTask" || e.Name == "ThreadControllerImpl::RunTask") && e.Tdur/1000 == cpu {
			task = &events[k]
		}
	}
	if task == nil {
		return "?"
	}
	var in []traceEvent
	for _, e := range events {
		if e.Ph == "X" && e.PID == task.PID && e.TID == task.TID && e.TS >= task.TS && e.TS+e.Dur <= task.TS+task.Dur &&
			e.Name != "RunTask" && e.Name != "ThreadControllerImpl::RunTask" && e.Dur >= 500 {
			in = append(in, e)
		}
	}
	slices.SortFunc(in, func(a, b traceEvent) int { return cmp.Compare(b.Dur, a.Dur) })
	var out []string
	for _, e := range in[:min(len(in), 5)] {
		out = append(out, fmt.Sprintf("%s %.1f/%.1f", e.Name, e.Dur/1000, e.Tdur/1000))
	}
	return strings.Join(out, ", ")
}
