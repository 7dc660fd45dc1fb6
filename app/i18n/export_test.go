package i18n

import "sort"

// Keys lists the messages l's catalogue translates, in order.
func Keys(l Lang) []string {
	var out []string
	if c := catalogs[l]; c != nil {
		for k := range c.msgs {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// PluralKeys lists the counted messages of l's catalogue (their English
// plural), in order.
func PluralKeys(l Lang) []string {
	var out []string
	if c := catalogs[l]; c != nil {
		for k := range c.plurals {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// Plurals returns the forms of a counted message in l.
func Plurals(l Lang, other string) Forms { return catalogs[l].plurals[other] }

// PluralForms lists the forms of a counted message in l that are given.
func PluralForms(l Lang, other string) []string {
	var out []string
	fs := Plurals(l, other)
	for _, s := range []string{fs.Zero, fs.One, fs.Two, fs.Few, fs.Many, fs.Other} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
