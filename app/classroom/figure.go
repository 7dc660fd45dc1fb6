package classroom

import (
	"errors"
	"strconv"
	"strings"

	"annotator/app/agreement"
)

// Figure is a statistic that may be undefined for the data (one student,
// a tag nobody used, every answer the same…).
type Figure struct {
	// Value is the statistic when OK.
	Value float64
	// OK says whether the statistic is defined.
	OK bool
	// Why says why it is not, when not OK.
	Why string
}

// figure turns a value and an error from package agreement into a Figure.
func figure(v float64, err error) Figure {
	if err != nil {
		return Figure{Why: why(err)}
	}
	return Figure{Value: v, OK: true}
}

// coefficient turns a coefficient and an error into a Figure of its value.
func coefficient(c agreement.Coefficient, err error) Figure { return figure(c.Value, err) }

// why words an agreement error without its package prefix.
func why(err error) string {
	s := err.Error()
	if errors.Is(err, agreement.ErrUndefined) {
		s = strings.TrimPrefix(s, agreement.ErrUndefined.Error()+": ")
	}
	return strings.TrimPrefix(s, "agreement: ")
}

// String writes the value with 3 decimals, or "—" when undefined.
func (f Figure) String() string {
	if !f.OK {
		return "—"
	}
	return f.Fixed()
}

// Fixed writes the value with 3 decimals, or "" when undefined (for CSV).
func (f Figure) Fixed() string {
	if !f.OK {
		return ""
	}
	s := strconv.FormatFloat(f.Value, 'f', 3, 64)
	if s == "-0.000" {
		s = "0.000"
	}
	return s
}

// TagScore compares a student's (or the whole class's) use of one tag
// with the key's, sentence by sentence.
type TagScore struct {
	// Tag is the tag id.
	Tag string
	// TP counts sentences where both the key and the student gave the
	// tag, FP where only the student did, FN where only the key did.
	TP, FP, FN int
	// Precision is TP/(TP+FP), undefined when the student never gave the
	// tag; Recall is TP/(TP+FN), undefined when the key never did; F1 is
	// 2TP/(2TP+FP+FN), undefined when neither did.
	Precision, Recall, F1 Figure
}

// newTagScore computes the figures of counts.
func newTagScore(tag string, tp, fp, fn int) TagScore {
	c := agreement.LabelCounts{Label: tag, TP: tp, FP: fp, FN: fn}
	return TagScore{Tag: tag, TP: tp, FP: fp, FN: fn,
		Precision: figure(c.Precision()), Recall: figure(c.Recall()), F1: figure(c.F1())}
}
