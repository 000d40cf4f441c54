package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// historyAnchor is the anchor of the narrative tables: the day the
// WikiWars pages were saved, far from the time they tell of.
const historyAnchor = "2009-12-19"

// narrativeTests are texts tagged as narratives (see [Tagger.TagAs]),
// anchored at historyAnchor unless a case gives its own anchor.
var narrativeTests = []tagTest{
	{name: "a month in the year in focus", text: "The war began in 1939. In early October, Poland fell.",
		want: []string{`"1939" DATE 1939 year`, `"early October" DATE 1939-10 START month`}},
	{name: "a day and month in the year in focus", text: "On 21 July 1936 the rebels rose. On 5 September they took Irún.",
		want: []string{`"21 July 1936" DATE 1936-07-21 daymonth`, `"5 September" DATE 1936-09-05 daymonth`}},
	{name: "a month and day in the year in focus", text: "Fort Sumter fell on April 13, 1861. Lincoln called for troops on April 15.",
		want: []string{`"April 13, 1861" DATE 1861-04-13 monthday`, `"April 15" DATE 1861-04-15 monthday`}},
	{name: "a resolved date takes the focus", text: "In 1940 France fell. In June, Italy joined the war; on July 14 Paris marched.",
		want: []string{`"1940" DATE 1940 year`, `"June" DATE 1940-06 month`, `"July 14" DATE 1940-07-14 monthday`}},
	{name: "a season", text: "Xerxes crossed into Europe in 1480. In the spring, his army marched on.",
		want: []string{`"1480" DATE 1480 year`, `"the spring" DATE 1480-SP season`}},
	{name: "that summer", text: "The treaty was signed in March 1778. That summer, the French fleet arrived.",
		want: []string{`"March 1778" DATE 1778-03 monthyear`, `"That summer" DATE 1778-SU narrative`}},
	{name: "the following spring", text: "Salamis was fought on 28 September 480 BC; the following spring, the Greeks sailed east.",
		want: []string{`"28 September 480 BC" DATE BC0480-09-28 era`, `"the following spring" DATE BC0479-SP narrative`}},
	{name: "the next spring from a winter day", text: "The army camped there on 20 January 1778. The next spring it marched.",
		want: []string{`"20 January 1778" DATE 1778-01-20 daymonth`, `"The next spring" DATE 1778-SP narrative`}},
	// 1918-WI runs from December 1917 to February 1918.
	{name: "the previous winter", text: "Peace came on 3 March 1918, after the previous winter's defeats.",
		want: []string{`"3 March 1918" DATE 1918-03-03 daymonth`, `"the previous winter" DATE 1918-WI narrative`}},
	{name: "the following year", text: "The rebels took the city in 1918. The following year, they lost it.",
		want: []string{`"1918" DATE 1918 year`, `"The following year" DATE 1919 narrative`}},
	{name: "the next year counts from the focus", text: "The army was raised in 1862 and fought the next year.",
		want: []string{`"1862" DATE 1862 year`, `"next year" DATE 1863 relative`}},
	{name: "the end of the month", text: "Paris fell on 14 June 1940. By the end of the month, France had signed.",
		want: []string{`"14 June 1940" DATE 1940-06-14 daymonth`, `"the end of the month" DATE 1940-06 END relative`}},
	{name: "two days later", text: "Hitler died on 30 April 1945. Two days later, Berlin surrendered.",
		want: []string{`"30 April 1945" DATE 1945-04-30 daymonth`, `"Two days later" DATE 1945-05-02 duration`}},
	{name: "three weeks earlier", text: "The city fell on 2 March 1917. Three weeks earlier, riots had begun.",
		want: []string{`"2 March 1917" DATE 1917-03-02 daymonth`, `"Three weeks earlier" DATE 1917-W06 duration`}},
	{name: "two years previously", text: "The war ended in 2008. The regime had fallen five years previously.",
		want: []string{`"2008" DATE 2008 year`, `"five years previously" DATE 2003 duration`}},
	{name: "days after opening a sentence", text: "Franco relieved Toledo on 27 September 1936. Two days after relieving the siege, he took power.",
		want: []string{`"27 September 1936" DATE 1936-09-27 daymonth`, `"Two days after" DATE 1936-09-29 duration`}},
	{name: "days after within a sentence stay a length", text: "The war ended on 11 November 1918, but fighting went on two weeks after the armistice.",
		want: []string{`"11 November 1918" DATE 1918-11-11 daymonth`, `"two weeks" DURATION P2W duration`}},
	{name: "a vague count later stays a length", text: "Rome fell in 1944. A few days later, the Allies landed.",
		want: []string{`"1944" DATE 1944 year`, `"A few days" DURATION PXD duration`}},
	{name: "an ordinal day in the month in focus", text: "The assault began in September 1917 and the line broke on the 20th.",
		want: []string{`"September 1917" DATE 1917-09 monthyear`, `"the 20th" DATE 1917-09-20 theday`}},
	{name: "the next day", text: "Lee surrendered on April 9, 1865. The next day, his men went home.",
		want: []string{`"April 9, 1865" DATE 1865-04-09 monthday`, `"The next day" DATE 1865-04-10 narrative`}},
	{name: "a month of that year", text: "The Blitz began in 1940. The raids peaked in August of that year.",
		want: []string{`"1940" DATE 1940 year`, `"August of that year" DATE 1940-08 month`}},
	{name: "a month of the following year", text: "He landed in May 1789 and fled in March of the following year.",
		want: []string{`"May 1789" DATE 1789-05 monthyear`, `"March of the following year" DATE 1790-03 month`}},
	{name: "the night of a day", text: "Revere rode on the night of April 18, 1775.",
		want: []string{`"the night of April 18, 1775" TIME 1775-04-18TNI monthday`}},
	{name: "the early morning hours of a day", text: "The city fell in April 1975. In the early morning hours of 30 April, tanks broke in.",
		want: []string{`"April 1975" DATE 1975-04 monthyear`, `"the early morning hours of 30 April" TIME 1975-04-30TMO daymonth`}},
	{name: "a two-digit year near the one in focus", text: "The Estates met in 1788. The spirit of '89 spread.",
		want: []string{`"1788" DATE 1788 year`, `"'89" DATE 1789 shortyear`}},
	{name: "a clock time on the day in focus", text: "The attack began on 7 December 1941 at 7:48 a.m.",
		want: []string{`"7 December 1941 at 7:48 a.m." TIME 1941-12-07T07:48 daymonth`}},
	{name: "a weekday keeps its name", text: "Fighting began on 14 July 1950. On Sunday, the line broke.",
		want: []string{`"14 July 1950" DATE 1950-07-14 daymonth`, `"Sunday" DATE 1950-07-16 weekday`}},
	{name: "the next decade", text: "The war ended in 1975. In the next decade, the country rebuilt.",
		want: []string{`"1975" DATE 1975 year`, `"next decade" DATE 198 relative`}},
	{name: "the previous century before the era", text: "Athens grew strong in 450 BC, after the wars of the previous century.",
		want: []string{`"450 BC" DATE BC0450 era`, `"previous century" DATE BC05 relative`}},
	{name: "a look back leaves the focus", text: "Baghdad fell on 9 April 2003; the plans had been drawn up two years earlier. On 15 April the invasion ended.",
		want: []string{`"9 April 2003" DATE 2003-04-09 daymonth`, `"two years earlier" DATE 2001 ago`, `"15 April" DATE 2003-04-15 daymonth`}},
	{name: "a clock time on the day after it", text: "The invasion began in 2003. At 5:34 AM (local time) on March 20, the first bombs fell.",
		want: []string{`"2003" DATE 2003 year`, `"5:34 AM" TIME 2003-03-20T05:34 clock`, `"March 20" DATE 2003-03-20 monthday`}},
	{name: "a winter is in its year", text: "The army landed in 490 BC. That winter, envoys were sent. In March, they reached Athens.",
		want: []string{`"490 BC" DATE BC0490 era`, `"That winter" DATE BC0490-WI narrative`, `"March" DATE BC0490-03 month`}},
	{name: "today stays today", text: "The war ended in 1865. Today the battlefield is a park.",
		want: []string{`"1865" DATE 1865 year`, `"Today" DATE 2009-12-19 casual`}},

	// What moves the focus, and what does not.
	{name: "a year in brackets is a digression", text: "On 4 July 1776 Congress declared independence. The treaty (signed in 1790) came later. On 9 July, the news reached New York.",
		want: []string{`"4 July 1776" DATE 1776-07-04 daymonth`, `"1790" DATE 1790 year`, `"9 July" DATE 1776-07-09 daymonth`}},
	{name: "a year after since is a digression", text: "In 1914 Serbia, independent since 1878, was invaded. In August, Russia mobilised.",
		want: []string{`"1914" DATE 1914 year`, `"1878" DATE 1878 year`, `"August" DATE 1914-08 month`}},
	{name: "a year within a sentence leaves the day in focus", text: "On 10 March 1975 Dung attacked, aiming at a campaign in 1976. The line broke on 11 March.",
		want: []string{`"10 March 1975" DATE 1975-03-10 daymonth`, `"1976" DATE 1976 year`, `"11 March" DATE 1975-03-11 daymonth`}},
	{name: "a year opening a sentence moves the focus", text: "On 10 March 1975 Dung attacked. In 1976, the country was united. On 2 July the republic was proclaimed.",
		want: []string{`"10 March 1975" DATE 1975-03-10 daymonth`, `"1976" DATE 1976 year`, `"2 July" DATE 1976-07-02 daymonth`}},
	{name: "a paragraph opening with a date moves the focus", text: "The siege ended in 1863 (since 1861 the city had held).\nSince 1864, the war went on. In May, Grant attacked.",
		want: []string{`"1863" DATE 1863 year`, `"1861" DATE 1861 year`, `"1864" DATE 1864 year`, `"May" DATE 1864-05 month`}},
	{name: "without a focus, the anchor", text: "In early October, the army marched.",
		want: []string{`"early October" DATE 2009-10 START month`}},

	// Ranges.
	{name: "the start of a range takes the year of its end", text: "The war began in 1861. The battle lasted from July 1 to July 3, 1863.",
		want: []string{`"1861" DATE 1861 year`, `"July 1" DATE 1863-07-01 monthday`, `"July 3, 1863" DATE 1863-07-03 monthday`}},
	{name: "a range across the new year", text: "The siege lasted from December 26 to January 2, 1777.",
		want: []string{`"December 26" DATE 1776-12-26 monthday`, `"January 2, 1777" DATE 1777-01-02 monthday`}},
	{name: "a range of days before their month", text: "The offensive of 6-7 January 1916 failed.",
		want: []string{`"6" DATE 1916-01-06 daymonth`, `"7 January 1916" DATE 1916-01-07 daymonth`}},
	{name: "a range of days with to", text: "In 1984, from 22 to 24 February, Iran attacked.",
		want: []string{`"1984" DATE 1984 year`, `"22" DATE 1984-02-22 daymonth`, `"24 February" DATE 1984-02-24 daymonth`}},
	{name: "a count before a day is no day", text: "They lost 1,000 men, 300-7 January 1916.",
		want: []string{`"7 January 1916" DATE 1916-01-07 daymonth`}},

	// Before the era.
	{name: "a month before the era", text: "The Persians landed in 490 BC. In August, they met the Athenians.",
		want: []string{`"490 BC" DATE BC0490 era`, `"August" DATE BC0490-08 month`}},
	{name: "the following year before the era", text: "The revolt ended in 493 BC. The following year, Mardonius marched.",
		want: []string{`"493 BC" DATE BC0493 era`, `"The following year" DATE BC0492 narrative`}},
	{name: "a bare year before the era", text: "Darius died in 486 BC. Xerxes invaded in 480, and withdrew.",
		want: []string{`"486 BC" DATE BC0486 era`, `"480" DATE BC0480 bareyear`}},
	{name: "the start of a range before the era", text: "The Ionian Revolt (499-493 BC) came first.",
		want: []string{`"499" DATE BC0499 bareyear`, `"493 BC" DATE BC0493 era`}},
	{name: "days later need a day in focus", text: "The fleet sailed in September 480 BC. Two days later, it fought.",
		want: []string{`"September 480 BC" DATE BC0480-09 era`, `"Two days" DURATION P2D duration`}},
	{name: "a day before the era", text: "The fleet sailed on 20 September 480 BC. Two days later, it fought.",
		want: []string{`"20 September 480 BC" DATE BC0480-09-20 era`, `"Two days later" DATE BC0480-09-22 duration`}},
}

func TestNarrative(t *testing.T) { runNarrativeTests(t, narrativeTests) }

// runNarrativeTests runs a table with every text read as a narrative.
func runNarrativeTests(t *testing.T, tests []tagTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustDay(t, or(tt.anchor, historyAnchor))
			ds, typ, err := tagger.TagAs(tt.text, a, Narrative)
			if err != nil || typ != Narrative {
				t.Fatalf("TagAs(%q, %s, Narrative) = %v, %v", tt.text, a.Format(time.DateOnly), typ, err)
			}
			got := make([]string, len(ds))
			for i, d := range ds {
				got[i] = short(d)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("TagAs(%q, %s, Narrative):\n\t%s\nwant:\n\t%s", tt.text, a.Format(time.DateOnly),
					strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// history is a made-up history: its dates lie far from historyAnchor.
const history = `The war began in 1861. In April 1861 the fort fell. On 21 July 1861 the armies met.
In 1862 the navies fought; in March 1862 the ironclads met. In 1863 the tide turned, and in July 1863 the siege ended.
In early October, the army went into winter quarters.`

// wire is a news story that looks back at history: its dates lie near
// its anchor, and it names days by it.
const wire = `WASHINGTON, April 26 (UPI) -- The Senate voted on Tuesday to honour the veterans of 1944, 1950, 1965 and 1991.
The bill, first proposed in 1998, goes to the House next week. Hearings begin on May 2.`

var docTypeTests = []struct {
	name   string
	text   string
	anchor string
	typ    DocType // asked for
	want   DocType // read as
}{
	{"a history is a narrative", history, historyAnchor, Auto, Narrative},
	{"a news story is news", wire, "2019-04-26", Auto, News},
	{"news when asked", history, historyAnchor, News, News},
	{"a narrative when asked", wire, "2019-04-26", Narrative, Narrative},
	{"no dates", "Nothing happened.", historyAnchor, Auto, News},
	{"few far dates", "It was founded in 1861 and rebuilt in 1906.", historyAnchor, Auto, News},
}

func TestTagAs(t *testing.T) {
	for _, tt := range docTypeTests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustDay(t, tt.anchor)
			ds, typ, err := tagger.TagAs(tt.text, a, tt.typ)
			if err != nil {
				t.Fatal(err)
			}
			if typ != tt.want {
				t.Errorf("TagAs(%q, %s, %s) read it as %s; want %s", tt.text, tt.anchor, tt.typ, typ, tt.want)
			}
			if typ == News {
				// News is exactly what Tag does.
				if news, _ := tagger.Tag(tt.text, a); fmt.Sprint(news) != fmt.Sprint(ds) {
					t.Errorf("TagAs(%q, %s, %s) = %v as news; Tag = %v", tt.text, tt.anchor, tt.typ, ds, news)
				}
			}
		})
	}
	// The history's last month is the last year's, not the anchor's.
	ds, _, _ := tagger.TagAs(history, mustDay(t, historyAnchor), Auto)
	if last := ds[len(ds)-1]; last.Value != "1863-10" {
		t.Errorf("TagAs(history): %q = %s; want 1863-10", last.Text, last.Value)
	}
}

func TestParseDocType(t *testing.T) {
	for _, typ := range []DocType{Auto, News, Narrative} {
		if got, err := ParseDocType(typ.String()); err != nil || got != typ {
			t.Errorf("ParseDocType(%q) = %v, %v; want %v", typ.String(), got, err, typ)
		}
	}
	for _, s := range []string{"", "News", "history", "narratives"} {
		if _, err := ParseDocType(s); err == nil {
			t.Errorf("ParseDocType(%q) succeeded; want an error", s)
		}
	}
	if s := DocType(7).String(); s != "DocType(7)" {
		t.Errorf("DocType(7).String() = %q", s)
	}
}

// FuzzTagNarrative checks the narrative pass on any text: spans in order
// and inside the input, each date's text its span's, calendar bounds in
// order, the same output twice and without the rules' prefilters, and
// news as Tag reads it.
func FuzzTagNarrative(f *testing.F) {
	for _, tt := range narrativeTests {
		f.Add(tt.text)
	}
	f.Add(history)
	f.Add(wire)
	anchor := mustDay(f, historyAnchor)
	plain := unfiltered()
	f.Fuzz(func(t *testing.T, text string) {
		for _, typ := range []DocType{Narrative, Auto} {
			ds, got, err := tagger.TagAs(text, anchor, typ)
			if err != nil {
				t.Fatalf("TagAs(%q, %s): %v", text, typ, err)
			}
			end := 0
			for _, d := range ds {
				s := d.Span
				if s.Start < end || s.End <= s.Start || s.End > len(text) {
					t.Fatalf("TagAs(%q, %s): span %s out of order, empty or outside the input (%v)", text, typ, s, ds)
				}
				end = s.End
				if text[s.Start:s.End] != d.Text {
					t.Errorf("TagAs(%q, %s): text[%s] = %q; Date.Text = %q", text, typ, s, text[s.Start:s.End], d.Text)
				}
				if d.Placed() && d.Latest.Before(d.Earliest) {
					t.Errorf("TagAs(%q, %s): %s has Latest before Earliest", text, typ, d)
				}
				if d.Rule == "" || d.Type == "" || d.Value == "" {
					t.Errorf("TagAs(%q, %s): %s lacks rule, type or value", text, typ, d)
				}
			}
			again, _, _ := tagger.TagAs(text, anchor, typ)
			if fmt.Sprint(again) != fmt.Sprint(ds) {
				t.Errorf("TagAs(%q, %s) not deterministic: %v, then %v", text, typ, ds, again)
			}
			if p, _, _ := plain.TagAs(text, anchor, typ); fmt.Sprint(p) != fmt.Sprint(ds) {
				t.Errorf("TagAs(%q, %s) = %v, but %v without the rules' prefilters", text, typ, ds, p)
			}
			if got == News {
				if news, _ := tagger.Tag(text, anchor); fmt.Sprint(news) != fmt.Sprint(ds) {
					t.Errorf("TagAs(%q, %s) read it as news but differs from Tag: %v; %v", text, typ, ds, news)
				}
			}
		}
	})
}

// TestNarrativeLinear checks that reading a history costs linear time:
// eight times the text takes well under sixty-four times as long.
func TestNarrativeLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	var b strings.Builder
	for _, tt := range narrativeTests {
		b.WriteString(tt.text + "\n")
	}
	unit := b.String()
	cost := func(n int) time.Duration {
		text := strings.Repeat(unit, n)
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			if _, _, err := tagger.TagAs(text, mustDay(t, historyAnchor), Auto); err != nil {
				t.Fatal(err)
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	// Eight times the text: a linear tagger takes about eight times as
	// long, a quadratic one sixty-four. The bound leaves three times
	// linear for the noise of a loaded machine (CI runs the packages'
	// tests side by side), which the four times of the first form of this
	// test did not, and still fails a square.
	small, large := cost(20), cost(160)
	if large > 24*small {
		t.Errorf("TagAs: %d bytes took %v, %d bytes %v: not linear", 20*len(unit), small, 160*len(unit), large)
	}
}

func BenchmarkTagNarrative(b *testing.B) {
	var s strings.Builder
	for _, tt := range narrativeTests {
		s.WriteString(tt.text + "\n")
	}
	text := strings.Repeat(s.String(), 20)
	anchor := mustDay(b, historyAnchor)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, _, err := tagger.TagAs(text, anchor, Narrative); err != nil {
			b.Fatal(err)
		}
	}
}
