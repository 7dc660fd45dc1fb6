package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinLangs are the languages in Latin script that Detect tells apart.
var latinLangs = [...]string{"en", "de", "fr", "es", "it", "pt", "nl", "da", "sv", "no", "pl", "cs", "sk", "tr"}

// latinFrequent are the most frequent short words of each language of
// latinLangs, in the same order, written for this project from general
// knowledge of the languages. A word may be frequent in several languages;
// it then counts for each, and the languages are told apart by the words
// they do not share (Danish "af", "efter", Norwegian "av", "etter").
var latinFrequent = [len(latinLangs)]string{
	"the and of to in is that it for was on with as are be this by not he i you at have from or his they but we an which were has had would their there been will can",
	"der die und das den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch man ich",
	"de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il sont avec son aux mais ou nous vous je elle cette été leur ont fait comme tout être",
	"de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya o este porque esta entre cuando muy sin sobre también fue ha hay era",
	"di e il la che è per un in del non una i le si con da della al sono lo ha dei gli più anche nel alla come ma questo delle ci essere questa nella ho sua suo",
	"de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também são pelo pela",
	"de van een het en in is dat op te zijn voor met die niet aan er om ook als dan maar bij of uit nog worden door naar heeft wordt hij ze kan ik je we zich deze",
	"af efter blev noget mig dig sig os ud hvad meget nogle havde nu kun være hun ikke jeg det er en til på at med og som den de har var fra et men mellem gennem fik gik igen hendes måske lidt deres også skal kan ved efter hvor",
	"och att det som en på är av för med till den har de inte om ett jag men var sig så från vi kan han hon när eller också hade efter detta skulle mycket vid hur vad bara sedan någon något några mellan genom deras hennes gick redan",
	"av etter ble noe meg deg seg oss ut hva mye noen hadde nå bare være hun ikke jeg det er en til på at med og som den de har var fra et men ikkje eg ein mellom gjennom fikk gikk igjen hennes kanskje litt veldig deres også skal kan ved hvor",
	"i w się nie na z do to że a o jest jak po co tak za od ale przez dla jego być czy już tylko jej ich go może są tym było który która oraz także",
	"a se v na je že s z o do to i k ve jsem by jak ale za od pro jako po tak jsou jeho které který bylo byl být jen už při mu ze co není",
	"a sa v na je že s z o do to i k vo som by ako ale za od pre po tak sú jeho ktoré ktorý bolo bol byť len už pri mu zo čo aj nie",
	"ve bir bu da de için ile çok ne daha gibi o en ama kadar sonra var olarak değil mi ben her olan diye şey ya çünkü onun bunu",
}

// latinWords maps a frequent word to the set of languages, as bits in the
// order of latinLangs, that it is frequent in.
var latinWords = func() map[string]uint16 {
	m := map[string]uint16{}
	for i, words := range latinFrequent {
		for _, w := range strings.Fields(words) {
			m[w] |= 1 << i
		}
	}
	return m
}()

// letterScore is what a letter adds to the score of each of a few
// languages.
type letterScore struct {
	langs string // codes, separated by spaces
	score float64
}

// latinLetters are the accented letters that only some languages use. Each
// occurrence adds its score to each of its languages: a few of them weigh
// as much as a frequent word.
var latinLetters = map[rune]letterScore{
	'ñ': {"es", 2}, 'ã': {"pt", 2}, 'õ': {"pt", 2}, 'ç': {"fr pt tr", 0.5},
	'ß': {"de", 2}, 'ä': {"de sv sk", 0.5}, 'ö': {"de sv tr", 0.5}, 'ü': {"de tr", 0.5},
	'å': {"da sv no", 1}, 'æ': {"da no", 1}, 'ø': {"da no", 1},
	'ł': {"pl", 2}, 'ą': {"pl", 2}, 'ę': {"pl", 2}, 'ś': {"pl", 2}, 'ź': {"pl", 2}, 'ż': {"pl", 2}, 'ń': {"pl", 2}, 'ć': {"pl", 1},
	'ř': {"cs", 2}, 'ě': {"cs", 2}, 'ů': {"cs", 2},
	'ľ': {"sk", 2}, 'ĺ': {"sk", 2}, 'ŕ': {"sk", 2}, 'ô': {"sk fr pt", 0.5},
	'č': {"cs sk", 0.5}, 'š': {"cs sk", 0.5}, 'ž': {"cs sk", 0.5}, 'ý': {"cs sk", 0.5},
	'ı': {"tr", 2}, 'ğ': {"tr", 2}, 'ş': {"tr", 2},
	'è': {"fr it", 0.5}, 'ò': {"it", 1}, 'ì': {"it", 1}, 'ù': {"it fr", 0.5},
	'ê': {"fr pt", 0.5}, 'â': {"fr pt", 0.3}, 'î': {"fr", 0.5}, 'û': {"fr", 0.5}, 'ë': {"fr nl", 0.3}, 'œ': {"fr", 2},
	'á': {"es pt cs sk", 0.2}, 'í': {"es pt cs sk", 0.2}, 'ó': {"es pt pl", 0.2}, 'ú': {"es pt cs sk", 0.2},
}

// latinIndex maps a code of latinLangs to its place.
var latinIndex = func() map[string]int {
	m := map[string]int{}
	for i, c := range latinLangs {
		m[c] = i
	}
	return m
}()

// minLead is the smallest lead of the best language over the second that
// Detect accepts; the lead must also be a 25th of the best score (close
// languages such as Danish and Norwegian share most of their points).
const minLead = 1.5

// maxWordLen is the longest word, in bytes, that scoreLatin looks up.
const maxWordLen = 16

// lowerWord is word in lower case, for the frequent-word tables; ok is
// false for a word longer than any in them.
func lowerWord(word string) (key string, ok bool) {
	if len(word) > maxWordLen {
		return "", false
	}
	var buf [maxWordLen * 2]byte
	n := 0
	for _, r := range word {
		n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
	}
	return string(buf[:n]), true
}

// scoreLatin adds word to the scores of the languages it is frequent in.
func (t *tally) scoreLatin(word string) {
	key, ok := lowerWord(word)
	if !ok {
		return
	}
	set := latinWords[key]
	for i := range latinLangs {
		if set&(1<<i) != 0 {
			t.latin[i]++
		}
	}
}

// latinBest returns the Latin-script language with the best score, or ""
// if it has too few points or too small a lead.
func (t *tally) latinBest() string {
	score := t.latin
	for r, c := range t.special {
		ls, ok := latinLetters[r]
		if !ok {
			continue
		}
		for _, code := range strings.Fields(ls.langs) {
			score[latinIndex[code]] += ls.score * float64(c)
		}
	}
	best, second := 0, -1
	for i := 1; i < len(score); i++ {
		switch {
		case score[i] > score[best]:
			best, second = i, best
		case second < 0 || score[i] > score[second]:
			second = i
		}
	}
	if score[best] < minWordHits || score[best]-score[second] < max(minLead, score[best]/25) {
		return ""
	}
	return latinLangs[best]
}
