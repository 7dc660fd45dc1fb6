package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/store"
)

// storageSlice bounds the work of one slice of the storage meter's count:
// a library with a book in it has hundreds of keys, and counting them all
// at once held the page for 20 ms and more after a key.
const storageSlice = 4 * time.Millisecond

// storageSliceKeys is the most keys one slice counts, however fast.
const storageSliceKeys = 256

// countStorageKeys adds the keys of localStorage from index from on to f,
// until until (the zero time: all of them), and returns the index to go on
// from and whether every key is counted. Lengths are read in JavaScript
// (UTF-16 units): no value is copied into Go.
func countStorageKeys(f *storageFigures, from int, until time.Time) (next int, all bool, err error) {
	defer guard(&err, "measuring storage")
	win := app.Window()
	ls := win.Get("localStorage")
	object := win.Get("Object")
	n := ls.Get("length").Int()
	i := from
	for ; i < n; i++ {
		if !until.IsZero() && i > from && (i-from >= storageSliceKeys || time.Now().After(until)) {
			return i, false, nil
		}
		k := ls.Call("key", i)
		if k.IsNull() {
			continue
		}
		// A JavaScript string is not an object: syscall/js refuses to read
		// its length directly (the meter read 0 bytes), Object(s) can.
		size := 2 * (object.Invoke(k).Get("length").Int() + object.Invoke(ls.Call("getItem", k)).Get("length").Int())
		if strings.HasPrefix(k.String(), store.Prefix) {
			f.App += size
		} else {
			f.Others += size
		}
	}
	return i, true, nil
}

// measureStorageInSlices adds up the keys and values of localStorage, this
// app's apart (keys starting with store.Prefix), in slices of at most
// storageSlice each in a browser task of its own, and then calls done
// with the figures on the UI goroutine (not at all when storage cannot be
// read).
func measureStorageInSlices(ctx app.Context, done func(storageFigures)) {
	var f storageFigures
	from := 0
	var step func()
	step = func() {
		next, all, err := countStorageKeys(&f, from, time.Now().Add(storageSlice))
		switch {
		case err != nil:
		case all:
			ctx.Dispatch(func(app.Context) { done(f) })
		default:
			from = next
			later(step)
		}
	}
	step()
}
