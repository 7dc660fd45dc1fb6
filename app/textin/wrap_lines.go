package textin

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line-level recognisers for Unwrap.

// firstWordWidth is the length in code points of the first word of s.
func firstWordWidth(s string) int {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[:i]
	}
	return utf8.RuneCountInString(s)
}

// opensQuote reports whether s starts with an opening quotation mark.
func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"“‘«„'", r)
}

// endsSentence reports whether s ends with terminal punctuation, maybe
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]_")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？", r)
}

// listItem reports whether s (trimmed) starts with a list marker and a
// space: a bullet (- * • – + ·), a number or a letter with "." or ")", or
// one in brackets ("(a)", "(12)").
func listItem(s string) bool { return itemWidth(s) > 0 }

// itemWidth returns the width of the list marker and its space at the
// start of s, 0 when s does not start a list item.
func itemWidth(s string) int {
	for _, b := range []string{"- ", "* ", "• ", "– ", "+ ", "· "} {
		if strings.HasPrefix(s, b) {
			return utf8.RuneCountInString(b)
		}
	}
	i := 0
	if strings.HasPrefix(s, "(") {
		i = 1
	}
	j := i
	for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i && j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++ // one letter: "a)" "(b)"
		if j < len(s) && s[j] == '.' && i == 0 {
			return 0 // "A. Smith" is a name, not a list item
		}
	}
	if j == i || j+1 >= len(s) || s[j+1] != ' ' {
		return 0
	}
	switch {
	case s[j] == ')', s[j] == '.' && i == 0:
		return j + 2
	}
	return 0
}

// tocLine reports whether s ends with a page number (digits or a lower-case
// Roman numeral) after dotted leaders, a tab or two spaces.
func tocLine(s string) bool {
	k := len(s)
	for k > 0 && (s[k-1] >= '0' && s[k-1] <= '9' || strings.IndexByte("ivxlc", s[k-1]) >= 0) {
		k--
	}
	if k == len(s) || k == 0 || len(s)-k > 6 {
		return false
	}
	lead := s[:k]
	if strings.HasSuffix(lead, "  ") || strings.HasSuffix(lead, "\t") {
		return true
	}
	lead = strings.TrimRight(lead, " ")
	return strings.HasSuffix(lead, "..") || strings.HasSuffix(lead, "…") || strings.HasSuffix(lead, ". .")
}
