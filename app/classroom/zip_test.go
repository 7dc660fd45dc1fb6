package classroom

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"strings"
	"testing"
)

// zipOf builds a zip archive of name, content pairs.
func zipOf(t testing.TB, pairs ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for i := 0; i+1 < len(pairs); i += 2 {
		f, err := w.Create(pairs[i])
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(pairs[i+1]))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rawZip builds a zip with one entry written as given, header and all.
func rawZip(t testing.TB, h zip.FileHeader, body []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	f, err := w.CreateRaw(&h)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(body)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// deflated returns n zero bytes compressed with DEFLATE.
func deflated(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestCompression)
	chunk := make([]byte, 1<<20)
	for left := n; left > 0; left -= len(chunk) {
		zw.Write(chunk[:min(left, len(chunk))])
	}
	zw.Close()
	return buf.Bytes()
}

func TestReadZip(t *testing.T) {
	data := zipOf(t, "Anna_1/anna.json", "{}", "__MACOSX/Anna_1/._anna.json", "junk", "Ben_2/", "",
		"Ben_2/.DS_Store", "junk", "Ben_2/ben.json", "[]", "Thumbs.db", "x")
	files, err := ReadZip(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files[0].Name != "Anna_1/anna.json" || string(files[0].Data) != "{}" || files[1].Name != "Ben_2/ben.json" {
		t.Errorf("files = %+v", files)
	}
	if files, err := ReadZip(zipOf(t)); err != nil || len(files) != 0 {
		t.Errorf("an empty zip: %v %v", files, err)
	}
}

// TestReadZipRefuses checks the caps (zip bombs) and damaged archives.
func TestReadZipRefuses(t *testing.T) {
	const big = MaxZipTotal + 1<<20
	bomb := deflated(t, big)
	crc := crc32.ChecksumIEEE(make([]byte, big))
	var many []string
	for i := range MaxZipEntries + 1 {
		many = append(many, strings.Repeat("x", i%7+1)+string(rune('a'+i%26))+"/"+string(rune('0'+i%10))+".json", "")
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("PK\x03\x04 but nothing else"), "not a readable zip file"},
		{"too large", make([]byte, MaxZipSize+1), "the zip file is larger than 64 MB"},
		{"too many entries", zipOf(t, many...), "the zip holds 2001 entries; at most 2000"},
		{"zip bomb that says so", rawZip(t, zip.FileHeader{Name: "bomb.json", Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(bomb)), UncompressedSize64: big}, bomb), "the zip unpacks to more than 64 MB"},
		{"zip bomb that lies", rawZip(t, zip.FileHeader{Name: "bomb.json", Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(bomb)), UncompressedSize64: 100}, bomb), `entry "bomb.json": the entry unpacks to more than the zip's directory says (a zip bomb?)`},
		{"encrypted", rawZip(t, zip.FileHeader{Name: "a.json", Method: zip.Store, Flags: 1, CompressedSize64: 2, UncompressedSize64: 2}, []byte("{}")), `entry "a.json" is encrypted`},
		{"unknown method", rawZip(t, zip.FileHeader{Name: "a.json", Method: 99, CompressedSize64: 2, UncompressedSize64: 2}, []byte("{}")), `entry "a.json": unsupported compression method 99`},
		{"bad CRC", rawZip(t, zip.FileHeader{Name: "a.json", Method: zip.Store, CRC32: 1, CompressedSize64: 2, UncompressedSize64: 2}, []byte("{}")), `entry "a.json": damaged`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files, err := ReadZip(c.data)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("ReadZip = %d files, %v; want an error containing %q", len(files), err, c.want)
			}
		})
	}
}
