package textin

import (
	"strings"
	"testing"
)

// prose is a paragraph long enough to wrap several times.
const prose = "Mr. Bennet was so odd a mixture of quick parts, sarcastic humour, reserve, and caprice, " +
	"that the experience of three-and-twenty years had been insufficient to make his wife understand " +
	"his character. Her mind was less difficult to develop. She was a woman of mean understanding, " +
	"little information, and uncertain temper."

// wrapAt breaks s greedily into lines of at most width bytes.
func wrapAt(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		switch {
		case i == 0:
		case n+1+len(w) > width:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

func TestUnwrap(t *testing.T) {
	p := wrapAt(prose, 70)
	cases := []struct{ name, in, want string }{
		{"a wrapped paragraph is joined", p + "\n\n" + p, prose + "\n\n" + prose},
		{"CRLF line ends", strings.ReplaceAll(p+"\n\n"+p, "\n", "\r\n"), prose + "\r\n\r\n" + prose},
		{"verse is kept", p + "\n\nThe woods are lovely, dark and deep,\nBut I have promises to keep,\n" +
			"And miles to go before I sleep,\nAnd miles to go before I sleep.\n\n" + p,
			prose + "\n\nThe woods are lovely, dark and deep,\nBut I have promises to keep,\n" +
				"And miles to go before I sleep,\nAnd miles to go before I sleep.\n\n" + prose},
		{"a list is kept", p + "\n\nWe bought all the things we would need on the long journey north:\n" +
			"- flour, sugar, salt and a good deal of dried fruit for the children\n" +
			"- two lanterns and oil\n* a map\n• a compass\n1. first aid\na) a knife\n\n" + p,
			prose + "\n\nWe bought all the things we would need on the long journey north:\n" +
				"- flour, sugar, salt and a good deal of dried fruit for the children\n" +
				"- two lanterns and oil\n* a map\n• a compass\n1. first aid\na) a knife\n\n" + prose},
		{"a long list item goes on over its indented line", p + "\n\n- flour, sugar, salt and a good deal of dried fruit for all\n  the children\n- a map\n\n" + p,
			prose + "\n\n- flour, sugar, salt and a good deal of dried fruit for all the children\n- a map\n\n" + prose},
		{"an address and a signature are kept", p + "\n\nMr. John Smith\n42 Long Lane\nMeryton, Hertfordshire\n\n" +
			p + "\n\nYours sincerely,\nWilliam Collins\n",
			prose + "\n\nMr. John Smith\n42 Long Lane\nMeryton, Hertfordshire\n\n" + prose + "\n\nYours sincerely,\nWilliam Collins\n"},
		{"a table of contents is kept", p + "\n\nThe arrival of a single man of large fortune at Netherfield ...... 1\n" +
			"Mr. Bennet pays a visit, and says nothing of it to anyone ......... 9\n" +
			"The assembly at Meryton, where Mr. Darcy will not dance            17\n\n" + p,
			prose + "\n\nThe arrival of a single man of large fortune at Netherfield ...... 1\n" +
				"Mr. Bennet pays a visit, and says nothing of it to anyone ......... 9\n" +
				"The assembly at Meryton, where Mr. Darcy will not dance            17\n\n" + prose},
		{"dialogue lines are kept", p + "\n\n\"I hope Mr. Bingley will like it, Lizzy,\" said her father at last.\n" +
			"\"We are not in a way to know what Mr. Bingley likes,\" said her mother.\n\n" + p,
			prose + "\n\n\"I hope Mr. Bingley will like it, Lizzy,\" said her father at last.\n" +
				"\"We are not in a way to know what Mr. Bingley likes,\" said her mother.\n\n" + prose},
		{"a chapter line is kept", p + "\n\nChapter 2\nMr. Bennet was among the earliest of those who waited on Mr. Bingley, and\nhe went.\n\n" + p,
			prose + "\n\nChapter 2\nMr. Bennet was among the earliest of those who waited on Mr. Bingley, and he went.\n\n" + prose},
		{"indented paragraphs without blank lines", "    " + p + "\n    " + p, "    " + prose + "\n    " + prose},
		{"a dash at the end of a line joins tight", p + "\n\nAll the minor passages, the loves of Jane and Bingley, the advent--\nthe visit to Hunsford.\n\n" + p,
			prose + "\n\nAll the minor passages, the loves of Jane and Bingley, the advent--the visit to Hunsford.\n\n" + prose},
		{"one paragraph per line is left as it is", prose + "\nShort line.\n" + prose + "\n\n" + prose, prose + "\nShort line.\n" + prose + "\n\n" + prose},
		{"too few lines to tell", "Hello there.\nGood bye.", "Hello there.\nGood bye."},
		{"a poem on its own is kept", "The woods are lovely, dark and deep,\nBut I have promises to keep,\n" +
			"And miles to go before I sleep,\nAnd miles to go before I sleep.",
			"The woods are lovely, dark and deep,\nBut I have promises to keep,\n" +
				"And miles to go before I sleep,\nAnd miles to go before I sleep."},
		{"short lines of dialogue, one per paragraph", "He came in.\nShe said hello to him and asked about his day at the office.\n" +
			"He said it was fine.\nShe asked him whether he had eaten anything since the morning.\nHe had not.",
			"He came in.\nShe said hello to him and asked about his day at the office.\n" +
				"He said it was fine.\nShe asked him whether he had eaten anything since the morning.\nHe had not."},
		{"a short wrapped paste", p, prose},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Unwrap(c.in); got != c.want {
				t.Errorf("Unwrap(%q)\n = %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestUnwrapHyphens(t *testing.T) {
	// Each case is a wrapped paragraph whose second line ends with a
	// hyphenated word, and a sentence elsewhere that shows the word.
	cases := []struct{ name, left, right, elsewhere, want string }{
		{"a word seen whole loses its hyphen", "sur", "prise", "It was no surprise.", "surprise"},
		{"a compound seen with its hyphen keeps it", "to", "morrow", "Come to-morrow.", "to-morrow"},
		{"a compound seen both ways keeps its hyphen", "second", "hand", "It was second-hand, not secondhand.", "second-hand"},
		{"a compound cut after a hyphen keeps it", "three-and", "twenty", "No more.", "three-and-twenty"},
		{"a word seen nowhere keeps its hyphen", "quin", "tessential", "No more.", "quin-tessential"},
		{"capitals do not matter", "Sur", "prise", "It was no SURPRISE.", "Surprise"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := "Mrs. Bennet was quite disconcerted, and she could not imagine what\n" +
				"business he could have in town so soon after his arrival; a " + c.left + "-\n" +
				c.right + " might be always flying about from one place to another, as he\n" +
				"ought not.\n\n" + c.elsewhere
			got := Unwrap(in)
			if !strings.Contains(got, " a "+c.want+" might") {
				t.Errorf("Unwrap(%q)\n = %q\nwant it to hold %q", in, got, c.want)
			}
		})
	}
}

func TestTocLineAndListItem(t *testing.T) {
	for _, c := range []struct {
		s         string
		toc, item bool
	}{
		{"Introduction ........ vii", true, false},
		{"The Storm . . . . . 12", true, false},
		{"The Storm    12", true, false},
		{"He was born in 1850", false, false},
		{"- milk", false, true},
		{"12. Eggs", false, true},
		{"(a) bread", false, true},
		{"b) butter", false, true},
		{"A. Smith wrote it", false, false},
		{"-5 degrees", false, false},
	} {
		if got := tocLine(c.s); got != c.toc {
			t.Errorf("tocLine(%q) = %v", c.s, got)
		}
		if got := listItem(c.s); got != c.item {
			t.Errorf("listItem(%q) = %v", c.s, got)
		}
	}
}

func TestItalicMarks(t *testing.T) {
	cases := []struct{ in, want string }{
		{`"_You_ want to tell me."`, `"You want to tell me."`},
		{"to _her_.", "to her."},
		{"_Her_ mind", "Her mind"},
		{"a snake_case name", "a snake_case name"},
		{"the novel _Pride and Prejudice_, 1813", "the novel Pride and Prejudice, 1813"},
		{"no marks", "no marks"},
	}
	for _, c := range cases {
		if got := italicMarks(c.in); got != c.want {
			t.Errorf("italicMarks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
