// Package textin turns a file that a user opens, drops or pastes into the
// plain text the annotator splits into sentences.
//
// Decode checks the size first, refuses binary files (known signatures
// such as PDF, ZIP-based office files and images; NUL bytes; many control
// characters), decodes the bytes (UTF-8 with or without a byte-order mark,
// UTF-16 with a byte-order mark, else Windows-1252), converts Markdown and
// HTML to their text (see markdown.go and htmltext.go for what is kept),
// takes a plain text's Project Gutenberg header and licence off
// (gutenberg.go) and joins its hard-wrapped lines (Unwrap, wrap.go),
// normalises line ends, blank lines and control characters, and picks a
// title: a Project Gutenberg "Title:", the first heading (Markdown front-matter title or heading, HTML
// <h1> or <title>), else the first line when it holds a letter or digit,
// else the file name without its extension, else "Untitled"; titles taken
// from the text are capped at 120 characters, cut at a word with "…".
//
// Everything runs in time linear in the input: no step looks back or
// forward more than a bounded distance without consuming what it read.
package textin

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// utf8BOM is the byte-order mark some editors put before UTF-8 text.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// MaxSize is the largest input Decode accepts, in bytes (5 MB).
const MaxSize = 5 << 20

// Doc is a decoded text.
type Doc struct {
	// Title is the first heading, else the first line, else the file name
	// without its extension (see the package comment).
	Title string
	// Text is the plain text: lines end with "\n", paragraphs are separated
	// by a blank line (Markdown, HTML) or as the file had them (plain text,
	// whose hard-wrapped paragraphs are joined into one line each).
	Text string
	// Headings are the byte offsets in Text at which heading paragraphs
	// (a chapter line, a Markdown or HTML heading, a Word or LibreOffice
	// heading style, an EPUB chapter title) start, in order; a heading
	// paragraph runs to the end of its line.
	Headings []int
	// Lang is the language the file declares (an HTML lang attribute, the
	// metadata of an EPUB, DOCX or ODT file, a Project Gutenberg
	// "Language:" line) as a BCP 47 tag, "" when it declares none.
	Lang string
	// Author is the author the file names (metadata, a Project Gutenberg
	// header), "" when it names none.
	Author string
	// Notice says, for the reader, what the import left out or changed
	// (such as a Project Gutenberg header and licence), "" when nothing.
	Notice string
}

// ErrTooLarge is wrapped by the error for input over MaxSize.
var ErrTooLarge = errors.New("too large")

// ErrBinary is wrapped by the error for input that is not text.
var ErrBinary = errors.New("not a text file")

// ErrEmpty is wrapped by the error for input that has no text.
var ErrEmpty = errors.New("no text")

// refusal is an error with a message for the user that wraps one of the
// sentinel errors above.
type refusal struct {
	kind error
	msg  string
}

func (e *refusal) Error() string { return e.msg }
func (e *refusal) Unwrap() error { return e.kind }

// format is how a text is marked up.
type format int

const (
	formatText format = iota
	formatMarkdown
	formatHTML
)

// Decode turns the bytes of a file named name (a base name such as
// "notes.md"; "" for pasted text) into plain text and a title. The error
// wraps ErrTooLarge, ErrBinary or ErrEmpty and says why in words a user
// can act on.
func Decode(name string, data []byte) (Doc, error) { return decode(name, data, false) }

// DecodeOwned is Decode for data that nothing changes afterwards (a
// file's bytes just read): its text may then share data's memory
// instead of copying it (a book is megabytes, and WebAssembly memory
// never shrinks).
func DecodeOwned(name string, data []byte) (Doc, error) { return decode(name, data, true) }

// decode is Decode; owned says data is never changed afterwards.
func decode(name string, data []byte, owned bool) (Doc, error) {
	// Books and office files: their own size caps apply to the file, and
	// MaxSize to the text they hold (a 20 MB PDF may hold 1 MB of text).
	switch IsContainer(name, data) {
	case "docx":
		return decodeDOCX(name, data)
	case "odt":
		return decodeODT(name, data)
	case "epub":
		return decodeEPUB(name, data)
	}
	if isPDF(name, data) {
		return decodePDF(name, data)
	}
	if len(data) > MaxSize {
		return Doc{}, tooLarge(name, len(data))
	}
	if err := sniffBinary(data); err != nil {
		return Doc{}, err
	}
	var text string
	if body := bytes.TrimPrefix(data, utf8BOM); owned && len(body) > 0 && utf8.Valid(body) {
		text = unsafe.String(&body[0], len(body)) // as decodeCharset, without its copy
	} else {
		text = decodeCharset(data)
	}
	if err := checkText(text, data); err != nil {
		return Doc{}, err
	}
	text = clean(text)
	var heading string
	var heads []int // heading offsets in text, moved along by tidyAt
	var meta Doc    // what a plain text says of itself (a Project Gutenberg header)
	f := formatOf(name, text)
	switch f {
	case formatMarkdown:
		text, heading, heads = markdownText(text)
	case formatHTML:
		text, heading, heads, meta.Lang = htmlDoc(text)
		text, heads = settleHeads(text, heads)
	case formatText:
		text, meta = plainText(text)
		heading = meta.Title
	}
	text, heads = tidyAt(clean(text), heads)
	if text == "" {
		what := "the text"
		if name != "" {
			what = name
		}
		return Doc{}, &refusal{ErrEmpty, "there is no text to read in " + what}
	}
	doc := Doc{Title: pickTitle(heading, text, name), Text: text, Headings: heads,
		Lang: meta.Lang, Author: meta.Author, Notice: meta.Notice}
	if f == formatText {
		doc.Headings = textHeadings(text, doc.Title)
	}
	return doc, nil
}

// isPDF reports whether a file is a PDF: by its signature (which the
// format allows anywhere in the first kilobyte), or by its name.
func isPDF(name string, data []byte) bool {
	head := data[:min(len(data), 1024)]
	return bytes.Contains(head, []byte("%PDF-")) || strings.EqualFold(extension(name), ".pdf")
}

// formatOf chooses the format by the file name's extension, or for pasted
// text and names without an extension by the content.
func formatOf(name, text string) format {
	switch strings.ToLower(extension(name)) {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return formatMarkdown
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case "":
		if looksLikeHTML(text) {
			return formatHTML
		}
	}
	return formatText
}

// looksLikeHTML reports whether text starts, after white space, with an
// HTML doctype or an <html> tag.
func looksLikeHTML(text string) bool {
	head := strings.TrimLeft(text, " \t\n")
	if len(head) > 20 {
		head = head[:20]
	}
	head = strings.ToLower(head)
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// extension returns the extension of a base name, "" when it has none; a
// leading dot (".profile") is not an extension.
func extension(name string) string {
	name = baseName(name)
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		return name[i:]
	}
	return ""
}

// baseName drops any directory part, with either kind of slash.
func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}
