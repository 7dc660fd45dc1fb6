package markup

import (
	"math"
	"strconv"
	"strings"
)

// WriteText writes s to b as HTML text, also fit for a quoted attribute
// value: &, <, > and quotes become references, and a NUL (which HTML text
// cannot carry) becomes U+FFFD. Every string of a user's that this package
// and the views built as HTML strings write goes through it.
func WriteText(b Writer, s string) { text(b, s) }

// text writes s as HTML text: &, <, > and quotes become references, and a
// NUL (which HTML text cannot carry) becomes U+FFFD.
func text(b Writer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		case 0:
			rep = "\uFFFD"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// attr writes ` name="value"` with value escaped.
func attr(b Writer, name, value string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	text(b, value)
	b.WriteByte('"')
}

// SafeColor returns c when it is a plain #rrggbb colour and a neutral grey
// otherwise, so that stored or imported data can never smuggle CSS (such as
// a url() that would fetch from another origin) into a style attribute.
func SafeColor(c string) string {
	if len(c) == 7 && c[0] == '#' {
		if _, err := strconv.ParseUint(c[1:], 16, 32); err == nil {
			return c
		}
	}
	return "#767676"
}

// TextOn returns black or white, whichever contrasts more with the
// background colour hex (#rrggbb); unknown colours get black.
func TextOn(hex string) string {
	h := strings.TrimPrefix(hex, "#")
	if len(h) != 6 {
		return "#000"
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return "#000"
	}
	lin := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(v>>16&0xff) + 0.7152*lin(v>>8&0xff) + 0.0722*lin(v&0xff)
	// Contrast with black is (l+0.05)/0.05, with white 1.05/(l+0.05).
	if (l+0.05)/0.05 >= 1.05/(l+0.05) {
		return "#000"
	}
	return "#fff"
}
