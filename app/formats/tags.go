package formats

import (
	"strings"

	"annotator/app/model"
)

// importPalette colours tags that an import adds: the Okabe–Ito palette
// and a grey, as the built-in tag sets use.
var importPalette = []string{"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"}

// matchTags maps tag references to tag ids of ts: by id, else by name
// (exact, then ignoring case), else by an id equal to the name ignoring
// case (Hypothesis tags such as "claim"). It returns the ids in order,
// without repeats, and the labels of the references it could not match.
func matchTags(ts model.TagSet, refs []TagRef) (ids, unknown []string) {
	add := func(id string) {
		for _, x := range ids {
			if x == id {
				return
			}
		}
		ids = append(ids, id)
	}
	for _, ref := range refs {
		if id, ok := findTag(ts, ref); ok {
			add(id)
		} else if l := ref.label(); l != "" {
			unknown = append(unknown, l)
		}
	}
	return ids, unknown
}

// findTag finds one tag reference in ts.
func findTag(ts model.TagSet, ref TagRef) (string, bool) {
	if ref.ID != "" {
		if _, ok := ts.Find(ref.ID); ok {
			return ref.ID, true
		}
	}
	name := strings.TrimSpace(ref.Name)
	if name == "" {
		return "", false
	}
	for _, match := range []func(model.Tag) bool{
		func(t model.Tag) bool { return t.Name == name },
		func(t model.Tag) bool { return strings.EqualFold(t.Name, name) },
		func(t model.Tag) bool { return strings.EqualFold(t.ID, name) },
	} {
		for _, t := range ts.Tags {
			if match(t) {
				return t.ID, true
			}
		}
	}
	return "", false
}

// ExtendTagSet returns a copy of ts with one new tag per unknown name (id
// model.TagID of the name, made unique with model.UniqueTagID; a palette
// colour; description "Imported."), so that a second Resolve with it
// places those tags too. It stops once the set holds more than
// model.MaxTags tags: such a set is refused (library.PlanFor), and the
// work stays bounded however many names a file brings.
func ExtendTagSet(ts model.TagSet, unknown []UnknownTag) model.TagSet {
	out := ts.Clone()
	taken := map[string]bool{}
	for _, t := range out.Tags {
		taken[t.ID] = true
	}
	for _, u := range unknown {
		if len(out.Tags) > model.MaxTags {
			break // more than a set can hold: the caller refuses it, so stop the work here
		}
		if _, ok := findTag(out, TagRef{Name: u.Name}); ok {
			continue
		}
		id := model.UniqueTagID(model.TagID(u.Name), taken)
		taken[id] = true
		out.Tags = append(out.Tags, model.Tag{ID: id, Name: u.Name, Color: importPalette[len(out.Tags)%len(importPalette)], Description: "Imported."})
	}
	return out
}
