package formats

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"annotator/app/jsonstrict"
	"annotator/app/model"
	"annotator/app/store"
)

// orphan is a mark from an older version of the text.
var orphan = store.StoredMark{Sentence: 7, Start: 200, End: 210, Quote: "Gone text.", Mark: model.Mark{Tags: []string{"old-tag"}, Note: "kept"}}

func encodeSample(t testing.TB) []byte {
	t.Helper()
	d := sampleDoc(t)
	raw, err := EncodeBackup(created, NewBackupDocument(d, Options{Modified: modified, Orphans: []store.StoredMark{orphan}}))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestBackupRoundTrip(t *testing.T) {
	d := sampleDoc(t)
	b, err := DecodeBackup(encodeSample(t))
	if err != nil {
		t.Fatal(err)
	}
	if b.Format != BackupFormat || b.Schema != BackupSchema || !b.Created.Equal(created) || len(b.Documents) != 1 {
		t.Fatalf("head: %+v", b)
	}
	bd := b.Documents[0]
	if bd.ID != d.ID || bd.Title != d.Title || bd.Text != d.Text || !bd.Modified.Equal(modified) {
		t.Errorf("document: %s %q %v", bd.ID, bd.Title, bd.Modified)
	}
	got, orphans := bd.Document()
	sameMarks(t, got, d)
	if !slices.Equal(got.TagSet.Tags, d.TagSet.Tags) {
		t.Errorf("tag set: %+v", got.TagSet)
	}
	if len(orphans) != 1 || orphans[0].Quote != orphan.Quote || !orphans[0].Mark.Equal(orphan.Mark) {
		t.Errorf("orphans: %+v", orphans)
	}
	// as the W3C export counts them: sentences 0, 1, 2 (note and highlight) and 4, plus the orphan
	if n := b.Annotations(); n != 6 {
		t.Errorf("Annotations() = %d, want 6", n)
	}
}

func TestBackupHasNoUndoHistory(t *testing.T) {
	raw := encodeSample(t)
	for _, word := range []string{`"before"`, `"after"`, `"history"`, `"undo"`} {
		if bytes.Contains(raw, []byte(word)) {
			t.Errorf("the backup contains %s", word)
		}
	}
}

func TestBackupLibraryFind(t *testing.T) {
	a := sampleDoc(t)
	b := model.New("Second", "Only one sentence here.")
	raw, err := EncodeBackup(created, NewBackupDocument(a, Options{}), NewBackupDocument(b, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	lib, err := DecodeBackup(raw)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		ref, wantID, wantErr string
	}{
		{ref: a.ID, wantID: a.ID},
		{ref: b.ID[:6], wantID: b.ID},
		{ref: strings.ToUpper(b.ID[:8]), wantID: b.ID},
		{ref: "", wantErr: "holds 2 documents; choose one by id"},
		{ref: "zz", wantErr: `no document id starts with "zz"`},
	}
	for _, tt := range tests {
		got, err := lib.Find(tt.ref)
		switch {
		case tt.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "Unicode sample") {
				t.Errorf("Find(%q) error = %v, want %q and the titles", tt.ref, err, tt.wantErr)
			}
		case err != nil || got.ID != tt.wantID:
			t.Errorf("Find(%q) = %v, %v; want %s", tt.ref, got, err, tt.wantID)
		}
	}
}

func TestBackupChecksumIgnoresLayout(t *testing.T) {
	raw := encodeSample(t)
	var compact bytes.Buffer
	if err := json.Compact(&compact, raw); err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeBackup(compact.Bytes()); err != nil {
		t.Errorf("compacted backup: %v", err)
	}
	if _, err := DecodeBackup(append([]byte("\ufeff"), raw...)); err != nil {
		t.Errorf("backup with a byte order mark: %v", err)
	}
}

// resign decodes a backup into plain values, lets edit change them and
// writes them back with a correct checksum, so that a test reaches the
// check it aims at.
func resign(t testing.TB, raw []byte, edit func(b map[string]any, doc map[string]any)) []byte {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var b map[string]any
	if err := dec.Decode(&b); err != nil {
		t.Fatal(err)
	}
	docs, _ := b["documents"].([]any)
	var doc map[string]any
	if len(docs) > 0 {
		doc, _ = docs[0].(map[string]any)
	}
	edit(b, doc)
	docsRaw, err := json.Marshal(b["documents"])
	if err != nil {
		t.Fatal(err)
	}
	sum, err := jsonstrict.Checksum(docsRaw)
	if err != nil {
		t.Fatal(err)
	}
	b["checksum"] = sum
	out, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// markAt returns mark k of doc as a map.
func markAt(doc map[string]any, k int) map[string]any {
	return doc["marks"].([]any)[k].(map[string]any)
}

func TestDecodeBackupRejects(t *testing.T) {
	good := encodeSample(t)
	other := sha256.Sum256([]byte("other"))
	tests := []struct {
		name string
		raw  func() []byte
		want string
	}{
		{"too large", func() []byte { return make([]byte, MaxBackupSize+1) }, "the file is 64 MB; a backup may be at most 64 MB"},
		{"empty", func() []byte { return []byte("  ") }, "the file is empty"},
		{"truncated", func() []byte { return good[:len(good)/2] }, "the file ends before this value is complete"},
		{"syntax", func() []byte { return []byte(`{"format": x}`) }, "line 1, column 12: invalid JSON"},
		{"trailing data", func() []byte { return append(slices.Clone(good), []byte(" {}")...) }, "unexpected data after the JSON value"},
		{"array", func() []byte { return []byte(`[]`) }, "$: expected a JSON object"},
		{"not a backup", func() []byte { return []byte(`{"schema": 1}`) }, `$: no "format"`},
		{"other format", func() []byte {
			return resign(t, good, func(b, _ map[string]any) { b["format"] = "annotator-export" })
		}, `$.format: "annotator-export" is not "annotator-backup"`},
		{"newer schema", func() []byte {
			return resign(t, good, func(b, _ map[string]any) { b["schema"] = 2 })
		}, "$.schema: the backup was written by a newer version of the app (schema 2; this version reads schema 1)"},
		{"schema zero", func() []byte { return resign(t, good, func(b, _ map[string]any) { b["schema"] = 0 }) }, "$.schema: schema 0 does not exist"},
		{"schema as string", func() []byte {
			return resign(t, good, func(b, _ map[string]any) { b["schema"] = "1" })
		}, "$.schema (line 1, column"},
		{"no schema", func() []byte { return resign(t, good, func(b, _ map[string]any) { delete(b, "schema") }) }, `$: no "schema" version`},
		{"no created", func() []byte { return resign(t, good, func(b, _ map[string]any) { delete(b, "created") }) }, `$: no "created" date`},
		{"bad date", func() []byte {
			return resign(t, good, func(b, _ map[string]any) { b["created"] = "yesterday" })
		}, `$.created: "yesterday" is not a date`},
		{"no documents", func() []byte { return resign(t, good, func(b, _ map[string]any) { b["documents"] = nil }) }, `$: no "documents" array`},
		{"checksum mismatch", func() []byte {
			return bytes.Replace(good, []byte("CJK 東京 note"), []byte("CJK 東京 NOTE"), 1)
		}, "$.checksum: does not match the documents"},
		{"checksum form", func() []byte {
			b := resign(t, good, func(map[string]any, map[string]any) {})
			return bytes.Replace(b, []byte(`"sha256:`), []byte(`"md5:`), 1)
		}, `$.checksum: expected "sha256:" followed by 64`},
		{"duplicate key", func() []byte {
			return bytes.Replace(good, []byte(`"title": `), []byte(`"title": "twice", "title": `), 1)
		}, `$.documents[0].title: duplicate key "title"`},
		{"case variant next to key", func() []byte {
			return bytes.Replace(good, []byte(`"text": `), []byte(`"text": "x", "Text": `), 1)
		}, `$.documents[0].Text: keys "text" and "Text" differ only in case`},
		{"case variant alone", func() []byte {
			return bytes.Replace(good, []byte(`"text": `), []byte(`"TEXT": `), 1)
		}, `$.documents[0].TEXT: key "TEXT" must be written "text"`},
		{"Kelvin sign folds to k", func() []byte {
			return bytes.Replace(good, []byte(`"marks": [`), []byte(`"marks": [], "mar\u212As": [`), 1)
		}, "keys \"marks\" and \"mar\u212As\" differ only in case"},
		{"unknown key", func() []byte {
			return bytes.Replace(good, []byte(`"title": `), []byte(`"colour": 1, "title": `), 1)
		}, `$.documents[0].colour: unknown key "colour"`},
		{"deep nesting", func() []byte {
			return []byte(`{"documents": ` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`)
		}, "nested more than 64 levels deep"},
		{"too many documents", func() []byte {
			return resign(t, good, func(b, _ map[string]any) {
				docs := make([]any, MaxDocuments+1)
				for i := range docs {
					docs[i] = map[string]any{}
				}
				b["documents"] = docs
			})
		}, "$.documents: more than 10000 documents; a backup may hold at most 10000"},
		{"text too long", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { doc["text"] = strings.Repeat("a", MaxTextSize+1) })
		}, "$.documents[0].text: longer than 5 MB, the most a document may hold"},
		{"carriage return", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { doc["text"] = "One.\r\nTwo." })
		}, "$.documents[0].text: the text contains a carriage return"},
		{"id of another text", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { doc["id"] = hex.EncodeToString(other[:]) })
		}, "$.documents[0].id: " + hex.EncodeToString(other[:6]) + "… is not the SHA-256 of the text"},
		{"id malformed", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { doc["id"] = "ABC" })
		}, `$.documents[0].id: "ABC" is not a document id`},
		{"document twice", func() []byte {
			return resign(t, good, func(b, doc map[string]any) { b["documents"] = []any{doc, doc} })
		}, "$.documents[1].id: the same document is already at $.documents[0]"},
		{"sentence out of range", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { markAt(doc, 1)["i"] = 99 })
		}, "$.documents[0].marks[1].i: sentence 99 does not exist: the text has 5 sentences"},
		{"sentence negative", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { markAt(doc, 1)["i"] = -1 })
		}, "$.documents[0].marks[1].i: sentence index -1 is negative"},
		{"sentence twice", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { markAt(doc, 2)["i"] = 0 })
		}, "$.documents[0].marks[2].i: sentence 0 is already marked at marks[0]"},
		{"quote does not fit", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { markAt(doc, 0)["start"] = 1; markAt(doc, 0)["end"] = 34 })
		}, "$.documents[0].marks[0].quote: the quote is not the text at code points 1–34"},
		{"end past the text", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { markAt(doc, 3)["end"] = 999 })
		}, "$.documents[0].marks[3].end: end 999 is past the end of the text (147 code points)"},
		{"empty range", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { markAt(doc, 0)["end"] = 0 })
		}, "$.documents[0].marks[0]: start 0 and end 0 do not make a range"},
		{"empty mark", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { delete(markAt(doc, 3), "tags") })
		}, "$.documents[0].marks[3]: the mark carries no tag, note or highlight"},
		{"tag not in the set", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { markAt(doc, 3)["tags"] = []any{"ghost"} })
		}, `$.documents[0].marks[3].tags[0]: tag "ghost" is not in the document's tag set`},
		{"tag twice", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { markAt(doc, 0)["tags"] = []any{"claim", "claim"} })
		}, `$.documents[0].marks[0].tags[1]: tag "claim" appears twice`},
		{"highlight outside", func() []byte {
			return resign(t, good, func(_, doc map[string]any) {
				markAt(doc, 1)["highlights"] = []any{map[string]any{"start": 5, "end": 500, "tag": "fact"}}
			})
		}, "$.documents[0].marks[1].highlights[0]: bytes 5–500 are not a span inside the 25-byte sentence"},
		{"highlight cuts a character", func() []byte {
			return resign(t, good, func(_, doc map[string]any) {
				markAt(doc, 1)["highlights"] = []any{map[string]any{"start": 1, "end": 6, "tag": "fact"}}
			})
		}, "$.documents[0].marks[1].highlights[0]: bytes 1–6 cut a character in two"},
		{"highlight tag unknown", func() []byte {
			return resign(t, good, func(_, doc map[string]any) {
				markAt(doc, 1)["highlights"] = []any{map[string]any{"start": 5, "end": 10, "tag": "nope"}}
			})
		}, `$.documents[0].marks[1].highlights[0].tag: tag "nope" is not in the document's tag set`},
		{"tag id twice in the set", func() []byte {
			return resign(t, good, func(_, doc map[string]any) {
				ts := doc["tagSet"].(map[string]any)
				tags := ts["tags"].([]any)
				ts["tags"] = append(tags, tags[0])
			})
		}, `$.documents[0].tagSet.tags[6].id: tag id "claim" appears twice`},
		{"orphan quote length", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { doc["orphans"].([]any)[0].(map[string]any)["end"] = 250 })
		}, "$.documents[0].orphans[0].quote: the quote has 10 code points but start–end spans 50"},
		{"wrong type deep inside", func() []byte {
			return resign(t, good, func(_, doc map[string]any) { markAt(doc, 0)["note"] = 5 })
		}, "$.documents.marks.note (line 1, column"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeBackup(tt.raw())
			wantError(t, err, tt.want)
		})
	}
}

func TestDecodeBackupNewerSchemaIsErrNewerSchema(t *testing.T) {
	raw := resign(t, encodeSample(t), func(b, _ map[string]any) { b["schema"] = 7 })
	if _, err := DecodeBackup(raw); !errors.Is(err, store.ErrNewerSchema) {
		t.Errorf("error %v does not wrap store.ErrNewerSchema", err)
	}
}

func TestDecodeBackupTotals(t *testing.T) {
	saved := limits
	defer func() { limits = saved }()
	good := encodeSample(t)
	limits.marks = 3
	_, err := DecodeBackup(good)
	wantError(t, err, "$.documents[0].marks: more than 3 marks in the backup")
	limits = saved
	limits.highlights = 1
	_, err = DecodeBackup(good)
	wantError(t, err, "$.documents[0].marks[2].highlights: more than 1 highlights in the backup")
}

func TestExportBackupFormat(t *testing.T) {
	d := sampleDoc(t)
	raw, err := Export(FormatBackup, d, Options{Created: created, Modified: modified})
	if err != nil {
		t.Fatal(err)
	}
	b, err := DecodeBackup(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Documents) != 1 || len(b.Documents[0].Marks) != 4 {
		t.Errorf("got %+v", b.Documents)
	}
	if _, err := Export("pdf", d, Options{}); err == nil || !strings.Contains(err.Error(), `unknown export format "pdf"`) {
		t.Errorf("Export(pdf) error = %v", err)
	}
	for _, f := range Formats() {
		if f.Label() == "" || f.MediaType() == "" || !strings.HasPrefix(f.FileName(d.Title), "unicode-sample.") {
			t.Errorf("%s: label %q, type %q, file %q", f, f.Label(), f.MediaType(), f.FileName(d.Title))
		}
	}
}
