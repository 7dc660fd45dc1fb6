package session

import (
	"strings"
	"testing"

	"annotator/app/i18n"
	"annotator/app/model"
)

// TestFrenchTexts checks the live region, the panel and the status lines
// of a session in French, with French plurals (the singular for 0 and 1).
func TestFrenchTexts(t *testing.T) {
	s := newSession(t)
	s.Lang = i18n.French
	e := run(t, s, "j")
	if e.Announce != "Phrase 2 sur 4" {
		t.Errorf("announce: %q", e.Announce)
	}
	if s.Title() != "Phrase 2 sur 4" {
		t.Errorf("title: %q", s.Title())
	}
	if got := s.TagLine(); !strings.HasPrefix(got, "Pas encore d’étiquette") {
		t.Errorf("tag line: %q", got)
	}
	e = run(t, s, "1")
	if e.Status != "Étiquette Claim ajoutée à la phrase 2." {
		t.Errorf("status: %q", e.Status)
	}
	if e.Announce != "Phrase 2 sur 4, étiquetée Claim" {
		t.Errorf("announce after tagging: %q", e.Announce)
	}
	if got := s.TagLine(); got != "Étiquettes\u00a0: Claim" {
		t.Errorf("tag line: %q", got)
	}
	if e := run(t, s, "u"); e.Status != "Annulé\u00a0: phrase 2." {
		t.Errorf("undo: %q", e.Status)
	}
	if e := run(t, s, "u"); e.Status != "Rien à annuler." {
		t.Errorf("nothing to undo: %q", e.Status)
	}
	// The highlight count: the singular for one, the plural for two.
	run(t, s, "Shift+ArrowRight")
	run(t, s, "1")
	if got := s.Describe(1); got != "Phrase 2 sur 4, 1 surlignage" {
		t.Errorf("one highlight: %q", got)
	}
	s.Sel = WordSpan(s.Doc.SentenceText(1), 2, 2)
	run(t, s, "2")
	if got := s.Describe(1); got != "Phrase 2 sur 4, 2 surlignages" {
		t.Errorf("two highlights: %q", got)
	}
	var next string
	for _, r := range s.Help() {
		if r.Keys == "j / ArrowDown" {
			next = r.What
		}
	}
	if next != "Phrase suivante" {
		t.Errorf("help line of j: %q", next)
	}
}

// TestArabicTexts checks a session in Arabic: the live region, the help
// and the plural forms of a tag-set change (zero, one, two, few, many).
func TestArabicTexts(t *testing.T) {
	s := newSession(t)
	s.Lang = i18n.Arabic
	if e := run(t, s, "j"); e.Announce != "الجملة 2 من 4" {
		t.Errorf("announce: %q", e.Announce)
	}
	e := run(t, s, "1")
	if e.Announce != "الجملة 2 من 4، موسومة بـClaim" {
		t.Errorf("announce after tagging: %q", e.Announce)
	}
	run(t, s, "2")
	if got := s.TagLine(); got != "الوسوم: Claim، Evidence" {
		t.Errorf("tag line: %q", got)
	}
	rows := s.Help()
	if rows[0].What != "الجملة التالية" {
		t.Errorf("help: %q", rows[0].What)
	}
	if last := rows[len(rows)-1].What; !strings.HasPrefix(last, "تبديل الوسم Question") {
		t.Errorf("a tag's help line: %q", last)
	}
	for n, want := range map[int]string{
		1:   "حُدّث من تبويب آخر: جملة واحدة.",
		2:   "حُدّث من تبويب آخر: جملتان.",
		3:   "حُدّث من تبويب آخر: 3 جمل.",
		11:  "حُدّث من تبويب آخر: 11 جملةً.",
		100: "حُدّث من تبويب آخر: 100 جملة.",
	} {
		if got := s.trN(n, "Updated from another tab: %d sentence.", "Updated from another tab: %d sentences."); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
}

// TestEveryCommandHasItsHelpTranslated checks the command table against
// the catalogue.
func TestEveryCommandHasItsHelpTranslated(t *testing.T) {
	for _, c := range Commands() {
		for _, l := range i18n.Langs {
			if !i18n.Has(l, c.Help) {
				t.Errorf("%s: the help of %s (%q) is not translated", l, c.Name, c.Help)
			}
		}
	}
}

// TestTagSetSavedCountsInTheLanguage checks the plural of a tag-set change
// that removes tags: French singular for one sentence, Arabic dual for two.
func TestTagSetSavedCountsInTheLanguage(t *testing.T) {
	for _, c := range []struct {
		l      i18n.Lang
		tagged []int
		want   string
	}{
		{i18n.French, []int{0}, "Jeu d’étiquettes enregistré\u202f; étiquettes retirées de 1 phrase. Appuyez sur u pour annuler."},
		{i18n.German, []int{0, 2}, "Tag-Set gespeichert; Tags von 2 Sätzen entfernt. Drücken Sie u zum Rückgängigmachen."},
		{i18n.Arabic, []int{0, 2}, "حُفظت مجموعة الوسوم؛ الجمل التي أُزيلت منها وسوم: 2. اضغط u للتراجع."},
	} {
		s := newSession(t)
		s.Lang = c.l
		for _, i := range c.tagged {
			s.MoveTo(i)
			s.ToggleTag(1) // Evidence, which the new set drops
		}
		e := s.SetTagSet(model.ArgumentStructure())
		if e.Status != c.want {
			t.Errorf("%s: %q, want %q", c.l, e.Status, c.want)
		}
	}
}
