package textin

import "strings"

// htmlText returns the visible article text of an HTML document and its
// title: the first <h1> in the kept text, else the <title>.
func htmlText(src string) (text, title string) {
	text, title, _, _ = htmlDoc(src)
	return text, title
}

// htmlDoc returns what htmlText does, and also the byte offsets in text
// where heading paragraphs (<h1>–<h6>) start, sorted, and the language
// the <html> element declares ("" for none). The text is neither cleaned
// nor tidied: settle (or tidyAt after clean) moves the offsets along.
func htmlDoc(src string) (text, title string, heads []int, lang string) {
	x := extract(src, chooseRegion(src), false)
	if strings.TrimSpace(x.out.String()) == "" {
		x = extract(src, regionAll, true)
	}
	title = x.h1
	if strings.TrimSpace(title) == "" {
		title = x.title
	}
	return x.out.String(), title, x.heads, x.lang
}

// xhtmlChapter returns the text, heading offsets and language of an
// e-book chapter: all of its body, headers, footers, asides and navigation
// included (in a chapter they are part of the book, not page chrome).
func xhtmlChapter(src string) (text string, heads []int, lang string) {
	x := extract(src, regionAll, true)
	return x.out.String(), x.heads, x.lang
}

// htmlLang returns the language in the attributes of the last "<html" tag
// in tag (the source of the tag, maybe after comments): lang, else
// xml:lang, as a BCP 47 tag; "" when there is none.
func htmlLang(tag string) string {
	low := strings.ToLower(tag)
	i := strings.LastIndex(low, "<html")
	if i < 0 {
		return ""
	}
	s, xmlLang := tag[i+5:], ""
	for s != "" {
		s = strings.TrimLeft(s, " \t\n\r\f/")
		n := strings.IndexAny(s, " \t\n\r\f/>=")
		if n <= 0 {
			break
		}
		key, val := strings.ToLower(s[:n]), ""
		s = strings.TrimLeft(s[n:], " \t\n\r\f")
		if strings.HasPrefix(s, "=") {
			s = strings.TrimLeft(s[1:], " \t\n\r\f")
			if s != "" && (s[0] == '"' || s[0] == '\'') {
				end := strings.IndexByte(s[1:], s[0])
				if end < 0 {
					break
				}
				val, s = s[1:1+end], s[2+end:]
			} else {
				end := strings.IndexAny(s, " \t\n\r\f>")
				if end < 0 {
					end = len(s)
				}
				val, s = s[:end], s[end:]
			}
		}
		switch key {
		case "lang":
			return cleanLang(decodeEntities(val))
		case "xml:lang":
			xmlLang = cleanLang(decodeEntities(val))
		}
	}
	return xmlLang
}

// cleanLang returns s as a BCP 47 language tag ("en-GB" from "en_GB"), ""
// when it is not one.
func cleanLang(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 35 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isASCIILetter(c) && !('0' <= c && c <= '9') && c != '-' && c != '_' {
			return ""
		}
	}
	return strings.ReplaceAll(s, "_", "-")
}
