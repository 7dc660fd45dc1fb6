// Package seeds embeds the articles shipped with the app.
package seeds

import (
	"embed"
	"sort"
	"strings"
)

//go:embed *.txt
var files embed.FS

// Article is one shipped text.
type Article struct {
	// Slug is the file name without extension, e.g. "ukraine-diplomacy".
	Slug string
	// Title is derived from the slug.
	Title string
	// Text is the article text.
	Text string
}

// All returns the shipped articles in file-name order.
func All() []Article {
	entries, _ := files.ReadDir(".")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	out := make([]Article, 0, len(names))
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			continue
		}
		slug := strings.TrimSuffix(n, ".txt")
		out = append(out, Article{Slug: slug, Title: titleOf(slug), Text: string(b)})
	}
	return out
}

// Default returns the article opened at "/".
func Default() Article {
	for _, a := range All() {
		if a.Slug == "ukraine-diplomacy" {
			return a
		}
	}
	return All()[0]
}

// titleOf turns "ukraine-diplomacy" into "Ukraine diplomacy".
func titleOf(slug string) string {
	t := strings.ReplaceAll(slug, "-", " ")
	if t == "" {
		return t
	}
	return strings.ToUpper(t[:1]) + t[1:]
}
