package jsonstrict

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// Canonical re-encodes the first JSON value of raw in the canonical form
// that checksums cover: object keys sorted, no insignificant space, numbers
// as written, strings escaped as encoding/json does without HTML escaping.
// The members named by omit are left out of the top-level object; when
// omit is given, raw must hold an object (or null).
func Canonical(raw []byte, omit ...string) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if len(omit) > 0 {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			return nil, err
		}
		for _, k := range omit {
			delete(m, k)
		}
		v = m
	} else if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Checksum is "sha256:" + the hex SHA-256 of Canonical(raw, omit...).
func Checksum(raw []byte, omit ...string) (string, error) {
	c, err := Canonical(raw, omit...)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(c)
	return "sha256:" + hex.EncodeToString(sum[:]), nil
}

// MarshalIndent writes v as JSON indented by two spaces, without HTML
// escaping, ending in a newline.
func MarshalIndent(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
