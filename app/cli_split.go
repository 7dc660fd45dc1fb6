//go:build !wasm

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

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
func split(args []string, stdin io.Reader, stdout io.Writer) error {
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
	d, err := importText(name, b)
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
func importText(name string, data []byte) (*model.Document, error) {
	in, err := textin.Decode(name, data)
	if err != nil {
		what := "The standard input"
		if name != "" {
			what = name
		}
		return nil, fmt.Errorf("%s was not opened: %w", what, err)
	}
	d := model.New(in.Title, in.Text)
	d.MarkHeadings(in.Headings)
	return d, nil
}
