package jsonstrict

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is a problem found in a file, with the place it was found.
type Error struct {
	// Place names where: a JSON path such as $.documents[0].marks[2].start
	// (sometimes with a line and column), or another place such as "line
	// 4, field tags". It is empty when the problem is the whole file.
	Place string
	// Problem says what is wrong, in words a reader can act on.
	Problem string
	// Err is an underlying cause for errors.Is (may be nil).
	Err error
}

// Error implements error: the place, a colon and the problem, or the
// problem alone when there is no place.
func (e *Error) Error() string {
	if e.Place == "" {
		return e.Problem
	}
	return e.Place + ": " + e.Problem
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an *Error at place whose problem is formatted as by
// fmt.Sprintf.
func Errorf(place, format string, args ...any) *Error {
	return &Error{Place: place, Problem: fmt.Sprintf(format, args...)}
}

// KeyPath appends an object key to a JSON path: after a dot when the key
// is a simple name (a letter, "_", "@" or "$", then also digits and "-"),
// else quoted in brackets.
func KeyPath(parent, key string) string { return keyPath(parent, key, 0) }

// keyPath is KeyPath with a quoted key clipped to clip code points (0: no
// clipping).
func keyPath(parent, key string, clip int) string {
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
	return parent + "[" + strconv.Quote(clipTo(key, clip)) + "]"
}

// IndexPath appends an array index to a JSON path.
func IndexPath(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}

// LineCol turns a byte offset into data into "line L, column C" (both from
// 1; the column counts code points). Offsets outside data are clamped.
func LineCol(data []byte, offset int64) string {
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

// SyntaxError turns an error met while reading data as JSON into an *Error
// placed at a line and column. A json.Decoder reports offsets loosely, so
// the whole input is checked again with json.Unmarshal, whose offset is
// just past the bad byte.
func SyntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(json.Unmarshal(data, new(struct{})), &se) || errors.As(err, &se) {
		return Errorf(LineCol(data, se.Offset-1), "invalid JSON: %s", se.Error())
	}
	return Errorf("", "invalid JSON: %v", err)
}

// DecodeError turns an encoding/json error from decoding data into typed
// values into an *Error naming the field (as a JSON path) and its line.
func DecodeError(data []byte, err error) error {
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
		return Errorf(place+" ("+LineCol(data, te.Offset)+")", "expected %s, found a JSON %s", typeName(te.Type), te.Value)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return SyntaxError(data, err)
	}
	return Errorf("", "%s", strings.TrimPrefix(err.Error(), "json: "))
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
