//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestSplitPrintsJSONLines(t *testing.T) {
	var out bytes.Buffer
	in := "Mr. Smith went to Washington. He said “hi!” and left with <b>bold</b>\r\nNew line"
	if err := split(nil, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	want := []string{"Mr. Smith went to Washington.", "He said “hi!” and left with <b>bold</b>", "New line"}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines: %q", len(lines), out.String())
	}
	for i, l := range lines {
		var s string
		if err := json.Unmarshal([]byte(l), &s); err != nil || s != want[i] {
			t.Errorf("line %d = %s (%v), want %q", i, l, err, want[i])
		}
	}
	if err := split([]string{"/no/such/file"}, nil, &out); err == nil {
		t.Error("a missing file must be an error")
	}
}

// TestWasmClientHasNoServer checks that the browser build links neither the
// server package nor the command line.
func TestWasmClientHasNoServer(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	deps := string(out)
	if !strings.Contains(deps, "annotator/app/ui") {
		t.Fatalf("go list output looks wrong:\n%s", deps)
	}
	for _, banned := range []string{"annotator/app/server", "flag", "github.com/chromedp/chromedp"} {
		for _, d := range strings.Split(deps, "\n") {
			if d == banned {
				t.Errorf("the wasm build depends on %s", banned)
			}
		}
	}
}

func TestServeURL(t *testing.T) {
	for addr, want := range map[string]string{":8000": "http://localhost:8000", "127.0.0.1:8000": "http://127.0.0.1:8000", "localhost:9000": "http://localhost:9000"} {
		if got := serveURL(addr); got != want {
			t.Errorf("serveURL(%q) = %q, want %q", addr, got, want)
		}
	}
}
