package e2e

import (
	"bytes"
	"testing"
)

// TestParseWasmParts: the size report's parser finds each function body
// under its name (imports come first in the index space), the data bytes
// and the name section, and maps mangled names to packages.
func TestParseWasmParts(t *testing.T) {
	sec := func(id byte, body ...byte) []byte { return append([]byte{id, byte(len(body))}, body...) }
	str := func(s string) []byte { return append([]byte{byte(len(s))}, s...) }
	var mod bytes.Buffer
	mod.WriteString("\x00asm\x01\x00\x00\x00")
	imp := append([]byte{1}, str("go")...)
	imp = append(append(imp, str("debug")...), 0, 0) // function import of type 0
	mod.Write(sec(2, imp...))
	mod.Write(sec(10, 2, 2, 0, 0x0b, 3, 0, 0x01, 0x0b)) // two bodies: 2 and 3 bytes
	mod.Write(sec(11, 1, 0, 0x41, 8, 0x0b, 3, 'a', 'b', 'c'))
	names := append([]byte{2}, 1)
	names = append(append(names, str("annotator_app_ui.__Reader_.Render")...), 2)
	names = append(names, str("slices.pdqsortCmpFunc_go.shape.int_")...)
	custom := append(str("name"), append([]byte{1, byte(len(names))}, names...)...)
	mod.Write(sec(0, custom...))

	m, err := parseWasm(mod.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(m.funcs) != 2 || len(m.funcs[0].body) != 2 || len(m.funcs[1].body) != 3 {
		t.Fatalf("funcs %+v", m.funcs)
	}
	if string(m.data) != "abc" || m.nameSec[1] != len(custom)+2 {
		t.Errorf("data %q, name section %v", m.data, m.nameSec)
	}
	known := map[string]string{mangle("annotator/app/ui"): "annotator/app/ui", "slices": "slices"}
	for i, want := range []string{"annotator/app/ui", "slices"} {
		if got := funcPackage(m.funcs[i].name, known); got != want {
			t.Errorf("funcPackage(%q) = %q, want %q", m.funcs[i].name, got, want)
		}
	}
	for sym, want := range map[string]string{
		"type:.eq.annotator/app/ui.span":         "annotator/app/ui",
		"type:*github.com/ledongthuc/pdf.Value":  "github.com/ledongthuc/pdf",
		"go:itab.*reflect.rtype,reflect.Type":    "reflect",
		"annotator/app/formats.(*backupCheck).x": "annotator/app/formats",
	} {
		if got := symbolPackage(sym); got != want {
			t.Errorf("symbolPackage(%q) = %q, want %q", sym, got, want)
		}
	}
	if _, err := parseWasm([]byte("not wasm")); err == nil {
		t.Error("no error for a file that is not wasm")
	}
}
