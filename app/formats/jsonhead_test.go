package formats

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestReadHeadIsUnmarshal: readHead reads the same head as json.Unmarshal
// into a fileHead, and fails where it fails.
func TestReadHeadIsUnmarshal(t *testing.T) {
	d := sampleDoc(t)
	w3c, _ := EncodeW3C(d, Options{})
	backup, _ := EncodeBackup(created, NewBackupDocument(d, Options{}))
	inputs := [][]byte{w3c, backup,
		[]byte(`{}`), []byte(` { } `), []byte(`[]`), []byte(`[{"format":"annotator-backup"}]`), []byte(`"x"`), []byte(`3`), []byte(``),
		[]byte(`{"format":"annotator-backup","x":[1,{"a":"]}"}]}`), []byte(`{"format":3}`), []byte(`{"format":null}`),
		[]byte(`{"rows":[],"total":5}`), []byte(`{"annotations":[{}],"export_date":"x","client_version":null}`),
		[]byte(`{"@context":["a"],"rows":[]}`), []byte(`{"format":"a\"b\\","format":"c"}`), []byte(`{"a":1}x`), []byte(`{"a":tru}`),
		[]byte(`{"a":[1,2}`), []byte(`{"a":"unterminated}`), []byte(`{"a" 1}`), []byte(`{"a":1,}`), []byte(`{,}`), []byte(`{"a":-1.5e+3}`),
		[]byte(`{"a":1 "b":2}`), []byte(`{"a":{"b":[{"c":"}"}]},"rows":[[]],"total":null}`), []byte("{\"format\":\"\\u00e9\"}"),
		bytes.Repeat([]byte("["), 100),
	}
	for _, in := range inputs {
		var want fileHead
		werr := json.Unmarshal(in, &want)
		got, gerr := readHead(in)
		if (werr != nil) != (gerr != nil) || werr == nil && got != want {
			t.Errorf("%.60q: readHead %+v, %v; json.Unmarshal %+v, %v", in, got, gerr, want, werr)
		}
		if werr != nil && got.Format != want.Format {
			t.Errorf("%.60q: format %q, want %q", in, got.Format, want.Format)
		}
	}
}

// TestReadHeadAllocations: reading the head of a large file keeps nothing
// of its values.
func TestReadHeadAllocations(t *testing.T) {
	data := append([]byte(`{"@context":"`+AnnoContext+`","first":{"items":[`), bytes.Repeat([]byte(`{"a":"b"},`), 1_000_000)...)
	data = append(data, `{}]}}`...)
	allocs := testing.AllocsPerRun(1, func() {
		if _, err := readHead(data); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 20 {
		t.Errorf("%.0f allocations", allocs)
	}
}

// FuzzReadHead: wherever json.Unmarshal reads a head, readHead reads the
// same one.
func FuzzReadHead(f *testing.F) {
	for _, s := range []string{`{}`, `{"format":"annotator-backup","documents":[]}`, `{"rows":[{"a":"\"}"}],"total":1}`, `[1]`, `{"a":{"b":[1,2,{"c":null}]}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var want fileHead
		if json.Unmarshal(in, &want) != nil {
			readHead(in) // must not panic
			return
		}
		if got, err := readHead(in); err != nil || got != want {
			t.Fatalf("%q: readHead %+v, %v; json.Unmarshal %+v", in, got, err, want)
		}
	})
}
