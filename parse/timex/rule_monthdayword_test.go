package timex

import "testing"

var RuleMonthDayWordTests = []tagTest{
	{name: "payable", anchor: "1987-03-20", text: "It is payable April one to holders of record March 20.", want: []string{`"April one" DATE 1987-04-01 monthday`, `"March 20" DATE 1987-03-20 monthday`}},
	{name: "table lines", anchor: "1987-03-02", text: "Qtly div 70 cts\n    Pay May One\n    Record April Three", want: []string{`"May One" DATE 1987-05-01 monthday`, `"April Three" DATE 1987-04-03 monthday`}},
	{name: "with its year", anchor: "1987-02-26", text: "Each warrant buys a share until September one 1989.", want: []string{`"September one 1989" DATE 1989-09-01 monthday`}},
	{name: "wrapped", anchor: "1987-03-31", text: "It follows a judgment entered March\nThree in Dakota County.", want: []string{`"March\nThree" DATE 1987-03-03 monthday`}},
	{name: "a count of years", anchor: "1987-03-20", text: "He left in April two years ago.", want: []string{`"April" DATE 1987-04 month`, `"two years ago" DATE 1985 ago`}},
	{name: "a count of companies", anchor: "1987-03-20", text: "Since June five companies have left.", want: []string{`"June" DATE 1986-06 month`}},
	{name: "May the modal", anchor: "1987-03-20", text: "May one be forgiven?", want: nil},
	{name: "one-for-one", anchor: "1987-03-20", text: "The split is April one-for-one.", want: nil},
}

func init() { allTagTests = append(allTagTests, RuleMonthDayWordTests) }

func TestRuleMonthDayWord(t *testing.T) { runTagTests(t, RuleMonthDayWordTests) }
