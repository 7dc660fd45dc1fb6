package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"annotator/app/jsonstrict"
)

// MaxW3CSize caps the size of a W3C file DecodeW3C reads.
const MaxW3CSize = 32 << 20

// MaxAnnotations caps the annotations (or CSV rows) of one imported file,
// and the items of any one list in a W3C file. It is checked while the
// file is read, before anything grows with the count.
const MaxAnnotations = 100_000

// W3CFile is what DecodeW3C read from a file.
type W3CFile struct {
	// Label is the collection's label (the document title when this app
	// wrote it); "" for a page or loose annotations.
	Label string
	// Annotations are in file order; an annotation with several targets
	// gives one entry per target.
	Annotations []Annotation
}

// w3cKeys are the W3C keys this package reads; their case must be exact.
var w3cKeys = jsonstrict.KeysFrom("@context", "id", "type", "label", "total", "first", "items", "next", "startIndex",
	"motivation", "created", "modified", "creator", "body", "bodyValue", "target", "source", "selector",
	"exact", "prefix", "suffix", "start", "end", "value", "purpose", "format", "name", "language")

// jsonObject is a decoded JSON object whose values are still raw.
type jsonObject map[string]json.RawMessage

// DecodeW3C reads W3C Web Annotation JSON-LD: an AnnotationCollection with
// an embedded first page (as this app writes), an AnnotationPage, a single
// Annotation (as Hypothesis serves one) or a JSON array of Annotations.
// Selectors other than TextQuoteSelector and TextPositionSelector, bodies
// given only by address, and unknown keys are ignored; duplicate keys,
// keys that differ only in case and values of the wrong type are errors,
// and so are bytes that are not UTF-8 and lists longer than MaxAnnotations.
// opts may give a Progress callback (the first DecodeOptions counts).
func DecodeW3C(data []byte, opts ...DecodeOptions) (*W3CFile, error) {
	if len(data) > MaxW3CSize {
		return nil, sizeError("a W3C annotation file", len(data), MaxW3CSize)
	}
	dopt := decodeOptions(opts)
	data = jsonstrict.StripBOM(data)
	if err := checkUTF8(data, "a W3C annotation file", stage{dopt, 0, 100}); err != nil {
		return nil, err
	}
	scanned := stage{dopt, 100, 500}
	err := jsonstrict.Scan(data, jsonstrict.Options{Known: w3cKeys, MaxItems: MaxAnnotations, Progress: scanned.report})
	if errors.Is(err, jsonstrict.ErrTooManyItems) {
		err.(*jsonstrict.Error).Problem = fmt.Sprintf("the list holds more than %d entries, and a file may hold at most %d annotations: split it into smaller files", MaxAnnotations, MaxAnnotations)
	}
	if err != nil {
		return nil, err
	}
	r := &w3cReader{file: &W3CFile{}, stage: stage{dopt, 700, ProgressTotal}, names: tagNames{}}
	top := json.RawMessage(bytes.TrimSpace(data))
	if top[0] != '[' && top[0] != '{' {
		return nil, jsonstrict.Errorf("$", "expected a W3C annotation, page or collection (a JSON object or array)")
	}
	o, items, err := r.split(top, stage{dopt, 500, 700})
	if err != nil {
		return nil, err
	}
	if top[0] == '[' {
		r.total = len(items)
		for i, it := range items {
			if err := r.annotation(it, jsonstrict.IndexPath("$", i), true); err != nil {
				return nil, err
			}
		}
		return r.file, nil
	}
	if err := checkContext(o, "$", true); err != nil {
		return nil, err
	}
	types, err := strList(o["type"], "$.type")
	if err != nil {
		return nil, err
	}
	switch {
	case slices.Contains(types, "AnnotationCollection"):
		err = r.collection(o)
	case slices.Contains(types, "AnnotationPage"):
		_, err = r.page(o, "$")
	case slices.Contains(types, "Annotation"):
		err = r.annotation(top, "$", false)
	case len(types) == 0:
		err = jsonstrict.Errorf("$", "no type: expected \"Annotation\", \"AnnotationPage\" or \"AnnotationCollection\"")
	default:
		err = jsonstrict.Errorf("$.type", "%q is not an Annotation, AnnotationPage or AnnotationCollection", strings.Join(types, ", "))
	}
	if err != nil {
		return nil, err
	}
	return r.file, nil
}

// w3cReader collects annotations while walking a file.
type w3cReader struct {
	file *W3CFile
	// stage reports progress: read of total annotations.
	stage       stage
	read, total int
	// names counts the file's different tag names (maxTagNames).
	names tagNames
	// first is the embedded first page and items the lists of annotations
	// by path, as split took them apart.
	first jsonObject
	items map[string][]json.RawMessage
}

// collection reads an AnnotationCollection and its embedded first page.
func (r *w3cReader) collection(o jsonObject) error {
	if label, _ := optString(o, "label", "$"); label != "" {
		r.file.Label = label
	}
	total, hasTotal, err := optInt(o, "total", "$")
	if err != nil {
		return err
	}
	first, ok := o["first"]
	if !ok || isNull(first) {
		if hasTotal && total > 0 {
			return jsonstrict.Errorf("$", "the collection says it holds %d annotations but has no first page", total)
		}
		return nil
	}
	if first[0] == '"' {
		return jsonstrict.Errorf("$.first", "the first page is only a link; this app reads collections whose pages are embedded in the file")
	}
	page := r.first
	if page == nil {
		if page, err = asObject(first, "$.first"); err != nil {
			return err
		}
	}
	n, err := r.page(page, "$.first")
	if err != nil {
		return err
	}
	if hasTotal && total != n {
		return jsonstrict.Errorf("$.total", "the collection says it holds %d annotations but its page has %d", total, n)
	}
	return nil
}

// page reads an AnnotationPage and returns how many items it has.
func (r *w3cReader) page(o jsonObject, path string) (int, error) {
	if types, err := strList(o["type"], path+".type"); err != nil {
		return 0, err
	} else if len(types) > 0 && !slices.Contains(types, "AnnotationPage") {
		return 0, jsonstrict.Errorf(path+".type", "expected \"AnnotationPage\", found %q", strings.Join(types, ", "))
	}
	if next, ok := o["next"]; ok && !isNull(next) {
		return 0, jsonstrict.Errorf(path+".next", "the collection continues on another page that this file does not hold; put all annotations in one file")
	}
	raw, ok := o["items"]
	if !ok {
		return 0, jsonstrict.Errorf(path, "the page has no items")
	}
	items, split := r.items[path+".items"]
	if !split && json.Unmarshal(raw, &items) != nil {
		return 0, jsonstrict.Errorf(path+".items", "expected an array of annotations")
	}
	r.total = len(items)
	for i, it := range items {
		if err := r.annotation(it, jsonstrict.IndexPath(path+".items", i), false); err != nil {
			return 0, err
		}
	}
	return len(items), nil
}

// annotation reads one Annotation; needContext asks for its own @context.
func (r *w3cReader) annotation(raw json.RawMessage, path string, needContext bool) error {
	if r.read++; r.read%progressEvery == 0 {
		r.stage.report(r.read, r.total)
	}
	o, err := asObject(raw, path)
	if err != nil {
		return err
	}
	if err := checkContext(o, path, needContext); err != nil {
		return err
	}
	types, err := strList(o["type"], path+".type")
	if err != nil {
		return err
	}
	if !slices.Contains(types, "Annotation") {
		return jsonstrict.Errorf(path+".type", "expected \"Annotation\", found %q", strings.Join(types, ", "))
	}
	a := Annotation{Place: path}
	if a.ID, err = optString(o, "id", path); err != nil {
		return err
	} else if a.ID == "" {
		return jsonstrict.Errorf(path, "the annotation has no id")
	}
	a.Span = isHighlightID(a.ID)
	for _, key := range []string{"created", "modified"} {
		s, err := optString(o, key, path)
		if err != nil || s == "" {
			if err != nil {
				return err
			}
			continue
		}
		t, err := parseTime(s)
		if err != nil {
			return jsonstrict.Errorf(jsonstrict.KeyPath(path, key), "%q is not a date and time such as 2026-01-31T12:00:00Z", s)
		}
		if key == "modified" || a.Modified.IsZero() {
			a.Modified = t
		}
	}
	motivations, err := strList(o["motivation"], path+".motivation")
	if err != nil {
		return err
	}
	if err := readBodies(&a, o, path, motivations); err != nil {
		return err
	}
	for _, t := range a.Tags {
		if err := r.names.add(t.label(), path+".body"); err != nil {
			return err
		}
	}
	traw, ok := o["target"]
	if !ok || isNull(traw) {
		return jsonstrict.Errorf(path, "the annotation has no target")
	}
	targets := elements(traw)
	if len(targets) == 0 {
		return jsonstrict.Errorf(path+".target", "the annotation has no target")
	}
	for i, t := range targets {
		tpath := path + ".target"
		if traw[0] == '[' {
			tpath = jsonstrict.IndexPath(tpath, i)
		}
		b := a
		if len(targets) > 1 {
			b.Place = tpath
		}
		if err := readTarget(&b, t, tpath); err != nil {
			return err
		}
		if len(r.file.Annotations) >= MaxAnnotations {
			return jsonstrict.Errorf(path, "more than %d annotations (counting one per target): a file may hold at most %d; split it into smaller files", MaxAnnotations, MaxAnnotations)
		}
		r.file.Annotations = append(r.file.Annotations, b)
	}
	return nil
}

// readBodies takes the tags and the note from the bodies and bodyValue.
func readBodies(a *Annotation, o jsonObject, path string, motivations []string) error {
	var notes []string
	if s, err := optString(o, "bodyValue", path); err != nil {
		return err
	} else if s != "" {
		notes = append(notes, s)
	}
	braw, ok := o["body"]
	if !ok || isNull(braw) {
		a.Note = strings.Join(notes, NoteSeparator)
		return nil
	}
	tagging := slices.Contains(motivations, "tagging") || slices.Contains(motivations, "classifying")
	for i, b := range elements(braw) {
		bpath := path + ".body"
		if braw[0] == '[' {
			bpath = jsonstrict.IndexPath(bpath, i)
		}
		if b[0] == '"' {
			continue // a body given by address: nothing to read here
		}
		bo, err := asObject(b, bpath)
		if err != nil {
			return err
		}
		value, err := optString(bo, "value", bpath)
		if err != nil {
			return err
		}
		purposes, err := strList(bo["purpose"], bpath+".purpose")
		if err != nil {
			return err
		}
		id, err := optString(bo, "id", bpath)
		if err != nil {
			return err
		}
		isTag := slices.Contains(purposes, "tagging") || slices.Contains(purposes, "classifying") || len(purposes) == 0 && tagging
		switch {
		case isTag && strings.TrimSpace(value) != "":
			t := TagRef{Name: strings.TrimSpace(value)}
			if rest, ok := strings.CutPrefix(id, tagIDPrefix); ok {
				if u, err := url.PathUnescape(rest); err == nil {
					t.ID = u
				}
			}
			a.Tags = append(a.Tags, t)
		case !isTag && value != "":
			notes = append(notes, value)
		}
	}
	a.Note = strings.Join(notes, NoteSeparator)
	return nil
}

// readTarget takes the source and the selectors of one target.
func readTarget(a *Annotation, raw json.RawMessage, path string) error {
	if raw[0] == '"' {
		return json.Unmarshal(raw, &a.Source)
	}
	o, err := asObject(raw, path)
	if err != nil {
		return err
	}
	if a.Source, err = optString(o, "source", path); err != nil {
		return err
	}
	sraw, ok := o["selector"]
	if !ok || isNull(sraw) {
		return nil
	}
	quoted, placed := false, false
	for i, s := range elements(sraw) {
		spath := path + ".selector"
		if sraw[0] == '[' {
			spath = jsonstrict.IndexPath(spath, i)
		}
		if s[0] == '"' {
			continue
		}
		so, err := asObject(s, spath)
		if err != nil {
			return err
		}
		types, err := strList(so["type"], spath+".type")
		if err != nil {
			return err
		}
		switch {
		case slices.Contains(types, "TextQuoteSelector") && !quoted:
			quoted = true
			if _, ok := so["exact"]; !ok {
				return jsonstrict.Errorf(spath, "a TextQuoteSelector needs \"exact\"")
			}
			for key, dst := range map[string]*string{"exact": &a.Quote.Exact, "prefix": &a.Quote.Prefix, "suffix": &a.Quote.Suffix} {
				if *dst, err = optString(so, key, spath); err != nil {
					return err
				}
			}
		case slices.Contains(types, "TextPositionSelector") && !placed:
			placed = true
			start, ok0, err := optInt(so, "start", spath)
			if err != nil {
				return err
			}
			end, ok1, err := optInt(so, "end", spath)
			if err != nil {
				return err
			}
			switch {
			case !ok0 || !ok1:
				return jsonstrict.Errorf(spath, "a TextPositionSelector needs \"start\" and \"end\"")
			case start < 0 || end < start:
				return jsonstrict.Errorf(spath, "start %d and end %d do not make a range", start, end)
			}
			a.Position = &Position{Start: start, End: end}
		}
	}
	return nil
}
