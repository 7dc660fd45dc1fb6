//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"annotator/app/formats"
)

// maxFileInput caps what convert and validate read: the largest file any
// decoder accepts.
const maxFileInput = formats.MaxBackupSize

const convertUsage = "usage: app convert -to w3c|csv|jsonl|backup [-doc ID] [-creator NAME] FILE"

// convert prints one document of a backup FILE in another format.
func convert(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	to := fs.String("to", "", "output format: w3c, csv, jsonl or backup")
	doc := fs.String("doc", "", "id (or id prefix) of the document, when the backup holds several")
	creator := fs.String("creator", "", "creator name written into W3C annotations")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("convert: %v\n%s", err, convertUsage)
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("convert needs one backup file\n%s", convertUsage)
	}
	f := formats.Format(*to)
	switch f {
	case formats.FormatW3C, formats.FormatCSV, formats.FormatJSONL, formats.FormatBackup:
	case "":
		return fmt.Errorf("convert needs -to w3c, csv, jsonl or backup\n%s", convertUsage)
	default:
		return fmt.Errorf("convert: unknown format %q (want w3c, csv, jsonl or backup)", *to)
	}
	path := fs.Arg(0)
	data, err := readLimited(path)
	if err != nil {
		return err
	}
	if k := formats.Detect(data); k != formats.KindBackup && k != formats.KindUnknown {
		return fmt.Errorf("%s is %s, not an annotator backup; convert reads backups", path, withArticle(k))
	}
	b, err := formats.DecodeBackup(data)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	bd, err := b.Find(*doc)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	d, orphans := bd.Document()
	out, err := formats.Export(f, d, formats.Options{Creator: *creator, Created: b.Created, Modified: bd.Modified, Orphans: orphans})
	if err != nil {
		return err
	}
	if len(orphans) > 0 && f != formats.FormatBackup {
		fmt.Fprintf(stderr, "note: %d marks of %q could not be placed on its text and are not in this export (a backup keeps them)\n", len(orphans), bd.Title)
	}
	_, err = stdout.Write(out)
	return err
}

// validate checks a backup, W3C or CSV file and prints a one-line summary.
func validate(args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return errors.New("validate needs one file\nusage: app validate FILE")
	}
	path := args[0]
	data, err := readLimited(path)
	if err != nil {
		return err
	}
	kind := formats.Detect(data)
	invalid := func(err error) error { return fmt.Errorf("%s is not a valid %s: %w", path, kind, err) }
	switch kind {
	case formats.KindBackup:
		b, err := formats.DecodeBackup(data)
		if err != nil {
			return invalid(err)
		}
		orphans := 0
		for _, d := range b.Documents {
			orphans += len(d.Orphans)
		}
		fmt.Fprintf(stdout, "valid annotator backup: %s, %s", countNoun(len(b.Documents), "document"), countNoun(b.Annotations(), "annotation"))
		if orphans > 0 {
			fmt.Fprintf(stdout, " (%s kept as orphans)", countNoun(orphans, "mark"))
		}
		fmt.Fprintln(stdout)
	case formats.KindW3C:
		f, err := formats.DecodeW3C(data)
		if err != nil {
			return invalid(err)
		}
		quoted := 0
		for _, a := range f.Annotations {
			if a.Quote.Exact != "" {
				quoted++
			}
		}
		fmt.Fprintf(stdout, "valid W3C Web Annotation file: %s, %d with a text quote\n", countNoun(len(f.Annotations), "annotation"), quoted)
	case formats.KindCSV:
		rows, err := formats.DecodeCSV(data)
		if err != nil {
			return invalid(err)
		}
		annotated := 0
		for _, r := range rows {
			if len(r.Tags) > 0 || r.Note != "" || len(r.Highlights) > 0 {
				annotated++
			}
		}
		fmt.Fprintf(stdout, "valid annotator CSV: %s, %d annotated\n", countNoun(len(rows), "sentence"), annotated)
	default:
		return fmt.Errorf("%s is neither an annotator backup, nor W3C Web Annotation JSON-LD, nor an annotator CSV", path)
	}
	return nil
}

// readLimited reads a whole file, refusing one above maxFileInput.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileInput+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxFileInput {
		return nil, fmt.Errorf("%s is larger than %d MB", path, maxFileInput>>20)
	}
	return data, nil
}

// countNoun writes "1 document" or "3 documents".
func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// withArticle writes a kind with its indefinite article.
func withArticle(k formats.Kind) string {
	if k == formats.KindBackup || k == formats.KindCSV {
		return "an " + k.String()
	}
	return "a " + k.String()
}
