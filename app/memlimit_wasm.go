//go:build wasm

package main

import (
	"runtime"
	"runtime/debug"
	"strconv"
)

// memoryLimitMiB is the floor of the soft limit on the memory the Go
// runtime maps (see setMemoryLimit); a string so that a build can try
// another with -ldflags=-X=main.memoryLimitMiB=N ("0": no limit).
var memoryLimitMiB = "11"

// setMemoryLimit makes the garbage collector run before the heap would
// grow the WebAssembly memory, which never shrinks and is the app's static
// data (~6.3 MB) plus what the runtime maps: with the default pacing
// alone, opening a 20,000-sentence book (4.9 MB live) mapped 14 MB, as the
// heap may grow to twice what was live at the last collection.
//
// The limit is never tighter than the heap's own pacing would be: after
// each collection it is set to the larger of the floor and what the
// runtime then uses (live heap, metadata, stacks, other) plus the live
// heap again, so that a book too large for the floor does not make the
// collector run back to back.
func setMemoryLimit() {
	floor, err := strconv.Atoi(memoryLimitMiB)
	if err != nil || floor <= 0 {
		return
	}
	t := &limitTuner{floor: int64(floor) << 20}
	debug.SetMemoryLimit(t.floor)
	t.arm()
}

// limitTuner sets the memory limit after every collection.
type limitTuner struct{ floor int64 }

// tick is an object the collector finds unreachable once per cycle: its
// cleanup retunes the limit and arms a new one.
type tick struct{ _ [16]byte }

// arm registers the retune for the next collection.
func (t *limitTuner) arm() {
	runtime.AddCleanup(new(tick), func(t *limitTuner) { t.retune(); t.arm() }, t)
}

// retune sets the limit to max(floor, in use + live heap), read from
// runtime.MemStats (runtime/metrics would add its code to app.wasm).
// Right after a collection, HeapAlloc is about the live heap, and what is
// in use is what the runtime maps (Sys) less the free pages of the heap.
func (t *limitTuner) retune() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	inUse := int64(m.Sys - m.HeapIdle)
	debug.SetMemoryLimit(max(t.floor, inUse+int64(m.HeapAlloc)))
}
