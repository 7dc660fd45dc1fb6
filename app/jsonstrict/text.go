package jsonstrict

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// HumanBytes writes a byte count for people: "12 bytes", "2 KB", "5.5 MB".
func HumanBytes(n int) string {
	unit, size := "bytes", float64(n)
	switch {
	case n >= 1<<20:
		unit, size = "MB", size/(1<<20)
	case n >= 1<<10:
		unit, size = "KB", size/(1<<10)
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", size), ".0") + " " + unit
}

// Clip shortens s to its first n code points and an ellipsis, for a
// message; a shorter s is returned as it is.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// clipTo is Clip, except that n <= 0 leaves s whole.
func clipTo(s string, n int) string {
	if n <= 0 {
		return s
	}
	return Clip(s, n)
}

// Slug turns a name into lower-case letters, digits and dashes, for file
// names; it returns fallback when nothing is left. When limit > 0 it stops
// once the slug has at least limit bytes.
func Slug(name, fallback string, limit int) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			if limit > 0 && b.Len() >= limit {
				break
			}
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return fallback
	}
	return b.String()
}

// StripBOM removes a leading UTF-8 byte order mark.
func StripBOM(data []byte) []byte { return bytes.TrimPrefix(data, []byte("\ufeff")) }
