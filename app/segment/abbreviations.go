package segment

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
	// before a number ("No. 5", "Jan. 12"), a lower-case word or other marks.
	kindPostpositive
	// kindTime is a.m. or p.m.: like kindPostpositive, except that it ends
	// neither a short opening phrase of at most three words ("At 5 a.m. Mr.
	// Smith went …") nor comes before a word in capitals ("5 p.m. EST").
	kindTime
	// kindAmbiguous is an abbreviation that is a title in one sense and may
	// end a sentence in another ("St. Paul" and "Elm St.", "Ft. Worth" and
	// "6 ft."): it ends the sentence only before a sentence starter ("Elm St.
	// The house …").
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

// abbreviations lists the known abbreviations and how each behaves.
//
// To add one, write it in lower case without its final period, keeping any
// inner periods ("ph.d" for "Ph.D."), and pick its kind: kindPrepositive if
// it always introduces the next word (titles, "e.g."), kindPostpositive if a
// sentence may end with it (company suffixes, units, months), kindTime for
// a.m./p.m. The lookup lowers ASCII letters only, so a key must be at most
// maxKeyLen bytes and have no upper-case ASCII letters (TestAbbreviationKeys
// checks both). Single capital letters and dotted capitals such as "U.S." need
// no entry: they are recognised by their shape (kindInitial, kindAcronym).
var abbreviations = map[string]abbrevKind{
	// Titles and ranks before a name.
	"mr": kindPrepositive, "mrs": kindPrepositive, "ms": kindPrepositive,
	"mx": kindPrepositive, "messrs": kindPrepositive, "mmes": kindPrepositive,
	"dr": kindPrepositive, "prof": kindPrepositive, "rev": kindPrepositive,
	"fr": kindPrepositive, "msgr": kindPrepositive, "hon": kindPrepositive,
	"pres": kindPrepositive, "gov": kindPrepositive, "sen": kindPrepositive,
	"rep": kindPrepositive, "gen": kindPrepositive, "lt": kindPrepositive,
	"col": kindPrepositive, "maj": kindPrepositive, "capt": kindPrepositive,
	"cmdr": kindPrepositive, "cdr": kindPrepositive, "adm": kindPrepositive,
	"sgt": kindPrepositive, "cpl": kindPrepositive, "pvt": kindPrepositive,
	"brig": kindPrepositive, "supt": kindPrepositive, "insp": kindPrepositive,
	"det": kindPrepositive, "amb": kindPrepositive, "atty": kindPrepositive,
	"mt": kindPrepositive, "mme": kindPrepositive, "mlle": kindPrepositive,
	"wm": kindPrepositive, "chas": kindPrepositive, "thos": kindPrepositive,
	"jas": kindPrepositive,

	// Connectors that introduce what follows.
	"e.g": kindPrepositive, "i.e": kindPrepositive, "vs": kindPrepositive,
	"v": kindPrepositive, "cf": kindPrepositive, "viz": kindPrepositive,
	"incl": kindPrepositive,

	// Company and name suffixes, degrees.
	"inc": kindPostpositive, "corp": kindPostpositive, "co": kindPostpositive,
	"ltd": kindPostpositive, "plc": kindPostpositive, "bros": kindPostpositive,
	"mfg": kindPostpositive, "jr": kindPostpositive, "sr": kindPostpositive,
	"esq": kindPostpositive, "ph.d": kindPostpositive,

	// Reference and numbering words, often followed by a number.
	"no": kindPostpositive, "nos": kindPostpositive, "n°": kindPostpositive,
	"nº": kindPostpositive, "p": kindPostpositive, "pp": kindPostpositive,
	"fig": kindPostpositive, "figs": kindPostpositive, "vol": kindPostpositive,
	"vols": kindPostpositive, "ch": kindPostpositive, "chap": kindPostpositive,
	"sec": kindPostpositive, "sect": kindPostpositive, "art": kindPostpositive,
	"eq": kindPostpositive, "eqs": kindPostpositive, "ed": kindPostpositive,
	"eds": kindPostpositive, "pt": kindPostpositive, "para": kindPostpositive,
	"ref": kindPostpositive, "ibid": kindPostpositive, "ca": kindPostpositive,
	"approx": kindPostpositive, "c": kindPostpositive, "est": kindPostpositive,
	"al":  kindPostpositive,
	"etc": kindPostpositive,

	// Organisations and places.
	"dept": kindPostpositive, "univ": kindPostpositive, "assn": kindPostpositive,
	"govt": kindPostpositive, "intl": kindPostpositive, "natl": kindPostpositive,
	"ave": kindPostpositive, "blvd": kindPostpositive, "rd": kindPostpositive,
	"hwy": kindPostpositive, "apt": kindPostpositive, "ste": kindPostpositive,

	// Titles or places that may also end a sentence.
	"st": kindAmbiguous, "ft": kindAmbiguous,

	// Units.
	"yd": kindPostpositive, "mi": kindPostpositive,
	"oz": kindPostpositive, "lb": kindPostpositive, "lbs": kindPostpositive,
	"hr": kindPostpositive, "hrs": kindPostpositive, "min": kindPostpositive,
	"mins": kindPostpositive, "secs": kindPostpositive,

	// Months and days.
	"jan": kindPostpositive, "feb": kindPostpositive, "mar": kindPostpositive,
	"apr": kindPostpositive, "jun": kindPostpositive, "jul": kindPostpositive,
	"aug": kindPostpositive, "sep": kindPostpositive, "sept": kindPostpositive,
	"oct": kindPostpositive, "nov": kindPostpositive, "dec": kindPostpositive,
	"mon": kindPostpositive, "tue": kindPostpositive, "tues": kindPostpositive,
	"wed": kindPostpositive, "thu": kindPostpositive, "thur": kindPostpositive,
	"thurs": kindPostpositive, "fri": kindPostpositive, "sat": kindPostpositive,
	"sun": kindPostpositive,

	// Times of day.
	"a.m": kindTime, "p.m": kindTime,
}
