package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"text/tabwriter"

	"github.com/andybalholm/brotli"
)

// BenchmarkWasmParts prints what each part of app.wasm costs: it builds
// app.wasm as make build does but keeps the function names (the name
// section) and asks the linker for its reachability graph (-dumpdep),
// then adds up code bytes by package from the function bodies and data
// bytes from the kept symbols' sizes in each package's compiled archive.
// The data the linker makes itself (pclntab, module data) is a row of its
// own. Each part's brotli share is estimated by compressing its function
// bodies on their own (its data by the whole data section's ratio), scaled
// so that the parts add up to the q11 brotli size of the stripped file.
//
//	go test -run '^$' -bench '^BenchmarkWasmParts$' -benchtime 1x ./app/e2e
func BenchmarkWasmParts(b *testing.B) {
	dir := b.TempDir()
	out := filepath.Join(dir, "app.wasm")
	env := append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	args := append([]string{"build", "-trimpath"}, wasmGCFlags()...)
	args = append(args, "-ldflags=-dumpdep", "-o", out, "../../app")
	cmd := exec.Command("go", args...)
	cmd.Env = env
	var dumpdep bytes.Buffer
	cmd.Stderr = &dumpdep
	if err := cmd.Run(); err != nil {
		b.Fatalf("go %s: %v\n%.2000s", strings.Join(args, " "), err, dumpdep.String())
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		b.Fatal(err)
	}
	m, err := parseWasm(raw)
	if err != nil {
		b.Fatal(err)
	}
	data, err := dataSymbols(dumpdep.Bytes(), env, "annotator/app")
	if err != nil {
		b.Fatal(err)
	}
	parts := wasmParts(m, data)
	stripped := append(slices.Clip(raw[:m.nameSec[0]]), raw[m.nameSec[0]+m.nameSec[1]:]...)
	total, _ := brotliSizeCached(stripped)
	estimateBrotli(parts, m, total)

	var tb strings.Builder
	fmt.Fprintf(&tb, "app.wasm by part (go %s; brotli q11 of the file without its name section: %s)\n",
		strings.Join(args[:len(args)-3], " "), fmtBytes(float64(total)))
	w := tabwriter.NewWriter(&tb, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "code\tdata\tbrotli (est.)\tshare\t part")
	var sum wasmPart
	for _, p := range parts {
		fmt.Fprintf(w, "%s\t%s\t%s\t%.1f %%\t %s\n", fmtBytes(float64(p.code)), fmtBytes(float64(p.data)),
			fmtBytes(p.brotli), 100*p.brotli/float64(total), p.name)
		sum.code, sum.data, sum.brotli = sum.code+p.code, sum.data+p.data, sum.brotli+p.brotli
	}
	fmt.Fprintf(w, "%s\t%s\t%s\t\t total (+ %s name section, stripped by make build)\n", fmtBytes(float64(sum.code)),
		fmtBytes(float64(sum.data)), fmtBytes(sum.brotli), fmtBytes(float64(m.nameSec[1])))
	w.Flush()
	fmt.Print(tb.String())
	b.ReportMetric(float64(total)/1e6, "brotli-MB")
}

// wasmPart is one row of the size report.
type wasmPart struct {
	name       string
	code, data int
	bodies     [][]byte
	brotli     float64
}

// wasmParts groups the code and data bytes into parts (partOf); data the
// archives do not account for is the linker's own.
func wasmParts(m *wasmModule, data map[string]int) []*wasmPart {
	var paths []string
	for p := range data {
		paths = append(paths, p)
	}
	byMangled := map[string]string{}
	for _, p := range paths {
		byMangled[mangle(p)] = p
	}
	idx := map[string]*wasmPart{}
	get := func(name string) *wasmPart {
		if idx[name] == nil {
			idx[name] = &wasmPart{name: name}
		}
		return idx[name]
	}
	for _, f := range m.funcs {
		p := get(partOf(funcPackage(f.name, byMangled)))
		p.code += len(f.body)
		p.bodies = append(p.bodies, f.body)
	}
	kept := 0
	for path, n := range data {
		if n == 0 {
			continue
		}
		get(partOf(path)).data += n
		kept += n
	}
	get(linkerPart).data += max(0, len(m.data)-kept)
	other := get("other sections (types, imports, table, exports)")
	for name, n := range m.sections {
		if name != "code" && name != "data" && name != "custom name" {
			other.data += n
		}
	}
	var parts []*wasmPart
	for _, p := range idx {
		parts = append(parts, p)
	}
	return parts
}

const linkerPart = "linker data: pclntab (function names, pc tables), module data"

// funcPackage is the package of a function named as in the wasm name
// section, matched against the mangled paths of the linked packages.
func funcPackage(name string, byMangled map[string]string) string {
	for _, p := range []string{"type_.eq.", "type_.hash.", "type:.eq.", "type:.hash."} {
		name = strings.TrimPrefix(name, p)
	}
	if i := strings.IndexAny(name, "[("); i >= 0 {
		name = name[:i]
	}
	for i := len(name) - 1; i > 0; i-- {
		if name[i] == '.' {
			if p, ok := byMangled[name[:i]]; ok {
				return p
			}
		}
	}
	return "runtime" // wasm_export_run, memeqbody and other assembly
}

// partOf names the part of the report a package belongs to: each of the
// app's packages is its own part, the standard library is grouped by what
// pulls it in.
func partOf(path string) string {
	first, _, _ := strings.Cut(path, "/")
	switch {
	case strings.HasPrefix(path, "annotator/"):
		return strings.TrimPrefix(path, "annotator/")
	case strings.HasPrefix(path, "github.com/maxence-charriere/go-app/"):
		return "go-app v10 (pkg/app)"
	case strings.HasPrefix(path, "github.com/ledongthuc/pdf"):
		return "PDF library (ledongthuc/pdf)"
	case path == "slices" || path == "maps" || path == "sort" || path == "cmp":
		return "slices, maps, sort (generic instantiations)"
	case path == "fmt" || path == "reflect" || path == "internal/fmtsort" || path == "internal/reflectlite":
		return "fmt, reflect"
	case path == "encoding/json":
		return "encoding/json"
	case first == "encoding" || first == "archive" || first == "compress" || first == "hash":
		return "archive/zip, compress, encoding/xml, csv, base64 (file import)"
	case first == "net" || first == "crypto" || first == "vendor" || first == "mime" || path == "math/big" ||
		path == "log" || path == "bufio" || strings.HasPrefix(path, "internal/nettrace"):
		return "net/http, crypto, mime, math/big, bufio, log (go-app's server half)"
	case first == "unicode":
		return "unicode tables"
	case first == "regexp":
		return "regexp (go-app's router)"
	case first == "strings" || first == "bytes" || first == "strconv" || first == "math" || first == "html" ||
		first == "text" || path == "internal/strconv" || path == "internal/stringslite" || path == "internal/bytealg":
		return "strings, bytes, strconv, math, html"
	case strings.Contains(first, "."):
		return path
	}
	return "Go runtime, os, time, sync, syscall/js, errors"
}

// partQuality is the brotli quality of the per-part estimates: only their
// ratios matter, since they are scaled to the q11 size of the whole file.
const partQuality = 9

// estimateBrotli fills each part's brotli estimate and sorts the parts by it.
func estimateBrotli(parts []*wasmPart, m *wasmModule, total int) {
	dataRatio := float64(brotliLen(m.data, partQuality)) / float64(max(1, len(m.data)))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for _, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			p.brotli = float64(brotliLen(bytes.Join(p.bodies, nil), partQuality)) + dataRatio*float64(p.data)
		}()
	}
	wg.Wait()
	sum := 0.0
	for _, p := range parts {
		sum += p.brotli
	}
	for _, p := range parts {
		p.brotli *= float64(total) / sum
	}
	slices.SortFunc(parts, func(a, b *wasmPart) int {
		if a.brotli != b.brotli {
			return -cmpFloat(a.brotli, b.brotli)
		}
		return strings.Compare(a.name, b.name)
	})
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// brotliLen is the size of b with brotli at a quality and a 16 MB window.
func brotliLen(b []byte, quality int) int {
	if len(b) == 0 {
		return 0
	}
	cw := &countWriter{}
	w := brotli.NewWriterOptions(cw, brotli.WriterOptions{Quality: quality, LGWin: distBrotliWindow})
	w.Write(b)
	w.Close()
	return cw.n
}
