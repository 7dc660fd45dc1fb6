//go:build !wasm

package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"annotator/app/lang"
	"annotator/app/library"
	"annotator/app/model"
	"annotator/app/textin"
)

// maxSplitInput caps what split reads, so a wrong file cannot exhaust
// memory; textin.Decode refuses anything over textin.MaxSize with its size.
const maxSplitInput = 64 << 20

// split prints the sentences of a file (or stdin) as JSON Lines: one JSON
// string per line, exactly as the browser shows each sentence. It imports
// the file as the browser's Open file does: textin.Decode by the file's
// base name and content (stdin has no name: the content decides), then
// model.New with the decoded title and text, headings marked. A file that
// is not text (binary, too large, empty) is refused with the browser's
// message, as an error.
//
// -lang CODE splits by the rules of that language (an ISO 639-1 code);
// -lang auto, the default, takes the language the file declares, else the
// one detected from the text.
func split(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("split", flag.ContinueOnError)
	code := fs.String("lang", "auto", "the text's language: an ISO 639-1 code, or auto to detect it")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *code != "auto" {
		if _, ok := lang.Lookup(*code); !ok {
			return fmt.Errorf("-lang %q is not a language the splitter knows (use an ISO 639-1 code such as de, fr or zh, or auto)", *code)
		}
	}
	args = fs.Args()
	in, name := stdin, ""
	switch len(args) {
	case 0:
	case 1:
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, filepath.Base(args[0])
	default:
		return fmt.Errorf("split takes at most one file")
	}
	b, err := io.ReadAll(io.LimitReader(in, maxSplitInput+1))
	if err != nil {
		return err
	}
	if len(b) > maxSplitInput {
		return fmt.Errorf("input is larger than %d MB", maxSplitInput>>20)
	}
	d, err := importText(name, b, *code)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range d.Sentences {
		if err := enc.Encode(d.SentenceText(i)); err != nil {
			return err
		}
	}
	return w.Flush()
}

// importText turns the bytes of a file named name ("" for stdin) into a
// document as the browser's Open file does; its error reads as the
// browser's alert ("notes.pdf was not opened: …").
func importText(name string, data []byte, code string) (*model.Document, error) {
	in, err := textin.Decode(name, data)
	if err != nil {
		what := "The standard input"
		if name != "" {
			what = name
		}
		return nil, fmt.Errorf("%s was not opened: %w", what, err)
	}
	return library.DocumentOf(in, code), nil
}
