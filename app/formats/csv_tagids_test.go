package formats

import (
	"slices"
	"strings"
	"testing"

	"annotator/app/model"
)

// renamedDoc is repeatText with the built-in tag "claim" renamed "Central
// point", sentence 0 tagged with it and a highlight of it in sentence 1.
func renamedDoc(t *testing.T) *model.Document {
	t.Helper()
	d := model.New("Renamed", repeatText)
	k := slices.IndexFunc(d.TagSet.Tags, func(t model.Tag) bool { return t.ID == "claim" })
	if k < 0 {
		t.Fatal("the default tag set has no claim")
	}
	d.TagSet.Tags[k].Name = "Central point"
	h := model.NewHistory(d)
	h.ToggleTag(0, "claim")
	h.ToggleHighlight(1, 4, 7, "claim")
	return d
}

// TestCSVRenamedTagIsOneTagInAFreshCopy is gap 1 of engineer B: a tag
// renamed, exported as CSV and imported into a fresh copy of the document
// (which has the tag under its old name) made a second tag, since the CSV
// named tags only. The "# tag ids:" line gives their ids.
func TestCSVRenamedTagIsOneTagInAFreshCopy(t *testing.T) {
	src := renamedDoc(t)
	data, err := EncodeCSV(src)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\r\n# tag ids: claim=Central point\r\n# end of file: 4 sentences\r\n") {
		t.Errorf("no tag ids line before the end line:\n%s", data)
	}
	d := fresh(src) // "claim" is still called "Claim" here
	_, anns, err := ReadAnnotations(data, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	r := Resolve(d, d.TagSet, anns)
	if len(r.UnknownTags) != 0 || len(r.Marks) != 2 {
		t.Fatalf("unknown tags %+v, marks %+v", r.UnknownTags, r.Marks)
	}
	p := applyImport(t, d, anns)
	if len(d.TagSet.Tags) != len(src.TagSet.Tags) || !slices.Equal(d.Marks[0].Tags, []string{"claim"}) ||
		len(d.Marks[1].Highlights) != 1 || d.Marks[1].Highlights[0].Tag != "claim" {
		t.Errorf("plan %s: tags %+v, marks %+v", p.Summary(), d.TagSet.Tags, d.Marks[:2])
	}
	// A document without the tag gets it with the file's id, so that the
	// next import of the file maps to it by id.
	bare := fresh(src)
	bare.TagSet.Tags = slices.DeleteFunc(bare.TagSet.Tags, func(t model.Tag) bool { return t.ID == "claim" })
	res := Resolve(bare, bare.TagSet, anns)
	ts := ExtendTagSet(bare.TagSet, res.UnknownTags)
	if got := ts.Tags[len(ts.Tags)-1]; len(ts.Tags) != len(bare.TagSet.Tags)+1 || got.ID != "claim" || got.Name != "Central point" {
		t.Errorf("new tags %+v", ts.Tags[len(bare.TagSet.Tags):])
	}
}

// TestCSVTagIDsLine: files without the line (older exports, other tools)
// import by name; a malformed line is refused with its line; names it
// does not list keep no id.
func TestCSVTagIDsLine(t *testing.T) {
	head := strings.Join(CSVHeader, ",") + "\r\n"
	row := "0,0,12,The cat sat.,Claim;Mine,,The@0-3,,\r\n"
	end := "# end of file: 1 sentences\r\n"
	rows, err := DecodeCSV([]byte(head + row + `# tag ids: claim=Claim;mine=A\;B` + "\r\n" + end))
	if err != nil {
		t.Fatal(err)
	}
	if r := rows[0]; !slices.Equal(r.TagIDs, []string{"claim", ""}) || r.Highlights[0].TagID != "" {
		t.Errorf("ids %q, highlight %+v", r.TagIDs, r.Highlights)
	}
	old := "index,start,end,text,tags,note,highlights\r\n0,0,12,The cat sat.,Claim,,\r\n"
	if rows, err := DecodeCSV([]byte(old)); err != nil || rows[0].TagIDs != nil {
		t.Errorf("older file: %+v, %v", rows, err)
	}
	for _, tt := range []struct{ name, line, want string }{
		{"no =", "# tag ids: claim", `line 3: "claim" in the list of tag ids is not "id=name"`},
		{"bad id", "# tag ids: Big Id=Claim", `line 3: "Big Id=Claim" in the list of tag ids`},
		{"empty item", "# tag ids: claim=Claim;;", "line 3: the list of tag ids has an empty item"},
		{"twice", "# tag ids: claim=Claim\r\n# tag ids: claim=Claim", `line 4: "# tag ids: claim=Claim" is not a sentence row`},
		{"too many", "# tag ids: " + manyIDs(60), "more than 56 different tags"},
	} {
		_, err := DecodeCSV([]byte(head + row + tt.line + "\r\n" + end))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

// manyIDs is a tag ids list of n different names.
func manyIDs(n int) string {
	var items []string
	for _, name := range manyTagNames(n) {
		items = append(items, "t="+name)
	}
	return joinList(items)
}
