//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"strings"

	"annotator/app/server"
)

// serve runs the web server until it fails.
func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", ":8000", "address to listen on")
	web := fs.String("web", "web", "directory with app.wasm, css and icons")
	if err := fs.Parse(args); err != nil {
		return err
	}
	h, err := server.New(*web)
	if err != nil {
		return err
	}
	log.Printf("serving the annotator on %s (version %s)", serveURL(*addr), h.Version)
	return http.ListenAndServe(*addr, h)
}

// dist writes the static site.
func dist(args []string) error {
	fs := flag.NewFlagSet("dist", flag.ContinueOnError)
	web := fs.String("web", "web", "directory with app.wasm, css and icons")
	prefix := fs.String("prefix", "", "URL path the site is served under, such as /annotator for https://user.github.io/annotator/")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("dist needs one output directory")
	}
	h, err := server.NewWith(*web, server.Options{Prefix: *prefix})
	if err != nil {
		return err
	}
	if err := server.WriteStatic(fs.Arg(0), *web, h); err != nil {
		return err
	}
	fmt.Printf("static site written to %s (version %s)\n", fs.Arg(0), h.Version)
	return nil
}

// serveURL is the address to open for a listen address: ":8000" is
// http://localhost:8000, "127.0.0.1:8000" http://127.0.0.1:8000.
func serveURL(addr string) string {
	if strings.HasPrefix(addr, ":") {
		return "http://localhost" + addr
	}
	return "http://" + addr
}
