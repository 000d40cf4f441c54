package timex

import "testing"

// RuleBareYearTests are read as narratives: in news the rule finds
// nothing (see TestRuleBareYearNews).
var RuleBareYearTests = []tagTest{
	{name: "the year of a treaty", text: "He signed the 1784 treaty.", want: []string{`"1784" DATE 1784 bareyear`}},
	{name: "in brackets", text: "The treaty (1790) held.", want: []string{`"1790" DATE 1790 bareyear`}},
	{name: "after of", text: "The campaigns of 1777 failed.", want: []string{`"1777" DATE 1777 bareyear`}},
	{name: "both ends of a range", text: "The Eastern Theater 1861-1863 saw most of it.", want: []string{`"1861" DATE 1861 bareyear`, `"1863" DATE 1863 bareyear`}},
	{name: "a range ending in two digits", text: "The war of 1915-17 in the Alps was long.", want: []string{`"1915" DATE 1915 year`, `"17" DATE 1917 bareyear`}},
	{name: "a range across a century", text: "The season 1899-01 was wet.", want: []string{`"1899" DATE 1899 bareyear`, `"01" DATE 1901 bareyear`}},
	{name: "a range of years with an en dash", text: "The 2007–08 surge worked.", want: []string{`"2007" DATE 2007 year`, `"08" DATE 2008 bareyear`}},
	{name: "two digits that count", text: "In 1914-18 percent of men served.", want: []string{`"1914" DATE 1914 year`}},
	{name: "two digits too far for a range", text: "The 1950-80 mm rains came.", want: []string{`"1950" DATE 1950 year`}},
	{name: "three digits after in", text: "The Franks won in 732, and the Moors withdrew.", want: []string{`"732" DATE 0732 bareyear`}},
	{name: "three digits at the end of a sentence", text: "The city fell in 410.", want: []string{`"410" DATE 0410 bareyear`}},
	{name: "the start of a range BC", text: "The war lasted from 499 to 493 BC.", want: []string{`"499" DATE BC0499 bareyear`, `"493 BC" DATE BC0493 era`}},
	{name: "a count of men", text: "The 1500 men marched.", want: nil},
	{name: "a count after of", text: "A force of 500 minutemen fought.", want: nil},
	{name: "three digits before a noun", text: "Iraq attacked 65 cities in 226 sorties.", want: nil},
	{name: "three digits without a cue", text: "Sparta sent 700 hoplites.", want: nil},
	{name: "a count in brackets", text: "It lies 1,000 kilometres (620 mi) away.", want: nil},
	{name: "an amount", text: "It cost $1784 and 3.1500 pounds.", want: nil},
	{name: "a later year is ruleYear's", text: "The 1914 crisis came.", want: []string{`"1914" DATE 1914 year`}},
}

func TestRuleBareYear(t *testing.T) { runNarrativeTests(t, RuleBareYearTests) }

// TestRuleBareYearNews checks that news reads no bare year: the rule is
// for histories.
func TestRuleBareYearNews(t *testing.T) {
	for _, tt := range RuleBareYearTests {
		ds, err := tagger.Tag(tt.text, mustDay(t, historyAnchor))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			if d.Rule == ruleBareYear.name {
				t.Errorf("Tag(%q) = %s; want no %s in news", tt.text, short(d), ruleBareYear.name)
			}
		}
	}
}

func init() { allTagTests = append(allTagTests, RuleBareYearTests) }
