package agreement

// unitAgreement returns the proportion of ordered pairs of distinct raters
// of u who gave u the same value, and false if u has fewer than two raters.
func unitAgreement(u unit) (float64, bool) {
	m := len(u.codes)
	if m < 2 {
		return 0, false
	}
	same := 0
	for _, n := range valueCounts(u) {
		same += n * (n - 1)
	}
	return float64(same) / float64(m*(m-1)), true
}

// ItemAgreements returns, for each item judged by at least two raters, the
// proportion of pairs of its raters who gave it the same label set (Fleiss'
// P_i). Items judged by fewer than two raters are left out.
func ItemAgreements(d *Dataset) map[string]float64 {
	out := make(map[string]float64)
	for _, u := range d.units {
		if a, ok := unitAgreement(u); ok {
			out[u.item] = a
		}
	}
	return out
}

// PercentAgreement returns the observed agreement: the mean over items
// judged by at least two raters of the proportion of pairs of raters who
// gave the item the same label set. Every such item weighs the same. For
// two raters it is the share of their common items on which they agree; for
// a fixed number of raters it equals Fleiss' P-bar. It is undefined when no
// item has two raters.
func PercentAgreement(d *Dataset) (float64, error) {
	sum, n := 0.0, 0
	for _, u := range d.units {
		if a, ok := unitAgreement(u); ok {
			sum += a
			n++
		}
	}
	if n == 0 {
		return 0, undefined("percent agreement: no item has two raters")
	}
	return sum / float64(n), nil
}
