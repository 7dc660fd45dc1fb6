package formats

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Error is a problem found in an imported file, with the place it was found.
type Error struct {
	// Place names where: a JSON path such as $.documents[0].marks[2].start
	// (sometimes with a line and column), or a CSV place such as "line 4,
	// field tags". It is empty when the problem is the whole file.
	Place string
	// Problem says what is wrong, in words a reader can act on.
	Problem string
	// Err is an underlying cause for errors.Is (may be nil).
	Err error
}

// Error implements error.
func (e *Error) Error() string {
	if e.Place == "" {
		return e.Problem
	}
	return e.Place + ": " + e.Problem
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// errAt builds an *Error.
func errAt(place, format string, args ...any) *Error {
	return &Error{Place: place, Problem: fmt.Sprintf(format, args...)}
}

// simpleKey matches keys that a JSON path can show after a dot.
var simpleKey = regexp.MustCompile(`^[A-Za-z_@$][A-Za-z0-9_@$-]*$`)

// keyPath appends an object key to a JSON path.
func keyPath(parent, key string) string {
	if simpleKey.MatchString(key) {
		return parent + "." + key
	}
	return parent + "[" + strconv.Quote(key) + "]"
}

// indexPath appends an array index to a JSON path.
func indexPath(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}

// lineCol turns a byte offset into "line L, column C" (both from 1; the
// column counts code points).
func lineCol(data []byte, offset int64) string {
	if offset < 0 {
		offset = 0
	}
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	line, start := 1, 0
	for i, c := range data[:offset] {
		if c == '\n' {
			line++
			start = i + 1
		}
	}
	return fmt.Sprintf("line %d, column %d", line, utf8.RuneCount(data[start:offset])+1)
}

// sizeError reports a file above a size cap.
func sizeError(what string, n, limit int) *Error {
	return errAt("", "the file is %s; %s may be at most %s", humanBytes(n), what, humanBytes(limit))
}

// humanBytes writes a byte count for people.
func humanBytes(n int) string {
	unit, size := "bytes", float64(n)
	switch {
	case n >= 1<<20:
		unit, size = "MB", size/(1<<20)
	case n >= 1<<10:
		unit, size = "KB", size/(1<<10)
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", size), ".0") + " " + unit
}
