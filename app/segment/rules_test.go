package segment

import (
	"slices"
	"testing"
)

// ruleCase is one input and the sentences Split must find in it.
type ruleCase struct {
	in   string
	want []string
}

// runRules checks every case of a rule family.
func runRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		checkInvariants(t, c.in, Split(c.in))
		if got := sentences(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Split(%q)\n got:  %q\n want: %q", c.in, got, c.want)
		}
	}
}

func TestAbbreviations(t *testing.T) {
	runRules(t, []ruleCase{
		{"Mr. and Mrs. Smith met Dr. Jones.", []string{"Mr. and Mrs. Smith met Dr. Jones."}},
		{"Gov. Hill, Sen. Ortiz and Gen. Park spoke.", []string{"Gov. Hill, Sen. Ortiz and Gen. Park spoke."}},
		{"Lt. Col. Baker met Prof. Ito at St. Paul's.", []string{"Lt. Col. Baker met Prof. Ito at St. Paul's."}},
		{"He joined Acme Inc. Then he left.", []string{"He joined Acme Inc.", "Then he left."}},
		{"She works for Globex Corp. in Ohio.", []string{"She works for Globex Corp. in Ohio."}},
		{"Martin Luther King Jr. was born in 1929.", []string{"Martin Luther King Jr. was born in 1929."}},
		{"It was the Eagles vs. Giants game.", []string{"It was the Eagles vs. Giants game."}},
		{"Bring fruit, e.g. Apples or pears, i.e. Anything fresh.", []string{"Bring fruit, e.g. Apples or pears, i.e. Anything fresh."}},
		{"We bought pens, paper, etc. The shop was closed.", []string{"We bought pens, paper, etc.", "The shop was closed."}},
		{"We bought pens, paper, etc. and then left.", []string{"We bought pens, paper, etc. and then left."}},
		{"The train leaves at 9 a.m. and arrives at 5 p.m. today.", []string{"The train leaves at 9 a.m. and arrives at 5 p.m. today."}},
		{"We met at 10 p.m. The bar was full.", []string{"We met at 10 p.m.", "The bar was full."}},
		{"See No. 5 on p. 12 and Fig. 3.", []string{"See No. 5 on p. 12 and Fig. 3."}},
		{"The answer was no. The question was odd.", []string{"The answer was no.", "The question was odd."}},
		{"It opened on Jan. 12 and closed in Sept. 2020.", []string{"It opened on Jan. 12 and closed in Sept. 2020."}},
		{"Roe v. Wade was decided by the ex-Gov. Smith court.", []string{"Roe v. Wade was decided by the ex-Gov. Smith court."}},
		{"Smith et al. (2019) disagree.", []string{"Smith et al. (2019) disagree."}},
		{"It is on Elm St. The priest is Fr. Brown of St. Mary's.", []string{"It is on Elm St.", "The priest is Fr. Brown of St. Mary's."}},
		{"He is 6 ft. 2 in. tall and lives in Ft. Worth.", []string{"He is 6 ft. 2 in. tall and lives in Ft. Worth."}},
		{"It starts at 3 p.m. EST. Be on time.", []string{"It starts at 3 p.m. EST.", "Be on time."}},
		{"It was built c. 1850 by Wm. Smith & Sons, Ltd. It still stands.", []string{"It was built c. 1850 by Wm. Smith & Sons, Ltd.", "It still stands."}},
	})
}

func TestMultiPeriodAbbreviations(t *testing.T) {
	runRules(t, []ruleCase{
		{"The U.S. Army and the U.K. Navy met the U.N. envoy.", []string{"The U.S. Army and the U.K. Navy met the U.N. envoy."}},
		{"She moved to the U.K. It rained.", []string{"She moved to the U.K.", "It rained."}},
		{"Talks with the E.U. The U.N. said no.", []string{"Talks with the E.U.", "The U.N. said no."}},
		{"He has a Ph.D. in physics.", []string{"He has a Ph.D. in physics."}},
		{"He has a Ph.D. She does not.", []string{"He has a Ph.D.", "She does not."}},
		{"They live in Washington, D.C. and love it.", []string{"They live in Washington, D.C. and love it."}},
		{"They live in Washington, D.C. They love it.", []string{"They live in Washington, D.C.", "They love it."}},
	})
}

func TestInitials(t *testing.T) {
	runRules(t, []ruleCase{
		{"J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
		{"J.R.R. Tolkien wrote it.", []string{"J.R.R. Tolkien wrote it."}},
		{"President John F. Kennedy spoke.", []string{"President John F. Kennedy spoke."}},
		{"We chose plan B. It worked.", []string{"We chose plan B.", "It worked."}},
		{"It was me and I. We left.", []string{"It was me and I.", "We left."}},
	})
}

func TestNumbers(t *testing.T) {
	runRules(t, []ruleCase{
		{"Pi is about 3.14. It never ends.", []string{"Pi is about 3.14.", "It never ends."}},
		{"It cost $4.50. That is cheap.", []string{"It cost $4.50.", "That is cheap."}},
		{"Sales rose 12.5%. Profits fell.", []string{"Sales rose 12.5%.", "Profits fell."}},
		{"We met at 10:30. Then we ate.", []string{"We met at 10:30.", "Then we ate."}},
		{"He was born in 1990. 2020 was hard.", []string{"He was born in 1990.", "2020 was hard."}},
		{"Version 1.2.3 is out.", []string{"Version 1.2.3 is out."}},
		{"About 40,000 troops. More came later.", []string{"About 40,000 troops.", "More came later."}},
	})
}

func TestLists(t *testing.T) {
	runRules(t, []ruleCase{
		{"1. Read the book 2. Write the essay 3. Hand it in", []string{"1. Read the book", "2. Write the essay", "3. Hand it in"}},
		{"(1) Read the book (2) Write the essay", []string{"(1) Read the book", "(2) Write the essay"}},
		{"A) Yes B) No", []string{"A) Yes", "B) No"}},
		{"• Milk • Bread • Eggs", []string{"• Milk", "• Bread", "• Eggs"}},
		{"1. Read the book.\n2. Write the essay.", []string{"1. Read the book.", "2. Write the essay."}},
		{"Steps:\n1) Open it\n2) Close it", []string{"Steps:", "1) Open it", "2) Close it"}},
		{"1. We need 3. Then 2. Done", []string{"1. We need 3.", "Then 2.", "Done"}},
		{"J. K. Rowling met L. Smith.", []string{"J. K. Rowling met L. Smith."}},
		{"A. B. Smith wrote it.", []string{"A. B. Smith wrote it."}},
		{"Do this: 1. Open the box 2. Plug it in.", []string{"Do this:", "1. Open the box", "2. Plug it in."}},
		{"Three tasks: a) review b) hire c) plan. Then rest.", []string{"Three tasks:", "a) review", "b) hire", "c) plan.", "Then rest."}},
		{"You need: • flour • eggs", []string{"You need:", "• flour", "• eggs"}},
		{"The score was 3: 2 in the end.", []string{"The score was 3: 2 in the end."}},
	})
}

func TestEllipses(t *testing.T) {
	runRules(t, []ruleCase{
		{"I waited... Nobody came.", []string{"I waited...", "Nobody came."}},
		{"I waited… Nobody came.", []string{"I waited…", "Nobody came."}},
		{"I waited... and waited.", []string{"I waited... and waited."}},
		{"He said . . . Nothing more.", []string{"He said . . . Nothing more."}},
		{"The end.... Really.", []string{"The end....", "Really."}},
		{"He quoted [...] Smith at length.", []string{"He quoted [...] Smith at length."}},
	})
}

func TestQuestionsAndExclamations(t *testing.T) {
	runRules(t, []ruleCase{
		{"Really?! No way. Yes!", []string{"Really?!", "No way.", "Yes!"}},
		{"Why? 42 is the answer.", []string{"Why?", "42 is the answer."}},
		{"Stop! he cried.", []string{"Stop! he cried."}},
		{"She works at Yahoo! News now.", []string{"She works at Yahoo! News now."}},
		{"I love Yahoo! It is fast.", []string{"I love Yahoo!", "It is fast."}},
		{"We watched Jeopardy! and ate.", []string{"We watched Jeopardy! and ate."}},
		{"Who‽ Me‼ Fine.", []string{"Who‽", "Me‼", "Fine."}},
	})
}

func TestQuotesAndBrackets(t *testing.T) {
	runRules(t, []ruleCase{
		{"“Is it true?” she asked.", []string{"“Is it true?” she asked."}},
		{"“It is true.” She nodded.", []string{"“It is true.”", "She nodded."}},
		{"He said, 'Go.' Then he left.", []string{"He said, 'Go.'", "Then he left."}},
		{"He said, \"Go!\" and left.", []string{"He said, \"Go!\" and left."}},
		{"(This is an aside.) The text goes on.", []string{"(This is an aside.)", "The text goes on."}},
		{"It was late (almost 2 a.m.) when we left.", []string{"It was late (almost 2 a.m.) when we left."}},
		{"He left. “Why?” she asked. ‘Because.’ Fine.", []string{"He left.", "“Why?” she asked.", "‘Because.’", "Fine."}},
		{"She read [the book.] Then slept.", []string{"She read [the book.]", "Then slept."}},
		{"It was Mr. Smith's.", []string{"It was Mr. Smith's."}},
	})
}

func TestURLsAndEmail(t *testing.T) {
	runRules(t, []ruleCase{
		{"Go to www.example.com. It is free.", []string{"Go to www.example.com.", "It is free."}},
		{"See https://example.org/a.b?c=d!e for more.", []string{"See https://example.org/a.b?c=d!e for more."}},
		{"Mail john.smith@mail.example.co.uk. He replies.", []string{"Mail john.smith@mail.example.co.uk.", "He replies."}},
		{"Visit example.com/path.html?x=1. Bye.", []string{"Visit example.com/path.html?x=1.", "Bye."}},
	})
}

func TestEmoticons(t *testing.T) {
	runRules(t, []ruleCase{
		{"Thanks! :) See you soon.", []string{"Thanks! :)", "See you soon."}},
		{"Great news. :-D The team won.", []string{"Great news. :-D", "The team won."}},
		{"Oh no :( that hurts.", []string{"Oh no :( that hurts."}},
		{"Fine. ;) and you?", []string{"Fine. ;) and you?"}},
	})
}

func TestParagraphs(t *testing.T) {
	runRules(t, []ruleCase{
		{"A heading\nThe body starts here. It goes on", []string{"A heading", "The body starts here.", "It goes on"}},
		{"Dear Mr.\nSmith", []string{"Dear Mr.", "Smith"}},
		{"One\r\nTwo\rThree\u2028Four\u2029Five\u0085Six", []string{"One", "Two", "Three", "Four", "Five", "Six"}},
		{"  \n\n  Hello.  \n", []string{"Hello."}},
		{"\u00a0Wide\u3000space.\u2003", []string{"Wide\u3000space."}},
		{"", nil},
		{" \t\n ", nil},
	})
}
