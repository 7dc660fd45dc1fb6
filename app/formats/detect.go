package formats

import (
	"bytes"

	"annotator/app/jsonstrict"
)

// Kind is the kind of a file that Detect recognises.
type Kind int

// The kinds of file this package reads.
const (
	// KindUnknown is none of the others.
	KindUnknown Kind = iota
	// KindBackup is an annotator backup (DecodeBackup).
	KindBackup
	// KindW3C is W3C Web Annotation JSON-LD (DecodeW3C).
	KindW3C
	// KindCSV is this app's CSV export (DecodeCSV).
	KindCSV
	// KindHypothesis is a Hypothesis API search answer or client export
	// (DecodeHypothesis).
	KindHypothesis
)

// String names the kind for people.
func (k Kind) String() string {
	switch k {
	case KindBackup:
		return "annotator backup"
	case KindW3C:
		return "W3C Web Annotation JSON-LD"
	case KindCSV:
		return "annotator CSV"
	case KindHypothesis:
		return "Hypothesis annotations"
	}
	return "unknown"
}

// Detect guesses the kind of a file from its first bytes, so that the
// right decoder can report what is wrong with it: JSON that names the
// backup format is a backup, JSON shaped as Hypothesis's API search answer
// ("total" and "rows") or client export ("annotations" with "export_date"
// or "client_version"), without "@context", is Hypothesis's, other JSON is
// taken for W3C, and text
// starting with the CSV header is CSV.
func Detect(data []byte) Kind {
	data = bytes.TrimSpace(jsonstrict.StripBOM(data))
	switch {
	case len(data) == 0:
		return KindUnknown
	case data[0] == '{' || data[0] == '[':
		head, err := readHead(data) // json.Unmarshal(data, &head), in one quick pass
		if head.Format == BackupFormat || err != nil && bytes.Contains(data[:min(len(data), 4096)], []byte(`"`+BackupFormat+`"`)) {
			return KindBackup
		}
		if err == nil && head.hypothesis() {
			return KindHypothesis
		}
		return KindW3C
	case bytes.HasPrefix(data, []byte("index,start,end,")):
		return KindCSV
	}
	return KindUnknown
}

// ReadAnnotations detects the kind of data, decodes it and returns its
// annotations for Resolve: this is what an import button needs. From a
// backup it takes the document with id docID, or the only document when
// the backup holds one (possibly an older version of the text).
func ReadAnnotations(data []byte, docID string) (Kind, []Annotation, error) {
	kind := Detect(data)
	switch kind {
	case KindBackup:
		b, err := DecodeBackup(data)
		if err != nil {
			return kind, nil, err
		}
		for _, bd := range b.Documents {
			if bd.ID == docID {
				return kind, bd.Annotations(), nil
			}
		}
		bd, err := b.Find("")
		if err != nil {
			return kind, nil, jsonstrict.Errorf("", "%v", err)
		}
		return kind, bd.Annotations(), nil
	case KindW3C:
		f, err := DecodeW3C(data)
		if err != nil {
			return kind, nil, err
		}
		return kind, f.Annotations, nil
	case KindCSV:
		rows, err := DecodeCSV(data)
		if err != nil {
			return kind, nil, err
		}
		return kind, CSVAnnotations(rows), nil
	case KindHypothesis:
		anns, err := DecodeHypothesis(data)
		return kind, anns, err
	}
	return kind, nil, jsonstrict.Errorf("", "this is neither an annotator backup, nor W3C Web Annotation JSON-LD, nor an annotator CSV")
}
