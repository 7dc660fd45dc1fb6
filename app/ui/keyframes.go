package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// settleAfter is how long keys must pause before go-app renders what they
// changed (the progress chart and the annotation list, and its own copy of
// what reflect already showed): holding j through a book renders once.
const settleAfter = 200 * time.Millisecond

// keyFrames are the browser callbacks that follow a key, made once per
// mount of the Reader rather than once per key (each would be a Go
// function registered with JavaScript, and settle's a goroutine and a Go
// timer, which re-arms the runtime's own browser timeout on every key).
type keyFrames struct {
	painted, settle app.Func
	after           func()    // what runs once the key's frame is painted
	settleID        int       // the settle timer, 0 when none
	lastKey         time.Time // when settleLater was last called
}

// newKeyFrames makes the callbacks; render asks go-app to render the
// Reader (settle), release cancels what is pending and frees them.
func newKeyFrames(render func()) (kf *keyFrames, release func()) {
	w := app.Window()
	kf = &keyFrames{}
	kf.painted = app.FuncOf(func(app.Value, []app.Value) any {
		if f := kf.after; f != nil {
			kf.after = nil
			f()
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
		dom().Call("cancelAfterPaint")
		if kf.settleID != 0 {
			w.Call("clearTimeout", kf.settleID)
		}
		kf.painted.Release()
		kf.settle.Release()
	}
}

// afterPaint runs f once the browser has painted the next frame, in the
// idle time after it (web/boot.js's annotatorDOM.afterPaint), so that the
// work that follows a key never delays the frame that shows it; the frame
// itself runs no Go code. One f waits at a time: a later call replaces it
// (onKey's follow-up takes every key since along).
func (kf *keyFrames) afterPaint(f func()) {
	kf.after = f
	dom().Call("afterPaint", kf.painted)
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
