package segment

import (
	"slices"
	"strings"
	"testing"
)

// langCase is one input, its language and the sentences SplitLang must find.
type langCase struct {
	lang string
	in   string
	want []string
}

// runLang checks every case with SplitLang.
func runLang(t *testing.T, cases []langCase) {
	t.Helper()
	for _, c := range cases {
		spans := SplitLang(c.in, c.lang)
		checkInvariants(t, c.in, spans)
		var got []string
		for _, sp := range spans {
			got = append(got, c.in[sp.Start:sp.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("SplitLang(%q, %q)\n got:  %q\n want: %q", c.in, c.lang, got, c.want)
		}
	}
}

// s is a shorthand for a list of sentences.
func s(sentences ...string) []string { return sentences }

func TestScriptMarks(t *testing.T) {
	runLang(t, []langCase{
		{"zh", "我们走吧。他说：“好！”你来吗？来。", s("我们走吧。", "他说：“好！”", "你来吗？", "来。")},
		{"zh", "他說：「我來了。」然後就走了。", s("他說：「我來了。」", "然後就走了。")},
		{"zh", "价格是3.5元。很便宜！", s("价格是3.5元。", "很便宜！")},
		{"ja", "「行こう。」と彼は言った。雨が降っている！傘はある？", s("「行こう。」と彼は言った。", "雨が降っている！", "傘はある？")},
		{"ja", "『吾輩は猫である』を読んだ。面白かった。", s("『吾輩は猫である』を読んだ。", "面白かった。")},
		{"hi", "मैं घर जा रहा हूँ। तुम कहाँ जा रहे हो? मैं भी आऊँगा।", s("मैं घर जा रहा हूँ।", "तुम कहाँ जा रहे हो?", "मैं भी आऊँगा।")},
		{"hi", "यह बात डॉ. शर्मा ने कही । वे सही थे॥ सब मान गए।", s("यह बात डॉ. शर्मा ने कही ।", "वे सही थे॥", "सब मान गए।")},
		{"hi", "\"तुम कब आओगे?\" उसने पूछा। मैंने कुछ नहीं कहा।", s("\"तुम कब आओगे?\" उसने पूछा।", "मैंने कुछ नहीं कहा।")},
		{"hi", "पी.टी.आई. के अनुसार डॉ. ए.आर. रहमान आए। वे 1990 ई. में पैदा हुए थे।", s("पी.टी.आई. के अनुसार डॉ. ए.आर. रहमान आए।", "वे 1990 ई. में पैदा हुए थे।")},
		{"mr", "मी घरी जातो. तू कुठे जातोस? \"मी येतो.\" तो म्हणाला. नंतर सगळे गेले.", s("मी घरी जातो.", "तू कुठे जातोस?", "\"मी येतो.\" तो म्हणाला.", "नंतर सगळे गेले.")},
		{"ur", "میں گھر جا رہا ہوں۔ تم کہاں جا رہے ہو؟ میں بھی آؤں گا۔", s("میں گھر جا رہا ہوں۔", "تم کہاں جا رہے ہو؟", "میں بھی آؤں گا۔")},
		{"ur", "یہ کام مشکل ہے - لیکن ہم کریں گے۔", s("یہ کام مشکل ہے -", "لیکن ہم کریں گے۔")},
		{"fa", "من به خانه می‌روم. تو کجا می‌روی؟ من هم می‌آیم.", s("من به خانه می‌روم.", "تو کجا می‌روی؟", "من هم می‌آیم.")},
		{"fa", "تهران - خبرگزاری: جلسه امروز برگزار شد. همه آمدند.", s("تهران - خبرگزاری:", "جلسه امروز برگزار شد.", "همه آمدند.")},
		{"ar", "ذهبت إلى السوق. هل أتيت معي؟ قال د. أحمد إنه مشغول.", s("ذهبت إلى السوق.", "هل أتيت معي؟", "قال د. أحمد إنه مشغول.")},
		{"he", "הלכתי הביתה. האם באת? כן!", s("הלכתי הביתה.", "האם באת?", "כן!")},
		{"am", "ልጆቹ ወደ ትምህርት ቤት ሄዱ ። መምህሩ ጠበቃቸው ። ዛሬ ትመጣለህ ፧ አዎ ።", s("ልጆቹ ወደ ትምህርት ቤት ሄዱ ።", "መምህሩ ጠበቃቸው ።", "ዛሬ ትመጣለህ ፧", "አዎ ።")},
		{"am", "ሰላም ነው።እንዴት ነህ? ደህና ነኝ ፨", s("ሰላም ነው።", "እንዴት ነህ?", "ደህና ነኝ ፨")},
		{"my", "ကလေးများ ကျောင်းသွားကြသည်။ ဆရာက စောင့်နေသည်။", s("ကလေးများ ကျောင်းသွားကြသည်။", "ဆရာက စောင့်နေသည်။")},
		{"hy", "Երեխաները գնացին դպրոց։ Ուսուցիչը սպասում էր: Ո՞վ է եկել։ Լա՜վ է։", s("Երեխաները գնացին դպրոց։", "Ուսուցիչը սպասում էր:", "Ո՞վ է եկել։", "Լա՜վ է։")},
		{"hy", "Ժամը 10:30-ին, 1813 թ. հունվարին, Ա. Պետրոսյանը եկավ։ Նա մնաց։", s("Ժամը 10:30-ին, 1813 թ. հունվարին, Ա. Պետրոսյանը եկավ։", "Նա մնաց։")},
		{"el", "Τι ώρα είναι; Είναι αργά. Ο κ. Παπαδόπουλος έφυγε· εμείς μείναμε.", s("Τι ώρα είναι;", "Είναι αργά.", "Ο κ. Παπαδόπουλος έφυγε·", "εμείς μείναμε.")},
		{"el", "Πού πας\u037e Στο σπίτι.", s("Πού πας\u037e", "Στο σπίτι.")},
		// In English text ";" is no question mark and ":" no full stop.
		{"en", "Bring pens; they help. Time: 10:30 sharp.", s("Bring pens; they help.", "Time: 10:30 sharp.")},
		// Every language ends sentences at every script's own marks.
		{"de", "Er sagte 「好。」 und ging. Dann kam sie.", s("Er sagte 「好。」", "und ging.", "Dann kam sie.")},
	})
}

func TestAbbreviationsByLanguage(t *testing.T) {
	runLang(t, []langCase{
		{"de", "Wir treffen uns am 5. September in Berlin. Der 1. Mai ist frei.", s("Wir treffen uns am 5. September in Berlin.", "Der 1. Mai ist frei.")},
		{"de", "Siehe Abs. 2, S. 14 und Nr. 7 bzw. die Anlage. Das gilt z. B. für Häuser, z.B. Villen.", s("Siehe Abs. 2, S. 14 und Nr. 7 bzw. die Anlage.", "Das gilt z. B. für Häuser, z.B. Villen.")},
		{"de", "Er wurde Dritter. Der Sieger kam aus Wien, er wurde am 3. Tag Erster.", s("Er wurde Dritter.", "Der Sieger kam aus Wien, er wurde am 3. Tag Erster.")},
		{"de", "Sie kaufte Brot, Milch usw. Die Kasse war voll. Dr. Meier kam um 3 Std. später.", s("Sie kaufte Brot, Milch usw.", "Die Kasse war voll.", "Dr. Meier kam um 3 Std. später.")},
		{"de", "Das Spiel endete 3:1. Danach feierten alle. Im 19. Jh. war das anders.", s("Das Spiel endete 3:1.", "Danach feierten alle.", "Im 19. Jh. war das anders.")},
		{"it", "Si applica l'art. 1002 del codice civile. Vedi anche il n. 5 e l'art. 3, co. 2.", s("Si applica l'art. 1002 del codice civile.", "Vedi anche il n. 5 e l'art. 3, co. 2.")},
		{"it", "Il dott. Rossi e la sig.ra Bianchi sono arrivati. Ciao a tutti!", s("Il dott. Rossi e la sig.ra Bianchi sono arrivati.", "Ciao a tutti!")},
		{"fr", "M. Dupont est arrivé. Mme Martin aussi. Voir p. 12 et art. 4.", s("M. Dupont est arrivé.", "Mme Martin aussi.", "Voir p. 12 et art. 4.")},
		{"fr", "Il est né en 493 av. J.-C. à Rome. Il est mort jeune.", s("Il est né en 493 av. J.-C. à Rome.", "Il est mort jeune.")},
		{"es", "El Sr. García y la Dra. López llegaron. ¿Vienes tú? ¡Claro que sí!", s("El Sr. García y la Dra. López llegaron.", "¿Vienes tú?", "¡Claro que sí!")},
		{"es", "Nació en Lima (n. 1985) y vive en la Avda. Central; Trabaja allí.", s("Nació en Lima (n. 1985) y vive en la Avda. Central;", "Trabaja allí.")},
		{"pt", "O Sr. Silva chegou. A Dra. Costa também; Ela estava cansada.", s("O Sr. Silva chegou.", "A Dra. Costa também;", "Ela estava cansada.")},
		{"pt", "Ele disse: «Vamos embora.» E foram.", s("Ele disse:", "«Vamos embora.»", "E foram.")},
		{"nl", "Dhr. Jansen kwam bijv. te laat. Mevr. de Vries niet.", s("Dhr. Jansen kwam bijv. te laat.", "Mevr. de Vries niet.")},
		{"da", "Vi mødes kl. 14 i morgen. Det er den 5. maj, f.eks. hos dr. Hansen.", s("Vi mødes kl. 14 i morgen.", "Det er den 5. maj, f.eks. hos dr. Hansen.")},
		{"sv", "Vi köpte bl.a. mjölk, t.ex. två liter. Sedan gick vi hem.", s("Vi köpte bl.a. mjölk, t.ex. två liter.", "Sedan gick vi hem.")},
		{"no", "Vi feirer 17. mai hvert år. Det er bl.a. tog, f.eks. fra Oslo.", s("Vi feirer 17. mai hvert år.", "Det er bl.a. tog, f.eks. fra Oslo.")},
		{"nb", "Møtet er kl. 9. Alle kommer.", s("Møtet er kl. 9.", "Alle kommer.")},
		{"pl", "Mieszkam przy ul. Długiej 5. Lubię np. jabłka, tzn. czerwone.", s("Mieszkam przy ul. Długiej 5.", "Lubię np. jabłka, tzn. czerwone.")},
		{"pl", "Prof. Nowak przyjechał w 2000 r. Był zmęczony. Zarobił 30 tys. zł w ciągu roku.", s("Prof. Nowak przyjechał w 2000 r.", "Był zmęczony.", "Zarobił 30 tys. zł w ciągu roku.")},
		{"cs", "Tzv. černá díra je těleso. Viz str. 5, tj. kapitolu 2. Přišel 5. května.", s("Tzv. černá díra je těleso.", "Viz str. 5, tj. kapitolu 2.", "Přišel 5. května.")},
		{"cs", "Řekl: \"Jdeme domů.\" Pak odešel; nikdo ho neviděl.", s("Řekl:", "\"Jdeme domů.\"", "Pak odešel;", "nikdo ho neviděl.")},
		{"sk", "Tzv. čierna diera je teleso. Prišiel 5. mája, t.j. v pondelok.", s("Tzv. čierna diera je teleso.", "Prišiel 5. mája, t.j. v pondelok.")},
		{"ru", "Это было в 1996 г. В Москве. Он пришёл, т. е. остался. Проф. Иванов согласился.", s("Это было в 1996 г.", "В Москве.", "Он пришёл, т. е. остался.", "Проф. Иванов согласился.")},
		{"ru", "А. С. Пушкин родился в Москве. Он писал стихи, прозу и т. д. Его знают все.", s("А. С. Пушкин родился в Москве.", "Он писал стихи, прозу и т. д.", "Его знают все.")},
		{"uk", "Це сталося у 1991 р. Україна стала незалежною. Він живе на вул. Шевченка.", s("Це сталося у 1991 р.", "Україна стала незалежною.", "Він живе на вул. Шевченка.")},
		{"bg", "Проф. Петров дойде през 1996 г. Тогава беше зима. Живее на ул. \"Витоша\".", s("Проф. Петров дойде през 1996 г.", "Тогава беше зима.", "Живее на ул. \"Витоша\".")},
		{"bg", "Той каза: Ще дойда утре.", s("Той каза:", "Ще дойда утре.")},
		{"tr", "Türkiye 1. Lig'de oynadı. 19. yüzyılda kuruldu. Dr. Yılmaz geldi.", s("Türkiye 1. Lig'de oynadı.", "19. yüzyılda kuruldu.", "Dr. Yılmaz geldi.")},
		{"cs", "Bylo to fajn ;) a pak jsme šli domů. Konec.", s("Bylo to fajn ;) a pak jsme šli domů.", "Konec.")},
		{"kk", "Ол 2010 ж. туған. Кейін Алматыға көшті.", s("Ол 2010 ж. туған.", "Кейін Алматыға көшті.")},
		{"kk", "Мектепте кітап, дәптер т.б. сатылады. Проф. Ахметов келді. Ол «Жақсы!» деп айтты.", s("Мектепте кітап, дәптер т.б. сатылады.", "Проф. Ахметов келді.", "Ол «Жақсы!» деп айтты.")},
		{"ar", "قال أ.د. محمد إن النتائج جيدة. وأضاف أن العمل مستمر.", s("قال أ.د. محمد إن النتائج جيدة.", "وأضاف أن العمل مستمر.")},
		{"am", "በ1990 ዓ.ም. ተወለደ ። ከዚያም ወደ አዲስ አበባ ሄደ ።", s("በ1990 ዓ.ም. ተወለደ ።", "ከዚያም ወደ አዲስ አበባ ሄደ ።")},
	})
}

func TestQuotesByLanguage(t *testing.T) {
	runLang(t, []langCase{
		{"fr", "Il a dit « Je viens. » Puis il est parti. « Vraiment ? » Oui.", s("Il a dit « Je viens. »", "Puis il est parti.", "« Vraiment ? »", "Oui.")},
		{"fr", "Il crie : \" C'est une bête ! \" Les autres rient.", s("Il crie : \" C'est une bête ! \"", "Les autres rient.")},
		{"de", "Er sagte: „Ich komme.“ Dann ging er. Sie fragte: ‚Wann?‘ Niemand wusste es.", s("Er sagte: „Ich komme.“", "Dann ging er.", "Sie fragte: ‚Wann?‘", "Niemand wusste es.")},
		{"da", "Han sagde: »Jeg kommer.« Så gik han.", s("Han sagde: »Jeg kommer.«", "Så gik han.")},
		{"nl", ",,Ik kom morgen.'' Hij ging weg. ,, Waarom? '' vroeg ze.", s(",,Ik kom morgen.''", "Hij ging weg.", ",, Waarom? '' vroeg ze.")},
		{"nl", "Hij zei: ,,Goed zo.'' Daarna vertrok hij.", s("Hij zei: ,,Goed zo.''", "Daarna vertrok hij.")},
		{"ru", "Он спросил: «Ты придёшь?» Я кивнул.", s("Он спросил: «Ты придёшь?»", "Я кивнул.")},
		{"tr", "Toplantı bitti. \" Yarın devam ederiz \" dedi.", s("Toplantı bitti.", "\" Yarın devam ederiz \" dedi.")},
	})
}

func TestDialogueDashes(t *testing.T) {
	runLang(t, []langCase{
		{"pl", "To było męczące! – Marta usiadła. – Chodź tutaj! – krzyknęła matka.", s("To było męczące!", "– Marta usiadła.", "– Chodź tutaj! – krzyknęła matka.")},
		{"pl", "Wszedł do domu. – Gdzie jesteś? – zapytał cicho.", s("Wszedł do domu.", "– Gdzie jesteś? – zapytał cicho.")},
		{"ru", "— Ты придёшь? — спросил он. — Да. — Хорошо.", s("— Ты придёшь? — спросил он.", "— Да.", "— Хорошо.")},
		{"bg", "- Благодаря ти! - каза тя. - Няма защо.", s("- Благодаря ти! - каза тя.", "- Няма защо.")},
		{"kk", "— Сен келесің бе? — деді ол. — Иә.", s("— Сен келесің бе? — деді ол.", "— Иә.")},
		{"es", "—¿Vienes? —preguntó ella. —Sí.", s("—¿Vienes? —preguntó ella.", "—Sí.")},
		{"sk", "BARAN 21. 3. - 20. 4. Máte šťastie.", s("BARAN 21. 3. - 20. 4.", "Máte šťastie.")},
		// English keeps its dashes inside the sentence.
		{"en", "Wait... — no, stay. He left. — The end", s("Wait... — no, stay.", "He left. — The end")},
	})
}

func TestHeadlines(t *testing.T) {
	runLang(t, []langCase{
		{"pt", "Chuva causa estragos na cidade O temporal de ontem derrubou árvores.", s("Chuva causa estragos na cidade", "O temporal de ontem derrubou árvores.")},
		{"sk", "Koniec sa blíži. FOTO - REUTERS Po zápase nasledoval banket.", s("Koniec sa blíži.", "FOTO - REUTERS", "Po zápase nasledoval banket.")},
		{"da", "Det var slut. RUBRIK Men ugen efter kom de igen.", s("Det var slut.", "RUBRIK", "Men ugen efter kom de igen.")},
		{"el", "Η Άρσεναλ νίκησε 2012-03-07 Χθες έπαιξε καλά.", s("Η Άρσεναλ νίκησε", "2012-03-07", "Χθες έπαιξε καλά.")},
		// A capitalised name is no headline's end, nor an acronym in English.
		{"pt", "Ele mora em São Paulo desde 1990.", s("Ele mora em São Paulo desde 1990.")},
		{"en", "NASA Administrator Bill Nelson spoke. UNESCO Director Audrey Azoulay too.", s("NASA Administrator Bill Nelson spoke.", "UNESCO Director Audrey Azoulay too.")},
	})
}

func TestEnglishImprovements(t *testing.T) {
	runRules(t, []ruleCase{
		{"It cost Rs. 16720 in all. See Del. 1 for details.", []string{"It cost Rs. 16720 in all.", "See Del. 1 for details."}},
		{"He joined Acme Inc. (a bank) in May. She joined Foo GmbH & Co. KG in June.", []string{"He joined Acme Inc. (a bank) in May.", "She joined Foo GmbH & Co. KG in June."}},
		{"He died a martyr.[1] The church remembers him.", []string{"He died a martyr.[1]", "The church remembers him."}},
		{"He died a martyr. [1] The church remembers him. [2][3]", []string{"He died a martyr. [1]", "The church remembers him. [2][3]"}},
		{"Results vary.[1]–[11] Later work agrees.", []string{"Results vary.[1]–[11]", "Later work agrees."}},
		{"The talk is at 5 p.m. Saturday in the hall. It ends at 6 p.m. Mr. Lee closes it.", []string{"The talk is at 5 p.m. Saturday in the hall.", "It ends at 6 p.m.", "Mr. Lee closes it."}},
		{"where did you grow up? india? i think so.", []string{"where did you grow up?", "india?", "i think so."}},
		{"I waited for hours. then i left.", []string{"I waited for hours.", "then i left."}},
		{"We looked everywhere.Nobody was there.", []string{"We looked everywhere.", "Nobody was there."}},
		{"Mail Jane.Doe@example.com or see Newsfeed.Com today.", []string{"Mail Jane.Doe@example.com or see Newsfeed.Com today."}},
		{"P.S. I am moving. PS. Call me.", []string{"P.S. I am moving.", "PS. Call me."}},
		{"Weather and more. [...] The end.", []string{"Weather and more. [...]", "The end."}},
	})
}

func TestLanguageCodes(t *testing.T) {
	text := "Wir treffen uns am 5. September. Gut."
	want := SplitLang(text, "de")
	for _, code := range []string{"DE", "de-CH", "de_AT", "de-Latn-CH"} {
		if got := SplitLang(text, code); !slices.Equal(got, want) {
			t.Errorf("SplitLang(%q) = %v, want %v", code, got, want)
		}
	}
	for _, code := range []string{"", "en", "en-GB", "xx", "toolong", "-"} {
		if got := SplitLang(text, code); !slices.Equal(got, Split(text)) {
			t.Errorf("SplitLang(%q) differs from Split", code)
		}
	}
	if !slices.Equal(SplitLang("Møtet er kl. 9. Alle.", "nb"), SplitLang("Møtet er kl. 9. Alle.", "no")) {
		t.Error("nb and no differ")
	}
	if got := Languages(); len(got) < 29 || got[0] != "en" {
		t.Errorf("Languages() = %v", got)
	}
}

func TestEveryLanguageLoads(t *testing.T) {
	for _, l := range languages {
		r := rulesFor(l.codes[0])
		if r.code != l.codes[0] {
			t.Errorf("rulesFor(%q) has code %q", l.codes[0], r.code)
		}
		for k, kind := range r.abbrev {
			if k == "" || len(k) > maxKeyLen || strings.ToLower(k) != k || strings.HasSuffix(k, ".") || strings.ContainsAny(k, " \t") {
				t.Errorf("%s: bad key %q", r.code, k)
			}
			if kind == kindOrdinary || kind == kindInitial || kind == kindAcronym {
				t.Errorf("%s: %q has kind %d, which only shapes give", r.code, k, kind)
			}
		}
		for _, list := range []map[string]struct{}{r.starters, r.speech, r.afterTime} {
			checkKeys(t, r.code, keysOf(list))
		}
		for _, in := range oddInputs {
			checkInvariants(t, in, SplitLang(in, r.code))
		}
	}
}

func FuzzSplitLang(f *testing.F) {
	for i, in := range oddInputs {
		f.Add(in, uint8(i))
	}
	f.Add("To było męczące! – Marta usiadła. 19. yüzyılda.", uint8(10))
	f.Add("Երեխաները գնացին դպրոց։ Ուսուցիչը: Ո՞վ", uint8(19))
	f.Add("我们走吧。他说：“好！”你来吗？", uint8(27))
	f.Fuzz(func(t *testing.T, text string, n uint8) {
		lang := languages[int(n)%len(languages)].codes[0]
		spans := SplitLang(text, lang)
		checkInvariants(t, text, spans)
		checkLinesLang(t, text, lang, spans)
		if shifted := SplitLang(" "+text, lang); !slices.Equal(shifted, shift(spans, 1)) {
			t.Fatalf("%s %q: a leading space changes the spans from %v to %v", lang, text, spans, shifted)
		}
	})
}
