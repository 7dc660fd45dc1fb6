package formats

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

// maxDepth caps JSON nesting; no file this package reads needs more.
const maxDepth = 64

// keySet maps the folded spelling of each known key to its exact spelling.
type keySet map[string]string

// scanOptions says what scanJSON checks besides duplicate keys.
type scanOptions struct {
	// known are keys whose case must be exact: encoding/json would take
	// "Text" for "text", so a near miss is an error, not a silent alias.
	known keySet
	// strict rejects every key that is not known.
	strict bool
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

// scanJSON walks data token by token and reports, with its JSON path, the
// first syntax error, duplicate key, pair of keys that differ only in case,
// near miss of a known key, unknown key (strict), nesting deeper than
// maxDepth or data after the value. It keeps no values, so its memory is
// bounded by the nesting depth.
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
			return jsonSyntaxError(data, err)
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
			if err := checkKey(top, k, o); err != nil {
				return err
			}
			top.key, top.wantKey = k, false
			continue
		}
		here := "$"
		key := ""
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
func checkKey(f *frame, k string, o scanOptions) error {
	place := keyPath(f.path, k)
	folded := fold(k)
	if prev, ok := f.seen[folded]; ok {
		if prev == k {
			return errAt(place, "duplicate key %q", k)
		}
		return errAt(place, "keys %q and %q differ only in case (JSON readers would mix them up)", prev, k)
	}
	f.seen[folded] = k
	exact, ok := o.known[folded]
	switch {
	case ok && exact != k:
		return errAt(place, "key %q must be written %q (keys are case-sensitive)", k, exact)
	case !ok && o.strict:
		return errAt(place, "unknown key %q", k)
	}
	return nil
}

// fold maps a key the way encoding/json matches keys to fields, so that
// two keys with the same fold would land in the same field.
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

// keysOf collects the JSON keys of the struct types reachable from types.
func keysOf(types ...reflect.Type) keySet {
	ks := keySet{}
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
			tag := f.Tag.Get("json")
			name, _, _ := strings.Cut(tag, ",")
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
	for _, t := range types {
		walk(t)
	}
	return ks
}

// jsonSyntaxError turns a decoding error into an *Error with a place.
// A json.Decoder reports offsets loosely, so the whole input is checked
// again with json.Unmarshal, whose offset is just past the bad byte.
func jsonSyntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(json.Unmarshal(data, new(struct{})), &se) || errors.As(err, &se) {
		return errAt(lineCol(data, se.Offset-1), "invalid JSON: %s", se.Error())
	}
	return errAt("", "invalid JSON: %v", err)
}

// jsonDecodeError turns an encoding/json error from decoding into typed
// values into an *Error naming the field and its line.
func jsonDecodeError(data []byte, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		place := "$"
		for _, f := range strings.Split(te.Field, ".") {
			// Skip empty parts and the names of embedded Go structs
			// (such as "Mark"): JSON keys here are lower-case.
			if r, _ := utf8.DecodeRuneInString(f); f != "" && !unicode.IsUpper(r) {
				place += "." + f
			}
		}
		return errAt(place+" ("+lineCol(data, te.Offset)+")", "expected %s, found a JSON %s", typeName(te.Type), te.Value)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return jsonSyntaxError(data, err)
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return errAt("", "%s", msg)
}

// typeName describes a Go type in JSON words.
func typeName(t reflect.Type) string {
	if t == reflect.TypeFor[json.RawMessage]() {
		return "a JSON value"
	}
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

// canonicalJSON re-encodes one JSON value in the canonical form the backup
// checksum covers: object keys sorted, no insignificant space, numbers as
// written, strings escaped as encoding/json does without HTML escaping.
func canonicalJSON(raw []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// stripBOM removes a leading UTF-8 byte order mark.
func stripBOM(data []byte) []byte { return bytes.TrimPrefix(data, []byte("\ufeff")) }
