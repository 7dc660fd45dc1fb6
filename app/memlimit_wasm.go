//go:build wasm

package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
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
// each collection it is set to the larger of the floor and twice the live
// heap, so that a book too large for the floor does not make the
// collector run back to back.
func setMemoryLimit() {
	floor, err := strconv.Atoi(memoryLimitMiB)
	if err != nil || floor <= 0 {
		return
	}
	t := &limitTuner{floor: int64(floor) << 20, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	debug.SetMemoryLimit(t.floor)
	t.arm()
}

// limitTuner sets the memory limit after every collection.
type limitTuner struct {
	floor  int64
	sample []metrics.Sample
}

// tick is an object the collector finds unreachable once per cycle: its
// cleanup retunes the limit and arms a new one.
type tick struct{ _ [16]byte }

// arm registers the retune for the next collection.
func (t *limitTuner) arm() {
	runtime.AddCleanup(new(tick), func(t *limitTuner) { t.retune(); t.arm() }, t)
}

// retune sets the limit to max(floor, 2 × live heap).
func (t *limitTuner) retune() {
	metrics.Read(t.sample)
	limit := t.floor
	if s := t.sample[0]; s.Value.Kind() == metrics.KindUint64 {
		limit = max(limit, 2*int64(s.Value.Uint64()))
	}
	debug.SetMemoryLimit(limit)
}
