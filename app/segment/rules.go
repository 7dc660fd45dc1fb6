package segment

import (
	"embed"
	"strings"
	"sync"
)

// rules are the conventions of one language: its abbreviations and sentence
// starters (from abbrev/<code>.txt) and the switches below. Every language
// also ends sentences at every script's own marks (see scriptMark), so that
// a Chinese quotation in a German text is split too.
type rules struct {
	code string
	// abbrev maps an abbreviation, lower case and without its final
	// period, to its kind.
	abbrev map[string]abbrevKind
	// starters are the words that often begin a sentence and rarely follow
	// an abbreviation or an initial (see lexicon.go).
	starters map[string]struct{}
	// speech are verbs of saying that follow a quotation in a caseless
	// script ("…?" वकील म्हणाला.): after a closing quote a sentence does
	// not end when the next clause is a short one that ends with one.
	speech map[string]struct{}
	// afterTime are words that go on with a sentence after "a.m." or
	// "p.m." ("at 5 p.m. Saturday").
	afterTime map[string]struct{}

	// ascii is the kind of each ASCII byte as a terminal mark.
	ascii [128]markKind
	// plain marks the bytes that are visible ASCII characters other than
	// terminal marks: inside a token the splitter skips them without a look.
	plain [256]bool

	// colonStop: ":" is a full stop (Armenian, where it stands for "։").
	colonStop bool
	// weakPeriod: a single "." never ends a sentence inside a line
	// (Armenian, where "." is a colon-like mark and abbreviations use it).
	weakPeriod bool
	// greek: ";" is a question mark and "·" a full stop.
	greek bool
	// colonCapital: ":" ends a sentence before a capitalised word or a
	// quotation (Bulgarian, Czech, Italian: "řekl: „Jdete…“").
	colonCapital bool
	// semicolonCapital: ";" ends a sentence before a capitalised word
	// (Spanish, French, Portuguese lists of clauses).
	semicolonCapital bool
	// semicolonStop: ";" is a full stop (Czech, which sets off clauses of
	// equal weight with it).
	semicolonStop bool
	// colonGuillemet: ":" ends a sentence before a quotation in guillemets
	// that starts with a capital (Portuguese: "disse: «Sobral …»").
	colonGuillemet bool
	// dialogue: a dash after a terminal mark opens a line of dialogue, a new
	// sentence ("męczący! – Marta"), unless after "?" or "!" a lower-case
	// word follows it ("– Dlaczego? – powtórzyła").
	dialogue bool
	// ordinals: a number of up to three digits or a Roman numeral with a
	// period is an ordinal ("am 5. September", "1. Mai", "Karl IV.", "21.
	// 3."), which behaves as an abbreviation of this kind: kindAmbiguous in
	// German, which capitalises the nouns and months after it, and in
	// Turkish; kindPostpositive where a capital after it starts a sentence
	// ("Apollo 11. Posledným …").
	ordinals abbrevKind
	// lowerEnds: a period after an ordinary word of at least minLowerWord
	// letters ends the sentence even before a lower-case word ("… the
	// vendetta. messo in ginocchio"), as in informal or headline-like text.
	lowerEnds bool
	// questionLower: "?" ends a sentence even before a lower-case word
	// (informal English: "where did you grow up? india?").
	questionLower bool
	// headlines: a headline or title without a final mark ends before a
	// capitalised sentence starter that follows a lower-case word and comes
	// before one (see splitter.headlineEndsAt); for languages whose function
	// words are not capitalised inside a sentence, as pronouns of address
	// are in German and Polish.
	headlines bool
	// dashStop: a hyphen standing alone between words is a full stop (Urdu).
	dashStop bool
	// noHeadings: words in capitals are no heading (see
	// splitter.headingEndsAt), as in Armenian, which sets names in capitals.
	noHeadings bool
	// japanese: after "。」" or "！" a hiragana particle ("と", "って")
	// goes on with the sentence.
	japanese bool
}

// minLowerWord is the fewest letters of a word whose period ends a sentence
// before a lower-case word when rules.lowerEnds is on; shorter words are too
// often abbreviations.
const minLowerWord = 4

//go:embed abbrev/*.txt
var abbrevFiles embed.FS

// language is one entry of the table of languages.
type language struct {
	codes []string // ISO 639-1 code first, then other codes that mean it
	setup func(r *rules)
}

// languages are the languages with rules of their own. Each has a file
// abbrev/<first code>.txt; its setup sets the switches.
var languages = []language{
	{[]string{"en"}, func(r *rules) { r.lowerEnds, r.questionLower = true, true }},
	{[]string{"de"}, func(r *rules) { r.ordinals, r.lowerEnds = kindAmbiguous, true }},
	{[]string{"fr"}, func(r *rules) { r.semicolonCapital, r.dialogue, r.lowerEnds = true, true, true }},
	{[]string{"es"}, func(r *rules) { r.semicolonCapital, r.dialogue, r.lowerEnds = true, true, true }},
	{[]string{"it"}, func(r *rules) { r.colonCapital, r.dialogue, r.lowerEnds = true, true, true }},
	{[]string{"pt"}, func(r *rules) {
		r.semicolonCapital, r.colonGuillemet, r.dialogue, r.lowerEnds, r.headlines = true, true, true, true, true
	}},
	{[]string{"nl"}, func(r *rules) { r.lowerEnds = true }},
	{[]string{"da"}, func(r *rules) { r.ordinals, r.dialogue, r.lowerEnds, r.headlines = kindPostpositive, true, true, true }},
	{[]string{"sv"}, func(r *rules) { r.dialogue, r.lowerEnds = true, true }},
	{[]string{"no", "nb", "nn"}, func(r *rules) { r.ordinals, r.dialogue, r.lowerEnds = kindPostpositive, true, true }},
	{[]string{"pl"}, func(r *rules) { r.dialogue, r.lowerEnds = true, true }},
	{[]string{"cs"}, func(r *rules) {
		r.ordinals, r.colonCapital, r.semicolonStop, r.dialogue, r.lowerEnds, r.headlines = kindPostpositive, true, true, true, true, true
	}},
	{[]string{"sk"}, func(r *rules) { r.ordinals, r.dialogue, r.lowerEnds, r.headlines = kindPostpositive, true, true, true }},
	{[]string{"ru"}, func(r *rules) { r.dialogue, r.lowerEnds = true, true }},
	{[]string{"uk"}, func(r *rules) { r.dialogue, r.lowerEnds = true, true }},
	{[]string{"bg"}, func(r *rules) { r.colonCapital, r.dialogue, r.lowerEnds, r.headlines = true, true, true, true }},
	{[]string{"el"}, func(r *rules) { r.greek, r.dialogue, r.lowerEnds, r.headlines = true, true, true, true }},
	{[]string{"tr"}, func(r *rules) { r.ordinals = kindAmbiguous }},
	{[]string{"kk"}, func(r *rules) { r.dialogue, r.lowerEnds = true, true }},
	{[]string{"hy"}, func(r *rules) { r.colonStop, r.weakPeriod, r.noHeadings = true, true, true }},
	{[]string{"ar"}, nil},
	{[]string{"fa"}, nil},
	{[]string{"ur"}, func(r *rules) { r.dashStop = true }},
	{[]string{"hi"}, nil},
	{[]string{"mr"}, nil},
	{[]string{"am"}, nil},
	{[]string{"my"}, nil},
	{[]string{"zh"}, nil},
	{[]string{"ja"}, func(r *rules) { r.japanese = true }},
	{[]string{"he", "iw"}, nil},
}

// Languages returns the codes of the languages SplitLang has rules for,
// ISO 639-1 codes such as "de"; SplitLang also takes the other codes of the
// table ("nb", "nn") and BCP 47 tags ("pt-BR").
func Languages() []string {
	codes := make([]string, len(languages))
	for i, l := range languages {
		codes[i] = l.codes[0]
	}
	return codes
}

var (
	rulesMu    sync.Mutex
	rulesCache = map[string]*rules{}
)

// english holds the rules of Split: English, with every script's marks.
var english = buildRules(0)

// rulesFor returns the rules for language code lang (ISO 639 or BCP 47,
// any case); English for "" and for languages without rules of their own.
func rulesFor(lang string) *rules {
	code := baseCode(lang)
	if code == "" || code == "en" {
		return english
	}
	for i, l := range languages {
		for _, c := range l.codes {
			if c != code {
				continue
			}
			rulesMu.Lock()
			defer rulesMu.Unlock()
			r := rulesCache[l.codes[0]]
			if r == nil {
				r = buildRules(i)
				rulesCache[l.codes[0]] = r
			}
			return r
		}
	}
	return english
}

// baseCode returns the primary language subtag of a BCP 47 tag in lower
// case: "pt" for "pt-BR", "de" for "DE_ch".
func baseCode(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) > 3 {
		return ""
	}
	return strings.ToLower(tag)
}

// buildRules makes the rules of languages[i] from its word list and setup.
func buildRules(i int) *rules {
	l := languages[i]
	r := &rules{code: l.codes[0]}
	lists := parseWordList(mustRead("abbrev/" + r.code + ".txt"))
	if r.code != "en" {
		common := parseWordList(mustRead("abbrev/common.txt"))
		for k, v := range lists.abbrev {
			common.abbrev[k] = v
		}
		lists.abbrev = common.abbrev
	}
	r.abbrev, r.starters, r.speech, r.afterTime = lists.abbrev, lists.starters, lists.speech, lists.afterTime
	if l.setup != nil {
		l.setup(r)
	}
	r.ascii['.'], r.ascii['?'], r.ascii['!'] = markPeriod, markStrong, markStrong
	switch {
	case r.colonStop:
		r.ascii[':'] = markStop
	case r.colonCapital:
		r.ascii[':'] = markSoft
	default:
		r.ascii[':'] = markColon
	}
	if r.dashStop {
		r.ascii['-'] = markDash
	}
	switch {
	case r.greek:
		r.ascii[';'] = markStrong
	case r.semicolonStop:
		r.ascii[';'] = markStop
	case r.semicolonCapital:
		r.ascii[';'] = markSoft
	}
	for b := '!'; b <= '~'; b++ {
		r.plain[b] = r.ascii[b] == markNone
	}
	return r
}

// mustRead returns the embedded file name; the files are part of the
// package, so a missing one is a bug.
func mustRead(name string) string {
	data, err := abbrevFiles.ReadFile(name)
	if err != nil {
		panic("segment: " + err.Error())
	}
	return string(data)
}

// markOf returns the kind of rune r as a terminal mark in these rules, and
// whether it ends a sentence with no white space after it.
func (r *rules) markOf(c rune) (markKind, bool) {
	if c < 128 {
		return r.ascii[c], false
	}
	if r.greek && (c == '·' || c == '\u0387') {
		return markStop, false
	}
	return scriptMark(c)
}
