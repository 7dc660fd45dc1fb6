package formats

import (
	"bytes"
	"encoding/json"

	"annotator/app/jsonstrict"
)

// More limits of a backup, checked while streaming like the others.
const (
	// MaxHeadings caps the heading offsets of all documents together.
	MaxHeadings = 1_000_000
	// MaxStoredValues caps the stored values a backup carries (Records and
	// the values of Unreadable documents together).
	MaxStoredValues = 100_000
)

// countRole is what an object or array of a backup is, as checkCounts
// walks it.
type countRole int

const (
	roleOther      countRole = iota
	roleRoot                 // the backup object
	roleDocs                 // $.documents
	roleDoc                  // one document
	roleMarks                // a document's marks or orphans
	roleMark                 // one mark
	roleHighlights           // a mark's highlights
	roleMarkTags             // a mark's tags
	roleTagSet               // a document's tag set
	roleTags                 // a tag set's tags
	roleHeadings             // a document's headings
	roleValues               // $.records, or the values of an unreadable document
	roleUnreadable           // $.unreadable
	roleUnread               // one unreadable document
)

// countFrame is one open object or array.
type countFrame struct {
	role  countRole
	obj   bool
	key   string // the member being read, in an object
	want  bool   // an object waits for a key
	items int    // the items read so far, in an array
	// up, at and index place the frame in its parent (member at, or item
	// index), to build its JSON path only for a message.
	up    *countFrame
	at    string
	index int
}

// path is the JSON path of f.
func (f *countFrame) path() string {
	switch {
	case f.up == nil:
		return "$"
	case f.up.obj:
		return jsonstrict.KeyPath(f.up.path(), f.at)
	}
	return jsonstrict.IndexPath(f.up.path(), f.index)
}

// checkCounts walks a backup token by token, keeping no values, and
// refuses it as soon as a count passes its cap (documents, marks and
// orphans, highlights, headings, stored values, tags of one set or one
// mark) or one text passes MaxTextSize: before anything is decoded, so
// that a file of ten million empty documents costs what its first ten
// thousand do. Syntax errors are left to jsonstrict.Scan (it returns nil).
// It reports progress to s every jsonstrict.ProgressStep bytes.
func checkCounts(data []byte, s stage) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*countFrame
	var marks, hls, headings, values int
	nextReport := int64(jsonstrict.ProgressStep)
	for {
		if off := dec.InputOffset(); off >= nextReport {
			s.report(int(off), len(data))
			nextReport = off + jsonstrict.ProgressStep
		}
		tok, err := dec.Token()
		if err != nil {
			return nil // the end, or a syntax error that Scan reports with its place
		}
		var top *countFrame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.want {
			if k, ok := tok.(string); ok {
				top.key, top.want = k, false
				continue
			}
		}
		switch tok {
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			continue
		}
		// tok is a value: of top's member top.key, or an item of top.
		here := &countFrame{up: top, role: roleRoot}
		if top != nil {
			if top.obj {
				here.role, here.at = childRole(top.role, top.key), top.key
				top.want = true
			} else {
				here.role, here.index = itemRole(top.role), top.items
				top.items++
				if err := countItem(top, &marks, &hls, &headings, &values); err != nil {
					return err
				}
			}
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			here.obj = tok == json.Delim('{')
			here.want = here.obj
			stack = append(stack, here)
		default:
			if s, ok := tok.(string); ok && top != nil && top.role == roleDoc && len(s) > MaxTextSize {
				return jsonstrict.Errorf(here.path(), "longer than %s, the most a document may hold: split it into smaller documents", jsonstrict.HumanBytes(MaxTextSize))
			}
		}
	}
}

// childRole is the role of member key of an object of role parent.
func childRole(parent countRole, key string) countRole {
	switch {
	case parent == roleRoot && key == "documents":
		return roleDocs
	case parent == roleRoot && key == "records":
		return roleValues
	case parent == roleRoot && key == "unreadable":
		return roleUnreadable
	case parent == roleUnread && key == "values":
		return roleValues
	case parent == roleDoc && (key == "marks" || key == "orphans"):
		return roleMarks
	case parent == roleDoc && key == "tagSet":
		return roleTagSet
	case parent == roleDoc && key == "headings":
		return roleHeadings
	case parent == roleTagSet && key == "tags":
		return roleTags
	case parent == roleMark && key == "highlights":
		return roleHighlights
	case parent == roleMark && key == "tags":
		return roleMarkTags
	}
	return roleOther
}

// itemRole is the role of an item of an array of role parent.
func itemRole(parent countRole) countRole {
	switch parent {
	case roleDocs:
		return roleDoc
	case roleMarks:
		return roleMark
	case roleUnreadable:
		return roleUnread
	}
	return roleOther
}

// countItem counts one more item of array f against its cap.
func countItem(f *countFrame, marks, hls, headings, values *int) error {
	total := func(n *int, limit int, what string) error {
		if *n++; *n > limit {
			return jsonstrict.Errorf(f.path(), "more than %d %s in the backup; a backup may hold at most %d: make smaller backups (one per class or per term)", limit, what, limit)
		}
		return nil
	}
	switch f.role {
	case roleDocs:
		if f.items > MaxDocuments {
			return jsonstrict.Errorf(f.path(), "more than %d documents; a backup may hold at most %d: make smaller backups (one per class or per term)", MaxDocuments, MaxDocuments)
		}
	case roleUnreadable:
		if f.items > MaxDocuments {
			return jsonstrict.Errorf(f.path(), "more than %d unreadable documents; a backup may hold at most %d", MaxDocuments, MaxDocuments)
		}
	case roleMarks:
		return total(marks, limits.marks, "marks")
	case roleHighlights:
		return total(hls, limits.highlights, "highlights")
	case roleHeadings:
		return total(headings, MaxHeadings, "heading offsets")
	case roleValues:
		return total(values, MaxStoredValues, "stored values")
	case roleTags, roleMarkTags:
		if f.items > MaxTags {
			return jsonstrict.Errorf(f.path(), "more than %d tags; a tag set may have at most %d", MaxTags, MaxTags)
		}
	}
	return nil
}
