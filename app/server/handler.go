// Package server builds the go-app handler that serves the annotator and
// writes it out as a static site. It is native only: nothing here reaches app.wasm.
package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// New returns the app handler serving the files of webDir under /web/. Its
// Version is derived from the content of webDir/app.wasm, so that a new
// build always reaches clients and an unchanged one never churns caches.
func New(webDir string) (*app.Handler, error) {
	wasm, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return nil, fmt.Errorf("%w (build it first: make build)", err)
	}
	sum := sha256.Sum256(wasm)
	return &app.Handler{
		Name:            "Sentence Annotator",
		ShortName:       "Annotator",
		Title:           "Sentence Annotator",
		Description:     "Tag sentences and write notes on an article, offline, in your browser. Nothing leaves your device.",
		Lang:            "en",
		Author:          "Sentence Annotator",
		BackgroundColor: "#fbfaf7",
		ThemeColor:      "#1f4e79",
		LoadingLabel:    "Loading the annotator… {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles:    []string{"/web/app.css"},
		Version:   hex.EncodeToString(sum[:])[:16],
		Resources: dirResolver{Handler: http.StripPrefix("/web/", http.FileServer(http.Dir(webDir)))},
	}, nil
}

// dirResolver serves a directory under /web/ and leaves URLs as they are.
// (app.LocalDir only works for the current directory: it turns a directory
// name into a URL prefix.)
type dirResolver struct {
	http.Handler
}

// Resolve implements app.ResourceResolver.
func (dirResolver) Resolve(location string) string {
	if location == "" {
		return "/"
	}
	if strings.Contains(location, "://") || strings.HasPrefix(location, "/") {
		return location
	}
	return "/" + location
}
