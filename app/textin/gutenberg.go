package textin

import (
	"strconv"
	"strings"
)

// Project Gutenberg files.
//
// A Project Gutenberg plain-text book starts with a header (the "Title:",
// "Author:" and "Language:" lines among others) ended by a START marker,
// and ends with an END marker and the licence. The markers come in several
// spellings over the years, any case:
//
//	*** START OF THE PROJECT GUTENBERG EBOOK PRIDE AND PREJUDICE ***
//	*** START OF THIS PROJECT GUTENBERG EBOOK …
//	***START OF THE PROJECT GUTENBERG EBOOK …
//	*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*
//	End of the Project Gutenberg EBook of …   End of Project Gutenberg's …
//	*** END OF THE PROJECT GUTENBERG EBOOK …  *** END OF THIS …
//
// stripGutenberg keeps only the book between them (also dropping a
// "Produced by …" credit right after the start marker) and reads the title,
// author and language from the header.

// gutenbergScan is how many lines from the top a start marker is looked
// for: headers with the old "small print" run to a few hundred lines.
const gutenbergScan = 2000

// gutenbergBook is what stripGutenberg found.
type gutenbergBook struct {
	text                string // the book, without header and licence
	title, author, lang string // from the header, "" when it has none
	dropped             int    // how many lines were left out
}

// notice is the Doc.Notice for the book.
func (g gutenbergBook) notice() string {
	return "The Project Gutenberg header and licence (" + strconv.Itoa(g.dropped) +
		" lines) were left out of the text; the book itself is complete."
}

// stripGutenberg returns the book of a Project Gutenberg file, and false
// (and nothing) when text has no start marker in its first gutenbergScan
// lines.
func stripGutenberg(text string) (gutenbergBook, bool) {
	var g gutenbergBook
	start, line, header := -1, 0, text
	for pos := 0; pos < len(text) && line < gutenbergScan; line++ {
		l, next := lineAt(text, pos)
		if isGutenbergStart(l) {
			header, start = text[:pos], next
			break
		}
		pos = next
	}
	if start < 0 {
		return g, false
	}
	g.title, g.author, g.lang = gutenbergHeader(header)
	g.dropped = line + 1
	body := text[start:]
	body, credit := dropCredit(body)
	g.dropped += credit
	end := len(body)
	for pos := 0; pos < len(body); {
		l, next := lineAt(body, pos)
		if isGutenbergEnd(l) {
			end = pos
			g.dropped += strings.Count(body[pos:], "\n") + 1
			if strings.HasSuffix(body, "\n") {
				g.dropped--
			}
			break
		}
		pos = next
	}
	g.text = body[:end]
	return g, true
}

// lineAt returns the line that starts at byte pos of s (without its "\n")
// and the offset of the next line.
func lineAt(s string, pos int) (line string, next int) {
	if i := strings.IndexByte(s[pos:], '\n'); i >= 0 {
		return s[pos : pos+i], pos + i + 1
	}
	return s[pos:], len(s)
}

// markerKey lower-cases a line (ASCII only) and drops the white space and
// asterisks around it, for matching the markers.
func markerKey(l string) string {
	l = strings.Trim(l, " \t*")
	if len(l) > 100 {
		l = l[:100]
	}
	return strings.ToLower(l)
}

// isGutenbergStart reports whether l is a start marker or the end of the
// old "small print" header.
func isGutenbergStart(l string) bool {
	if !strings.Contains(l, "*") {
		return false
	}
	k := markerKey(l)
	for _, p := range []string{"start of the project gutenberg", "start of this project gutenberg"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return strings.HasPrefix(k, "end*the small print") || strings.HasPrefix(k, "end the small print")
}

// isGutenbergEnd reports whether l is an end marker or the "End of the
// Project Gutenberg EBook of …" line before it.
func isGutenbergEnd(l string) bool {
	k := markerKey(l)
	if !strings.HasPrefix(k, "end") {
		return false
	}
	for _, p := range []string{"end of the project gutenberg", "end of this project gutenberg", "end of project gutenberg"} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// dropCredit drops the blank lines and a "Produced by …" paragraph (up
// to six lines) at the start of body, and says how many lines it dropped.
func dropCredit(body string) (string, int) {
	pos, n := 0, 0
	for pos < len(body) {
		l, next := lineAt(body, pos)
		if strings.TrimSpace(l) != "" {
			break
		}
		pos, n = next, n+1
	}
	first, _ := lineAt(body, pos)
	k := strings.ToLower(strings.TrimSpace(first))
	credit := false
	for _, p := range []string{"produced by", "e-text prepared by", "etext prepared by", "prepared by", "transcribed by", "transcribed from"} {
		credit = credit || strings.HasPrefix(k, p)
	}
	if !credit {
		return body, 0
	}
	for i := 0; i < 6 && pos < len(body); i++ {
		l, next := lineAt(body, pos)
		if strings.TrimSpace(l) == "" {
			break
		}
		pos, n = next, n+1
	}
	return body[pos:], n
}

// gutenbergHeader reads the "Title:", "Author:" and "Language:" lines of
// a header (a field may go on over indented lines), falling back for the
// title and author on a first line "The Project Gutenberg EBook of X, by
// Y".
func gutenbergHeader(header string) (title, author, lang string) {
	field := ""
	set := func(v string) {
		switch field {
		case "title":
			title = joinField(title, v)
		case "author":
			author = joinField(author, v)
		case "language":
			lang = joinField(lang, v)
		}
	}
	first := ""
	for pos := 0; pos < len(header); {
		l, next := lineAt(header, pos)
		pos = next
		if first == "" && strings.TrimSpace(l) != "" {
			first = strings.TrimSpace(l)
		}
		if field != "" && strings.TrimSpace(l) != "" && (l[0] == ' ' || l[0] == '\t') {
			set(l)
			continue
		}
		field = ""
		k, v, ok := strings.Cut(l, ":")
		if !ok || len(k) > 12 {
			continue
		}
		switch k = strings.ToLower(strings.TrimSpace(k)); k {
		case "title", "author", "language":
			field = k
			set(v)
		}
	}
	if title == "" {
		title, author = ebookLine(first, author)
	}
	return title, author, langCode(lang)
}

// joinField appends a header value line to what a field holds so far.
func joinField(have, v string) string {
	v = strings.TrimSpace(v)
	if have == "" || v == "" {
		return have + v
	}
	return have + " " + v
}

// ebookLine reads "The Project Gutenberg EBook of X, by Y" (or Etext, or
// "Project Gutenberg's X, by Y"): X, and Y when author is "".
func ebookLine(first, author string) (string, string) {
	k := strings.ToLower(first)
	rest := ""
	for _, p := range []string{"the project gutenberg ebook of ", "the project gutenberg etext of ", "project gutenberg's ", "project gutenberg’s "} {
		if strings.HasPrefix(k, p) {
			rest = first[len(p):]
			break
		}
	}
	if rest == "" {
		return "", author
	}
	title := rest
	if i := strings.LastIndex(strings.ToLower(rest), ", by "); i > 0 {
		title = rest[:i]
		if author == "" {
			author = strings.TrimSpace(rest[i+5:])
		}
	}
	return strings.TrimSpace(title), author
}

// langNames are the BCP 47 tags of the languages Project Gutenberg books
// are most often in, by their English name, lower-cased.
var langNames = map[string]string{
	"english": "en", "french": "fr", "german": "de", "spanish": "es", "italian": "it",
	"portuguese": "pt", "dutch": "nl", "finnish": "fi", "swedish": "sv", "danish": "da",
	"norwegian": "no", "latin": "la", "greek": "el", "russian": "ru", "chinese": "zh",
	"japanese": "ja", "polish": "pl", "hungarian": "hu", "czech": "cs", "esperanto": "eo",
	"catalan": "ca", "welsh": "cy", "irish": "ga", "tagalog": "tl", "icelandic": "is",
	"romanian": "ro", "hebrew": "he", "arabic": "ar", "korean": "ko", "turkish": "tr",
	"ukrainian": "uk", "bulgarian": "bg", "afrikaans": "af", "galician": "gl", "basque": "eu",
}

// langCode turns a header's language ("English", "English, French", or a
// code such as "en") into a BCP 47 tag: the first language named; "" when
// it is not known.
func langCode(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, ",;/&("); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	if f := strings.Fields(v); len(f) > 1 && strings.EqualFold(f[1], "and") {
		v = f[0]
	}
	k := strings.ToLower(v)
	if code, ok := langNames[k]; ok {
		return code
	}
	if (len(k) == 2 || len(k) == 3) && strings.Trim(k, "abcdefghijklmnopqrstuvwxyz") == "" {
		return k
	}
	return ""
}
