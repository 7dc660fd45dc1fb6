package library

import (
	"bytes"
	"encoding/json"

	"annotator/app/store"
)

// RawData is every stored value of document id exactly as stored, as one
// JSON object from key to value (keys in order), for a record the app
// cannot read: valid JSON whatever the values hold (control characters
// are escaped the JSON way; in the browser the values are quoted by
// JavaScript, so that lone surrogates stay \uXXXX escapes: see
// store.Quoter), so that any JSON tool reads it back to the same strings. Keys that vanish while it reads are left out.
func RawData(repo store.Repo, id string) ([]byte, error) {
	keys, err := repo.DocKeys(id)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("{")
	first := true
	for _, k := range keys {
		vj, ok, err := store.Quote(repo.KV, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		kj, _ := json.Marshal(k) // strings always marshal
		if !first {
			b.WriteString(",")
		}
		first = false
		b.WriteString("\n")
		b.Write(kj)
		b.WriteString(": ")
		b.WriteString(vj)
	}
	b.WriteString("\n}\n")
	return b.Bytes(), nil
}

// RawFileName names the raw-data download of document id.
func RawFileName(id string) string {
	if len(id) > 12 {
		id = id[:12]
	}
	return "annotator-raw-" + id + ".json"
}
