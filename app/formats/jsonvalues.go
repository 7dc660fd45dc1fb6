package formats

import (
	"encoding/json"
	"time"

	"annotator/app/jsonstrict"
)

// checkContext checks that o names the Web Annotation context; a missing
// context is an error only when required.
func checkContext(o jsonObject, path string, required bool) error {
	raw, ok := o["@context"]
	if !ok {
		if required {
			return jsonstrict.Errorf(path, "no @context: this is not W3C Web Annotation JSON-LD")
		}
		return nil
	}
	var one string
	var many []json.RawMessage
	if json.Unmarshal(raw, &one) == nil {
		many = []json.RawMessage{raw}
	} else if json.Unmarshal(raw, &many) != nil {
		return jsonstrict.Errorf(path+".@context", "expected a string or an array")
	}
	for _, c := range many {
		if json.Unmarshal(c, &one) == nil && (one == AnnoContext || one == "https://www.w3.org/ns/anno.jsonld") {
			return nil
		}
	}
	return jsonstrict.Errorf(path+".@context", "does not name %s: this is not W3C Web Annotation JSON-LD", AnnoContext)
}

// asObject decodes a JSON object.
func asObject(raw json.RawMessage, path string) (jsonObject, error) {
	var o jsonObject
	if len(raw) == 0 || raw[0] != '{' || json.Unmarshal(raw, &o) != nil {
		return nil, jsonstrict.Errorf(path, "expected a JSON object")
	}
	return o, nil
}

// optString returns o[key] when it is a string, "" when absent or null.
func optString(o jsonObject, key, path string) (string, error) {
	raw, ok := o[key]
	if !ok || isNull(raw) {
		return "", nil
	}
	var s string
	if raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		return "", jsonstrict.Errorf(jsonstrict.KeyPath(path, key), "expected a string")
	}
	return s, nil
}

// optInt returns o[key] when it is a whole number; ok is false when absent.
func optInt(o jsonObject, key, path string) (n int, ok bool, err error) {
	raw, ok := o[key]
	if !ok || isNull(raw) {
		return 0, false, nil
	}
	if json.Unmarshal(raw, &n) != nil {
		return 0, false, jsonstrict.Errorf(jsonstrict.KeyPath(path, key), "expected a whole number, found %s", jsonstrict.Clip(string(raw), 40))
	}
	return n, true, nil
}

// strList reads a string or an array of strings ("" and null give none).
func strList(raw json.RawMessage, path string) ([]string, error) {
	if len(raw) == 0 || isNull(raw) {
		return nil, nil
	}
	var one string
	if raw[0] == '"' && json.Unmarshal(raw, &one) == nil {
		return []string{one}, nil
	}
	var many []string
	if raw[0] != '[' || json.Unmarshal(raw, &many) != nil {
		return nil, jsonstrict.Errorf(path, "expected a string or an array of strings")
	}
	return many, nil
}

// elements returns the elements of an array, or the value itself.
func elements(raw json.RawMessage) []json.RawMessage {
	if raw[0] != '[' {
		return []json.RawMessage{raw}
	}
	var items []json.RawMessage
	_ = json.Unmarshal(raw, &items) // the scan has checked the syntax
	var out []json.RawMessage
	for _, it := range items {
		if !isNull(it) {
			out = append(out, it)
		}
	}
	return out
}

// isNull reports whether raw is the JSON null.
func isNull(raw json.RawMessage) bool { return string(raw) == "null" }

// parseTime reads an xsd:dateTime; one without a zone is taken as UTC.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t, err = time.Parse("2006-01-02T15:04:05.999999999", s)
	}
	return t, err
}
