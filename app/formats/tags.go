package formats

import (
	"slices"
	"strings"

	"annotator/app/model"
)

// importPalette colours tags that an import adds: the Okabe–Ito palette
// and a grey, as the built-in tag sets use.
var importPalette = []string{"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"}

// TagRule is how every import (W3C, CSV, JSON Lines, backup, Hypothesis)
// maps a tag of its file to a tag of the document, for the preview.
const TagRule = "A tag of the file is the document's tag with the same id when the file gives one " +
	"(so a tag renamed since keeps mapping to itself), else the tag with the same name (ignoring case), " +
	"else the tag whose id that name gives; any other name becomes a new tag."

// matchTags maps tag references to tag ids of ts by MatchTag. It returns
// the ids in order, without repeats, and the references it could not
// match (with a label), in order.
func matchTags(ts model.TagSet, refs []TagRef) (ids []string, unknown []TagRef) {
	for _, ref := range refs {
		if id, ok := MatchTag(ts, ref); ok {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		} else if ref.label() != "" {
			unknown = append(unknown, ref)
		}
	}
	return ids, unknown
}

// MatchTag is the one rule (TagRule) by which every import finds the tag
// a reference of its file means in ts:
//  1. the tag with the reference's id, when the file carries this app's
//     ids (W3C, CSV, backup) and ts has it: a tag renamed in the file or
//     in the document still maps to itself;
//  2. the tag with the same name, exactly, then ignoring case;
//  3. the tag whose id is the id the name gives (model.TagID): a file
//     written before a tag was renamed, or a Hypothesis tag such as
//     "claim".
func MatchTag(ts model.TagSet, ref TagRef) (string, bool) {
	if id, ok := matchIDOrName(ts, ref); ok {
		return id, true
	}
	name := strings.TrimSpace(ref.Name)
	id := model.TagID(name)
	if name == "" || id == "tag" && !strings.EqualFold(name, "tag") {
		return "", false // a name of no letters or digits gives no id of its own
	}
	for _, t := range ts.Tags {
		if t.ID == id || strings.EqualFold(t.ID, name) {
			return t.ID, true
		}
	}
	return "", false
}

// matchIDOrName is MatchTag's rules 1 and 2.
func matchIDOrName(ts model.TagSet, ref TagRef) (string, bool) {
	if ref.ID != "" {
		if _, ok := ts.Find(ref.ID); ok {
			return ref.ID, true
		}
	}
	name := strings.TrimSpace(ref.Name)
	if name == "" {
		return "", false
	}
	for _, t := range ts.Tags {
		if t.Name == name {
			return t.ID, true
		}
	}
	for _, t := range ts.Tags {
		if strings.EqualFold(t.Name, name) {
			return t.ID, true
		}
	}
	return "", false
}

// maxTagIDLen is the longest id of a file that ExtendTagSet gives a new tag.
const maxTagIDLen = 64

// ExtendTagSet returns a copy of ts with one new tag per unknown name (id
// the file's id of the tag when it carries one that is a well-formed id,
// else model.TagID of the name; made unique with model.UniqueTagID; a palette
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
		if _, ok := matchIDOrName(out, TagRef{ID: u.ID, Name: u.Name}); ok {
			continue // two spellings of one name, or one id under two names
		}
		base := model.TagID(u.Name)
		if u.ID != "" && len(u.ID) <= maxTagIDLen && model.TagID(u.ID) == u.ID {
			base = u.ID // the file's own id, so that importing it again maps by id
		}
		id := model.UniqueTagID(base, taken)
		taken[id] = true
		out.Tags = append(out.Tags, model.Tag{ID: id, Name: u.Name, Color: importPalette[len(out.Tags)%len(importPalette)], Description: "Imported."})
	}
	return out
}
