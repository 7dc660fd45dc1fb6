// Package formats exports an annotated document to W3C Web Annotation
// JSON-LD, CSV, doccano JSON Lines and the app's own backup, and imports
// backups, W3C files (this app's and Hypothesis's) and this app's CSV. It is
// pure Go (no go-app) so that the browser and the command line share it.
//
// # Offsets
//
// Sentence and highlight ranges in every file are counted in Unicode code
// points, never bytes: over the whole text (W3C TextPositionSelector, CSV
// start/end and highlights) or from the sentence start (JSON Lines). The
// app itself keeps highlights in bytes of the sentence text; conversion
// happens here.
//
// # W3C Web Annotation (EncodeW3C)
//
// An AnnotationCollection ("@context" http://www.w3.org/ns/anno.jsonld,
// id "urn:annotator:<doc id>", label = title, total) whose "first" is an
// AnnotationPage whose "items" hold one Annotation per sentence with tags
// or a note (id "urn:annotator:<doc id>:<sentence>") and one per highlight
// (id "urn:annotator:<doc id>:<sentence>:h<n>", n from 1). A tag is a
// TextualBody with purpose "classifying", value = tag name and id =
// "urn:annotator:tag:<tag id>"; a note is a TextualBody with purpose
// "commenting" and format "text/plain". Motivation is "classifying",
// "commenting" or both (an array). The target's source is
// "urn:sha256:<doc id>" with a TextQuoteSelector (exact, and up to 32 code
// points of prefix and suffix) and a TextPositionSelector. created and
// creator (a Person) come from Options; modified is when the sentence last
// changed (model.Document.ChangedAt), else Options.Modified.
//
// # CSV (EncodeCSV)
//
// Header index,start,end,text,tags,note,highlights,heading; one row per
// sentence; tags are names joined by ";"; highlights are "name@start-end"
// joined by ";"; "\" escapes a ";" or "\" in a name; heading is "true"
// for a heading (model.Document.IsHeading), else empty. UTF-8 with a byte
// order mark, RFC 4180 quoting, CRLF. The last line is
// "# end of file: N sentences": DecodeCSV refuses a file with the current
// header that lacks it or whose N is not its number of rows (a file cut
// short). DecodeCSV also reads the older exports without the heading and
// language columns, which have no such line.
//
// # JSON Lines (EncodeJSONL)
//
// doccano's sequence-labelling shape, one line per sentence:
// {"text": sentence, "label": [[start, end, tag name], ...]}, whole-sentence
// tags as [0, length, name]. Notes are not exported in this format.
//
// # Backup (EncodeBackup, DecodeBackup)
//
//	{"format": "annotator-backup", "schema": 1, "created": RFC 3339,
//	 "documents": [{"id", "title", "text", "tagSet", "marks": [StoredMark],
//	                "orphans": [StoredMark], "modified"}],
//	 "checksum": "sha256:<hex>"}
//
// The checksum is the SHA-256 of the "documents" value in canonical JSON:
// object keys sorted, no white space, numbers as written, strings as Go's
// encoding/json writes them without HTML escaping. The undo history is not
// part of a backup.
//
// # Import
//
// DecodeBackup, DecodeW3C and DecodeCSV refuse files above a size cap and
// report the first problem with its place (a JSON path, or a CSV line and
// field); they never panic. DecodeW3C and DecodeCSV also refuse, while they
// read and before anything grows with the count, bytes that are not UTF-8
// (with their offset), more than MaxAnnotations annotations or rows (and
// W3C lists longer than that) and more than 56 different tag names (twice
// model.MaxTags: a name and an id per tag); they report progress through
// DecodeOptions or WithProgress, so that the browser can show it and yield. Their results become []Annotation
// (BackupDocument.Annotations, W3CFile.Annotations, CSVAnnotations, or
// ReadAnnotations for any of the three), which Resolve places on a
// document; unknown tag names are reported, and ExtendTagSet adds them if
// the reader wants. NewPlan then compares the result with the current
// marks, and Plan.Change applies the whole import (tag-set extension
// included) as one undoable step.
//
// # Merge rule
//
// Import only adds; it never deletes. Tags are the union of both sides
// ("keep both tags"), highlights too. A note on one side only is kept.
// When both notes differ, both are kept: the current note, then a line
// "---", then the imported note; a part already present (between "---"
// lines) is not added again, so importing the same file twice changes
// nothing. The times of the two sides do not matter. MergeRule says this
// in one paragraph for the import preview.
package formats
