package jsonstrict

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultMaxDepth is the nesting cap Scan applies when Options.MaxDepth is
// not set.
const DefaultMaxDepth = 64

// Keys maps the folded spelling (see Fold) of each known key to its exact
// spelling.
type Keys map[string]string

// Options say what Scan checks besides syntax, duplicate keys and keys that
// differ only in case.
type Options struct {
	// Known are keys whose case must be exact: encoding/json would take
	// "Text" for "text", so a near miss is an error, not a silent alias.
	Known Keys
	// Strict rejects every key that is not in Known.
	Strict bool
	// MaxDepth caps the nesting of objects and arrays; 0 means
	// DefaultMaxDepth.
	MaxDepth int
	// MaxSize, when > 0, caps the size of the data in bytes.
	MaxSize int
	// ClipKeys, when > 0, shortens keys quoted in messages and paths to
	// that many code points.
	ClipKeys int
	// Value, when set, checks each scalar value; path is its JSON path and
	// key the object key it belongs to ("" inside arrays).
	Value func(path, key string, tok json.Token) error
	// MaxItems, when > 0, caps the elements of every array: the scan stops
	// at the first element past it, with an *Error wrapping
	// ErrTooManyItems, so that a file of ten million tiny items is refused
	// after reading MaxItems of them.
	MaxItems int
	// Progress, when set, is called every ProgressStep bytes of data with
	// the bytes read so far and len(data); when not set, the Progress of
	// WithProgress is.
	Progress func(done, total int)
}

// ErrTooManyItems is the cause (errors.Is) of the error Scan returns for an
// array longer than Options.MaxItems.
var ErrTooManyItems = errors.New("too many items in one array")

// ProgressStep is how many bytes apart Scan calls Options.Progress.
const ProgressStep = 64 << 10

// frame is one open object or array during a scan.
type frame struct {
	obj     bool
	path    string
	seen    map[string]string // folded → exact keys of an object
	wantKey bool
	key     string
	index   int
}

// Scan walks data token by token and reports, as an *Error with its JSON
// path, the first of: data above MaxSize, a syntax error, a duplicate key,
// a pair of keys that differ only in case, a near miss of a known key, an
// unknown key (Strict), nesting deeper than MaxDepth, or data after the
// value. It keeps no values, so its memory is bounded by the nesting depth.
func Scan(data []byte, o Options) error {
	if o.MaxSize > 0 && len(data) > o.MaxSize {
		return Errorf("", "the file is %s; at most %s is read", HumanBytes(len(data)), HumanBytes(o.MaxSize))
	}
	maxDepth := o.MaxDepth
	if maxDepth <= 0 {
		maxDepth = DefaultMaxDepth
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*frame
	done := false
	nextReport := ProgressStep
	progress := o.Progress
	if progress == nil {
		progress = ScopedProgress()
	}
	for {
		if progress != nil && dec.InputOffset() >= int64(nextReport) {
			progress(int(dec.InputOffset()), len(data))
			nextReport = int(dec.InputOffset()) + ProgressStep
		}
		tok, err := dec.Token()
		if err == io.EOF {
			switch {
			case done:
				return nil
			case len(stack) == 0:
				return Errorf("", "the file is empty")
			}
			return Errorf(stack[len(stack)-1].path, "the file ends before this value is complete")
		}
		if err != nil {
			return SyntaxError(data, err)
		}
		if done {
			return Errorf(LineCol(data, dec.InputOffset()), "unexpected data after the JSON value")
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.wantKey && tok != json.Delim('}') {
			k, _ := tok.(string)
			if err := checkKey(top, k, o); err != nil {
				return err
			}
			top.key, top.wantKey = k, false
			continue
		}
		here, key := "$", ""
		if top != nil {
			if top.obj {
				here, key = keyPath(top.path, top.key, o.ClipKeys), top.key
			} else {
				here = IndexPath(top.path, top.index)
			}
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			if len(stack) >= maxDepth {
				return Errorf(here, "nested more than %d levels deep", maxDepth)
			}
			obj := tok == json.Delim('{')
			f := &frame{obj: obj, path: here, wantKey: obj}
			if obj {
				f.seen = map[string]string{}
			}
			stack = append(stack, f)
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		default:
			if o.Value != nil {
				if err := o.Value(here, key, tok); err != nil {
					return err
				}
			}
		}
		if len(stack) == 0 {
			done = true
			continue
		}
		if p := stack[len(stack)-1]; p.obj {
			p.wantKey = true
		} else if p.index++; o.MaxItems > 0 && p.index >= o.MaxItems && dec.More() {
			return &Error{Place: p.path, Problem: fmt.Sprintf("more than %d items in one list", o.MaxItems), Err: ErrTooManyItems}
		}
	}
}

// checkKey checks one object key against its siblings and the known keys.
func checkKey(f *frame, k string, o Options) error {
	place := keyPath(f.path, k, o.ClipKeys)
	shown := clipTo(k, o.ClipKeys)
	folded := Fold(k)
	if prev, ok := f.seen[folded]; ok {
		if prev == k {
			return Errorf(place, "duplicate key %q", shown)
		}
		return Errorf(place, "keys %q and %q differ only in case (JSON readers would mix them up)", clipTo(prev, o.ClipKeys), shown)
	}
	f.seen[folded] = k
	exact, ok := o.Known[folded]
	switch {
	case ok && exact != k:
		return Errorf(place, "key %q must be written %q (keys are case-sensitive)", shown, exact)
	case !ok && o.Strict:
		return Errorf(place, "unknown key %q", shown)
	}
	return nil
}

// Fold maps a key the way encoding/json matches keys to fields, so that
// two keys with the same fold would land in the same field.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
		} else {
			r = unicode.ToUpper(unicode.ToLower(r))
		}
		b.WriteRune(r)
	}
	return b.String()
}

// KeysFrom returns the known-key set of the given exact spellings.
func KeysFrom(names ...string) Keys {
	ks := Keys{}
	for _, k := range names {
		ks[Fold(k)] = k
	}
	return ks
}

// KeysOf collects the JSON keys of the struct types reachable from types
// (through pointers, slices, arrays, maps, fields and embedded structs),
// as encoding/json names them.
func KeysOf(types ...reflect.Type) Keys {
	ks := Keys{}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			switch {
			case name == "-":
				continue
			case f.Anonymous && name == "":
				walk(f.Type)
				continue
			case !f.IsExported():
				continue
			case name == "":
				name = f.Name
			}
			ks[Fold(name)] = name
			walk(f.Type)
		}
	}
	for _, t := range types {
		walk(t)
	}
	return ks
}
