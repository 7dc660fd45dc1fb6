package library

import (
	"encoding/json"
	"testing"

	"annotator/app/store"
)

func TestRawDataIsValidJSONForEveryValue(t *testing.T) {
	repo, kv := newRepo()
	id := "short"
	vals := map[string]string{
		store.TextKey(id): "{\"broken\": \x01\x1f tab\t and \u2028 line separator \"quotes\" \\ backslash",
		store.DocKey(id):  "not json at all <script>",
	}
	for k, v := range vals {
		if err := kv.Set(k, v); err != nil {
			t.Fatal(err)
		}
	}
	data, err := RawData(repo, id)
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]string
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("not valid JSON: %v\n%s", err, data)
	}
	for k, v := range vals {
		if back[k] != v {
			t.Errorf("%s: got %q, want %q", k, back[k], v)
		}
	}
	if RawFileName(id) != "annotator-raw-short.json" || RawFileName("0123456789abcdef") != "annotator-raw-0123456789ab.json" {
		t.Errorf("file names: %s %s", RawFileName(id), RawFileName("0123456789abcdef"))
	}
}
