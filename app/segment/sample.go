package segment

import "strings"

// samples are hand-written English paragraphs, one per line, that exercise
// the rules of Split: titles, abbreviations, initials, numbers, lists,
// ellipses, quotes, URLs and plain prose.
var samples = []string{
	"On Tuesday, Sen. Alvarez met Gov. Brooks and Dr. Chen in Washington, D.C. to discuss the budget. The three agreed that the plan needed work. However, Brooks didn’t commit to cutting the 12,000 jobs that the U.S. Treasury had proposed. A vote is expected on Jan. 14 at 10 a.m. in the Senate.",
	"The museum opened in 1923. Its founder, J. R. Whitfield, had made a fortune in steel. He left most of it to the city… Visitors now pay $12.50 for a ticket, or $8.00 on Sundays. About 3.5% of them come from abroad, mostly from the U.K. and Canada.",
	"“Where are you going?” she asked. He didn’t answer. “I said, where are you going?” This time he turned around. “Out,” he said, and closed the door behind him. She waited for an hour… Then she called her sister.",
	"Please read the instructions carefully: 1. Open the box 2. Remove the packing 3. Plug in the device. If the light is red, see p. 12 or Fig. 4 of the manual. Contact support@example.com with any questions. Our website, https://www.example.com/help, has more details.",
	"Acme Corp. reported record profits on Friday. Shares rose 4.2% in early trading. The company, which also owns Widgets Inc. and Gadgets Ltd., now employs about 40,000 people worldwide. Analysts at Smith & Co. called the results “excellent.” Others were less sure.",
	"The results were mixed (see Table 2). Most participants, e.g. the older ones, improved by at least 10 points. A few did not… We are still not sure why. Further work, i.e. a larger study, is planned for next year. The data are available on request.",
	"I live in the U.S. How about you? I moved here from the E.U. in 2015. At first it was hard. Now I love it! My neighbours, Mr. and Mrs. Park, helped a lot. They run a small shop on Main St. near the station.",
	"He was tired. . . . The road went on and on, and the sun was setting. “How much farther?” asked the boy. “Not far,” said his father. It was a lie, of course. They walked for another three hours before they saw the lights of the town.",
	"The committee has three tasks: a. review the budget b. hire a new director c. plan the spring meeting. Each task has a deadline. The first is due by Mar. 31. The second can wait until the summer. The third is the most urgent.",
	"She works at Yahoo! in the marketing department. Before that she spent five years at a start-up in San Francisco. Her boss, Ms. Lee, says she is the best hire in a decade. Lee should know: she has hired over 200 people since 2009.",
	"The experiment failed again. We checked the wiring, the power supply and the software. Nothing was wrong. Then Dr. Patel noticed that the sensor was upside down. We fixed it in five minutes. The next run worked perfectly.",
	"Wait... what did you say? I never said that! You did, at the meeting on Sept. 3. Well, I don’t remember it. Maybe I was thinking of something else. Anyway, it doesn’t matter now. Let’s move on.",
}

// SampleText returns realistic English text of at least n bytes, made of
// whole paragraphs separated by newlines, for benchmarks of code that
// splits or annotates sentences. The same n always gives the same text.
func SampleText(n int) string {
	var b strings.Builder
	b.Grow(n + 1024)
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(samples[i%len(samples)])
	}
	return b.String()
}
