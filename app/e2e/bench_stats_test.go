package e2e

import (
	"fmt"
	"math"
	"slices"
	"strconv"
)

// median returns the middle value of xs (the mean of the two middle ones
// for an even count), or NaN when xs is empty.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// p95 returns the 95th percentile of xs by the nearest-rank method (the
// smallest value at or above 95 % of the samples), or NaN when xs is empty.
func p95(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	k := int(math.Ceil(0.95*float64(len(s)))) - 1
	return s[max(0, min(k, len(s)-1))]
}

// fmtMs formats milliseconds with one decimal.
func fmtMs(v float64) string {
	if math.IsNaN(v) {
		return "–"
	}
	return strconv.FormatFloat(v, 'f', 1, 64) + " ms"
}

// fmtBytes formats a byte count as B, kB or MB (decimal units, as the
// targets are written).
func fmtBytes(v float64) string {
	switch {
	case math.IsNaN(v):
		return "–"
	case v >= 1e6:
		return fmt.Sprintf("%.2f MB", v/1e6)
	case v >= 1e4:
		return fmt.Sprintf("%.1f kB", v/1e3)
	}
	return fmt.Sprintf("%.0f B", v)
}

// fmtCount formats an integer with thousands separators: 20000 → "20,000".
func fmtCount(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// nan marks a missing figure.
var nan = math.NaN()
