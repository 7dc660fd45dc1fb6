package classroom

import (
	"bytes"
	"slices"
	"strings"
	"time"

	"annotator/app/jsonstrict"
)

// Refusal names a file the importer did not take, and why.
type Refusal struct {
	// File is the file name ("class.zip: anna/work.json" for a zip entry).
	File string
	// Reason says why, in words a teacher can act on.
	Reason string
}

// String returns "file: reason".
func (r Refusal) String() string { return r.File + ": " + r.Reason }

// Import is what ImportSubmissions made of a set of files.
type Import struct {
	// Submissions are the accepted submissions, one per student, sorted
	// by student name.
	Submissions []Submission
	// Files are the files the submissions came from, in the same order.
	Files []string
	// Refused are the files not taken, in the order they were found.
	Refused []Refusal
}

// ImportSubmissions reads many submission files for ex at once; a .zip
// (by name or content) is unpacked with ReadZip and its entries read in
// turn (a zip inside a zip is refused). Each file that DecodeSubmission
// refuses (another exercise, a different text, a damaged file…) is listed
// with the reason. When a student (names compared without regard to
// case) handed in more than once, the latest submission is kept and the
// others are listed as refused (an identical copy is refused as such).
func ImportSubmissions(ex Exercise, files []NamedFile) Import {
	var imp Import
	type taken struct {
		s    Submission
		file string
	}
	byStudent := map[string]int{}
	var all []taken
	take := func(name string, data []byte) {
		if reason := notJSON(data); reason != "" {
			imp.Refused = append(imp.Refused, Refusal{name, reason})
			return
		}
		s, err := DecodeSubmission(ex, data)
		if err != nil {
			imp.Refused = append(imp.Refused, Refusal{name, err.Error()})
			return
		}
		who := strings.ToLower(s.Student)
		k, dup := byStudent[who]
		if !dup {
			byStudent[who] = len(all)
			all = append(all, taken{s, name})
			return
		}
		old := all[k]
		switch {
		case s.Checksum == old.s.Checksum:
			imp.Refused = append(imp.Refused, Refusal{name, "the same submission as " + old.file})
		case s.Submitted.Before(old.s.Submitted):
			imp.Refused = append(imp.Refused, Refusal{name, newerUsed(old.s, old.file)})
		default:
			imp.Refused = append(imp.Refused, Refusal{old.file, newerUsed(s, name)})
			all[k] = taken{s, name}
		}
	}
	for _, f := range files {
		if !isZip(f) {
			take(f.Name, f.Data)
			continue
		}
		entries, err := ReadZip(f.Data)
		if err != nil {
			imp.Refused = append(imp.Refused, Refusal{f.Name, err.Error()})
			continue
		}
		for _, e := range entries {
			name := f.Name + ": " + e.Name
			if isZip(e) {
				imp.Refused = append(imp.Refused, Refusal{name, "a zip inside a zip is not opened; unpack it and import its files"})
				continue
			}
			take(name, e.Data)
		}
	}
	slices.SortFunc(all, func(a, b taken) int { return compareNames(a.s.Student, b.s.Student) })
	for _, t := range all {
		imp.Submissions = append(imp.Submissions, t.s)
		imp.Files = append(imp.Files, t.file)
	}
	return imp
}

// newerUsed words why the older of two submissions by one student is left
// out.
func newerUsed(newer Submission, newerFile string) string {
	return "a newer submission by " + newer.Student + " (" + newerFile + ", submitted " +
		newer.Submitted.Format(time.RFC3339) + ") is used instead"
}

// isZip reports whether a file is a zip archive, by name or content.
func isZip(f NamedFile) bool {
	return strings.HasSuffix(strings.ToLower(f.Name), ".zip") ||
		bytes.HasPrefix(f.Data, []byte("PK\x03\x04")) || bytes.HasPrefix(f.Data, []byte("PK\x05\x06"))
}

// notJSON says why data is not a submission when it is not even JSON
// text, and returns "" otherwise.
func notJSON(data []byte) string {
	t := bytes.TrimSpace(jsonstrict.StripBOM(data))
	switch {
	case len(t) == 0:
		return "the file is empty"
	case t[0] != '{':
		return "not an annotator submission (a submission is a JSON file that starts with \"{\")"
	}
	return ""
}

// compareNames orders student names without regard to case, then exactly.
func compareNames(a, b string) int {
	if c := strings.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}
