package agreement

// FleissKappa returns Fleiss' kappa (Fleiss 1971) for data in which every
// item was judged by the same number n >= 2 of raters (not necessarily the
// same raters). Observed is P-bar, the mean of [ItemAgreements]; Expected is
// Pe = sum over values j of p_j^2, p_j being the share of all judgements
// that gave value j. It is undefined, with an error naming two items, when
// items have different numbers of raters; then use [KrippendorffAlpha].
func FleissKappa(d *Dataset) (Coefficient, error) {
	if len(d.units) == 0 {
		return Coefficient{}, undefined("Fleiss' kappa: no items")
	}
	first := d.units[0]
	n := len(first.codes)
	for _, u := range d.units[1:] {
		if len(u.codes) != n {
			return Coefficient{}, undefined("Fleiss' kappa: items have different numbers of raters (%q has %d, %q has %d)",
				first.item, n, u.item, len(u.codes))
		}
	}
	if n < 2 {
		return Coefficient{}, undefined("Fleiss' kappa: each item has only %d rater", n)
	}
	totals := make(map[string]int)
	sum := 0.0
	for _, u := range d.units {
		a, _ := unitAgreement(u)
		sum += a
		for k, c := range valueCounts(u) {
			totals[k] += c
		}
	}
	num := 0
	for _, c := range totals {
		num += c * c
	}
	judgements := len(d.units) * n
	return chanceCorrected("Fleiss' kappa", sum/float64(len(d.units)), num, judgements*judgements)
}
