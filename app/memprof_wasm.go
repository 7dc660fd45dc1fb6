//go:build wasm && memprof

package main

import (
	"bytes"
	"runtime"
	"runtime/pprof"
	"syscall/js"
)

// With -tags memprof (a developer's build, never shipped), every
// allocation is sampled and window.__annotatorHeapProfile() returns the
// heap profile as text (pprof debug=1: in-use and allocated bytes per
// stack), for finding what holds the wasm memory.
func init() {
	runtime.MemProfileRate = 1
	js.Global().Set("__annotatorHeapProfile", js.FuncOf(func(js.Value, []js.Value) any {
		runtime.GC()
		var b bytes.Buffer
		pprof.Lookup("heap").WriteTo(&b, 1)
		return b.String()
	}))
}
