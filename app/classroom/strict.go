package classroom

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"annotator/app/formats"
)

// The strict JSON checks below follow those of package formats (which
// keeps its own unexported): one token scan that reports, with a JSON
// path, the first syntax error, duplicate key, pair of keys differing only
// in case, unknown key, nesting beyond maxDepth or data after the value.

// maxDepth caps JSON nesting; no classroom file needs more than 6 levels.
const maxDepth = 32

// keySet maps the folded spelling of each known key to its exact spelling.
type keySet map[string]string

// scanOptions says what scanJSON checks besides syntax and duplicate keys.
type scanOptions struct {
	// known, when not nil, are the only keys allowed, exactly spelled.
	known keySet
	// value, when set, checks each scalar value; key is the object key it
	// belongs to ("" inside arrays).
	value func(path, key string, tok json.Token) error
}

// frame is one open object or array during a scan.
type frame struct {
	obj     bool
	path    string
	seen    map[string]string // folded → exact keys of an object
	wantKey bool
	key     string
	index   int
}

// scanJSON walks data token by token; its memory is bounded by the depth.
func scanJSON(data []byte, o scanOptions) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*frame
	done := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			switch {
			case done:
				return nil
			case len(stack) == 0:
				return errAt("", "the file is empty")
			}
			return errAt(stack[len(stack)-1].path, "the file ends before this value is complete")
		}
		if err != nil {
			return syntaxError(data, err)
		}
		if done {
			return errAt(lineCol(data, dec.InputOffset()), "unexpected data after the JSON value")
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.wantKey && tok != json.Delim('}') {
			k, _ := tok.(string)
			if err := checkKey(top, k, o.known); err != nil {
				return err
			}
			top.key, top.wantKey = k, false
			continue
		}
		here, key := "$", ""
		if top != nil {
			if top.obj {
				here, key = keyPath(top.path, top.key), top.key
			} else {
				here = indexPath(top.path, top.index)
			}
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			if len(stack) >= maxDepth {
				return errAt(here, "nested more than %d levels deep", maxDepth)
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
			if o.value != nil {
				if err := o.value(here, key, tok); err != nil {
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
		} else {
			p.index++
		}
	}
}

// checkKey checks one object key against its siblings and the known keys.
func checkKey(f *frame, k string, known keySet) error {
	place := keyPath(f.path, k)
	folded := fold(k)
	if prev, ok := f.seen[folded]; ok {
		if prev == k {
			return errAt(place, "duplicate key %q", clip(k, 40))
		}
		return errAt(place, "keys %q and %q differ only in case (JSON readers would mix them up)", clip(prev, 40), clip(k, 40))
	}
	f.seen[folded] = k
	if known == nil {
		return nil
	}
	exact, ok := known[folded]
	switch {
	case !ok:
		return errAt(place, "unknown key %q", clip(k, 40))
	case exact != k:
		return errAt(place, "key %q must be written %q (keys are case-sensitive)", clip(k, 40), exact)
	}
	return nil
}

// fold maps a key the way encoding/json matches keys to fields.
func fold(s string) string {
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

// keysOf collects the JSON keys of the struct types reachable from t.
func keysOf(t reflect.Type) keySet {
	ks := keySet{}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] || t == reflect.TypeFor[json.RawMessage]() {
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
			ks[fold(name)] = name
			walk(f.Type)
		}
	}
	walk(t)
	return ks
}

// syntaxError turns a JSON syntax error into an *formats.Error with a
// line and column (json.Unmarshal's offset is the more precise one).
func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(json.Unmarshal(data, new(struct{})), &se) || errors.As(err, &se) {
		return errAt(lineCol(data, se.Offset-1), "invalid JSON: %s", se.Error())
	}
	return errAt("", "invalid JSON: %v", err)
}

// decodeError turns an encoding/json error from decoding into typed values
// into an *formats.Error naming the field and its line.
func decodeError(data []byte, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		place := "$"
		for _, f := range strings.Split(te.Field, ".") {
			// Skip the names of embedded Go structs (such as "Mark").
			if r, _ := utf8.DecodeRuneInString(f); f != "" && !unicode.IsUpper(r) {
				place += "." + f
			}
		}
		return errAt(place+" ("+lineCol(data, te.Offset)+")", "expected %s, found a JSON %s", typeName(te.Type), te.Value)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return syntaxError(data, err)
	}
	return errAt("", "%s", strings.TrimPrefix(err.Error(), "json: "))
}

// typeName describes a Go type in JSON words.
func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Bool:
		return "true or false"
	}
	return fmt.Sprint(t)
}

// keyPath appends an object key to a JSON path.
func keyPath(parent, key string) string {
	simple := key != ""
	for i, r := range key {
		if !(r == '_' || r == '$' || r == '@' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && (r == '-' || '0' <= r && r <= '9')) {
			simple = false
			break
		}
	}
	if simple {
		return parent + "." + key
	}
	return parent + "[" + strconv.Quote(clip(key, 40)) + "]"
}

// indexPath appends an array index to a JSON path.
func indexPath(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}

// lineCol turns a byte offset into "line L, column C" (both from 1; the
// column counts code points).
func lineCol(data []byte, offset int64) string {
	offset = max(0, min(offset, int64(len(data))))
	line, start := 1, 0
	for i, c := range data[:offset] {
		if c == '\n' {
			line++
			start = i + 1
		}
	}
	return fmt.Sprintf("line %d, column %d", line, utf8.RuneCount(data[start:offset])+1)
}

// errAt builds the error type the formats package uses for imported files,
// so that the UI shows every import problem the same way.
func errAt(place, format string, args ...any) *formats.Error {
	return &formats.Error{Place: place, Problem: fmt.Sprintf(format, args...)}
}

// clip shortens s for a message.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
