package ui

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// localStorage is the browser's window.localStorage as a store.KV. Every call
// is guarded: a blocked storage or a full quota throws in JavaScript, which
// becomes an error here instead of a crash.
type localStorage struct{}

func (localStorage) storage() app.Value {
	return app.Window().Get("localStorage")
}

// Get implements store.KV.
func (s localStorage) Get(key string) (value string, ok bool, err error) {
	defer guard(&err, "reading browser storage")
	v := s.storage().Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return "", false, nil
	}
	return v.String(), true, nil
}

// Set implements store.KV.
func (s localStorage) Set(key, value string) (err error) {
	defer guard(&err, "writing browser storage")
	s.storage().Call("setItem", key, value)
	return nil
}

// SetParts implements store.PartsSetter: the parts are joined by the
// browser (a JavaScript array's join), so that a book's stored text
// crosses into JavaScript a part at a time and the Go side never holds
// its whole encoding.
func (s localStorage) SetParts(key string, parts func(yield func(string))) (err error) {
	defer guard(&err, "writing browser storage")
	all := app.Window().Get("Array").New()
	parts(func(p string) { all.Call("push", p) })
	s.storage().Call("setItem", key, all.Call("join", ""))
	return nil
}

// guard turns a JavaScript exception (a Go panic in wasm) into an error.
func guard(err *error, what string) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s failed: %v", what, r)
	}
}

// Has implements store.Haser: whether key is stored, without reading its
// value (a book's text is megabytes, and getItem would make a JavaScript
// string of it on every save). localStorage's own properties are exactly
// its keys (length, getItem and the rest are inherited), so
// Object.prototype.hasOwnProperty answers for every key the app writes.
func (s localStorage) Has(key string) (ok bool, err error) {
	defer guard(&err, "reading browser storage")
	if hasOwn == nil {
		hasOwn = app.Window().Get("Object").Get("prototype").Get("hasOwnProperty")
	}
	return hasOwn.Call("call", s.storage(), key).Bool(), nil
}

// hasOwn is Object.prototype.hasOwnProperty, looked up once.
var hasOwn app.Value

// Del implements store.KV.
func (s localStorage) Del(key string) (err error) {
	defer guard(&err, "deleting from browser storage")
	s.storage().Call("removeItem", key)
	return nil
}

// Keys implements store.KV. The keys come over in one string, the JSON of
// Object.keys(localStorage): asking key(i) for each was three calls into
// JavaScript a key, and a stored book has hundreds of keys. (A key with a
// lone UTF-16 surrogate comes back with U+FFFD instead; the app writes
// none.)
func (s localStorage) Keys(prefix string) (keys []string, err error) {
	defer guard(&err, "listing browser storage")
	w := app.Window()
	var all []string
	if err := json.Unmarshal([]byte(w.Get("JSON").Call("stringify", w.Get("Object").Call("keys", s.storage())).String()), &all); err != nil {
		return nil, fmt.Errorf("listing browser storage: %w", err)
	}
	for _, key := range all {
		if strings.HasPrefix(key, prefix) {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	return keys, nil
}
