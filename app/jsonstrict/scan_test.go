package jsonstrict

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// wantError fails the test unless err is an *Error whose text contains want.
func wantError(t testing.TB, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", want)
	}
	if _, ok := err.(*Error); !ok {
		t.Errorf("error %T is not *jsonstrict.Error: %v", err, err)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not contain %q", err.Error(), want)
	}
}

func TestScan(t *testing.T) {
	known := KeysFrom("text", "kind")
	long := strings.Repeat("k", 50)
	deep := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	tests := []struct {
		name, in string
		o        Options
		want     string // "" means valid
	}{
		{name: "valid", in: `{"text": "a", "other": [1, {"x": null}]}`},
		{name: "same key in two objects", in: `[{"text": 1}, {"text": 2}]`},
		{name: "duplicate nested", in: `{"a": [{"b": 1}, {"b": 1, "b": 2}]}`, want: `$.a[1].b: duplicate key "b"`},
		{name: "case pair", in: `{"x": {"Other": 1, "other": 2}}`, want: `$.x.other: keys "Other" and "other" differ only in case`},
		{name: "Kelvin sign", in: `{"kind": 1, "\u212Aind": 2}`, want: `differ only in case`},
		{name: "long s folds to S", in: `{"ſ": 1, "s": 2}`, want: `differ only in case`},
		{name: "near miss", in: `{"TEXT": 1}`, want: `$.TEXT: key "TEXT" must be written "text" (keys are case-sensitive)`},
		{name: "near miss when strict", in: `{"Kind": 1}`, o: Options{Strict: true}, want: `$.Kind: key "Kind" must be written "kind"`},
		{name: "odd key in path", in: `{"a b": {"c": 1, "c": 2}}`, want: `$["a b"].c: duplicate key "c"`},
		{name: "unknown allowed", in: `{"text": 1, "extra": 2}`},
		{name: "unknown when strict", in: `{"text": 1, "extra": 2}`, o: Options{Strict: true}, want: `$.extra: unknown key "extra"`},
		{name: "trailing value", in: `{} []`, want: "line 1, column 5: unexpected data after the JSON value"},
		{name: "truncated", in: `{"text": [1, 2`, want: "$.text: the file ends before this value is complete"},
		{name: "syntax with line", in: "{\n  \"text\": tru\n}", want: "line 2, column 14: invalid JSON"},
		{name: "empty", in: "", want: "the file is empty"},
		{name: "default depth", in: deep(64)},
		{name: "beyond default depth", in: deep(65), want: "nested more than 64 levels deep"},
		{name: "depth cap", in: deep(32), o: Options{MaxDepth: 32}},
		{name: "beyond depth cap", in: `{"a": ` + deep(32) + `}`, o: Options{MaxDepth: 32}, want: "$.a" + strings.Repeat("[0]", 31) + ": nested more than 32 levels deep"},
		{name: "size cap", in: `{"text": "` + strings.Repeat("x", 2000) + `"}`, o: Options{MaxSize: 1024}, want: "the file is 2 KB; at most 1 KB is read"},
		{name: "long key whole", in: `{"` + long + `": 1, "` + long + `": 2}`, want: `$.` + long + `: duplicate key "` + long + `"`},
		{name: "long key clipped", in: `{"` + long + `": 1, "` + long + `": 2}`, o: Options{ClipKeys: 40},
			want: `$.` + long + `: duplicate key "` + long[:40] + `…"`},
		{name: "odd long key clipped in path", in: `{"` + long + ` x": {"a": 1, "a": 2}}`, o: Options{ClipKeys: 40},
			want: `$["` + long[:40] + `…"].a: duplicate key "a"`},
		{name: "clipped unknown", in: `{"` + long + `": 1}`, o: Options{Strict: true, ClipKeys: 40}, want: `unknown key "` + long[:40] + `…"`},
	}
	for _, tt := range tests {
		if tt.o.Known == nil {
			tt.o.Known = known
		}
		err := Scan([]byte(tt.in), tt.o)
		if tt.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		wantError(t, err, tt.want)
	}
}

func TestScanStrictWithoutKnown(t *testing.T) {
	wantError(t, Scan([]byte(`{"a": 1}`), Options{Strict: true}), `$.a: unknown key "a"`)
	if err := Scan([]byte(`{"a": 1, "B": 2}`), Options{}); err != nil {
		t.Errorf("no known keys, not strict: %v", err)
	}
}

func TestScanValue(t *testing.T) {
	var got []string
	err := Scan([]byte(`{"a": [1, "x", null], "b": {"c d": true}}`), Options{Value: func(path, key string, tok json.Token) error {
		got = append(got, path+"|"+key)
		if tok == true {
			return Errorf(path, "no")
		}
		return nil
	}})
	wantError(t, err, `$.b["c d"]: no`)
	want := []string{"$.a[0]|", "$.a[1]|", "$.a[2]|", `$.b["c d"]|c d`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("values %q, want %q", got, want)
	}
}

type inner struct {
	Start int    `json:"start"`
	Plain string // no tag: the field name
	skip  int
}

type Embedded struct {
	Tags []string `json:"tags,omitempty"`
}

type outer struct {
	Embedded
	Items  []inner            `json:"items"`
	ByName map[string]*inner  `json:"byName"`
	Raw    json.RawMessage    `json:"raw"`
	Hidden string             `json:"-"`
	Self   *outer             `json:"self"`
	Named  Embedded           `json:"named"`
	Any    map[string]float64 `json:"any"`
}

func TestKeysOf(t *testing.T) {
	got := KeysOf(reflect.TypeFor[outer](), reflect.TypeFor[*Embedded]())
	want := KeysFrom("tags", "items", "byName", "raw", "self", "named", "any", "start", "Plain")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("KeysOf = %v, want %v", got, want)
	}
	if got[Fold("BYNAME")] != "byName" {
		t.Errorf("fold lookup failed: %v", got)
	}
	_ = inner{}.skip // unexported fields have no key
}

func TestFold(t *testing.T) {
	for _, tt := range [][2]string{{"text", "TEXT"}, {"\u212Aind", "KIND"}, {"ſ", "S"}, {"é", "É"}, {"a-b_1", "A-B_1"}} {
		if got := Fold(tt[0]); got != tt[1] {
			t.Errorf("Fold(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		`{"text": "a", "other": [1, {"x": null}]}`,
		`{"a": [{"b": 1}, {"b": 1, "b": 2}]}`,
		`{"kind": 1, "\u212Aind": 2}`,
		`{"TEXT": 1, "a b": {"c": 1}}`,
		`{} []`,
		"{\n  \"text\": tru\n}",
		"",
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`,
		`{"format":"annotator-backup","schema":1,"documents":[],"checksum":"sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"}`,
		"\"\xff\"",
	} {
		f.Add([]byte(s))
	}
	known := KeysFrom("text", "kind", "format", "schema", "documents", "checksum")
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, o := range []Options{{}, {Known: known, Strict: true, MaxDepth: 32, ClipKeys: 40}} {
			err := Scan(data, o)
			if err != nil {
				if e, ok := err.(*Error); !ok || e.Problem == "" {
					t.Fatalf("error %T %q is not an *Error with a problem", err, err)
				}
				continue
			}
			// What Scan accepts is one valid JSON value with no key
			// repeated: it decodes, and has a canonical form that is
			// itself accepted and canonical.
			if !json.Valid(data) {
				t.Fatalf("Scan accepted invalid JSON %q", data)
			}
			c, err := Canonical(data)
			if err != nil {
				t.Fatalf("Canonical of accepted %q: %v", data, err)
			}
			if err := Scan(c, o); err != nil {
				t.Fatalf("canonical form %q of %q refused: %v", c, data, err)
			}
			if c2, err := Canonical(c); err != nil || string(c2) != string(c) {
				t.Fatalf("Canonical is not stable: %q, then %q (%v)", c, c2, err)
			}
		}
	})
}
