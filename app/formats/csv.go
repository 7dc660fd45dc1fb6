package formats

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"unicode/utf8"

	"annotator/app/model"
)

// CSVHeader is the header row of the CSV export.
var CSVHeader = []string{"index", "start", "end", "text", "tags", "note", "highlights", "heading", "language"}

// csvHeaderV1 and csvHeaderV2 are the header rows of the export before the
// heading and language columns, which DecodeCSV still reads.
var csvHeaderV1, csvHeaderV2 = CSVHeader[:7], CSVHeader[:8]

// bom is the UTF-8 byte order mark that spreadsheet programs look for.
const bom = "\ufeff"

// EncodeCSV writes one row per sentence, annotated or not: index (from 0),
// start and end in code points over the whole text, the sentence text,
// the whole-sentence tag names joined by ";", the note, and the highlights
// as "name@start-end" (code points over the whole text) joined by ";", and
// heading: "true" for a heading (model.Document.IsHeading), else empty,
// and language: the document's language (ISO 639-1), empty when unknown. A
// ";" or "\" inside a tag name is written "\;" or "\\". The file is UTF-8
// with a byte order mark, RFC 4180 quoting and CRLF line ends. The last
// line, "# end of file: N sentences", lets DecodeCSV tell a file cut short;
// the line before it, "# tag ids: id=name;…", gives the ids of the tags
// the file names (csvTagIDsLine), so that a tag renamed since the export
// imports as itself.
func EncodeCSV(d *model.Document) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(bom)
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if err := w.Write(CSVHeader); err != nil {
		return nil, err
	}
	for i := range d.Sentences {
		m := d.Marks[i]
		cpStart, cpEnd := d.CodePoints(i)
		text := d.SentenceText(i)
		names := make([]string, len(m.Tags))
		for k, t := range m.Tags {
			names[k] = tagName(d.TagSet, t)
		}
		var hls []string
		for _, h := range m.Highlights {
			if h.Start < 0 || h.End > len(text) || h.Start >= h.End {
				continue
			}
			cp0 := cpStart + utf8.RuneCountInString(text[:h.Start])
			cp1 := cp0 + utf8.RuneCountInString(text[h.Start:h.End])
			hls = append(hls, escapeListItem(tagName(d.TagSet, h.Tag))+"@"+strconv.Itoa(cp0)+"-"+strconv.Itoa(cp1))
		}
		heading := ""
		if d.IsHeading(i) {
			heading = "true"
		}
		row := []string{strconv.Itoa(i), strconv.Itoa(cpStart), strconv.Itoa(cpEnd), text, joinList(names), m.Note, strings.Join(hls, ";"), heading, d.Lang}
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	if ids := csvTagIDsLine(d); ids != "" {
		if err := w.Write([]string{ids}); err != nil {
			return nil, err
		}
	}
	if err := w.Write([]string{csvEndLine(len(d.Sentences))}); err != nil {
		return nil, err
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// escapeListItem escapes "\" and ";" in one list item.
func escapeListItem(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`).Replace(s)
}

// joinList joins items with ";", escaping each.
func joinList(items []string) string {
	esc := make([]string, len(items))
	for i, s := range items {
		esc[i] = escapeListItem(s)
	}
	return strings.Join(esc, ";")
}

// splitList splits a ";" list, unescaping "\;" and "\\" and trimming
// spaces around items; it reports an empty item or a dangling "\".
func splitList(s string) ([]string, string) {
	if strings.TrimSpace(s) == "" {
		return nil, ""
	}
	var items []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 == len(s) {
				return nil, `ends with a lone "\"`
			}
			i++
			cur.WriteByte(s[i])
		case ';':
			items = append(items, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	items = append(items, cur.String())
	for i, it := range items {
		items[i] = strings.TrimSpace(it)
		if items[i] == "" {
			return nil, "has an empty item (two \";\" in a row, or one at an end)"
		}
	}
	return items, ""
}
