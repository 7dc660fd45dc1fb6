package classroom

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"annotator/app/formats"
	"annotator/app/jsonstrict"
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

// seal computes the checksum of v (a struct whose Checksum is then set by
// set) and returns v as indented JSON ending in a newline.
func seal(v any, set func(string)) ([]byte, error) {
	set("")
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	sum, err := jsonstrict.Checksum(raw, "checksum")
	if err != nil {
		return nil, err
	}
	set(sum)
	return jsonstrict.MarshalIndent(v)
}

// scanOptions are the strict JSON checks of a classroom file: the keys of
// known only, exactly spelled (no check of key names when known is nil),
// nesting up to 32 levels (no classroom file needs more than 6) and keys
// clipped to 40 code points in messages.
func scanOptions(known jsonstrict.Keys, value func(path, key string, tok json.Token) error) jsonstrict.Options {
	return jsonstrict.Options{Known: known, Strict: known != nil, MaxDepth: 32, ClipKeys: 40, Value: value}
}

// spec describes one of the three file formats for openFile.
type spec struct {
	format string
	max    int
	known  jsonstrict.Keys
}

// openFile runs the checks all classroom files share, in this order: size,
// JSON syntax, duplicate and case-variant keys, dates, a top-level object,
// format, schema (a newer one wraps store.ErrNewerSchema), unknown keys
// and the checksum. It returns data without a byte order mark.
func openFile(data []byte, s spec) ([]byte, error) {
	if len(data) > s.max {
		return nil, jsonstrict.Errorf("", "the file is larger than %s, the limit for %s", jsonstrict.HumanBytes(s.max), kindOf[s.format])
	}
	data = jsonstrict.StripBOM(data)
	// One scan for keys and dates; on an error, the problems are reported
	// in their order: dates and duplicate keys, then the head (another
	// kind of file), then unknown keys.
	if err := jsonstrict.Scan(data, scanOptions(s.known, checkTimeValue)); err != nil {
		if err := jsonstrict.Scan(data, scanOptions(nil, checkTimeValue)); err != nil {
			return nil, err
		}
		if err := checkHead(data, s, "$"); err != nil {
			return nil, err
		}
		return nil, err
	}
	if err := checkHead(data, s, "$"); err != nil {
		return nil, err
	}
	return data, checkSum(data, "$")
}

// checkHead checks that raw is an object of format s.format and schema 1.
func checkHead(raw []byte, s spec, path string) error {
	if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '{' {
		return jsonstrict.Errorf(path, "expected a JSON object (%s)", kindOf[s.format])
	}
	var head struct {
		Format any `json:"format"`
		Schema any `json:"schema"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return jsonstrict.DecodeError(raw, err)
	}
	format, ok := head.Format.(string)
	switch {
	case head.Format == nil:
		return jsonstrict.Errorf(path, "no \"format\": this is not %s", kindOf[s.format])
	case !ok:
		return jsonstrict.Errorf(path+".format", "expected a string")
	case format != s.format && kindOf[format] != "":
		return jsonstrict.Errorf(path+".format", "this is %s, not %s", kindOf[format], kindOf[s.format])
	case format != s.format:
		return jsonstrict.Errorf(path+".format", "%q is not %q", jsonstrict.Clip(format, 40), s.format)
	case head.Schema == nil:
		return jsonstrict.Errorf(path, "no \"schema\" version")
	}
	n, ok := head.Schema.(float64)
	switch {
	case !ok || n != math.Trunc(n):
		return jsonstrict.Errorf(path+".schema", "expected a whole number")
	case n > Schema:
		return &formats.Error{Place: path + ".schema", Err: store.ErrNewerSchema,
			Problem: fmt.Sprintf("the file was written by a newer version of the app (schema %v; this version reads schema %d)", n, Schema)}
	case n < 1:
		return jsonstrict.Errorf(path+".schema", "schema %v does not exist (this version reads schema %d)", n, Schema)
	}
	return nil
}

// checkSum checks the "checksum" member of the object raw.
func checkSum(raw []byte, path string) error {
	var head struct {
		Checksum *string `json:"checksum"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return jsonstrict.DecodeError(raw, err)
	}
	if head.Checksum == nil {
		return jsonstrict.Errorf(path, "no \"checksum\"")
	}
	c := *head.Checksum
	if len(c) != len("sha256:")+64 || !strings.HasPrefix(c, "sha256:") || strings.ContainsFunc(c[7:], func(r rune) bool {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'f')
	}) {
		return jsonstrict.Errorf(path+".checksum", "expected \"sha256:\" followed by 64 lower-case hex digits")
	}
	want, err := jsonstrict.Checksum(raw, "checksum")
	if err != nil {
		return jsonstrict.DecodeError(raw, err)
	}
	if c != want {
		return jsonstrict.Errorf(path+".checksum", "does not match the content: the file was changed or damaged after it was written")
	}
	return nil
}

// timeKeys are the keys whose values are dates.
var timeKeys = map[string]bool{"due": true, "started": true, "submitted": true, "keyOpened": true}

// checkTimeValue checks, during the scan, that dates are RFC 3339 strings
// (jsonstrict.CheckTime; a missing due date or key opening may also be
// null).
func checkTimeValue(path, key string, tok json.Token) error {
	if !timeKeys[key] || (key == "due" || key == "keyOpened") && tok == nil {
		return nil
	}
	return jsonstrict.CheckTime(path, tok)
}
