//go:build wasm && gclog

package main

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"syscall/js"
)

// With -tags gclog (a developer's build, never shipped), every garbage
// collection appends a line to a log (the heap right after it, what is
// mapped, the next goal) that window.__annotatorGCLog() returns.
var gcLog []string

type gcSentinel struct{ _ [16]byte }

func armGCLog() {
	s := new(gcSentinel)
	runtime.SetFinalizer(s, func(*gcSentinel) {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		gcLog = append(gcLog, fmt.Sprintf("gc %d: alloc %.2f inuse %.2f heapSys %.2f sys %.2f next %.2f total %.2f MB",
			m.NumGC, mb(m.HeapAlloc), mb(m.HeapInuse), mb(m.HeapSys), mb(m.Sys), mb(m.NextGC), mb(m.TotalAlloc)))
		armGCLog()
	})
}

func mb(n uint64) float64 { return float64(n) / 1e6 }

// memClasses is every /memory/classes metric, one line each.
func memClasses() string {
	var out []string
	for _, d := range metrics.All() {
		if strings.HasPrefix(d.Name, "/memory/classes/") {
			s := []metrics.Sample{{Name: d.Name}}
			metrics.Read(s)
			out = append(out, fmt.Sprintf("%s %.3f MB", d.Name, mb(s[0].Value.Uint64())))
		}
	}
	return strings.Join(out, "\n")
}

func init() {
	armGCLog()
	js.Global().Set("__annotatorGCLog", js.FuncOf(func(js.Value, []js.Value) any {
		return strings.Join(gcLog, "\n") + "\n" + memClasses()
	}))
}
