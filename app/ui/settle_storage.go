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
		key := k.String()
		size, ok := partSizes.get(key)
		if !ok {
			// A JavaScript string is not an object: syscall/js refuses to
			// read its length directly (the meter read 0 bytes), Object(s)
			// can.
			size = 2 * (object.Invoke(k).Get("length").Int() + object.Invoke(ls.Call("getItem", k)).Get("length").Int())
			partSizes.put(key, size)
		}
		if strings.HasPrefix(key, store.Prefix) {
			f.App += size
		} else {
			f.Others += size
		}
	}
	partSizes.prune()
	return i, true, nil
}

// partSizes remembers the sizes of the content-addressed parts of the
// app's records and histories (a key ending in /m/, /p/ or /b/ and the
// 16 hex digits of its content's hash holds that content only), so that
// counting storage again reads the value of no part it counted before: a
// book's record has hundreds of parts, and reading each took several
// calls into JavaScript.
var partSizes = sizeCache{sizes: map[string]sizeSeen{}}

// sizeCache maps part keys to their sizes, with the count that last saw
// each.
type sizeCache struct {
	sizes map[string]sizeSeen
	count int
}

// sizeSeen is one part's size in bytes and the count that last saw it.
type sizeSeen struct{ size, count int }

// get returns the size of key when it is a part counted before, and
// marks it as seen by this count.
func (c *sizeCache) get(key string) (int, bool) {
	e, ok := c.sizes[key]
	if ok {
		e.count = c.count
		c.sizes[key] = e
	}
	return e.size, ok
}

// put keeps the size of key when it is a part.
func (c *sizeCache) put(key string, size int) {
	if isPartKey(key) {
		c.sizes[key] = sizeSeen{size, c.count}
	}
}

// prune forgets the parts a whole count did not see (deleted since) and
// starts the next count.
func (c *sizeCache) prune() {
	for k, e := range c.sizes {
		if e.count != c.count {
			delete(c.sizes, k)
		}
	}
	c.count++
}

// isPartKey reports whether key is a content-addressed part of the app:
// store.Prefix, then ".../m/", ".../p/" or ".../b/" and 16 hex digits.
func isPartKey(key string) bool {
	n := len(key)
	if !strings.HasPrefix(key, store.Prefix) || n < len(store.Prefix)+19 || key[n-17] != '/' || key[n-19] != '/' ||
		!strings.ContainsRune("mpb", rune(key[n-18])) {
		return false
	}
	return strings.Trim(key[n-16:], "0123456789abcdef") == ""
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
