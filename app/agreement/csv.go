package agreement

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits on the CSV input of [ReadCSV].
const (
	// MaxCSVBytes is the largest input accepted, 50 MiB.
	MaxCSVBytes = 50 << 20
	// MaxCSVRows is the largest number of data rows accepted.
	MaxCSVRows = 1_000_000
)

// csvHeader is the required header, compared case-insensitively after
// trimming spaces.
var csvHeader = []string{"item", "rater", "label"}

// errTooLarge is returned by capReader once the input passes MaxCSVBytes.
var errTooLarge = fmt.Errorf("input is larger than %d MiB", MaxCSVBytes>>20)

// capReader reads from r and fails with errTooLarge past MaxCSVBytes.
type capReader struct {
	r    io.Reader
	read int64
}

func (c *capReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += int64(n)
	if c.read > MaxCSVBytes {
		return n, errTooLarge
	}
	return n, err
}

// ReadCSV reads ratings from CSV with the header item,rater,label and one row
// per label a rater gave an item. A rater who gave an item two labels has
// two rows; an item a rater skipped has no row; a row with an empty label
// records that the rater gave the item no label. Fields are trimmed of
// surrounding spaces and a leading UTF-8 byte order mark is ignored. Item and
// rater must not be empty. Errors name the line; input over [MaxCSVBytes] or
// [MaxCSVRows] is rejected, as is a file without data rows.
func ReadCSV(r io.Reader) ([]Rating, error) {
	cr := csv.NewReader(&capReader{r: io.LimitReader(r, MaxCSVBytes+1)})
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	line := 0 // line of the last record read
	header, err := cr.Read()
	if err == io.EOF {
		return nil, errors.New("agreement: line 1: empty file, want the header item,rater,label")
	}
	if err != nil {
		return nil, csvError(err, line)
	}
	line, _ = cr.FieldPos(0)
	if !isHeader(header) {
		return nil, fmt.Errorf("agreement: line %d: header must be item,rater,label, got %q", line, strings.Join(header, ","))
	}
	var out []Rating
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(err, line)
		}
		line, _ = cr.FieldPos(0)
		if len(out) == MaxCSVRows {
			return nil, fmt.Errorf("agreement: line %d: more than %d rows", line, MaxCSVRows)
		}
		if len(rec) != len(csvHeader) {
			return nil, fmt.Errorf("agreement: line %d: want 3 fields item,rater,label, got %d", line, len(rec))
		}
		rt := Rating{Item: strings.TrimSpace(rec[0]), Rater: strings.TrimSpace(rec[1]), Label: strings.TrimSpace(rec[2])}
		if rt.Item == "" || rt.Rater == "" {
			return nil, fmt.Errorf("agreement: line %d: empty item or rater", line)
		}
		out = append(out, rt)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("agreement: line %d: no rows after the header", line+1)
	}
	return out, nil
}

// isHeader reports whether rec is the header item,rater,label.
func isHeader(rec []string) bool {
	if len(rec) != len(csvHeader) {
		return false
	}
	for i, f := range rec {
		if i == 0 {
			f = strings.TrimPrefix(f, "\ufeff")
		}
		if !strings.EqualFold(strings.TrimSpace(f), csvHeader[i]) {
			return false
		}
	}
	return true
}

// csvError words a reading error with its line; last is the line of the last
// record read successfully.
func csvError(err error, last int) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if pe.StartLine != pe.Line {
			return fmt.Errorf("agreement: line %d (record from line %d): %w", pe.Line, pe.StartLine, pe.Err)
		}
		return fmt.Errorf("agreement: line %d: %w", pe.Line, pe.Err)
	}
	return fmt.Errorf("agreement: after line %d: %w", last, err)
}
