package textin

import (
	"encoding/xml"
	"net/url"
	"path"
	"strings"
)

// EPUB e-books.
//
// META-INF/container.xml names the package document (the OPF), whose
// spine lists the chapters in reading order. Each XHTML chapter in the
// spine, but those marked linear="no", goes through the HTML extractor
// (see htmltext.go), so its <h1>–<h6> are heading paragraphs; its
// <header>, <footer>, <aside> and <nav> are kept, as the book's own. A
// chapter whose first paragraph is its title in the table of contents
// (the EPUB 3 nav document or the EPUB 2 NCX) has that paragraph as a
// heading too.
// The table of contents itself is read only when the spine lists it as a
// chapter. Title, author and language come from the package metadata
// (dc:title, dc:creator, dc:language), the language else from the first
// chapter's <html> element. A chapter the spine names but the file lacks
// is left out, with a notice; an e-book whose chapters are encrypted
// (DRM) is refused.

// decodeEPUB returns the text of an EPUB e-book named name.
func decodeEPUB(name string, data []byte) (Doc, error) {
	a, err := openArchive(name, "epub", data)
	if err != nil {
		return Doc{}, err
	}
	opf, err := epubRootfile(a)
	if err != nil {
		return Doc{}, err
	}
	pkg, err := readOPF(a, opf)
	if err != nil {
		return Doc{}, err
	}
	if err := epubLocked(a, pkg); err != nil {
		return Doc{}, err
	}
	labels := epubLabels(a, pkg)
	var body textBuilder
	seen := map[string]bool{}
	missing := false
	for _, id := range pkg.spine {
		it, ok := pkg.items[id]
		if !ok || seen[it.path] || !isXHTML(it.mediaType) {
			continue
		}
		seen[it.path] = true
		if !a.has(it.path) {
			missing = true
			continue
		}
		raw, err := a.readAll(it.path)
		if err != nil {
			return Doc{}, err
		}
		text, heads, lang := xhtmlChapter(xhtmlSource(decodeCharset(raw)))
		text, heads = settleHeads(text, heads)
		if pkg.meta.lang == "" {
			pkg.meta.lang = lang
		}
		body.chunk(text, markLabel(text, heads, labels[it.path]))
		if body.full() {
			return Doc{}, a.tooMuchText()
		}
	}
	notice := ""
	if missing {
		notice = "Some chapters the e-book lists are missing from the file and are left out."
	}
	return a.finish(&body, pkg.meta, notice)
}

// isXHTML reports whether a manifest media type is a content document.
func isXHTML(mediaType string) bool {
	mt := strings.ToLower(strings.TrimSpace(mediaType))
	return mt == "application/xhtml+xml" || mt == "text/html"
}

// epubRootfile returns the path of the package document.
func epubRootfile(a *archive) (string, error) {
	const container = "META-INF/container.xml"
	if !a.has(container) {
		return "", a.damaged("it is damaged: its list of contents (" + container + ") is missing")
	}
	root := ""
	err := a.walkXML(container, func(tok xml.Token) error {
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "rootfile" {
			p := xmlAttr(t, "full-path")
			mt := xmlAttr(t, "media-type")
			if p != "" && (root == "" || mt == "application/oebps-package+xml") {
				root = strings.TrimPrefix(p, "/")
			}
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	if root == "" || !a.has(root) {
		return "", a.damaged("it is damaged: its list of chapters is missing")
	}
	return root, nil
}

// epubItem is an entry of the manifest.
type epubItem struct {
	path, mediaType, props string
}

// epubPackage is what the package document says.
type epubPackage struct {
	meta  docMeta
	items map[string]epubItem // by id
	spine []string            // ids of the linear chapters, in order
	ncx   string              // path of the NCX, "" when none
	nav   string              // path of the nav document, "" when none
}

// readOPF reads the package document at opf.
func readOPF(a *archive, opf string) (*epubPackage, error) {
	pkg := &epubPackage{items: map[string]epubItem{}}
	var field *string
	var b strings.Builder
	tocID := ""
	err := a.walkXML(opf, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			field = nil
			switch {
			case t.Name.Space == dcNS:
				if field = dcField(&pkg.meta, t.Name.Local); field != nil && *field != "" {
					field = nil
				}
				b.Reset()
			case t.Name.Local == "item":
				it := epubItem{epubPath(opf, xmlAttr(t, "href")), xmlAttr(t, "media-type"), xmlAttr(t, "properties")}
				pkg.items[xmlAttr(t, "id")] = it
				if strings.Contains(" "+it.props+" ", " nav ") {
					pkg.nav = it.path
				}
				if it.mediaType == "application/x-dtbncx+xml" && pkg.ncx == "" {
					pkg.ncx = it.path
				}
			case t.Name.Local == "spine":
				tocID = xmlAttr(t, "toc")
			case t.Name.Local == "itemref":
				if xmlAttr(t, "linear") != "no" {
					pkg.spine = append(pkg.spine, xmlAttr(t, "idref"))
				}
			}
		case xml.CharData:
			if field != nil {
				b.Write(t)
			}
		case xml.EndElement:
			if field != nil {
				*field = strings.Join(strings.Fields(b.String()), " ")
			}
			field = nil
		}
		return nil
	})
	if it, ok := pkg.items[tocID]; ok {
		pkg.ncx = it.path
	}
	pkg.meta.lang = cleanLang(pkg.meta.lang)
	return pkg, err
}

// epubPath resolves a reference from the part base: relative to its
// folder, without a #fragment, %-escapes decoded.
func epubPath(base, ref string) string {
	ref, _, _ = strings.Cut(ref, "#")
	if u, err := url.PathUnescape(ref); err == nil {
		ref = u
	}
	if ref == "" {
		return ""
	}
	if strings.HasPrefix(ref, "/") {
		return path.Clean(ref[1:])
	}
	return path.Join(path.Dir(base), ref)
}

// epubLocked refuses an e-book whose chapters META-INF/encryption.xml
// lists as encrypted (fonts may be, harmlessly).
func epubLocked(a *archive, pkg *epubPackage) error {
	const enc = "META-INF/encryption.xml"
	if !a.has(enc) {
		return nil
	}
	chapters := map[string]bool{}
	for _, id := range pkg.spine {
		chapters[pkg.items[id].path] = true
	}
	locked := false
	err := a.walkXML(enc, func(tok xml.Token) error {
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "CipherReference" {
			locked = locked || chapters[epubPath("", xmlAttr(t, "URI"))]
		}
		return nil
	})
	if err != nil {
		return err
	}
	if locked {
		return &refusal{ErrBinary, a.name + " is locked with DRM (copy protection), so its text cannot be read; open an e-book without DRM, such as one from Project Gutenberg"}
	}
	return nil
}

// xhtmlSource makes an XHTML document read as HTML: an empty element
// written "<x/>" becomes "<x></x>", so that "<title/>" or "<h2/>" does
// not take in the text after it. Void elements ("<br/>") stay.
func xhtmlSource(s string) string {
	var b strings.Builder
	done := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		n := i
		for n < len(s) && (isASCIILetter(s[n]) || n > i && (s[n] == ':' || s[n] == '-' || '0' <= s[n] && s[n] <= '9')) {
			n++
		}
		if n == i {
			continue
		}
		k := n
		for k < len(s) && s[k] != '>' {
			if s[k] == '"' || s[k] == '\'' {
				q := strings.IndexByte(s[k+1:], s[k])
				if q < 0 {
					k = len(s)
					break
				}
				k += q + 1
			}
			k++
		}
		if k < len(s) && s[k-1] == '/' && !voidTags[strings.ToLower(s[i:n])] {
			b.WriteString(s[done : k-1])
			b.WriteString("></")
			b.WriteString(s[i:n])
			done = k
		}
		i = k
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}
