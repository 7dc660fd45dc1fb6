package jsonstrict

import (
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestError(t *testing.T) {
	e := &Error{Place: "$.a", Problem: "bad", Err: io.EOF}
	if e.Error() != "$.a: bad" || !errors.Is(e, io.EOF) {
		t.Errorf("Error() = %q, Is(EOF) = %v", e.Error(), errors.Is(e, io.EOF))
	}
	if got := Errorf("", "%d problems", 2).Error(); got != "2 problems" {
		t.Errorf("Errorf without place = %q", got)
	}
}

func TestPaths(t *testing.T) {
	for _, tt := range [][3]string{
		{"$", "text", "$.text"},
		{"$", "@context", "$.@context"},
		{"$", "$ref", "$.$ref"},
		{"$", "a-1_b", "$.a-1_b"},
		{"$", "1a", `$["1a"]`},
		{"$", "-a", `$["-a"]`},
		{"$", "", `$[""]`},
		{"$.x", "a b", `$.x["a b"]`},
		{"$", "é", `$["é"]`},
		{"$", `q"`, `$["q\""]`},
		{"$", strings.Repeat("é", 50), `$["` + strings.Repeat("é", 50) + `"]`},
	} {
		if got := KeyPath(tt[0], tt[1]); got != tt[2] {
			t.Errorf("KeyPath(%q, %q) = %q, want %q", tt[0], tt[1], got, tt[2])
		}
	}
	if got := IndexPath("$.documents", 3); got != "$.documents[3]" {
		t.Errorf("IndexPath = %q", got)
	}
}

func TestLineCol(t *testing.T) {
	data := []byte("ab\ncé\nx")
	for off, want := range map[int64]string{5: "line 2, column 3", 0: "line 1, column 1", -4: "line 1, column 1", 3: "line 2, column 1", 99: "line 3, column 2"} {
		if got := LineCol(data, off); got != want {
			t.Errorf("LineCol(%d) = %q, want %q", off, got, want)
		}
	}
}

func TestSyntaxError(t *testing.T) {
	data := []byte("{\n  \"a\": [1,]\n}")
	err := SyntaxError(data, json.Unmarshal(data, new(any)))
	wantError(t, err, "line 2, column 11: invalid JSON: invalid character ']' looking for beginning of value")
	wantError(t, SyntaxError([]byte(`{}`), io.ErrUnexpectedEOF), "invalid JSON: unexpected EOF")
}

func TestDecodeError(t *testing.T) {
	type Mark struct {
		Start int `json:"start"`
	}
	type doc struct {
		Mark
		Items []struct {
			Tags []string `json:"tags"`
			On   bool     `json:"on"`
			Raw  json.RawMessage
		} `json:"items"`
		Extra map[string]string `json:"extra"`
		Name  string            `json:"name"`
		F     float64           `json:"f"`
	}
	tests := []struct{ in, want string }{
		{`{"start": "x"}`, `$.start (line 1, column 14): expected a whole number, found a JSON string`},
		{"{\n\"items\": [{\"tags\": {}}]}", `$.items.tags (line 2, column 21): expected an array, found a JSON object`},
		{`{"items": [{"on": 1}]}`, `$.items.on (line 1, column 20): expected true or false, found a JSON number`},
		{`{"items": 3}`, `$.items (line 1, column 12): expected an array, found a JSON number`},
		{`{"extra": []}`, `$.extra (line 1, column 12): expected an object, found a JSON array`},
		{`{"name": 1}`, `$.name (line 1, column 11): expected a string, found a JSON number`},
		{`{"f": "1"}`, `$.f (line 1, column 10): expected float64, found a JSON string`},
		{`{"name": 1,}`, `line 1, column 12: invalid JSON`},
	}
	for _, tt := range tests {
		var d doc
		err := DecodeError([]byte(tt.in), json.Unmarshal([]byte(tt.in), &d))
		wantError(t, err, tt.want)
	}
	dec := json.NewDecoder(strings.NewReader(`{"zzz": 1}`))
	dec.DisallowUnknownFields()
	wantError(t, DecodeError(nil, dec.Decode(new(doc))), `unknown field "zzz"`)
	if got := typeName(reflect.TypeFor[json.RawMessage]()); got != "a JSON value" {
		t.Errorf("typeName(RawMessage) = %q", got)
	}
}
