package model

// Tag is one label a reader can put on a sentence.
type Tag struct {
	// ID is the stable identifier stored with annotations (lower case, no spaces).
	ID string `json:"id"`
	// Name is what the reader sees.
	Name string `json:"name"`
	// Color is a CSS colour (#rrggbb) for the tag's mark.
	Color string `json:"color"`
	// Description explains when to use the tag; shown as a tooltip.
	Description string `json:"description,omitempty"`
}

// TagSet is an ordered list of tags; the n-th tag is bound to key n.
type TagSet struct {
	// Name names the set, e.g. "News analysis".
	Name string `json:"name"`
	// Tags are the tags in key order.
	Tags []Tag `json:"tags"`
}

// Find returns the tag with the given id.
func (s TagSet) Find(id string) (Tag, bool) {
	for _, t := range s.Tags {
		if t.ID == id {
			return t, true
		}
	}
	return Tag{}, false
}

// NewsAnalysis is the default tag set. Its colours are the Okabe–Ito
// palette, distinguishable with the common forms of colour blindness; every
// mark also shows the tag's name, so colour is never the only cue.
func NewsAnalysis() TagSet {
	return TagSet{
		Name: "News analysis",
		Tags: []Tag{
			{ID: "claim", Name: "Claim", Color: "#E69F00", Description: "A statement the author wants the reader to accept."},
			{ID: "evidence", Name: "Evidence", Color: "#009E73", Description: "Data, facts or sources offered in support of a claim."},
			{ID: "quote", Name: "Quote", Color: "#56B4E9", Description: "Words attributed to a person or organisation."},
			{ID: "opinion", Name: "Opinion", Color: "#CC79A7", Description: "A judgement or feeling, not a checkable fact."},
			{ID: "fact", Name: "Fact", Color: "#0072B2", Description: "A statement that can be checked against a source."},
			{ID: "question", Name: "Question", Color: "#D55E00", Description: "Something unclear, doubtful or worth asking about."},
		},
	}
}
