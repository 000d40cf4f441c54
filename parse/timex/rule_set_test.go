package timex

import "testing"

var RuleSetTests = []tagTest{
	{name: "every weekend", text: "He visits his mother every weekend.", want: []string{`"every weekend" SET XXXX-WXX-WE set`}},
	{name: "every Monday", text: "They meet every Monday.", want: []string{`"every Monday" SET XXXX-WXX-1 set`}},
	{name: "every quarter", text: "The dividend is paid every quarter.", want: []string{`"every quarter" SET P1Q set`}},
	{name: "quarterly adverb", text: "The reserve will be adjusted quarterly.", want: []string{`"quarterly" SET P3M set`}},
	// Regression: "quarterly" describing a dividend or results was a SET;
	// TimeML news gold leaves it untagged.
	{name: "quarterly dividend", text: "It cut its quarterly dividend.", want: nil},
	{name: "the quarterly results", text: "The quarterly results reflected losses.", want: nil},
	{name: "annually", text: "It is held annually.", want: []string{`"annually" SET P1Y set`}},
	{name: "each year", text: "It is held each year.", want: []string{`"each year" SET P1Y set`}},
	{name: "every two years", text: "It is held every two years.", want: []string{`"every two years" SET P2Y set`}},
	{name: "every other week", text: "They meet every other week.", want: []string{`"every other week" SET P2W set`}},
	{name: "each July", text: "Orangemen march each July from their church.", want: []string{`"each July" SET XXXX-07 set`}},
	{name: "daily", text: "daily briefings", want: []string{`"daily" SET P1D set`}},
	{name: "twice a year", text: "They meet twice a year.", want: []string{`"twice a year" SET P1Y set`}},
	{name: "every morning", text: "He runs every morning.", want: []string{`"every morning" SET XXXX-XX-XXTMO set`}},
	{name: "each other", text: "They met each other.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleSetTests) }

func TestRuleSet(t *testing.T) { runTagTests(t, RuleSetTests) }
