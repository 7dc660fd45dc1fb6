package classroom

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strconv"
	"strings"
	"time"
)

// GradeCSV writes the grade table, one row per student in the view's
// order (by name), with the header
//
//	student,submitted,late,saw_key,key_version,graded,annotated,total,completeness,accuracy,macro_f1,<tag>_f1…,hl_<tag>_f1…,file,conflict
//
// submitted is RFC 3339 in UTC; late and saw_key (the student had opened
// the released key before submitting) are "yes" or "no"; key_version (the
// key's VersionNumber) and graded (the number of graded sentences) are the
// view's, the same on every row; annotated is the number of graded
// sentences with a tag, note or highlight and total the number of graded
// sentences; completeness, accuracy, macro_f1, each <tag>_f1 (one column
// per tag in Tags, named by tag id) and each hl_<tag>_f1 (the highlight
// F1 of the tag, word by word) are numbers with 3 decimals, empty where
// undefined (a tag neither the key nor the student used). file is the
// file the submission came from (with its LMS folder, for an entry of a
// zip; empty for a view made without files) and conflict, when more than
// one different submission claims the student's name, says so and names
// every such file ("two files claim alice: …"): each has its own row.
// The file is UTF-8 with a byte order mark (so spreadsheet programs read
// accented names), RFC 4180 quoting and CRLF line ends. A name or tag id
// starting with =, +, -, @, tab or carriage return gets a leading ' so
// that a spreadsheet does not run it as a formula. It needs a key.
func (v *ClassView) GradeCSV() ([]byte, error) {
	return v.GradeCSVWith(func(column string) string { return column })
}

// GradeColumns are the grade table's column names, in order: "%s" in the
// two tag columns stands for a tag id (one column per tag).
var GradeColumns = []string{"student", "submitted", "late", "saw_key", "key_version", "graded", "annotated", "total",
	"completeness", "accuracy", "macro_f1", "%s_f1", "hl_%s_f1", "file", "conflict"}

// tagColumn is the index in GradeColumns of the first tag column.
const tagColumn = 11

// GradeCSVWith is GradeCSV with the header in another language: name
// gives the text of each of GradeColumns (a format string for the tag
// columns, whose %s is the tag id). The rows are the same in every
// language.
func (v *ClassView) GradeCSVWith(name func(column string) string) ([]byte, error) {
	if !v.HasKey {
		return nil, errors.New("the grade table needs an answer key")
	}
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	fixed, trail := GradeColumns[:tagColumn], GradeColumns[tagColumn+2:]
	head := make([]string, 0, len(GradeColumns)+2*len(v.Tags))
	for _, c := range fixed {
		head = append(head, defuse(name(c)))
	}
	perTag, perHighlight := name(GradeColumns[tagColumn]), name(GradeColumns[tagColumn+1])
	for _, t := range v.Tags {
		head = append(head, defuse(strings.Replace(perTag, "%s", t.ID, 1)))
	}
	for _, t := range v.Tags {
		head = append(head, defuse(strings.Replace(perHighlight, "%s", t.ID, 1)))
	}
	for _, c := range trail {
		head = append(head, defuse(name(c)))
	}
	w.Write(head)
	for _, s := range v.Students {
		row := []string{defuse(s.Student), s.Submitted.UTC().Format(time.RFC3339), yesNo(s.Late), yesNo(s.SawKey),
			strconv.Itoa(v.KeyVersion), strconv.Itoa(v.Graded),
			strconv.Itoa(s.Annotated), strconv.Itoa(s.Total), Figure{Value: s.Completeness, OK: true}.Fixed(),
			s.Accuracy.Fixed(), s.MacroF1.Fixed()}
		for _, t := range s.PerTag {
			row = append(row, t.F1.Fixed())
		}
		for _, t := range s.Highlights {
			row = append(row, t.F1.Fixed())
		}
		row = append(row, defuse(s.File), defuse(s.Conflict()))
		w.Write(row)
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// yesNo writes "yes" or "no".
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// defuse prefixes a cell that a spreadsheet would take for a formula.
func defuse(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
