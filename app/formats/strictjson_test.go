package formats

import (
	"testing"
)

func TestScanJSON(t *testing.T) {
	known := keySet{fold("text"): "text", fold("kind"): "kind"}
	tests := []struct {
		name, in string
		strict   bool
		want     string // "" means valid
	}{
		{name: "valid", in: `{"text": "a", "other": [1, {"x": null}]}`},
		{name: "same key in two objects", in: `[{"text": 1}, {"text": 2}]`},
		{name: "duplicate nested", in: `{"a": [{"b": 1}, {"b": 1, "b": 2}]}`, want: `$.a[1].b: duplicate key "b"`},
		{name: "case pair", in: `{"x": {"Other": 1, "other": 2}}`, want: `$.x.other: keys "Other" and "other" differ only in case`},
		{name: "Kelvin sign", in: `{"kind": 1, "\u212Aind": 2}`, want: `differ only in case`},
		{name: "long s folds to S", in: `{"ſ": 1, "s": 2}`, want: `differ only in case`},
		{name: "near miss", in: `{"TEXT": 1}`, want: `$.TEXT: key "TEXT" must be written "text"`},
		{name: "odd key in path", in: `{"a b": {"c": 1, "c": 2}}`, want: `$["a b"].c: duplicate key "c"`},
		{name: "unknown when strict", in: `{"text": 1, "extra": 2}`, strict: true, want: `$.extra: unknown key "extra"`},
		{name: "trailing value", in: `{} []`, want: "unexpected data after the JSON value"},
		{name: "truncated", in: `{"text": [1, 2`, want: "$.text: the file ends before this value is complete"},
		{name: "syntax with line", in: "{\n  \"text\": tru\n}", want: "line 2, column 14: invalid JSON"},
		{name: "empty", in: "", want: "the file is empty"},
	}
	for _, tt := range tests {
		err := scanJSON([]byte(tt.in), scanOptions{known: known, strict: tt.strict})
		if tt.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		wantError(t, err, tt.want)
	}
}

func TestCanonicalJSON(t *testing.T) {
	a, err := canonicalJSON([]byte(`{ "b": [1, 2.50, "x<y"], "a": {"d": "\u00e9", "c": null} }`))
	if err != nil {
		t.Fatal(err)
	}
	if string(a) != `{"a":{"c":null,"d":"é"},"b":[1,2.50,"x<y"]}` {
		t.Errorf("canonical form %s", a)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{`{"format": "annotator-backup", "schema": 1}`, KindBackup},
		{`{"format": "annotator-backup", broken`, KindBackup},
		{`{"@context": "http://www.w3.org/ns/anno.jsonld"}`, KindW3C},
		{`[{"type": "Annotation"}]`, KindW3C},
		{`{"type": "Annotation", "bodyValue": "annotator-backup"}`, KindW3C},
		{"\ufeffindex,start,end,text,tags,note,highlights\r\n", KindCSV},
		{"hello", KindUnknown},
		{"", KindUnknown},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("Detect(%.30q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestLineColAndSizes(t *testing.T) {
	if got := lineCol([]byte("ab\ncé\nx"), 5); got != "line 2, column 3" {
		t.Errorf("lineCol = %q", got)
	}
	for n, want := range map[int]string{12: "12 bytes", 2048: "2 KB", 5<<20 + 1<<19: "5.5 MB"} {
		if got := humanBytes(n); got != want {
			t.Errorf("humanBytes(%d) = %q, want %q", n, got, want)
		}
	}
}
