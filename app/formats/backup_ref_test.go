package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"annotator/app/jsonstrict"
	"annotator/app/store"
)

// refDecodeBackup is DecodeBackup as it was before it streamed the
// documents (whole-file json.Unmarshal passes), kept as the reference the
// streamed decode must match exactly.
//
// It reads and checks a backup file. It refuses, naming the JSON
// path of the problem: a file above the size caps, invalid JSON, duplicate
// keys or keys that differ only in case, unknown keys, another format, a
// missing, older-than-1 or newer schema (the error then wraps
// store.ErrNewerSchema), too many documents, marks or highlights, an id
// that is not the SHA-256 of its text, marks whose sentence, range or
// quote do not fit the text, highlights outside their sentence, tags
// missing from the tag set, and a checksum that does not match.
func refDecodeBackup(data []byte) (*Backup, error) {
	if len(data) > MaxBackupSize {
		return nil, sizeError("a backup", len(data), MaxBackupSize)
	}
	data = jsonstrict.StripBOM(data)
	if err := checkCounts(data, stage{}); err != nil {
		return nil, err
	}
	if err := jsonstrict.Scan(data, jsonstrict.Options{Known: backupKeys, Strict: true, Value: checkTimeValue}); err != nil {
		return nil, err
	}
	if t := bytes.TrimSpace(data); len(t) == 0 || t[0] != '{' {
		return nil, jsonstrict.Errorf("$", "expected a JSON object (an annotator backup)")
	}
	var head struct {
		Format    *string         `json:"format"`
		Schema    *int            `json:"schema"`
		Created   *time.Time      `json:"created"`
		Documents json.RawMessage `json:"documents"`
		Checksum  *string         `json:"checksum"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, jsonstrict.DecodeError(data, err)
	}
	switch {
	case head.Format == nil:
		return nil, jsonstrict.Errorf("$", "no \"format\": this is not an annotator backup")
	case *head.Format != BackupFormat:
		return nil, jsonstrict.Errorf("$.format", "%q is not %q", jsonstrict.Clip(*head.Format, 40), BackupFormat)
	case head.Schema == nil:
		return nil, jsonstrict.Errorf("$", "no \"schema\" version")
	case *head.Schema > BackupSchema:
		return nil, &Error{Place: "$.schema", Err: store.ErrNewerSchema,
			Problem: fmt.Sprintf("the backup was written by a newer version of the app (schema %d; this version reads schema %d)", *head.Schema, BackupSchema)}
	case *head.Schema < 1:
		return nil, jsonstrict.Errorf("$.schema", "schema %d does not exist (this version reads schema %d)", *head.Schema, BackupSchema)
	case head.Created == nil:
		return nil, jsonstrict.Errorf("$", "no \"created\" date")
	case len(head.Documents) == 0 || isNull(head.Documents):
		return nil, jsonstrict.Errorf("$", "no \"documents\" array")
	case head.Checksum == nil:
		return nil, jsonstrict.Errorf("$", "no \"checksum\"")
	}
	var b Backup
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, jsonstrict.DecodeError(data, err)
	}
	if len(b.Documents) > MaxDocuments {
		return nil, jsonstrict.Errorf("$.documents", "%d documents; a backup may hold at most %d", len(b.Documents), MaxDocuments)
	}
	v := backupCheck{ids: map[string]int{}}
	for i := range b.Documents {
		if err := v.document(&b.Documents[i], jsonstrict.IndexPath("$.documents", i), i); err != nil {
			return nil, err
		}
	}
	if err := checkStoredValues(&b); err != nil {
		return nil, err
	}
	want, err := jsonstrict.Checksum(head.Documents)
	if b.extended() {
		want, err = jsonstrict.Checksum(data, headMembers...)
	}
	if err != nil {
		return nil, jsonstrict.DecodeError(data, err)
	}
	if !checksumForm.MatchString(b.Checksum) {
		return nil, jsonstrict.Errorf("$.checksum", "expected \"sha256:\" followed by 64 lower-case hex digits")
	}
	if b.Checksum != want {
		return nil, jsonstrict.Errorf("$.checksum", "does not match the documents: the file was changed or damaged after it was written")
	}
	return &b, nil
}
