package segment

// starters are words that often begin a sentence and are rarely part of a
// name. After an ambiguous period (an initial such as "I.", a dotted
// abbreviation such as "U.S.", a name with an exclamation mark such as
// "Yahoo!") the sentence ends only if the next word is one of these.
//
// Keys are lower case and at most maxKeyLen bytes; the next word is
// matched on its leading ASCII letters, so "It's" matches "it". To add a
// word, add its lower-case spelling.
var starters = setOf(
	"a", "an", "the", "this", "that", "these", "those", "there", "here",
	"i", "it", "its", "he", "she", "we", "they", "you", "my", "our", "your",
	"his", "her", "their", "one", "some", "many", "most", "all", "both",
	"each", "every", "no", "not", "yes", "more", "millions", "being",
	"but", "and", "or", "so", "yet", "however", "meanwhile", "also",
	"still", "thus", "therefore", "then", "now", "today", "yesterday",
	"in", "on", "at", "for", "with", "after", "before", "during", "since",
	"because", "although", "though", "if", "as", "while", "when", "where",
	"what", "who", "why", "how", "which",
	"is", "are", "was", "were", "do", "does", "did", "can", "could",
	"would", "should", "has", "have", "had", "let", "please",
)

// maxEmoticonLen is the longest emoticon, in bytes.
const maxEmoticonLen = 4

// emoticons are tokens that belong to the sentence before them: "Thanks! :)
// See you." splits after ":)". To add one, add it exactly as written; it must
// contain no white space or terminal marks (. ? ! …) and be at most
// maxEmoticonLen bytes long.
var emoticons = setOf(
	":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p",
	":-p", ":o", ":O", ":/", ":-/", ":'(", ":|", "=)", "=(", "<3", "XD",
	"xD", "^_^", "^^",
)

// emoticonFirst marks the bytes that start an emoticon.
var emoticonFirst = func() (first [256]bool) {
	for e := range emoticons {
		first[e[0]] = true
	}
	return first
}()

// exclaimNames are names written with an exclamation mark. "Yahoo!" ends a
// sentence only before a sentence starter. To add one, add its lower-case
// spelling without the mark.
var exclaimNames = setOf("yahoo", "jeopardy")

// setOf builds a set from its members.
func setOf(words ...string) map[string]struct{} {
	set := make(map[string]struct{}, len(words))
	for _, w := range words {
		set[w] = struct{}{}
	}
	return set
}

// maxKeyLen is the longest key, in bytes, of the word lists looked up with
// lookupLower; longer words are never found.
const maxKeyLen = 10

// lookupLower looks w up in m after lowering its ASCII letters, without
// allocating.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [maxKeyLen]byte
	if len(w) > maxKeyLen {
		var zero V
		return zero, false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// lowerASCII lowers an ASCII capital letter and returns any other byte as is.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
