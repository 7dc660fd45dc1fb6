//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

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
// after the table of the accepted ones; so do names that more than one
// different file claims (a resubmission, or a file forged in a
// classmate's name): every such file has its row, its file and folder in
// the file column and the conflict in the conflict column.
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
	v, err := classroom.NewClassViewOf(key.Exercise, &key, imp)
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
	conflicts := v.Conflicts()
	for _, c := range conflicts {
		fmt.Fprintf(stderr, "warning: %s; each has its own row (see the file and conflict columns): check which one %s handed in\n", c, c.Student)
	}
	var problems []string
	if n := len(imp.Refused); n > 0 {
		problems = append(problems, countNoun(n, "file")+" refused")
	}
	if n := len(conflicts); n > 0 {
		problems = append(problems, countNoun(n, "student name")+" claimed by more than one file")
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s (listed above); the table holds the %s accepted", strings.Join(problems, ", "), countNoun(len(imp.Submissions), "submission"))
	}
	return nil
}
