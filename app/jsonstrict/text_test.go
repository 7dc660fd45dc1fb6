package jsonstrict

import (
	"strings"
	"testing"
)

func TestCanonical(t *testing.T) {
	in := []byte(`{ "b": [1, 2.50, "x<y"], "a": {"d": "\u00e9", "c": null}, "checksum": "x" }`)
	tests := []struct {
		omit []string
		want string
	}{
		{nil, `{"a":{"c":null,"d":"é"},"b":[1,2.50,"x<y"],"checksum":"x"}`},
		{[]string{"checksum"}, `{"a":{"c":null,"d":"é"},"b":[1,2.50,"x<y"]}`},
		{[]string{"checksum", "b", "missing"}, `{"a":{"c":null,"d":"é"}}`},
	}
	for _, tt := range tests {
		got, err := Canonical(in, tt.omit...)
		if err != nil || string(got) != tt.want {
			t.Errorf("Canonical(omit %q) = %s, %v; want %s", tt.omit, got, err, tt.want)
		}
	}
	if got, err := Canonical([]byte(` [ 1e3 , "\u2028" ] `)); err != nil || string(got) != `[1e3,"\u2028"]` {
		t.Errorf("Canonical of an array = %s, %v", got, err)
	}
	if _, err := Canonical([]byte(`[1]`), "checksum"); err == nil {
		t.Error("Canonical with omit accepted an array")
	}
	if _, err := Canonical([]byte(`{"a":`)); err == nil {
		t.Error("Canonical accepted broken JSON")
	}
}

func TestChecksum(t *testing.T) {
	// The SHA-256 of "[]": the checksum of a backup without documents.
	const empty = "sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"
	for _, tt := range []struct {
		in   string
		omit []string
	}{{"[]", nil}, {" [ ] ", nil}} {
		if got, err := Checksum([]byte(tt.in), tt.omit...); err != nil || got != empty {
			t.Errorf("Checksum(%q) = %q, %v", tt.in, got, err)
		}
	}
	a, err1 := Checksum([]byte(`{"b": 1, "a": 2, "checksum": "sha256:x"}`), "checksum")
	b, err2 := Checksum([]byte(`{"a":2,"b":1}`))
	if err1 != nil || err2 != nil || a != b || !strings.HasPrefix(a, "sha256:") || len(a) != 7+64 {
		t.Errorf("checksums %q (%v) and %q (%v) differ", a, err1, b, err2)
	}
	if _, err := Checksum([]byte("")); err == nil {
		t.Error("Checksum of nothing")
	}
}

func TestMarshalIndent(t *testing.T) {
	got, err := MarshalIndent(map[string]any{"b": []int{1}, "a": "<é>"})
	want := "{\n  \"a\": \"<é>\",\n  \"b\": [\n    1\n  ]\n}\n"
	if err != nil || string(got) != want {
		t.Errorf("MarshalIndent = %q, %v", got, err)
	}
}

func TestHumanBytes(t *testing.T) {
	for n, want := range map[int]string{0: "0 bytes", 12: "12 bytes", 1023: "1023 bytes", 1024: "1 KB", 2048: "2 KB", 1536: "1.5 KB", 64 << 20: "64 MB", 5<<20 + 1<<19: "5.5 MB"} {
		if got := HumanBytes(n); got != want {
			t.Errorf("HumanBytes(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestClip(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{{"abc", 3, "abc"}, {"abcd", 3, "abc…"}, {"éééé", 2, "éé…"}, {"", 0, ""}} {
		if got := Clip(tt.s, tt.n); got != tt.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
	if got := clipTo("abcd", 0); got != "abcd" {
		t.Errorf("clipTo(_, 0) = %q", got)
	}
}

func TestSlug(t *testing.T) {
	long := strings.Repeat("word ", 30)
	for _, tt := range []struct {
		name, fallback string
		limit          int
		want           string
	}{
		{"Ukraine: Diplomacy!", "document", 0, "ukraine-diplomacy"},
		{"  Café  au lait ", "x", 0, "café-au-lait"},
		{"東京 2026", "x", 0, "東京-2026"},
		{"!!!", "exercise", 60, "exercise"},
		{"", "student", 0, "student"},
		{long, "x", 0, strings.TrimSuffix(strings.Repeat("word-", 30), "-")},
		{long, "x", 60, strings.Repeat("word-", 12) + "w"},
		{strings.Repeat("é", 40), "x", 60, strings.Repeat("é", 30)},
	} {
		if got := Slug(tt.name, tt.fallback, tt.limit); got != tt.want {
			t.Errorf("Slug(%q, %q, %d) = %q, want %q", tt.name, tt.fallback, tt.limit, got, tt.want)
		}
	}
}

func TestStripBOM(t *testing.T) {
	if got := string(StripBOM([]byte("\ufeff\ufeff{}"))); got != "\ufeff{}" {
		t.Errorf("StripBOM = %q", got)
	}
	if got := string(StripBOM([]byte("{}"))); got != "{}" {
		t.Errorf("StripBOM = %q", got)
	}
}
