//go:build wasm

package main

import (
	"runtime"
	"syscall/js"
)

// exposeMemStats sets window.__annotatorMem, a debug getter (not a
// feature: nothing in the page calls it) that benches and a developer's
// console call to see the Go heap: it returns the runtime.MemStats fields
// that decide the wasm linear memory, which never shrinks.
func exposeMemStats() {
	js.Global().Set("__annotatorMem", js.FuncOf(func(js.Value, []js.Value) any {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return map[string]any{
			"heapAlloc":  float64(m.HeapAlloc),
			"heapInuse":  float64(m.HeapInuse),
			"heapSys":    float64(m.HeapSys),
			"stackSys":   float64(m.StackSys),
			"gcSys":      float64(m.GCSys),
			"mspanSys":   float64(m.MSpanSys + m.MCacheSys),
			"otherSys":   float64(m.OtherSys + m.BuckHashSys),
			"released":   float64(m.HeapReleased),
			"sys":        float64(m.Sys),
			"nextGC":     float64(m.NextGC),
			"numGC":      float64(m.NumGC),
			"totalAlloc": float64(m.TotalAlloc),
		}
	}))
}
