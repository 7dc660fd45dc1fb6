package textin

import (
	"slices"
	"testing"
)

func TestHTMLHeadingsAndLang(t *testing.T) {
	cases := []struct {
		name, in, text string
		heads          []string
		lang           string
	}{
		{"headings of every level", `<html lang="fr-CA"><h1>One</h1><p>a</p><h3>Two <b>bold</b></h3><p>b</p><h6>Six</h6>`,
			"One\n\na\n\nTwo bold\n\nb\n\nSix", []string{"One", "Two bold", "Six"}, "fr-CA"},
		{"xml:lang, and lang wins", `<?xml version="1.0"?><!-- c --><html xmlns="x" xml:lang="de" lang='de-AT'><p>x</p>`, "x", nil, "de-AT"},
		{"xml:lang alone", `<html xml:lang=en_GB><p>x</p>`, "x", nil, "en-GB"},
		{"no lang, bad lang", `<html lang="not a tag!"><p>x</p>`, "x", nil, ""},
		{"a late html tag counts, as in browsers", `<p>x</p><html lang="it">`, "x", nil, "it"},
		{"headings in page chrome are dropped", `<nav><h2>Menu</h2></nav><main><h1>Story</h1><p>Text.</p></main>`,
			"Story\n\nText.", []string{"Story"}, ""},
		{"an empty heading marks nothing", `<h2></h2><p>Text.</p><h2>&nbsp;</h2><p>More.</p>`, "Text.\n\nMore.", nil, ""},
		{"a heading with a line break keeps one line", `<h1>Part<br>One</h1>`, "Part\nOne", []string{"Part"}, ""},
		{"offsets move when cleaning shortens the text", "<p>a&#x2028;b\u2029\ufeff</p><h2>Head</h2><p>c</p>", "a\nb\n\nHead\n\nc", []string{"Head"}, ""},
	}
	for _, c := range cases {
		text, _, heads, lang := htmlDoc(c.in)
		text, heads = settleHeads(text, heads)
		d := Doc{Text: text, Headings: heads}
		checkContainerShape(t, c.name, d)
		if text != c.text || !slices.Equal(containerHeads(d), c.heads) || lang != c.lang {
			t.Errorf("%s: got %q %q %q, want %q %q %q", c.name, text, containerHeads(d), lang, c.text, c.heads, c.lang)
		}
	}
	// htmlText is unchanged.
	if text, title := htmlText("<title>T</title><h2>A</h2><p>b</p>"); text != "A\n\nb" || title != "T" {
		t.Errorf("htmlText = %q, %q", text, title)
	}
}
