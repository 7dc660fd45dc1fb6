// Package agreement computes inter-annotator agreement statistics and scores
// a student's annotations against an answer key.
//
// # Data model
//
// The input is a list of [Rating] rows: one row per label that a rater gave
// an item (a sentence). A rater who gave an item several labels has several
// rows; the labels form a [Set]. A row with an empty label records that the
// rater looked at the item and gave it no label (the empty set). An item a
// rater skipped has no row at all and is treated as missing data.
//
// # Sets as nominal values
//
// Every nominal statistic (percent agreement, Cohen's kappa, Scott's pi,
// Bennett's S, Fleiss' kappa and nominal Krippendorff's alpha) treats a
// rater's whole label set for an item as one nominal value: two raters agree
// on an item only if they gave exactly the same set. The set {Claim,
// Evidence} is thus a category of its own, distinct from {Claim} and from
// {Evidence}, and the empty set is a category too. [KrippendorffAlphaMASI]
// gives partial credit for overlapping sets instead, using [MASIDistance].
//
// # Undefined statistics
//
// A statistic that is undefined for the data (no pairable items, a single
// category so that chance agreement is 1, raters who do not fit the
// statistic) is reported as an error wrapping [ErrUndefined]; no function
// returns NaN or panics.
package agreement
