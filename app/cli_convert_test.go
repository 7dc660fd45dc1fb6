//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"annotator/app/formats"
	"annotator/app/model"
)

// writeLibrary writes a two-document backup and returns its path and the
// first document.
func writeLibrary(t *testing.T) (string, *model.Document, *model.Document) {
	t.Helper()
	a := model.New("Café notes", "Le café est ouvert. Il pleut, dit-il. 東京は大きい。")
	h := model.NewHistory(a)
	if _, err := h.ToggleTag(0, "claim"); err != nil {
		t.Fatal(err)
	}
	if _, err := h.SetNote(1, `He said "rain, again"`); err != nil {
		t.Fatal(err)
	}
	if _, err := h.ToggleHighlight(1, 0, len("Il pleut"), "quote"); err != nil {
		t.Fatal(err)
	}
	b := model.New("Second", "Only one sentence here.")
	when := time.Date(2026, 4, 1, 12, 0, 0, 0, time.UTC)
	raw, err := formats.EncodeBackup(when, formats.NewBackupDocument(a, formats.Options{Modified: when}), formats.NewBackupDocument(b, formats.Options{Modified: when}))
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, "library.json", raw), a, b
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestConvert(t *testing.T) {
	path, a, _ := writeLibrary(t)
	tests := []struct {
		to   string
		want []string
	}{
		{"w3c", []string{`"type": "AnnotationCollection"`, `"label": "Café notes"`, `"total": 3`, `"source": "urn:sha256:` + a.ID + `"`, `"name": "Ann"`}},
		{"csv", []string{"\ufeffindex,start,end,text,tags,note,highlights,heading,language\r\n", "0,0,19,Le café est ouvert.,Claim,,,,\r\n", `"He said ""rain, again"""`, "Quote@20-28"}},
		{"jsonl", []string{`{"text":"Le café est ouvert.","label":[[0,19,"Claim"]]}`, `"label":[[0,8,"Quote"]]`, `{"text":"東京は大きい。","label":[]}`}},
		{"backup", []string{`"format": "annotator-backup"`, `"title": "Café notes"`}},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		if err := convert([]string{"-to", tt.to, "-doc", a.ID[:8], "-creator", "Ann", path}, &out, &errOut); err != nil {
			t.Fatalf("%s: %v", tt.to, err)
		}
		for _, w := range tt.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", tt.to, w, out.String())
			}
		}
	}
	// The converted backup holds only the chosen document and is valid.
	var out bytes.Buffer
	if err := convert([]string{"-to", "backup", "-doc", a.ID, path}, &out, &out); err != nil {
		t.Fatal(err)
	}
	b, err := formats.DecodeBackup(out.Bytes())
	if err != nil || len(b.Documents) != 1 || b.Documents[0].ID != a.ID {
		t.Errorf("converted backup: %v %+v", err, b)
	}
}

func TestConvertErrors(t *testing.T) {
	path, _, _ := writeLibrary(t)
	w3c := writeFile(t, "a.jsonld", []byte(`{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation"}`))
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"no document chosen", []string{"-to", "csv", path}, []string{"holds 2 documents; choose one by id", "Café notes", "Second"}},
		{"no such document", []string{"-to", "csv", "-doc", "ffff", path}, []string{`no document id starts with "ffff"`}},
		{"no format", []string{path}, []string{"convert needs -to w3c, csv, jsonl or backup", "usage: app convert"}},
		{"unknown format", []string{"-to", "pdf", path}, []string{`unknown format "pdf"`}},
		{"no file", []string{"-to", "csv"}, []string{"convert needs one backup file"}},
		{"bad flag", []string{"-from", "csv", path}, []string{"flag provided but not defined: -from", "usage: app convert"}},
		{"missing file", []string{"-to", "csv", "/no/such/file"}, []string{"no such file"}},
		{"not a backup", []string{"-to", "csv", w3c}, []string{"is a W3C Web Annotation JSON-LD, not an annotator backup"}},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		err := convert(tt.args, &out, &out)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tt.name, err, w)
			}
		}
	}
}

func TestValidate(t *testing.T) {
	path, a, _ := writeLibrary(t)
	w3c, err := formats.EncodeW3C(a, formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	csv, err := formats.EncodeCSV(a)
	if err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, good); err != nil {
		t.Fatal(err)
	}
	tampered := bytes.Replace(good, []byte("Le café est ouvert."), []byte("Le café est fermé."), 1)
	tests := []struct {
		name, file string
		data       []byte
		want       string // output for a valid file
		wantErr    []string
	}{
		{name: "backup", file: "b.json", data: good, want: "valid annotator backup: 2 documents, 3 annotations\n"},
		{name: "compact backup", file: "c.json", data: compact.Bytes(), want: "valid annotator backup: 2 documents, 3 annotations\n"},
		{name: "w3c", file: "a.jsonld", data: w3c, want: "valid W3C Web Annotation file: 3 annotations, 3 with a text quote\n"},
		{name: "csv", file: "a.csv", data: csv, want: "valid annotator CSV: 3 sentences, 2 annotated\n"},
		{name: "tampered backup", file: "t.json", data: tampered, wantErr: []string{"is not a valid annotator backup", "$.documents[0].id:", "is not the SHA-256 of the text"}},
		{name: "bad w3c", file: "x.jsonld", data: bytes.Replace(w3c, []byte(`"exact"`), []byte(`"Exact"`), 1),
			wantErr: []string{"is not a valid W3C Web Annotation JSON-LD", `$.first.items[0].target.selector[0].Exact: key "Exact" must be written "exact"`}},
		{name: "bad csv", file: "x.csv", data: bytes.Replace(csv, []byte("0,0,19,"), []byte("0,0,18,"), 1),
			wantErr: []string{"is not a valid annotator CSV", "line 2, field end: start 0 and end 18 span 18 code points but the text has 19"}},
		{name: "unknown", file: "x.txt", data: []byte("just some text"), wantErr: []string{"is neither an annotator backup, nor W3C Web Annotation JSON-LD, nor an annotator CSV"}},
	}
	for _, tt := range tests {
		p := writeFile(t, tt.file, tt.data)
		var out bytes.Buffer
		err := validate([]string{p}, &out)
		if tt.wantErr == nil {
			if err != nil || out.String() != tt.want {
				t.Errorf("%s: %q, %v; want %q", tt.name, out.String(), err, tt.want)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: no error, output %q", tt.name, out.String())
			continue
		}
		for _, w := range tt.wantErr {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tt.name, err, w)
			}
		}
	}
	if err := validate(nil, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "validate needs one file") {
		t.Errorf("no file: %v", err)
	}
}
