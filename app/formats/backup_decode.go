package formats

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"annotator/app/jsonstrict"
	"annotator/app/model"
	"annotator/app/store"
)

// Limits of a backup; DecodeBackup refuses a file beyond any of them.
const (
	// MaxBackupSize caps the file size.
	MaxBackupSize = 64 << 20
	// MaxDocuments caps the documents of one backup.
	MaxDocuments = 10_000
	// MaxMarks caps the marks and orphans of all documents together.
	MaxMarks = 1_000_000
	// MaxHighlights caps the highlights of all documents together.
	MaxHighlights = 1_000_000
	// MaxTextSize caps one document's text.
	MaxTextSize = 5 << 20
	// MaxTags caps one tag set and one mark's tags: model.MaxTags, so
	// that every backup the app writes imports again and no import makes
	// a tag set the reader cannot give keys to.
	MaxTags = model.MaxTags
	// MaxNoteSize caps one note.
	MaxNoteSize = 1 << 20
	// maxTitleSize caps one title.
	maxTitleSize = 4 << 10
)

// limits are the caps on totals that DecodeBackup applies (tests lower
// them instead of building million-mark files).
var limits = struct{ marks, highlights int }{MaxMarks, MaxHighlights}

// backupKeys are every key a backup may hold, exactly spelled.
var backupKeys = jsonstrict.KeysOf(reflect.TypeFor[Backup]())

// hexID matches a document id.
var hexID = regexp.MustCompile(`^[0-9a-f]{64}(-[1-9][0-9]{0,5})?$`)

// checksumForm matches a backup checksum.
var checksumForm = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)

// DecodeBackup reads and checks a backup file. It refuses, naming the JSON
// path of the problem: a file above the size caps, invalid JSON, duplicate
// keys or keys that differ only in case, unknown keys, another format, a
// missing, older-than-1 or newer schema (the error then wraps
// store.ErrNewerSchema), too many documents, marks or highlights, an id
// that is not the SHA-256 of its text, marks whose sentence, range or
// quote do not fit the text, highlights outside their sentence, tags
// missing from the tag set, and a checksum that does not match.
//
// It never decodes the whole file in one step: the members of the backup
// and each of its documents are decoded, checked and summed one at a
// time, and the progress of formats.WithProgress (in thousandths) is
// reported between documents, so that a browser can paint and answer keys
// while a large backup is read.
func DecodeBackup(data []byte) (*Backup, error) {
	if len(data) > MaxBackupSize {
		return nil, sizeError("a backup", len(data), MaxBackupSize)
	}
	data = jsonstrict.StripBOM(data)
	o := decodeOptions(nil)
	if err := checkCounts(data, stage{o, 0, 150}); err != nil {
		return nil, err
	}
	if err := jsonstrict.Scan(data, jsonstrict.Options{Known: backupKeys, Strict: true, Value: checkTimeValue, Progress: stage{o, 150, 350}.report}); err != nil {
		return nil, err
	}
	if t := bytes.TrimSpace(data); len(t) == 0 || t[0] != '{' {
		return nil, jsonstrict.Errorf("$", "expected a JSON object (an annotator backup)")
	}
	// The file is taken apart member by member and document by document,
	// never decoded whole, so that the browser can paint between documents.
	members, err := splitBackup(data, stage{o, 350, 450})
	if err != nil {
		return nil, err
	}
	var head struct {
		Format    *string
		Schema    *int
		Created   *time.Time
		Documents []byte
		Checksum  *string
	}
	for _, m := range members {
		var err error
		switch m.key {
		case "format":
			err = decodeAt(data, m.raw, m.start, "format", &head.Format, false)
		case "schema":
			err = decodeAt(data, m.raw, m.start, "schema", &head.Schema, false)
		case "created":
			err = decodeAt(data, m.raw, m.start, "created", &head.Created, false)
		case "checksum":
			err = decodeAt(data, m.raw, m.start, "checksum", &head.Checksum, false)
		case "documents":
			head.Documents = m.raw
		}
		if err != nil {
			return nil, err
		}
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
	if err := decodeBackupMembers(data, members, &b, stage{o, 450, 650}); err != nil {
		return nil, err
	}
	if len(b.Documents) > MaxDocuments {
		return nil, jsonstrict.Errorf("$.documents", "%d documents; a backup may hold at most %d", len(b.Documents), MaxDocuments)
	}
	v := backupCheck{ids: map[string]int{}}
	checked := stage{o, 650, 850}
	for i := range b.Documents {
		if err := v.document(&b.Documents[i], jsonstrict.IndexPath("$.documents", i), i); err != nil {
			return nil, err
		}
		checked.report(i+1, len(b.Documents))
	}
	if err := checkStoredValues(&b); err != nil {
		return nil, err
	}
	want, err := backupChecksum(members, b.extended(), stage{o, 850, ProgressTotal})
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

// checkStoredValues checks the optional stored values of a backup: keys
// of this app, values that are JSON strings, unreadable documents named.
func checkStoredValues(b *Backup) error {
	check := func(path string, vs []StoredValue) error {
		for k, v := range vs {
			vp := jsonstrict.IndexPath(path, k)
			switch {
			case !strings.HasPrefix(v.Key, store.Prefix):
				return jsonstrict.Errorf(vp+".key", "%q is not a key of this app (they start with %q)", jsonstrict.Clip(v.Key, 60), store.Prefix)
			case len(v.Value) == 0 || v.Value[0] != '"':
				return jsonstrict.Errorf(vp+".value", "expected the stored value as a JSON string")
			}
		}
		return nil
	}
	if err := check("$.records", b.Records); err != nil {
		return err
	}
	for i, u := range b.Unreadable {
		up := jsonstrict.IndexPath("$.unreadable", i)
		if u.ID == "" || len(u.Title) > maxTitleSize {
			return jsonstrict.Errorf(up, "an unreadable document needs an id and a title of at most %s", jsonstrict.HumanBytes(maxTitleSize))
		}
		if err := check(up+".values", u.Values); err != nil {
			return err
		}
	}
	return nil
}

// checkTimeValue checks, during the scan, that the dates "created" and
// "modified" are RFC 3339 strings (jsonstrict.CheckTime; null is refused).
func checkTimeValue(path, key string, tok json.Token) error {
	if key != "created" && key != "modified" {
		return nil
	}
	return jsonstrict.CheckTime(path, tok)
}

// backupCheck carries the totals across the documents of one backup.
type backupCheck struct {
	ids        map[string]int
	marks, hls int
}

// document checks one backup document at path.
func (v *backupCheck) document(d *BackupDocument, path string, i int) error {
	switch {
	case len(d.Text) > MaxTextSize:
		return jsonstrict.Errorf(path+".text", "the text is %s; a document may be at most %s", jsonstrict.HumanBytes(len(d.Text)), jsonstrict.HumanBytes(MaxTextSize))
	case strings.ContainsRune(d.Text, '\r'):
		return jsonstrict.Errorf(path+".text", "the text contains a carriage return; the app keeps \"\\n\" line ends")
	case len(d.Title) > maxTitleSize:
		return jsonstrict.Errorf(path+".title", "the title is longer than %s", jsonstrict.HumanBytes(maxTitleSize))
	case !hexID.MatchString(d.ID):
		return jsonstrict.Errorf(path+".id", "%q is not a document id (64 lower-case hex digits, and -N for a copy)", jsonstrict.Clip(d.ID, 70))
	}
	sum := sha256.Sum256([]byte(d.Text))
	if hash, _, _ := strings.Cut(d.ID, "-"); hex.EncodeToString(sum[:]) != hash {
		return jsonstrict.Errorf(path+".id", "%s… is not the SHA-256 of the text (%s…)", d.ID[:12], hex.EncodeToString(sum[:6]))
	}
	if k, dup := v.ids[d.ID]; dup {
		return jsonstrict.Errorf(path+".id", "the same document is already at $.documents[%d]", k)
	}
	v.ids[d.ID] = i
	if err := checkHeadings(d.Headings, d.Text, path+".headings"); err != nil {
		return err
	}
	if len(d.Lang) > 35 || strings.ContainsAny(d.Lang, " \t\n\"<>") {
		return jsonstrict.Errorf(path+".lang", "%q is not a language tag", jsonstrict.Clip(d.Lang, 40))
	}
	tags, err := checkTagSet(d.TagSet, path+".tagSet")
	if err != nil {
		return err
	}
	v.marks += len(d.Marks) + len(d.Orphans)
	if v.marks > limits.marks {
		return jsonstrict.Errorf(path, "more than %d marks in the backup", limits.marks)
	}
	sentences := len(model.New("", d.Text).Sentences)
	x := newRuneIndex(d.Text)
	seen := map[int]int{}
	for k, m := range d.Marks {
		mp := jsonstrict.IndexPath(path+".marks", k)
		if prev, dup := seen[m.Sentence]; dup {
			return jsonstrict.Errorf(mp+".i", "sentence %d is already marked at marks[%d]", m.Sentence, prev)
		}
		seen[m.Sentence] = k
		if m.Sentence >= sentences {
			return jsonstrict.Errorf(mp+".i", "sentence %d does not exist: the text has %d sentences", m.Sentence, sentences)
		}
		if err := v.mark(m, mp, x, tags); err != nil {
			return err
		}
	}
	for k, m := range d.Orphans {
		if err := v.mark(m, jsonstrict.IndexPath(path+".orphans", k), nil, nil); err != nil {
			return err
		}
	}
	return nil
}

// checkHeadings checks that heading offsets ascend and each starts a line
// of text.
func checkHeadings(hs []int, text, path string) error {
	prev := -1
	for k, h := range hs {
		switch {
		case h < 0:
			return jsonstrict.Errorf(jsonstrict.IndexPath(path, k), "%d is not an offset in the text", h)
		case h <= prev:
			return jsonstrict.Errorf(jsonstrict.IndexPath(path, k), "%d does not follow %d: heading offsets ascend", h, prev)
		case h >= len(text):
			return jsonstrict.Errorf(jsonstrict.IndexPath(path, k), "%d is past the end of the text (%d bytes)", h, len(text))
		case h > 0 && text[h-1] != '\n':
			return jsonstrict.Errorf(jsonstrict.IndexPath(path, k), "%d is not at the start of a line of the text", h)
		}
		prev = h
	}
	return nil
}

// checkTagSet checks a tag set and returns its ids; an empty set stands for
// the default one, as store.Record.ApplyTo reads it.
func checkTagSet(ts model.TagSet, path string) (map[string]bool, error) {
	if len(ts.Tags) > MaxTags {
		return nil, jsonstrict.Errorf(path+".tags", "%d tags; a tag set may have at most %d", len(ts.Tags), MaxTags)
	}
	if len(ts.Tags) == 0 {
		ts = model.NewsAnalysis()
	}
	ids := map[string]bool{}
	for k, t := range ts.Tags {
		tp := jsonstrict.IndexPath(path+".tags", k)
		switch {
		case t.ID == "":
			return nil, jsonstrict.Errorf(tp+".id", "the tag has no id")
		case ids[t.ID]:
			return nil, jsonstrict.Errorf(tp+".id", "tag id %q appears twice", t.ID)
		case strings.TrimSpace(t.Name) == "":
			return nil, jsonstrict.Errorf(tp+".name", "the tag has no name")
		}
		ids[t.ID] = true
	}
	return ids, nil
}

// mark checks one stored mark. With x (a mark on the text) the quote must
// be the text at its range and its tags must be in tags; without (an
// orphan) the quote must only be as long as its range.
func (v *backupCheck) mark(m store.StoredMark, path string, x *runeIndex, tags map[string]bool) error {
	switch {
	case m.Sentence < 0:
		return jsonstrict.Errorf(path+".i", "sentence index %d is negative", m.Sentence)
	case m.Start < 0 || m.End <= m.Start:
		return jsonstrict.Errorf(path, "start %d and end %d do not make a range", m.Start, m.End)
	case m.Empty():
		return jsonstrict.Errorf(path, "the mark carries no tag, note or highlight")
	case len(m.Note) > MaxNoteSize:
		return jsonstrict.Errorf(path+".note", "the note is longer than %s", jsonstrict.HumanBytes(MaxNoteSize))
	}
	if x != nil {
		q, ok := x.slice(m.Start, m.End)
		switch {
		case !ok:
			return jsonstrict.Errorf(path+".end", "end %d is past the end of the text (%d code points)", m.End, x.n)
		case q != m.Quote:
			return jsonstrict.Errorf(path+".quote", "the quote is not the text at code points %d–%d (%q)", m.Start, m.End, jsonstrict.Clip(q, 40))
		}
	} else if n := utf8.RuneCountInString(m.Quote); n != m.End-m.Start {
		return jsonstrict.Errorf(path+".quote", "the quote has %d code points but start–end spans %d", n, m.End-m.Start)
	}
	seen := map[string]bool{}
	for k, t := range m.Tags {
		tp := jsonstrict.IndexPath(path+".tags", k)
		switch {
		case t == "":
			return jsonstrict.Errorf(tp, "empty tag id")
		case seen[t]:
			return jsonstrict.Errorf(tp, "tag %q appears twice", t)
		case tags != nil && !tags[t]:
			return jsonstrict.Errorf(tp, "tag %q is not in the document's tag set", t)
		}
		seen[t] = true
	}
	v.hls += len(m.Highlights)
	if v.hls > limits.highlights {
		return jsonstrict.Errorf(path+".highlights", "more than %d highlights in the backup", limits.highlights)
	}
	for k, h := range m.Highlights {
		hp := jsonstrict.IndexPath(path+".highlights", k)
		if err := h.Check(m.Quote); err != nil {
			return jsonstrict.Errorf(hp, "%v", err)
		}
		switch {
		case h.Tag == "":
			return jsonstrict.Errorf(hp+".tag", "the highlight has no tag")
		case tags != nil && !tags[h.Tag]:
			return jsonstrict.Errorf(hp+".tag", "tag %q is not in the document's tag set", h.Tag)
		}
	}
	return nil
}
