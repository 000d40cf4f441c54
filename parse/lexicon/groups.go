package lexicon

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Group is a group of states that news names by many names: the Group of
// Seven is also "the G-7", "the Big Seven", "the seven major industrial
// nations" and "the leading industrial democracies". Name is its canonical
// name, the one [LookupOrganisation] returns where the group is also an
// organisation ("Group of Seven", "OPEC", "European Community"). Two Groups
// are the same group when their Names are equal.
type Group struct {
	Name string
}

// Members returns the canonical names of the states that belonged to the
// group on day, as [LookupCountry] names them, sorted, in a new slice the
// caller may keep or change. The day is the calendar date day has in its
// own location. A state is a member from the day it joined and no longer
// on the day it left; where the public record gives only the year or the
// month of a change, it counts from the first day of that year or month.
//
// A state is named as it was on day: "West Germany" until 2 October 1990
// and "Germany" from 3 October; the Soviet Union's seat among the
// permanent members of the Security Council is Russia's from 26 December
// 1991, and China's was Taiwan's until 25 October 1971. Bodies that take
// part without being states (the European Union in the Group of Seven,
// the African Union in the Group of 20) are not listed.
//
// Members returns nil for a day before the group was formed, for a day
// after it ended (the Warsaw Pact from 1 July 1991, the superpowers from
// 26 December 1991, the European Community from 1 December 2009, when the
// European Union took its place) or between two spells of it (the Group of
// Six, the six of 1975 and those of 1987), and for a Group whose Name is
// not one [LookupGroup] returns, such as the zero Group.
func (g Group) Members(day time.Time) []string {
	r := loadGroups().byName[g.Name]
	if r == nil {
		return nil
	}
	return r.on(groupDay(day.Year(), int(day.Month()), day.Day()))
}

// LookupGroup returns the group of states that phrase names. Like the other
// lookups it matches the phrase as written and case-sensitively, with or
// without a leading "the" or "The" and surrounding space:
//
//   - a proper name: "Group of Seven", "G-7", "the G7", "the Big Seven",
//     and every name [LookupOrganisation] knows for the group, so that a
//     caller holding an organisation's canonical name finds its members;
//   - a description: "the seven major industrial nations", "the Group of
//     Ten rich nations", "the 13-nation OPEC", "the 12 EC countries", "the
//     six ASEAN member countries", "the two superpowers".
//
// A number in a description may be written as a word or in digits ("seven
// major industrial nations", "7 major industrial nations"); where it counts
// the members ("the 13-nation OPEC") it must be a number of members the
// group has had at some time, not necessarily on the story's day. A
// description that starts with a lower-case word also matches with that
// word capitalised, as at the start of a sentence ("Seven major industrial
// nations agreed"), but a phrase in title case or capitals does not.
//
// Some names match only with their article, because without it they are
// ordinary words or name a class rather than the group: "the Twelve"
// (the European Community), "the Fifteen" (the European Union), "the
// superpowers", "the Western alliance" (NATO), "the oil cartel" (OPEC),
// "the permanent members of the Security Council", and the unnumbered
// descriptions of the Group of Seven ("the major industrial nations", "the
// leading industrial democracies"), while "other major industrial nations"
// is no group. Only whole phrases match, so a caller that tries shorter
// prefixes of a longer capitalised run should look at the word after a
// name made of a numeral alone: "the Twelve" is no group in "the Twelve
// Apostles".
//
// Names that news gives to more than one group are left out: "the Five"
// and "the Big Five" (the Group of Five, or the permanent members of the
// Security Council), "the Ten" (the Group of Ten, or the European
// Community of 1981-85), "the Seven" ("the Seven Sisters" of oil), and
// "the Six" and "the Nine" (the Community of the 1960s and 1970s, but
// also "the Six-Day War", "the Six Flags" and "the Nine Mile Point").
// LookupGroup reports false for them and for anything else, including the
// empty string and a bare "the".
func LookupGroup(phrase string) (Group, bool) {
	bare, hadThe := trim(phrase)
	p, ok := loadGroups().phrases[bare]
	if !ok || p.needThe && !hadThe {
		return Group{}, false
	}
	return Group{Name: p.group.name}, true
}

// MayStartGroup reports whether word, as written, can begin a phrase
// [LookupGroup] knows, with or without a leading "the": it is true of
// "the" and "The", and of the first word of every name and description
// ("Group", "G-7", "seven", "Seven", "7", "13-nation"). It is a cheap test
// before trying the phrases that start with word; it says nothing of the
// words that follow.
func MayStartGroup(word string) bool {
	return word == "the" || word == "The" || loadGroups().first.has(word)
}

// MaxGroupWords returns the number of space-separated words in the longest
// phrase [LookupGroup] matches, a leading "the" included: a longer phrase
// names no group. [MaxWords] does not count the groups.
func MaxGroupWords() int { return loadGroups().maxWords }

// A membership is one state's time in a group, from the day it joined
// until the day it left, or "" while it is still a member. Dates are
// written YYYY-MM-DD, or YYYY-MM or YYYY where the record gives no day.
type membership struct {
	country     string // as countries names it
	from, until string
}

// A group is one row of the table of groups.
//
// Its phrases are templates, expanded when the table is built:
//
//   - {a|b|} stands for each alternative, the empty one included;
//   - <name> for each proper name of the group: the names organisations
//     lists for it, under either spelling of "Organization", and its own
//     names, except those written with "the" and those longer than
//     [maxTemplatedWords];
//   - # for each number of members the group has had, as a word or in
//     digits ("13-nation OPEC", "thirteen-nation OPEC");
//   - a number, as a word or in digits, for itself written either way.
//
// A phrase or name written with a leading "the" matches only with the
// article, any other with or without it. A phrase that starts with a
// lower-case letter also matches with that letter capitalised. Every group
// with a proper name also has the [groupPhrases].
type group struct {
	name        string // canonical: organisations' name, where it is there
	from, until string // when the group existed; until is "" while it does
	names       []string
	phrases     []string
	members     []membership
}

// The parts of the descriptions of the groups of industrial nations:
// "seven major industrial nations", "10 leading western industrialised
// countries", "the Group of Five industrial countries", "the Group of Ten
// rich nations".
const (
	groupRank       = "{|major |leading |main |top |big |biggest |largest |richest |wealthiest }"
	groupWestern    = "{|Western |western }"
	groupIndustrial = "{industrial|industrialized|industrialised}"
	groupPowers     = "{nations|countries|democracies|powers|economies|states}"
	groupNumbered   = groupRank + groupWestern + groupIndustrial + " " + groupPowers
	groupNamed      = "<name> " + groupRank + groupIndustrial + " " + groupPowers
	groupNamedRich  = "<name> {rich|wealthy|richest|wealthiest|major|leading|big} {nations|countries|democracies|economies|powers}"
	// What news puts after a group's proper name: "EC countries",
	// "OPEC member states", "the 12 EC governments".
	groupNouns = "{nations|countries|states|members|member countries|member nations|member states|governments}"
)

// maxTemplatedWords is the length of the longest proper name that stands
// for <name>: "the 13-nation Organization of Petroleum Exporting Countries",
// but no "six Cooperation Council for the Arab States of the Gulf states".
const maxTemplatedWords = 5

// groupPhrases belong to every group with proper names: "G-7 nations",
// "EC member states", "the 13-nation OPEC", "the 12 EC countries".
var groupPhrases = []string{
	"<name> " + groupNouns,
	"#-{nation|member} <name>",
	"# <name> " + groupNouns,
}

// groups are the groups of states news names by many names, with their
// members by date. Public record; where a group is also an organisation,
// its name is the one organisations gives it.
var groups = []group{
	{
		// The finance ministers of the five, from the "Library Group" of
		// 1973 to the Plaza Accord of 1985 and after. The "G5" of
		// emerging economies of the 2000s is another group.
		name: "Group of Five", from: "1973",
		phrases: []string{"five " + groupNumbered, groupNamed, groupNamedRich},
		members: []membership{
			{"France", "1973", ""},
			{"Japan", "1973", ""},
			{"United Kingdom", "1973", ""},
			{"United States", "1973", ""},
			{"West Germany", "1973", "1990-10-03"},
			{"Germany", "1990-10-03", ""},
		},
	},
	{
		// The six of the first summit, at Rambouillet in November 1975,
		// and the six who made the Louvre Accord of 22 February 1987,
		// Italy having walked out; news of 1987 names them so all year.
		name: "Group of Six", from: "1975-11-15", until: "1988",
		phrases: []string{
			"six " + groupNumbered,
			"six {major|leading|main|top} " + groupWestern + "{nations|countries|democracies|economies}",
			groupNamed, groupNamedRich,
		},
		members: []membership{
			{"France", "1975-11-15", "1976-06-27"},
			{"Italy", "1975-11-15", "1976-06-27"},
			{"Japan", "1975-11-15", "1976-06-27"},
			{"United Kingdom", "1975-11-15", "1976-06-27"},
			{"United States", "1975-11-15", "1976-06-27"},
			{"West Germany", "1975-11-15", "1976-06-27"},
			{"Canada", "1987-02-22", "1988"},
			{"France", "1987-02-22", "1988"},
			{"Japan", "1987-02-22", "1988"},
			{"United Kingdom", "1987-02-22", "1988"},
			{"United States", "1987-02-22", "1988"},
			{"West Germany", "1987-02-22", "1988"},
		},
	},
	{
		// Seven from Canada's first summit, at San Juan in June 1976.
		name: "Group of Seven", from: "1976-06-27",
		names: []string{"Big Seven", "Summit Seven"},
		phrases: []string{
			"seven " + groupNumbered,
			"seven {major|leading|main|top} " + groupWestern + "{nations|countries|democracies|economies}",
			// Unnumbered, and so only with the article.
			"the {major|leading|main} " + groupWestern + groupIndustrial + " " + groupPowers,
			groupNamed, groupNamedRich,
		},
		members: []membership{
			{"Canada", "1976-06-27", ""},
			{"France", "1976-06-27", ""},
			{"Italy", "1976-06-27", ""},
			{"Japan", "1976-06-27", ""},
			{"United Kingdom", "1976-06-27", ""},
			{"United States", "1976-06-27", ""},
			{"West Germany", "1976-06-27", "1990-10-03"},
			{"Germany", "1990-10-03", ""},
		},
	},
	{
		// The seven and Russia, from the Denver summit of June 1997 until
		// Russia was suspended on 24 March 2014.
		name: "Group of Eight", from: "1997-06-20", until: "2014-03-24",
		phrases: []string{"eight " + groupNumbered, groupNamed, groupNamedRich},
		members: []membership{
			{"Canada", "1997-06-20", ""},
			{"France", "1997-06-20", ""},
			{"Germany", "1997-06-20", ""},
			{"Italy", "1997-06-20", ""},
			{"Japan", "1997-06-20", ""},
			{"Russia", "1997-06-20", ""},
			{"United Kingdom", "1997-06-20", ""},
			{"United States", "1997-06-20", ""},
		},
	},
	{
		// The lenders of the IMF's General Arrangements to Borrow, in
		// force from October 1962; Switzerland made them eleven in 1964
		// and the name stayed.
		name: "Group of Ten", from: "1962-10-24",
		phrases: []string{"ten " + groupNumbered, groupNamed, groupNamedRich},
		members: []membership{
			{"Belgium", "1962-10-24", ""},
			{"Canada", "1962-10-24", ""},
			{"France", "1962-10-24", ""},
			{"Italy", "1962-10-24", ""},
			{"Japan", "1962-10-24", ""},
			{"Netherlands", "1962-10-24", ""},
			{"Sweden", "1962-10-24", ""},
			{"United Kingdom", "1962-10-24", ""},
			{"United States", "1962-10-24", ""},
			{"West Germany", "1962-10-24", "1990-10-03"},
			{"Germany", "1990-10-03", ""},
			{"Switzerland", "1964", ""},
		},
	},
	{
		// Nineteen states and the European Union (and from 2023 the
		// African Union), from September 1999.
		name: "Group of 20", from: "1999-09-25",
		phrases: []string{
			"twenty {major|leading|largest|biggest} economies",
			groupNamed, groupNamedRich,
			"<name> {|major |leading }{industrial|industrialized|industrialised|developed|rich} and {developing|emerging} {nations|countries|economies}",
		},
		members: []membership{
			{"Argentina", "1999-09-25", ""},
			{"Australia", "1999-09-25", ""},
			{"Brazil", "1999-09-25", ""},
			{"Canada", "1999-09-25", ""},
			{"China", "1999-09-25", ""},
			{"France", "1999-09-25", ""},
			{"Germany", "1999-09-25", ""},
			{"India", "1999-09-25", ""},
			{"Indonesia", "1999-09-25", ""},
			{"Italy", "1999-09-25", ""},
			{"Japan", "1999-09-25", ""},
			{"Mexico", "1999-09-25", ""},
			{"Russia", "1999-09-25", ""},
			{"Saudi Arabia", "1999-09-25", ""},
			{"South Africa", "1999-09-25", ""},
			{"South Korea", "1999-09-25", ""},
			{"Turkey", "1999-09-25", ""},
			{"United Kingdom", "1999-09-25", ""},
			{"United States", "1999-09-25", ""},
		},
	},
	{
		// Thirteen in 1987. Ecuador, Gabon and Indonesia each left and
		// came back.
		name: "OPEC", from: "1960-09-14",
		phrases: []string{"the oil cartel", "#-{nation|member} oil cartel"},
		members: []membership{
			{"Iran", "1960-09-14", ""},
			{"Iraq", "1960-09-14", ""},
			{"Kuwait", "1960-09-14", ""},
			{"Saudi Arabia", "1960-09-14", ""},
			{"Venezuela", "1960-09-14", ""},
			{"Qatar", "1961", "2019-01-01"},
			{"Indonesia", "1962", "2009-01-01"},
			{"Indonesia", "2016-01-01", "2016-11-30"},
			{"Libya", "1962", ""},
			{"United Arab Emirates", "1967", ""}, // Abu Dhabi's seat until 1974
			{"Algeria", "1969", ""},
			{"Nigeria", "1971", ""},
			{"Ecuador", "1973", "1993-01-01"},
			{"Ecuador", "2007-10", "2020-01-01"},
			{"Gabon", "1975", "1995-01-01"},
			{"Gabon", "2016-07-01", ""},
			{"Angola", "2007-01-01", "2024-01-01"},
			{"Equatorial Guinea", "2017-05-25", ""},
			{"Republic of the Congo", "2018-06-22", ""},
		},
	},
	{
		// The European Economic Community from 1958, the European
		// Community from 1993 (within the European Union), until the
		// Lisbon Treaty merged it into the Union on 1 December 2009.
		// Twelve from 1986 to 1994.
		name: "European Community", from: "1958-01-01", until: "2009-12-01",
		names: []string{"the Twelve"},
		phrases: []string{
			"{|# }Community {countries|nations|states|member states|member countries|governments}",
			"#-{nation|member} Community",
		},
		members: europeanMembers,
	},
	{
		name: "European Union", from: "1993-11-01",
		names:   []string{"the Fifteen"},
		members: europeanMembers,
	},
	{
		// Six in 1987, ten from 1999, eleven from October 2025.
		name: "ASEAN", from: "1967-08-08",
		members: []membership{
			{"Indonesia", "1967-08-08", ""},
			{"Malaysia", "1967-08-08", ""},
			{"Philippines", "1967-08-08", ""},
			{"Singapore", "1967-08-08", ""},
			{"Thailand", "1967-08-08", ""},
			{"Brunei", "1984-01-07", ""},
			{"Vietnam", "1995-07-28", ""},
			{"Laos", "1997-07-23", ""},
			{"Myanmar", "1997-07-23", ""},
			{"Cambodia", "1999-04-30", ""},
			{"East Timor", "2025-10-26", ""},
		},
	},
	{
		// Members from the day the treaty came into force for them, 24
		// August 1949 for the twelve founders. Sixteen in 1987.
		name: "NATO", from: "1949-08-24",
		names: []string{"Atlantic alliance", "North Atlantic alliance", "the Western alliance", "the Western Alliance"},
		phrases: []string{
			"<name> allies", "# <name> allies",
			"#-{nation|member} " + groupWestern + "alliance",
		},
		members: []membership{
			{"Belgium", "1949-08-24", ""},
			{"Canada", "1949-08-24", ""},
			{"Denmark", "1949-08-24", ""},
			{"France", "1949-08-24", ""},
			{"Iceland", "1949-08-24", ""},
			{"Italy", "1949-08-24", ""},
			{"Luxembourg", "1949-08-24", ""},
			{"Netherlands", "1949-08-24", ""},
			{"Norway", "1949-08-24", ""},
			{"Portugal", "1949-08-24", ""},
			{"United Kingdom", "1949-08-24", ""},
			{"United States", "1949-08-24", ""},
			{"Greece", "1952-02-18", ""},
			{"Turkey", "1952-02-18", ""},
			{"West Germany", "1955-05-06", "1990-10-03"},
			{"Germany", "1990-10-03", ""},
			{"Spain", "1982-05-30", ""},
			{"Czech Republic", "1999-03-12", ""},
			{"Hungary", "1999-03-12", ""},
			{"Poland", "1999-03-12", ""},
			{"Bulgaria", "2004-03-29", ""},
			{"Estonia", "2004-03-29", ""},
			{"Latvia", "2004-03-29", ""},
			{"Lithuania", "2004-03-29", ""},
			{"Romania", "2004-03-29", ""},
			{"Slovakia", "2004-03-29", ""},
			{"Slovenia", "2004-03-29", ""},
			{"Albania", "2009-04-01", ""},
			{"Croatia", "2009-04-01", ""},
			{"Montenegro", "2017-06-05", ""},
			{"North Macedonia", "2020-03-27", ""},
			{"Finland", "2023-04-04", ""},
			{"Sweden", "2024-03-07", ""},
		},
	},
	{
		// From the Warsaw treaty of 14 May 1955 to its dissolution on 1
		// July 1991. Albania stayed away from 1961 and left in 1968; East
		// Germany left before unification.
		name: "Warsaw Pact", from: "1955-05-14", until: "1991-07-01",
		phrases: []string{"<name> allies", "# <name> allies"},
		members: []membership{
			{"Albania", "1955-05-14", "1968-09-13"},
			{"Bulgaria", "1955-05-14", ""},
			{"Czechoslovakia", "1955-05-14", ""},
			{"East Germany", "1955-05-14", "1990-09-24"},
			{"Hungary", "1955-05-14", ""},
			{"Poland", "1955-05-14", ""},
			{"Romania", "1955-05-14", ""},
			{"Soviet Union", "1955-05-14", ""},
		},
	},
	{
		name: "Gulf Cooperation Council", from: "1981-05-25",
		phrases: []string{"# {Gulf|Gulf Arab|Arab Gulf} {states|countries|nations|monarchies}"},
		members: []membership{
			{"Bahrain", "1981-05-25", ""},
			{"Kuwait", "1981-05-25", ""},
			{"Oman", "1981-05-25", ""},
			{"Qatar", "1981-05-25", ""},
			{"Saudi Arabia", "1981-05-25", ""},
			{"United Arab Emirates", "1981-05-25", ""},
		},
	},
	{
		// The permanent members of the United Nations Security Council,
		// from the Charter's coming into force on 24 October 1945.
		name: "Permanent Five", from: "1945-10-24",
		names: []string{"P5", "P-5"},
		phrases: []string{
			"five permanent members",
			"{the|five} permanent members of the {|U.N. |UN |United Nations }Security Council",
			"{the|five} permanent {|U.N. |UN |United Nations }Security Council members",
		},
		members: []membership{
			{"France", "1945-10-24", ""},
			{"United Kingdom", "1945-10-24", ""},
			{"United States", "1945-10-24", ""},
			{"Taiwan", "1945-10-24", "1971-10-25"},
			{"China", "1971-10-25", ""},
			{"Soviet Union", "1945-10-24", "1991-12-26"},
			{"Russia", "1991-12-26", ""},
		},
	},
	{
		// The United States and the Soviet Union, from the end of the
		// Second World War to the end of the Soviet Union.
		name: "Superpowers", from: "1945", until: "1991-12-26",
		phrases: []string{
			"the {|nuclear }superpowers",
			"{two|both} {|nuclear }superpowers",
		},
		members: []membership{
			{"Soviet Union", "1945", ""},
			{"United States", "1945", ""},
		},
	},
}

// europeanMembers are the members of the European Economic Community, the
// European Community and the European Union: each group takes those of its
// own years. Twelve from 1986, the Germany of 3 October 1990 in West
// Germany's place, and the United Kingdom until it left on 31 January 2020.
var europeanMembers = []membership{
	{"Belgium", "1958-01-01", ""},
	{"France", "1958-01-01", ""},
	{"Italy", "1958-01-01", ""},
	{"Luxembourg", "1958-01-01", ""},
	{"Netherlands", "1958-01-01", ""},
	{"West Germany", "1958-01-01", "1990-10-03"},
	{"Germany", "1990-10-03", ""},
	{"Denmark", "1973-01-01", ""},
	{"Ireland", "1973-01-01", ""},
	{"United Kingdom", "1973-01-01", "2020-02-01"},
	{"Greece", "1981-01-01", ""},
	{"Portugal", "1986-01-01", ""},
	{"Spain", "1986-01-01", ""},
	{"Austria", "1995-01-01", ""},
	{"Finland", "1995-01-01", ""},
	{"Sweden", "1995-01-01", ""},
	{"Cyprus", "2004-05-01", ""},
	{"Czech Republic", "2004-05-01", ""},
	{"Estonia", "2004-05-01", ""},
	{"Hungary", "2004-05-01", ""},
	{"Latvia", "2004-05-01", ""},
	{"Lithuania", "2004-05-01", ""},
	{"Malta", "2004-05-01", ""},
	{"Poland", "2004-05-01", ""},
	{"Slovakia", "2004-05-01", ""},
	{"Slovenia", "2004-05-01", ""},
	{"Bulgaria", "2007-01-01", ""},
	{"Romania", "2007-01-01", ""},
	{"Croatia", "2013-07-01", ""},
}

// groupTable is the built table of groups.
type groupTable struct {
	byName   map[string]*builtGroup // canonical name → group
	phrases  map[string]groupPhrase // phrase as written, without "the" → group
	first    *firstWordSet          // first words of the phrases
	maxWords int                    // words in the longest phrase, with "the"
	clashes  []string               // phrases of two groups, which TestGroupsUnique reports
}

// A groupPhrase is one phrase of a group; needThe says it matches only
// with a leading "the".
type groupPhrase struct {
	group   *builtGroup
	needThe bool
}

// A builtGroup is a group with its dates as day numbers ([groupDay]).
type builtGroup struct {
	name        string
	from, until int64
	members     []builtMembership
}

type builtMembership struct {
	country     string
	from, until int64
}

// on returns the sorted names of the group's members on day d.
func (g *builtGroup) on(d int64) []string {
	if d < g.from || d >= g.until {
		return nil
	}
	var names []string
	for _, m := range g.members {
		if m.from <= d && d < m.until {
			names = append(names, m.country)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// counts returns every number of members the group has had, in order.
func (g *builtGroup) counts() []int {
	days := []int64{g.from}
	for _, m := range g.members {
		days = append(days, m.from, m.until)
	}
	var counts []int
	for _, d := range days {
		if n := len(g.on(d)); n > 0 && !slices.Contains(counts, n) {
			counts = append(counts, n)
		}
	}
	slices.Sort(counts)
	return counts
}

var loadGroups = sync.OnceValue(func() *groupTable { return buildGroups(groups, loadWords().organisations) })

// buildGroups builds the table from rows and the organisations' names (name
// as written → canonical name). It panics on a malformed date or template,
// which the tests catch.
func buildGroups(rows []group, organisations map[string]string) *groupTable {
	t := &groupTable{
		byName:  make(map[string]*builtGroup),
		phrases: make(map[string]groupPhrase, 1<<15),
		first:   newFirstWordSet(),
	}
	orgNames := make(map[string][]string)
	for n, canonical := range organisations {
		orgNames[canonical] = append(orgNames[canonical], n)
	}
	for _, row := range rows {
		g := &builtGroup{name: row.name, from: parseGroupDay(row.name, row.from, 0), until: parseGroupDay(row.name, row.until, math.MaxInt64)}
		for _, m := range row.members {
			g.members = append(g.members, builtMembership{
				country: m.country,
				from:    parseGroupDay(row.name, m.from, 0),
				until:   parseGroupDay(row.name, m.until, math.MaxInt64),
			})
		}
		t.byName[row.name] = g
		counts := g.counts()

		// The proper names: the canonical one, the organisation's, and
		// the row's own. Those with "the" and the longest stand for no
		// <name>.
		names := slices.Clone(orgNames[row.name])
		slices.Sort(names)
		var templated []string
		for _, n := range append(names, row.names...) {
			if !strings.HasPrefix(n, "the ") && countWords(n) <= maxTemplatedWords {
				templated = append(templated, n)
			}
		}
		t.add(g, row.name, false)
		for _, n := range append(names, row.names...) {
			t.add(g, n, false)
		}
		var templates []string
		if len(templated) > 0 {
			templates = append(templates, groupPhrases...)
		}
		templates = append(templates, row.phrases...)
		for _, tmpl := range templates {
			for _, p := range expandGroupPhrase(tmpl, templated, counts) {
				t.add(g, p, true)
			}
		}
	}
	slices.Sort(t.clashes)
	t.clashes = slices.Compact(t.clashes)
	return t
}

// add adds phrase p of group g: without its article, which it then needs,
// and, for a description (sentenceCase) that starts in lower case, also
// capitalised.
func (t *groupTable) add(g *builtGroup, p string, sentenceCase bool) {
	if p = strings.TrimSpace(p); strings.Contains(p, "  ") {
		p = strings.Join(strings.Fields(p), " ") // an empty alternative
	}
	bare, needThe := strings.CutPrefix(p, "the ")
	t.put(g, bare, needThe)
	if r, n := utf8.DecodeRuneInString(bare); sentenceCase && !needThe && unicode.IsLower(r) {
		t.put(g, string(unicode.ToUpper(r))+bare[n:], false)
	}
}

func (t *groupTable) put(g *builtGroup, bare string, needThe bool) {
	if bare == "" {
		return
	}
	if prev, ok := t.phrases[bare]; ok {
		if prev.group != g {
			t.clashes = append(t.clashes, fmt.Sprintf("%q: both %s and %s", bare, prev.group.name, g.name))
			return
		}
		needThe = needThe && prev.needThe // one form without the article is enough
	}
	t.phrases[bare] = groupPhrase{group: g, needThe: needThe}
	t.first.add(firstWord(bare))
	t.maxWords = max(t.maxWords, strings.Count(bare, " ")+2) // and "the"
}

// expandGroupPhrase returns the phrases a template stands for (see
// [group]), given the group's proper names and numbers of members.
func expandGroupPhrase(tmpl string, names []string, counts []int) []string {
	var out []string
	for _, s := range groupAlternatives(tmpl) {
		counted := []string{s}
		if strings.Contains(s, "#") {
			counted = nil
			for _, n := range counts {
				counted = append(counted, strings.ReplaceAll(s, "#", strconv.Itoa(n)))
			}
		}
		for _, s := range counted {
			for _, s := range groupNumberForms(s) {
				if !strings.Contains(s, "<name>") {
					out = append(out, s)
					continue
				}
				for _, n := range names {
					out = append(out, strings.ReplaceAll(s, "<name>", n))
				}
			}
		}
	}
	return out
}

// groupAlternatives expands the {a|b} groups of s into every choice.
func groupAlternatives(s string) []string {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		if strings.Contains(s, "}") {
			panic(fmt.Sprintf("lexicon: group phrase %q: } without {", s))
		}
		return []string{s}
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 || strings.Contains(s[i+1:i+j], "{") {
		panic(fmt.Sprintf("lexicon: group phrase %q: unclosed {", s))
	}
	j += i
	var out []string
	for _, alt := range strings.Split(s[i+1:j], "|") {
		out = append(out, groupAlternatives(s[:i]+alt+s[j+1:])...)
	}
	return out
}

// groupNumberForms returns s with its first number written as a word and
// in digits, or s alone if it has none. A number is a word of its own or the
// part of a word before a hyphen: "seven", "13" in "13-nation",
// "twenty-six" in "twenty-six-nation".
func groupNumberForms(s string) []string {
	words := strings.Split(s, " ")
	for k, w := range words {
		for cut := len(w); cut > 0; cut = strings.LastIndexByte(w[:cut], '-') {
			n, ok := parseGroupNumber(w[:cut])
			if !ok {
				continue
			}
			var out []string
			for _, f := range []string{groupNumberWord(n), strconv.Itoa(n)} {
				c := slices.Clone(words)
				c[k] = f + w[cut:]
				out = append(out, strings.Join(c, " "))
			}
			return out
		}
	}
	return []string{s}
}

// parseGroupNumber reads a number from 1 to 99 written in digits or as a
// lower-case word.
func parseGroupNumber(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil && s[0] != '+' && s[0] != '-' {
		return n, n >= 1 && n <= 99
	}
	n, ok := groupNumbersByWord[s]
	return n, ok
}

// groupNumberWord writes n, from 1 to 99, as a word: "seven", "twenty-six".
func groupNumberWord(n int) string {
	ones := [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens := [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	switch {
	case n < 20:
		return ones[n]
	case n%10 == 0:
		return tens[n/10]
	default:
		return tens[n/10] + "-" + ones[n%10]
	}
}

// groupNumbersByWord maps the words for 1 to 99 to their numbers.
var groupNumbersByWord = func() map[string]int {
	m := make(map[string]int, 99)
	for n := 1; n <= 99; n++ {
		m[groupNumberWord(n)] = n
	}
	return m
}()

// groupDay returns a calendar date as a number that sorts as the dates
// do: 19870413 for 13 April 1987.
func groupDay(year, month, day int) int64 {
	return int64(year)*10000 + int64(month)*100 + int64(day)
}

// parseGroupDay returns the day number of a table date, YYYY-MM-DD,
// YYYY-MM or YYYY (the first day of the month or year), or none for "".
// It panics on anything else.
func parseGroupDay(group, s string, none int64) int64 {
	if s == "" {
		return none
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if d, err := time.Parse(layout, s); err == nil {
			return groupDay(d.Year(), int(d.Month()), d.Day())
		}
	}
	panic(fmt.Sprintf("lexicon: group %s: bad date %q", group, s))
}
