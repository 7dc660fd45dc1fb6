//go:build wasm

// Command splitbench times segment.Split on 1 MB of text inside the browser.
// The e2e benchmark builds it, loads it in Chromium and reads window.splitBench.
package main

import (
	"syscall/js"
	"time"

	"annotator/app/segment"
)

func main() {
	text := segment.SampleText(1 << 20)
	const runs = 5
	best, sentences := time.Duration(1<<62), 0
	for range runs {
		start := time.Now()
		sentences = len(segment.Split(text))
		best = min(best, time.Since(start))
	}
	js.Global().Set("splitBench", map[string]any{
		"bytes":     len(text),
		"sentences": sentences,
		"bestMs":    float64(best.Microseconds()) / 1000,
	})
	select {}
}
