package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"annotator/app/model"
)

// hugeEmptyBackup is a backup of n empty documents: "{}" each, 3 bytes a
// document, signed with a made-up checksum (it must be refused long before).
func hugeEmptyBackup(n int) []byte {
	var b bytes.Buffer
	b.Grow(3*n + 200)
	b.WriteString(`{"format":"annotator-backup","schema":1,"created":"2026-01-01T00:00:00Z","checksum":"sha256:` + strings.Repeat("0", 64) + `","documents":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("{}")
	}
	b.WriteString("]}")
	return b.Bytes()
}

// TestDecodeBackupTenMillionEmptyDocumentsAllocatesLittle is finding 7 of
// issue #19: a 30 MB backup of ten million empty documents (inside the 64 MB
// cap) took 4.6 GB before the document cap was checked. It is refused while
// streaming, after what the first 10,001 documents cost.
func TestDecodeBackupTenMillionEmptyDocumentsAllocatesLittle(t *testing.T) {
	data := hugeEmptyBackup(10_000_000)
	if len(data) < 30_000_000 || len(data) > MaxBackupSize {
		t.Fatalf("the file is %d bytes, want 30 MB within the cap", len(data))
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := DecodeBackup(data)
	runtime.ReadMemStats(&after)
	wantError(t, err, "$.documents: more than 10000 documents; a backup may hold at most 10000")
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("refusing it allocated %d MB, want at most 16 MB (the work must not grow with the documents past the cap)", alloc>>20)
	}
}

// TestDecodeBackupCountsBeforeDecoding checks each streaming cap with a
// file just past it.
func TestDecodeBackupCountsBeforeDecoding(t *testing.T) {
	head := `{"format":"annotator-backup","schema":1,"created":"2026-01-01T00:00:00Z","checksum":"x","documents":[`
	repeat := func(item string, n int) string { return strings.Repeat(item+",", n-1) + item }
	cases := []struct{ name, file, want string }{
		{"tags of a set", head + `{"tagSet":{"tags":[` + repeat(`{}`, MaxTags+1) + `]}}]}`, "$.documents[0].tagSet.tags: more than 28 tags"},
		{"tags of a mark", head + `{"marks":[{"tags":[` + repeat(`"a"`, MaxTags+1) + `]}]}]}`, "$.documents[0].marks[0].tags: more than 28 tags"},
		{"headings", head + `{"headings":[` + repeat(`1`, MaxHeadings+1) + `]}]}`, "$.documents[0].headings: more than 1000000 heading offsets"},
		{"records", `{"records":[` + repeat(`{}`, MaxStoredValues+1) + `]}`, "$.records: more than 100000 stored values"},
		{"a text", head + `{"text":"` + strings.Repeat("a", MaxTextSize+1) + `"}]}`, "$.documents[0].text: longer than 5 MB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := DecodeBackup([]byte(c.file))
			wantError(t, err, c.want)
		})
	}
}

// storedValue makes a StoredValue of key holding v.
func storedValue(key, v string) StoredValue {
	b, _ := json.Marshal(v)
	return StoredValue{Key: key, Value: b}
}

// TestBackupRecordsAndUnreadableRoundTrip checks the optional members: kept
// exactly (a lone surrogate escape included), covered by the checksum.
func TestBackupRecordsAndUnreadableRoundTrip(t *testing.T) {
	d := sampleDoc(t)
	lone := json.RawMessage(`"{\"broken\": \"\udc00\u0001"`)
	in := Backup{Created: created, Documents: []BackupDocument{NewBackupDocument(d, Options{Modified: modified})},
		Records: []StoredValue{storedValue("annotator/exercises/ex1", `{"schema":1}`)},
		Unreadable: []UnreadableDocument{{ID: "abc", Title: "Broken «one»", Problem: "bad JSON",
			Values: []StoredValue{{Key: "annotator/doc/abc", Value: lone}}}}}
	raw, err := EncodeFullBackup(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte(`\udc00`)) {
		t.Errorf("the lone surrogate escape is not in the file:\n%s", raw)
	}
	b, err := DecodeBackup(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Documents) != 1 || len(b.Records) != 1 || b.Records[0].Key != "annotator/exercises/ex1" ||
		len(b.Unreadable) != 1 || string(b.Unreadable[0].Values[0].Value) != string(lone) || b.Unreadable[0].Title != "Broken «one»" {
		t.Errorf("got %+v", b)
	}
	// The checksum covers the records: changing one is refused.
	changed := bytes.Replace(raw, []byte(`annotator/exercises/ex1`), []byte(`annotator/exercises/ex2`), 1)
	_, err = DecodeBackup(changed)
	wantError(t, err, "$.checksum: does not match")
	// A key of another app is refused.
	in.Records = []StoredValue{storedValue("other/app", "x")}
	raw, err = EncodeFullBackup(in)
	if err != nil {
		t.Fatal(err)
	}
	_, err = DecodeBackup(raw)
	wantError(t, err, `$.records[0].key: "other/app" is not a key of this app`)
	// Without the optional members the file is the old one, read as before.
	old, err := EncodeBackup(created, NewBackupDocument(d, Options{Modified: modified}))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(old, []byte(`"records"`)) || bytes.Contains(old, []byte(`"unreadable"`)) {
		t.Errorf("an old-style backup grew optional members:\n%s", old)
	}
}

// TestBackupOfAFullTagSetImports is finding 3 of issue #19: the decoder's
// tag cap was 1,000 while a document may hold model.MaxTags (28), so an
// import could make a document whose backup its own import refused. Now
// the cap is the model's: a full tag set, every tag on one sentence, comes
// back whole, and one tag more is refused while the file is read.
func TestBackupOfAFullTagSetImports(t *testing.T) {
	d := model.New("Full", "One. Two.")
	d.TagSet.Tags = nil
	for i := range model.MaxTags {
		id := fmt.Sprintf("t%02d", i)
		d.TagSet.Tags = append(d.TagSet.Tags, model.Tag{ID: id, Name: "Tag " + id, Color: "#123456"})
		d.Marks[0].Tags = append(d.Marks[0].Tags, id)
	}
	raw, err := EncodeBackup(created, NewBackupDocument(d, Options{Modified: modified}))
	if err != nil {
		t.Fatal(err)
	}
	b, err := DecodeBackup(raw)
	if err != nil {
		t.Fatalf("the app's own backup of a full tag set is refused: %v", err)
	}
	got, _ := b.Documents[0].Document()
	if len(got.TagSet.Tags) != model.MaxTags || len(got.Marks[0].Tags) != model.MaxTags {
		t.Errorf("%d tags in the set, %d on sentence 0; want %d each", len(got.TagSet.Tags), len(got.Marks[0].Tags), model.MaxTags)
	}
	d.TagSet.Tags = append(d.TagSet.Tags, model.Tag{ID: "extra", Name: "Extra", Color: "#654321"})
	raw, err = EncodeBackup(created, NewBackupDocument(d, Options{Modified: modified}))
	if err != nil {
		t.Fatal(err)
	}
	_, err = DecodeBackup(raw)
	wantError(t, err, "$.documents[0].tagSet.tags: more than 28 tags")
}
