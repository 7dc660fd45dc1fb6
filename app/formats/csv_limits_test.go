package formats

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"annotator/app/model"
)

// TestCSVCutOffIsRefused: every shortened copy of an export is refused
// (finding 12 of issue 19: a truncated CSV validated), while the older
// headers, from before the end line, still import without one.
func TestCSVCutOffIsRefused(t *testing.T) {
	full, err := EncodeCSV(sampleDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(full), "\r\n# end of file: 5 sentences\r\n") {
		t.Fatalf("the export does not end with its end line: %q", full[max(0, len(full)-60):])
	}
	// (A cut inside the header can leave an older header, read without an end line.)
	for n := len(bom) + len(strings.Join(CSVHeader, ",")) + 1; n < len(full)-len("\r\n"); n++ {
		if _, err := DecodeCSV(full[:n]); err == nil {
			t.Fatalf("the first %d of %d bytes import: %q", n, len(full), full[max(0, n-40):n])
		}
	}
	lines := strings.SplitAfter(string(full), "\r\n")
	lines = slices.DeleteFunc(lines, func(l string) bool { return strings.HasPrefix(l, csvTagIDsPrefix) }) // csv_tagids_test.go tests it
	withoutEnd := strings.Join(lines[:len(lines)-2], "")
	cutRow := strings.Join(lines[:len(lines)-3], "")
	for _, tt := range []struct{ name, in, want string }{
		{"no end line", withoutEnd, `line 7: the file stops after 5 sentence rows without its last line "# end of file: … sentences": it looks cut off`},
		{"a row lost", cutRow + lines[len(lines)-2], "line 7: the end line says 5 sentences but the file has 4 sentence rows"},
		{"a row after the end", strings.Join(lines, "") + "5,148,150,Hi,,,,,\r\n", "line 9: there is more after the end line"},
		{"other fields", withoutEnd + "# end of file: 5 sentences,x\r\n", "it must stand alone"},
		{"a comment", withoutEnd + "# made by hand\r\n", `"# made by hand" is not a sentence row, and not the end line "# end of file: 5 sentences" either`},
	} {
		_, err := DecodeCSV([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
	// A spreadsheet that saved the file again pads the end line with empty fields.
	padded := withoutEnd + "# end of file: 5 sentences,,,,,,,,\r\n"
	if rows, err := DecodeCSV([]byte(padded)); err != nil || len(rows) != 5 {
		t.Errorf("padded end line: %d rows, %v", len(rows), err)
	}
	for _, head := range [][]string{csvHeaderV1, csvHeaderV2} {
		in := strings.Join(head, ",") + "\r\n0,0,4,Hi.!,Claim,," + strings.Repeat(",", len(head)-7) + "\r\n"
		if rows, err := DecodeCSV([]byte(in)); err != nil || len(rows) != 1 {
			t.Errorf("%d columns, no end line: %d rows, %v", len(head), len(rows), err)
		}
	}
}

// manyTagNames are n tag names that differ (also ignoring case) but all
// have the tag id "t", as in finding 8 of issue 19.
func manyTagNames(n int) []string {
	const marks = "!?.:+*&%"
	names := make([]string, n)
	for k := range n {
		var b strings.Builder
		b.WriteString("t")
		for x := k + 1; x > 0; x /= len(marks) {
			b.WriteByte(marks[x%len(marks)])
		}
		names[k] = b.String()
	}
	return names
}

// TestCSVThousandsOfTagNamesAreRefusedEarly is finding 8 of issue 19: a
// 22 KB CSV naming 4,000 tags with one id froze the tab. It is refused
// while it is read, with work linear in the file (allocations counted).
func TestCSVThousandsOfTagNamesAreRefusedEarly(t *testing.T) {
	names := manyTagNames(4000)
	if model.TagID(names[0]) != "t" || model.TagID(names[3999]) != "t" {
		t.Fatalf("the names do not share one id: %q %q", model.TagID(names[0]), model.TagID(names[3999]))
	}
	src := model.New("Many", "One sentence here. Another one there.")
	src.TagSet = model.TagSet{Name: "Many"}
	for k, name := range names {
		id := fmt.Sprintf("x%d", k)
		src.TagSet.Tags = append(src.TagSet.Tags, model.Tag{ID: id, Name: name, Color: "#000000"})
		src.Marks[k%2].Tags = append(src.Marks[k%2].Tags, id)
	}
	data, err := EncodeCSV(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 40_000 {
		t.Fatalf("the file is %d bytes", len(data))
	}
	allocs := testing.AllocsPerRun(3, func() { _, err = DecodeCSV(data) })
	var e *Error
	if !errors.As(err, &e) || e.Place != "line 2, field tags" || !strings.Contains(e.Problem, "more than 56 different tags") || !strings.Contains(e.Problem, "at most 28 tags") {
		t.Fatalf("err = %v, want the tag-name cap at line 2", err)
	}
	if allocs > float64(4*len(names)) {
		t.Errorf("%.0f allocations to refuse %d names", allocs, len(names))
	}
	if _, _, err := ReadAnnotations(data, src.ID); err == nil || !strings.Contains(err.Error(), "different tags") {
		t.Errorf("ReadAnnotations: %v", err)
	}
	// At the cap, the file reads.
	ok := model.New("Few", "One sentence here. Another one there.")
	for k, name := range names[:maxTagNames] {
		ok.TagSet.Tags = append(ok.TagSet.Tags, model.Tag{ID: fmt.Sprintf("x%d", k), Name: name, Color: "#000000"})
		ok.Marks[k%2].Tags = append(ok.Marks[k%2].Tags, fmt.Sprintf("x%d", k))
	}
	ok.TagSet.Tags = ok.TagSet.Tags[:maxTagNames]
	data, _ = EncodeCSV(ok)
	if _, err := DecodeCSV(data); err != nil {
		t.Errorf("%d names: %v", maxTagNames, err)
	}
}

// TestCSVProgressAndRowCap: Progress is called about once per
// progressEvery rows; more than MaxAnnotations rows are refused at the
// first row past the cap.
func TestCSVProgressAndRowCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(strings.Join(csvHeaderV2, ",") + "\r\n")
	const n = MaxAnnotations + 5
	for i := range n {
		fmt.Fprintf(&b, "%d,%d,%d,Hi.,,,,\r\n", i, 3*i, 3*i+3)
	}
	var calls, last int
	rows, err := DecodeCSV([]byte(b.String()), DecodeOptions{Progress: func(done, total int) {
		if total != ProgressTotal || done < last || done > total {
			t.Errorf("progress %d of %d after %d", done, total, last)
		}
		calls++
		last = done
	}})
	if want := fmt.Sprintf("line %d: more than %d sentence rows", MaxAnnotations+2, MaxAnnotations); err == nil || !strings.Contains(err.Error(), want) || rows != nil {
		t.Errorf("err = %v, want %q", err, want)
	}
	if want := MaxAnnotations / progressEvery; calls < want || calls > want+3 {
		t.Errorf("%d progress calls for %d rows, want about %d", calls, MaxAnnotations, want)
	}
}
