package textin

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitle is the most characters a title taken from the text keeps.
const maxTitle = 120

// pickTitle returns the heading when there is one, else the first line of
// text when it holds a letter or digit, else the file name without its
// extension, else "Untitled". Titles from the text are capped at maxTitle
// characters, cut at a word boundary with "…".
func pickTitle(heading, text, name string) string {
	if t := capTitle(heading); t != "" {
		return t
	}
	first, _, _ := strings.Cut(text, "\n")
	if strings.IndexFunc(first, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
		return capTitle(first)
	}
	base := baseName(name)
	if t := strings.TrimSpace(strings.TrimSuffix(base, extension(base))); t != "" {
		return t
	}
	return "Untitled"
}

// capTitle collapses white space and cuts s to at most maxTitle characters
// plus "…", at the last space before the limit when there is one in its
// second half. Only the first 8·maxTitle bytes of s are read.
func capTitle(s string) string {
	long := len(s) > 8*maxTitle
	if long {
		s = strings.ToValidUTF8(s[:8*maxTitle], "")
	}
	s = strings.Join(strings.Fields(s), " ")
	if !long && utf8.RuneCountInString(s) <= maxTitle {
		return s
	}
	cut, n := len(s), 0
	for i := range s {
		if n == maxTitle {
			cut = i
			break
		}
		n++
	}
	if sp := strings.LastIndexByte(s[:min(cut+1, len(s))], ' '); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + "…"
}
