package textin

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeCharset returns data as a valid UTF-8 string. A byte-order mark
// decides between UTF-8, UTF-16LE and UTF-16BE and is dropped; without one,
// valid UTF-8 is taken as is, and so is mostly valid UTF-8 (more than
// twice as many multi-byte characters as runs of invalid bytes, as in a
// UTF-8 file cut in the middle of a character) with U+FFFD for each run;
// anything else is read as Windows-1252.
func decodeCharset(data []byte) string {
	switch {
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD")
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
		return decodeUTF16(data[2:], false)
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		return decodeUTF16(data[2:], true)
	case utf8.Valid(data):
		return string(data)
	case mostlyUTF8(data):
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return decodeWindows1252(data)
}

// mostlyUTF8 reports whether data holds more than twice as many valid
// multi-byte UTF-8 sequences as runs of invalid bytes.
func mostlyUTF8(data []byte) bool {
	multi, bad, inBad := 0, 0, false
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i, inBad = i+1, false
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r != utf8.RuneError || n > 1:
			multi, inBad = multi+1, false
		case !inBad:
			bad, inBad = bad+1, true
		}
		i += n
	}
	return multi > 2*bad
}

// decodeUTF16 decodes UTF-16 in the given byte order. Lone surrogates and a
// final odd byte become U+FFFD.
func decodeUTF16(data []byte, bigEndian bool) string {
	var b strings.Builder
	b.Grow(len(data) * 3 / 2)
	unit := func(i int) rune {
		if bigEndian {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	n := len(data) &^ 1
	for i := 0; i < n; i += 2 {
		r := unit(i)
		switch {
		case utf16.IsSurrogate(r) && r < 0xDC00 && i+3 < n:
			if s := utf16.DecodeRune(r, unit(i+2)); s != utf8.RuneError {
				b.WriteRune(s)
				i += 2
				continue
			}
			b.WriteRune(utf8.RuneError)
		case utf16.IsSurrogate(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	if len(data)%2 == 1 {
		b.WriteRune(utf8.RuneError)
	}
	return b.String()
}

// decodeWindows1252 decodes Windows-1252: bytes below 0x80 are ASCII, 0x80
// to 0x9F follow the Windows table and the rest are Latin-1.
func decodeWindows1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/4)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(windows1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}
