package formats

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"annotator/app/jsonstrict"
	"annotator/app/model"
	"annotator/app/store"
)

// BackupFormat is the "format" value of every backup file.
const BackupFormat = "annotator-backup"

// BackupSchema is the backup version this code writes and reads.
const BackupSchema = 1

// Backup is a whole library, or one document, with texts and annotations.
// The undo history is not part of it.
type Backup struct {
	// Format is always BackupFormat.
	Format string `json:"format"`
	// Schema is BackupSchema.
	Schema int `json:"schema"`
	// Created is when the backup was written.
	Created time.Time `json:"created"`
	// Documents are the backed-up documents.
	Documents []BackupDocument `json:"documents"`
	// Records are stored values the backup carries exactly as stored: the
	// exercises made on this device with their answer keys, students'
	// exercise work with its annotations, and the preferences. Optional:
	// older backups have none and read as before. An import restores each
	// one whose key is not stored yet.
	Records []StoredValue `json:"records,omitempty"`
	// Unreadable are the documents whose stored data this device could not
	// read when the backup was made, with every stored value of each,
	// exactly as stored, so that nothing is left out. Optional; an import
	// leaves them out (they are for repairing by hand).
	Unreadable []UnreadableDocument `json:"unreadable,omitempty"`
	// Checksum is "sha256:" + hex SHA-256 of the canonical JSON of
	// Documents (see jsonstrict.Canonical) or, in a backup with Records or
	// Unreadable, of the whole object without format, schema, created and
	// checksum: a changed or damaged file is refused.
	Checksum string `json:"checksum"`
}

// StoredValue is one localStorage value, exactly as stored.
type StoredValue struct {
	// Key is its key; it starts with store.Prefix.
	Key string `json:"key"`
	// Value is the value as a JSON string. Lone surrogates (which a Go
	// string cannot hold) are written as \uXXXX escapes, as JavaScript's
	// JSON.stringify writes them, so that the file keeps every value
	// exactly.
	Value json.RawMessage `json:"value"`
}

// UnreadableDocument is a document whose stored data could not be read
// when the backup was made.
type UnreadableDocument struct {
	// ID is the document id; Title its title when known (else the id).
	ID    string `json:"id"`
	Title string `json:"title"`
	// Problem says what could not be read.
	Problem string `json:"problem"`
	// Values are every stored value of the document.
	Values []StoredValue `json:"values"`
}

// headMembers are the members of a backup that its checksum leaves out.
var headMembers = []string{"format", "schema", "created", "checksum"}

// BackupDocument is one document of a backup: its text and what
// localStorage keeps for it.
type BackupDocument struct {
	// ID is the hex SHA-256 of Text.
	ID string `json:"id"`
	// Title is the document title.
	Title string `json:"title"`
	// Text is the whole text, with "\n" line ends.
	Text string `json:"text"`
	// TagSet is the document's tag set.
	TagSet model.TagSet `json:"tagSet"`
	// Marks are the annotated sentences, as localStorage keeps them.
	Marks []store.StoredMark `json:"marks"`
	// Orphans are marks that could not be placed on the text.
	Orphans []store.StoredMark `json:"orphans"`
	// Modified is when the document's annotations last changed.
	Modified time.Time `json:"modified"`
	// Headings are the byte offsets in Text at which heading lines start
	// (model.Document.HeadingOffsets), ascending, each at the start of a
	// line; omitted when the document's headings are not known (older
	// backups have none, and read as before).
	Headings []int `json:"headings,omitempty"`
	// Lang is the document's language (ISO 639-1), whose rules split it;
	// omitted when unknown (older backups have none, and split as before).
	Lang string `json:"lang,omitempty"`
}

// NewBackupDocument captures d with o.Orphans, dated o.Modified.
func NewBackupDocument(d *model.Document, o Options) BackupDocument {
	rec := store.FromDocument(d, o.Orphans, o.Modified)
	return BackupDocument{
		ID: d.ID, Title: d.Title, Text: d.Text, TagSet: rec.TagSet.Clone(),
		Marks: cloneStored(rec.Marks), Orphans: cloneStored(rec.Orphans), Modified: rec.Modified,
		Headings: d.HeadingOffsets(), Lang: d.Lang,
	}
}

// EncodeBackup writes a backup of docs, dated created, as indented JSON
// with its checksum.
func EncodeBackup(created time.Time, docs ...BackupDocument) ([]byte, error) {
	return EncodeFullBackup(Backup{Created: created, Documents: docs})
}

// EncodeFullBackup writes b (its Created, Documents, Records and
// Unreadable; format, schema and checksum are filled in) as indented JSON.
func EncodeFullBackup(in Backup) ([]byte, error) {
	docs := in.Documents
	b := Backup{Format: BackupFormat, Schema: BackupSchema, Created: in.Created.UTC(), Documents: make([]BackupDocument, len(docs)),
		Records: in.Records, Unreadable: in.Unreadable}
	for _, u := range b.Unreadable {
		if u.Values == nil {
			return nil, fmt.Errorf("unreadable document %s: no values", u.ID)
		}
	}
	for i, d := range docs {
		if d.Marks == nil {
			d.Marks = []store.StoredMark{}
		}
		if d.Orphans == nil {
			d.Orphans = []store.StoredMark{}
		}
		if d.TagSet.Tags == nil {
			d.TagSet.Tags = []model.Tag{}
		}
		d.Modified = d.Modified.UTC()
		b.Documents[i] = d
	}
	raw, err := json.Marshal(b.Documents)
	if err != nil {
		return nil, err
	}
	var sum string
	if b.extended() {
		all, err := json.Marshal(b)
		if err != nil {
			return nil, err
		}
		sum, err = jsonstrict.Checksum(all, headMembers...)
		if err != nil {
			return nil, err
		}
	} else if sum, err = jsonstrict.Checksum(raw); err != nil {
		return nil, err
	}
	b.Checksum = sum
	return jsonstrict.MarshalIndent(b)
}

// extended reports whether b has the optional Records or Unreadable,
// which its checksum then covers too.
func (b *Backup) extended() bool { return len(b.Records) > 0 || len(b.Unreadable) > 0 }

// Record is what localStorage keeps for the document.
func (bd BackupDocument) Record() store.Record {
	return store.Record{Schema: store.Schema, Doc: bd.ID, Title: bd.Title, TagSet: bd.TagSet.Clone(),
		Marks: cloneStored(bd.Marks), Orphans: cloneStored(bd.Orphans), Modified: bd.Modified}
}

// Document rebuilds the annotated document (split by this version of the
// splitter, by its language's rules, its headings marked) and returns the marks it could not place,
// orphans included.
func (bd BackupDocument) Document() (*model.Document, []store.StoredMark) {
	d := model.NewLang(bd.Title, bd.Text, bd.Lang)
	d.ID = bd.ID
	d.MarkHeadings(bd.Headings)
	orphans := bd.Record().ApplyTo(d)
	return d, orphans
}

// Annotations turns the document's marks and orphans into annotations for
// Resolve, to merge them into a document (the same text or another one).
// Tags carry both their id and, when the tag set has it, their name.
func (bd BackupDocument) Annotations() []Annotation {
	var out []Annotation
	add := func(list string, ms []store.StoredMark) {
		for k, m := range ms {
			place := fmt.Sprintf("%s[%d]", list, k)
			if len(m.Tags) > 0 || m.Note != "" {
				a := Annotation{Place: place, Source: SourceURN(bd.ID), Quote: Quote{Exact: m.Quote},
					Position: &Position{Start: m.Start, End: m.End}, Note: m.Note, Modified: bd.Modified}
				for _, t := range m.Tags {
					a.Tags = append(a.Tags, TagRef{ID: t, Name: tagName(bd.TagSet, t)})
				}
				out = append(out, a)
			}
			for h, hl := range m.Highlights {
				if hl.Start < 0 || hl.End > len(m.Quote) || hl.Start >= hl.End {
					continue
				}
				cp0 := m.Start + utf8.RuneCountInString(m.Quote[:hl.Start])
				cp1 := cp0 + utf8.RuneCountInString(m.Quote[hl.Start:hl.End])
				out = append(out, Annotation{
					Place: fmt.Sprintf("%s.highlights[%d]", place, h), Source: SourceURN(bd.ID),
					Quote: Quote{Exact: m.Quote[hl.Start:hl.End], Prefix: runesBefore(m.Quote, hl.Start, contextRunes),
						Suffix: runesAfter(m.Quote, hl.End, contextRunes)},
					Position: &Position{Start: cp0, End: cp1}, Tags: []TagRef{{ID: hl.Tag, Name: tagName(bd.TagSet, hl.Tag)}},
					Modified: bd.Modified, Span: true,
				})
			}
		}
	}
	add("marks", bd.Marks)
	add("orphans", bd.Orphans)
	return out
}

// Annotations counts what the backup holds as the W3C export would: one
// per sentence with tags or a note, one per highlight (orphans included).
func (b *Backup) Annotations() int {
	n := 0
	for _, d := range b.Documents {
		for _, m := range slices.Concat(d.Marks, d.Orphans) {
			if len(m.Tags) > 0 || m.Note != "" {
				n++
			}
			n += len(m.Highlights)
		}
	}
	return n
}

// Find returns the document whose id is ref or starts with ref. With an
// empty ref it returns the only document. Its error lists the documents.
func (b *Backup) Find(ref string) (*BackupDocument, error) {
	var found []int
	for i, d := range b.Documents {
		if ref == "" || strings.HasPrefix(d.ID, strings.ToLower(ref)) {
			found = append(found, i)
		}
	}
	if len(found) == 1 {
		return &b.Documents[found[0]], nil
	}
	var list strings.Builder
	for _, d := range b.Documents {
		fmt.Fprintf(&list, "\n  %s  %s", d.ID[:min(12, len(d.ID))], d.Title)
	}
	switch {
	case len(b.Documents) == 0:
		return nil, fmt.Errorf("the backup holds no documents")
	case ref == "":
		return nil, fmt.Errorf("the backup holds %d documents; choose one by id (or id prefix):%s", len(b.Documents), list.String())
	case len(found) == 0:
		return nil, fmt.Errorf("no document id starts with %q; the backup holds:%s", ref, list.String())
	}
	return nil, fmt.Errorf("%d document ids start with %q; give more of the id:%s", len(found), ref, list.String())
}

// cloneStored deep-copies stored marks.
func cloneStored(ms []store.StoredMark) []store.StoredMark {
	out := make([]store.StoredMark, len(ms))
	for i, m := range ms {
		m.Mark = cloneMark(m.Mark)
		out[i] = m
	}
	return out
}

// cloneMark deep-copies a mark.
func cloneMark(m model.Mark) model.Mark {
	return model.Mark{Tags: slices.Clone(m.Tags), Note: m.Note, Highlights: slices.Clone(m.Highlights)}
}
