package server

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// WriteStatic writes a complete static site to out: go-app's pages and
// scripts, plus every file of webDir (app.wasm included) under out/web.
func WriteStatic(out, webDir string, h *app.Handler) error {
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return fmt.Errorf("generating static site: %w", err)
	}
	return filepath.WalkDir(webDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(webDir, path)
		if err != nil {
			return err
		}
		dst := filepath.Join(out, "web", rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		return copyFile(path, dst)
	})
}

// copyFile copies one file.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
