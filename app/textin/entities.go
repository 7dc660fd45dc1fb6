package textin

import (
	"strings"
	"unicode/utf8"
)

// maxEntityName is the longest entity name looked up; longer runs of
// letters after "&" are text.
const maxEntityName = 10

// decodeEntities replaces the character references in s ("&amp;",
// "&#233;", "&#xE9;") with their characters; anything that is not a known
// reference stays as it is.
func decodeEntities(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		s = s[i:]
		if r, n := entityAt(s); n > 0 {
			b.WriteRune(r)
			s = s[n:]
		} else {
			b.WriteByte('&')
			s = s[1:]
		}
		i = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}

// entityAt reads the character reference that s starts with ("&" is
// s[0]). It returns the character and the reference's length, or n == 0
// when there is none. The semicolon is required, except after amp, lt, gt
// and quot when no letter or digit follows. Numeric references to NUL,
// surrogates or beyond U+10FFFF give U+FFFD; those to 0x80–0x9F follow
// Windows-1252, as browsers do.
func entityAt(s string) (rune, int) {
	if len(s) > 1 && s[1] == '#' {
		return numericEntity(s)
	}
	j := 1
	for j < len(s) && j <= maxEntityName && isASCIIAlnum(s[j]) {
		j++
	}
	if j == 1 {
		return 0, 0
	}
	if j < len(s) && s[j] == ';' {
		if r, ok := entities[s[1:j]]; ok {
			return r, j + 1
		}
		return 0, 0
	}
	switch s[1:j] {
	case "amp", "lt", "gt", "quot":
		if j == len(s) || !isASCIIAlnum(s[j]) {
			return entities[s[1:j]], j
		}
	}
	return 0, 0
}

// numericEntity reads "&#123;" or "&#x7B;" at the start of s.
func numericEntity(s string) (rune, int) {
	j, base := 2, rune(10)
	if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
		j, base = 3, 16
	}
	start := j
	var v rune
	for ; j < len(s); j++ {
		d := hexValue(s[j])
		if d < 0 || d >= base {
			break
		}
		if v <= utf8.MaxRune {
			v = v*base + d
		}
	}
	if j == start || j >= len(s) || s[j] != ';' {
		return 0, 0
	}
	switch {
	case v == 0 || v > utf8.MaxRune || 0xD800 <= v && v < 0xE000:
		v = utf8.RuneError
	case 0x80 <= v && v < 0xA0:
		v = windows1252[v-0x80]
	}
	return v, j + 1
}

// hexValue returns the value of a hex digit, -1 for any other byte.
func hexValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
