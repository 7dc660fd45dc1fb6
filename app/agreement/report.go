package agreement

import "io"

// Report is the summary printed by `app agree FILE.csv`. It marshals to one
// JSON object with exactly the keys below; a statistic that is undefined for
// the data is null.
type Report struct {
	// Items is the number of distinct items with at least one row.
	Items int `json:"items"`
	// Raters is the number of distinct raters.
	Raters int `json:"raters"`
	// PercentAgreement is [PercentAgreement]: the mean over items with at
	// least two raters of the share of rater pairs giving the same label set.
	PercentAgreement *float64 `json:"percent_agreement"`
	// FleissKappa is [FleissKappa]; null when items have different numbers
	// of raters or only one rater each.
	FleissKappa *float64 `json:"fleiss_kappa"`
	// KrippendorffAlpha is nominal [KrippendorffAlpha], which allows missing
	// ratings.
	KrippendorffAlpha *float64 `json:"krippendorff_alpha"`
	// CohenKappa is [CohenKappa]; null unless there are exactly two raters.
	CohenKappa *float64 `json:"cohen_kappa"`
}

// NewReport computes the report for d. Every statistic treats a rater's
// label set for an item as one nominal value.
func NewReport(d *Dataset) Report {
	rep := Report{Items: len(d.units), Raters: len(d.raters)}
	if v, err := PercentAgreement(d); err == nil {
		rep.PercentAgreement = &v
	}
	rep.FleissKappa = value(FleissKappa(d))
	rep.KrippendorffAlpha = value(KrippendorffAlpha(d))
	rep.CohenKappa = value(CohenKappa(d))
	return rep
}

// value returns a pointer to c.Value, or nil if err is not nil.
func value(c Coefficient, err error) *float64 {
	if err != nil {
		return nil
	}
	return &c.Value
}

// AgreeCSV reads ratings in the CSV format of [ReadCSV] and returns their
// [Report].
func AgreeCSV(r io.Reader) (Report, error) {
	ratings, err := ReadCSV(r)
	if err != nil {
		return Report{}, err
	}
	d, err := NewDataset(ratings)
	if err != nil {
		return Report{}, err
	}
	return NewReport(d), nil
}
