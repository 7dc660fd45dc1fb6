package textin

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean makes line ends "\n" (from CRLF, CR, form feed, vertical tab, NEL,
// U+2028 and U+2029), drops U+FEFF, and replaces every other control
// character but the tab (C0, DEL and C1, NUL included) with U+FFFD, so that
// no character is lost without a trace.
func clean(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f || c >= 0xC2 && !plainRune(s, i) {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				break
			}
			b.WriteByte('\n')
		case r == '\f' || r == '\v' || r == 0x85 || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\uFEFF':
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case r < 0x20 || 0x7f <= r && r < 0xA0:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// plainRune reports whether the multi-byte rune at byte i of s is one that
// clean keeps as it is.
func plainRune(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r >= 0xA0 && r != '\u2028' && r != '\u2029' && r != '\uFEFF'
}

// tidy strips white space at the ends of lines, turns every run of blank
// lines into one blank line and drops blank lines at the start and end.
func tidy(s string) string {
	if n, ok := tidyPrefix(s); ok {
		return s[:n] // a tidy text (but for its trailing white space): no copy of a book
	}
	return tidyCopy(s)
}

// tidyCopy is tidy, building the result.
func tidyCopy(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blank := false
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(line)
	}
	return b.String()
}

// tidyPrefix reports whether tidy(s) is s[:n], and n, without building
// it: when no line but the last ones ends in white space, no blank line
// holds spaces and none leads or follows another.
func tidyPrefix(s string) (n int, ok bool) {
	blank := false
	for pos := 0; pos < len(s); {
		start, end := pos, len(s)
		if i := strings.IndexByte(s[pos:], '\n'); i >= 0 {
			end = pos + i
		}
		pos = end + 1
		line := strings.TrimRightFunc(s[start:end], unicode.IsSpace)
		if line == "" {
			blank = n > 0
			continue
		}
		sep := 0 // what tidy writes before the line: "", "\n" or "\n\n"
		if n > 0 {
			sep = 1
			if blank {
				sep = 2
			}
		}
		if start-n != sep { // s holds something else between the lines
			return 0, false
		}
		n, blank = start+len(line), false
	}
	return n, true
}
