package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"annotator/app/model"
	"annotator/app/store"
)

// bigBackupDocs are docs documents of sentences sentences each, every
// fourth sentence tagged, every twelfth with a note and every twentieth
// with a highlight: what a large, valid library backup holds.
func bigBackupDocs(t testing.TB, docs, sentences int) []BackupDocument {
	t.Helper()
	var out []BackupDocument
	for k := range docs {
		var text strings.Builder
		for i := range sentences {
			fmt.Fprintf(&text, "Doc %d, “café” %d. ", k, i)
		}
		d := model.New(fmt.Sprintf("Document %d", k), text.String())
		if len(d.Sentences) != sentences {
			t.Fatalf("the splitter gives %d sentences, want %d", len(d.Sentences), sentences)
		}
		for i := 0; i < len(d.Sentences); i += 4 {
			d.Marks[i].Tags = []string{"claim"}
			if i%12 == 0 {
				d.Marks[i].Note = fmt.Sprintf("note <%d> & \u2028 line", i)
			}
			if i%20 == 0 {
				d.Marks[i].Highlights = []model.Highlight{{Start: 0, End: len("Doc"), Tag: "evidence"}}
			}
		}
		out = append(out, NewBackupDocument(d, Options{Modified: modified}))
	}
	return out
}

// bigBackup encodes bigBackupDocs.
func bigBackup(t testing.TB, docs, sentences int) []byte {
	t.Helper()
	raw, err := EncodeBackup(created, bigBackupDocs(t, docs, sentences)...)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// backupCorpus is every backup shape the tests build, valid and not: the
// streamed decode must give for each exactly what the whole-file decode
// gave.
func backupCorpus(t *testing.T) map[string][]byte {
	t.Helper()
	good := encodeSample(t)
	ext, err := EncodeFullBackup(Backup{Created: created, Documents: bigBackupDocs(t, 2, 30),
		Records:    []StoredValue{{Key: store.Prefix + "prefs", Value: json.RawMessage(`"{\"lang\":\"fr\"}"`)}},
		Unreadable: []UnreadableDocument{{ID: "abc", Title: "Broken", Problem: "bad", Values: []StoredValue{{Key: store.Prefix + "doc/abc", Value: json.RawMessage(`"{x"`)}}}}})
	if err != nil {
		t.Fatal(err)
	}
	compact := func(raw []byte) []byte {
		var b bytes.Buffer
		if err := json.Compact(&b, raw); err != nil {
			return raw // not JSON (a BOM, cut off): left as it is
		}
		return b.Bytes()
	}
	empty, err := EncodeBackup(created)
	if err != nil {
		t.Fatal(err)
	}
	c := map[string][]byte{
		"sample":       good,
		"sample, BOM":  append([]byte("\ufeff"), good...),
		"compact":      compact(good),
		"no documents": empty,
		"extended":     ext,
		"large":        bigBackup(t, 3, 400),
		// resign re-encodes with sorted keys: checksum and created come
		// before documents, records after it.
		"sorted members":    resign(t, good, func(map[string]any, map[string]any) {}),
		"extended, sorted":  resign(t, ext, func(map[string]any, map[string]any) {}),
		"records first":     []byte(strings.Replace(string(compact(ext)), `{"format"`, `{"records":[],"format"`, 1)),
		"unknown top key":   resign(t, good, func(b, _ map[string]any) { b["text"] = "x" }),
		"unknown doc key":   resign(t, good, func(_, d map[string]any) { d["records"] = []any{} }),
		"start as string":   resign(t, good, func(_, d map[string]any) { markAt(d, 1)["start"] = "4" }),
		"tags as object":    resign(t, good, func(_, d map[string]any) { markAt(d, 0)["tags"] = map[string]any{} }),
		"documents object":  resign(t, good, func(b, _ map[string]any) { b["documents"] = map[string]any{} }),
		"documents null":    resign(t, good, func(b, _ map[string]any) { b["documents"] = nil }),
		"documents number":  resign(t, good, func(b, _ map[string]any) { b["documents"] = 3 }),
		"document null":     resign(t, good, func(b, _ map[string]any) { b["documents"] = []any{nil} }),
		"document string":   resign(t, good, func(b, _ map[string]any) { b["documents"] = []any{"x"} }),
		"schema as string":  resign(t, good, func(b, _ map[string]any) { b["schema"] = "1" }),
		"schema fraction":   resign(t, good, func(b, _ map[string]any) { b["schema"] = 1.5 }),
		"format as number":  resign(t, good, func(b, _ map[string]any) { b["format"] = 1 }),
		"checksum number":   resign(t, good, func(b, _ map[string]any) { b["checksum"] = 1 }),
		"records as object": resign(t, ext, func(b, _ map[string]any) { b["records"] = map[string]any{} }),
		"records value num": resign(t, ext, func(b, _ map[string]any) { b["records"] = []any{map[string]any{"key": store.Prefix + "x", "value": 1}} }),
		"newer schema":      resign(t, good, func(b, _ map[string]any) { b["schema"] = 2 }),
		"no created":        resign(t, good, func(b, _ map[string]any) { delete(b, "created") }),
		"no checksum":       resign(t, good, func(b, _ map[string]any) { delete(b, "checksum") }),
		"bad id":            resign(t, good, func(_, d map[string]any) { d["id"] = strings.Repeat("0", 64) }),
		"changed note":      []byte(strings.Replace(string(good), "CJK 東京 note", "CJK 東京 notE", 1)),
		"changed record":    []byte(strings.Replace(string(ext), `{x`, `{y`, 1)),
		"truncated":         good[:len(good)/2],
		"array":             []byte(`[]`),
		"not a backup":      []byte(`{"schema": 1}`),
	}
	for name, raw := range c {
		if bytes.Contains(raw, []byte("\n")) {
			c[name+", compact"] = compact(raw)
		}
	}
	return c
}

// TestStreamedBackupDecodeMatchesReference decodes every backup of the
// corpus with DecodeBackup and with refDecodeBackup (the whole-file
// decode it replaced): the same backup, or the same error.
func TestStreamedBackupDecodeMatchesReference(t *testing.T) {
	valid := 0
	for name, raw := range backupCorpus(t) {
		got, gotErr := DecodeBackup(raw)
		want, wantErr := refDecodeBackup(raw)
		switch {
		case (gotErr == nil) != (wantErr == nil):
			t.Errorf("%s: error %v, want %v", name, gotErr, wantErr)
		case gotErr != nil && gotErr.Error() != wantErr.Error():
			t.Errorf("%s: error\n  %v\nwant\n  %v", name, gotErr, wantErr)
		case gotErr != nil && errors.Is(gotErr, store.ErrNewerSchema) != errors.Is(wantErr, store.ErrNewerSchema):
			t.Errorf("%s: errors.Is(ErrNewerSchema) differs: %v", name, gotErr)
		case gotErr == nil && !reflect.DeepEqual(got, want):
			t.Errorf("%s: the streamed decode differs from the reference", name)
		case gotErr == nil:
			valid++
		}
	}
	if valid < 10 {
		t.Errorf("only %d valid backups in the corpus", valid)
	}
}

// progressLog records Progress calls and what was allocated between them.
type progressLog struct {
	calls, backwards, wrongTotal int
	last                         int
	maxAlloc                     uint64
	prevAlloc                    uint64
}

// report is the Progress under test.
func (l *progressLog) report(done, total int) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	l.maxAlloc = max(l.maxAlloc, m.TotalAlloc-l.prevAlloc)
	l.prevAlloc = m.TotalAlloc
	l.calls++
	if done < l.last {
		l.backwards++
	}
	if total != ProgressTotal {
		l.wrongTotal++
	}
	l.last = done
}

// run runs f with l as the Progress of WithProgress, and records what f
// allocates after the last call.
func (l *progressLog) run(f func()) {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	l.prevAlloc = m.TotalAlloc
	WithProgress(l.report, f)
	runtime.ReadMemStats(&m)
	l.maxAlloc = max(l.maxAlloc, m.TotalAlloc-l.prevAlloc)
}

// TestDecodeBackupReportsProgressPerDocument is the open part of issue
// #19's "decoding a large import never blocks the main thread": a large
// valid backup (20 documents of 20,000 sentences, 5,000 of them marked, about 30 MB) was decoded
// by whole-file json passes with no Progress call between them. Now every
// step reports at least once per document, in thousandths, never going
// back, and no stretch between two calls allocates more than a few times
// one document's bytes (the work between two chances to yield is one
// document's, not the file's).
func TestDecodeBackupReportsProgressPerDocument(t *testing.T) {
	const docs = 20
	data := bigBackup(t, docs, 20_000)
	if len(data) < 20<<20 || len(data) > MaxBackupSize {
		t.Fatalf("the backup is %d bytes, want 20–64 MB", len(data))
	}
	var l progressLog
	var b *Backup
	var err error
	l.run(func() { b, err = DecodeBackup(data) })
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Documents) != docs || len(b.Documents[7].Marks) != 5_000 {
		t.Fatalf("decoded %d documents", len(b.Documents))
	}
	perDoc := uint64(len(data) / docs)
	t.Logf("%d MB, %d progress calls, at most %d MB allocated between two (%.1f× one document)",
		len(data)>>20, l.calls, l.maxAlloc>>20, float64(l.maxAlloc)/float64(perDoc))
	if l.calls < 4*docs {
		t.Errorf("%d progress calls, want at least %d (split, decode, check and sum each document)", l.calls, 4*docs)
	}
	if l.backwards > 0 || l.wrongTotal > 0 || l.last != ProgressTotal {
		t.Errorf("progress went back %d times, had another total %d times, ended at %d (want %d)", l.backwards, l.wrongTotal, l.last, ProgressTotal)
	}
	if l.maxAlloc > 12*perDoc {
		t.Errorf("%d MB allocated between two progress calls, want at most %d MB (12× one document)", l.maxAlloc>>20, 12*perDoc>>20)
	}
}
