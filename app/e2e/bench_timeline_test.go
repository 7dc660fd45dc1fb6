package e2e

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
)

// timeline is on when BENCH_TIMELINE is set: BenchmarkSettle then prints
// every main-thread task of one toggle's window (taskTimeline).
var timeline = os.Getenv("BENCH_TIMELINE") != ""

// taskTimeline lists the tasks of at least 0.5 ms of the thread that
// handled the first keydown in events, from the keydown on, in order:
// their start after the keydown, wall and thread time (ms) and their
// three longest parts. It shows which tasks the settle window's longest
// gap is made of, and how close together they run.
func taskTimeline(events []traceEvent) string {
	key := firstKeydown(events)
	if key == nil {
		return "    no keydown in the trace\n"
	}
	isTask := func(e traceEvent) bool {
		return e.PID == key.PID && e.TID == key.TID && e.Ph == "X" && (e.Name == "RunTask" || e.Name == "ThreadControllerImpl::RunTask")
	}
	var tasks []traceEvent
	for _, e := range events {
		if isTask(e) && e.Name == "ThreadControllerImpl::RunTask" && e.TS+e.Dur >= key.TS && e.Dur >= 500 {
			tasks = append(tasks, e)
		}
	}
	slices.SortFunc(tasks, func(a, b traceEvent) int { return cmp.Compare(a.TS, b.TS) })
	var sb strings.Builder
	for _, t := range tasks {
		var in []traceEvent
		for _, e := range events {
			if e.Ph == "X" && e.PID == t.PID && e.TID == t.TID && e.TS >= t.TS && e.TS+e.Dur <= t.TS+t.Dur && !isTask(e) && e.Dur >= 200 {
				in = append(in, e)
			}
		}
		slices.SortFunc(in, func(a, b traceEvent) int { return cmp.Compare(b.Dur, a.Dur) })
		var parts []string
		for _, e := range in[:min(len(in), 4)] {
			if e.Args.ElementCount > 0 {
				parts = append(parts, fmt.Sprintf("%s %.1f (%d elements)", e.Name, e.Dur/1000, e.Args.ElementCount))
				continue
			}
			parts = append(parts, fmt.Sprintf("%s %.1f", e.Name, e.Dur/1000))
		}
		fmt.Fprintf(&sb, "    +%6.1f ms  %5.1f wall %5.1f cpu  %s\n", (t.TS-key.TS)/1000, t.Dur/1000, t.Tdur/1000, strings.Join(parts, ", "))
	}
	return sb.String()
}

// firstKeydown is the first keydown event of a trace (nil for none).
func firstKeydown(events []traceEvent) *traceEvent {
	var key *traceEvent
	for k, e := range events {
		if e.Name == "EventDispatch" && e.Args.Data.Type == "keydown" && (key == nil || e.TS < key.TS) {
			key = &events[k]
		}
	}
	return key
}

// settleParts returns, for the toggle traced in events, the thread time
// (ms) of the update once keys paused (the longest task that starts
// 150 ms or more after the keydown) and of the tasks that follow it
// without a gap of 1 ms (the frame that shows it).
func settleParts(events []traceEvent) (update, after float64) {
	key := firstKeydown(events)
	if key == nil {
		return 0, 0
	}
	var tasks []traceEvent
	for _, e := range events {
		if e.PID == key.PID && e.TID == key.TID && e.Ph == "X" && e.Name == "ThreadControllerImpl::RunTask" && e.TS >= key.TS+150e3 {
			tasks = append(tasks, e)
		}
	}
	slices.SortFunc(tasks, func(a, b traceEvent) int { return cmp.Compare(a.TS, b.TS) })
	best := -1
	for k, t := range tasks {
		if best < 0 || t.Tdur > tasks[best].Tdur {
			best = k
		}
	}
	if best < 0 {
		return 0, 0
	}
	update = tasks[best].Tdur / 1000
	end := tasks[best].TS + tasks[best].Dur
	for _, t := range tasks[best+1:] {
		if t.TS-end > 1000 {
			break
		}
		after += t.Tdur / 1000
		end = t.TS + t.Dur
	}
	return update, after
}
