package library

import (
	"errors"
	"strings"
	"testing"

	"annotator/app/formats"
	"annotator/app/model"
	"annotator/app/store"
)

// TestImportErrorsSayWhatAndWhere: a file that cannot be read is an
// *ImportError with its kind and the decoder's *formats.Error (its place
// for the Details); one tag too many says "1 tag", not "1 tags".
func TestImportErrorsSayWhatAndWhere(t *testing.T) {
	d := model.New("T", "One sentence. Two sentences.")
	bad := []byte(`{"@context":"` + formats.AnnoContext + `","type":"Annotation","id":"urn:x","modified":"yesterday","target":"x"}`)
	_, err := PlanImport(store.Repo{}, d, "bad.jsonld", bad)
	var ie *ImportError
	var fe *formats.Error
	if !errors.As(err, &ie) || ie.Kind != formats.KindW3C || !errors.As(err, &fe) || fe.Place != "$.modified" {
		t.Fatalf("err = %#v", err)
	}
	one := (&TooManyTagsError{New: 1, Title: "T", Has: model.MaxTags}).Error()
	if !strings.HasPrefix(one, "it names 1 tag that “T”") {
		t.Errorf("one tag: %q", one)
	}
}
