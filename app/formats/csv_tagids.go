package formats

import (
	"fmt"
	"strings"

	"annotator/app/jsonstrict"
	"annotator/app/model"
)

// The CSV export names tags as people see them, so that a spreadsheet
// reads well. A tag renamed since the export would then be matched by its
// new name only and become a second tag. So the export also writes, just
// before its end line, one line
//
//	# tag ids: <id>=<name>;<id>=<name>;…
//
// (one item per tag the file uses, ";" and "\" escaped as in the tags
// column) that DecodeCSV reads back: each name of the tags and highlights
// columns then carries its id, and MatchTag finds the tag by id first.
// Files without the line (older exports, other tools, hand-made files)
// import by name, as before.
const csvTagIDsPrefix = "# tag ids: "

// csvTagIDsLine is the line for the tags of d that its marks use, in tag
// set order, or "" when no sentence is tagged or when they are more than
// DecodeCSV reads (maxTagNames: such a file is refused anyway).
func csvTagIDsLine(d *model.Document) string {
	used := map[string]bool{}
	for _, m := range d.Marks {
		for _, t := range m.Tags {
			used[t] = true
		}
		for _, h := range m.Highlights {
			used[h.Tag] = true
		}
	}
	var items []string
	for _, t := range d.TagSet.Tags {
		if used[t.ID] {
			items = append(items, t.ID+"="+t.Name)
		}
	}
	if len(items) == 0 || len(items) > maxTagNames {
		return ""
	}
	return csvTagIDsPrefix + joinList(items)
}

// csvTagIDs reads a "# tag ids:" line into a map from name to id. Each id
// must be a well-formed tag id (model.TagID of itself, at most
// maxTagIDLen bytes); names count towards the file's cap on tag names.
func csvTagIDs(field string, line int, names tagNames) (map[string]string, error) {
	place := fmt.Sprintf("line %d", line)
	items, problem := splitList(strings.TrimPrefix(field, csvTagIDsPrefix))
	if problem != "" {
		return nil, jsonstrict.Errorf(place, "the list of tag ids %s", problem)
	}
	ids := map[string]string{}
	for _, it := range items {
		id, name, ok := strings.Cut(it, "=")
		id, name = strings.TrimSpace(id), strings.TrimSpace(name)
		if !ok || name == "" || id == "" || len(id) > maxTagIDLen || model.TagID(id) != id {
			return nil, jsonstrict.Errorf(place, "%q in the list of tag ids is not \"id=name\" with an id of small letters, digits and \"-\"", jsonstrict.Clip(it, 40))
		}
		if err := names.add(name, place); err != nil {
			return nil, err
		}
		ids[name] = id
	}
	return ids, nil
}

// giveTagIDs sets the TagIDs of rows and the TagID of their highlights
// from ids (name to id); names the map lacks keep no id.
func giveTagIDs(rows []CSVRow, ids map[string]string) {
	if len(ids) == 0 {
		return
	}
	for i := range rows {
		r := &rows[i]
		r.TagIDs = make([]string, len(r.Tags))
		for k, name := range r.Tags {
			r.TagIDs[k] = ids[name]
		}
		for k := range r.Highlights {
			r.Highlights[k].TagID = ids[r.Highlights[k].Tag]
		}
	}
}
