package formats

import (
	"fmt"
	"strconv"
	"strings"

	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// The CSV export ends with one more line, "# end of file: N sentences"
// (N the number of sentence rows), so that a file cut short by a failed
// download or a partial copy is refused instead of imported in part. A
// file with the current header (CSVHeader) must have it; files with the
// older headers, written before the line existed, are read without it.
const (
	csvEndPrefix = "# end of file: "
	csvEndSuffix = " sentences"
)

// csvEndLine is the last line's one field for n sentence rows.
func csvEndLine(n int) string { return csvEndPrefix + strconv.Itoa(n) + csvEndSuffix }

// csvEnd checks a record whose first field starts with "#": it must be the
// end line, stating rows sentences, with nothing in the other fields.
func csvEnd(rec []string, line, rows int) error {
	place := fmt.Sprintf("line %d", line)
	num, ok := strings.CutPrefix(rec[0], csvEndPrefix)
	num, ok2 := strings.CutSuffix(num, csvEndSuffix)
	n, err := strconv.Atoi(num)
	if !ok || !ok2 || err != nil || n < 0 {
		return jsonstrict.Errorf(place, "%q is not a sentence row, and not the end line %q either", jsonstrict.Clip(rec[0], 40), csvEndLine(rows))
	}
	for _, f := range rec[1:] {
		if strings.TrimSpace(f) != "" {
			return jsonstrict.Errorf(place, "the end line %q has more in its row: it must stand alone", jsonstrict.Clip(rec[0], 40))
		}
	}
	if n != rows {
		return jsonstrict.Errorf(place, "the end line says %d sentences but the file has %d sentence rows: rows were lost or added since the export; export the document again", n, rows)
	}
	return nil
}

// csvCutOff is the error for a file with the current header and no end
// line.
func csvCutOff(line, rows int) error {
	return jsonstrict.Errorf(fmt.Sprintf("line %d", line),
		"the file stops after %d sentence rows without its last line %q: it looks cut off (an unfinished download or copy); export the document again, or import the complete file", rows, csvEndPrefix+"…"+csvEndSuffix)
}

// maxTagNames caps the different tag names (ignoring case) of one imported
// file: a tag set holds model.MaxTags tags, and a file may name each by its
// name and by its id. It is checked while the file is read, so that a file
// naming thousands of tags is refused before any work grows with them.
const maxTagNames = 2 * model.MaxTags

// tagNames counts the different tag names of a file.
type tagNames map[string]bool

// add counts name and refuses it when it is one too many.
func (s tagNames) add(name, place string) error {
	k := strings.ToLower(name)
	if s[k] {
		return nil
	}
	if len(s) >= maxTagNames {
		return jsonstrict.Errorf(place, "the file names more than %d different tags, and a tag set holds at most %d tags: remove tags from the file", maxTagNames, model.MaxTags)
	}
	s[k] = true
	return nil
}
