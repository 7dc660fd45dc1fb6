package segment

import "strings"

// abbrevKind tells how a word that ends in a period behaves before the next word.
type abbrevKind uint8

const (
	// kindOrdinary is any other word: its period ends the sentence unless a
	// lower-case word follows.
	kindOrdinary abbrevKind = iota
	// kindPrepositive is a title or connector that always leads into more of
	// the sentence ("Mr. Smith", "e.g. apples", "Roe v. Wade"): it never ends
	// a sentence inside a line.
	kindPrepositive
	// kindPostpositive is an abbreviation that may close a sentence ("… & Co.
	// It closed."): it ends the sentence before a capitalised word, but not
	// before a number ("No. 5", "Jan. 12"), a lower-case word, an initial or
	// other marks. Outside English a single lower-case letter with a period
	// is one ("z." of "z. B.", "c."), and so are ordinals in Danish,
	// Norwegian, Czech and Slovak ("5. maj").
	kindPostpositive
	// kindTime is a.m. or p.m.: like kindPostpositive, except that it ends
	// neither a short opening phrase of at most three words ("At 5 a.m. Mr.
	// Smith went …") nor comes before a word in capitals ("5 p.m. EST").
	kindTime
	// kindAmbiguous is an abbreviation that is a title in one sense and may
	// end a sentence in another ("St. Paul" and "Elm St.", "Ft. Worth" and
	// "6 ft."), or one in a language that capitalises nouns ("usw.", "Nr."
	// in German): it ends the sentence only before a sentence starter ("Elm
	// St. The house …"). German ordinals behave so too ("am 5. September").
	kindAmbiguous
	// kindInitial is a single capital letter ("J. R. R. Tolkien", "Albert I.
	// Jones"), recognised by its shape: it ends the sentence only before a
	// sentence starter ("…, you and I. Did you …").
	kindInitial
	// kindAcronym is a run of single letters joined by periods ("U.S.",
	// "E.U.", "D.C.") that is not listed in abbreviations, recognised by its
	// shape: like kindInitial, it ends the sentence only before a sentence
	// starter ("I live in the U.S. How about you?" but "the U.S. Government").
	kindAcronym
)

// abbreviations are the English abbreviations and how each behaves, from
// abbrev/en.txt.
var abbreviations = english.abbrev

// wordLists are the lists of one abbrev/<code>.txt file.
type wordLists struct {
	abbrev    map[string]abbrevKind
	starters  map[string]struct{}
	speech    map[string]struct{}
	afterTime map[string]struct{}
}

// parseWordList reads a word list file (see abbrev/README.md): sections
// headed "[prefix]", "[suffix]", "[either]", "[time]" (abbreviations of
// that kind), "[starters]", "[speech]" and "[after-time]", each holding
// words separated by white space; "#" starts a comment. Words are lowered.
func parseWordList(text string) wordLists {
	l := wordLists{
		abbrev:    map[string]abbrevKind{},
		starters:  map[string]struct{}{},
		speech:    map[string]struct{}{},
		afterTime: map[string]struct{}{},
	}
	section := ""
	for _, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		for _, w := range strings.Fields(line) {
			w = strings.ToLower(strings.TrimSuffix(w, "."))
			switch section {
			case "prefix":
				l.abbrev[w] = kindPrepositive
			case "suffix":
				l.abbrev[w] = kindPostpositive
			case "either":
				l.abbrev[w] = kindAmbiguous
			case "time":
				l.abbrev[w] = kindTime
			case "starters":
				l.starters[w] = struct{}{}
			case "speech":
				l.speech[w] = struct{}{}
			case "after-time":
				l.afterTime[w] = struct{}{}
			default:
				panic("segment: word list section " + section + " unknown")
			}
		}
	}
	return l
}
