package i18n

// Form is a CLDR plural category.
type Form int

// The plural categories (https://cldr.unicode.org, "Language Plural Rules").
const (
	Zero Form = iota
	One
	Two
	Few
	Many
	Other
)

// String names the category as CLDR does.
func (f Form) String() string {
	return [...]string{"zero", "one", "two", "few", "many", "other"}[f]
}

// Plural is the category of the whole number n in l, by the CLDR rules
// (integers only: the interface counts things):
//
//	en, de  one: 1; other
//	fr      one: 0 and 1; many: a non-zero multiple of a million; other
//	es      one: 1; many: a non-zero multiple of a million; other
//	ar      zero: 0; one: 1; two: 2; few: n % 100 in 3..10;
//	        many: n % 100 in 11..99; other (100, 101, 102, …)
func (l Lang) Plural(n int) Form {
	if n < 0 {
		n = -n
	}
	switch l {
	case French:
		switch {
		case n == 0 || n == 1:
			return One
		case n%1000000 == 0:
			return Many
		}
	case Spanish:
		switch {
		case n == 1:
			return One
		case n != 0 && n%1000000 == 0:
			return Many
		}
	case Arabic:
		switch m := n % 100; {
		case n == 0:
			return Zero
		case n == 1:
			return One
		case n == 2:
			return Two
		case m >= 3 && m <= 10:
			return Few
		case m >= 11:
			return Many
		}
	default:
		if n == 1 {
			return One
		}
	}
	return Other
}
