package textin

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ZIP-based documents (DOCX, ODT, EPUB), opened with care: a document
// file is a ZIP archive, and a damaged or hostile archive may claim or
// hold far more than a document ever does (a "zip bomb"). openArchive
// checks the whole directory before anything is unpacked, and every part
// is then read through a limit of the size it declared.

// ErrDamaged is wrapped by the error for a document file (DOCX, ODT,
// EPUB) that cannot be read: a broken or hostile archive, or parts that do
// not parse.
var ErrDamaged = errors.New("damaged file")

// MaxContainerSize is the largest DOCX, ODT or EPUB file the decoders
// accept, in bytes (32 MB): these files are compressed and may carry
// pictures, so they may be larger than MaxSize, the limit on their text.
const MaxContainerSize = 32 << 20

const (
	maxParts      = 2000     // entries in an archive
	maxPartSize   = 20 << 20 // unpacked size of one entry
	maxExpanded   = 60 << 20 // unpacked size of all entries, and of all reads
	maxRatio      = 200      // unpacked to packed size, for entries over ratioFloor
	ratioFloor    = 1 << 20
	maxXMLDepth   = 1000 // nesting of XML elements
	zipLocalSig   = "PK\x03\x04"
	zipEmptySig   = "PK\x05\x06"
	zipCentralSig = "PK\x01\x02"
)

// containerNames are the names of the container kinds, for messages.
var containerNames = map[string]string{"docx": "Word document", "odt": "OpenDocument text", "epub": "EPUB e-book"}

// containerAdvice says what to do with a file that cannot be read.
var containerAdvice = map[string]string{
	"docx": "open it in Word or LibreOffice and save it again, or save it as text",
	"odt":  "open it in LibreOffice and save it again, or save it as text",
	"epub": "download the e-book again, or open a plain-text copy of it",
}

// archive is an opened document file.
type archive struct {
	name  string // for messages: "pride.docx" or "this .docx file"
	kind  string // "docx", "odt" or "epub"
	files map[string]*zip.File
	fold  map[string]*zip.File // by lower-case name
	read  int64                // bytes unpacked so far
}

// openArchive opens data, a document file of the given kind named name,
// after checking the archive's directory: at most maxParts entries, none
// over maxPartSize unpacked, none over ratioFloor that expands more than
// maxRatio times, and at most maxExpanded in all.
func openArchive(name, kind string, data []byte) (*archive, error) {
	a := &archive{name: baseName(name), kind: kind}
	if a.name == "" {
		a.name = "this ." + kind + " file"
	}
	if len(data) > MaxContainerSize {
		return nil, &refusal{ErrTooLarge, fmt.Sprintf("%s is too large to open: %s (%d bytes); the limit for Word, OpenDocument and EPUB files is %s (%d bytes)",
			a.name, megabytes(len(data)), len(data), megabytes(MaxContainerSize), MaxContainerSize)}
	}
	if !bytes.HasPrefix(data, []byte(zipLocalSig)) && !bytes.HasPrefix(data, []byte(zipEmptySig)) {
		if err := sniffBinary(data); err != nil {
			return nil, err
		}
		return nil, a.damaged("it is not a complete " + containerNames[kind] + " (it may be damaged, or another kind of file renamed)")
	}
	// Every directory entry starts with this signature: counting them
	// bounds the entries before the zip reader allocates one for each.
	if bytes.Count(data, []byte(zipCentralSig)) > maxParts {
		return nil, a.hostile(fmt.Sprintf("holds more than %d parts, which is more than a document has", maxParts))
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, a.damaged("it is damaged: the list of what it holds cannot be read")
	}
	if len(zr.File) > maxParts {
		return nil, a.hostile(fmt.Sprintf("holds more than %d parts, which is more than a document has", maxParts))
	}
	a.files = make(map[string]*zip.File, len(zr.File))
	a.fold = make(map[string]*zip.File, len(zr.File))
	var total uint64
	for _, f := range zr.File {
		size := f.UncompressedSize64
		if size > maxPartSize {
			return nil, a.hostile(fmt.Sprintf("would expand to more than %s in one part, which is more than a document can hold", megabytes(maxPartSize)))
		}
		if size > ratioFloor && size > maxRatio*f.CompressedSize64 {
			return nil, a.hostile(fmt.Sprintf("holds a part that would expand more than %d times, which a document never does", maxRatio))
		}
		if total += size; total > maxExpanded {
			return nil, a.hostile(fmt.Sprintf("would expand to more than %s, which is more than a document can hold", megabytes(maxExpanded)))
		}
		if _, dup := a.files[f.Name]; !dup {
			a.files[f.Name] = f
		}
		if low := strings.ToLower(f.Name); a.fold[low] == nil {
			a.fold[low] = f
		}
	}
	return a, nil
}

// damaged is the error for a file that cannot be read.
func (a *archive) damaged(why string) error {
	return &refusal{ErrDamaged, fmt.Sprintf("%s cannot be opened: %s; %s", a.name, why, containerAdvice[a.kind])}
}

// hostile is the error for an archive that claims more than a document.
func (a *archive) hostile(why string) error {
	return &refusal{ErrDamaged, fmt.Sprintf("%s %s: it may be damaged or hostile", a.name, why)}
}

// tooMuchText is the error for a document whose text is over MaxSize.
func (a *archive) tooMuchText() error {
	return &refusal{ErrTooLarge, fmt.Sprintf("%s is too large to open: it holds more than %s (%d bytes) of text; the limit is %s (%d bytes)",
		a.name, megabytes(MaxSize), MaxSize, megabytes(MaxSize), MaxSize)}
}

// file returns the entry named p, matching case only when it must.
func (a *archive) file(p string) *zip.File {
	if f := a.files[p]; f != nil {
		return f
	}
	return a.fold[strings.ToLower(p)]
}

// has reports whether the archive holds an entry named p.
func (a *archive) has(p string) bool { return a.file(p) != nil }

// open returns a reader of entry p that reads at most its declared size
// and fails, with the damaged error, when the entry holds more, is
// corrupt, or the reads of the whole archive pass maxExpanded.
func (a *archive) open(p string) (io.ReadCloser, error) {
	f := a.file(p)
	if f == nil {
		return nil, a.damaged("it is damaged: a part of it (" + p + ") is missing")
	}
	if f.Flags&1 != 0 {
		return nil, a.damaged("it is locked with a password")
	}
	rc, err := f.Open()
	if err != nil {
		if errors.Is(err, zip.ErrAlgorithm) {
			return nil, a.damaged("it is packed in a way this app cannot unpack")
		}
		return nil, a.damaged("it is damaged: a part of it (" + p + ") cannot be unpacked")
	}
	size := int64(f.UncompressedSize64)
	return &partReader{a: a, part: p, rc: rc, r: io.LimitReader(rc, size+1), size: size}, nil
}

// partReader reads one entry, checking its size.
type partReader struct {
	a    *archive
	part string
	rc   io.ReadCloser
	r    io.Reader
	size int64
	n    int64
}

// Read reads from the entry.
func (p *partReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.n += int64(n)
	p.a.read += int64(n)
	switch {
	case p.n > p.size:
		return n, p.a.damaged("it is damaged: a part of it (" + p.part + ") holds more than it claims")
	case p.a.read > maxExpanded:
		return n, p.a.hostile(fmt.Sprintf("would expand to more than %s, which is more than a document can hold", megabytes(maxExpanded)))
	case err != nil && err != io.EOF:
		return n, p.a.damaged("it is damaged: a part of it (" + p.part + ") cannot be unpacked")
	}
	return n, err
}

// Close closes the entry.
func (p *partReader) Close() error { return p.rc.Close() }

// readAll returns the whole of entry p.
func (a *archive) readAll(p string) ([]byte, error) {
	rc, err := a.open(p)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// walkXML reads entry p as XML and calls fn with each token (the tokens
// are only valid during the call). Nesting deeper than maxXMLDepth, bad
// XML and read errors end the walk with a damaged error; an error from fn
// ends it with that error.
func (a *archive) walkXML(p string, fn func(tok xml.Token) error) error {
	rc, err := a.open(p)
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "utf-8", "utf8", "us-ascii", "ascii":
			return r, nil
		}
		return nil, errors.New("unknown encoding")
	}
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		var r *refusal
		if errors.As(err, &r) {
			return err
		}
		if err != nil {
			return a.damaged("it is damaged: a part of it (" + p + ") is garbled")
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxXMLDepth {
				return a.hostile(fmt.Sprintf("nests parts of its text more than %d deep, which a document never does", maxXMLDepth))
			}
		case xml.EndElement:
			depth--
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}

// xmlAttr returns the value of the attribute with this local name (in any
// namespace), "" when it has none.
func xmlAttr(e xml.StartElement, local string) string {
	for _, at := range e.Attr {
		if at.Name.Local == local {
			return at.Value
		}
	}
	return ""
}
