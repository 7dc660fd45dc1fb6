package classroom

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"

	"annotator/app/formats"
	"annotator/app/store"
)

// File formats and the schema this code writes and reads.
const (
	// ExerciseFormat is the "format" value of an exercise file.
	ExerciseFormat = "annotator-exercise"
	// KeyFormat is the "format" value of an answer-key file.
	KeyFormat = "annotator-key"
	// SubmissionFormat is the "format" value of a submission file.
	SubmissionFormat = "annotator-submission"
	// Schema is the version of the three formats this code writes and reads.
	Schema = 1
)

// kindOf names, for messages, what a file of each format is.
var kindOf = map[string]string{
	ExerciseFormat:     "an exercise",
	KeyFormat:          "an answer key",
	SubmissionFormat:   "a submission",
	"annotator-backup": "an annotator backup",
}

// checksumOf returns "sha256:" + the hex SHA-256 of the canonical JSON of
// the object raw without its top-level "checksum" member: object keys
// sorted, no white space, numbers as written, strings as encoding/json
// writes them without HTML escaping.
func checksumOf(raw []byte) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return "", err
	}
	delete(m, "checksum")
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		return "", err
	}
	sum := sha256.Sum256(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return "sha256:" + hex.EncodeToString(sum[:]), nil
}

// seal computes the checksum of v (a struct whose Checksum is then set by
// set) and returns v as indented JSON ending in a newline.
func seal(v any, set func(string)) ([]byte, error) {
	set("")
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	sum, err := checksumOf(raw)
	if err != nil {
		return nil, err
	}
	set(sum)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// spec describes one of the three file formats for openFile.
type spec struct {
	format string
	max    int
	known  keySet
}

// openFile runs the checks all classroom files share, in this order: size,
// JSON syntax, duplicate and case-variant keys, dates, a top-level object,
// format, schema (a newer one wraps store.ErrNewerSchema), unknown keys
// and the checksum. It returns data without a byte order mark.
func openFile(data []byte, s spec) ([]byte, error) {
	if len(data) > s.max {
		return nil, errAt("", "the file is larger than %s, the limit for %s", humanBytes(s.max), kindOf[s.format])
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if err := scanJSON(data, scanOptions{value: checkTimeValue}); err != nil {
		return nil, err
	}
	if err := checkHead(data, s, "$"); err != nil {
		return nil, err
	}
	if err := scanJSON(data, scanOptions{known: s.known}); err != nil {
		return nil, err
	}
	return data, checkSum(data, "$")
}

// checkHead checks that raw is an object of format s.format and schema 1.
func checkHead(raw []byte, s spec, path string) error {
	if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '{' {
		return errAt(path, "expected a JSON object (%s)", kindOf[s.format])
	}
	var head struct {
		Format any `json:"format"`
		Schema any `json:"schema"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return decodeError(raw, err)
	}
	format, ok := head.Format.(string)
	switch {
	case head.Format == nil:
		return errAt(path, "no \"format\": this is not %s", kindOf[s.format])
	case !ok:
		return errAt(path+".format", "expected a string")
	case format != s.format && kindOf[format] != "":
		return errAt(path+".format", "this is %s, not %s", kindOf[format], kindOf[s.format])
	case format != s.format:
		return errAt(path+".format", "%q is not %q", clip(format, 40), s.format)
	case head.Schema == nil:
		return errAt(path, "no \"schema\" version")
	}
	n, ok := head.Schema.(float64)
	switch {
	case !ok || n != math.Trunc(n):
		return errAt(path+".schema", "expected a whole number")
	case n > Schema:
		return &formats.Error{Place: path + ".schema", Err: store.ErrNewerSchema,
			Problem: fmt.Sprintf("the file was written by a newer version of the app (schema %v; this version reads schema %d)", n, Schema)}
	case n < 1:
		return errAt(path+".schema", "schema %v does not exist (this version reads schema %d)", n, Schema)
	}
	return nil
}

// checkSum checks the "checksum" member of the object raw.
func checkSum(raw []byte, path string) error {
	var head struct {
		Checksum *string `json:"checksum"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return decodeError(raw, err)
	}
	if head.Checksum == nil {
		return errAt(path, "no \"checksum\"")
	}
	c := *head.Checksum
	if len(c) != len("sha256:")+64 || !strings.HasPrefix(c, "sha256:") || strings.ContainsFunc(c[7:], func(r rune) bool {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'f')
	}) {
		return errAt(path+".checksum", "expected \"sha256:\" followed by 64 lower-case hex digits")
	}
	want, err := checksumOf(raw)
	if err != nil {
		return decodeError(raw, err)
	}
	if c != want {
		return errAt(path+".checksum", "does not match the content: the file was changed or damaged after it was written")
	}
	return nil
}

// timeKeys are the keys whose values are dates.
var timeKeys = map[string]bool{"due": true, "started": true, "submitted": true}

// checkTimeValue checks, during the scan, that dates are RFC 3339 strings
// (a missing due date may also be null).
func checkTimeValue(path, key string, tok json.Token) error {
	if !timeKeys[key] || key == "due" && tok == nil {
		return nil
	}
	s, ok := tok.(string)
	if !ok {
		return errAt(path, "expected a date string such as \"2026-01-31T12:00:00Z\"")
	}
	if _, err := time.Parse(time.RFC3339, s); err != nil {
		return errAt(path, "%q is not a date such as \"2026-01-31T12:00:00Z\"", clip(s, 40))
	}
	return nil
}

// humanBytes writes a byte count for people.
func humanBytes(n int) string {
	unit, size := "bytes", float64(n)
	switch {
	case n >= 1<<20:
		unit, size = "MB", size/(1<<20)
	case n >= 1<<10:
		unit, size = "KB", size/(1<<10)
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", size), ".0") + " " + unit
}

// slug turns a name into lower-case letters, digits and dashes, for file
// names.
func slug(name, fallback string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			if b.Len() >= 60 {
				break
			}
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return fallback
	}
	return b.String()
}
