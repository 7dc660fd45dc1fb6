package agreement

// BennettS returns Bennett, Alpert and Goldstein's S: observed agreement
// ([PercentAgreement], for any number of raters) corrected for a chance
// agreement of 1/q, as if all q categories were equally likely. categories
// is q, the number of possible values; 0 means the number of distinct label
// sets that occur in d. It is an error if categories is negative or smaller
// than that number, and S is undefined for fewer than 2 categories.
func BennettS(d *Dataset, categories int) (Coefficient, error) {
	if categories < 0 {
		return Coefficient{}, undefined("Bennett's S: negative number of categories %d", categories)
	}
	seen := make(map[string]bool)
	for _, u := range d.units {
		for _, c := range u.codes {
			seen[c.key] = true
		}
	}
	q := categories
	if q == 0 {
		q = len(seen)
	}
	if q < len(seen) {
		return Coefficient{}, undefined("Bennett's S: %d categories given but %d occur", categories, len(seen))
	}
	ao, err := PercentAgreement(d)
	if err != nil {
		return Coefficient{}, err
	}
	return chanceCorrected("Bennett's S", ao, 1, q)
}
