// Package lang names the languages the annotator knows and guesses the
// language of a text.
//
// Known lists them with their ISO 639-1 codes, English and native names,
// ISO 15924 script codes and writing direction; Lookup finds one by code
// (ISO 639-1, ISO 639-2/3 or a BCP 47 tag such as "de-CH"); Detect guesses
// the language of a text from its script and, for texts in Latin script,
// from its most frequent short words and letters.
package lang

import "strings"

// Language is one language.
type Language struct {
	// Code is the ISO 639-1 code: "de".
	Code string
	// Name is the English name: "German".
	Name string
	// Endonym is the language's own name for itself: "Deutsch".
	Endonym string
	// Script is the ISO 15924 code of the usual script: "Latn".
	Script string
	// RTL reports whether the script is written right to left.
	RTL bool
}

// known are the languages, in the order Known returns them.
var known = []Language{
	{"en", "English", "English", "Latn", false},
	{"de", "German", "Deutsch", "Latn", false},
	{"fr", "French", "Français", "Latn", false},
	{"es", "Spanish", "Español", "Latn", false},
	{"it", "Italian", "Italiano", "Latn", false},
	{"pt", "Portuguese", "Português", "Latn", false},
	{"nl", "Dutch", "Nederlands", "Latn", false},
	{"da", "Danish", "Dansk", "Latn", false},
	{"sv", "Swedish", "Svenska", "Latn", false},
	{"no", "Norwegian", "Norsk", "Latn", false},
	{"pl", "Polish", "Polski", "Latn", false},
	{"cs", "Czech", "Čeština", "Latn", false},
	{"sk", "Slovak", "Slovenčina", "Latn", false},
	{"tr", "Turkish", "Türkçe", "Latn", false},
	{"ru", "Russian", "Русский", "Cyrl", false},
	{"uk", "Ukrainian", "Українська", "Cyrl", false},
	{"bg", "Bulgarian", "Български", "Cyrl", false},
	{"kk", "Kazakh", "Қазақ тілі", "Cyrl", false},
	{"el", "Greek", "Ελληνικά", "Grek", false},
	{"hy", "Armenian", "Հայերեն", "Armn", false},
	{"ar", "Arabic", "العربية", "Arab", true},
	{"fa", "Persian", "فارسی", "Arab", true},
	{"ur", "Urdu", "اردو", "Arab", true},
	{"he", "Hebrew", "עברית", "Hebr", true},
	{"hi", "Hindi", "हिन्दी", "Deva", false},
	{"mr", "Marathi", "मराठी", "Deva", false},
	{"am", "Amharic", "አማርኛ", "Ethi", false},
	{"my", "Burmese", "မြန်မာဘာသာ", "Mymr", false},
	{"zh", "Chinese", "中文", "Hani", false},
	{"ja", "Japanese", "日本語", "Jpan", false},
	{"ko", "Korean", "한국어", "Kore", false},
}

// aliases maps other codes to the ISO 639-1 code: Norwegian Bokmål and
// Nynorsk, the withdrawn "iw", and the ISO 639-2 and 639-3 codes.
var aliases = map[string]string{
	"nb": "no", "nn": "no", "nob": "no", "nno": "no", "nor": "no", "iw": "he",
	"eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es",
	"ita": "it", "por": "pt", "nld": "nl", "dut": "nl", "dan": "da", "swe": "sv",
	"pol": "pl", "ces": "cs", "cze": "cs", "slk": "sk", "slo": "sk", "tur": "tr",
	"rus": "ru", "ukr": "uk", "bul": "bg", "kaz": "kk", "ell": "el", "gre": "el",
	"hye": "hy", "arm": "hy", "ara": "ar", "arb": "ar", "fas": "fa", "per": "fa",
	"pes": "fa", "urd": "ur", "heb": "he", "hin": "hi", "mar": "mr", "amh": "am",
	"mya": "my", "bur": "my", "zho": "zh", "chi": "zh", "cmn": "zh", "jpn": "ja",
	"kor": "ko",
}

// Known returns the languages, English first, then the others of Latin,
// Cyrillic and other scripts. The caller may modify the slice.
func Known() []Language {
	return append([]Language(nil), known...)
}

// Lookup returns the language with code code: an ISO 639-1 code ("de"), an
// ISO 639-2 or 639-3 code ("deu", "ger") or a BCP 47 tag whose primary
// subtag is one of these ("de-CH", "pt-BR", "zh-Hant", "nb-NO"), in any
// case, with "-" or "_" between subtags. Norwegian Bokmål and Nynorsk ("nb",
// "nn") are Norwegian ("no").
func Lookup(code string) (Language, bool) {
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	code = strings.ToLower(strings.TrimSpace(code))
	if a, ok := aliases[code]; ok {
		code = a
	}
	for _, l := range known {
		if l.Code == code {
			return l, true
		}
	}
	return Language{}, false
}
