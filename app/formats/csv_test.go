package formats

import (
	"slices"
	"strings"
	"testing"

	"annotator/app/model"
)

// wantCSV is EncodeCSV(sampleDoc): note the byte order mark, the doubled
// quotes, the quoted comma and the CRLF kept inside the quoted note.
const wantCSV = "\ufeffindex,start,end,text,tags,note,highlights,heading,language\r\n" +
	"0,0,33,\"Café au lait costs 3 €, said Zoë.\",Claim;Quote,\"Price, \"\"disputed\"\"\r\nsecond line\",,,\r\n" +
	"1,34,56,😀 Emoji make life fun!,,,Evidence@36-41,,\r\n" +
	"2,57,97,\"東京は大きい都市です、 He wrote \"\"yes, no\"\" and left.\",,CJK 東京 note,Fact@57-59,,\r\n" +
	"3,98,129,A second paragraph starts here.,,,,,\r\n" +
	"4,130,147,The café is open.,Opinion,,,,\r\n" +
	"# tag ids: claim=Claim;evidence=Evidence;quote=Quote;opinion=Opinion;fact=Fact\r\n" +
	"# end of file: 5 sentences\r\n"

func TestEncodeCSV(t *testing.T) {
	got, err := EncodeCSV(sampleDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != wantCSV {
		t.Errorf("got\n%q\nwant\n%q", got, wantCSV)
	}
	if !strings.HasPrefix(string(got), "\xEF\xBB\xBF") {
		t.Error("no UTF-8 byte order mark")
	}
}

func TestCSVRoundTrip(t *testing.T) {
	d := sampleDoc(t)
	raw, err := EncodeCSV(d)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := DecodeCSV(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(d.Sentences) {
		t.Fatalf("%d rows", len(rows))
	}
	r0 := rows[0]
	if r0.Line != 2 || r0.Text != d.SentenceText(0) || !slices.Equal(r0.Tags, []string{"Claim", "Quote"}) || !slices.Equal(r0.TagIDs, []string{"claim", "quote"}) || r0.Note != "Price, \"disputed\"\nsecond line" {
		t.Errorf("row 0: %+v", r0)
	}
	if rows[1].Line != 4 || rows[1].Highlights[0] != (CSVHighlight{Tag: "Evidence", TagID: "evidence", Start: 36, End: 41}) {
		t.Errorf("row 1 (after a two-line row): %+v", rows[1])
	}
	got := fresh(d)
	p := applyImport(t, got, CSVAnnotations(rows))
	sameMarks(t, got, d)
	if p.Added != 4 || len(p.Unplaced) != 0 {
		t.Errorf("plan %s, unplaced %+v", p.Summary(), p.Unplaced)
	}
}

func TestDecodeCSVWithoutBOMAndWithLF(t *testing.T) {
	in := "index,start,end,text,tags,note,highlights\n0,0,4,Hi.!,Claim ; Fact,,\n"
	rows, err := DecodeCSV([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || !slices.Equal(rows[0].Tags, []string{"Claim", "Fact"}) {
		t.Errorf("rows %+v", rows)
	}
}

func TestCSVListEscapes(t *testing.T) {
	names := []string{`a;b`, `back\slash`, "plain"}
	joined := joinList(names)
	if joined != `a\;b;back\\slash;plain` {
		t.Errorf("joinList = %q", joined)
	}
	back, problem := splitList(joined)
	if problem != "" || !slices.Equal(back, names) {
		t.Errorf("splitList = %q, %q", back, problem)
	}
	for _, bad := range []string{"a;;b", "a;", `a\`} {
		if _, problem := splitList(bad); problem == "" {
			t.Errorf("splitList(%q) accepted", bad)
		}
	}
}

func TestDecodeCSVRejects(t *testing.T) {
	head := "index,start,end,text,tags,note,highlights\r\n"
	head8 := "index,start,end,text,tags,note,highlights,heading\r\n"
	tests := []struct{ name, in, want string }{
		{"empty", "\ufeff", "the file is empty"},
		{"other header", "id,text\r\n", `line 1: the header is "id,text"`},
		{"extra field", head + "0,0,4,Hi.!,,,,\r\n", "line 2, column 1: wrong number of fields (this annotator CSV has 7"},
		{"missing heading field", head8 + "0,0,4,Hi.!,,,\r\n", "line 2, column 1: wrong number of fields (this annotator CSV has 8"},
		{"bad heading", head8 + "0,0,4,Hi.!,,,,yes\r\n", `line 2, field heading: "yes" is neither "true" nor empty`},
		{"renamed column", "index,start,end,text,labels,note,highlights\r\n", `line 1: the header is "index,start,end,text,labels,note,highlights"`},
		{"missing field", head + "0,0,4,Hi.!,,\r\n", "line 2, column 1: wrong number of fields"},
		{"bare quote", head + "0,0,4,Hi\"!,,,\r\n", `line 2, column 9: bare " in non-quoted-field`},
		{"unclosed quote", head + "0,0,4,\"Hi.!,,,\r\n", `line 2, column 16: extraneous or missing " in quoted-field`},
		{"not a number", head + "0,zero,4,Hi.!,,,\r\n", `line 2, field start: "zero" is not a whole number ≥ 0`},
		{"negative", head + "-1,0,4,Hi.!,,,\r\n", `line 2, field index: "-1" is not a whole number ≥ 0`},
		{"index out of order", head + "0,0,4,Hi.!,,,\r\n2,5,9,Yes.,,,\r\n", "line 3, field index: index is 2, expected 1"},
		{"length mismatch", head + "0,0,9,Café.,,,\r\n", "line 2, field end: start 0 and end 9 span 9 code points but the text has 5"},
		{"overlap", head + "0,0,4,Hi.!,,,\r\n1,3,7,Yes.,,,\r\n", "line 3, field start: start 3 is before the end 4 of the previous sentence"},
		{"empty text", head + "0,0,0,,,,\r\n", "line 2, field text: the sentence text is empty"},
		{"empty tag", head + "0,0,4,Hi.!,Claim;;Fact,,\r\n", "line 2, field tags: the tag list has an empty item"},
		{"bad highlight", head + "0,0,4,Hi.!,,,Claim@2\r\n", `line 2, field highlights: "Claim@2": expected "tag@start-end"`},
		{"highlight outside", head + "0,0,4,Hi.!,,,Claim@2-8\r\n", `line 2, field highlights: "Claim@2-8": 2-8 is outside the sentence (0-4)`},
		{"highlight empty", head + "0,0,4,Hi.!,,,Claim@2-2\r\n", `expected "tag@start-end" with start < end`},
		{"invalid UTF-8", head + "0,0,4,H\xffi!,,,\r\n", "line 2, column 8: byte 50 is not UTF-8 text"},
		{"too large", strings.Repeat(" ", MaxCSVSize+1), "the file is 32 MB; a CSV file may be at most 32 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeCSV([]byte(tt.in))
			wantError(t, err, tt.want)
		})
	}
}

func TestCSVHeadingColumn(t *testing.T) {
	d := model.New("T", "Chapter 1\n\nIt was dark.\n\nPART TWO\n\nIt was light.")
	d.MarkHeadings([]int{0, strings.Index(d.Text, "PART")})
	raw, err := EncodeCSV(d)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := DecodeCSV(raw)
	if err != nil {
		t.Fatal(err)
	}
	var got []bool
	for _, r := range rows {
		got = append(got, r.Heading)
	}
	if want := []bool{true, false, true, false}; !slices.Equal(got, want) {
		t.Errorf("headings %v, want %v\n%s", got, want, raw)
	}
	cases := []struct {
		name, in string
		want     bool
	}{
		{"older export without the column", "index,start,end,text,tags,note,highlights\r\n0,0,4,Hi.!,,,\r\n", false},
		{"true", "index,start,end,text,tags,note,highlights,heading\r\n0,0,4,Hi.!,,,,true\r\n", true},
		{"TRUE from a spreadsheet", "index,start,end,text,tags,note,highlights,heading\n0,0,4,Hi.!,,,,TRUE\n", true},
		{"empty", "index,start,end,text,tags,note,highlights,heading\r\n0,0,4,Hi.!,,,,\r\n", false},
		{"false", "index,start,end,text,tags,note,highlights,heading\r\n0,0,4,Hi.!,,,,false\r\n", false},
	}
	for _, c := range cases {
		rows, err := DecodeCSV([]byte(c.in))
		if err != nil || len(rows) != 1 || rows[0].Heading != c.want {
			t.Errorf("%s: %+v, %v; want heading %v", c.name, rows, err, c.want)
		}
	}
}

func TestLanguageIsExported(t *testing.T) {
	d := model.NewLang("Vertrag", "Der Vertrag gilt ab 1. Mai. Er ist gut.", "de")
	model.NewHistory(d).ToggleTag(0, "claim")
	csv, err := EncodeCSV(d)
	if err != nil || !strings.Contains(string(csv), "Der Vertrag gilt ab 1. Mai.,Claim,,,,de\r\n") {
		t.Errorf("CSV: %v\n%s", err, csv)
	}
	if rows, err := DecodeCSV(csv); err != nil || len(rows) != 2 {
		t.Errorf("the CSV with a language column does not read back: %v", err)
	}
	w3c, err := Export(FormatW3C, d, Options{})
	if err != nil || !strings.Contains(string(w3c), `"language": "de"`) {
		t.Errorf("W3C: %v\n%s", err, w3c)
	}
}
