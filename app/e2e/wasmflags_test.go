package e2e

import (
	"os"
	"strings"
)

// wasmGCFlags are the compiler flags make build gives the browser build,
// read from app/wasm.gcflags (one flag a line, # comments).
func wasmGCFlags() []string {
	b, err := os.ReadFile("../../app/wasm.gcflags")
	if err != nil {
		panic("e2e: " + err.Error())
	}
	var flags []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			flags = append(flags, l)
		}
	}
	return flags
}
