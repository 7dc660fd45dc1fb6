// Package i18n is the interface's message catalogue: the languages the
// app speaks, their plural rules, dates and numbers, and the translation
// of every text the interface shows.
//
// A message is keyed by its English text, a fmt format string:
//
//	i18n.T(lang, "Sentence %d of %d", i+1, n)
//	i18n.N(lang, n, "%d annotated sentence", "%d annotated sentences")
//
// English needs no catalogue; fr.go, de.go, es.go and ar.go map each key
// to its translation (a missing one falls back to English, and the
// package's tests fail on it). A translation may reorder its arguments
// with explicit indexes (%[2]s) and may leave one out, provided it then
// uses an explicit index for the others.
package i18n

import (
	"fmt"
	"strings"
)

// Lang is an interface language, as its BCP 47 primary subtag ("fr").
type Lang string

// The interface languages.
const (
	English Lang = "en"
	French  Lang = "fr"
	German  Lang = "de"
	Spanish Lang = "es"
	Arabic  Lang = "ar"
)

// Langs lists every interface language, in the order the switch offers them.
var Langs = []Lang{English, French, German, Spanish, Arabic}

// Parse reads a language tag ("fr", "fr-CA", "de_AT") and returns the
// interface language of its primary subtag, if the app speaks it.
func Parse(tag string) (Lang, bool) {
	primary, _, _ := strings.Cut(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"), "-")
	l := Lang(strings.ToLower(primary))
	for _, k := range Langs {
		if k == l {
			return l, true
		}
	}
	return English, false
}

// Match picks the interface language for a browser's preferences
// (navigator.languages, most preferred first): the first one the app
// speaks, else English.
func Match(prefs []string) Lang {
	for _, p := range prefs {
		if l, ok := Parse(p); ok {
			return l
		}
	}
	return English
}

// Dir is the writing direction of l, for the dir attribute: "rtl" or "ltr".
func (l Lang) Dir() string {
	if l == Arabic {
		return "rtl"
	}
	return "ltr"
}

// Name is the language's name in itself (what the switch shows).
func (l Lang) Name() string {
	switch l {
	case French:
		return "Français"
	case German:
		return "Deutsch"
	case Spanish:
		return "Español"
	case Arabic:
		return "العربية"
	}
	return "English"
}

// Join lists items with the language's comma.
func (l Lang) Join(items []string) string {
	if l == Arabic {
		return strings.Join(items, "، ")
	}
	return strings.Join(items, ", ")
}

// catalog is one language's translations.
type catalog struct {
	// msgs maps an English message to its translation.
	msgs map[string]string
	// plurals maps the English plural form of a counted message (the
	// "other" argument of N) to its forms.
	plurals map[string]Forms
}

// Forms are the plural forms of one counted message, by CLDR category;
// an empty form falls back to Other.
type Forms struct{ Zero, One, Two, Few, Many, Other string }

// form returns the text for category f.
func (fs Forms) form(f Form) string {
	s := [...]string{fs.Zero, fs.One, fs.Two, fs.Few, fs.Many, fs.Other}[f]
	if s == "" {
		return fs.Other
	}
	return s
}

// catalogs are the translations, by language (English has none).
var catalogs = map[Lang]*catalog{French: &fr, German: &de, Spanish: &es, Arabic: &ar}

// T translates msg (the English text, a format string) into l and
// formats it with args.
func T(l Lang, msg string, args ...any) string {
	if c := catalogs[l]; c != nil {
		if s, ok := c.msgs[msg]; ok {
			msg = s
		}
	}
	return format(msg, args)
}

// N translates a counted message into l, in the plural form n takes there:
// one and other are the English singular and plural (format strings), and
// other is the catalogue's key. The form is formatted with args, or with
// n alone when there are none.
func N(l Lang, n int, one, other string, args ...any) string {
	if len(args) == 0 {
		args = []any{n}
	}
	if c := catalogs[l]; c != nil {
		if fs, ok := c.plurals[other]; ok {
			return format(fs.form(l.Plural(n)), args)
		}
	}
	if English.Plural(n) == One {
		return format(one, args)
	}
	return format(other, args)
}

// Mark returns msg unchanged: it marks a message that is stored in English
// (a command's help line) and translated later with T, so that the
// catalogue's tests know it.
func Mark(msg string) string { return msg }

// Has reports whether l has a translation of msg (English has every one).
func Has(l Lang, msg string) bool {
	c := catalogs[l]
	if c == nil {
		return l == English
	}
	_, ok := c.msgs[msg]
	return ok
}

// HasPlural reports whether l has the forms of the counted message whose
// English plural is other.
func HasPlural(l Lang, other string) bool {
	c := catalogs[l]
	if c == nil {
		return l == English
	}
	_, ok := c.plurals[other]
	return ok
}

// format formats msg with args; a text without verbs is taken as it is
// (a plural form that leaves the number out, such as Arabic's "two").
func format(msg string, args []any) string {
	if len(args) == 0 || !strings.Contains(msg, "%") {
		return msg
	}
	return fmt.Sprintf(msg, args...)
}

// all is a counted message whose text is the same in every plural form
// (a language that writes the count as a label, "الجمل: %d").
func all(s string) Forms { return Forms{s, s, s, s, s, s} }
