package textin

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecodeEncodings(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want string
	}{
		{"UTF-8", []byte("Grüße, “friends” — 日本."), "Grüße, “friends” — 日本."},
		{"UTF-8 with BOM", []byte("\xEF\xBB\xBFCafé au lait."), "Café au lait."},
		{"UTF-8 BOM with a bad byte", []byte("\xEF\xBB\xBFCaf\xE9."), "Caf\uFFFD."},
		{"UTF-16LE", utf16Bytes("Héllo 😀 world.\r\nNext.", false), "Héllo 😀 world.\nNext."},
		{"UTF-16BE", utf16Bytes("Héllo 😀 world.", true), "Héllo 😀 world."},
		{"UTF-16LE odd length", append(utf16Bytes("Hi.", false), 'x'), "Hi.\uFFFD"},
		{"UTF-16LE lone high surrogate", append(utf16Bytes("Hi", false), 0x3D, 0xD8, '!', 0), "Hi\uFFFD!"},
		{"UTF-16BE lone low surrogate", append(utf16Bytes("Hi", true), 0xDE, 0x00, 0, '!'), "Hi\uFFFD!"},
		{"UTF-16 surrogate at the end", append(utf16Bytes("Hi", false), 0x3D, 0xD8), "Hi\uFFFD"},
		{"Windows-1252 quotes and ellipsis", []byte("\x93Quoted\x94 \x85 it\x92s \x80 5 \x96 6 \x97 \x99"),
			"“Quoted” … it’s € 5 – 6 — ™"},
		{"Windows-1252 Latin-1 letters", []byte("Caf\xE9 na\xEFve \xC5ngstr\xF6m \xA0\xBD"), "Café naïve Ångström \u00A0½"},
		{"Windows-1252 undefined byte", []byte("a\x81b \x8Dc"), "a\uFFFDb \uFFFDc"},
		{"Windows-1252 with a UTF-8-like pair", []byte("Caf\xe9 \xc3\xa9t\xe9 d\xe9j\xe0"), "Café Ã©té déjà"},
		{"UTF-8 cut in a character", []byte("Grüße, “friends” \xe2\x80"), "Grüße, “friends” \uFFFD"},
	}
	for _, c := range cases {
		d, err := Decode("x.txt", c.in)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if d.Text != c.want {
			t.Errorf("%s: text %q, want %q", c.name, d.Text, c.want)
		}
	}
}

func TestDecodeNormalises(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"CRLF and CR", "one\r\ntwo\rthree\n", "one\ntwo\nthree"},
		{"trailing spaces", "one  \t\ntwo\u00A0\n", "one\ntwo"},
		{"blank lines collapse", "one\n\n\n\n\ntwo\n \n\t\nthree", "one\n\ntwo\n\nthree"},
		{"blank areas at the ends", "\n\n  \none\n\n\n", "one"},
		{"leading indentation kept", "  one\n\ttwo", "  one\n\ttwo"},
		{"controls replaced", "a\x01b\x1bc\x7fd\u0090e", "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe"},
		{"page breaks and separators", "a\fb\vc\u2028d\u2029e\u0085f", "a\nb\nc\nd\ne\nf"},
		{"U+FEFF inside", "zero\uFEFFwidth", "zerowidth"},
		{"NUL after the sample", strings.Repeat("x", sampleRunes) + "\x00y", strings.Repeat("x", sampleRunes) + "\uFFFDy"},
		{"tabs kept", "a\tb", "a\tb"},
	}
	for _, c := range cases {
		d, err := Decode("x.txt", []byte(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if d.Text != c.want {
			t.Errorf("%s: text %q, want %q", c.name, d.Text, c.want)
		}
	}
}

func TestDecodeRefusals(t *testing.T) {
	zip := func(entry string) []byte {
		return append([]byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"), entry...)
	}
	cases := []struct {
		name string
		in   []byte
		kind error
		msg  string
	}{
		{"XLSX", zip("[Content_Types].xml ... xl/workbook.xml"), ErrBinary, "this looks like an Excel workbook (XLSX); save it as text first"},
		{"ZIP", zip("notes/readme.txt"), ErrBinary, "this looks like a ZIP archive; unpack it and open the text file inside"},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, "this looks like a PNG image; open a plain-text, Markdown or HTML file instead"},
		{"JPEG", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), ErrBinary, "this looks like a JPEG image; open a plain-text, Markdown or HTML file instead"},
		{"GIF", []byte("GIF89a\x01\x00"), ErrBinary, "this looks like a GIF image; open a plain-text, Markdown or HTML file instead"},
		{"RTF", []byte(`{\rtf1\ansi Hello}`), ErrBinary, "this looks like an RTF document; save it as text first"},
		{"old Word", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"), ErrBinary, "this looks like an old Microsoft Office document (DOC, XLS or PPT); save it as text first"},
		{"NUL bytes", []byte("text\x00with\x00nul"), ErrBinary, "this does not look like a text file (it holds binary data); open a plain-text, Markdown or HTML file instead"},
		{"UTF-16 without BOM", utf16Bytes("Hello there, plain words.", false)[2:], ErrBinary, "this looks like UTF-16 text without a byte-order mark; save it as UTF-8 first"},
		{"control characters", []byte("a\x01\x02b\x03\x04c\x05\x06d"), ErrBinary, "this does not look like a text file (it holds binary data); open a plain-text, Markdown or HTML file instead"},
		{"empty", nil, ErrEmpty, "there is no text to read in x.txt"},
		{"white space only", []byte(" \r\n\t\n"), ErrEmpty, "there is no text to read in x.txt"},
		{"size cap", make([]byte, MaxSize+1), ErrTooLarge, "x.txt is too large to open: 5.0 MB (5242881 bytes); the limit is 5 MB (5242880 bytes)"},
		{"size cap, far over", make([]byte, 8<<20), ErrTooLarge, "x.txt is too large to open: 8 MB (8388608 bytes); the limit is 5 MB (5242880 bytes)"},
	}
	for _, c := range cases {
		d, err := Decode("x.txt", c.in)
		if !errors.Is(err, c.kind) || err.Error() != c.msg {
			t.Errorf("%s: got %+v, %v; want %q (%v)", c.name, d, err, c.msg, c.kind)
		}
	}
	// Books and office files go to their own decoders: a damaged one is
	// refused as damaged, in words that say what to do.
	for name, in := range map[string][]byte{
		"PDF":  []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"),
		"DOCX": zip("[Content_Types].xml ... word/document.xml"),
		"EPUB": zip("mimetypeapplication/epub+zip"),
	} {
		_, err := Decode("x.txt", in)
		if err == nil || !(errors.Is(err, ErrBinary) || errors.Is(err, ErrDamaged)) ||
			!(strings.Contains(err.Error(), "damaged") || strings.Contains(err.Error(), "could not be read")) {
			t.Errorf("a damaged %s: %v", name, err)
		}
	}
	if _, err := Decode("", []byte("   ")); err == nil || err.Error() != "there is no text to read in the text" {
		t.Errorf("pasted white space: %v", err)
	}
	if _, err := Decode("", make([]byte, MaxSize+1)); err == nil || !strings.HasPrefix(err.Error(), "The text is too large") {
		t.Errorf("pasted text over the cap: %v", err)
	}
	if _, err := Decode("x.txt", []byte(strings.Repeat("a", MaxSize))); err != nil {
		t.Errorf("exactly the cap: %v", err)
	}
}

func TestTitles(t *testing.T) {
	long := strings.Repeat("word ", 40)
	cases := []struct {
		name, file, in, want string
	}{
		{"first line", "notes.txt", "  A plain title  \nBody text.", "A plain title"},
		{"long first line cut at a word", "notes.txt", long + "\nBody.", strings.TrimSpace(strings.Repeat("word ", 24)) + "…"},
		{"long line without spaces", "notes.txt", strings.Repeat("x", 200), strings.Repeat("x", 120) + "…"},
		{"very long line of spaced words", "notes.txt", strings.Repeat("ab          ", 500), strings.TrimSpace(strings.Repeat("ab ", 40)) + "…"},
		{"very long line, mostly spaces", "notes.txt", strings.Repeat("ab"+strings.Repeat(" ", 30), 500), strings.TrimSpace(strings.Repeat("ab ", 29)) + "…"},
		{"exactly the limit", "notes.txt", strings.Repeat("é", 120), strings.Repeat("é", 120)},
		{"first line without letters", "notes.txt", "----\nBody.", "notes"},
		{"file name with a path and two dots", `C:\docs\my.report.txt`, "***", "my.report"},
		{"nothing", "", "* * *", "Untitled"},
		{"Markdown heading", "a.md", "Intro line.\n\n# The Heading\n\nText.", "The Heading"},
		{"Markdown front matter", "a.md", "---\ntitle: \"From matter\"\ndate: 2024\n---\n# Heading\n", "From matter"},
		{"HTML h1", "a.html", "<title>Site | Page</title><h1>Page <em>title</em></h1><p>x</p>", "Page title"},
		{"HTML title", "a.html", "<title>Site &amp; Page</title><p>Text.</p>", "Site & Page"},
	}
	for _, c := range cases {
		d, err := Decode(c.file, []byte(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if d.Title != c.want {
			t.Errorf("%s: title %q, want %q", c.name, d.Title, c.want)
		}
	}
}

func TestFormatChoice(t *testing.T) {
	cases := []struct {
		name, file, in, want string
	}{
		{"extension case", "README.MD", "# Hi\n\n*Yes*", "Hi\n\nYes"},
		{"markdown extension", "a.markdown", "**b**", "b"},
		{"htm", "page.HTM", "<p>a</p><p>b</p>", "a\n\nb"},
		{"text keeps markup", "a.txt", "# Hi *there* <b>x</b>", "# Hi *there* <b>x</b>"},
		{"unknown extension is text", "a.log", "<!doctype html><p>x</p>", "<!doctype html><p>x</p>"},
		{"pasted HTML", "", "\n  <!DOCTYPE html><html><body><p>Hello.</p></body></html>", "Hello."},
		{"pasted html tag", "", "<HTML><p>Hi</p>", "Hi"},
		{"pasted text", "", "Just <b>text</b>.", "Just <b>text</b>."},
		{"no extension sniffed", "README", "<html><p>Hi</p></html>", "Hi"},
	}
	for _, c := range cases {
		d, err := Decode(c.file, []byte(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if d.Text != c.want {
			t.Errorf("%s: text %q, want %q", c.name, d.Text, c.want)
		}
	}
}
