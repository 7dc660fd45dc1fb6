package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxHeadingRunes is the longest a line may be, in code points, to be
// taken for a heading by its shape alone (see IsHeading).
const MaxHeadingRunes = 80

// IsHeading reports whether sentence i looks like a heading rather than a
// sentence to annotate. Only a sentence that is a line on its own (no
// other sentence shares its line, and it does not run over a line end)
// can be one; such a line is a heading when
//
//   - it is a Markdown heading: "#" to "######" and a space ("# Intro");
//   - it is a chapter line: Chapter, Part, Book, Section, Volume, Act,
//     Scene or Canto and a number (digits, a Roman numeral or a number
//     word up to twenty), maybe followed by ":", "." or a dash and a short
//     title, maybe ending with a period ("Chapter 3", "CHAPTER III.",
//     "Part One", "Book II", "Chapter 3: The Storm");
//   - it is only a number or an upper-case Roman numeral, maybe with a
//     period ("I.", "IV", "12.");
//   - or it is short (at most MaxHeadingRunes code points), does not end
//     with terminal punctuation (. ! ? … : ; or the CJK 。！？, with any
//     closing quotes or brackets after them) nor with a comma, and does
//     not start with a lower-case letter (a line that does is the rest of
//     a verse or a wrapped line), e.g. "Bus fares", "The Storm".
//
// A bulleted list item ("- milk", "* eggs", "• bread") is not a heading:
// it is content. A numbered line without final punctuation ("1. Milk")
// counts as a numbered heading. Dialogue on its own line ends with
// punctuation ("“Go away!”") and is not a heading; a one-line sentence
// that ends with a period is not either. It is false for an i out of
// range.
//
// When Heading is set (MarkHeadings) it answers instead of these rules.
func (d *Document) IsHeading(i int) bool {
	if i < 0 || i >= len(d.Sentences) {
		return false
	}
	if d.Heading != nil {
		return i < len(d.Heading) && d.Heading[i]
	}
	s := d.Sentences[i]
	line := strings.TrimSpace(d.Text[s.Start:s.End])
	if line == "" || strings.ContainsRune(line, '\n') {
		return false
	}
	if i > 0 && !strings.ContainsRune(d.Text[d.Sentences[i-1].End:s.Start], '\n') {
		return false
	}
	if i+1 < len(d.Sentences) && !strings.ContainsRune(d.Text[s.End:d.Sentences[i+1].Start], '\n') {
		return false
	}
	switch {
	case isMarkdownHeading(line), isChapterLine(line), isNumberLine(line):
		return true
	case isBullet(line), utf8.RuneCountInString(line) > MaxHeadingRunes:
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	return !unicode.IsLower(first) && !endsSentence(line)
}

// isMarkdownHeading reports whether line is "#" to "######", a space and
// a title.
func isMarkdownHeading(line string) bool {
	rest := strings.TrimLeft(line, "#")
	n := len(line) - len(rest)
	return n >= 1 && n <= 6 && strings.HasPrefix(rest, " ") && strings.TrimSpace(rest) != ""
}

// isBullet reports whether line is a bulleted list item: a bullet, a
// space and a letter or digit.
func isBullet(line string) bool {
	for _, b := range []string{"- ", "* ", "+ ", "• ", "– ", "— ", "· "} {
		if rest, ok := strings.CutPrefix(line, b); ok {
			r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		}
	}
	return false
}

// closers are the closing quotes and brackets that may follow a sentence's
// final punctuation.
const closers = "\"'”’»›)]}"

// endsSentence reports whether line ends with terminal punctuation (or a
// comma), looking past closing quotes and brackets.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, closers)
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?…:;,。！？‽", r)
}

// chapterWords are the words that start a chapter line, lower-cased.
var chapterWords = map[string]bool{
	"chapter": true, "part": true, "book": true, "section": true,
	"volume": true, "act": true, "scene": true, "canto": true,
}

// numberWords are the spelled-out numbers a chapter line may use.
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true,
	"nineteen": true, "twenty": true, "first": true, "second": true, "third": true, "fourth": true,
	"fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
}

// isChapterLine reports whether line is a chapter word and a number, maybe
// followed by a separator and a short title, maybe with a final period.
func isChapterLine(line string) bool {
	word, rest, _ := strings.Cut(line, " ")
	if !chapterWords[strings.ToLower(word)] || utf8.RuneCountInString(line) > MaxHeadingRunes {
		return false
	}
	rest = strings.TrimSpace(rest)
	end := strings.IndexFunc(rest, func(r rune) bool { return r == ' ' || r == '.' || r == ':' })
	num, after := rest, ""
	if end >= 0 {
		num, after = rest[:end], rest[end:]
	}
	if !isDigits(num) && !IsRoman(strings.ToUpper(num)) && !numberWords[strings.ToLower(num)] {
		return false
	}
	after = strings.TrimSpace(after)
	if after == "" || after == "." || after == ":" {
		return true
	}
	// A title must follow a separator: "Part one of the plan." is a sentence.
	for _, sep := range []string{".", ":", "—", "–", "-"} {
		if strings.HasPrefix(after, sep) {
			return true
		}
	}
	return false
}

// isNumberLine reports whether line is only digits or an upper-case Roman
// numeral, maybe with a final period.
func isNumberLine(line string) bool {
	line = strings.TrimSuffix(line, ".")
	return isDigits(line) || IsRoman(line)
}

// isDigits reports whether s is 1 to 4 ASCII digits.
func isDigits(s string) bool {
	return s != "" && len(s) <= 4 && strings.Trim(s, "0123456789") == ""
}

// isRoman reports whether s is a well-formed upper-case Roman numeral from
// I to MMMCMXCIX.
func IsRoman(s string) bool {
	if s == "" || len(s) > 15 {
		return false
	}
	rest := strings.TrimLeft(s, "M")
	if len(s)-len(rest) > 3 {
		return false
	}
	for _, digit := range [][3]string{{"C", "D", "M"}, {"X", "L", "C"}, {"I", "V", "X"}} {
		rest = romanDigit(rest, digit[0], digit[1], digit[2])
	}
	return rest == ""
}

// romanDigit strips one decimal digit written with one, five and ten
// (e.g. I, V, X) from the front of s.
func romanDigit(s, one, five, ten string) string {
	for _, p := range []string{one + ten, one + five} { // 9, 4
		if r, ok := strings.CutPrefix(s, p); ok {
			return r
		}
	}
	s, _ = strings.CutPrefix(s, five)
	for range 3 {
		r, ok := strings.CutPrefix(s, one)
		if !ok {
			break
		}
		s = r
	}
	return s
}
