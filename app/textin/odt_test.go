package textin

import (
	"slices"
	"strings"
	"testing"
)

func TestODTStructure(t *testing.T) { checkStructure(t, "structure.odt", decodeODT) }

func TestODTDetails(t *testing.T) {
	ns := `xmlns:office="` + odfOffice + `" xmlns:text="` + odfText + `" xmlns:table="` + odfTable +
		`" xmlns:style="` + odfStyle + `" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"`
	styles := `<office:document-styles ` + ns + `><office:styles>` +
		`<style:default-style style:family="paragraph"><style:text-properties fo:language="nl" fo:country="BE"/></style:default-style>` +
		`<style:style style:name="Title" style:family="paragraph"/></office:styles></office:document-styles>`
	content := `<office:document-content ` + ns + `><office:automatic-styles>` +
		`<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Title"/>` +
		`<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="a"/>` +
		`<text:list-level-style-number text:level="2" style:num-format="1" text:start-value="5"/></text:list-style>` +
		`</office:automatic-styles><office:body><office:text>` +
		`<text:sequence-decls><text:sequence-decl text:name="Figure"/></text:sequence-decls>` +
		`<text:p text:style-name="P9">My  title</text:p>` +
		`<text:table-of-content><text:index-body><text:p>Contents 1</text:p></text:index-body></text:table-of-content>` +
		`<text:h text:outline-level="2">A <text:span>head</text:span></text:h>` +
		`<text:p>one<text:s text:c="3"/>two<text:tab/>three<text:line-break/>four` +
		`<office:annotation><text:p>a comment</text:p></office:annotation>` +
		`<text:tracked-changes><text:changed-region><text:deletion><text:p>gone</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
		"\n   five</text:p>" +
		`<text:list text:style-name="L1"><text:list-item><text:p>first<text:note><text:note-citation>1</text:note-citation>` +
		`<text:note-body><text:p>In a list.</text:p></text:note-body></text:note></text:p>` +
		`<text:list><text:list-item><text:p>sub</text:p><text:p>more of sub</text:p></text:list-item><text:list-item><text:p>sub two</text:p></text:list-item></text:list>` +
		`</text:list-item><text:list-item><text:p>second</text:p></text:list-item></text:list>` +
		`<text:p>Between.</text:p>` +
		`<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>third</text:p></text:list-item></text:list>` +
		`<table:table><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>wide</text:p></table:table-cell>` +
		`<table:covered-table-cell/><table:table-cell><text:p>end</text:p></table:table-cell></table:table-row></table:table>` +
		`</office:text></office:body></office:document-content>`
	data := buildZip(t, zipEntry{"mimetype", "application/vnd.oasis.opendocument.text"},
		zipEntry{"content.xml", content}, zipEntry{"styles.xml", styles})
	if got := IsContainer("", data); got != "odt" {
		t.Errorf("IsContainer = %q", got)
	}
	d, err := decodeODT("details.odt", data)
	if err != nil {
		t.Fatal(err)
	}
	checkContainerShape(t, "details.odt", d)
	want := "My title\n\nA head\n\none two three\nfour five\n\n" +
		"a. first[1]\n5. sub\nmore of sub\n6. sub two\nb. second\n\nBetween.\n\nc. third\n\nwide | end\n\nNotes\n\n[1] In a list."
	if d.Text != want {
		t.Errorf("text\n%q\nwant\n%q", d.Text, want)
	}
	if got := containerHeads(d); !slices.Equal(got, []string{"My title", "A head", "Notes"}) {
		t.Errorf("headings %q", got)
	}
	if d.Lang != "nl-BE" || d.Title != "My title" {
		t.Errorf("lang %q, title %q", d.Lang, d.Title)
	}
	refusedFast(t, decodeODT, "deep.odt", buildZip(t, zipEntry{"content.xml", "<a>" + strings.Repeat("<b>", 5000)}), ErrDamaged,
		"deep.odt nests parts of its text more than 1000 deep")
}
