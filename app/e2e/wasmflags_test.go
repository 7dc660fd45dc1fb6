package e2e

// wasmGCFlags are the compiler flags make build gives the wasm build.
func wasmGCFlags() []string { return nil }
