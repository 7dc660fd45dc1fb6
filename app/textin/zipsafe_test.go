package textin

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

// zipEntry is an entry of a test archive.
type zipEntry struct {
	name string
	body string
}

// buildZip returns a ZIP archive of the parts, compressed.
func buildZip(t testing.TB, parts ...zipEntry) []byte { return zipOf(t, zip.Deflate, parts) }

// zipOf returns a ZIP archive of the parts, packed with method.
func zipOf(t testing.TB, method uint16, parts []zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, p.body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// minimalDOCX is a Word document with one paragraph, the parts that
// follow it, and any extra parts.
func minimalDOCX(t testing.TB, para string, extra ...zipEntry) []byte {
	doc := `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="` + wNS + `"><w:body><w:p><w:r><w:t>` +
		para + `</w:t></w:r></w:p></w:body></w:document>`
	return buildZip(t, append([]zipEntry{{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", doc}}, extra...)...)
}

// refusedUnread checks that openArchive, which reads only the archive's
// directory, already refuses data.
func refusedUnread(t *testing.T, kind string, data []byte) {
	t.Helper()
	if _, err := openArchive("x", kind, data); err == nil {
		t.Error("the archive is refused only once it is unpacked")
	}
}

// refusedFast checks that decoding data fails quickly, with an error that
// wraps kind and whose message holds every one of want.
func refusedFast(t *testing.T, dec func(string, []byte) (Doc, error), name string, data []byte, kind error, want ...string) {
	t.Helper()
	start := time.Now()
	_, err := dec(name, data)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("refusing %s took %v", name, d)
	}
	if err == nil {
		t.Fatalf("%s: no error", name)
	}
	if !errors.Is(err, kind) {
		t.Errorf("%s: error %q does not wrap %v", name, err, kind)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%s: error %q does not say %q", name, err, w)
		}
	}
}

func TestZipBombOfZeros(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	w, _ := zw.Create("word/document.xml")
	zero := make([]byte, 1<<20)
	for range 100 {
		w.Write(zero)
	}
	zw.Close()
	refusedFast(t, decodeDOCX, "bomb.docx", buf.Bytes(), ErrDamaged,
		"bomb.docx would expand to more than 20 MB in one part", "damaged or hostile")
	refusedUnread(t, "docx", buf.Bytes())
}

func TestZipHighRatio(t *testing.T) {
	data := buildZip(t, zipEntry{"content.xml", strings.Repeat("\x00", 10<<20)}, zipEntry{"mimetype", "application/vnd.oasis.opendocument.text"})
	refusedFast(t, decodeODT, "", data, ErrDamaged, "this .odt file holds a part that would expand more than 200 times", "hostile")
	refusedUnread(t, "odt", data)
}

func TestZipTotal(t *testing.T) {
	// Entries that claim 16 MB each, stored: the claim alone is refused,
	// before anything is read.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range []string{"a", "b", "c", "d"} {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: n, Method: zip.Store, CompressedSize64: 16 << 20, UncompressedSize64: 16 << 20})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, "tiny")
	}
	zw.Close()
	refusedFast(t, decodeEPUB, "big.epub", buf.Bytes(), ErrDamaged, "big.epub would expand to more than 60 MB, which is more than a document can hold: it may be damaged or hostile")
	refusedUnread(t, "epub", buf.Bytes())
}

func TestZipManyEntries(t *testing.T) {
	parts := make([]zipEntry, 5000)
	for i := range parts {
		parts[i] = zipEntry{fmt.Sprintf("word/p%05d.xml", i), "x"}
	}
	data := buildZip(t, parts...)
	refusedFast(t, decodeDOCX, "many.docx", data, ErrDamaged, "many.docx holds more than 2000 parts", "hostile")
	refusedUnread(t, "docx", data)
}

func TestZipLyingSize(t *testing.T) {
	// The entry says it holds 100 bytes; it holds 5 MB.
	body := []byte(strings.Repeat("<w:p><w:r><w:t>lie</w:t></w:r></w:p>", 150000))
	var packed bytes.Buffer
	fw, _ := flate.NewWriter(&packed, flate.BestSpeed)
	fw.Write(body)
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(body),
		CompressedSize64: uint64(packed.Len()), UncompressedSize64: 100})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(packed.Bytes())
	zw.Close()
	refusedFast(t, decodeDOCX, "lie.docx", buf.Bytes(), ErrDamaged, "lie.docx cannot be opened: it is damaged", "word/document.xml")
}

func TestZipDamaged(t *testing.T) {
	good, err := os.ReadFile("testdata/pride/pride.docx")
	if err != nil {
		t.Fatal(err)
	}
	refusedFast(t, decodeDOCX, "half.docx", good[:len(good)/2], ErrDamaged, "half.docx cannot be opened: it is damaged", "save it again")
	zr, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(good)
	for _, zf := range zr.File {
		if zf.Name == "word/document.xml" {
			off, _ := zf.DataOffset()
			for i := off + 100; i < off+400; i++ {
				flipped[i] ^= 0x55
			}
		}
	}
	refusedFast(t, decodeDOCX, "flipped.docx", flipped, ErrDamaged, "flipped.docx cannot be opened: it is damaged")
	refusedFast(t, decodeDOCX, "notes.docx", []byte("just some text"), ErrDamaged, "notes.docx cannot be opened: it is not a complete Word document")
	refusedFast(t, decodeDOCX, "scan.docx", []byte("%PDF-1.7 ..."), ErrBinary, "PDF")
	refusedFast(t, decodeODT, "empty.odt", []byte("PK\x05\x06"+strings.Repeat("\x00", 18)), ErrDamaged, "empty.odt cannot be opened: it is damaged: its text (content.xml) is missing")
	refusedFast(t, decodeDOCX, "bad.docx", minimalDOCX(t, "<unclosed"), ErrDamaged, "garbled")
	refusedFast(t, decodeDOCX, "huge.docx", bytes.Repeat([]byte{'P', 'K', 3, 4}, MaxContainerSize/4+1), ErrTooLarge, "huge.docx is too large to open", "32 MB")
}

func TestTooMuchText(t *testing.T) {
	// Varied words, so that the part compresses like text does.
	var b strings.Builder
	seed := uint32(1)
	for b.Len() < MaxSize+MaxSize/10 {
		seed = seed*1664525 + 1013904223
		for n := 2 + seed>>28; n > 0; n-- {
			b.WriteByte(byte('a' + (seed>>(n*3))%26))
		}
		b.WriteByte(' ')
	}
	refusedFast(t, decodeDOCX, "long.docx", minimalDOCX(t, b.String()), ErrTooLarge, "long.docx is too large to open: it holds more than 5 MB (5242880 bytes) of text")
}

func TestIsContainer(t *testing.T) {
	read := func(f string) []byte {
		b, err := os.ReadFile("testdata/pride/" + f)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"pride.docx", read("pride.docx"), "docx"},
		{"", read("pride.docx"), "docx"},
		{"renamed.odt", read("pride.docx"), "docx"},
		{"", read("pride.odt"), "odt"},
		{"", read("pride.epub"), "epub"},
		{"book.EPUB", []byte("not a zip"), "epub"},
		{"cut.docx", read("pride.docx")[:3000], "docx"},
		{"photos.zip", buildZip(t, zipEntry{"a.jpg", "x"}), ""},
		{"sheet.xlsx", buildZip(t, zipEntry{"xl/workbook.xml", "<x/>"}), ""},
		{"sheet.docx", buildZip(t, zipEntry{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}), ""},
		{"notes.txt", []byte("Hello."), ""},
	}
	for _, c := range cases {
		if got := IsContainer(c.name, c.data); got != c.want {
			t.Errorf("IsContainer(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
