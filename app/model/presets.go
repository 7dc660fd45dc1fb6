package model

// Presets are the ready-made tag sets a reader can choose from. Their
// colours come from the Okabe–Ito palette (distinguishable with the common
// forms of colour blindness) plus greys; every mark also shows the tag's
// name, so colour is never the only cue.
func Presets() []TagSet {
	return []TagSet{NewsAnalysis(), ArgumentStructure(), SourceEvaluation(), RhetoricalDevices()}
}

// PresetsIn returns the presets with their names and their tags' names
// and descriptions passed through tr (an interface language's catalogue,
// which the English texts below are the keys of). Ids, keys and colours
// stay as they are, so that exports and classroom files made in any
// language compare tag by tag.
func PresetsIn(tr func(string) string) []TagSet {
	out := Presets()
	for k := range out {
		out[k].Name = tr(out[k].Name)
		for i := range out[k].Tags {
			t := &out[k].Tags[i]
			t.Name = tr(t.Name)
			if t.Description != "" {
				t.Description = tr(t.Description)
			}
		}
	}
	return out
}

// NewsAnalysis is the default tag set.
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

// ArgumentStructure tags the parts of an argument.
func ArgumentStructure() TagSet {
	return TagSet{
		Name: "Argument structure",
		Tags: []Tag{
			{ID: "claim", Name: "Claim", Color: "#E69F00", Description: "The position being argued for."},
			{ID: "premise", Name: "Premise", Color: "#009E73", Description: "A reason given for the claim."},
			{ID: "counter", Name: "Counter-argument", Color: "#D55E00", Description: "A reason against the claim."},
			{ID: "rebuttal", Name: "Rebuttal", Color: "#0072B2", Description: "An answer to a counter-argument."},
		},
	}
}

// SourceEvaluation tags how the text backs what it says.
func SourceEvaluation() TagSet {
	return TagSet{
		Name: "Source evaluation",
		Tags: []Tag{
			{ID: "named", Name: "Named source", Color: "#009E73", Description: "A person or document identified by name."},
			{ID: "anonymous", Name: "Anonymous source", Color: "#E69F00", Description: "A source that is not identified."},
			{ID: "data", Name: "Data", Color: "#0072B2", Description: "Numbers, statistics or measurements."},
			{ID: "unsupported", Name: "Unsupported", Color: "#D55E00", Description: "A statement with no source at all."},
			{ID: "verify", Name: "To verify", Color: "#CC79A7", Description: "Worth checking elsewhere."},
		},
	}
}

// RhetoricalDevices tags persuasive techniques.
func RhetoricalDevices() TagSet {
	return TagSet{
		Name: "Rhetorical devices",
		Tags: []Tag{
			{ID: "ethos", Name: "Ethos", Color: "#0072B2", Description: "Appeal to credibility or authority."},
			{ID: "pathos", Name: "Pathos", Color: "#D55E00", Description: "Appeal to emotion."},
			{ID: "logos", Name: "Logos", Color: "#009E73", Description: "Appeal to logic or evidence."},
			{ID: "loaded", Name: "Loaded language", Color: "#E69F00", Description: "Words chosen for their emotional charge."},
			{ID: "hedge", Name: "Hedge", Color: "#56B4E9", Description: "Softening or qualifying words (may, reportedly)."},
			{ID: "generalisation", Name: "Generalisation", Color: "#CC79A7", Description: "A broad claim from few cases."},
		},
	}
}
