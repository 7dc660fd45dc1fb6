package formats

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"annotator/app/jsonstrict"
)

// MaxCSVSize caps the size of a CSV file DecodeCSV reads.
const MaxCSVSize = 32 << 20

// CSVRow is one decoded row of the CSV export.
type CSVRow struct {
	// Line is the file line the row starts on (the header is line 1).
	Line int
	// Index is the sentence index; Start and End are its code points.
	Index, Start, End int
	// Text is the sentence text.
	Text string
	// Tags are whole-sentence tag names.
	Tags []string
	// TagIDs are the ids of Tags, in order, from the file's "# tag ids:"
	// line ("" for a name it does not list; nil without the line).
	TagIDs []string
	// Note is the sentence note.
	Note string
	// Highlights are the tagged spans, in code points over the whole text.
	Highlights []CSVHighlight
	// Heading is the heading column: true for a heading ("true"; false for
	// an empty cell, "false", or a file from before the column).
	Heading bool
}

// CSVHighlight is one "name@start-end" entry of the highlights column.
type CSVHighlight struct {
	// Tag is the tag's name; TagID its id from the "# tag ids:" line ("" when
	// the file gives none).
	Tag, TagID string
	Start, End int
}

// DecodeCSV reads a CSV file written by EncodeCSV (the byte order mark is
// optional, LF line ends are accepted), or by the older export without the
// heading column. It checks the header, that rows
// number the sentences from 0 in order, that each text has as many code
// points as its start–end range and that ranges do not overlap, and that
// highlights lie inside their sentence, that the file ends with its end
// line (csvEndLine; required with the current header) and that it names
// at most maxTagNames different tags. The bytes must be UTF-8 and there may
// be at most MaxAnnotations rows, checked row by row. Errors name the line
// and field. opts may give a Progress callback (the first counts).
func DecodeCSV(data []byte, opts ...DecodeOptions) ([]CSVRow, error) {
	if len(data) > MaxCSVSize {
		return nil, sizeError("a CSV file", len(data), MaxCSVSize)
	}
	data = jsonstrict.StripBOM(data)
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, jsonstrict.Errorf("", "the file is empty")
	}
	dopt := decodeOptions(opts)
	if err := checkUTF8(data, "a CSV file", stage{dopt, 0, 100}); err != nil {
		return nil, err
	}
	read := stage{dopt, 100, ProgressTotal}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1 // checked against the header below
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return nil, csvError(err)
	}
	head = slices.Clone(head) // Read reuses the slice
	if h := strings.Join(head, ","); h != strings.Join(CSVHeader, ",") && h != strings.Join(csvHeaderV2, ",") && h != strings.Join(csvHeaderV1, ",") {
		return nil, jsonstrict.Errorf("line 1", "the header is %q; an annotator CSV starts with %q", jsonstrict.Clip(strings.Join(head, ","), 80), strings.Join(CSVHeader, ","))
	}
	var rows []CSVRow
	prevEnd, ended, lastLine := 0, false, 1
	names := tagNames{}
	var ids map[string]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		lastLine = line
		if ended {
			return nil, jsonstrict.Errorf(fmt.Sprintf("line %d", line), "there is more after the end line %q: the file was changed after the export", csvEndLine(len(rows)))
		}
		if strings.HasPrefix(rec[0], csvTagIDsPrefix) && ids == nil {
			if ids, err = csvTagIDs(rec[0], line, names); err != nil {
				return nil, err
			}
			continue
		}
		if strings.HasPrefix(rec[0], "#") {
			if err := csvEnd(rec, line, len(rows)); err != nil {
				return nil, err
			}
			ended = true
			continue
		}
		if len(rows) >= MaxAnnotations {
			return nil, jsonstrict.Errorf(fmt.Sprintf("line %d", line), "more than %d sentence rows: a file may hold at most %d; split the document", MaxAnnotations, MaxAnnotations)
		}
		if len(rows)%progressEvery == 0 {
			read.report(int(cr.InputOffset()), len(data))
		}
		if len(rec) != len(head) {
			return nil, jsonstrict.Errorf(fmt.Sprintf("line %d, column 1", line), "wrong number of fields (this annotator CSV has %d: %s)", len(head), strings.Join(head, ","))
		}
		row, err := csvRow(rec, line, len(rows), prevEnd, names)
		if err != nil {
			return nil, err
		}
		prevEnd = row.End
		rows = append(rows, row)
	}
	if !ended && len(head) == len(CSVHeader) {
		return nil, csvCutOff(lastLine, len(rows))
	}
	giveTagIDs(rows, ids)
	return rows, nil
}

// csvRow checks and converts one record; want is the expected index; names
// counts the tag names of the file.
func csvRow(rec []string, line, want, prevEnd int, names tagNames) (CSVRow, error) {
	at := func(field string) string { return fmt.Sprintf("line %d, field %s", line, field) }
	row := CSVRow{Line: line, Text: rec[3], Note: rec[5]}
	for k, dst := range []*int{&row.Index, &row.Start, &row.End} {
		n, err := strconv.Atoi(rec[k])
		if err != nil || n < 0 {
			return row, jsonstrict.Errorf(at(CSVHeader[k]), "%q is not a whole number ≥ 0", jsonstrict.Clip(rec[k], 20))
		}
		*dst = n
	}
	switch cps := utf8.RuneCountInString(row.Text); {
	case row.Index != want:
		return row, jsonstrict.Errorf(at("index"), "index is %d, expected %d (one row per sentence, in order)", row.Index, want)
	case row.Text == "":
		return row, jsonstrict.Errorf(at("text"), "the sentence text is empty")
	case row.Start < prevEnd:
		return row, jsonstrict.Errorf(at("start"), "start %d is before the end %d of the previous sentence", row.Start, prevEnd)
	case row.End-row.Start != cps:
		return row, jsonstrict.Errorf(at("end"), "start %d and end %d span %d code points but the text has %d", row.Start, row.End, row.End-row.Start, cps)
	}
	tags, problem := splitList(rec[4])
	if problem != "" {
		return row, jsonstrict.Errorf(at("tags"), "the tag list %s", problem)
	}
	row.Tags = tags
	for _, name := range tags {
		if err := names.add(name, at("tags")); err != nil {
			return row, err
		}
	}
	if len(rec) > 7 {
		switch strings.ToLower(strings.TrimSpace(rec[7])) {
		case "true":
			row.Heading = true
		case "", "false":
		default:
			return row, jsonstrict.Errorf(at("heading"), "%q is neither \"true\" nor empty", jsonstrict.Clip(rec[7], 20))
		}
	}
	items, problem := splitList(rec[6])
	if problem != "" {
		return row, jsonstrict.Errorf(at("highlights"), "the highlight list %s", problem)
	}
	for _, it := range items {
		h, err := parseCSVHighlight(it)
		if err == nil && (h.Start < row.Start || h.End > row.End) {
			err = fmt.Errorf("%d-%d is outside the sentence (%d-%d)", h.Start, h.End, row.Start, row.End)
		}
		if err != nil {
			return row, jsonstrict.Errorf(at("highlights"), "%q: %v", jsonstrict.Clip(it, 40), err)
		}
		if err := names.add(h.Tag, at("highlights")); err != nil {
			return row, err
		}
		row.Highlights = append(row.Highlights, h)
	}
	return row, nil
}

// parseCSVHighlight reads "name@start-end".
func parseCSVHighlight(s string) (CSVHighlight, error) {
	k := strings.LastIndexByte(s, '@')
	if k <= 0 {
		return CSVHighlight{}, errors.New(`expected "tag@start-end"`)
	}
	a, b, ok := strings.Cut(s[k+1:], "-")
	start, err0 := strconv.Atoi(a)
	end, err1 := strconv.Atoi(b)
	if !ok || err0 != nil || err1 != nil || start < 0 || end <= start {
		return CSVHighlight{}, errors.New(`expected "tag@start-end" with start < end`)
	}
	return CSVHighlight{Tag: strings.TrimSpace(s[:k]), Start: start, End: end}, nil
}

// csvError turns an encoding/csv error into an *Error with its line.
func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		place := fmt.Sprintf("line %d", pe.Line)
		if pe.Column > 0 {
			place += fmt.Sprintf(", column %d", pe.Column)
		}
		msg := pe.Err.Error()
		if errors.Is(pe.Err, csv.ErrFieldCount) {
			msg = fmt.Sprintf("wrong number of fields (an annotator CSV has %d: %s)", len(CSVHeader), strings.Join(CSVHeader, ","))
		}
		return jsonstrict.Errorf(place, "%s", msg)
	}
	return jsonstrict.Errorf("", "%v", err)
}

// CSVAnnotations turns decoded rows into annotations for Resolve: one per
// row with tags or a note, anchored by its text and range, and one per
// highlight, anchored by its words and range with the row text around
// them as context.
func CSVAnnotations(rows []CSVRow) []Annotation {
	var out []Annotation
	for _, r := range rows {
		place := fmt.Sprintf("line %d", r.Line)
		if len(r.Tags) > 0 || r.Note != "" {
			a := Annotation{Place: place, Quote: Quote{Exact: r.Text}, Position: &Position{Start: r.Start, End: r.End}, Note: r.Note}
			for k, t := range r.Tags {
				ref := TagRef{Name: t}
				if k < len(r.TagIDs) {
					ref.ID = r.TagIDs[k]
				}
				a.Tags = append(a.Tags, ref)
			}
			out = append(out, a)
		}
		x := newRuneIndex(r.Text)
		for _, h := range r.Highlights {
			b0, _ := x.byteOf(h.Start - r.Start)
			b1, _ := x.byteOf(h.End - r.Start)
			out = append(out, Annotation{
				Place:    place,
				Quote:    Quote{Exact: r.Text[b0:b1], Prefix: runesBefore(r.Text, b0, contextRunes), Suffix: runesAfter(r.Text, b1, contextRunes)},
				Position: &Position{Start: h.Start, End: h.End},
				Tags:     []TagRef{{ID: h.TagID, Name: h.Tag}},
				Span:     true,
			})
		}
	}
	return out
}
