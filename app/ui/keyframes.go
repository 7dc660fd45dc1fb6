package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// settleAfter is how long keys must pause before go-app renders what they
// changed (the progress chart and the annotation list, and its own copy of
// what reflect already showed): holding j through a book renders once.
const settleAfter = 200 * time.Millisecond

// idleWait bounds how long afterPaint waits for the browser to be idle.
const idleWait = 100 * time.Millisecond

// keyFrames are the browser callbacks that follow a key, made once per
// mount of the Reader rather than once per key (each would be a Go
// function registered with JavaScript, and settle's a goroutine and a Go
// timer, which re-arms the runtime's own browser timeout on every key).
type keyFrames struct {
	raf, idle, settle app.Func
	idleOpts          app.Value
	after             func() // what runs once the key's frame is painted
	rafID, idleID     int    // the pending requests, 0 when none
	settleID          int
	lastKey           time.Time // when settleLater was last called
	hasIdle           bool      // requestIdleCallback exists (not in Safari)
}

// newKeyFrames makes the callbacks; render asks go-app to render the
// Reader (settle), release cancels what is pending and frees them.
func newKeyFrames(render func()) (kf *keyFrames, release func()) {
	w := app.Window()
	kf = &keyFrames{hasIdle: w.Get("requestIdleCallback").Truthy()}
	kf.idleOpts = app.ValueOf(map[string]any{"timeout": idleWait.Milliseconds()})
	kf.idle = app.FuncOf(func(app.Value, []app.Value) any {
		kf.idleID = 0
		if f := kf.after; f != nil {
			kf.after = nil
			f()
		}
		return nil
	})
	kf.raf = app.FuncOf(func(app.Value, []app.Value) any {
		kf.rafID = 0
		if kf.hasIdle {
			kf.idleID = w.Call("requestIdleCallback", kf.idle, kf.idleOpts).Int()
		} else {
			kf.idleID = w.Call("setTimeout", kf.idle, 0).Int()
		}
		return nil
	})
	kf.settle = app.FuncOf(func(app.Value, []app.Value) any {
		kf.settleID = 0
		if wait := settleAfter - time.Since(kf.lastKey); wait > time.Millisecond {
			kf.settleID = w.Call("setTimeout", kf.settle, wait.Milliseconds()).Int() // a key came since
			return nil
		}
		render()
		return nil
	})
	return kf, func() {
		if kf.rafID != 0 {
			w.Call("cancelAnimationFrame", kf.rafID)
		}
		if kf.idleID != 0 {
			if kf.hasIdle {
				w.Call("cancelIdleCallback", kf.idleID)
			} else {
				w.Call("clearTimeout", kf.idleID)
			}
		}
		if kf.settleID != 0 {
			w.Call("clearTimeout", kf.settleID)
		}
		kf.raf.Release()
		kf.idle.Release()
		kf.settle.Release()
	}
}

// afterPaint runs f once the browser has painted the next frame: a
// requestAnimationFrame callback (which runs just before that paint)
// queues f for the idle time after it (requestIdleCallback, at most
// idleWait later), so that the work that follows a key never delays the
// frame that shows it. Where there is no requestIdleCallback (Safari), f
// runs in a task after that frame. One f waits at a time: a later call
// replaces it (onKey's follow-up takes every key since along).
func (kf *keyFrames) afterPaint(f func()) {
	kf.after = f
	if kf.rafID == 0 && kf.idleID == 0 {
		kf.rafID = app.Window().Call("requestAnimationFrame", kf.raf).Int()
	}
}

// settleLater asks for a render once keys have paused for settleAfter.
// A key only notes its time: the one timer, when it fires, waits again
// for what is left of the pause since the last key.
func (kf *keyFrames) settleLater() {
	kf.lastKey = time.Now()
	if kf.settleID == 0 {
		kf.settleID = app.Window().Call("setTimeout", kf.settle, settleAfter.Milliseconds()).Int()
	}
}
