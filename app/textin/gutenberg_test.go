package textin

import (
	"strings"
	"testing"
)

// pgBook is a book body for the Gutenberg tests.
const pgBook = "CHAPTER I.\n\nIt was a dark and stormy night.\n\nTHE END"

func TestStripGutenberg(t *testing.T) {
	header := "The Project Gutenberg EBook of A Night, by Ann Author\n\nTitle: A Night\n\nAuthor: Ann Author\n\nLanguage: English\n\n"
	licence := "\n\nEnd of the Project Gutenberg EBook of A Night\n\n*** END OF THIS PROJECT GUTENBERG EBOOK A NIGHT ***\n\nlicence\nlicence"
	cases := []struct {
		name, in            string
		text, title, author string
		lang                string
		dropped             int
	}{
		{"current markers", header + "*** START OF THE PROJECT GUTENBERG EBOOK A NIGHT ***\n\n" + pgBook +
			"\n\n*** END OF THE PROJECT GUTENBERG EBOOK A NIGHT ***\nlicence",
			"\n" + pgBook + "\n\n", "A Night", "Ann Author", "en", 9 + 2},
		{"older THIS markers and the End line", header + "*** START OF THIS PROJECT GUTENBERG EBOOK A NIGHT ***\n" + pgBook + licence,
			pgBook + "\n\n", "A Night", "Ann Author", "en", 9 + 6},
		{"no space after the asterisks, lower case", "Title: A Night\n***start of the project gutenberg ebook a night***\n" + pgBook +
			"\n***end of the project gutenberg ebook a night***",
			pgBook + "\n", "A Night", "", "", 2 + 1},
		{"the old small print", "The Project Gutenberg Etext of A Night, by Ann Author\n**Welcome To The World of Free Plain Vanilla Electronic Texts**\n" +
			"*****START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START*****\nsmall print\n" +
			"*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\n" + pgBook + "\n\nEnd of Project Gutenberg's A Night, by Ann Author\n",
			"\n" + pgBook + "\n\n", "A Night", "Ann Author", "", 5 + 1},
		{"a Produced by credit is dropped", header + "*** START OF THE PROJECT GUTENBERG EBOOK A NIGHT ***\n\n\n\nProduced by Anonymous\nVolunteers\n\n" + pgBook,
			"\n" + pgBook, "A Night", "Ann Author", "en", 9 + 3 + 2},
		{"a title over two lines, two languages", "Title: A Night\n       and a Day\nAuthor: Ann Author\nLanguage: French, English\n" +
			"*** START OF THE PROJECT GUTENBERG EBOOK A NIGHT ***\n" + pgBook,
			pgBook, "A Night and a Day", "Ann Author", "fr", 5},
		{"a language code", "Language: de\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\n" + pgBook, pgBook, "", "", "de", 2},
		{"an unknown language", "Language: Klingon\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\n" + pgBook, pgBook, "", "", "", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, ok := stripGutenberg(c.in)
			if !ok {
				t.Fatal("no Gutenberg book found")
			}
			if g.text != c.text || g.title != c.title || g.author != c.author || g.lang != c.lang || g.dropped != c.dropped {
				t.Errorf("got %q %q %q %q %d\nwant %q %q %q %q %d", g.text, g.title, g.author, g.lang, g.dropped,
					c.text, c.title, c.author, c.lang, c.dropped)
			}
		})
	}
}

func TestStripGutenbergLeavesOtherTexts(t *testing.T) {
	for _, in := range []string{
		pgBook,
		"Title: My notes\nAuthor: Me\n\n" + pgBook,
		"A text that mentions the Project Gutenberg EBook of Pride and Prejudice.\nEnd of the Project Gutenberg EBook.",
		"START OF THE PROJECT GUTENBERG EBOOK without asterisks is a sentence.",
		"",
	} {
		if g, ok := stripGutenberg(in); ok {
			t.Errorf("stripGutenberg(%q) found a book: %+v", in, g)
		}
	}
}

func TestDecodeGutenberg(t *testing.T) {
	in := "\ufeffThe Project Gutenberg EBook of A Night, by Ann Author\r\n\r\nTitle: A Night\r\n\r\nAuthor: Ann Author\r\n\r\n" +
		"Language: English\r\n\r\n*** START OF THIS PROJECT GUTENBERG EBOOK A NIGHT ***\r\n\r\n\r\nA NIGHT\r\n\r\nBy Ann Author\r\n\r\n" +
		"CHAPTER I.\r\n\r\nIt was a dark and stormy night; the rain fell in torrents, except at\r\n" +
		"occasional intervals, when it was checked by a violent gust of wind\r\nwhich swept up the streets.\r\n\r\n" +
		"CHAPTER II. The Morning\r\n\r\nIt was light.\r\n\r\n*** END OF THIS PROJECT GUTENBERG EBOOK A NIGHT ***\r\n\r\nThe licence.\r\n"
	d, err := Decode("night.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "A NIGHT\n\nBy Ann Author\n\nCHAPTER I.\n\nIt was a dark and stormy night; the rain fell in torrents, except at " +
		"occasional intervals, when it was checked by a violent gust of wind which swept up the streets.\n\n" +
		"CHAPTER II. The Morning\n\nIt was light."
	if d.Text != want {
		t.Errorf("text %q\nwant %q", d.Text, want)
	}
	if d.Title != "A Night" || d.Author != "Ann Author" || d.Lang != "en" {
		t.Errorf("title %q, author %q, lang %q", d.Title, d.Author, d.Lang)
	}
	if d.Notice != "The Project Gutenberg header and licence (12 lines) were left out of the text; the book itself is complete." {
		t.Errorf("notice %q", d.Notice)
	}
	var heads []string
	for _, h := range d.Headings {
		line, _ := lineAt(d.Text, h)
		heads = append(heads, line)
	}
	if got := strings.Join(heads, "|"); got != "A NIGHT|By Ann Author|CHAPTER I.|CHAPTER II. The Morning" {
		t.Errorf("headings %q", got)
	}
}
