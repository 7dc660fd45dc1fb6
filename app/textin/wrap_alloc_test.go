package textin

import (
	"runtime"
	"strings"
	"testing"
)

// TestUnwrapNotWrappedAllocates: a text that is not hard-wrapped (one
// paragraph per line, as most .txt books saved from a word processor)
// comes back without Unwrap having made a slice of its lines.
func TestUnwrapNotWrappedAllocates(t *testing.T) {
	text := strings.Repeat("A paragraph of one line, which goes on well past any wrap column that a wrapper would use. It has two sentences.\n\n", 2000)
	if got := Unwrap(text); got != text {
		t.Fatal("Unwrap changed a text that is not hard-wrapped")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	Unwrap(text)
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 4<<10 {
		t.Errorf("Unwrap of a %d-byte text that is not wrapped allocated %d bytes, want at most 4096", len(text), got)
	}
}
