package textin

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// What DOCX, ODT and EPUB files share: how they are recognised, Dublin
// Core metadata, list markers, and the finished Doc.

// IsContainer tells a DOCX, ODT or EPUB file by its content, else by the
// extension of its name: it returns "docx", "odt", "epub", or "" for
// anything else (including other ZIP archives and office files such as
// XLSX, which Decode refuses as binary). Only the archive's directory and
// its small "mimetype" entry are read.
func IsContainer(name string, data []byte) string {
	byExt := ""
	switch strings.ToLower(extension(name)) {
	case ".docx", ".docm", ".dotx", ".dotm":
		byExt = "docx"
	case ".odt", ".ott":
		byExt = "odt"
	case ".epub":
		byExt = "epub"
	}
	if !bytes.HasPrefix(data, []byte(zipLocalSig)) || len(data) > MaxContainerSize ||
		bytes.Count(data, []byte(zipCentralSig)) > maxParts {
		return byExt
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		// A damaged archive: the names of its first entries tell.
		head := data[:min(len(data), 64<<10)]
		switch {
		case bytes.Contains(head, []byte("word/")):
			return "docx"
		case bytes.Contains(head, []byte("mimetypeapplication/vnd.oasis.opendocument.text")):
			return "odt"
		case bytes.Contains(head, []byte("mimetypeapplication/epub+zip")):
			return "epub"
		}
		return byExt
	}
	for _, f := range zr.File {
		switch {
		case f.Name == "word/document.xml":
			return "docx"
		case f.Name == "mimetype" && f.UncompressedSize64 < 200:
			rc, err := f.Open()
			if err != nil {
				continue
			}
			b, _ := io.ReadAll(io.LimitReader(rc, 200))
			rc.Close()
			mt := strings.TrimSpace(string(b))
			switch {
			case strings.HasPrefix(mt, "application/vnd.oasis.opendocument.text"):
				return "odt"
			case mt == "application/epub+zip":
				return "epub"
			}
			return ""
		}
	}
	return ""
}

// dcNS is the Dublin Core namespace of dc:title, dc:creator, dc:language.
const dcNS = "http://purl.org/dc/elements/1.1/"

// notesNotice tells the reader where the notes went.
const notesNotice = "The notes are at the end, under “Notes”."

// tableNotice tells the reader how tables were turned into text.
const tableNotice = "Each table row is a paragraph, its cells separated by “|”."

// docMeta is what a file's metadata says.
type docMeta struct {
	title, author, lang string
}

// readDC reads the first dc:title, dc:creator (else meta:initial-creator)
// and dc:language of an XML part, when the file has that part.
func readDC(a *archive, part string) (docMeta, error) {
	var m docMeta
	if !a.has(part) {
		return m, nil
	}
	var field *string
	var b strings.Builder
	err := a.walkXML(part, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			field = nil
			if t.Name.Space == dcNS || t.Name.Local == "initial-creator" {
				field = dcField(&m, t.Name.Local)
				b.Reset()
			}
		case xml.CharData:
			if field != nil {
				b.Write(t)
			}
		case xml.EndElement:
			if field != nil && *field == "" {
				*field = strings.Join(strings.Fields(b.String()), " ")
			}
			field = nil
		}
		return nil
	})
	m.lang = cleanLang(m.lang)
	return m, err
}

// dcField returns the field of m that the element named local fills.
func dcField(m *docMeta, local string) *string {
	switch local {
	case "title":
		return &m.title
	case "creator", "initial-creator":
		return &m.author
	case "language":
		return &m.lang
	}
	return nil
}

// finish returns the Doc of the text t: refused when it is over MaxSize
// or empty; titled by the metadata, else the first heading (see pickTitle).
func (a *archive) finish(t *textBuilder, m docMeta, notice string) (Doc, error) {
	if t.full() {
		return Doc{}, a.tooMuchText()
	}
	text := t.b.String()
	if text == "" {
		return Doc{}, &refusal{ErrEmpty, "there is no text to read in " + a.name}
	}
	heading := m.title
	if heading == "" && len(t.heads) > 0 {
		heading, _, _ = strings.Cut(text[t.heads[0]:], "\n")
	}
	return Doc{Title: pickTitle(heading, text, a.name), Text: text, Headings: t.heads,
		Lang: m.lang, Author: m.author, Notice: notice}, nil
}

// numberMarker returns the marker of list item number n (from 1) in a
// numbering format: "- " for bullets, "" for none, else the number in
// the format (decimal, letters or Roman numerals) and ". ".
func numberMarker(format string, n int) string {
	var s string
	switch f := strings.ToLower(format); {
	case f == "bullet" || f == "":
		return "- "
	case f == "none":
		return ""
	case n < 1:
		s = strconv.Itoa(n)
	case strings.Contains(f, "letter") || f == "a":
		s = listLetters(n)
		if strings.HasPrefix(format, "upper") || format == "A" {
			s = strings.ToUpper(s)
		}
	case strings.Contains(f, "roman") || f == "i":
		s = listRoman(n)
		if strings.HasPrefix(format, "upper") || format == "I" {
			s = strings.ToUpper(s)
		}
	default:
		s = strconv.Itoa(n)
	}
	return s + ". "
}

// listLetters returns a, b, … z, aa, bb… (as Word and LibreOffice count).
func listLetters(n int) string {
	return strings.Repeat(string(rune('a'+(n-1)%26)), min((n-1)/26+1, 10))
}

// listRoman returns n in lower-case Roman numerals (decimal from 4000).
func listRoman(n int) string {
	if n >= 4000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
		{50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for ; n >= p.v; n -= p.v {
			b.WriteString(p.s)
		}
	}
	return b.String()
}

// xmlInt parses a decimal attribute, -1 when it is not one.
func xmlInt(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n > 1<<20 {
		return -1
	}
	return n
}
