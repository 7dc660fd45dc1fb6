package classroom

import (
	"archive/zip"
	"bytes"
	"crypto/rand"
	"fmt"
	"hash/crc32"
	"runtime"
	"strings"
	"testing"
)

// bombZip is an LMS zip as a hostile student could hand one in: a .json
// entry of 8 MB of zeros (1,000 times smaller packed), a 9 MB .json, a
// 2 MB picture and a .zip, beside one real submission: 20 MB to unpack.
func bombZip(t testing.TB, real []byte) []byte {
	t.Helper()
	const big = 8 << 20
	zeros := deflated(t, big)
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	raw := func(name string, size uint64, crc uint32, body []byte) {
		f, err := w.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(body)), UncompressedSize64: size})
		if err != nil {
			t.Fatal(err)
		}
		f.Write(body)
	}
	raw("Mallory_9_assignsubmission_file_/work.json", big, crc32.ChecksumIEEE(make([]byte, big)), zeros)
	nine := deflated(t, 9<<20)
	raw("Mallory_9_assignsubmission_file_/big.json", 9<<20, crc32.ChecksumIEEE(make([]byte, 9<<20)), nine)
	for name, size := range map[string]int{"Mallory_9_assignsubmission_file_/photo.jpg": 2 << 20, "Mallory_9_assignsubmission_file_/more.zip": 1 << 20} {
		body := make([]byte, size)
		rand.Read(body)
		f, _ := w.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		f.Write(body)
	}
	f, _ := w.Create("Anna_1_assignsubmission_file_/anna.json")
	f.Write(real)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestZipBombsRefusedUnread imports 40 hostile LMS zips at once: every
// entry that cannot be a submission is refused from the zip's directory,
// without unpacking it, so the import allocates about what the zips
// themselves weigh (unpacking them would allocate 800 MB), and the
// real submission inside is taken.
func TestZipBombsRefusedUnread(t *testing.T) {
	ex, _, subs := workedClass(t)
	one := bombZip(t, encoded(t, &subs[1]))
	files := make([]NamedFile, 40)
	for i := range files {
		files[i] = NamedFile{Name: fmt.Sprintf("class-%d.zip", i), Data: one}
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	imp := ImportSubmissions(ex, files)
	runtime.ReadMemStats(&after)
	if got, most := after.TotalAlloc-before.TotalAlloc, uint64(len(one))*40/4+64<<20; got > most {
		t.Errorf("importing 40 zips of %d bytes allocated %d MB, want at most %d MB", len(one), got>>20, most>>20)
	}
	if len(imp.Submissions) != 1 || imp.Files[0] != "class-0.zip: Anna_1_assignsubmission_file_/anna.json" {
		t.Errorf("the real submission must be taken once: %q", imp.Files)
	}
	want := []string{
		"class-0.zip: Mallory_9_assignsubmission_file_/work.json: unpacks to 8 MB from ",
		"class-0.zip: Mallory_9_assignsubmission_file_/big.json: unpacks to 9 MB; a submission is at most 8 MB (not unpacked)",
	}
	got := strings.Join(func() []string {
		var s []string
		for _, r := range imp.Refused[:4] {
			s = append(s, r.String())
		}
		return s
	}(), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("refusals lack %q:\n%s", w, got)
		}
	}
	for _, w := range []string{"photo.jpg: not an annotator submission", "more.zip: a zip inside a zip is not opened"} {
		if !strings.Contains(got, w) {
			t.Errorf("refusals lack %q:\n%s", w, got)
		}
	}
	// 4 refusals per zip, and the other 39 copies of Anna's file.
	if len(imp.Refused) != 40*4+39 {
		t.Errorf("%d refusals, want %d", len(imp.Refused), 40*4+39)
	}
}
