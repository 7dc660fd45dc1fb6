package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DateForm is how much of a moment a date shows.
type DateForm int

const (
	// DayTime is the day, the month and the time: "2 Jan 15:04".
	DayTime DateForm = iota
	// DateTime adds the year: "2 Jan 2006 15:04".
	DateTime
	// WeekdayDateTime adds the day of the week: "Mon 2 Jan 2006, 15:04".
	WeekdayDateTime
)

// months and weekdays are the abbreviated names (CLDR's, in Arabic the
// full names, which have no abbreviations), January and Sunday first.
var (
	months = map[Lang][12]string{
		French:  {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
		German:  {"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
		Spanish: {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
		Arabic:  {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
	}
	weekdays = map[Lang][7]string{
		French:  {"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."},
		German:  {"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."},
		Spanish: {"dom", "lun", "mar", "mié", "jue", "vie", "sáb"},
		Arabic:  {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"},
	}
)

// Date writes t (in its own location) in l. Digits are Western (0–9) in
// every language, as in the rest of the interface.
func (l Lang) Date(t time.Time, f DateForm) string {
	mon, ok := months[l]
	if !ok {
		return t.Format([...]string{"2 Jan 15:04", "2 Jan 2006 15:04", "Mon 2 Jan 2006, 15:04"}[f])
	}
	day := strconv.Itoa(t.Day())
	m := mon[t.Month()-1]
	clock := t.Format("15:04")
	wd := weekdays[l][t.Weekday()]
	year := strconv.Itoa(t.Year())
	switch l {
	case German:
		day += "."
	}
	comma := ","
	if l == Arabic {
		comma = "،"
	}
	switch f {
	case DayTime:
		return fmt.Sprintf("%s %s %s", day, m, clock)
	case DateTime:
		if l == French {
			return fmt.Sprintf("%s %s %s %s", day, m, year, clock)
		}
		return fmt.Sprintf("%s %s %s%s %s", day, m, year, comma, clock)
	}
	if l == French {
		return fmt.Sprintf("%s %s %s %s, %s", wd, day, m, year, clock)
	}
	return fmt.Sprintf("%s%s %s %s %s%s %s", wd, comma, day, m, year, comma, clock)
}

// Decimal writes x with prec decimals and the language's decimal mark
// (a comma in French, German and Spanish).
func (l Lang) Decimal(x float64, prec int) string {
	s := strconv.FormatFloat(x, 'f', prec, 64)
	switch l {
	case French, German, Spanish:
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
