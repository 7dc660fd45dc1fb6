package formats

import (
	"fmt"
	"time"

	"annotator/app/jsonstrict"
	"annotator/app/model"
	"annotator/app/store"
)

// Options are what an export needs besides the document.
type Options struct {
	// Creator is the annotator's name; W3C annotations carry a creator
	// only when it is set.
	Creator string
	// Created and Modified date the annotations (W3C) and the backup; zero
	// values are left out of the W3C output. A W3C annotation whose
	// sentence has its own time (model.Document.ChangedAt) is dated by it.
	Created, Modified time.Time
	// Orphans are the document's marks that could not be placed on its
	// text; a backup keeps them, the other formats cannot express them.
	Orphans []store.StoredMark
}

// Format names an export format.
type Format string

// The export formats.
const (
	// FormatW3C is a W3C Web Annotation AnnotationCollection in JSON-LD.
	FormatW3C Format = "w3c"
	// FormatCSV is one row per sentence, UTF-8 with a byte order mark.
	FormatCSV Format = "csv"
	// FormatJSONL is doccano's JSON Lines, one line per sentence.
	FormatJSONL Format = "jsonl"
	// FormatBackup is this app's backup of one or more documents.
	FormatBackup Format = "backup"
)

// Formats lists the export formats in the order an export menu shows them.
func Formats() []Format { return []Format{FormatW3C, FormatCSV, FormatJSONL, FormatBackup} }

// Label is what an export button says.
func (f Format) Label() string {
	switch f {
	case FormatW3C:
		return "W3C Web Annotation (JSON-LD)"
	case FormatCSV:
		return "CSV (spreadsheet)"
	case FormatJSONL:
		return "JSON Lines (doccano)"
	case FormatBackup:
		return "Backup (annotator JSON)"
	}
	return string(f)
}

// MediaType is the MIME type of the format's files.
func (f Format) MediaType() string {
	switch f {
	case FormatW3C:
		return `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`
	case FormatCSV:
		return "text/csv; charset=utf-8"
	case FormatJSONL:
		return "application/jsonl"
	}
	return "application/json"
}

// FileName proposes a file name for a document of the given title, e.g.
// "ukraine-diplomacy.annotations.jsonld".
func (f Format) FileName(title string) string {
	ext := map[Format]string{FormatW3C: ".annotations.jsonld", FormatCSV: ".csv", FormatJSONL: ".jsonl", FormatBackup: ".annotator-backup.json"}[f]
	return jsonstrict.Slug(title, "document", 0) + ext
}

// Export writes document d in format f.
func Export(f Format, d *model.Document, o Options) ([]byte, error) {
	switch f {
	case FormatW3C:
		return EncodeW3C(d, o)
	case FormatCSV:
		return EncodeCSV(d)
	case FormatJSONL:
		return EncodeJSONL(d)
	case FormatBackup:
		return EncodeBackup(o.Created, NewBackupDocument(d, o))
	}
	return nil, fmt.Errorf("unknown export format %q (want w3c, csv, jsonl or backup)", string(f))
}

// tagName returns the name of tag id in ts, or the id itself for a tag the
// set does not have.
func tagName(ts model.TagSet, id string) string {
	if t, ok := ts.Find(id); ok && t.Name != "" {
		return t.Name
	}
	return id
}
