package jsonstrict

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCheckTime(t *testing.T) {
	for _, tt := range []struct {
		desc string
		tok  json.Token
		want string // "" for nil
	}{
		{"UTC", "2026-01-31T12:00:00Z", ""},
		{"offset and fraction", "2026-01-31T12:00:00.5+02:00", ""},
		{"date only", "2026-01-31", `$.d: "2026-01-31" is not a date such as "2026-01-31T12:00:00Z"`},
		{"no such day", "2026-02-30T12:00:00Z", `$.d: "2026-02-30T12:00:00Z" is not a date such as "2026-01-31T12:00:00Z"`},
		{"long string clipped", strings.Repeat("x", 50), `$.d: "` + strings.Repeat("x", 40) + `…" is not a date such as "2026-01-31T12:00:00Z"`},
		{"null", nil, `$.d: expected a date string such as "2026-01-31T12:00:00Z"`},
		{"number", json.Number("20260131"), `$.d: expected a date string such as "2026-01-31T12:00:00Z"`},
		{"bool", true, `$.d: expected a date string such as "2026-01-31T12:00:00Z"`},
	} {
		got := ""
		if err := CheckTime("$.d", tt.tok); err != nil {
			got = err.Error()
			if _, ok := err.(*Error); !ok {
				t.Errorf("%s: error %T, want *Error", tt.desc, err)
			}
		}
		if got != tt.want {
			t.Errorf("%s: CheckTime(%v) = %q, want %q", tt.desc, tt.tok, got, tt.want)
		}
	}
}

func TestCheckTimeInScan(t *testing.T) {
	value := func(path, key string, tok json.Token) error {
		if key != "at" {
			return nil
		}
		return CheckTime(path, tok)
	}
	for _, tt := range []struct{ data, want string }{
		{`{"at": "2026-01-31T12:00:00Z", "n": 1}`, ""},
		{`{"list": [{"at": "soon"}]}`, `$.list[0].at: "soon" is not a date such as "2026-01-31T12:00:00Z"`},
		{`{"at": 5}`, `$.at: expected a date string such as "2026-01-31T12:00:00Z"`},
	} {
		got := ""
		if err := Scan([]byte(tt.data), Options{Value: value}); err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("Scan(%s) = %q, want %q", tt.data, got, tt.want)
		}
	}
}
