package textin

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// resolveHyphens settles each break in at (marked dropHyphen by breakAt,
// the line before it ending in "letter-" and the line after it starting
// with a letter): the hyphen goes (dropHyphen) when the joined word is a
// word of the text and the hyphenated compound is not; it stays (joinTight)
// when the part before the hyphen is already a compound ("three-and-"),
// when the compound appears elsewhere with its hyphen, and when neither
// form appears. The words are collected once, in one pass over the lines.
func resolveHyphens(raw []string, lines []wrapLine, kinds []breakKind, at []int) {
	words := textWords(raw)
	for _, i := range at {
		a := strings.TrimSpace(lines[i-1].text)
		left := trailingWord(a[:len(a)-1])
		right := leadingWord(strings.TrimSpace(lines[i].text))
		kinds[i] = joinTight
		if strings.Contains(left, "-") || words[left+"-"+right] {
			continue
		}
		if words[left+right] {
			kinds[i] = dropHyphen
		}
	}
}

// textWords returns the words of the lines, lower-cased: runs of letters,
// and compounds of them joined by single hyphens together with each pair of
// neighbouring parts of a compound ("three-and-twenty" gives it,
// "three-and" and "and-twenty").
func textWords(raw []string) map[string]bool {
	words := make(map[string]bool, 1024)
	var parts []string
	for _, l := range raw {
		for pos := 0; pos < len(l); {
			r, n := utf8.DecodeRuneInString(l[pos:])
			if !unicode.IsLetter(r) {
				pos += n
				continue
			}
			end, parts := compoundAt(l, pos, parts[:0])
			w := strings.ToLower(l[pos:end])
			words[w] = true
			if len(parts) > 2 {
				for k := 1; k < len(parts); k++ {
					words[strings.ToLower(parts[k-1]+"-"+parts[k])] = true
				}
			}
			pos = end
		}
	}
	return words
}

// compoundAt reads the word or compound that starts at byte pos of l (a
// letter) and returns where it ends and its parts, appended to parts.
func compoundAt(l string, pos int, parts []string) (int, []string) {
	for {
		p := pos
		for p < len(l) {
			r, n := utf8.DecodeRuneInString(l[p:])
			if !unicode.IsLetter(r) {
				break
			}
			p += n
		}
		parts = append(parts, l[pos:p])
		if p+1 < len(l) && l[p] == '-' {
			if r, _ := utf8.DecodeRuneInString(l[p+1:]); unicode.IsLetter(r) {
				pos = p + 1
				continue
			}
		}
		return p, parts
	}
}

// trailingWord returns the word or compound at the end of s, lower-cased.
func trailingWord(s string) string {
	k := len(s)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) && !(r == '-' && k-n > 0 && k < len(s)) {
			break
		}
		k -= n
	}
	return strings.ToLower(strings.TrimLeft(s[k:], "-"))
}

// leadingWord returns the run of letters at the start of s, lower-cased.
func leadingWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}
