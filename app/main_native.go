//go:build !wasm

// Command app is the sentence annotator: compiled to WebAssembly it is the
// browser app; compiled natively it serves that app and offers a command line.
package main

import (
	"fmt"
	"os"

	"annotator/app/ui"
)

const usage = `usage:
  app [-addr :8000] [-web DIR]     serve the app (DIR holds app.wasm, css and icons)
  app dist [-web DIR] [-prefix /PATH] OUT   write the static site to OUT (served under /PATH)
  app split [-lang CODE] [FILE]     print the sentences of FILE (or stdin) as JSON Lines
  app convert -to w3c|csv|jsonl [-doc ID] FILE
                                   print a document of the backup FILE in that format
  app validate FILE                check a backup, W3C JSON-LD or CSV file
  app agree FILE.csv               print agreement statistics of ratings (item,rater,label) as JSON
  app grade KEY SUBMISSION...      print the grade table (CSV) of submissions (.json or .zip) against KEY
`

func main() {
	ui.RegisterRoutes()
	args := os.Args[1:]
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "serve":
		err = serve(args)
	case "dist":
		err = dist(args)
	case "split":
		err = split(args, os.Stdin, os.Stdout)
	case "convert":
		err = convert(args, os.Stdout, os.Stderr)
	case "validate":
		err = validate(args, os.Stdout)
	case "agree":
		err = agree(args, os.Stdout)
	case "grade":
		err = grade(args, os.Stdout, os.Stderr)
	case "help", "-h", "--help":
		fmt.Print(usage)
		return
	default:
		err = fmt.Errorf("unknown command %q\n%s", cmd, usage)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "app:", err)
		os.Exit(1)
	}
}
