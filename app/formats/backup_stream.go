package formats

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"

	"annotator/app/jsonstrict"
)

// backupMember is one member of a backup's top-level object, as
// splitBackup finds it: its key, its value's bytes and where they start in
// the file. The documents array is also split into its items (docs), so
// that each document is decoded, checked and summed on its own, with
// progress between them.
type backupMember struct {
	key   string
	raw   []byte
	start int
	docs  []backupItem // set for a "documents" array
	isArr bool
}

// backupItem is one item of the documents array: its bytes and offset.
type backupItem struct {
	raw   []byte
	start int
}

// splitBackup walks the top-level object of data (which jsonstrict.Scan
// has checked: valid JSON, no duplicate keys) and returns its members in
// file order, the documents array split into its items, reporting
// progress to s document by document. Nothing is decoded into values.
func splitBackup(data []byte, s stage) ([]backupMember, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // the '{'
		return nil, jsonstrict.SyntaxError(data, err)
	}
	var out []backupMember
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, jsonstrict.SyntaxError(data, err)
		}
		key, _ := tok.(string)
		m := backupMember{key: key}
		if key == "documents" && nextValueByte(data, int(dec.InputOffset())) == '[' {
			m.isArr = true
			m.start = bytes.IndexByte(data[dec.InputOffset():], '[') + int(dec.InputOffset())
			if _, err := dec.Token(); err != nil {
				return nil, jsonstrict.SyntaxError(data, err)
			}
			for dec.More() {
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					return nil, jsonstrict.SyntaxError(data, err)
				}
				m.docs = append(m.docs, backupItem{raw: raw, start: int(dec.InputOffset()) - len(raw)})
				s.report(int(dec.InputOffset()), len(data))
			}
			if _, err := dec.Token(); err != nil { // the ']'
				return nil, jsonstrict.SyntaxError(data, err)
			}
			m.raw = data[m.start:dec.InputOffset()]
		} else {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, jsonstrict.SyntaxError(data, err)
			}
			m.raw, m.start = raw, int(dec.InputOffset())-len(raw)
		}
		out = append(out, m)
	}
	return out, nil
}

// nextValueByte returns the first byte at or after off that is neither
// white space nor the colon after a key (0 at the end).
func nextValueByte(data []byte, off int) byte {
	for ; off < len(data); off++ {
		switch c := data[off]; c {
		case ' ', '\t', '\n', '\r', ':':
		default:
			return c
		}
	}
	return 0
}

// decodeAt decodes raw, found at offset start of data as the value of
// field (a dotted Go-field path such as "documents", "" at the top), into
// v, with unknown fields refused when strict. Its error names the place as
// a decode of the whole file would: the field path and the line in data.
func decodeAt(data, raw []byte, start int, field string, v any, strict bool) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if strict {
		dec.DisallowUnknownFields()
	}
	err := dec.Decode(v)
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		c := *te
		c.Offset += int64(start)
		switch {
		case c.Field == "":
			c.Field = field
		case field != "":
			c.Field = field + "." + c.Field
		}
		err = &c
	}
	return jsonstrict.DecodeError(data, err)
}

// decodeBackupMembers decodes every member into b in file order, the
// documents one by one with progress to s, and refuses a key that is not
// a member of a backup (as a json.Decoder refusing unknown fields would).
func decodeBackupMembers(data []byte, members []backupMember, b *Backup, s stage) error {
	for _, m := range members {
		var err error
		switch m.key {
		case "format":
			err = decodeAt(data, m.raw, m.start, "format", &b.Format, true)
		case "schema":
			err = decodeAt(data, m.raw, m.start, "schema", &b.Schema, true)
		case "created":
			err = decodeAt(data, m.raw, m.start, "created", &b.Created, true)
		case "checksum":
			err = decodeAt(data, m.raw, m.start, "checksum", &b.Checksum, true)
		case "records":
			err = decodeAt(data, m.raw, m.start, "records", &b.Records, true)
		case "unreadable":
			err = decodeAt(data, m.raw, m.start, "unreadable", &b.Unreadable, true)
		case "documents":
			if !m.isArr {
				err = decodeAt(data, m.raw, m.start, "documents", &b.Documents, true)
				break
			}
			b.Documents = make([]BackupDocument, len(m.docs))
			for i, d := range m.docs {
				if err = decodeAt(data, d.raw, d.start, "documents", &b.Documents[i], true); err != nil {
					break
				}
				s.report(i+1, len(m.docs))
			}
		default:
			err = jsonstrict.DecodeError(data, fmt.Errorf("json: unknown field %q", m.key))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// backupChecksum computes what jsonstrict.Checksum computes over the
// documents array (extended false) or over the whole object without
// headMembers (extended true), document by document with progress to s:
// the canonical form of an array is its items' canonical forms between
// brackets, separated by commas, and that of an object its members'
// sorted by key, so each document is made canonical on its own.
func backupChecksum(members []backupMember, extended bool, s stage) (string, error) {
	h := sha256.New()
	docs := func(m backupMember) error {
		if !m.isArr {
			c, err := jsonstrict.Canonical(m.raw)
			h.Write(c)
			return err
		}
		h.Write([]byte{'['})
		for i, d := range m.docs {
			if i > 0 {
				h.Write([]byte{','})
			}
			c, err := jsonstrict.Canonical(d.raw)
			if err != nil {
				return err
			}
			h.Write(c)
			s.report(i+1, len(m.docs))
		}
		h.Write([]byte{']'})
		return nil
	}
	if !extended {
		for _, m := range members {
			if m.key == "documents" {
				if err := docs(m); err != nil {
					return "", err
				}
			}
		}
		return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
	}
	kept := slices.DeleteFunc(slices.Clone(members), func(m backupMember) bool { return slices.Contains(headMembers, m.key) })
	// As encoding/json sorts map keys; sort.Slice, not slices.SortFunc: the
	// same algorithm without a generic instantiation in app.wasm (#20).
	sort.Slice(kept, func(i, j int) bool { return kept[i].key < kept[j].key })
	h.Write([]byte{'{'})
	for i, m := range kept {
		if i > 0 {
			h.Write([]byte{','})
		}
		key, err := json.Marshal(m.key)
		if err != nil {
			return "", err
		}
		h.Write(key)
		h.Write([]byte{':'})
		if m.key == "documents" {
			err = docs(m)
		} else {
			var c []byte
			c, err = jsonstrict.Canonical(m.raw)
			h.Write(c)
		}
		if err != nil {
			return "", err
		}
	}
	h.Write([]byte{'}'})
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}
