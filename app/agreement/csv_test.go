package agreement

import (
	"io"
	"slices"
	"strings"
	"testing"
)

func TestReadCSVErrors(t *testing.T) {
	const h = "item,rater,label\n"
	for _, tt := range []struct {
		name, input, want string
	}{
		{"empty file", "", "line 1: empty file"},
		{"blank lines only", "\n\n", "line 1: empty file"},
		{"missing header", "1,a,X\n2,a,Y\n", `line 1: header must be item,rater,label, got "1,a,X"`},
		{"header with two columns", "item,rater\n1,a\n", "line 1: header"},
		{"header with four columns", "item,rater,label,note\n", "line 1: header"},
		{"header only", h, "line 2: no rows"},
		{"short row", h + "1,a,X\n2,b\n", "line 3: want 3 fields item,rater,label, got 2"},
		{"long row", h + "1,a,X,extra\n", "line 2: want 3 fields item,rater,label, got 4"},
		{"empty item", h + "1,a,X\n ,b,Y\n", "line 3: empty item or rater"},
		{"empty rater", h + "1,,X\n", "line 2: empty item or rater"},
		{"unclosed quote", h + "1,a,X\n2,b,\"Y\n", "line 3: extraneous or missing \" in quoted-field"},
		{"quote error in a multi-line record", h + "1,a,\"X\nY\"Z\n", "line 3 (record from line 2): extraneous"},
		{"bare quote", h + "1,a,X\"Y\n", "line 2: bare \" in non-quoted-field"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCSV(strings.NewReader(tt.input))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadCSV: %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestReadCSVAccepts(t *testing.T) {
	input := "\ufeffItem, Rater ,LABEL\r\n 1 , a , Claim \r\n1,a,\"Evidence, strong\"\r\n2,b,\r\n"
	got, err := ReadCSV(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	want := []Rating{{"1", "a", "Claim"}, {"1", "a", "Evidence, strong"}, {"2", "b", ""}}
	if !slices.Equal(got, want) {
		t.Errorf("ReadCSV = %q, want %q", got, want)
	}
}

// rowsReader yields the header, then the row n times (forever if n < 0).
type rowsReader struct {
	pending string
	row     string
	n       int
}

func (r *rowsReader) Read(p []byte) (int, error) {
	if r.pending == "" {
		if r.n == 0 {
			return 0, io.EOF
		}
		r.pending = r.row
		r.n--
	}
	k := copy(p, r.pending)
	r.pending = r.pending[k:]
	return k, nil
}

func TestReadCSVLimits(t *testing.T) {
	tooLong := &rowsReader{pending: "item,rater,label\n", row: "1,a," + strings.Repeat("x", 1000) + "\n", n: -1}
	if _, err := ReadCSV(tooLong); err == nil || !strings.Contains(err.Error(), "larger than 50 MiB") {
		t.Errorf("endless input: %v", err)
	}
	// The error on line 1000002 (header + 1,000,001 rows) also shows that
	// 1,000,000 rows are accepted.
	tooMany := &rowsReader{pending: "item,rater,label\n", row: "1,a,X\n", n: MaxCSVRows + 1}
	if _, err := ReadCSV(tooMany); err == nil || !strings.Contains(err.Error(), "line 1000002: more than 1000000 rows") {
		t.Errorf("too many rows: %v", err)
	}
}
