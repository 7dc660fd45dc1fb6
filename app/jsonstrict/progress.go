package jsonstrict

import "sync/atomic"

// scoped is the Progress that WithProgress installs.
var scoped atomic.Pointer[func(done, total int)]

// WithProgress runs f with p as the Progress of every Scan that f makes
// without Options.Progress of its own (formats.WithProgress builds on it),
// so that a browser can show how far an import is and yield to the page
// from every reader, whichever package it is in. It is meant for the
// browser's one UI goroutine, where an import runs from start to end
// inside f; p is called with done of total in any unit.
func WithProgress(p func(done, total int), f func()) {
	prev := scoped.Swap(&p)
	defer scoped.Store(prev)
	f()
}

// ScopedProgress returns the Progress WithProgress installed, or nil.
func ScopedProgress() func(done, total int) {
	if p := scoped.Load(); p != nil {
		return *p
	}
	return nil
}
