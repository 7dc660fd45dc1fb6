package segment

import (
	"slices"
	"strings"
	"testing"
)

// benchmarkSplit splits about size bytes of SampleText, reporting MB/s and
// sentences/s.
func benchmarkSplit(b *testing.B, size int) {
	text := SampleText(size)
	n := len(Split(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkSplit1MB(b *testing.B) { benchmarkSplit(b, 1<<20) }

func BenchmarkSplit4MB(b *testing.B) { benchmarkSplit(b, 4<<20) }

func TestSampleText(t *testing.T) {
	for _, n := range []int{0, 1, 1000, 1 << 16} {
		text := SampleText(n)
		if len(text) < n {
			t.Errorf("SampleText(%d) has %d bytes", n, len(text))
		}
		if text != SampleText(n) {
			t.Errorf("SampleText(%d) differs between calls", n)
		}
		if n > 0 && !strings.HasSuffix(text, samples[(strings.Count(text, "\n"))%len(samples)]) {
			t.Errorf("SampleText(%d) does not end with a whole paragraph", n)
		}
		checkInvariants(t, text, Split(text))
	}
}

// langSamples are hand-written paragraphs in other languages, for the
// benchmarks of SplitLang.
var langSamples = map[string]string{
	"de": "Am 5. September trafen sich Dr. Weber und Prof. Schulz in Berlin. Sie sprachen u. a. über den Haushalt, z. B. über die Kosten der Schulen. „Das reicht nicht“, sagte Weber. Die Sitzung dauerte bis 18 Uhr. Danach gingen alle nach Hause.",
	"fr": "M. Dupont est arrivé à Paris le 3 mars. Il a rencontré Mme Martin au ministère ; elle l'attendait depuis une heure. « Vous êtes en retard ! » a-t-elle dit. Il s'est excusé. Voir p. 12 pour la suite.",
	"pl": "Spotkanie odbyło się przy ul. Długiej 5 w Warszawie. Prof. Nowak mówił m.in. o budżecie, np. o szkołach. – Tak nie może być! – Marta wstała. – Musimy coś zrobić. Wszyscy się zgodzili.",
	"ru": "В 1996 г. проф. Иванов переехал в Москву. Там он работал в университете, т. е. преподавал и писал книги. — Ты доволен? — спросил его друг. — Да. Он остался там навсегда.",
	"el": "Ο κ. Παπαδόπουλος έφτασε στην Αθήνα το πρωί. Τι θα κάνει τώρα; Κανείς δεν ξέρει· ίσως θα μείνει. Η συνάντηση έγινε στις 10 π.μ. στο υπουργείο.",
	"zh": "孩子们冒着雨走路去上学。老师已经在门口等着他们了。他说：“今天我们学习新的课文。”大家都很高兴！你也来吗？",
	"hi": "बच्चे बारिश में स्कूल गए। अध्यापिका दरवाज़े पर उनका इंतज़ार कर रही थी। \"आज हम नया पाठ पढ़ेंगे।\" उसने कहा। सब बच्चे खुश थे। क्या तुम भी आओगे?",
	"ar": "ذهب الأطفال إلى المدرسة تحت المطر. كانت المعلمة تنتظرهم عند الباب. قال د. أحمد إن الدرس سيبدأ قريبا. هل أنت مستعد؟ نعم، أنا مستعد.",
	"hy": "Երեխաները անձրևի տակ գնացին դպրոց։ Ուսուցչուհին նրանց սպասում էր դռան մոտ: Ո՞վ է ուշացել։ Բոլորը եկել էին։",
}

// langSampleText returns about n bytes of the paragraphs of langSamples,
// one a line, and the language of each line in order.
func langSampleText(n int) (string, []string) {
	codes := make([]string, 0, len(langSamples))
	for c := range langSamples {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	var b strings.Builder
	var langs []string
	for i := 0; b.Len() < n; i++ {
		c := codes[i%len(codes)]
		b.WriteString(langSamples[c])
		b.WriteByte('\n')
		langs = append(langs, c)
	}
	return b.String(), langs
}

// benchmarkSplitLang splits about size bytes of langSamples, each line with
// the rules of its language, reporting MB/s and sentences/s.
func benchmarkSplitLang(b *testing.B, size int) {
	text, langs := langSampleText(size)
	lines := strings.SplitAfter(text, "\n")
	n := 0
	for i, l := range lines[:len(langs)] {
		n += len(SplitLang(l, langs[i]))
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for i, l := range lines[:len(langs)] {
			SplitLang(l, langs[i])
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkSplitLang1MB(b *testing.B) { benchmarkSplitLang(b, 1<<20) }

// BenchmarkSplitLangGerman1MB and 4MB split German in one call, to check
// that the time grows with the text.
func BenchmarkSplitLangGerman1MB(b *testing.B) { benchmarkSplitOne(b, "de", 1<<20) }

func BenchmarkSplitLangGerman4MB(b *testing.B) { benchmarkSplitOne(b, "de", 4<<20) }

// benchmarkSplitOne splits about size bytes of the sample of language lang
// in one call.
func benchmarkSplitOne(b *testing.B, lang string, size int) {
	text := strings.Repeat(langSamples[lang]+"\n", size/len(langSamples[lang])+1)
	n := len(SplitLang(text, lang))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		SplitLang(text, lang)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func TestLangSamples(t *testing.T) {
	want := map[string]int{"de": 5, "fr": 5, "pl": 6, "ru": 5, "el": 5, "zh": 5, "hi": 5, "ar": 5, "hy": 4}
	for lang, text := range langSamples {
		spans := SplitLang(text, lang)
		checkInvariants(t, text, spans)
		if len(spans) != want[lang] {
			var got []string
			for _, sp := range spans {
				got = append(got, text[sp.Start:sp.End])
			}
			t.Errorf("%s: %d sentences, want %d: %q", lang, len(spans), want[lang], got)
		}
	}
}
