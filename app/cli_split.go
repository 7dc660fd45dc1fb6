//go:build !wasm

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"annotator/app/model"
)

// maxSplitInput caps what split reads, so a wrong file cannot exhaust memory.
const maxSplitInput = 64 << 20

// split prints the sentences of a file (or stdin) as JSON Lines: one JSON
// string per line, exactly as the browser shows each sentence.
func split(args []string, stdin io.Reader, stdout io.Writer) error {
	in := stdin
	switch len(args) {
	case 0:
	case 1:
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
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
	d := model.New("", string(b))
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
