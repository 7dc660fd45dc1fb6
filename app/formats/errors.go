package formats

import "annotator/app/jsonstrict"

// Error is a problem found in an imported file, with the place it was found:
// a JSON path such as $.documents[0].marks[2].start (sometimes with a line
// and column), a CSV place such as "line 4, field tags", or "" for the whole
// file. It is jsonstrict.Error, so that every reader reports the same type.
type Error = jsonstrict.Error

// sizeError reports a file above a size cap.
func sizeError(what string, n, limit int) *Error {
	return jsonstrict.Errorf("", "the file is %s; %s may be at most %s", jsonstrict.HumanBytes(n), what, jsonstrict.HumanBytes(limit))
}
