//go:build wasm

// Command splitbench times segment.Split on 1 MB of text inside the browser,
// and segment.SplitLang with German rules on the same text.
// The e2e benchmark builds it, loads it in Chromium and reads window.splitBench.
package main

import (
	"syscall/js"
	"time"

	"annotator/app/segment"
)

func main() {
	text := segment.SampleText(1 << 20)
	bestMs, sentences := best(func() int { return len(segment.Split(text)) })
	langMs, langSentences := best(func() int { return len(segment.SplitLang(text, "de")) })
	js.Global().Set("splitBench", map[string]any{
		"bytes":         len(text),
		"sentences":     sentences,
		"bestMs":        bestMs,
		"langSentences": langSentences,
		"langBestMs":    langMs,
	})
	select {}
}

// best runs split five times and returns the best time in milliseconds and
// the sentences it found.
func best(split func() int) (float64, int) {
	const runs = 5
	best, sentences := time.Duration(1<<62), 0
	for range runs {
		start := time.Now()
		sentences = split()
		best = min(best, time.Since(start))
	}
	return float64(best.Microseconds()) / 1000, sentences
}
