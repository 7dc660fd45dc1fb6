package e2e

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os/exec"
	"strconv"
	"strings"
)

// wasmModule is what the size report reads from a Go app.wasm: each
// function body with its name (from the name section, which make build
// strips with -s -w), the data section's bytes and every section's size.
type wasmModule struct {
	funcs    []wasmFunc
	data     []byte         // the data segments' bytes, concatenated
	sections map[string]int // section name (or custom section name) to size
	nameSec  [2]int         // offset and length of the name section, 0 when none
}

// wasmFunc is one function of the code section.
type wasmFunc struct {
	name string
	body []byte
}

// errWasm reports a file that is not the WebAssembly this parser knows.
var errWasm = errors.New("not a WebAssembly module")

// parseWasm reads the sections of a WebAssembly module.
func parseWasm(b []byte) (*wasmModule, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errWasm
	}
	m := &wasmModule{sections: map[string]int{}}
	names := map[int]string{}
	imported := 0
	var bodies [][]byte
	r := &wasmReader{b: b, off: 8}
	for r.off < len(b) && r.err == nil {
		start := r.off
		id := r.byte()
		c := r.sub(int(r.uleb()))
		if r.err != nil {
			break
		}
		name := wasmSectionNames[id]
		switch id {
		case 0:
			name = "custom " + c.str()
			if name == "custom name" {
				m.nameSec = [2]int{start, r.off - start}
				readNames(c, names)
			}
		case 2:
			imported = countFuncImports(c)
		case 10:
			for n := c.uleb(); n > 0 && c.err == nil; n-- {
				bodies = append(bodies, c.bytes(int(c.uleb())))
			}
		case 11:
			m.data = readData(c)
		}
		if c.err != nil {
			return nil, c.err
		}
		m.sections[name] += r.off - start
	}
	if r.err != nil {
		return nil, r.err
	}
	for i, body := range bodies {
		m.funcs = append(m.funcs, wasmFunc{names[imported+i], body})
	}
	return m, nil
}

var wasmSectionNames = map[byte]string{1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "data count"}

// readNames fills names from the function-name subsection (id 1).
func readNames(c *wasmReader, names map[int]string) {
	for c.off < len(c.b) && c.err == nil {
		id := c.byte()
		s := c.sub(int(c.uleb()))
		if id != 1 {
			continue
		}
		for n := s.uleb(); n > 0 && s.err == nil; n-- {
			i := int(s.uleb())
			names[i] = s.str()
		}
		c.err = s.err
	}
}

// countFuncImports counts the imported functions, which come first in the
// function index space.
func countFuncImports(c *wasmReader) int {
	funcs := 0
	for n := c.uleb(); n > 0 && c.err == nil; n-- {
		c.str()
		c.str()
		switch c.byte() {
		case 0:
			c.uleb()
			funcs++
		case 1:
			c.byte()
			c.limits()
		case 2:
			c.limits()
		case 3:
			c.bytes(2)
		}
	}
	return funcs
}

// readData concatenates the active data segments (Go writes only those).
func readData(c *wasmReader) []byte {
	var out []byte
	for n := c.uleb(); n > 0 && c.err == nil; n-- {
		flags := c.uleb()
		if flags == 2 {
			c.uleb() // memory index
		}
		if flags != 1 { // an active segment: its offset expression up to end
			for c.err == nil && c.byte() != 0x0b {
			}
		}
		out = append(out, c.bytes(int(c.uleb()))...)
	}
	return out
}

// wasmReader reads LEB128 integers, names and byte runs, keeping the first error.
type wasmReader struct {
	b   []byte
	off int
	err error
}

func (r *wasmReader) byte() byte {
	if r.err != nil || r.off >= len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return 0
	}
	r.off++
	return r.b[r.off-1]
}

func (r *wasmReader) uleb() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.err = io.ErrUnexpectedEOF
		return 0
	}
	r.off += n
	return v
}

func (r *wasmReader) bytes(n int) []byte {
	if r.err != nil || n < 0 || r.off+n > len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return nil
	}
	r.off += n
	return r.b[r.off-n : r.off]
}

func (r *wasmReader) sub(n int) *wasmReader { return &wasmReader{b: r.bytes(n), err: r.err} }

func (r *wasmReader) str() string { return string(r.bytes(int(r.uleb()))) }

func (r *wasmReader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}

// dataSymbols returns the size of each data symbol the linker kept, by the
// package that defines it: the linker's -dumpdep output (every edge it
// followed) says what is reachable, `go tool nm -size` on each package's
// compiled archive gives the sizes. A symbol in several archives (strings,
// type descriptors) counts once, for the package its name names or else
// the first archive in dependency order. Every linked package has an
// entry, zero when none of its data was kept.
func dataSymbols(dumpdep []byte, env []string, pkg string) (map[string]int, error) {
	reach := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(dumpdep))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		from, to, ok := strings.Cut(sc.Text(), " -> ")
		if !ok {
			continue
		}
		to, _, _ = strings.Cut(to, " <")
		reach[from], reach[to] = true, true
	}
	cmd := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", pkg)
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	known := map[string]bool{}
	for _, l := range lines {
		path, _, _ := strings.Cut(l, " ")
		known[path] = true
	}
	seen := map[string]bool{}
	sizes := map[string]int{}
	for p := range known {
		sizes[p] = 0
	}
	for _, l := range lines {
		path, archive, _ := strings.Cut(l, " ")
		if archive == "" {
			continue
		}
		nm, err := exec.Command("go", "tool", "nm", "-size", archive).Output()
		if err != nil {
			return nil, err
		}
		for _, ln := range strings.Split(string(nm), "\n") {
			f := strings.Fields(ln)
			if len(f) < 4 || f[2] == "U" || f[2] == "T" || f[2] == "t" {
				continue
			}
			sym := strings.Join(f[3:], " ")
			if i := strings.LastIndex(sym, "<"); i > 0 && strings.HasSuffix(sym, ">") {
				sym = sym[:i] // a versioned static temporary
			}
			n, _ := strconv.Atoi(f[1])
			if seen[sym] || !reach[sym] {
				continue
			}
			seen[sym] = true
			owner := path
			if p := symbolPackage(sym); known[p] && (strings.HasPrefix(sym, "type:") || strings.HasPrefix(sym, "go:itab.")) {
				owner = p
			}
			sizes[owner] += n
		}
	}
	return sizes, nil
}

// symbolPackage is the import path in a Go symbol name, such as
// "annotator/app/ui" in "annotator/app/ui.(*Reader).Render" or in
// "type:.eq.annotator/app/ui.span"; a generic function counts for the
// package that declares it.
func symbolPackage(sym string) string {
	for _, p := range []string{"type:.eq.", "type:.hash.", "type:", "go:itab.", "go:"} {
		if strings.HasPrefix(sym, p) {
			sym = sym[len(p):]
			break
		}
	}
	sym = strings.TrimLeft(sym, "*[]")
	if i := strings.IndexAny(sym, "[(,"); i >= 0 {
		sym = sym[:i]
	}
	slash := strings.LastIndex(sym, "/")
	if dot := strings.Index(sym[slash+1:], "."); dot >= 0 {
		return sym[:slash+1+dot]
	}
	return sym
}

// mangle is a package path as the wasm name section writes it (Go
// replaces '/', '-' and the like by '_' there).
func mangle(path string) string {
	return strings.Map(func(r rune) rune {
		if r == '.' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '_'
	}, path)
}
