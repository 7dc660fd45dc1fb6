package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKnownAndLookup(t *testing.T) {
	seen := map[string]bool{}
	for _, l := range Known() {
		if l.Code == "" || l.Name == "" || l.Endonym == "" || len(l.Script) != 4 {
			t.Errorf("incomplete language %+v", l)
		}
		if seen[l.Code] {
			t.Errorf("%s listed twice", l.Code)
		}
		seen[l.Code] = true
		if got, ok := Lookup(l.Code); !ok || got != l {
			t.Errorf("Lookup(%q) = %+v, %v", l.Code, got, ok)
		}
	}
	for _, c := range strings.Fields("en de fr es it pt nl da sv no pl cs sk ru uk bg el tr kk hy ar fa ur hi mr am my zh ja he") {
		if !seen[c] {
			t.Errorf("%s is not known", c)
		}
	}
	cases := []struct{ in, want string }{
		{"de-CH", "de"}, {"pt-BR", "pt"}, {"PT_br", "pt"}, {"nb", "no"}, {"nn-NO", "no"},
		{"zh-Hant", "zh"}, {"zh-TW", "zh"}, {"iw", "he"}, {"deu", "de"}, {"ger", "de"},
		{"EN", "en"}, {" fr ", "fr"}, {"sr-Latn", ""}, {"", ""}, {"xx", ""}, {"english", ""},
	}
	for _, c := range cases {
		got, ok := Lookup(c.in)
		if ok != (c.want != "") || got.Code != c.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", c.in, got.Code, ok, c.want)
		}
	}
	if l, _ := Lookup("ar"); !l.RTL {
		t.Error("Arabic is not right to left")
	}
	if l, _ := Lookup("hy"); l.RTL || l.Script != "Armn" {
		t.Errorf("Armenian is %+v", l)
	}
	k := Known()
	k[0].Code = "xx"
	if Known()[0].Code != "en" {
		t.Error("Known returns the package's own slice")
	}
}

// detectCases are sentences written for this test, several per language.
var detectCases = map[string][]string{
	"en": {
		"The children walked to school in the rain, and their teacher was waiting at the door.",
		"It is not easy to say which of these books is the best, but I have read all of them.",
		"We will meet again next week to talk about the results of the survey.",
	},
	"de": {
		"Die Kinder gingen im Regen zur Schule, und die Lehrerin wartete schon an der Tür.",
		"Es ist nicht leicht zu sagen, welches dieser Bücher das beste ist, aber ich habe alle gelesen.",
		"Wir treffen uns nächste Woche wieder, um über die Ergebnisse der Umfrage zu sprechen.",
	},
	"fr": {
		"Les enfants sont allés à l'école sous la pluie, et leur maîtresse les attendait à la porte.",
		"Il n'est pas facile de dire lequel de ces livres est le meilleur, mais je les ai tous lus.",
		"Nous nous reverrons la semaine prochaine pour parler des résultats de l'enquête.",
	},
	"es": {
		"Los niños fueron a la escuela bajo la lluvia y su maestra los esperaba en la puerta.",
		"No es fácil decir cuál de estos libros es el mejor, pero los he leído todos.",
		"Nos veremos la próxima semana para hablar de los resultados de la encuesta.",
	},
	"it": {
		"I bambini sono andati a scuola sotto la pioggia e la maestra li aspettava alla porta.",
		"Non è facile dire quale di questi libri sia il migliore, ma li ho letti tutti.",
		"Ci vediamo la settimana prossima per parlare dei risultati del sondaggio.",
	},
	"pt": {
		"As crianças foram para a escola debaixo de chuva e a professora esperava por elas na porta.",
		"Não é fácil dizer qual destes livros é o melhor, mas eu já li todos eles.",
		"Vamos nos encontrar na próxima semana para falar dos resultados da pesquisa.",
	},
	"nl": {
		"De kinderen liepen in de regen naar school en de juf stond al bij de deur te wachten.",
		"Het is niet makkelijk te zeggen welk van deze boeken het beste is, maar ik heb ze allemaal gelezen.",
		"We zien elkaar volgende week weer om over de resultaten van het onderzoek te praten.",
	},
	"da": {
		"Børnene gik i skole i regnvejret, og deres lærer ventede allerede ved døren efter dem.",
		"Det er ikke let at sige, hvad der er den bedste af bøgerne, men jeg har læst dem alle sammen nu.",
		"Vi ses igen i næste uge for at tale om resultaterne af undersøgelsen, som blev lavet af os.",
	},
	"sv": {
		"Barnen gick till skolan i regnet och deras lärare väntade redan vid dörren.",
		"Det är inte lätt att säga vilken av böckerna som är bäst, men jag har läst alla.",
		"Vi ses igen nästa vecka för att prata om resultaten av undersökningen.",
	},
	"no": {
		"Barna gikk til skolen i regnet, og læreren deres ventet allerede ved døren etter dem.",
		"Det er ikke lett å si hva som er den beste av bøkene, men jeg har lest alle sammen nå.",
		"Vi ses igjen neste uke for å snakke om resultatene av undersøkelsen, som ble laget av oss.",
	},
	"pl": {
		"Dzieci szły do szkoły w deszczu, a nauczycielka czekała już na nie przy drzwiach.",
		"Nie jest łatwo powiedzieć, która z tych książek jest najlepsza, ale przeczytałem je wszystkie.",
		"Spotkamy się znowu w przyszłym tygodniu, żeby porozmawiać o wynikach ankiety.",
	},
	"cs": {
		"Děti šly do školy v dešti a paní učitelka na ně už čekala u dveří.",
		"Není snadné říct, která z těch knih je nejlepší, ale přečetl jsem je všechny.",
		"Uvidíme se zase příští týden, abychom si promluvili o výsledcích průzkumu.",
	},
	"sk": {
		"Deti išli do školy v daždi a pani učiteľka na ne už čakala pri dverách.",
		"Nie je ľahké povedať, ktorá z tých kníh je najlepšia, ale prečítal som ich všetky.",
		"Uvidíme sa znova budúci týždeň, aby sme sa porozprávali o výsledkoch prieskumu.",
	},
	"tr": {
		"Çocuklar yağmurda okula yürüdü ve öğretmenleri onları kapıda bekliyordu.",
		"Bu kitaplardan hangisinin en iyisi olduğunu söylemek kolay değil, ama hepsini okudum.",
		"Anketin sonuçlarını konuşmak için gelecek hafta yine buluşacağız.",
	},
	"ru": {
		"Дети шли в школу под дождём, а учительница уже ждала их у двери.",
		"Нелегко сказать, какая из этих книг лучше всех, но я прочитал их все.",
		"Мы снова встретимся на следующей неделе, чтобы обсудить результаты опроса.",
	},
	"uk": {
		"Діти йшли до школи під дощем, а вчителька вже чекала на них біля дверей.",
		"Нелегко сказати, яка з цих книжок найкраща, але я прочитав їх усі.",
		"Ми знову зустрінемося наступного тижня, щоб поговорити про результати опитування.",
	},
	"bg": {
		"Децата вървяха към училище в дъжда, а учителката вече ги чакаше на вратата.",
		"Не е лесно да се каже коя от тези книги е най-добрата, но съм ги прочел всичките.",
		"Ще се видим отново следващата седмица, за да поговорим за резултатите от проучването.",
	},
	"kk": {
		"Балалар жаңбырда мектепке барды, ал мұғалім оларды есік алдында күтіп тұрды.",
		"Бұл кітаптардың қайсысы ең жақсы екенін айту оңай емес, бірақ мен бәрін оқыдым.",
		"Сауалнаманың нәтижелерін талқылау үшін келесі аптада тағы кездесеміз.",
	},
	"el": {
		"Τα παιδιά πήγαν στο σχολείο μέσα στη βροχή και η δασκάλα τα περίμενε στην πόρτα.",
		"Δεν είναι εύκολο να πει κανείς ποιο από αυτά τα βιβλία είναι το καλύτερο.",
	},
	"hy": {
		"Երեխաները անձրևի տակ գնացին դպրոց, և ուսուցչուհին նրանց սպասում էր դռան մոտ։",
		"Հեշտ չէ ասել, թե այս գրքերից որն է լավագույնը։",
	},
	"ar": {
		"ذهب الأطفال إلى المدرسة تحت المطر، وكانت المعلمة تنتظرهم عند الباب.",
		"ليس من السهل أن نقول أي هذه الكتب هو الأفضل، لكنني قرأتها كلها.",
		"سنلتقي مرة أخرى في الأسبوع القادم لمناقشة نتائج الدراسة.",
	},
	"fa": {
		"بچه‌ها زیر باران به مدرسه رفتند و معلم کنار در منتظرشان بود.",
		"گفتن اینکه کدام یک از این کتاب‌ها بهترین است آسان نیست، اما من همه را خوانده‌ام.",
		"هفته‌ی آینده دوباره همدیگر را می‌بینیم تا درباره‌ی نتایج نظرسنجی گفتگو کنیم.",
	},
	"ur": {
		"بچے بارش میں اسکول گئے اور استانی دروازے پر ان کا انتظار کر رہی تھی۔",
		"یہ کہنا آسان نہیں کہ ان کتابوں میں سے کون سی سب سے اچھی ہے، لیکن میں نے سب پڑھ لی ہیں۔",
		"ہم اگلے ہفتے پھر ملیں گے تاکہ سروے کے نتائج پر بات کر سکیں۔",
	},
	"he": {
		"הילדים הלכו לבית הספר בגשם, והמורה חיכתה להם ליד הדלת.",
		"לא קל לומר איזה מהספרים האלה הוא הטוב ביותר.",
	},
	"hi": {
		"बच्चे बारिश में स्कूल गए और अध्यापिका दरवाज़े पर उनका इंतज़ार कर रही थी।",
		"यह कहना आसान नहीं है कि इन किताबों में से कौन सी सबसे अच्छी है, पर मैंने सब पढ़ी हैं।",
		"हम अगले हफ़्ते फिर मिलेंगे ताकि सर्वेक्षण के नतीजों पर बात कर सकें।",
	},
	"mr": {
		"मुले पावसात शाळेत गेली आणि शिक्षिका दारात त्यांची वाट पाहत होत्या.",
		"या पुस्तकांपैकी सर्वात चांगले कोणते आहे हे सांगणे सोपे नाही, पण मी ती सगळी वाचली आहेत.",
		"सर्वेक्षणाच्या निकालांवर बोलण्यासाठी आपण पुढच्या आठवड्यात पुन्हा भेटू आणि ठरवू.",
	},
	"am": {
		"ልጆቹ በዝናብ ውስጥ ወደ ትምህርት ቤት ሄዱ ።",
		"ከእነዚህ መጻሕፍት የትኛው የተሻለ እንደሆነ መናገር ቀላል አይደለም ።",
	},
	"my": {
		"ကလေးများသည် မိုးရွာထဲတွင် ကျောင်းသို့ လမ်းလျှောက်သွားကြသည်။",
		"ဤစာအုပ်များထဲမှ မည်သည့်စာအုပ်က အကောင်းဆုံးဖြစ်သည်ကို ပြောရန် မလွယ်ကူပါ။",
	},
	"zh": {
		"孩子们冒着雨走路去上学，老师已经在门口等着他们了。",
		"說這些書裡哪一本最好並不容易，但是我全都讀過了。",
	},
	"ja": {
		"子どもたちは雨の中を歩いて学校へ行き、先生は戸口で待っていた。",
		"これらの本のどれが一番良いかを言うのは簡単ではないが、私は全部読んだ。",
	},
	"ko": {
		"아이들은 비를 맞으며 학교에 걸어갔고, 선생님은 문 앞에서 기다리고 있었다.",
	},
}

func TestDetect(t *testing.T) {
	for want, texts := range detectCases {
		for _, text := range texts {
			if got := Detect(text); got != want {
				t.Errorf("Detect(%q) = %q, want %q", text, got, want)
			}
		}
		if got := Detect(strings.Join(texts, " ")); got != want {
			t.Errorf("Detect(all %s sentences) = %q", want, got)
		}
	}
}

func TestDetectUnsure(t *testing.T) {
	for _, text := range []string{
		"", "   ", "12345 67.89", "OK", "Hello", "Paris", "ok ok", "!!!", "<p></p>", "日",
		"Hello Привет مرحبا नमस्ते", // no script has half the letters
	} {
		if got := Detect(text); got != "" {
			t.Errorf("Detect(%q) = %q, want \"\"", text, got)
		}
	}
}

func TestDetectReadsTheStartOnly(t *testing.T) {
	en := strings.Repeat(strings.Join(detectCases["en"], " ")+" ", 200)
	de := strings.Repeat(strings.Join(detectCases["de"], " ")+" ", 400)
	if got := Detect(en + de); got != "en" {
		t.Errorf("Detect(English then German) = %q, want en", got)
	}
	if got := Detect(strings.Repeat("é", maxDetect) + "x"); got != "" {
		t.Errorf("Detect(é…) = %q", got)
	}
}

func TestDetectDoesNotCutARune(t *testing.T) {
	// The cut at maxDetect falls inside a three-byte character.
	text := "x" + strings.Repeat("子どもたち", maxDetect/15+1)
	if got := Detect(text); got != "ja" {
		t.Errorf("Detect = %q, want ja", got)
	}
}

// TestDetectUD checks Detect on the first 2 kB of each Universal
// Dependencies development set in $UD_DEV (see segment's TestUDScores); it
// is skipped unless UD_DEV is set.
func TestDetectUD(t *testing.T) {
	dir := os.Getenv("UD_DEV")
	if dir == "" {
		t.Skip("UD_DEV is not set")
	}
	sets, _ := filepath.Glob(filepath.Join(dir, "*", "dev.txt"))
	if len(sets) == 0 {
		t.Skipf("no dev sets in %s", dir)
	}
	for _, txt := range sets {
		set := filepath.Base(filepath.Dir(txt))
		want, _, _ := strings.Cut(set, "_")
		data, err := os.ReadFile(txt)
		if err != nil {
			t.Fatal(err)
		}
		head := string(data[:min(len(data), 2048)])
		if got := Detect(head); got != want {
			t.Errorf("%s: Detect(first 2 kB) = %q, want %q", set, got, want)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat(strings.Join(detectCases["de"], " ")+" ", 150)
	b.SetBytes(int64(min(len(text), maxDetect)))
	for b.Loop() {
		Detect(text)
	}
}
