package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDetect is how many bytes at the start of a text Detect reads.
const maxDetect = 20 << 10

// minLetters is the fewest letters of a script that Detect needs before it
// names the script's language.
const minLetters = 8

// minWordHits is the fewest frequent words (with letters weighed in) a text
// in Latin script needs before Detect names its language.
const minWordHits = 4

// script is a writing system that Detect tells apart.
type script uint8

const (
	scriptNone script = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptArmenian
	scriptHebrew
	scriptArabic
	scriptDevanagari
	scriptEthiopic
	scriptMyanmar
	scriptHangul
	scriptKana
	scriptHan
	numScripts
)

// scriptOf returns the script of letter r.
func scriptOf(r rune) script {
	switch {
	case r < 0x0250:
		if r >= 'A' {
			return scriptLatin
		}
	case r < 0x0370:
	case r < 0x0400:
		return scriptGreek
	case r < 0x0530:
		return scriptCyrillic
	case r < 0x0590:
		return scriptArmenian
	case r < 0x0600:
		return scriptHebrew
	case r < 0x0780:
		return scriptArabic
	case 0x0900 <= r && r < 0x0980:
		return scriptDevanagari
	case 0x1000 <= r && r < 0x10a0:
		return scriptMyanmar
	case 0x1100 <= r && r < 0x1200, 0x3130 <= r && r < 0x3190, 0xac00 <= r && r < 0xd7b0:
		return scriptHangul
	case 0x1200 <= r && r < 0x13a0:
		return scriptEthiopic
	case 0x1e00 <= r && r < 0x1f00:
		return scriptLatin
	case 0x1f00 <= r && r < 0x2000:
		return scriptGreek
	case 0x3040 <= r && r < 0x3100, 0x31f0 <= r && r < 0x3200, 0xff66 <= r && r < 0xff9e:
		return scriptKana
	case 0xfb50 <= r && r < 0xfe00, 0xfe70 <= r && r < 0xff00:
		return scriptArabic
	case unicode.Is(unicode.Han, r):
		return scriptHan
	}
	return scriptNone
}

// tally holds what Detect counts in one pass over the text.
type tally struct {
	letters [numScripts]int
	// special counts letters that tell languages of one script apart.
	special map[rune]int
	// latin scores the Latin-script languages (see latinWords).
	latin [len(latinLangs)]float64
	// cyr scores Russian, Ukrainian and Bulgarian (see cyrillicWords).
	cyr [3]float64
	// hi and mr count frequent Hindi and Marathi words.
	hi, mr int
}

// Detect guesses the language of text and returns its ISO 639-1 code, or ""
// when the text is too short or too mixed to tell. It reads at most the
// first 20 kB. The script decides first: Greek, Armenian, Hebrew, Ethiopic
// (Amharic), Myanmar (Burmese) and Hangul (Korean) name one language each;
// Han is Japanese if kana come with it, else Chinese; Cyrillic, Arabic and
// Devanagari texts are told apart by letters and words that only some of
// their languages use; Latin texts by their most frequent short words and
// their accented letters.
func Detect(text string) string {
	if len(text) > maxDetect {
		cut := maxDetect
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	t := tally{special: map[rune]int{}}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			i += n
			continue
		}
		// Read the whole word, counting its letters.
		j, sc := i, scriptOf(r)
		for j < len(text) {
			c, m := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(c) && !unicode.IsMark(c) {
				break
			}
			s := scriptOf(c)
			t.letters[s]++
			if _, ok := specialLetters[c]; ok {
				t.special[c]++
			}
			if s != sc {
				sc = scriptNone
			}
			j += m
		}
		switch sc {
		case scriptLatin:
			t.scoreLatin(text[i:j])
		case scriptCyrillic:
			t.scoreCyrillic(text[i:j])
		case scriptDevanagari:
			if _, ok := hindiWords[text[i:j]]; ok {
				t.hi++
			}
			if _, ok := marathiWords[text[i:j]]; ok {
				t.mr++
			}
		}
		i = j
	}
	return t.decide()
}

// decide names the language from the counts.
func (t *tally) decide() string {
	best, total := scriptNone, 0
	for s := scriptLatin; s < numScripts; s++ {
		total += t.letters[s]
		if t.letters[s] > t.letters[best] {
			best = s
		}
	}
	// Chinese characters are common in Japanese; kana are not in Chinese.
	cjk := t.letters[scriptHan] + t.letters[scriptKana]
	if cjk > t.letters[best] && (best == scriptHan || best == scriptKana) {
		best = scriptHan
	}
	n := t.letters[best]
	if best == scriptHan {
		n = cjk
	}
	if n < minLetters || 2*n < total {
		return ""
	}
	switch best {
	case scriptGreek:
		return "el"
	case scriptArmenian:
		return "hy"
	case scriptHebrew:
		return "he"
	case scriptEthiopic:
		return "am"
	case scriptMyanmar:
		return "my"
	case scriptHangul:
		return "ko"
	case scriptHan, scriptKana:
		if 20*t.letters[scriptKana] >= cjk {
			return "ja"
		}
		return "zh"
	case scriptCyrillic:
		return t.cyrillic(n)
	case scriptArabic:
		return t.arabic(n)
	case scriptDevanagari:
		return t.devanagari()
	case scriptLatin:
		return t.latinBest()
	}
	return ""
}

// count returns how many of letters the text holds.
func (t *tally) count(letters string) int {
	n := 0
	for _, r := range letters {
		n += t.special[r]
	}
	return n
}

// cyrillic tells Kazakh, Ukrainian, Bulgarian and Russian apart among n
// Cyrillic letters: Kazakh by its own letters, the others by letters only
// some of them use (і ї є ґ in Ukrainian, ы э ё in Russian, many ъ in
// Bulgarian) and by their frequent words.
func (t *tally) cyrillic(n int) string {
	if kk := t.count("әғқңөұүһӘҒҚҢӨҰҮҺ"); 200*kk >= n && kk >= 2 {
		return "kk"
	}
	score := t.cyr
	score[cyrUK] += 2*float64(t.count("їєґЇЄҐ")) + float64(t.count("іІ"))
	score[cyrRU] += float64(t.count("ыэёЫЭЁ"))
	if hard := t.count("ъЪ"); 100*hard >= n {
		score[cyrBG] += float64(hard)
	}
	best := cyrRU
	for i := range score {
		if score[i] > score[best] {
			best = i
		}
	}
	for i := range score {
		if i != best && score[best]-score[i] < minLead {
			return ""
		}
	}
	if score[best] < minWordHits/2 {
		return ""
	}
	return [...]string{"ru", "uk", "bg"}[best]
}

// The Cyrillic languages that Detect scores by their words.
const (
	cyrRU = iota
	cyrUK
	cyrBG
)

// cyrillicWords maps frequent words of Russian, Ukrainian and Bulgarian,
// written for this project, to the set of those languages (bits cyrRU,
// cyrUK, cyrBG) they are frequent in.
var cyrillicWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, s := range [...]string{
		"и в не на что с он как это по но его она они к у же из за от то было был была были для так все еще уже только или если чтобы также когда может очень себя",
		"і й в у не на що з він як це по але його вона вони до від за то було був була були для так все ще вже тільки або якщо щоб також коли може дуже себе та про",
		"и в не на че с той как това по но неговия тя те към от за да се ще са е беше бил била били за така всички още вече само или ако също когато може много",
	} {
		for _, w := range strings.Fields(s) {
			m[w] |= 1 << i
		}
	}
	return m
}()

// scoreCyrillic adds word to the scores of the languages it is frequent in.
func (t *tally) scoreCyrillic(word string) {
	key, ok := lowerWord(word)
	if !ok {
		return
	}
	set := cyrillicWords[key]
	for i := range t.cyr {
		if set&(1<<i) != 0 {
			t.cyr[i]++
		}
	}
}

// arabic tells Urdu, Persian and Arabic apart among n Arabic-script
// letters: Urdu by ٹ ڈ ڑ ں ے, Persian by پ چ ژ گ and the Persian forms of
// yeh and kaf, Arabic by ة and its own yeh and kaf.
func (t *tally) arabic(n int) string {
	ur := t.count("ٹڈڑںےۓ")
	fa := t.count("پچژگیک")
	ar := t.count("ةيكى")
	switch {
	case 100*ur >= n && ur >= 2:
		return "ur"
	case fa > ar:
		return "fa"
	case ar > 0:
		return "ar"
	}
	return ""
}

// devanagari tells Marathi from Hindi by their frequent words and the
// letter ळ, which Hindi rarely uses.
func (t *tally) devanagari() string {
	mr := t.mr + t.count("ळ")
	switch {
	case mr > t.hi:
		return "mr"
	case t.hi > 0:
		return "hi"
	}
	return ""
}

// specialLetters are the letters whose counts decide between languages of
// one script.
var specialLetters = func() map[rune]struct{} {
	m := map[rune]struct{}{}
	for _, s := range []string{
		"әғқңөұүһӘҒҚҢӨҰҮҺїєґЇЄҐіІыэёЫЭЁъЪ", "ٹڈڑںےۓپچژگیکةيكى", "ळ",
	} {
		for _, r := range s {
			m[r] = struct{}{}
		}
	}
	for r := range latinLetters {
		m[r] = struct{}{}
	}
	return m
}()

// hindiWords and marathiWords are frequent words of Hindi and Marathi
// that the other language does not use, written for this project.
var (
	hindiWords   = wordSet("है हैं और के की में से का को नहीं था थी थे पर भी कि यह वह ने लिए")
	marathiWords = wordSet("आहे आहेत आणि नाही होते होता होती हे त्या ते मी आम्ही म्हणून पण")
)

// wordSet returns the words of s, separated by spaces, as a set.
func wordSet(s string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(s) {
		m[w] = struct{}{}
	}
	return m
}
