package timex

import "testing"

var RuleSeasonTests = []tagTest{
	{name: "each summer", anchor: "2013-03-22", text: "He visits each summer.", want: []string{`"each summer" SET XXXX-SU season`}},
	{name: "the fall in oil prices", anchor: "1987-03-24", text: "Indonesia, hurt by the fall in oil prices, cut spending.", want: nil},
	{name: "last fall in a place", anchor: "1998-11-05", text: "He was arrested last fall in Sudan.", want: []string{`"last fall" DATE 1997-FA season`}},
	{name: "a fall in prices is a drop", anchor: "1987-04-13", text: "Despite a sharp early fall in Texaco bonds, the market held.", want: nil},
	{name: "this summer", text: "The summit is planned for this summer.", want: []string{`"this summer" DATE 2019-SU season`}},
	{name: "last winter", text: "It snowed last winter.", want: []string{`"last winter" DATE 2019-WI season`}},
	{name: "with year", text: "It opened in summer 2018.", want: []string{`"summer 2018" DATE 2018-SU season`}},
	{name: "of year", text: "It opened in the summer of 2018.", want: []string{`"the summer of 2018" DATE 2018-SU season`}},
	{name: "of a two-digit year", anchor: "2013-11-26", text: "The fund was set up in the summer of '98.", want: []string{`"the summer of '98" DATE 1998-SU season`}},
	{name: "a two-digit year ahead", anchor: "2013-11-26", text: "The stadium opens in the spring of ’16.", want: []string{`"the spring of ’16" DATE 2016-SP season`}},
	{name: "in the spring", text: "It opened in the spring.", want: []string{`"the spring" DATE 2019-SP season`}},
	{name: "past autumn", text: "It opened in the autumn.", want: []string{`"the autumn" DATE 2018-FA season`}},
	{name: "early", text: "Talks stalled in early spring.", want: []string{`"early spring" DATE 2019-SP START season`}},
	{name: "fall the verb", text: "Prices fall in spring.", want: []string{`"spring" DATE 2019-SP season`}},
	{name: "bare", text: "Summer is hot.", want: nil},
	// Regression: "this" was read as a preposition before the season, so
	// "this fall" was dropped as "fall" the verb and "this summer" lost
	// its "this".
	{name: "this fall", anchor: "1989-10-30", text: "Factory owners are buying machinery at a healthy rate this fall.", want: []string{`"this fall" DATE 1989-FA season`}},
	{name: "expected by", anchor: "1987-06-02", text: "It said closing is expected by early fall.", want: []string{`"early fall" DATE 1987-FA START season`}},
	{name: "said that then would", anchor: "1987-05-29", text: "She said that the meeting of G-7 leaders in Venice in the summer would be a forum.", want: []string{`"the summer" DATE 1987-SU season`}},
}

func init() { allTagTests = append(allTagTests, RuleSeasonTests) }

func TestRuleSeason(t *testing.T) { runTagTests(t, RuleSeasonTests) }
