package jsonstrict

import (
	"encoding/json"
	"time"
)

// CheckTime checks a scalar value that Scan passes to Options.Value
// (tok, at JSON path path) for a key whose value must be a date: an
// RFC 3339 string such as "2026-01-31T12:00:00Z". It returns an *Error at
// path for any other value, null included; a caller that allows null
// checks for it first.
func CheckTime(path string, tok json.Token) error {
	s, ok := tok.(string)
	if !ok {
		return Errorf(path, "expected a date string such as \"2026-01-31T12:00:00Z\"")
	}
	if _, err := time.Parse(time.RFC3339, s); err != nil {
		return Errorf(path, "%q is not a date such as \"2026-01-31T12:00:00Z\"", Clip(s, 40))
	}
	return nil
}
