package timex

// allRules lists the rules in priority order: when two rules match the
// same stretch of text equally long, the earlier one wins. Dates with a
// day come first, then named days, relative expressions, coarser
// calendar units, clock times, and last the expressions that name no
// point on the calendar.
var allRules = []*rule{
	ruleNumeric,
	ruleMonthDay,
	ruleMonthDayWord,
	ruleDayMonth,
	ruleSlashDate,
	ruleTheDay,
	ruleMonthYear,
	ruleMonth,
	ruleWeekday,
	ruleHoliday,
	ruleCasual,
	ruleRelative,
	ruleWeekendNoun,
	ruleAgo,
	ruleNarrative,
	ruleQuarter,
	rulePeriod,
	ruleSeason,
	ruleYearEnd,
	ruleEra,
	ruleCentury,
	ruleDecade,
	ruleYear,
	ruleBareYear,
	ruleShortYear,
	ruleSpelledYear,
	ruleClock,
	rulePartOfDay,
	ruleSet,
	ruleDuration,
	ruleHalfHour,
	ruleBareUnit,
	ruleLongWord,
	ruleRun,
	ruleRef,
}
