package event

// rules are the event rules in priority order: where two rules' triggers
// start at the same word, the earlier rule wins, and longer triggers are
// tried before shorter ones within a rule.
var rules = []*rule{
	agreeToMeetRule,
	signRule,
	wreathRule,
	ceremonyRule,
	phoneRule,
	speakRule,
	agreedRule,
	multilateralRule,
	accordRule,
	bodyRule,
	membersRule,
	hostMeetingRule,
	mediateRule,
	talksRule,
	summitRule,
	meetRule,
	hostRule,
	visitRule,
	arriveRule,
	returnRule,
	departRule,
}
