package i18n

import "strings"

func init() { frenchSpacing(&fr) }

// frenchSpaces are French typography's spaces: a non-breaking space before
// a colon and inside guillemets, a narrow one before ; ? ! and %.
var frenchSpaces = strings.NewReplacer(
	" :", "\u00a0:",
	" ;", "\u202f;",
	" ?", "\u202f?",
	" !", "\u202f!",
	" %%", "\u202f%%",
	"« ", "«\u00a0",
	" »", "\u00a0»",
)

// frenchSpacing gives c's texts French typography's spaces, so that the
// catalogue is written with plain ones.
func frenchSpacing(c *catalog) {
	for k, s := range c.msgs {
		c.msgs[k] = frenchSpaces.Replace(s)
	}
	for k, fs := range c.plurals {
		for _, p := range []*string{&fs.Zero, &fs.One, &fs.Two, &fs.Few, &fs.Many, &fs.Other} {
			*p = frenchSpaces.Replace(*p)
		}
		c.plurals[k] = fs
	}
}
