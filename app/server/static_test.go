package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// TestWriteStatic: the static site has app.wasm with its .br and .gz
// copies, our manifest and worker, and the CSP meta element first thing
// after <meta charset> in every page.
func TestWriteStatic(t *testing.T) {
	web := testWebDir(t)
	site, err := NewWith(web, Options{Prefix: "/annotator", BrotliQuality: 5})
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if err := WriteStatic(out, web, site); err != nil {
		t.Fatal(err)
	}
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if !bytes.Equal(read("web/app.wasm"), tinyWasm) {
		t.Error("web/app.wasm differs from the build")
	}
	br, err := io.ReadAll(brotli.NewReader(bytes.NewReader(read("web/app.wasm.br"))))
	if err != nil || !bytes.Equal(br, tinyWasm) {
		t.Errorf("web/app.wasm.br decodes to %q, %v", br, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(read("web/app.wasm.gz")))
	if err != nil {
		t.Fatal(err)
	}
	if gz, err := io.ReadAll(zr); err != nil || !bytes.Equal(gz, tinyWasm) {
		t.Errorf("web/app.wasm.gz decodes to %q, %v", gz, err)
	}
	if !bytes.Equal(read("manifest.webmanifest"), site.manifest) {
		t.Error("manifest.webmanifest is not ours")
	}
	if !bytes.Contains(read("app-worker.js"), []byte(`"cache": "annotator:/annotator/:`)) {
		t.Error("app-worker.js is not our worker for /annotator/")
	}
	page := string(read("index.html"))
	meta := metaTag()
	i := strings.Index(page, meta)
	if i < 0 {
		t.Fatalf("index.html lacks %s:\n%s", meta, page)
	}
	if !strings.HasSuffix(page[:i], `<meta charset="UTF-8">`) {
		t.Errorf("the CSP meta element does not follow <meta charset>:\n%s", page[:i+len(meta)])
	}
	if strings.Contains(page[:i], "<script") || strings.Contains(page[:i], "stylesheet") {
		t.Error("a script or stylesheet comes before the CSP meta element")
	}
	if strings.Contains(page, "<script>") || strings.Contains(page, " onclick=") || strings.Contains(page, " onload=") {
		t.Error("the page has inline script, which the policy blocks")
	}
	for _, link := range []string{`src="/annotator/app.js"`, `href="/annotator/manifest.webmanifest"`, `href="/annotator/web/update.css"`} {
		if !strings.Contains(page, link) {
			t.Errorf("index.html lacks %s", link)
		}
	}
}
