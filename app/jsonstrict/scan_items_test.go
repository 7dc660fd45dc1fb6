package jsonstrict

import (
	"bytes"
	"errors"
	"testing"
)

// TestScanMaxItemsStopsEarly: an array of a million items is refused after
// MaxItems of them, with work bounded by the cap, not by the file.
func TestScanMaxItemsStopsEarly(t *testing.T) {
	data := append([]byte(`{"items":[`), bytes.Repeat([]byte(`{},`), 1_000_000)...)
	data = append(data, `{}]}`...)
	var err error
	allocs := testing.AllocsPerRun(1, func() { err = Scan(data, Options{MaxItems: 1000}) })
	if !errors.Is(err, ErrTooManyItems) {
		t.Fatalf("err = %v, want ErrTooManyItems", err)
	}
	if e := err.(*Error); e.Place != "$.items" {
		t.Errorf("place %q, want $.items", e.Place)
	}
	if allocs > 50_000 {
		t.Errorf("%.0f allocations: the scan went past the cap", allocs)
	}
	if err := Scan([]byte(`[1,2,3]`), Options{MaxItems: 3}); err != nil {
		t.Errorf("exactly MaxItems items: %v", err)
	}
	if err := Scan([]byte(`[1,2,3,4]`), Options{MaxItems: 3}); !errors.Is(err, ErrTooManyItems) {
		t.Errorf("MaxItems+1 items: %v", err)
	}
}

// TestScanProgress: Progress is called about once per ProgressStep bytes,
// with growing offsets bounded by the size.
func TestScanProgress(t *testing.T) {
	data := append([]byte(`[`), bytes.Repeat([]byte(`"abcdefgh",`), 200_000)...)
	data = append(data, `0]`...)
	var calls, last int
	err := Scan(data, Options{Progress: func(done, total int) {
		calls++
		if done < last || done > total || total != len(data) {
			t.Errorf("progress %d of %d after %d", done, total, last)
		}
		last = done
	}})
	if err != nil {
		t.Fatal(err)
	}
	want := len(data) / ProgressStep
	if calls < want-1 || calls > want+1 {
		t.Errorf("%d progress calls for %d bytes, want about %d", calls, len(data), want)
	}
}

// TestScanScopedProgress: a Scan without Options.Progress reports to the
// Progress of WithProgress, and only inside it.
func TestScanScopedProgress(t *testing.T) {
	data := append([]byte(`[`), bytes.Repeat([]byte(`"abcdefgh",`), 100_000)...)
	data = append(data, `0]`...)
	calls := 0
	WithProgress(func(done, total int) { calls++ }, func() {
		if err := Scan(data, Options{}); err != nil {
			t.Fatal(err)
		}
	})
	if want := len(data) / ProgressStep; calls < want-1 || calls > want+1 {
		t.Errorf("%d calls, want about %d", calls, want)
	}
	before := calls
	if err := Scan(data, Options{}); err != nil || calls != before || ScopedProgress() != nil {
		t.Errorf("after WithProgress: %d more calls, %v", calls-before, err)
	}
}
