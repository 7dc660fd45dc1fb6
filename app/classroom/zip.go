package classroom

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"annotator/app/jsonstrict"
)

// Limits of ReadZip, against zip bombs: a few bytes that unpack to
// gigabytes, or millions of tiny entries.
const (
	// MaxZipSize caps the zip file itself.
	MaxZipSize = 64 << 20
	// MaxZipEntries caps the entries of one zip (directories included).
	MaxZipEntries = 2000
	// MaxZipTotal caps the bytes all entries unpack to together.
	MaxZipTotal = 64 << 20
)

// NamedFile is one file given to the importer: its name (for messages)
// and its bytes.
type NamedFile struct {
	// Name is the file name, or "archive.zip: folder/entry.json" for an
	// entry of a zip.
	Name string
	// Data is the file's content.
	Data []byte
}

// ReadZip returns the files of a zip archive, such as the one a learning
// management system's "download all submissions" gives. Directories and
// the clutter archivers add (__MACOSX/, names starting with ".", Thumbs.db
// and desktop.ini) are skipped; names are the entries' full paths. It
// refuses, before unpacking anything, a zip above MaxZipSize, with more
// than MaxZipEntries entries or whose entries claim more than MaxZipTotal
// bytes, and while unpacking stops at MaxZipTotal bytes whatever the
// entries claim. Encrypted entries and unknown compression methods are
// errors naming the entry.
func ReadZip(data []byte) ([]NamedFile, error) {
	entries, err := readZip(data, func(*zip.File) string { return "" })
	if err != nil {
		return nil, err
	}
	out := make([]NamedFile, len(entries))
	for i, e := range entries {
		out[i] = e.NamedFile
	}
	return out, nil
}

// Limits of the entries of an LMS zip that are read as submissions: any
// other entry is listed as refused without being unpacked.
const (
	// maxRatio caps how many times an entry over ratioFloor may expand;
	// a submission's JSON expands about ten times.
	maxRatio   = 100
	ratioFloor = 1 << 20
)

// zipEntry is an entry of a zip: its file, or why it was not unpacked.
type zipEntry struct {
	NamedFile
	refused string
}

// readSubmissionZip is ReadZip for a zip of submissions: an entry that
// cannot be a submission (not a .json file, a zip, larger than
// MaxSubmissionSize, or expanding more than maxRatio times) is refused by
// its directory entry alone, before anything is unpacked, and does not
// count against MaxZipTotal. The work is so bounded by the zip's size and
// MaxZipTotal, whatever the zip holds.
func readSubmissionZip(data []byte) ([]zipEntry, error) {
	return readZip(data, func(f *zip.File) string {
		name := strings.ToLower(f.Name)
		switch {
		case strings.HasSuffix(name, ".zip"):
			return "a zip inside a zip is not opened; unpack it and import its files"
		case !strings.HasSuffix(name, ".json"):
			return "not an annotator submission (a submission is the .json file the app downloads; this entry is not read)"
		case f.UncompressedSize64 > MaxSubmissionSize:
			return fmt.Sprintf("unpacks to %s; a submission is at most %s (not unpacked)", jsonstrict.HumanBytes(int(min(f.UncompressedSize64, 1<<40))), jsonstrict.HumanBytes(MaxSubmissionSize))
		case f.UncompressedSize64 > ratioFloor && f.UncompressedSize64 > maxRatio*f.CompressedSize64:
			return fmt.Sprintf("unpacks to %s from %s, more than %d times its size: a zip bomb? (not unpacked)", jsonstrict.HumanBytes(int(min(f.UncompressedSize64, 1<<40))), jsonstrict.HumanBytes(int(f.CompressedSize64)), maxRatio)
		}
		return ""
	})
}

// readZip reads the entries of a zip (see ReadZip); skip says why an entry
// is not to be unpacked ("" to unpack it).
func readZip(data []byte, skip func(*zip.File) string) ([]zipEntry, error) {
	if len(data) > MaxZipSize {
		return nil, fmt.Errorf("the zip file is larger than %s, the most that is read", jsonstrict.HumanBytes(MaxZipSize))
	}
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) { // names are only shown, never used as paths
		return nil, fmt.Errorf("not a readable zip file: %v", err)
	}
	if len(r.File) > MaxZipEntries {
		return nil, fmt.Errorf("the zip holds %d entries; at most %d are read", len(r.File), MaxZipEntries)
	}
	var out []zipEntry
	var claimed uint64
	for _, f := range r.File {
		if clutter(f.Name) || f.FileInfo().IsDir() {
			continue
		}
		if why := skip(f); why != "" {
			out = append(out, zipEntry{NamedFile: NamedFile{Name: f.Name}, refused: why})
			continue
		}
		out = append(out, zipEntry{NamedFile: NamedFile{Name: f.Name}})
		claimed += min(f.UncompressedSize64, MaxZipTotal+1)
	}
	if claimed > MaxZipTotal {
		return nil, fmt.Errorf("the zip unpacks to more than %s; at most %s is read", jsonstrict.HumanBytes(MaxZipTotal), jsonstrict.HumanBytes(MaxZipTotal))
	}
	left := int64(MaxZipTotal)
	k := 0
	for _, f := range r.File {
		if clutter(f.Name) || f.FileInfo().IsDir() {
			continue
		}
		e := &out[k]
		k++
		if e.refused != "" {
			continue
		}
		if f.Flags&0x1 != 0 {
			return nil, fmt.Errorf("entry %q is encrypted; unpack the zip with its password first", jsonstrict.Clip(f.Name, 80))
		}
		b, err := readEntry(f, left)
		if err != nil {
			return nil, fmt.Errorf("entry %q: %w", jsonstrict.Clip(f.Name, 80), err)
		}
		left -= int64(len(b))
		e.Data = b
	}
	return out, nil
}

// errZipBomb reports an entry that unpacks to more than it may. (archive/zip
// itself stops an entry at the size the directory gives, and those sizes
// are capped before unpacking; this is the last line of defence.)
var errZipBomb = fmt.Errorf("the zip unpacks to more than %s (more than its entries claim: a zip bomb?)", jsonstrict.HumanBytes(MaxZipTotal))

// readEntry unpacks one entry, at most left bytes.
func readEntry(f *zip.File, left int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		if errors.Is(err, zip.ErrAlgorithm) {
			return nil, fmt.Errorf("unsupported compression method %d", f.Method)
		}
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, left+1))
	switch {
	case int64(len(b)) > left:
		return nil, errZipBomb
	case errors.Is(err, zip.ErrFormat): // archive/zip stops at the size the directory gives
		return nil, errors.New("the entry unpacks to more than the zip's directory says (a zip bomb?)")
	case err != nil:
		return nil, fmt.Errorf("damaged: %v", err)
	}
	return b, nil
}

// clutter reports whether an entry is something archivers add rather than
// a file a person put there.
func clutter(name string) bool {
	if strings.HasPrefix(name, "__MACOSX/") {
		return true
	}
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	return strings.HasPrefix(base, ".") || strings.EqualFold(base, "Thumbs.db") || strings.EqualFold(base, "desktop.ini")
}
