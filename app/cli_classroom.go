//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"annotator/app/agreement"
	"annotator/app/classroom"
)

const (
	agreeUsage = "usage: app agree FILE.csv"
	gradeUsage = "usage: app grade KEY SUBMISSION... (submissions as .json files or .zip archives)"
)

// agree prints the agreement statistics of a ratings CSV (header
// item,rater,label) as one JSON object on one line.
func agree(args []string, stdout io.Writer) error {
	if len(args) != 1 {
		return errors.New("agree needs one CSV file\n" + agreeUsage)
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	rep, err := agreement.AgreeCSV(f)
	if err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	out, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	_, err = stdout.Write(append(out, '\n'))
	return err
}

// grade prints the grade table (CSV) of submissions against an answer
// key. Refused files are listed on stderr and make the exit status 1,
// after the table of the accepted ones.
func grade(args []string, stdout, stderr io.Writer) error {
	if len(args) < 2 {
		return errors.New("grade needs an answer key and at least one submission\n" + gradeUsage)
	}
	data, err := readLimited(args[0])
	if err != nil {
		return err
	}
	key, err := classroom.DecodeKey(data)
	if err != nil {
		return fmt.Errorf("%s is not a valid answer key: %w", args[0], err)
	}
	var files []classroom.NamedFile
	for _, path := range args[1:] {
		data, err := readLimited(path)
		if err != nil {
			return err
		}
		files = append(files, classroom.NamedFile{Name: path, Data: data})
	}
	imp := classroom.ImportSubmissions(key.Exercise, files)
	for _, r := range imp.Refused {
		fmt.Fprintf(stderr, "refused %s\n", r)
	}
	if len(imp.Submissions) == 0 {
		return fmt.Errorf("no submission for %q was accepted", key.Exercise.Title)
	}
	v, err := classroom.NewClassView(key.Exercise, &key, imp.Submissions)
	if err != nil {
		return err
	}
	table, err := v.GradeCSV()
	if err != nil {
		return err
	}
	if _, err := stdout.Write(table); err != nil {
		return err
	}
	if n := len(imp.Refused); n > 0 {
		return fmt.Errorf("%s refused (listed above); the table holds the %s accepted", countNoun(n, "file"), countNoun(len(imp.Submissions), "submission"))
	}
	return nil
}
