package agreement

import (
	"errors"
	"fmt"
)

// ErrUndefined is wrapped by every error that reports a statistic as
// undefined for the data given: too few items or raters, raters that do not
// fit the statistic, or chance agreement equal to 1.
var ErrUndefined = errors.New("agreement: undefined")

// undefined returns an error wrapping ErrUndefined with the reason.
func undefined(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrUndefined}, args...)...)
}

// Coefficient is a chance-corrected agreement coefficient
// Value = (Observed - Expected) / (1 - Expected), which for the
// disagreement-based ones is 1 - Do/De.
type Coefficient struct {
	// Observed is the observed agreement, between 0 and 1. For Krippendorff's
	// alpha and weighted kappa it is 1 - Do, one minus the observed
	// disagreement (a proportion only if distances are at most 1).
	Observed float64
	// Expected is the agreement expected by chance, between 0 and 1. For
	// Krippendorff's alpha and weighted kappa it is 1 - De, one minus the
	// expected disagreement.
	Expected float64
	// Value is the coefficient: 1 for perfect agreement, 0 for agreement at
	// chance level, negative below chance.
	Value float64
}

// chanceCorrected returns the coefficient for observed agreement ao and
// chance agreement aeNum/aeDen, the latter given as integers so that the
// undefined case aeNum == aeDen is detected exactly.
func chanceCorrected(name string, ao float64, aeNum, aeDen int) (Coefficient, error) {
	if aeDen <= 0 {
		return Coefficient{}, undefined("%s: no data", name)
	}
	if aeNum == aeDen {
		return Coefficient{}, undefined("%s: chance agreement is 1 (every value is the same label)", name)
	}
	ae := float64(aeNum) / float64(aeDen)
	return Coefficient{Observed: ao, Expected: ae, Value: (ao - ae) / (1 - ae)}, nil
}
