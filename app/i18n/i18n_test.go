package i18n_test

import (
	"strings"
	"testing"
	"time"

	"annotator/app/i18n"
)

func TestMatchTakesTheFirstLanguageTheAppSpeaks(t *testing.T) {
	cases := []struct {
		prefs []string
		want  i18n.Lang
	}{
		{nil, i18n.English},
		{[]string{"en-US", "en"}, i18n.English},
		{[]string{"de-DE", "de"}, i18n.German},
		{[]string{"fr-CA"}, i18n.French},
		{[]string{"nl-BE", "es-419", "fr"}, i18n.Spanish},
		{[]string{"ar-EG"}, i18n.Arabic},
		{[]string{"pt-BR", "it"}, i18n.English},
		{[]string{"DE_at"}, i18n.German},
		{[]string{""}, i18n.English},
	}
	for _, c := range cases {
		if got := i18n.Match(c.prefs); got != c.want {
			t.Errorf("Match(%q) = %s, want %s", c.prefs, got, c.want)
		}
	}
}

func TestDirectionAndNames(t *testing.T) {
	for _, l := range i18n.Langs {
		want := "ltr"
		if l == i18n.Arabic {
			want = "rtl"
		}
		if l.Dir() != want {
			t.Errorf("%s.Dir() = %s, want %s", l, l.Dir(), want)
		}
	}
	var names []string
	for _, l := range i18n.Langs {
		names = append(names, l.Name())
	}
	if got := strings.Join(names, ", "); got != "English, Français, Deutsch, Español, العربية" {
		t.Errorf("names: %s", got)
	}
}

func TestPluralRules(t *testing.T) {
	cases := map[i18n.Lang]map[int]i18n.Form{
		i18n.English: {0: i18n.Other, 1: i18n.One, 2: i18n.Other, 11: i18n.Other, 101: i18n.Other},
		i18n.German:  {0: i18n.Other, 1: i18n.One, 2: i18n.Other},
		i18n.French:  {0: i18n.One, 1: i18n.One, 2: i18n.Other, 100: i18n.Other, 1000000: i18n.Many, 2000000: i18n.Many, 1000001: i18n.Other},
		i18n.Spanish: {0: i18n.Other, 1: i18n.One, 2: i18n.Other, 1000000: i18n.Many},
		i18n.Arabic: {0: i18n.Zero, 1: i18n.One, 2: i18n.Two, 3: i18n.Few, 10: i18n.Few, 11: i18n.Many, 99: i18n.Many,
			100: i18n.Other, 101: i18n.Other, 102: i18n.Other, 103: i18n.Few, 111: i18n.Many, 1000: i18n.Other},
	}
	for l, m := range cases {
		for n, want := range m {
			if got := l.Plural(n); got != want {
				t.Errorf("%s: %d is %s, want %s", l, n, got, want)
			}
		}
	}
}

func TestCountedMessages(t *testing.T) {
	one, other := "%d annotated sentence", "%d annotated sentences"
	cases := []struct {
		l    i18n.Lang
		n    int
		want string
	}{
		{i18n.English, 1, "1 annotated sentence"},
		{i18n.English, 2, "2 annotated sentences"},
		{i18n.English, 0, "0 annotated sentences"},
		{i18n.French, 0, "0 phrase annotée"},
		{i18n.French, 1, "1 phrase annotée"},
		{i18n.French, 2, "2 phrases annotées"},
		{i18n.German, 1, "1 annotierter Satz"},
		{i18n.German, 3, "3 annotierte Sätze"},
		{i18n.Spanish, 1, "1 oración anotada"},
		{i18n.Spanish, 0, "0 oraciones anotadas"},
		{i18n.Arabic, 0, "لا جمل مُعلَّمة"},
		{i18n.Arabic, 1, "جملة واحدة مُعلَّمة"},
		{i18n.Arabic, 2, "جملتان مُعلَّمتان"},
		{i18n.Arabic, 5, "5 جمل مُعلَّمة"},
		{i18n.Arabic, 12, "12 جملةً مُعلَّمةً"},
		{i18n.Arabic, 100, "100 جملة مُعلَّمة"},
	}
	for _, c := range cases {
		if got := i18n.N(c.l, c.n, one, other); got != c.want {
			t.Errorf("%s, %d: %q, want %q", c.l, c.n, got, c.want)
		}
	}
	// Arguments other than the count, reordered by a translation.
	if got := i18n.N(i18n.French, 3, "Opened “%[2]s”: %[1]d sentence.", "Opened “%[2]s”: %[1]d sentences.", 3, "Essai"); got != "«\u00a0Essai\u00a0» ouvert\u00a0: 3 phrases." {
		t.Errorf("French reordered: %q", got)
	}
	// A message the catalogue does not know is English.
	if got := i18n.N(i18n.French, 2, "%d apple", "%d apples"); got != "2 apples" {
		t.Errorf("unknown counted message: %q", got)
	}
}

func TestMessages(t *testing.T) {
	if got := i18n.T(i18n.French, "Sentence %d of %d", 2, 18); got != "Phrase 2 sur 18" {
		t.Errorf("French: %q", got)
	}
	if got := i18n.T(i18n.Arabic, "Sentence %d of %d", 2, 18); got != "الجملة 2 من 18" {
		t.Errorf("Arabic: %q", got)
	}
	if got := i18n.T(i18n.English, "Sentence %d of %d", 2, 18); got != "Sentence 2 of 18" {
		t.Errorf("English: %q", got)
	}
	if got := i18n.T(i18n.German, "No such message %d", 1); got != "No such message 1" {
		t.Errorf("missing message: %q", got)
	}
	if got := i18n.T("", "Next sentence"); got != "Next sentence" {
		t.Errorf("the zero Lang is English: %q", got)
	}
	// French typography: non-breaking spaces, typographic apostrophes.
	if got := i18n.T(i18n.French, "Tags: %s", "Preuve"); got != "Étiquettes\u00a0: Preuve" {
		t.Errorf("French colon: %q", got)
	}
	// A translation may leave an argument out.
	if got := i18n.T(i18n.French, "The interface is in %s, but the choice could not be remembered: %v", "Français", "quota"); !strings.HasSuffix(got, "enregistré\u00a0: quota") || strings.Contains(got, "%!") {
		t.Errorf("dropped argument: %q", got)
	}
}

func TestDatesAndNumbers(t *testing.T) {
	at := time.Date(2026, time.March, 2, 9, 5, 0, 0, time.UTC) // a Monday
	cases := []struct {
		l    i18n.Lang
		f    i18n.DateForm
		want string
	}{
		{i18n.English, i18n.DayTime, "2 Mar 09:05"},
		{i18n.English, i18n.DateTime, "2 Mar 2026 09:05"},
		{i18n.English, i18n.WeekdayDateTime, "Mon 2 Mar 2026, 09:05"},
		{i18n.French, i18n.DayTime, "2 mars 09:05"},
		{i18n.French, i18n.WeekdayDateTime, "lun. 2 mars 2026, 09:05"},
		{i18n.German, i18n.DateTime, "2. März 2026, 09:05"},
		{i18n.German, i18n.WeekdayDateTime, "Mo., 2. März 2026, 09:05"},
		{i18n.Spanish, i18n.DayTime, "2 mar 09:05"},
		{i18n.Arabic, i18n.WeekdayDateTime, "الاثنين، 2 مارس 2026، 09:05"},
	}
	for _, c := range cases {
		if got := c.l.Date(at, c.f); got != c.want {
			t.Errorf("%s form %d: %q, want %q", c.l, c.f, got, c.want)
		}
	}
	if got := i18n.French.Decimal(1.25, 1); got != "1,2" && got != "1,3" {
		t.Errorf("French decimal: %q", got)
	}
	if got := i18n.English.Decimal(2.5, 1); got != "2.5" {
		t.Errorf("English decimal: %q", got)
	}
	if got := i18n.Arabic.Join([]string{"أ", "ب"}); got != "أ، ب" {
		t.Errorf("Arabic list: %q", got)
	}
}
