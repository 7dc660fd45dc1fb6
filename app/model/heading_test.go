package model

import "testing"

func TestIsHeading(t *testing.T) {
	long := "A line with no final punctuation that goes on and on well beyond what any title would need"
	cases := []struct {
		name, text string
		i          int
		want       bool
	}{
		{"title line", "Bus fares\n\nThe council will cut bus fares.", 0, true},
		{"the paragraph after a title", "Bus fares\n\nThe council will cut bus fares.", 1, false},
		{"chapter with a number", "Chapter 3\nIt was dark.", 0, true},
		{"chapter in capitals with a period", "CHAPTER III.\nIt was dark.", 0, true},
		{"part in words", "Part One\nIt was dark.", 0, true},
		{"book with a numeral", "Book II\nIt was dark.", 0, true},
		{"chapter with a title", "Chapter 3: The Storm\nIt was dark.", 0, true},
		{"chapter with a title and a period", "CHAPTER XII: The Storm Breaks.\nIt was dark.", 0, true},
		{"a sentence that starts like a chapter line", "Part one of the plan was simple.\nIt was dark.", 0, false},
		{"roman numeral alone", "I.\nIt was dark.", 0, true},
		{"section number alone", "12\nIt was dark.", 0, true},
		{"markdown heading", "# Introduction to the topic\nIt was dark.", 0, true},
		{"markdown heading of level 2", "## Method\nIt was dark.", 0, true},
		{"hashtag", "#budget\nIt was dark.", 0, true}, // short, no punctuation: still a heading by shape
		{"one-line sentence with a period", "The council will cut bus fares.\nIt was dark.", 0, false},
		{"dialogue with punctuation", "It was dark.\n“Go away!”\nShe left.", 1, false},
		{"dialogue in straight quotes", "It was dark.\n\"Who is there?\"\nShe left.", 1, false},
		{"ends with a colon", "Ingredients:\n- milk", 0, false},
		{"list item", "Ingredients:\n- milk\n- eggs", 1, false},
		{"bullet item", "Shopping\n• bread", 1, false},
		{"numbered line without punctuation", "1. Introduction\nIt was dark.", 0, true},
		{"scene break", "It was dark.\n* * *\nMorning came.", 1, true},
		{"verse line ending with a comma", "Shall I compare thee to a summer's day?\nThou art more lovely,\nand more temperate.", 1, false},
		{"line that starts in lower case", "The wind\nand the rain\nWent on.", 1, false},
		{"too long", long + "\nIt was dark.", 0, false},
		{"shares its line with a sentence", "Breaking news It was dark. More came.", 0, false},
		{"second sentence of a line", "It was dark. The end\nMore.", 1, false},
		{"last line without punctuation", "It was dark.\nThe End", 1, true},
		{"out of range", "Title", 3, false},
		{"negative", "Title", -1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := New("", c.text)
			if got := d.IsHeading(c.i); got != c.want {
				var s string
				if c.i >= 0 && c.i < len(d.Sentences) {
					s = d.SentenceText(c.i)
				}
				t.Errorf("IsHeading(%d) of %q (sentence %q) = %v, want %v", c.i, c.text, s, got, c.want)
			}
		})
	}
}

func TestIsRoman(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"I", true}, {"IV", true}, {"IX", true}, {"XIV", true}, {"XL", true}, {"MCMXCIX", true},
		{"MMMCMXCIX", true}, {"", false}, {"IIII", false}, {"VX", false}, {"IC", false},
		{"MMMM", false}, {"MILD", false}, {"iv", false},
	} {
		if got := IsRoman(c.s); got != c.want {
			t.Errorf("IsRoman(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
