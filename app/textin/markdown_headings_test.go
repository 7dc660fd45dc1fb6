package textin

import (
	"slices"
	"strings"
	"testing"
)

// headingLines returns the lines of text at which the offsets point, and
// fails the test when an offset is not at a line start.
func headingLines(t *testing.T, text string, heads []int) []string {
	t.Helper()
	var out []string
	for _, h := range heads {
		if h < 0 || h >= len(text) || h > 0 && text[h-1] != '\n' {
			t.Fatalf("heading offset %d is not at a line start of %q", h, text)
		}
		line, _ := lineAt(text, h)
		out = append(out, line)
	}
	return out
}

func TestDecodeHeadings(t *testing.T) {
	cases := []struct {
		name, file, in string
		want           []string
	}{
		{"markdown ATX headings", "a.md", "# Title\n\nText here.\n\n## Part *one*\n\nMore text.", []string{"Title", "Part one"}},
		{"markdown setext headings", "a.md", "Title\n=====\n\nText here.\n\nPart\n----\n\nMore.", []string{"Title", "Part"}},
		{"markdown after blank lines and a control character", "a.md", "\n\n\nText &#1; here   \n\n\n\n## Part\n\nMore.", []string{"Part"}},
		{"markdown front matter", "a.md", "---\ntitle: T\n---\n\n# One\n\ntext\n\n# Two", []string{"One", "Two"}},
		{"markdown without headings", "a.md", "Just text.\n\nMore text.", nil},
		{"plain chapter lines", "a.txt", "Chapter 3\n\nIt was dark.\n\nCHAPTER III.\n\nBOOK II\n\nPART ONE\n\nVolume I\n\nChapter 4: The Storm\n\nText.",
			[]string{"Chapter 3", "CHAPTER III.", "BOOK II", "PART ONE", "Volume I", "Chapter 4: The Storm"}},
		{"plain numbers alone", "a.txt", "I.\n\nIt was dark.\n\n12\n\nIt was light.", []string{"I.", "12"}},
		{"plain sentences that look like chapters", "a.txt", "Part one of the plan was simple.\n\nBook it now.\n\nIt was on\nChapter 3 and more.", nil},
		{"plain title and byline", "a.txt", "The Storm\n\nby Ann Author\n\nIt was dark.", []string{"The Storm", "by Ann Author"}},
		{"plain lines on their own that read as titles", "a.txt", "Bus fares\n\nThe council will cut bus fares.\n\nReactions\n\n" +
			"People were glad.\n\n\"Who is there?\"\n\nshe said\n\n- milk\n\n* * *\n\nA line that goes on,\n\nTwo lines\nof verse",
			[]string{"Bus fares", "Reactions"}},
		{"a first line that is a sentence", "a.txt", "It was dark!\n\nIt rained.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Decode(c.file, []byte(c.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := headingLines(t, d.Text, d.Headings); !slices.Equal(got, c.want) {
				t.Errorf("headings %q of %q, want %q", got, d.Text, c.want)
			}
		})
	}
}

func TestChapterLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Chapter 3", true}, {"CHAPTER III.", true}, {"Chapter 3: Title", true}, {"BOOK II", true},
		{"PART ONE", true}, {"Volume I", true}, {"Chapter XII. The Storm Breaks", true}, {"Chapter 3 The Storm", true},
		{"chapter iv", true}, {"PREFACE.", true}, {"Epilogue", true}, {"Letter 4", true}, {"Stave I: Marley's Ghost", true},
		{"Part one of the plan was simple.", false}, {"Chapter and verse", false}, {"Book it now.", false},
		{"Chapter 3 The storm broke and we ran.", false}, {"Parts 1", false}, {"", false},
		{"Chapter 1 " + strings.Repeat("x", 80), false},
	} {
		if got := chapterLine(c.s); got != c.want {
			t.Errorf("chapterLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestTidyAt(t *testing.T) {
	cases := []struct {
		name, in string
		at       []int
		want     []string // the text from each moved offset to its line end
	}{
		{"lines keep their offsets", "a\n\nb", []int{0, 3}, []string{"a", "b"}},
		{"blank lines collapse", "\n\n\na  \n\n\n\nb\t\n", []int{3, 10}, []string{"a", "b"}},
		{"an offset in a blank line moves on", "a\n\n\n\nb", []int{2}, []string{"b"}},
		{"an offset inside a line stays in it", "hello world\n\nb", []int{6}, []string{"world"}},
		{"an offset in trailing space goes to the line end", "ab   \nc", []int{4}, []string{""}},
		{"offsets after the last line are dropped", "a\n\n\n", []int{2, 3}, nil},
		{"duplicates merge", "a\n\n\nb", []int{2, 3, 4}, []string{"b"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, moved := tidyAt(c.in, c.at)
			if out != tidy(c.in) {
				t.Fatalf("text %q, want tidy's %q", out, tidy(c.in))
			}
			var rest []string
			for _, o := range moved {
				end, _ := lineAt(out[o:], 0)
				rest = append(rest, end)
			}
			if !slices.Equal(rest, c.want) {
				t.Errorf("moved %v of %q: %q, want %q", moved, out, rest, c.want)
			}
		})
	}
}
