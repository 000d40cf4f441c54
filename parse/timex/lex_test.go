package timex

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// lexed lists the rules that have a lexer.
func lexed() []*rule {
	var rs []*rule
	for _, r := range allRules {
		if r.lex != nil {
			rs = append(rs, r)
		}
	}
	return rs
}

// lexLoc runs r's lexer on s and returns the group spans, or nil.
func (r *rule) lexLoc(s string) []int {
	loc := make([]int, r.ncap)
	for i := range loc {
		loc[i] = -1
	}
	if !r.lex(s, loc) {
		return nil
	}
	return loc
}

// lexDiff returns how r's lexer and its anchored pattern differ on s, or
// "" if they agree (or s is not ASCII, which the lexer never sees).
func lexDiff(r *rule, s string) string {
	if !isASCII(s) {
		return ""
	}
	want := r.anchored.FindStringSubmatchIndex(s)
	if got := r.lexLoc(s); !slices.Equal(got, want) {
		return fmt.Sprintf("rule %s on %q: lexer gives %v; pattern %v", r.name, s, got, want)
	}
	return ""
}

// lexCases are inputs that take the lexers down each of their paths.
var lexCases = []string{
	"in April", "November of this year", "November of  last\nyear", "November of", "November ofthis year", "November office", "either April", "pct April", "5 percent March", "PCT June", "EITHER May", "eitherApril", "April", "April,", "in April this year", "in April  this year.", "April\nthis year",
	"April \r\nlast year", "April \n\nlast year", "April\tnext  year", "April this years", "April this year2",
	"April this", "April this\nyear", "Sept. this year", "Sept this year", "Sept.", "Sep.", "Sept",
	"Septem", "April2", "Aprils", "APRIL", "april", "May", "and May", "An April", "an April", "a April",
	"throughout April", "through April", "throughApril", "in  April", "in\nApril", "in, April",
	"mid-April", "mid April", "the mid-April", "midApril", "middle of April", "the middle of April",
	"the very end of April", "very end of April", "the very start of March", "the end of  March",
	"end-March", "start-March", "END-March", "the end-March", "early March", "the early March",
	"Early\nMarch", "earlier March", "later March", "late-March", "late- March", "the late\tMarch",
	"last March", "in last March", "the past March", "coming May", "next Jan. last year",
	"in the end of Dec.", "the close of Nov", "beginning of June 2", "since late last December",
	"until next next March", "the", "in", "", " April", "the end of", "end of of April",
	"its March meeting", "his May", "their  June", "Our April", "its", "itsApril",
	// Lengths.
	"three years", "three-year", "three-day visit", "the past two years", "the past years", "the years",
	"years", "about years", "more than a year", "no  more than two weeks", "at least three months",
	"at most 10 days", "3-1/2 years", "the 12-1/2 year", "6-1/2-year", "3-1/3 years", "3- 1/2 years", "3-1/2years", "two -and a half years", "two- and a half years", "two -- 1/2 years", "up to five hours", "nearly 48 hours", "approximately 1,000 years",
	"1,0000 years", "1,000,000 years", "1.5 hours", "1. hours", "1.5.2 days", "3.5-year", "10,000-year",
	"a few days", "a few-day", "a couple of weeks", "a dozen years", "a hundred years", "a fewer days",
	"a day", "an hour", "a day-long", "the next few days", "the first nine months", "the most recent  quarters",
	"the previous two weeks", "the following year", "the latest three months", "recent years", "the recently days",
	"half an hour", "half a year", "two and a half years", "5 1/2 hours", "5 1/2-hour", "two more weeks",
	"two More weeks", "eight trading days", "three one days", "an additional year", "a year and a half",
	"a year and a halfway", "a minute and  a\thalf", "twenty-four hours", "twenty-Four hours",
	"twenty-fourX hours", "Two-Years", "two years2", "two year_s", "two centuries", "a century",
	"two quarters", "a quarter", "several weeks", "more than 2 1/2 years", "about half a day",
	"the past half year", "nearly half two years", "two-and-a-half years", "two -- years", "two - - years",
	"two_years", "1_000 years", "the the years", "more than than years", "past two years ago",
	"two And a half years", "a year and a Half", "a year and a half2", "two and a halfyears", "two and a\nhalf years",
	"a year and\ta  half", "1,000,000,000,000,000,000,000,000,000,000 years", "1,000,000,000,000,000,000,000,00 years",
	"DAYS", "Decades",
	// Years.
	"1987", "in 1987", "fiscal 1987", "fiscal year 1987", "Fiscal  Year\n1987", "fiscal yearly 1987", "fiscal1987", "calendar 1987", "Calendar Year 1986", "calendar  year1987",
	"the end of fiscal 1987", "mid-1987", "late 2099", "2100", "1987a", "19876", "0987", "early fiscal year 1988",
	"the end of 1987", "fiscal year", "fiscal 87", "the very beginning of 1990,",
	// Relative units.
	"this week", "this past week", "this past  weekend", "this past", "last year", "the current year",
	"current fiscal year", "the year", "the weekends", "the end of the year", "late last week", "this fiscal year", "last calendar year", "this Calendar  year", "calendar year", "the calendar year", "the end of the calendar year", "the calendar  week", "the calendaryear",
	"this fiscal", "the current", "the current fiscal quarter", "Next Month", "this past fiscal year", "the past week",
	"later in the week", "earlier in the year", "Later  in\tthe month", "later in the", "later in week", "earlier in this year",
	"later on the week", "later in the weekend", "earlier in the morning", "the prior quarter", "prior year", "preceding month",
	"this financial year", "the current financial year", "last financial\nyear", "this financially year",
	"previous decade", "coming century", "this morning", "the night", "the week2", "the the week", "this this week",
	// References.
	"now", "right now", "right  nowadays", "Right Now", "nowadays", "in recent", "for now", "of currently", "into the future",
	"in the near future", "the distant future", "the not too distant future", "the not  too distant", "the not so distant future",
	"the immediate future", "the past", "the pasta", "the present", "the near term", "the nearer term", "the longer  term",
	"the long terms", "the shortest term", "these days", "these day", "at present", "at the moment", "at the moments",
	"at  present2", "in the past", "of the present", "the future_", "soon", "in soon", "recently", "lately", "in in now",
	// Named days.
	"today", "tonight", "late yesterday", "earlier today", "later tonight evening", "yesterday morning", "Today Night",
	"yesterday  nights", "the day before yesterday", "the day after tomorrow", "the day after yesterday", "the  day before\nyesterday evening",
	"early the day after tomorrow", "late late today", "todays", "yesterday2", "the day", "later", "tomorrow afternoon2",
	// Seasons.
	"summer", "in summer", "this summer", "last winter", "summer 2018", "summer of 2018", "summer Of 2018", "summer of2018",
	"summer of  1987", "summer  1987", "the summer of 2018", "the summer of '98", "winter ’07", "summer of '987", "summer of 'ab", "summer of ’9", "summer of '98x", "in the spring", "late last autumn", "early spring", "next fall",
	"Fall", "FALL", "fall", "the Fall of 1987", "in the end of the summer", "throughout the winter", "SPRING 1987", "springs",
	"the summer of", "summer of 87", "during mid-summer", "the fall2", "in in summer", "in coming fall 2099",
	"each summer", "Every winter", "every  fall", "in each spring", "each summer 2012",
	// Days of months.
	"April 26", "April 26, 2019", "Friday, April 26", "Friday April 26 2019", "Fri. April 26", "FRIDAY, APRIL 26",
	"FRiday, ApRIL 26", "fRIDAY, April 26", "April 1st", "April 31st", "April 32", "April 3rd, 1987", "April 05",
	"April 0", "April 123", "Sept. 3", "Sept 3", "SEPT. 3", "April 26,2019", "April 26 , 2019", "April 2nd2",
	"Tues. Jan. 6", "Monday,April 26", "April\n26", "Apr. 30th", "April 30", "April 31", "April 3", "April 39",
	"April 1th", "April 21St", "Friday, April", "Friday,  April 26", "Friday , April 26", "Thur. May 7", "Thu May 7", "the last  Few days", "the coming weeks", "48-hour", "1,000-day-old",
}

// TestLexers checks every lexer against its pattern on lexCases, on
// every suffix of them, and on every table test's text from each word
// on, cut at each word end.
func TestLexers(t *testing.T) {
	rs := lexed()
	if len(rs) == 0 {
		t.Fatal("no rule has a lexer")
	}
	matched := make(map[string]int)
	check := func(s string) {
		for _, r := range rs {
			if d := lexDiff(r, s); d != "" {
				t.Error(d)
			}
			if r.lexLoc(s) != nil {
				matched[r.name]++
			}
		}
	}
	for _, s := range lexCases {
		for i := range len(s) + 1 {
			check(s[i:])
		}
	}
	for _, tests := range allTagTests {
		for _, tt := range tests {
			windows(tt.text, check)
		}
	}
	// A lexer that matched nothing would agree with a pattern that
	// matched nothing too: make sure both found something.
	for _, r := range rs {
		if matched[r.name] < 20 {
			t.Errorf("rule %s matched only %d inputs", r.name, matched[r.name])
		}
	}
}

// windows calls f with text from every word start to every word end up
// to 64 bytes on, and to the end of the word that crosses them.
func windows(text string, f func(string)) {
	for lo := 0; lo < len(text); lo++ {
		if lo > 0 && isWordByte(text[lo-1]) || !isWordByte(text[lo]) {
			continue
		}
		f(text[lo:matchEnd(text, lo, 64)])
		for hi := lo + 1; hi < min(len(text), lo+64); hi++ {
			if isWordByte(text[hi-1]) && !isWordByte(text[hi]) {
				f(text[lo:hi])
			}
		}
	}
}

// TestLexersArchive checks every lexer against its pattern on the
// Reuters archive, on the windows the tagger gives the pattern, without
// its lead-word and neighbour filters: from each of the lookback words
// before a trigger word of the rule and from the trigger itself, to as
// far as the tagger's look-ahead and short look-ahead reach.
func TestLexersArchive(t *testing.T) {
	t.Parallel()
	bad, n := 0, 0
	eachStory(t, func(id string, _ time.Time, text string) {
		var starts []int // the last words' starts
		for i := 0; i < len(text); {
			if !isWordByte(text[i]) {
				i++
				continue
			}
			s := i
			for i < len(text) && isWordByte(text[i]) {
				i++
			}
			starts = append(starts, s)
			for _, k := range tagger.lookup(text, s, i) {
				r := tagger.rules[k]
				if r.lex == nil {
					continue
				}
				for _, lo := range starts[max(0, len(starts)-lookback-1):] {
					for _, hi := range [2]int{matchEnd(text, i, lookahead), matchEnd(text, i, shortAhead)} {
						n++
						if d := lexDiff(r, text[lo:hi]); d != "" {
							t.Errorf("story %s: %s", id, d)
							if bad++; bad == 10 {
								t.Fatal("too many differences")
							}
						}
					}
				}
			}
		}
	})
	t.Logf("%d windows", n)
}

// FuzzLexers checks that every lexer agrees with its pattern on the
// input and each of its prefixes. Inputs are cut to 256 bytes, longer
// than any window the tagger gives a pattern, so that the quadratic
// check stays fast.
func FuzzLexers(f *testing.F) {
	for _, s := range lexCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = s[:min(len(s), 256)]
		for _, r := range lexed() {
			for i := range len(s) + 1 {
				if d := lexDiff(r, s[:i]); d != "" {
					t.Fatal(d)
				}
			}
		}
	})
}
