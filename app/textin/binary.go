package textin

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// tooLarge is the error for input of n bytes, over MaxSize.
func tooLarge(name string, n int) error {
	what := "The text"
	if name != "" {
		what = name
	}
	return &refusal{ErrTooLarge, fmt.Sprintf("%s is too large to open: %s (%d bytes); the limit is %s (%d bytes)",
		what, megabytes(n), n, megabytes(MaxSize), MaxSize)}
}

// megabytes formats n bytes as MB (2^20 bytes) with at most one decimal.
func megabytes(n int) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// magic is a file type known by its first bytes: prefix at offset and,
// when also is set, also at alsoAt.
type magic struct {
	prefix string
	offset int
	also   string
	alsoAt int
	what   string // "a PDF file"
	advice string // what to do instead
}

// matches reports whether data starts the way m says.
func (m magic) matches(data []byte) bool {
	at := func(s string, i int) bool { return len(data) >= i+len(s) && string(data[i:i+len(s)]) == s }
	return at(m.prefix, m.offset) && at(m.also, m.alsoAt)
}

const (
	saveAsText = "save it as text first"
	openText   = "open a plain-text, Markdown or HTML file instead"
)

// magics are the binary formats a user is likely to drop by mistake.
var magics = []magic{
	{"%PDF-", 0, "", 0, "a PDF file", saveAsText},
	{"{\\rtf", 0, "", 0, "an RTF document", saveAsText},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "", 0, "an old Microsoft Office document (DOC, XLS or PPT)", saveAsText},
	{"\x89PNG\r\n\x1a\n", 0, "", 0, "a PNG image", openText},
	{"\xff\xd8\xff", 0, "", 0, "a JPEG image", openText},
	{"GIF87a", 0, "", 0, "a GIF image", openText},
	{"GIF89a", 0, "", 0, "a GIF image", openText},
	{"WEBP", 8, "RIFF", 0, "a WebP image", openText},
	{"WAVE", 8, "RIFF", 0, "a WAV audio file", openText},
	{"AVI ", 8, "RIFF", 0, "an AVI video", openText},
	{"II*\x00", 0, "", 0, "a TIFF image", openText},
	{"MM\x00*", 0, "", 0, "a TIFF image", openText},
	{"ftyp", 4, "\x00", 0, "a video or audio file", openText},
	{"ID3", 0, "", 0, "an MP3 file", openText},
	{"OggS", 0, "", 0, "an Ogg audio file", openText},
	{"\x1f\x8b", 0, "", 0, "a gzip archive", "unpack it and open the text file inside"},
	{"7z\xbc\xaf\x27\x1c", 0, "", 0, "a 7-Zip archive", "unpack it and open the text file inside"},
	{"Rar!\x1a\x07", 0, "", 0, "a RAR archive", "unpack it and open the text file inside"},
	{"SQLite format 3\x00", 0, "", 0, "an SQLite database", openText},
	{"\x7fELF", 0, "", 0, "a program", openText},
	{"\x00asm", 0, "", 0, "a WebAssembly module", openText},
}

// zipKinds tell ZIP-based document formats apart by a file name that occurs
// near the start of the archive.
var zipKinds = []struct{ marker, what, advice string }{
	{"word/", "a Word document (DOCX)", saveAsText},
	{"xl/", "an Excel workbook (XLSX)", saveAsText},
	{"ppt/", "a PowerPoint presentation (PPTX)", saveAsText},
	{"mimetypeapplication/epub+zip", "an EPUB e-book", saveAsText},
	{"mimetypeapplication/vnd.oasis.opendocument", "an OpenDocument file (ODT, ODS or ODP)", saveAsText},
}

// sniffBinary refuses input whose first bytes name a binary format.
func sniffBinary(data []byte) error {
	for _, m := range magics {
		if m.matches(data) {
			return looksLike(m.what, m.advice)
		}
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		head := data[:min(len(data), 64<<10)]
		for _, k := range zipKinds {
			if bytes.Contains(head, []byte(k.marker)) {
				return looksLike(k.what, k.advice)
			}
		}
		return looksLike("a ZIP archive", "unpack it and open the text file inside")
	}
	return nil
}

// looksLike is the refusal for a binary format.
func looksLike(what, advice string) error {
	return &refusal{ErrBinary, "this looks like " + what + "; " + advice}
}

// sampleRunes is how much of the start of a decoded text checkText reads.
const sampleRunes = 8 << 10

// minControls is how many control characters a text may hold whatever
// its length: a few stray ones in a short text are replaced, not refused.
const minControls = 3

// checkText refuses decoded text that holds a NUL character in its first
// sampleRunes characters, or more than minControls control characters
// (or U+FFFD, from bytes that decode to nothing) making up over 10% of
// them; raw is the undecoded input, to recognise UTF-16 without a
// byte-order mark.
func checkText(text string, raw []byte) error {
	n, controls, nul := 0, 0, false
	for _, r := range text {
		if n == sampleRunes {
			break
		}
		n++
		switch {
		case r == 0:
			nul = true
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1a,
			r == 0x7f, r == utf8.RuneError:
			controls++
		}
	}
	if nul && bomlessUTF16(raw) {
		return &refusal{ErrBinary, "this looks like UTF-16 text without a byte-order mark; save it as UTF-8 first"}
	}
	if nul || controls > minControls && controls*10 > n {
		return &refusal{ErrBinary, "this does not look like a text file (it holds binary data); " + openText}
	}
	return nil
}

// bomlessUTF16 reports whether most of the first bytes at even or at odd
// offsets are NUL, as in UTF-16 text of Latin letters.
func bomlessUTF16(raw []byte) bool {
	raw = raw[:min(len(raw), 2*sampleRunes)]
	var zeros [2]int
	for i, b := range raw {
		if b == 0 {
			zeros[i%2]++
		}
	}
	half := len(raw) / 2
	return half >= 2 && (zeros[0]*10 >= half*9) != (zeros[1]*10 >= half*9)
}
