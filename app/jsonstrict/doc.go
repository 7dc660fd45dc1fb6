// Package jsonstrict reads JSON files strictly and describes what is wrong
// with them in words a reader can act on.
//
// Scan walks a file token by token and refuses, naming the JSON path of the
// problem, syntax errors, duplicate keys, keys that differ only in case,
// near misses and (when asked) unknown keys, nesting beyond a depth cap and
// data after the value. SyntaxError and DecodeError turn encoding/json
// errors into an *Error with a place; Canonical and Checksum give the
// canonical form and the "sha256:<hex>" checksum that signed files carry.
//
// The package imports only the standard library, so that every package
// that reads files (formats, classroom) shares one set of checks and one
// error type.
package jsonstrict
