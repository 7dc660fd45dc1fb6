package formats

import (
	"bytes"
	"encoding/json"

	"annotator/app/jsonstrict"
)

// The W3C reader takes a file apart in small steps, with a json.Decoder,
// instead of with json.Unmarshal passes over the whole file: the lists of
// annotations (the top-level array, a page's items, the first page's
// items) are read one annotation at a time, with progress between them,
// so that a large file never blocks the page for long. The pieces are then
// checked as before; Scan has already checked the syntax, the keys and the
// lengths of the lists.

// split reads data (a JSON object or array) into the top-level object, or
// for an array its elements. An embedded first page is kept in r.first
// (its "first" value in the top object stands in as {}), and the items of
// the top-level page or of the first page in r.items by their path (the
// "items" value stands in as []).
func (r *w3cReader) split(data []byte, st stage) (top jsonObject, arr []json.RawMessage, err error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	s := &w3cSplitter{dec: dec, data: data, st: st}
	tok, err := dec.Token()
	if err != nil {
		return nil, nil, jsonstrict.SyntaxError(data, err)
	}
	if tok == json.Delim('[') {
		arr, err = s.elements()
		return nil, arr, err
	}
	r.items = map[string][]json.RawMessage{}
	top, err = s.object(func(key string) (json.RawMessage, bool, error) {
		switch {
		case key == "first" && s.next() == '{':
			if _, err := dec.Token(); err != nil {
				return nil, false, err
			}
			page, err := s.object(func(key string) (json.RawMessage, bool, error) {
				return s.itemsOf(key, "$.first.items", r.items)
			})
			r.first = page
			return json.RawMessage("{}"), true, err
		default:
			return s.itemsOf(key, "$.items", r.items)
		}
	})
	return top, nil, err
}

// w3cSplitter reads the parts of one file.
type w3cSplitter struct {
	dec  *json.Decoder
	data []byte
	st   stage
	n    int // elements read, for progress
}

// next returns the first byte of the value after the decoder's position
// (past white space and a ":" or ","), 0 at the end.
func (s *w3cSplitter) next() byte {
	for _, c := range s.data[s.dec.InputOffset():] {
		switch c {
		case ' ', '\t', '\n', '\r', ':', ',':
			continue
		}
		return c
	}
	return 0
}

// object reads the rest of an object whose "{" is read: each value is
// taken by take when it takes it (ok), else decoded whole.
func (s *w3cSplitter) object(take func(key string) (json.RawMessage, bool, error)) (jsonObject, error) {
	o := jsonObject{}
	for s.dec.More() {
		tok, err := s.dec.Token()
		if err != nil {
			return nil, jsonstrict.SyntaxError(s.data, err)
		}
		key, _ := tok.(string)
		v, ok, err := take(key)
		if err != nil {
			return nil, err
		}
		if !ok {
			if err := s.dec.Decode(&v); err != nil {
				return nil, jsonstrict.SyntaxError(s.data, err)
			}
		}
		o[key] = v
	}
	if _, err := s.dec.Token(); err != nil { // the closing "}"
		return nil, jsonstrict.SyntaxError(s.data, err)
	}
	return o, nil
}

// itemsOf takes the value of key when it is "items" and an array: its
// elements go to items[path] and the value stands in as [].
func (s *w3cSplitter) itemsOf(key, path string, items map[string][]json.RawMessage) (json.RawMessage, bool, error) {
	if key != "items" || s.next() != '[' {
		return nil, false, nil
	}
	if _, err := s.dec.Token(); err != nil {
		return nil, false, jsonstrict.SyntaxError(s.data, err)
	}
	els, err := s.elements()
	items[path] = els
	return json.RawMessage("[]"), true, err
}

// elements reads the rest of an array whose "[" is read, reporting
// progress every progressEvery elements.
func (s *w3cSplitter) elements() ([]json.RawMessage, error) {
	var out []json.RawMessage
	for s.dec.More() {
		var v json.RawMessage
		if err := s.dec.Decode(&v); err != nil {
			return nil, jsonstrict.SyntaxError(s.data, err)
		}
		out = append(out, v)
		if s.n++; s.n%progressEvery == 0 {
			s.st.report(int(s.dec.InputOffset()), len(s.data))
		}
	}
	if _, err := s.dec.Token(); err != nil { // the closing "]"
		return nil, jsonstrict.SyntaxError(s.data, err)
	}
	return out, nil
}
