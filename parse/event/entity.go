package event

import (
	"slices"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/parse/lexicon"
	"github.com/dateline-dev/dateline/timeline"
)

// An entity is an actor the document talks about: a person, a country or
// an organisation, under its canonical name.
type entity struct {
	actor   timeline.Actor
	aliases []string // single-word names it is called by later: "Kim", "Putin"
	female  bool     // known from a title: Queen, Mrs., Princess
	count   int      // how often the document has named it so far
	first   int      // the number of the sentence that named it first, from 1
	last    int      // the number of the sentence that named it last
	// private marks a person named by a company's or a private body's
	// office ("Rockwell International Corp president Donald Beall",
	// "Karsten Mahlmann, chairman of the Chicago Board of Trade"):
	// whose journeys and meetings are business, not diplomacy.
	private bool
}

// femaleTitles are the titles that tell a person is a woman.
var femaleTitles = map[string]bool{
	"Queen": true, "Mrs.": true, "Ms.": true, "Mrs": true, "Ms": true, "Princess": true,
	"Lady": true, "Madame": true, "Empress": true, "Dame": true, "Baroness": true,
	"Chairwoman": true,
}

// lastOf returns the person mentioned last who is (or, for false, is not
// known to be) a woman.
func (es *entities) lastOf(female bool) *entity {
	for i := len(es.all) - 1; i >= 0; i-- {
		if e := es.all[i]; e.actor.Type == "person" && e.female == female {
			return e
		}
	}
	return nil
}

// mentionKind tells what a mention refers to.
type mentionKind int

const (
	mentionActor  mentionKind = iota // a person, country or organisation
	mentionCity                      // a city: a place, not an actor
	mentionRegion                    // a part of the world: a place, not an actor
)

// A mention is a phrase of a sentence that refers to an entity or a city.
type mention struct {
	kind    mentionKind
	ent     *entity       // for mentionActor
	city    lexicon.City  // for mentionCity
	region  string        // for mentionRegion
	country *entity       // for a country mention, also its entity
	t0, t1  int           // token range [t0, t1) in the sentence
	span    timeline.Span // in the document
	prep    string        // the preposition before the mention, lower case, or ""
	poss    bool          // followed by a possessive 's, or a possessive pronoun
	pronoun bool          // he, his, she, her, him
	object  bool          // the object of an earlier event of its sentence: no subject of a later one
	partner *entity       // the second of "the two leaders", whose first is ent
	others  []*entity     // the third and later of "the three leaders", "they" for a list of people
	pair    bool          // two states named by one adjective: "Franco-German"
	party   bool          // a state's people named as a group ("a Japanese delegation"), who may travel
}

// entities keeps the actors of one document and resolves later mentions
// ("Kim", "he", "his Russian counterpart") to them.
type entities struct {
	// listFrom is the token after the last name of a list after a
	// plural description ("their Russian counterparts, Sergei Lavrov"),
	// where the list may go on with "and", and listState their state.
	listFrom  int
	listState string
	// here is the place of the story's dateline: a city of its name is
	// that one ("Palm Beach" under "PALM BEACH, Fla." is Florida's).
	here       timeline.Place
	all        []*entity
	byName     map[string]*entity
	lastPerson *entity
	recent     []*entity // the last five people named, in order, each once
	// recentStates are the last two states named as parties, in
	// order: "Japan tightened export controls on South Korea ... the
	// two countries".
	recentStates []*entity
	lastList     []*entity // the people the last sentence that opened with a list of people named
	prevPerson   *entity   // the person named before lastPerson, another one
	lastSubject  *entity
	lastCountry  *entity // the last country named, what "the country" is
	lastBody     *entity // the last organisation named, whose "board" or "council" meets
	// bodyRead is the sentence (of read) that named lastBody last:
	// "the leaders" right after a body's meeting, in a sentence that
	// named no one, are its members.
	bodyRead   int
	personRead int // the sentence that named lastPerson
	read       int // the sentences read so far, the headline's included
	// home is the country whose government speaks in the story, and
	// day its anchor: "the President" it names by title alone is who
	// held that office then (see [entities.voice]).
	home string
	// holders caches who held each home office on the story's day.
	holders map[string]string
	day     time.Time
	// secretary is the office "the Secretary" names in home's texts.
	secretary string
	// pluralRole is the role of a plural title just read ("Prime
	// Ministers X of China and Y of Portugal"): the name after "and"
	// holds it too.
	pluralRole string
}

// topBody returns the organisation the story has named most often so far
// (the last named of those tied), or nil.
func (es *entities) topBody() *entity {
	top := es.lastBody
	for _, e := range es.all {
		if e.actor.Type == "organisation" && (top == nil || e.count > top.count) {
			top = e
		}
	}
	return top
}

func newEntities() *entities { return &entities{byName: map[string]*entity{}} }

// afterCountry are words after "U.S." or "US" that make it the country,
// not an adjective: "will visit US next week", "arrived in U.S. today".
var afterCountry = wordSet(`next last this today tomorrow yesterday tonight early later soon again`)

// voice sets whose government speaks in doc: the country of its
// dateline, else the United States when the story has no dateline and
// names a U.S. department or the White House (a readout, a briefing).
func (es *entities) voice(doc timeline.Document) {
	es.day = doc.Anchor.Earliest
	es.here = doc.Dateline.Place
	if c := doc.Dateline.Place.Country; c != "" {
		es.home = c
	} else if doc.Dateline.Place.City == "" {
		t := doc.Title + " " + doc.Text
		for _, w := range usVoice {
			if strings.Contains(t, w) {
				es.home = "United States"
				break
			}
		}
	}
	if es.home != "United States" {
		return
	}
	t := doc.Title + " " + doc.Text
	switch {
	case strings.Contains(t, "Defense") || strings.Contains(t, "Pentagon"):
		es.secretary = "defense secretary"
	case strings.Contains(t, "State Department") || strings.Contains(t, "Department of State") || strings.Contains(t, "Secretary of State"):
		es.secretary = "secretary of state"
	}
}

// usVoice are words only a U.S. government text, or one about it, has.
var usVoice = []string{"White House", "State Department", "Department of State", "Pentagon", "Department of Defense",
	"Readout of the President", "Readout of the Vice President", "the President’s", "the President's", "The President", "The Vice President",
	"The Secretary", "The Deputy Secretary",
	// The titles the White House gives its transcripts and statements.
	"Remarks by President", "Remarks by Vice President", "Remarks by the President", "Remarks by the Vice President",
	"Statement by President", "Statement by Vice President", "Statement from President", "Statement from Vice President"}

// officeHolder returns the entity of who held role in the home country
// on the story's day, or nil when it is not known.
func (es *entities) officeHolder(role string) *entity {
	if role == "secretary" {
		role = es.secretary
	}
	name := es.holder(role)
	if name == "" {
		return nil
	}
	return es.person(name, role, es.home)
}

// holder returns who held role in the home country on the story's day,
// or "" when it is not known; each role is looked up once a story.
func (es *entities) holder(role string) string {
	if es.home == "" || es.day.IsZero() || role == "" {
		return ""
	}
	name, seen := es.holders[role]
	if !seen {
		name, _ = lexicon.Holder(es.home, role, es.day)
		if es.holders == nil {
			es.holders = map[string]string{}
		}
		es.holders[role] = name
	}
	return name
}

// holdsHomeOffice reports whether name is, by surname, who held role in
// the home country on the story's day.
func (es *entities) holdsHomeOffice(name, role string) bool {
	if name == "" {
		return false
	}
	roles := []string{role}
	switch role {
	case "":
		// "Barack Obama" named alone in his own government's text.
		roles = []string{"president"}
	case "secretary":
		roles = []string{es.secretary, "secretary of state", "defense secretary"}
	}
	last := func(s string) string { f := strings.Fields(s); return f[len(f)-1] }
	for _, r := range roles {
		if h := es.holder(r); h != "" && last(h) == last(name) {
			return true
		}
	}
	return false
}

// person returns the entity for a person with the full name name, making
// it on first sight, and fills in role and country where they were
// unknown.
func (es *entities) person(name, role, country string) *entity {
	name = withoutHonorifics(name)
	if len(name) > 1 && strings.ToUpper(name) == name && strings.ToLower(name) != name {
		// "PRIME MINISTER JOHNSON:" labels a speaker in a transcript:
		// the name is "Johnson", "PRIME MINISTER MAY:" "May".
		name = nameCase(name)
	}
	if country == "" && es.holdsHomeOffice(name, role) {
		// "Secretary Clinton" in a State Department text is the
		// home country's secretary: she is at home in New York.
		country = es.home
	}
	if country == "" && (role == "president" || role == "prime minister" || role == "premier" || role == "chancellor" ||
		role == "leader" || role == "general secretary" || role == "vice president" || role == "" && strings.Contains(name, " ")) {
		// "President Donald Trump arrived in Hanoi": the head of state
		// or government the lexicon knows on the story's day is of his
		// state, which the story need not print.
		if c, ok := lexicon.LeaderOf(name, role, es.day); ok {
			country = c
		}
	}
	if e := es.byName[name]; e != nil && e.actor.Type == "person" {
		if e.actor.Role == "" {
			e.actor.Role = role
		}
		if e.actor.Country == "" {
			e.actor.Country = country
		}
		return e
	}
	// A single word that is a known person's alias is that person.
	if !strings.Contains(name, " ") {
		if e := es.aliasAs(name, role); e != nil {
			return e
		}
	}
	parts := strings.Fields(name)
	if len(parts) > 1 {
		// A person first met by one name ("North Korean leader Kim" in
		// a headline) gets the full name when the text gives it.
		for _, short := range []string{parts[0], parts[len(parts)-1]} {
			e := es.byName[short]
			if e == nil || e.actor.Type != "person" || country != "" && e.actor.Country != "" && e.actor.Country != country {
				continue
			}
			if e.actor.Role != "" && e.actor.Role != role {
				continue // "President Reagan" does not become "Nancy Reagan"
			}
			e.actor.Name = name
			e.actor.Role = or(e.actor.Role, role)
			e.actor.Country = or(e.actor.Country, country)
			e.aliases = []string{parts[0], parts[len(parts)-1]}
			es.byName[name] = e
			return e
		}
	}
	if len(parts) > 1 {
		// "Perez de Cuellar" after "Javier Perez de Cuellar": the end of
		// a full name named before.
		for k := len(es.all) - 1; k >= 0; k-- {
			if e := es.all[k]; e.actor.Type == "person" && strings.HasSuffix(e.actor.Name, " "+name) {
				return e
			}
		}
		// "Nuri al-Maliki" after "Nouri al-Maliki": the same family
		// name, the given name spelt one letter off.
		for k := len(es.all) - 1; k >= 0; k-- {
			e := es.all[k]
			ep := strings.Fields(e.actor.Name)
			if e.actor.Type == "person" && len(ep) == len(parts) && ep[len(ep)-1] == parts[len(parts)-1] &&
				len(ep[0]) >= 3 && len(parts[0]) >= 3 && oneEdit(ep[0], parts[0]) {
				return e
			}
		}
	}
	e := &entity{actor: timeline.Actor{Name: name, Type: "person", Role: role, Country: country}}
	if len(parts) > 1 {
		e.aliases = []string{parts[0], parts[len(parts)-1]}
		// "Margaret Thatcher left Bonn ... ahead of her visit to
		// Moscow": a woman's given name makes "she" and "her" hers.
		e.female = femaleNames[parts[0]]
	}
	es.all = append(es.all, e)
	es.byName[name] = e
	return e
}

// styles are honorifics a name may carry before it that are no part of
// it: Malaysia's federal and state titles ("Datuk Seri Anwar Ibrahim",
// "Tun Dr Mahathir Mohamad", later "Anwar" and "Dr Mahathir"), and
// academic ones.
var styles = []string{"Tun", "Toh Puan", "Tan Sri", "Puan Sri", "Datuk Seri", "Datuk Sri", "Dato' Seri", "Dato' Sri", "Dato Seri", "Dato Sri",
	"Datuk", "Dato'", "Dato", "Datin Paduka", "Datin Seri", "Datin Sri", "Datin", "Dr.", "Dr", "Prof.", "Prof", "Professor", "Haji", "Hajah"}

// withoutHonorifics returns name without the honorifics it opens with,
// when a name is left.
func withoutHonorifics(name string) string {
	for again := true; again; {
		again = false
		for _, h := range styles {
			if rest, ok := strings.CutPrefix(name, h+" "); ok && strings.TrimSpace(rest) != "" {
				name, again = strings.TrimSpace(rest), true
				break
			}
		}
	}
	return name
}

// femaleNames are women's given names of people in the news of
// government: heads of state and government, ministers and envoys.
var femaleNames = wordSet(`Margaret Corazon Indira Benazir Golda Gro Hillary Condoleezza Madeleine Angela Theresa
	Julia Jacinda Christine Ursula Kamala Nancy Elizabeth Mary Anne Ann Catherine Helen Sarah Susan Janet Gina Samantha
	Nikki Liz Annalena Hasina Khaleda Yingluck Michelle Federica Kristalina Ngozi Alicia
	Cristina Dilma Michele Violeta Chandrika Sirimavo Megawati Gloria Ellen Joyce Sahle-Work Mette Sanna Jacinta
	Giorgia Penny Marise Julie Laura Claudia Xiomara Dina Sylvie Ruth Ana Maria Marina Valentina Carla Edith Simone
	Beate Brigitte Helle Erna Kaja Ingrid Anna Emma Jane Kathleen Linda Patricia Barbara Jennifer Rosa`)

// rename gives the actors of events the names their entities came to
// have: "Kim" of a headline is "Kim Jong Un" once the story names him in
// full.
func (es *entities) rename(events []timeline.Event) {
	fix := func(ev *timeline.Event, as []timeline.Actor) {
		for i := range as {
			if e := es.byName[as[i].Name]; e != nil && e.actor.Type == as[i].Type && e.actor.Name != as[i].Name &&
				!strings.Contains(ev.Summary, e.actor.Name) {
				ev.Summary = replaceName(ev.Summary, as[i].Name, e.actor.Name)
				as[i].Name = e.actor.Name
				as[i].Role = or(as[i].Role, e.actor.Role)
				as[i].Country = or(as[i].Country, e.actor.Country)
			}
		}
	}
	for i := range events {
		fix(&events[i], events[i].Actors)
		fix(&events[i], events[i].Recipients)
	}
}

// replaceName replaces the first whole-word old in s with new: a word
// ends before a space, a comma or a possessive's apostrophe.
func replaceName(s, old, new string) string {
	if old == "" {
		return s
	}
	for i := 0; ; {
		k := strings.Index(s[i:], old)
		if k < 0 {
			return s
		}
		k += i
		end := k + len(old)
		if (k == 0 || s[k-1] == ' ') && (end == len(s) || s[end] == ' ' || s[end] == ',' || s[end] == '\'') {
			return s[:k] + new + s[end:]
		}
		i = end
	}
}

// named returns the entity for a country or an organisation.
func (es *entities) named(name, typ, country string) *entity {
	if e := es.byName[name]; e != nil {
		return e
	}
	e := &entity{actor: timeline.Actor{Name: name, Type: typ, Country: country}, first: es.read}
	es.all = append(es.all, e)
	es.byName[name] = e
	return e
}

// alias returns the most recently made person whose first or last name is
// w: family names come first in Korean and Chinese names, last in most
// others.
func (es *entities) alias(w string) *entity { return es.aliasAs(w, "") }

// aliasAs is alias for a name read with its title: of the people the
// name may stand for, one who holds role comes first ("President Biden"
// after "President Joe Biden and First Lady Jill Biden" is Joe Biden).
func (es *entities) aliasAs(w, role string) *entity {
	var best *entity
	fits := func(e *entity) bool { return role != "" && e.actor.Role == role }
	for i := len(es.all) - 1; i >= 0; i-- {
		e := es.all[i]
		if e.actor.Type != "person" {
			continue
		}
		if role != "" && e.actor.Role != "" && role != e.actor.Role && (royalRoles[role] || royalRoles[e.actor.Role]) {
			continue // "King Salman" is not Crown Prince Mohammed bin Salman: a family's names are shared
		}
		for _, a := range e.aliases {
			if a != w {
				continue
			}
			if best == nil || fits(e) && !fits(best) || fits(e) == fits(best) && e.count > best.count {
				best = e // "Reagan" is the Reagan the story names most
			}
		}
	}
	return best
}

// royalRoles are the titles of ruling families, whose members share
// names: a king and a crown prince of one name are two people.
var royalRoles = wordSet(`king queen prince princess emir sultan sheikh emperor empress`)

// misspelt returns the person whose surname w misspells by one letter
// added, dropped or changed ("Schultz" for Shultz), for names of five
// letters or more that the gazetteer does not know.
func (es *entities) misspelt(w string) *entity {
	if len(w) < 5 {
		return nil
	}
	if _, ok := lexicon.LookupCity(w); ok {
		return nil
	}
	for i := len(es.all) - 1; i >= 0; i-- {
		e := es.all[i]
		if e.actor.Type != "person" || len(e.aliases) == 0 {
			continue
		}
		if a := e.aliases[len(e.aliases)-1]; len(a) >= 5 && oneEdit(a, w) {
			return e
		}
	}
	return nil
}

// oneEdit reports whether a and b differ by exactly one inserted,
// deleted or changed byte.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// described returns the person a description such as "the North Korean
// leader" or "his Russian counterpart" refers to: the most recent person
// of that country (and that role, when one is given and known), other
// than exclude.
func (es *entities) described(country, role string, exclude *entity) *entity {
	if country == "" && role != "" {
		// "President Obama held talks with Kenyan President Kenyatta
		// ... Kenyatta will host a dinner for Obama ... the president
		// is scheduled to address the Kenyan people": of two people of
		// the office, the one the story names most; of those tied, the
		// one named last ("Reagan, who arrived here Friday evening, was
		// received by Emperor Hirohito ... The President spent three
		// days on Bali", Mitterrand named as often before).
		var best *entity
		for _, e := range es.all {
			if e != exclude && e.actor.Type == "person" && strings.HasSuffix(e.actor.Role, role) &&
				(best == nil || e.count > best.count || e.count == best.count && e.last >= best.last) {
				best = e
			}
		}
		if best != nil {
			return best
		}
	}
	for i := len(es.all) - 1; i >= 0; i-- {
		e := es.all[i]
		if e == exclude || e.actor.Type != "person" {
			continue
		}
		if country != "" && e.actor.Country != country {
			continue
		}
		if role != "" && !strings.HasSuffix(e.actor.Role, role) && !(diplomats[role] && diplomats[e.actor.Role]) && !(role == "leader" && leaderRoles[e.actor.Role]) {
			continue // "the prince" is a crown prince, not any person; "the envoy" may be the ambassador; "the Russian leader" its president
		}
		if country == "" && role == "" {
			continue
		}
		return e
	}
	return nil
}

// leaderRoles are the offices "the Russian leader" may stand for: a
// head of state or of government.
var leaderRoles = map[string]bool{
	"president": true, "premier": true, "chancellor": true, "king": true, "queen": true, "emir": true, "sultan": true,
	"prime minister": true, "general secretary": true, "supreme leader": true, "head of state": true,
	"head of government": true, "crown prince": true,
}

// diplomats are the roles "the envoy" and "the ambassador" may each
// stand for.
var diplomats = map[string]bool{"ambassador": true, "envoy": true, "chargé d'affaires": true}

// clauseJoins open a clause after a noun: "a visit to the Ivory Coast
// during which ...".
var clauseJoins = wordSet(`during which who whom where when while and or but as since until because although though unless if whereas so yet nor`)

// prepositions that put a mention outside the subject of a clause.
var prepositions = map[string]bool{
	"with": true, "to": true, "of": true, "by": true, "in": true, "for": true,
	"from": true, "at": true, "on": true, "into": true, "about": true, "against": true,
	"between": true, "among": true, "toward": true, "towards": true, "than": true,
	"like": true, "after": true, "before": true, "amid": true, "via": true, "near": true,
}

// placePreps put a state before a title as a place, not as the
// person's: "in Japan Prime Minister Abe said".
var placePreps = wordSet(`in at from to into across`)

// leads reports whether "by" at k names the head of a party that acts
// for them: "a delegation led by Foreign Minister X will visit", "a
// commission headed by Minister Y will travel to Ecuador". The head is
// the clause's subject, as the party's leader.
func leads(toks []token, k int) bool {
	return k >= 2 && toks[k].low == "by" && (toks[k-1].low == "led" || toks[k-1].low == "headed") && parties[toks[k-2].low]
}

// parties are the groups a leader heads on a journey or at talks.
var parties = wordSet(`delegation delegations commission mission team group party envoys negotiators officials experts`)

// lowerTitleWords are the words a title written in lower case can start
// with ("leader Kim Jong Un", "foreign minister Eduard Shevardnadze");
// titled mentions are looked for only at them and at capitalised words.
var lowerTitleWords = map[string]bool{
	"leader": true, "president": true, "premier": true, "prime": true, "minister": true,
	"foreign": true, "chancellor": true, "king": true, "queen": true, "secretary": true,
	"envoy": true, "ambassador": true, "chairman": true, "vice": true, "deputy": true,
	"defense": true, "defence": true, "finance": true, "trade": true, "supreme": true,
	"crown": true, "pope": true, "emperor": true, "prince": true, "spokesman": true,
	"spokeswoman": true, "general": true, "party": true, "state": true, "treasury": true,
	"commerce": true, "economy": true, "interior": true, "special": true, "senior": true,
}

// honorifics introduce a name without a role.
// rankTitles are titles of rank that may follow an office before a name:
// "President Sheikh Zaid", "Prime Minister Prince Sultan", "Supreme Leader
// Ayatollah Ali Khamenei".
var rankTitles = map[string]bool{"sheikh": true, "prince": true, "crown prince": true, "emir": true, "sultan": true, "king": true, "ayatollah": true}

var honorifics = map[string]bool{"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Mr": true, "Mrs": true, "Ms": true}

// pronouns that refer back to a person.
var pronouns = map[string]bool{"he": true, "his": true, "him": true, "she": true, "her": true}

// notName lists capitalised words that never start or continue a
// person's name.
var notName = map[string]bool{
	"The": true, "A": true, "An": true, "On": true, "In": true, "At": true, "By": true,
	"Photo": true, "He": true, "She": true, "It": true, "They": true, "But": true,
	"And": true, "Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "January": true, "February": true,
	"March": true, "April": true, "May": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true,
	"Following": true, "Before": true, "After": true, "During": true, "While": true,
	"Flanked": true, "His": true, "Her": true, "Their": true, "This": true, "That": true,
	"Updated": true, "Reuters": true, "UPI": true, "AP": true, "AFP": true, "Yonhap": true,
	// Institutions: "the new Parliament was under way".
	"Parliament": true, "Congress": true, "Senate": true, "Cabinet": true, "Government": true,
	"Ministry": true, "Court": true, "Assembly": true, "Legislature": true, "Diet": true, "Duma": true,
	// Features of a map: "the Taiwan Strait would be".
	"Strait": true, "Straits": true, "Sea": true, "Gulf": true, "Ocean": true, "River": true,
	"Bay": true, "Canal": true, "Peninsula": true, "Island": true, "Islands": true,
	"Desert": true, "Lake": true, "Valley": true, "Mountains": true, "Coast": true,
	// Capitalised at the start of a sentence, never names: "There is".
	"There": true, "Here": true, "These": true, "Those": true, "Such": true, "Some": true,
	"Many": true, "Most": true, "All": true, "Both": true, "Each": true, "Other": true,
	"Others": true, "Another": true, "One": true, "Two": true, "Three": true, "Several": true,
	"What": true, "Which": true, "Who": true, "Where": true, "When": true, "Why": true,
	"How": true, "If": true, "As": true, "So": true, "Yet": true, "Still": true, "Also": true,
	"Now": true, "Then": true, "Asked": true, "However": true, "Meanwhile": true,
	"Although": true, "Despite": true, "Because": true, "Since": true, "Until": true,
	"Under": true, "Over": true, "With": true, "Without": true, "Among": true, "Earlier": true,
	"Later": true, "Last": true, "Next": true, "We": true, "I": true, "You": true, "Our": true,
	"Its": true, "My": true, "Your": true, "Nor": true, "Or": true, "For": true, "From": true,
	"News": true, "Agency": true, "Advertising": true, "Sources": true, "Officials": true,
	"I'm": true, "I’m": true, "We're": true, "It's": true, "Let's": true, "That's": true, "I've": true, "I'd": true,
}

// corporate words mark a capitalised run as a company or an institution,
// not a person: "General Automation Inc", "Bank of Tokyo".
var corporate = map[string]bool{
	"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Co": true, "Co.": true, "Ltd": true,
	"Ltd.": true, "Plc": true, "PLC": true, "plc": true, "Group": true, "Bank": true, "Company": true,
	"Corporation": true, "Industries": true, "Holdings": true, "Fund": true, "Association": true,
	"Council": true, "Committee": true, "Ministry": true, "Department": true, "Exchange": true,
	"Board": true, "Party": true, "Union": true, "Airlines": true, "Motors": true, "Systems": true,
	"Technologies": true, "Energy": true, "Oil": true, "Petroleum": true, "Securities": true,
	"Trust": true, "Partners": true, "Services": true, "Communications": true, "Electric": true,
	"International": true, "Commission": true, "Office": true, "Institute": true, "University": true,
	"Times": true, "Post": true, "Journal": true, "Herald": true, "Press": true, "Tribune": true,
	"Gazette": true, "Daily": true, "Shimbun": true, "Service": true, "Review": true,
	// Companies in the languages of their states: "Entreprise Nationale
	// des Non-ferreux", "Empresa Nacional", "Societe Generale".
	"Entreprise": true, "Empresa": true, "Societe": true, "Société": true, "Compania": true, "Compañía": true,
	"Companhia": true, "Societa": true, "Gesellschaft": true, "GmbH": true, "AG": true, "SA": true, "S.A.": true, "SpA": true,
	"Petroleos": true, "Petróleos": true, "Petroleo": true, "Petróleo": true,
	"Acquisition": true, "Partnership": true, "Investors": true, "Capital": true, "Ventures": true,
}

// mentions finds the actor and city mentions of one sentence's tokens,
// resolving them against what the document said before.
func (es *entities) mentions(toks []token) []mention {
	es.pluralRole = ""
	es.listFrom = -1
	es.read++
	var out []mention
	subjectSeen := false
	add := func(m mention) {
		if m.kind == mentionActor && m.ent.actor.Type == "person" && !m.pronoun {
			m.t0 = officeStart(toks, m.t0) // "Finance Ministry secretary Nailson Nobrega"
		}
		if n := len(out); n > 0 && m.t0 > 0 && toks[m.t0-1].possessive() && m.kind == mentionActor && m.ent.actor.Type == "person" {
			// "Sri Lanka's Finance Minister Ronnie de Mel": the country is
			// the minister's, not a participant of its own.
			if prev := out[n-1]; prev.country != nil && prev.t1 == m.t0-1 {
				if m.ent.actor.Country == "" {
					m.ent.actor.Country = prev.ent.actor.Name
				}
				out = out[:n-1]
				m.t0 = prev.t0
			}
		}
		if n := len(out); n > 0 && m.kind == mentionActor && m.ent.actor.Type == "person" && !m.pronoun {
			// "NATO Secretary General Jens Stoltenberg", "AU Chairperson
			// Jean Ping": the body names the person's office; the
			// person is the one met.
			if prev := out[n-1]; prev.t1 == m.t0 && prev.kind == mentionActor && prev.ent.actor.Type == "organisation" && !prev.poss {
				out = out[:n-1]
				m.t0 = prev.t0
			} else if prev.t1 == m.t0 && prev.country != nil && !prev.poss && !placePreps[prev.prep] {
				// "the President's call with UK Prime Minister Brown":
				// the state is the person's; "in Japan Prime Minister
				// Abe said" keeps the place.
				if m.ent.actor.Country == "" {
					m.ent.actor.Country = prev.ent.actor.Name
				}
				out = out[:n-1]
				m.t0 = prev.t0
			}
		}
		if k := m.t0 - 1; k >= 0 {
			if personModifiers[toks[k].low] && k > 0 && m.kind == mentionActor && m.ent != nil && m.ent.actor.Type == "person" {
				k-- // "talks with visiting Brazilian President Lula", "with outgoing Premier Li Keqiang"
			}
			if toks[k].low == "visiting" && k > 0 {
				k-- // "talks with visiting Brazilian President Lula"
			}
			if toks[k].low == "the" && k > 0 || m.party && (toks[k].low == "a" || toks[k].low == "an") && k > 0 {
				k-- // "from the United States", "between a Yugoslav delegation and"
			}
			if m.country != nil {
				k = pastModifiers(toks, k) // "between financially troubled Zaire and the IMF"
			}
			if m.country != nil && k > 1 && (toks[k].low == "senior" || toks[k].low == "top" || toks[k].low == "visiting") && (toks[k-1].low == "a" || toks[k-1].low == "the") {
				k -= 2 // "by a senior State Department official"
			}
			if k >= 2 && toks[k].low == "of" && m.country != nil && envoys[toks[k-1].low] {
				// "met with representatives of the Soviet Union": the
				// envoys stand for their state, with the preposition
				// before them.
				m.t0, k = k-1, k-2
			}
			if k >= 2 && toks[k].low == "of" && m.kind == mentionCity && settlementNouns[toks[k-1].low] {
				// "in the French seaside resort of Biarritz": the
				// preposition before the place's description.
				j := k - 2
				for j > 0 && k-j < 6 && (toks[j].word() && !prepositions[toks[j].low] || toks[j].low == "the") {
					j--
				}
				k = j
			}
			if p := toks[k].low; prepositions[p] && !leads(toks, k) {
				m.prep = p
			}
		}
		if m.prep == "" && len(out) > 0 {
			// "between France and the United States": the second conjunct
			// shares the first's preposition.
			prev := out[len(out)-1]
			k := m.t0 - 1
			if k >= 0 && toks[k].low == "the" {
				k--
			}
			if k >= 0 && k == prev.t1 && (toks[k].low == "and" || toks[k].low == "or") {
				m.prep = prev.prep
			}
			if m.kind == mentionActor && m.ent.actor.Type == "person" && prev.country != nil && prev.poss && prev.prep != "" &&
				m.t0 == prev.t1+1 && toks[prev.t1].possessive() {
				// "a summit with North Korea's Kim Jong Un": the person
				// the state's name qualifies is the one met.
				m.prep = prev.prep
			}
			if m.country != nil && prev.kind == mentionCity && m.t0 == prev.t1+1 && toks[prev.t1].text == "," {
				// "travel to Dar es Salaam, Tanzania, to meet": the
				// country tells where the city is; it does nothing.
				m.prep = or(prev.prep, "in")
			}
		}
		if m.t1 < len(toks) && toks[m.t1].possessive() {
			m.poss = true
		}
		if m.t0 > 0 && toks[m.t0-1].text == "(" && m.t1 < len(toks) && toks[m.t1].text == ")" {
			m.prep = "(" // a gloss, "the International Monetary Fund's (IMF)", is no subject
		}
		m.span = timeline.Span{Start: toks[m.t0].span.Start, End: toks[m.t1-1].span.End}
		if m.kind == mentionActor && !m.pronoun {
			m.ent.count++
			m.ent.last = es.read
		}
		if m.kind == mentionActor && m.ent.actor.Type == "country" && !m.pronoun && m.partner == nil {
			es.recentStates = slices.DeleteFunc(es.recentStates, func(e *entity) bool { return e == m.ent })
			if es.recentStates = append(es.recentStates, m.ent); len(es.recentStates) > 2 {
				es.recentStates = es.recentStates[1:]
			}
		}
		if m.kind == mentionActor && m.ent.actor.Type == "person" && !m.pronoun {
			es.recent = slices.DeleteFunc(es.recent, func(e *entity) bool { return e == m.ent })
			if es.recent = append(es.recent, m.ent); len(es.recent) > 5 {
				es.recent = es.recent[1:]
			}
		}
		if m.kind == mentionActor && m.ent.actor.Type == "person" && m.partner == nil {
			if !m.pronoun && es.lastPerson != nil && es.lastPerson != m.ent {
				es.prevPerson = es.lastPerson
			}
			es.lastPerson, es.personRead = m.ent, es.read
			if !subjectSeen && m.prep == "" {
				es.lastSubject = m.ent
			}
		}
		if m.kind == mentionActor && m.prep == "" && !m.poss {
			subjectSeen = true
		}
		if m.country != nil {
			es.lastCountry = m.country
		}
		if m.kind == mentionActor && m.ent.actor.Type == "organisation" && !m.pronoun {
			es.lastBody, es.bodyRead = m.ent, es.read
		}
		out = append(out, m)
	}
	for i := 0; i < len(toks); {
		if toks[i].text == "<" {
			// Reuters marks companies: "<Syarikat Telekom Malaysia Bhd>".
			for i < len(toks) && toks[i].text != ">" {
				i++
			}
			continue
		}
		if j := portfolioOnly(toks, i); j > i {
			i = j // "the Minister of Finance said": a title with no name, and its portfolio no person
			continue
		}
		if m, ok := es.stateOwn(toks, i, out); ok {
			add(m)
			i = m.t1
			continue
		}
		if m, ok := es.recognise(toks, i, out); ok {
			add(m)
			i = m.t1
			continue
		}
		if m, ok := es.headOf(toks, i, out); ok {
			add(m)
			i = m.t1
			continue
		}
		t := toks[i]
		if t.low == "the" && i > 0 && countryObject[toks[i-1].low] && i+1 < len(toks) && toks[i+1].low == "country" && es.lastCountry != nil {
			// "He last visited the country in July 2008": the country
			// named last, as the object of a journey; as a subject
			// ("The country, which ...") it is too often another.
			add(mention{kind: mentionActor, ent: es.lastCountry, country: es.lastCountry, t0: i, t1: i + 2, pronoun: true})
			i += 2
			continue
		}
		if k := membersRef(toks, i); k > i && es.lastBody != nil {
			// "The ministers ended their three-day meeting in
			// Luxembourg": the members of the body named last.
			add(mention{kind: mentionActor, ent: es.lastBody, t0: i, t1: k, pronoun: true})
			i = k
			continue
		}
		if k := leadersRef(toks, i); k > i && es.lastBody != nil && !es.lastBody.private && es.read-es.bodyRead <= 1 && (es.lastPerson == nil || es.personRead < es.bodyRead) {
			// "Leaders of the Shanghai Cooperation Organisation met in
			// Bishkek on Friday. After the meeting, the leaders signed
			// the Bishkek Declaration": the body's, when no one was
			// named since it.
			add(mention{kind: mentionActor, ent: es.lastBody, t0: i, t1: k, pronoun: true})
			i = k
			continue
		}
		if k := hostedRef(toks, i); k > i && es.topBody() != nil && es.topBody().count >= 2 && !es.topBody().private {
			// "Brazil will host the sixth summit next year", in a
			// story of the BRICS summit: the group's next session.
			add(mention{kind: mentionActor, ent: es.topBody(), t0: i, t1: k, pronoun: true})
			i = k
			continue
		}
		if j, k := creditorGroup(toks, i); k > i {
			// "talks between a Yugoslav delegation and 16 Western
			// creditor countries": the creditor states as one party.
			add(mention{kind: mentionActor, ent: es.named(phrase(toks, j, k), "organisation", ""), t0: i, t1: k})
			i = k
			continue
		}
		if k := monthRef(toks, i); k > i && es.topBody() != nil && (months[toks[i+1].low] || es.topBody().count >= 2) {
			// "a price increase at the December 1987 meeting": the
			// organisation the story is about, meeting in that month.
			add(mention{kind: mentionActor, ent: es.topBody(), t0: i, t1: k, pronoun: true})
			i = k
			continue
		}
		if i > 1 && t.is(classRelation) && toks[i-1].possessive() && i+1 < len(toks) && toks[i+1].capitalised() {
			// "Suga's predecessor Shinzo Abe", "Biden's counterpart Xi
			// Jinping": the name the relation titles, of the office and
			// state of its owner's where it is the same post.
			if k := name(toks, i+1); k > i+1 {
				role, country, prep := "", "", ""
				if len(out) > 0 {
					if o := &out[len(out)-1]; o.kind == mentionActor && o.t1 == i-1 && o.ent.actor.Type == "person" {
						role, prep = o.ent.actor.Role, o.prep
						if t.low != "counterpart" {
							country = o.ent.actor.Country
						}
						o.poss = true // the owner names no party
					}
				}
				add(mention{kind: mentionActor, ent: es.person(phrase(toks, i+1, k), role, country), t0: i + 1, t1: k, prep: prep})
				i = k
				continue
			}
		}
		if i > 0 && toks[i-1].low == "to" && t.low == "the" {
			// "has been to the White House", "flew to the Kremlin": a
			// journey's end named by its seat of government is in
			// that seat's city.
			if city, j, ok := seatAt(toks, i+1); ok {
				add(mention{kind: mentionCity, city: city, t0: i, t1: j})
				i = j
				continue
			}
		}
		if t.low == "the" && i+2 < len(toks) {
			// "arrived in the Iranian capital": its capital city.
			if c, j := adjective(toks, i+1); j > 0 && j < len(toks) && toks[j].low == "capital" {
				if city, ok := lexicon.CapitalOf(c); ok {
					add(mention{kind: mentionCity, city: city, t0: i, t1: j + 1})
					i = j + 1
					continue
				}
			}
		}
		if _, j := es.institution(toks, i); j > 0 && (j == len(toks) || !groupNouns[toks[j].low] && !groupModifiers[toks[j].low]) && !titleAt(toks, j) {
			// "Cheong Wa Dae said", "the Bundesbank added liquidity":
			// the office or the bank acts, no person and no party.
			i = j
			continue
		}
		if k := economicSummit(toks, i); k > i {
			// "the Venice economic summit": the Group of Seven's.
			add(mention{kind: mentionActor, ent: es.named("Group of Seven", "organisation", ""), t0: i, t1: k})
			i = k
			continue
		}
		if k := sessionRef(toks, i); k > i && es.topBody() != nil {
			// "The one-week meeting, which ended today": the session
			// of the organisation the story is about.
			add(mention{kind: mentionActor, ent: es.topBody(), t0: i, t1: k, pronoun: true})
			i = k
			continue
		}
		if k := sessionAt(toks, i); k > i {
			// "the Group of Seven reaffirmed its commitment at
			// yesterday's meetings": the session of the organisation the
			// sentence named before; no other's ("Funaro, who was not
			// present at yesterday's meeting").
			if b := slices.IndexFunc(out, func(m mention) bool { return m.kind == mentionActor && m.ent.actor.Type == "organisation" }); b >= 0 {
				add(mention{kind: mentionActor, ent: out[b].ent, t0: i + 1, t1: k, pronoun: true})
				i = k
				continue
			}
		}
		if k := organRef(toks, i); k > i && es.lastBody != nil {
			// "the next regular board session will be in Indonesia":
			// the organisation named last, whose organ meets; "the
			// council" after the International Tin Council is that
			// council, whatever was named since.
			add(mention{kind: mentionActor, ent: es.organOf(toks[k-1].low), t0: i, t1: k, pronoun: true})
			i = k
			continue
		}
		if a, b, k, ok := es.personPairAt(toks, i); ok && k < len(toks) && !toks[k].capitalised() {
			// "the earlier Reagan-Gorbachev summit in Geneva": two
			// people the story named, by their surnames.
			add(mention{kind: mentionActor, ent: a, partner: b, t0: i, t1: k, pair: true})
			i = k
			continue
		}
		if a, b, k, ok := statePairAt(toks, i); ok && k < len(toks) && !toks[k].capitalised() {
			// "a Franco-German meeting", "U.S.-Japanese talks": two
			// states, the first and its partner.
			ea, eb := es.named(a.Name, "country", a.Name), es.named(b.Name, "country", b.Name)
			add(mention{kind: mentionActor, ent: ea, country: ea, partner: eb, t0: i, t1: k, pair: true})
			i = k
			continue
		}
		if t.low == "their" && es.lastPerson != nil && es.prevPerson != nil && meetingAfter(toks, i+1) &&
			(pairNamedBefore(out, toks, i, es.prevPerson, es.lastPerson) || noOneBefore(out, toks, i) ||
				slices.ContainsFunc(out, func(m mention) bool { return m.partner != nil && !m.pair && m.t1 <= i })) &&
			(es.lastPerson.actor.Country == "" || es.prevPerson.actor.Country == "" || !timeline.SameCountry(es.lastPerson.actor.Country, es.prevPerson.actor.Country)) {
			// "Reagan's invitation to Gorbachev ..., made at their first
			// summit in Geneva": the last two people named, not of one
			// state, hold the meeting; so after "The two men" of the
			// sentence, "their historic meeting in Singapore".
			add(mention{kind: mentionActor, ent: es.prevPerson, partner: es.lastPerson, t0: i, t1: i + 1, pronoun: true, poss: true})
			i++
			continue
		}
		if k, n := groupPhrase(toks, i); k > i && len(es.recent) >= n {
			// "The three leaders previously met in Hiroshima": the
			// last three people named, the first named first.
			g := es.recent[len(es.recent)-n:]
			add(mention{kind: mentionActor, ent: g[0], partner: g[1], others: slices.Clone(g[2:]), t0: i, t1: k, pronoun: true})
			i = k
			continue
		}
		if t.low == "they" {
			g := subjectList(out, toks, i)
			if len(g) < 2 && (i == 0 || toks[i-1].text == "," && openers[toks[0].low] && !slices.ContainsFunc(out, func(m mention) bool { return m.kind == mentionActor && m.ent.actor.Type == "person" })) {
				// "They met for four hours", after a sentence that
				// opened with the two; "After visiting Irpin, they held
				// talks with Zelensky", the subject after an opening
				// phrase that names no one.
				g = es.lastList
			}
			if len(g) < 2 && i == 0 && es.lastPerson != nil && es.prevPerson != nil && metAfter(toks, i+1) &&
				(es.lastPerson.actor.Country == "" || es.prevPerson.actor.Country == "" || !timeline.SameCountry(es.lastPerson.actor.Country, es.prevPerson.actor.Country)) {
				// "Yoon ... will hold a summit with President Joe
				// Biden. They first met in Seoul in May last year": a
				// "They" that opens a meeting is the last two people
				// named, of two states, as "the two leaders" is.
				g = []*entity{es.prevPerson, es.lastPerson}
			}
			if len(g) >= 2 {
				// "Kishida, Biden and Yoon agreed Friday ..., as they
				// met at the retreat": the people the sentence opened
				// with.
				add(mention{kind: mentionActor, ent: g[0], partner: g[1], others: g[2:], t0: i, t1: i + 1, pronoun: true})
				i++
				continue
			}
		}
		if k := statesPhrase(toks, i); k > i && (i == 0 || toks[i-1].low != "between") { // "trade between the two countries" is no side's
			if a, b := es.lastStates(); a != nil {
				// "ministers of the two countries signed 15 agreements":
				// the states of the last two people of two states named.
				add(mention{kind: mentionActor, ent: a, country: a, partner: b, pair: true, t0: i, t1: k, pronoun: true})
				i = k
				continue
			}
		}
		k := pairPhrase(toks, i)
		if k == i && i == 0 && len(toks) > 2 && toks[0].low == "the" && toks[1].low == "leaders" && pairVerbs[toks[2].low] && (es.lastBody == nil || es.personRead >= es.bodyRead) {
			// "The leaders held talks for 100 minutes in the morning",
			// in a story of two leaders and no body: the two named last.
			k = 2
		}
		if k > i && es.lastPerson != nil && es.prevPerson != nil {
			// "The two leaders last met in February": the last two
			// people named, the first named first.
			a, b := es.prevPerson, es.lastPerson
			if a == b {
				// "... to meet him after his election victory. The two
				// leaders held phone talks": a pronoun made the one in
				// focus the last again; the other is the one named
				// before.
				for r := len(es.recent) - 1; r >= 0; r-- {
					if es.recent[r] != b {
						a = es.recent[r]
						break
					}
				}
			}
			if pairOfStates(toks, i, k) {
				// "the two heads of state" are two states' people, not
				// the Commission's president named between them.
				a, b = es.lastOfStates(a, b)
			}
			add(mention{kind: mentionActor, ent: a, partner: b, t0: i, t1: k, pronoun: true})
			i = k
			continue
		}
		if t.low == "it" && i > 0 && reporting[toks[i-1].low] && toks[i-1].low != "that" && len(out) > 0 && out[0].kind == mentionActor && out[0].prep == "" && out[0].t1 == i-1 && !out[0].poss &&
			(out[0].ent.actor.Type == "country" || out[0].ent.actor.Type == "organisation") && !out[0].ent.private {
			// "The Japanese Finance Ministry said it plans to hold
			// talks": the state or body that says so.
			add(mention{kind: mentionActor, ent: out[0].ent, country: out[0].country, t0: i, t1: i + 1, pronoun: true})
			i++
			continue
		}
		if t.is(classPronoun) {
			female := t.low == "she" || t.low == "her"
			ref := es.lastSubject
			if p := sentencePerson(out, female, t.low == "him" || t.low == "her" && !possessivePronoun(toks, i) || inHonourOf(toks, i), toks, i); p != nil {
				// "the likelihood of Nakasone defusing anger when he
				// visits Washington": a person named earlier in the
				// sentence, its subject first.
				ref = p
			}
			if inHonourOf(toks, i) && len(out) > 0 && out[0].ent == ref && out[0].prep == "" {
				// "Peres will host a state dinner in his honor": not the
				// host's, but the guest's, of the people named lately the
				// one the story is most about.
				ref = nil
				for k := len(es.recent) - 1; k >= 0; k-- {
					if o := es.recent[k]; o != out[0].ent && o.female == female && (ref == nil || o.count > ref.count) {
						ref = o
					}
				}
			}
			if ref == nil || ref.female != female || ref.actor.Type != "person" {
				ref = es.lastPerson // "he" is no bank: "the Bundesbank added liquidity ... he is due to visit Denmark"
			}
			if ref != nil && ref.female != female {
				if r := es.lastOf(female); r != nil || !female {
					ref = r
				} else {
					// "Vice President Kamala Harris ... when she
					// begins": no woman known by title, so the
					// person in focus is she.
					ref.female = true
				}
			}
			if ref != nil {
				m := mention{kind: mentionActor, ent: ref, t0: i, t1: i + 1, pronoun: true}
				m.poss = t.lower() == "his" || t.lower() == "her"
				add(m)
				// A pronoun does not change who is in focus.
			}
			i++
			continue
		}
		if lexicon.MayStartGroup(t.text) && (t.low != "the" || i+1 < len(toks) && lexicon.MayStartGroup(toks[i+1].text)) {
			// "the seven major industrial nations", "the 13-nation
			// OPEC": a group of states by any of its names.
			var g lexicon.Group
			if j := longest(toks, i, lexicon.MaxGroupWords(), func(s string) bool {
				var ok bool
				g, ok = lexicon.LookupGroup(s)
				return ok
			}); j > i+1 || j == i+1 && t.capitalised() {
				add(mention{kind: mentionActor, ent: es.named(g.Name, "organisation", ""), t0: i, t1: j})
				i = j
				continue
			}
		}
		if es.pluralRole != "" && t.low == "and" && i+1 < len(toks) && toks[i+1].capitalised() {
			// The second of "Presidents Obama and Calderon".
			if k := name(toks, i+1); k > i+1 {
				role, country := es.pluralRole, ""
				end := k
				if c, e := ofCountry(toks, k); e > 0 {
					country, end = c.Name, e
				}
				es.pluralRole = ""
				add(mention{kind: mentionActor, ent: es.person(phrase(toks, i+1, k), role, country), t0: i + 1, t1: end})
				i = end
				continue
			}
		}
		if t.low == "and" && i+1 < len(toks) && toks[i+1].capitalised() && len(out) > 0 && out[len(out)-1].t1 == i &&
			out[len(out)-1].ent != nil && out[len(out)-1].ent.actor.Type == "person" && out[len(out)-1].ent.actor.Role != "" {
			// "will meet Premier Li Keqiang and Zhang Dejiang,
			// chairman of ...": a full name listed after a titled
			// person is a person too.
			if k := name(toks, i+1); k-(i+1) >= 2 && k-(i+1) <= 4 && k < len(toks) && listEnd[toks[k].low] &&
				es.byName[phrase(toks, i+1, k)] == nil && plainName(toks, i+1, k) {
				add(mention{kind: mentionActor, ent: es.person(phrase(toks, i+1, k), "", ""), t0: i + 1, t1: k})
				i = k
				continue
			}
		}
		if t.low == "." || t.low == ";" || t.text == "," && es.pluralRole != "" && i+1 < len(toks) && toks[i+1].low != "and" {
			es.pluralRole = ""
		}
		if len(t.text) > 3 && (strings.HasPrefix(t.text, "el-") || strings.HasPrefix(t.text, "al-")) {
			// "Biden spoke by phone with el-Sissi": a surname that opens
			// with its particle, of a person the story named in full.
			if e := es.alias(t.text); e != nil {
				add(mention{kind: mentionActor, ent: e, t0: i, t1: i + 1})
				i++
				continue
			}
		}
		if t.capitalised() || t.text == "U.S." || t.text == "U.N." {
			if m, ok := es.phraseAt(toks, i); ok {
				add(m)
				i = m.t1
				continue
			}
			if m, ok := es.metName(toks, i); ok {
				add(m)
				i = m.t1
				continue
			}
			if m, ok := es.apposedName(toks, i); ok {
				add(m)
				i = m.t1
				continue
			}
			if m, ok := es.listedAfter(toks, i); ok {
				add(m)
				i = m.t1
				continue
			}
		}
		i++
	}
	cataphora(toks, out)
	placeCities(toks, out)
	out = quoted(toks, out, es.labelSpeaker(toks, out))
	askedBy(toks, out)
	// The people a sentence opens with, for a "They" that opens the
	// next: "President Joe Biden and Chinese President Xi Jinping
	// agreed Wednesday ... They met for about four hours at Filoli".
	if list := subjectList(out, toks, len(toks)); len(list) >= 2 {
		es.lastList = list
	} else if len(out) > 0 && out[0].kind == mentionActor && out[0].prep == "" && out[0].partner == nil {
		es.lastList = nil // another subject since
	}
	return out
}

// labelSpeaker returns the person a transcript's label names at the start
// of the sentence ("SECRETARY KERRY:", "PRIME MINISTER JOHNSON:"), as a
// mention over the label, or nil.
func (es *entities) labelSpeaker(toks []token, out []mention) *mention {
	colon := slices.IndexFunc(toks, func(t token) bool { return t.text == ":" })
	if colon < 1 || colon > 4 {
		return nil
	}
	for _, t := range toks[:colon] {
		if !t.word() || strings.ToUpper(t.text) != t.text || strings.ToLower(t.text) == t.text {
			return nil
		}
	}
	if len(out) > 0 && out[0].t0 == 0 && out[0].t1 == colon && out[0].kind == mentionActor && out[0].ent.actor.Type == "person" {
		return &out[0]
	}
	role := ""
	if colon > 1 {
		if r, ok := lexicon.LookupTitle(nameCase(phrase(toks, 0, colon-1))); ok {
			role = r
		} else {
			return nil // "NEW YORK:" or another label of no person
		}
	}
	e := es.person(nameCase(toks[colon-1].text), role, "")
	return &mention{kind: mentionActor, ent: e, t0: 0, t1: colon}
}

// stateOwn reads a name of two or three words right after a state's
// possessive ("North Korea's Kim Jong Un", "Russia's Sergei Lavrov") as a
// person of that state, when no title names them: the wires' short way
// to say "North Korean leader Kim Jong Un".
func (es *entities) stateOwn(toks []token, i int, out []mention) (mention, bool) {
	if i < 2 || len(out) == 0 || !toks[i-1].possessive() {
		return mention{}, false
	}
	prev := out[len(out)-1]
	state := ""
	switch {
	case prev.t1 != i-1:
	case prev.country != nil:
		state = prev.country.actor.Name
	case prev.kind == mentionActor && prev.ent.actor.Type == "person":
		state = prev.ent.actor.Country // "Moon's special envoy, Hong Seok-hyun"
	}
	if state == "" {
		return mention{}, false
	}
	// "China's top diplomat Wang Yi": a description in lower case may
	// stand between the state and the name; after a person's possessive
	// ("Moon's special envoy, Hong Seok-hyun,") it must, and the name may
	// follow a comma.
	start, role := i, ""
	for j := i; j < len(toks) && j-i < 3 && toks[j].word() && !toks[j].capitalised(); j++ {
		if describedPeople[toks[j].low] {
			start, role = j+1, phrase(toks, i, j+1)
			if prev.country == nil && start < len(toks) && toks[start].text == "," {
				start++
			}
			break
		}
	}
	if prev.country == nil && role == "" {
		return mention{}, false
	}
	k := name(toks, start)
	if k-start < 2 || k-start > 3 {
		return mention{}, false
	}
	full := phrase(toks, start, k)
	for x := start; x < k; x++ {
		if notName[toks[x].text] || corporate[toks[x].text] {
			return mention{}, false
		}
		if _, ok := lexicon.LookupTitle(toks[x].text); ok {
			return mention{}, false // "Russia's Foreign Minister ...": the title's reader's
		}
	}
	for _, look := range []func(string) bool{
		func(s string) bool { _, ok := lexicon.LookupCity(s); return ok },
		func(s string) bool { _, ok := lexicon.LookupCountry(s); return ok },
		func(s string) bool { _, ok := lexicon.LookupOrganisation(s); return ok },
		func(s string) bool { _, ok := lexicon.LookupRegion(s); return ok },
	} {
		if look(full) {
			return mention{}, false
		}
	}
	if e := es.byName[full]; e != nil {
		return mention{kind: mentionActor, ent: e, t0: i, t1: k}, true
	}
	return mention{kind: mentionActor, ent: es.person(full, role, state), t0: i, t1: k}, true
}

// describedPeople end a description of an official in lower case between
// a state's or a leader's possessive and a name: "China's top diplomat
// Wang Yi", "Ukraine's chief negotiator David Arakhamia", "Moon's special
// envoy, Hong Seok-hyun".
var describedPeople = wordSet(`diplomat negotiator envoy official spokesman spokeswoman spokesperson adviser advisor
	aide emissary representative delegate chief leader`)

// placeCities puts a city the text places in a country by name ("Bali,
// Indonesia", "Paris, Texas") in that country, where the gazetteer's
// first namesake lies elsewhere: its namesake there if the gazetteer has
// one, else the city as the text names it.
func placeCities(toks []token, out []mention) {
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], out[i+1]
		if a.kind != mentionCity || b.country == nil || b.t0 != a.t1+1 || toks[a.t1].text != "," {
			continue
		}
		if b.t1 < len(toks) && toks[b.t1].word() && !placePreps[toks[b.t1].low] && toks[b.t1].low != "and" {
			continue // "in Paris, Japan promised": the state opens a clause
		}
		c, ok := lexicon.LookupCountry(b.country.actor.Name)
		if !ok || timeline.SameCountry(a.city.Country.Name, c.Name) {
			continue
		}
		if city, ok := lexicon.LookupCityIn(a.city.Name, c); ok {
			a.city = city
		} else {
			a.city = lexicon.City{Name: a.city.Name, Country: c}
		}
	}
}

// quoted adds, for a quotation its speaker closes ("... I shall be going
// to Washington," Lawson said) or a transcript's line its label opens
// ("SECRETARY KERRY: I'm ..."), the speaker as each "I" of it: the
// quotation's first person is who says it.
func quoted(toks []token, out []mention, label *mention) []mention {
	// The speaker: a person right before or after a reporting verb
	// that follows the closing quotation mark and its comma.
	var speaker *mention
	closeQ := -1
	for k := len(toks) - 1; k > 0; k-- {
		if isQuote(toks[k].text) && k > 0 && toks[k-1].text == "," {
			closeQ = k
			break
		}
	}
	if closeQ < 0 {
		// "SECRETARY KERRY: I'm really delighted to ... welcome Foreign
		// Secretary Meade here": a transcript's label names who speaks.
		if label == nil {
			return out
		}
		speaker, closeQ = label, len(toks)
	}
	for k := range out {
		if speaker != nil {
			break
		}
		m := &out[k]
		if m.t0 <= closeQ || m.kind != mentionActor || m.ent.actor.Type != "person" || m.pronoun {
			continue
		}
		if m.t1 < len(toks) && reporting[toks[m.t1].low] || m.t0 > 0 && reporting[toks[m.t0-1].low] {
			speaker = m
		}
		break
	}
	if speaker == nil {
		return out
	}
	added := false
	for k := 0; k < closeQ; k++ {
		if firstPerson(toks[k].text) && !slices.ContainsFunc(out, func(m mention) bool { return m.t0 <= k && k < m.t1 }) {
			out = append(out, mention{kind: mentionActor, ent: speaker.ent, t0: k, t1: k + 1, pronoun: true,
				span: toks[k].span})
			added = true
		}
	}
	if added {
		slices.SortStableFunc(out, func(a, b mention) int { return a.t0 - b.t0 })
	}
	return out
}

// firstPerson reports whether w is "I", alone or with a contracted verb
// ("I'm", "I’ve").
func firstPerson(w string) bool {
	return w == "I" || strings.HasPrefix(w, "I'") || strings.HasPrefix(w, "I’")
}

// isQuote reports whether s is a quotation mark.
func isQuote(s string) bool {
	switch s {
	case `"`, "”", "“", "''":
		return true
	}
	return false
}

// headOf reads the name set off by commas after "the <title> of <an
// organisation or a country>" at the comma i: "The Director-General of
// the Food and Agricultural Organisation (FAO), Edouard Saouma, signed",
// "the President of Peru, Alan Garcia,". The name is a person in that
// office; the body named before it stays a mention of its own.
func (es *entities) headOf(toks []token, i int, out []mention) (mention, bool) {
	if toks[i].text != "," || len(out) == 0 || i+1 >= len(toks) || !toks[i+1].capitalised() {
		return mention{}, false
	}
	body := out[len(out)-1]
	end := body.t1
	if end+2 < len(toks) && toks[end].text == "(" && toks[end+2].text == ")" {
		end += 3 // "(FAO)"
	} else if body.prep == "(" && end < len(toks) && toks[end].text == ")" {
		end++ // the gloss itself is the mention
	}
	if end != i || body.kind != mentionActor || body.ent.actor.Type == "person" {
		return mention{}, false
	}
	k := body.t0 - 1
	if body.prep == "(" && toks[body.t1].text == ")" {
		// "of the Food and Agricultural Organisation (FAO),": the
		// gloss names the body whose name is written another way.
		k--
		for k > 0 && (toks[k].capitalised() || toks[k].low == "and" || toks[k].low == "for") {
			k--
		}
	} else if body.prep != "of" {
		return mention{}, false
	}
	if k > 0 && toks[k].low == "the" {
		k--
	}
	if k < 1 || toks[k].low != "of" {
		return mention{}, false
	}
	role, ok := lexicon.LookupTitle(toks[k-1].text)
	if !ok || role == "" {
		return mention{}, false
	}
	j := name(toks, i+1)
	if j == i+1 || j >= len(toks) || toks[j].text != "," && toks[j].text != "." {
		return mention{}, false
	}
	country := ""
	if body.country != nil {
		country = body.country.actor.Name
	}
	return mention{kind: mentionActor, ent: es.person(phrase(toks, i+1, j), role, country), t0: i + 1, t1: j}, true
}

// sentencePerson returns the person a pronoun after the mentions out of
// its sentence refers to: the subject if it is a person (named, or a
// pronoun itself), else the last person named; for an object pronoun the
// last person named other than the subject. Nil if none.
func sentencePerson(out []mention, female, object bool, toks []token, at int) *entity {
	var subject, last, before *entity
	for k, m := range out {
		if m.kind != mentionActor || m.ent.actor.Type != "person" || m.ent.female != female {
			continue
		}
		if (k == 0 || k == 1 && out[0].poss && out[0].prep == "") && m.prep == "" && !m.poss && subject == nil {
			// (Past an owner: "Moon's special envoy, Hong Seok-hyun,
			// ... when he met Trump" is Hong.)
			subject = m.ent
			continue
		}
		if !m.pronoun && m.ent != subject && m.ent != last {
			last, before = m.ent, last
		}
	}
	if object && last != nil {
		// "he had never met Gorbachev and had since met him": not the
		// subject of its own clause. Nor the subject of the verb it
		// follows: "has been to the White House once before, when
		// President Joe Biden received him" is the visitor received.
		if verbSubject(out, toks, at) == last {
			if subject != nil {
				return subject
			}
			return before
		}
		return last
	}
	if subject != nil {
		return subject
	}
	return last
}

// inHonourOf reports whether the possessive pronoun at toks[i] names
// whom a meal or a ceremony honours, another than its host: "the emperor
// will host a state banquet in his honor".
func inHonourOf(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].low == "in" && (toks[i+1].low == "honor" || toks[i+1].low == "honour")
}

// verbSubject returns the person named right before the verb that the
// object pronoun at toks[at] follows ("Biden received him"), or nil.
func verbSubject(out []mention, toks []token, at int) *entity {
	for k := len(out) - 1; k >= 0; k-- {
		m := out[k]
		if m.t1 > at || m.kind != mentionActor {
			continue
		}
		if m.prep != "" || m.poss || at-m.t1 < 1 || at-m.t1 > 3 {
			return nil
		}
		for _, t := range toks[m.t1:at] {
			if !t.word() || t.capitalised() || prepositions[t.low] || t.low == "and" || t.low == "to" {
				return nil
			}
		}
		return m.ent
	}
	return nil
}

// possessivePronoun reports whether "her" at i is possessive: a word of
// its noun phrase follows ("her visit"), not a stop or a preposition.
func possessivePronoun(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].word() {
		return false
	}
	return !prepositions[toks[i+1].low] && toks[i+1].low != "and" && toks[i+1].low != "to"
}

// cataphora points a pronoun in a sentence's opening phrase at the person
// named right after the phrase's comma: "During his trip to Washington,
// Bangemann will meet Shultz", "After he met Reagan, Gorbachev said".
func cataphora(toks []token, out []mention) {
	if len(toks) == 0 || !openers[toks[0].low] {
		return
	}
	comma := slices.IndexFunc(toks, func(t token) bool { return t.text == "," || t.text == "." })
	if comma < 0 || toks[comma].text != "," {
		return
	}
	var subject *entity
	for i, m := range out {
		if m.t0 > comma && m.t0 <= comma+4 && m.kind == mentionActor && !m.pronoun && m.ent.actor.Type == "person" && i+1 < len(out) &&
			m.t1 < len(toks) && toks[m.t1].low == "and" && out[i+1].t0 == m.t1+1 && out[i+1].kind == mentionActor && out[i+1].ent.actor.Type == "person" {
			// "At their summit in Singapore in November, Abe and Putin
			// agreed": the pair the phrase's "their" is.
			for k := range out {
				if p := &out[k]; p.pronoun && p.t1 <= comma && p.partner != nil {
					p.ent, p.partner = m.ent, out[i+1].ent
				}
			}
			break
		}
	}
	for _, m := range out {
		if m.t0 > comma && m.kind == mentionActor && !m.pronoun {
			// The first actor after the phrase, a few title words
			// after a comma: "Economics Minister Martin Bangemann",
			// also past a clause (", which runs from April 26 to 29,").
			// An actor followed by a comma or "and" is an item of a
			// list the phrase holds ("In his meetings with A, B, and
			// C, Carter reiterated"): the subject comes after it.
			if m.t1 < len(toks) && (toks[m.t1].text == "," || toks[m.t1].low == "and") {
				continue
			}
			for k := m.t0 - 1; k >= max(comma, m.t0-3); k-- {
				if toks[k].text == "," && m.ent.actor.Type == "person" {
					subject = m.ent
					break
				}
			}
			break
		}
	}
	if subject == nil {
		return
	}
	for k := range out {
		if m := &out[k]; m.pronoun && m.t1 <= comma && m.ent.actor.Type == "person" && m.partner == nil {
			m.ent = subject
		}
	}
}

// openers begin a phrase that may hold a pronoun for the subject after it.
var openers = map[string]bool{
	"during": true, "after": true, "before": true, "while": true, "when": true, "on": true, "at": true,
	"in": true, "following": true, "upon": true, "since": true, "as": true, "ahead": true,
}

// bodyQualifier returns the end of the name of a state body that many
// states have, capitalised at i before the title of one of its officers
// ("Communist Party", "National Assembly", "State Council", "Central
// Military Commission"), or i when there is none.
func bodyQualifier(toks []token, i int) int {
	for k := i; k < min(i+4, len(toks)); k++ {
		if !toks[k].capitalised() {
			return i
		}
		if stateBodyHeads[toks[k].text] {
			return k + 1
		}
	}
	return i
}

// stateBodyHeads end the names of state bodies.
var stateBodyHeads = wordSet(`Party Assembly Council Committee Commission Congress Parliament Senate Ministry Cabinet Front Court`)

// recognise reads a mention made of words the lexicon knows at i: a
// titled name ("Russian President Vladimir Putin"), a group ("Soviet
// leaders") or a description of someone named before ("his Russian
// counterpart").
func (es *entities) recognise(toks []token, i int, before []mention) (mention, bool) {
	if m, ok := es.titled(toks, i); ok {
		return m, true
	}
	if m, ok := es.group(toks, i); ok {
		return m, true
	}
	if w := toks[i].low; w == "his" || w == "her" || w == "their" || w == "its" {
		if m, ok := es.counterpartStates(toks, i); ok {
			return m, true
		}
	}
	return es.description(toks, i, before)
}

// clauseVerbs follow a bare name that is the subject of its clause:
// "Gemayel had agreed", "Lyng said", "Funaro was".
var clauseVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "had": true, "has": true, "was": true, "is": true,
	"will": true, "would": true, "agreed": true, "met": true, "visited": true, "arrived": true,
	"left": true, "returned": true, "signed": true, "added": true, "proposed": true, "held": true,
	"announced": true, "warned": true, "urged": true, "insisted": true, "expects": true,
	"hopes": true, "plans": true, "wants": true, "intends": true, "visits": true, "meets": true,
}

// headlineVerbs follow "Name to" in a headline's plan: "Shultz to visit
// Moscow", "Nakasone to meet Reagan".
var headlineVerbs = wordSet(`visit meet hold sign attend host tour travel leave go fly`)

// bare reads a person the text names without a title, by where the name
// stands: a capitalised name that is the subject of a verb ("Gemayel had
// agreed", "Perez de Cuellar told") or the possessor of an event noun
// ("Thatcher's official visit", "Gandhi's visit"). Words the lexicon
// knows as places, countries, organisations or titles are not names.
func (es *entities) bare(toks []token, i int) (mention, bool) {
	k := name(toks, i)
	if k == i || k >= len(toks) {
		return mention{}, false
	}
	next := toks[k]
	if k-i >= 2 && k-i <= 4 {
		// "Emmanuel Macron welcomed Donald Trump to Paris": a head of
		// state or government of the story's day, named in full
		// without a title, wherever the name stands.
		if c, ok := lexicon.LeaderOf(phrase(toks, i, k), "", es.day); ok {
			return mention{kind: mentionActor, ent: es.person(phrase(toks, i, k), "", c), t0: i, t1: k}, true
		}
	}
	subject := clauseVerbs[next.low] || next.text == "," && k+1 < len(toks) && toks[k+1].low == "who" ||
		i == 0 && next.low == "to" && k+1 < len(toks) && headlineVerbs[toks[k+1].low] || // "Shultz to visit Moscow next week"
		k-i >= 2 && (appositiveTitle(toks, k) || appositiveTie(toks, k))
	poss := next.possessive() && k+1 < len(toks) && possessedNouns[toks[k+1].low]
	if !poss && next.possessive() && k+2 < len(toks) {
		poss = possessedNouns[toks[k+2].low] // "Thatcher's official visit"
	}
	if !subject && !poss {
		return mention{}, false
	}
	if !plainName(toks, i, k) {
		return mention{}, false
	}
	return mention{kind: mentionActor, ent: es.person(phrase(toks, i, k), "", ""), t0: i, t1: k}, true
}

// plainName reports whether the capitalised words toks[i:k] may be a
// person's name: none of them a title, an honorific, a firm's mark or a
// word never a name, and the whole no place, state, organisation,
// gathering or office the lexicon knows.
func plainName(toks []token, i, k int) bool {
	for x := i; x < k; x++ {
		w := toks[x].text
		if notName[w] || corporate[w] || strings.ToUpper(w) == w && len(w) > 1 {
			return false
		}
		if _, ok := lexicon.LookupTitle(w); ok {
			return false
		}
	}
	full := phrase(toks, i, k)
	if lexicon.IsInstitution(full) {
		return false // "Cheong Wa Dae said", "the Bundesbank added liquidity": an office, a bank
	}
	if gatherings[toks[k-1].text] {
		return false // "the first North American Leaders' Summit held in Mexico": an event
	}
	if _, ok := lexicon.LookupTitle(strings.TrimSuffix(toks[k-1].text, "s")); ok && strings.HasSuffix(toks[k-1].text, "s") {
		// "the North American Leaders' Summit": a title in the plural
		// ends the name of a body or a gathering.
		return false
	}
	if _, ok := lexicon.LookupTitle(strings.TrimSuffix(full, "s")); ok {
		// "the ASEAN Foreign Ministers' Meeting": a title in the plural
		// names the members, not a person.
		return false
	}
	if k == i+1 && i > 0 && len(toks[i-1].text) > 2 && strings.HasSuffix(toks[i-1].text, ".") && strings.Count(toks[i-1].text, ".") > 1 {
		// "The U.S. Action will have an impact": wire copy capitalises
		// the word after "U.S."; a lone word there is no name.
		return false
	}
	if k == i+1 {
		// "Businessmen said", "Analysts said": a plural group, not a name.
		for _, suf := range []string{"men", "ers", "ists", "ians", "ors", "ants", "ents", "ials"} {
			if strings.HasSuffix(full, suf) {
				return false
			}
		}
	}
	for _, look := range []func(string) bool{
		func(s string) bool { _, ok := lexicon.LookupCity(s); return ok },
		func(s string) bool { _, ok := lexicon.LookupCountry(s); return ok },
		func(s string) bool { _, ok := lexicon.LookupAdjective(s); return ok },
		func(s string) bool { _, ok := lexicon.LookupOrganisation(s); return ok },
	} {
		if look(full) {
			return false
		}
	}
	return true
}

// listEnd may follow the last name of a list of people: "Li Keqiang and
// Zhang Dejiang, chairman ...", "... and Zhang Dejiang on Friday".
var listEnd = wordSet(`, . ; on in at to for before after during and today tomorrow yesterday this next last later`)

// gatherings end the names of events, not of people.
var gatherings = wordSet(`Summit Conference Meeting Forum Talks Dialogue Session Convention Treaty Accord Agreement`)

// appositiveTitle reports whether the comma at k opens a title in
// apposition: "Michael Howard, the British minister for consumer affairs,".
func appositiveTitle(toks []token, k int) bool {
	if toks[k].text != "," || k+2 >= len(toks) || toks[k+1].low != "the" && toks[k+1].low != "a" {
		return false
	}
	for x := k + 2; x < min(len(toks), k+6); x++ {
		if toks[x].text == "," || toks[x].text == "." {
			return false
		}
		if role, ok := lexicon.LookupTitle(toks[x].text); ok && role != "" {
			return true
		}
	}
	return false
}

// appositiveTie reports whether the comma at k opens an apposition that
// ties the name before it to someone: "Henk Heidweiler, a top aide to".
func appositiveTie(toks []token, k int) bool {
	if toks[k].text != "," || k+2 >= len(toks) || toks[k+1].low != "a" && toks[k+1].low != "an" && toks[k+1].low != "the" {
		return false
	}
	for x := k + 2; x+1 < len(toks) && x < k+5; x++ {
		if aideNouns[toks[x].low] && (toks[x+1].low == "to" || toks[x+1].low == "of") {
			return true
		}
		if !toks[x].word() {
			return false
		}
	}
	return false
}

// possessedNouns are the event nouns whose possessor is their actor.
var possessedNouns = map[string]bool{
	"visit": true, "trip": true, "talks": true, "return": true, "arrival": true,
	"departure": true, "meeting": true, "summit": true, "official": true, "state": true,
	"proposal": true, "tour": true,
}

// phrase joins tokens [i, j) with single spaces.
func phrase(toks []token, i, j int) string {
	if j <= i {
		return ""
	}
	// Most phrases are written with single spaces: quote the sentence.
	if spaced(toks, i, j) {
		return toks[i].rest[:toks[j-1].span.End-toks[i].span.Start]
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		glued := k > i && toks[k].span.Start == toks[k-1].span.End && (toks[k].text == "-" || toks[k-1].text == "-")
		if k > i && !glued {
			b.WriteByte(' ') // ("U.S.-Africa" as written)
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// spaced reports whether tokens [i, j) are separated by exactly one
// space each, as phrase writes them ("U.S.-Japanese" is one token, but
// "Kim 's" two with none between): one byte, no tab and no line break.
func spaced(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		gap := toks[k-1].span.End
		if toks[k].span.Start != gap+1 {
			return false
		}
		switch toks[i].rest[gap-toks[i].span.Start] {
		case '\n', '\t', '\r':
			return false
		}
	}
	return true
}

// longest tries phrases of toks starting at i, longest first, up to max
// words, and returns the end of the first that ok accepts.
func longest(toks []token, i, max int, ok func(string) bool) int {
	end := i
	for end < len(toks) && end-i < max && toks[end].word() {
		end++
	}
	for j := end; j > i; j-- {
		if ok(phrase(toks, i, j)) {
			return j
		}
	}
	return -1
}

// adjective reads a nationality adjective at i ("North Korean", "U.S.").
func adjective(toks []token, i int) (lexicon.Country, int) {
	if i >= len(toks) {
		return readAdjective(toks, i)
	}
	switch n := toks[i].adjective; n {
	case 0:
	case 1:
		return lexicon.Country{}, -1
	default:
		// Read before: look up the words found then, once.
		j := i + int(n) - 1
		c, _ := lexicon.LookupAdjective(phrase(toks, i, j))
		return c, j
	}
	c, j := readAdjective(toks, i)
	toks[i].adjective = int8(max(j-i, 0) + 1)
	return c, j
}

// readAdjective is adjective, read from the words.
func readAdjective(toks []token, i int) (lexicon.Country, int) {
	if i > 0 && continental[toks[i-1].text] {
		return lexicon.Country{}, -1 // "North American leaders", "Latin American states": a continent's
	}
	return longestEntry(toks, i, 3, lexicon.MayStartAdjective, lexicon.LookupAdjective)
}

// continental words before "American" or "African" make a continent's
// adjective of them.
var continental = wordSet(`North South Latin Central Pan`)

// title reads a title at i ("President", "Foreign Minister", "leader").
func title(toks []token, i int) (string, int) {
	if r, j := longestEntry(toks, i, 6, lexicon.MayStartTitle, lexicon.LookupTitle); j > 0 {
		return r, portfolioOf(toks, j)
	}
	// "Executive Vice Foreign Minister", "Acting Defense Secretary":
	// ranks before a title the lexicon knows make a deputy of it.
	k := i
	for k < len(toks) && k-i < 3 && titleRanks[toks[k].text] {
		k++
	}
	if k == i {
		return portfolio(toks, i)
	}
	r, j := longestEntry(toks, k, 6, lexicon.MayStartTitle, lexicon.LookupTitle)
	if j < 0 {
		return "", -1
	}
	rank := strings.ToLower(toks[k-1].text)
	if rank == "vice" || rank == "deputy" || rank == "under" || rank == "assistant" {
		return rank + " " + r, j
	}
	return r, j
}

// portfolio reads a minister's title whose portfolio the lexicon does
// not list: "Corporate Affairs Minister", "Fisheries Minister",
// "Agriculture Secretary". One to three capitalised words, none a name
// the lexicon knows, stand right before "Minister" or "Secretary"; the
// role is "minister" (a cabinet secretary is one).
func portfolio(toks []token, i int) (string, int) {
	// Most capitalised words have no "Minister" after them: look for it
	// before looking anything up.
	found := false
	for k := i + 1; k < len(toks) && k-i < 4 && !found; k++ {
		found = toks[k].text == "Minister" || toks[k].text == "Secretary"
	}
	if !found {
		return "", -1
	}
	for k := i; k < len(toks) && k-i < 4; k++ {
		t := toks[k]
		if k > i && (t.text == "Minister" || t.text == "Secretary") {
			if k+1 < len(toks) && toks[k+1].capitalised() {
				return "minister", k + 1
			}
			return "", -1
		}
		if !t.capitalised() || !t.word() || notName[t.text] || strings.HasSuffix(t.text, ".") {
			return "", -1
		}
		if _, ok := lexicon.LookupTitle(t.text); ok {
			return "", -1
		}
		if _, ok := lexicon.LookupCountry(t.text); ok {
			return "", -1
		}
		if _, ok := lexicon.LookupAdjective(t.text); ok {
			return "", -1
		}
	}
	return "", -1
}

// portfolioOf reads the portfolio a title names after "of" or "for"
// when the lexicon does not list the whole title: "Minister for Trade
// Negotiations Michael Duffy", "Minister of Economy Juan Sourrouille".
// It returns the end of the portfolio, or j when none follows; at
// least one capitalised word must follow it (the name).
func portfolioOf(toks []token, j int) int {
	if j+1 >= len(toks) || toks[j].low != "of" && toks[j].low != "for" || !toks[j-1].capitalised() {
		return j
	}
	end := j
	for k := j + 1; k < len(toks) && k-j <= 6; k++ {
		switch {
		case portfolioWords[toks[k].text]:
			end = k + 1
			continue
		case toks[k].low == "and" || toks[k].low == "the" || toks[k].low == "of" || toks[k].low == "for" ||
			toks[k].text == "Foreign" || toks[k].text == "External" || toks[k].text == "Economic" || toks[k].text == "Public" || toks[k].text == "Natural" || toks[k].text == "International":
			continue
		}
		break
	}
	if end == j || end >= len(toks) || !toks[end].capitalised() || !toks[end].word() {
		return j
	}
	return end
}

// pastModifiers returns the token before the one or two modifiers of a
// state's name that end at k, when "with" or "between" stands before
// them ("talks between financially troubled Zaire", "with debt-ridden
// Brazil"), or k.
func pastModifiers(toks []token, k int) int {
	j := k
	for j > 0 && k-j < 2 && !toks[j].capitalised() && toks[j].word() &&
		(strings.HasSuffix(toks[j].low, "ly") || strings.HasSuffix(toks[j].low, "ed") || strings.Contains(toks[j].low, "-")) {
		j--
	}
	if j < k && (toks[j].low == "with" || toks[j].low == "between") {
		return j
	}
	return k
}

// officeStart returns where the ministry or department whose officer is
// named at t0 begins: "met Finance Ministry secretary Nailson Nobrega"
// (the officer stands for the whole), or t0.
func officeStart(toks []token, t0 int) int {
	k := t0 - 1
	if k < 1 {
		return t0
	}
	switch strings.TrimSuffix(toks[k].text, "'s") {
	case "Ministry", "Department", "Office", "Treasury":
	default:
		return t0
	}
	j := k
	for j > 0 && k-j < 3 && toks[j-1].capitalised() && toks[j-1].word() && !toks[j-1].possessive() {
		if _, ok := lexicon.LookupCountry(toks[j-1].text); ok {
			break
		}
		if _, ok := lexicon.LookupAdjective(toks[j-1].text); ok {
			break
		}
		j--
	}
	if j == k {
		return t0
	}
	return j
}

// portfolioOnly returns the end of a title at i whose portfolio after
// "of" or "for" no name follows ("the Minister of Finance said"), or i.
func portfolioOnly(toks []token, i int) int {
	if !toks[i].capitalised() || !lexicon.MayStartTitle(toks[i].text) {
		return i
	}
	of := false // most titles have no "of" or "for" after them: look before looking up
	for k := i + 1; k < len(toks) && k <= i+6 && !of; k++ {
		of = toks[k].low == "of" || toks[k].low == "for"
	}
	if !of {
		return i
	}
	_, j := longestEntry(toks, i, 6, lexicon.MayStartTitle, lexicon.LookupTitle)
	if j < 0 || j >= len(toks) {
		return i
	}
	if toks[j].low != "of" && toks[j].low != "for" {
		if j-i >= 3 && (toks[i+1].low == "of" || toks[i+1].low == "for") && !(toks[j].capitalised() && toks[j].word()) {
			return j // "the Minister of Foreign Affairs said"
		}
		return i
	}
	end := j
	for k := j + 1; k < len(toks) && k-j <= 6; k++ {
		if portfolioWords[toks[k].text] {
			end = k + 1
		} else if !(toks[k].low == "and" || toks[k].low == "the" || toks[k].text == "Foreign" || toks[k].text == "External" || toks[k].text == "Economic" || toks[k].text == "Public") {
			break
		}
	}
	if end == j || end < len(toks) && toks[end].capitalised() && toks[end].word() {
		return i
	}
	return end
}

// portfolioWords end the portfolio of a minister's title: "Minister of
// Trade and Industry", "for Foreign Affairs".
var portfolioWords = wordSet(`Affairs Trade Finance Economy Economics Defence Defense Agriculture Industry Industries
	Commerce Planning Energy Oil Petroleum Mines Justice Health Education Labour Labor Transport Communications
	Development Cooperation Co-operation Relations Negotiations Resources Fisheries Forestry Treasury Interior
	Information Tourism Culture Works Security Environment Reconstruction Integration Food Budget Commodities
	Industrialisation Industrialization Mining Minerals Aviation Shipping Telecommunications Privatisation Privatization`)

// titleRanks stand before a title: "Executive Vice Foreign Minister".
var titleRanks = map[string]bool{"Executive": true, "Vice": true, "Deputy": true, "First": true, "Senior": true,
	"Acting": true, "Assistant": true, "Under": true, "Principal": true, "Permanent": true, "Chief": true}

// longestEntry returns what lookup finds for the longest phrase of at
// most max words at i, and the end of that phrase, or -1; a word that
// mayStart refuses begins no entry and is not looked up.
func longestEntry[V any](toks []token, i, max int, mayStart func(string) bool, lookup func(string) (V, bool)) (V, int) {
	var v V
	if i >= len(toks) || !mayStart(toks[i].text) {
		return v, -1
	}
	j := longest(toks, i, max, func(s string) bool {
		var ok bool
		v, ok = lookup(s)
		return ok
	})
	return v, j
}

// name reads a person's name at i: one to four capitalised words that are
// not titles, countries or calendar words.
func name(toks []token, i int) int {
	if i >= len(toks) {
		return i
	}
	if n := toks[i].name; n > 0 {
		return i + int(n) - 1
	}
	j := readName(toks, i)
	toks[i].name = int16(j - i + 1)
	return j
}

// readName is name, read from the words.
func readName(toks []token, i int) int {
	j := i
	for j < len(toks) && j-i < 5 {
		t := toks[j]
		if j > i && nameParticle(toks, j) {
			j++
			continue
		}
		if j > i && (t.text == "May" || t.text == "MAY") && (j+1 >= len(toks) || !isDigits(toks[j+1].text)) {
			j++ // "Prime Minister Theresa May of the United Kingdom", not "Reagan May 5"
			continue
		}
		if !t.capitalised() || !t.word() || notName[t.text] || strings.HasSuffix(t.text, ".") && len(t.text) > 2 || meetingHeads[t.text] {
			break // ("the U.S.-Africa Leaders Summit" names no leader "Summit")
		}
		if j > i && particles[toks[j-1].text] {
			j++ // "Zaid bin Sultan": after "bin" a title word is a name
			continue
		}
		if _, ok := lexicon.LookupTitle(t.text); ok && !(j > i && surnameTitles[t.text] && (j+1 >= len(toks) || !toks[j+1].capitalised())) {
			break
		}
		if _, ok := lexicon.LookupCountry(t.text); ok {
			break
		}
		j++
	}
	return j
}

// surnameTitles are titles that are surnames too: after a given name,
// with no name after them, they end the name ("Rajiv Shah will travel",
// "Martin Luther King said").
var surnameTitles = wordSet(`Shah King Bishop Judge`)

// particles are lower-case words inside names: "Zaid al-Rifa'i",
// "Javier Perez de Cuellar", "Hans van den Broek".
var particles = map[string]bool{
	"de": true, "del": true, "della": true, "der": true, "den": true, "van": true, "von": true,
	"da": true, "di": true, "du": true, "dos": true, "bin": true, "ibn": true, "abu": true,
	"al": true, "el": true, "la": true, "le": true, "ben": true, "arap": true,
}

// nameParticle reports whether toks[j] continues a name: a particle
// followed by a capitalised word, or "al-Rifa'i".
func nameParticle(toks []token, j int) bool {
	t := toks[j].text
	if (strings.HasPrefix(t, "al-") || strings.HasPrefix(t, "el-")) && len(t) > 3 && t[3] >= 'A' && t[3] <= 'Z' {
		return true
	}
	return particles[t] && j+1 < len(toks) && (toks[j+1].capitalised() || nameParticle(toks, j+1))
}

// titled reads "[adjective] title Name" ("North Korean leader Kim Jong
// Un", "Secretary of State George Shultz") or "Mr. Name".
func (es *entities) titled(toks []token, i int) (mention, bool) {
	if !toks[i].capitalised() && !toks[i].is(classLowerTitle) {
		return mention{}, false
	}
	j := i
	var country string
	if c, k := adjective(toks, j); k > 0 {
		country, j = c.Name, k
	}
	if j < len(toks) && lexicon.MayStartInstitution(toks[j].text) {
		// "Federal Reserve Board Chairman Paul Volcker", "Bundesbank
		// President Karl Otto Poehl": an officer of one state's own
		// body is of that state.
		inst := func(s string) bool { _, ok := lexicon.Institution(s, es.day); return ok }
		if k := longest(toks, j, lexicon.InstitutionWords(), inst); k > j && k < len(toks) {
			if _, k2 := title(toks, k); k2 > k {
				c, _ := lexicon.Institution(phrase(toks, j, k), es.day)
				country = or(country, c)
				j = k
			}
		}
	}
	if k := bodyQualifier(toks, j); k > j {
		// "Communist Party General Secretary Nguyen Phu Trong",
		// "National Assembly Chairwoman Nguyen Thi Kim Ngan": an
		// officer of a body many states have, its state untold.
		if _, k2 := title(toks, k); k2 > k {
			j = k
		} else if _, k2 := title(toks, k-1); k2 > k {
			j = k - 1 // "Communist Party chief Nguyen Phu Trong"
		}
	}
	role := ""
	if honorifics[toks[min(j, len(toks)-1)].text] && j < len(toks) {
		j++
	} else if r, k := pluralTitle(toks, j); k > 0 {
		// "Prime Ministers Zhao Ziyang of China and Anibal Cavaco
		// Silva of Portugal", "Presidents Obama and Calderon": the
		// first is read here, the one after "and" next (see
		// entities.mentions).
		role, j = r, k
		es.pluralRole = r
	} else {
		r, k := title(toks, j)
		if k < 0 {
			return mention{}, false
		}
		role, j = r, k
		// "Secretary-General Lord Carrington": an honorific after the
		// office belongs to the name's lead, not to its role.
		// So does a title of rank: "UAE President Sheikh Zaid".
		if j < len(toks) {
			if r2, k2 := title(toks, j); k2 == j+1 && (r2 == "" || rankTitles[r2]) {
				j = k2
			}
		}
	}
	k := name(toks, j)
	if k == j {
		return mention{}, false
	}
	for x := j; x < min(k+1, len(toks)); x++ {
		if corporate[toks[x].text] {
			return mention{}, false // "General Automation Inc" is a company
		}
	}
	full := phrase(toks, j, k)
	if k+1 < len(toks) && toks[k].text == ")" && toks[k+1].capitalised() {
		// "(Prime Minister Yasuhiro) Nakasone", as Reuters glosses names.
		if k2 := name(toks, k+1); k2 > k+1 {
			full += " " + phrase(toks, k+1, k2)
			k = k2
		}
	}
	if c, end := ofCountry(toks, k); end > 0 {
		// "King Fahd of Saudi Arabia", "President X of the
		// Netherlands": the person's country, no actor of its own.
		if country == "" {
			country = c.Name
		}
		k = end
	}
	if country == "" && i > 0 && formerWords[toks[i-1].low] && strings.Contains(full, " ") {
		// "then Prime Minister Yoshihide Suga", "former President Bill
		// Clinton": a holder before the story's day, of his state.
		if c, ok := lexicon.LeaderOf(full, "", es.day); ok {
			country = c
		}
	}
	e := es.person(full, role, country)
	for x := i; x < j; x++ {
		if femaleTitles[toks[x].text] {
			e.female = true
		}
	}
	if country == "" && privateOffice(toks, i, k) {
		e.private = true
	}
	return mention{kind: mentionActor, ent: e, t0: i, t1: k}, true
}

// privateOffice reports whether the title of the person named at
// toks[i:k] is a company's or a private body's: a company's name ends
// right before it ("Rockwell International Corp president Donald
// Beall"), or ", chairman of the Chicago Board of Trade" follows.
func privateOffice(toks []token, i, k int) bool {
	if i > 0 && companyMarks[toks[i-1].text] {
		return true
	}
	if k+3 < len(toks) && toks[k].text == "," {
		j := k + 1
		if toks[j].low == "the" || toks[j].low == "a" {
			j++
		}
		if j < len(toks) && companyOffices[toks[j].low] {
			for x := j + 1; x < min(len(toks), j+9); x++ {
				if toks[x].text == "," || toks[x].text == "." {
					break
				}
				if companyMarks[toks[x].text] || toks[x].text == "Association" || toks[x].text == "Exchange" || toks[x].text == "Trade" && toks[x-1].low == "of" && toks[x-2].text == "Board" {
					return true
				}
			}
		}
	}
	return false
}

// companyMarks end the name of a company.
var companyMarks = map[string]bool{
	"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Co": true, "Co.": true, "Ltd": true, "Ltd.": true,
	"Plc": true, "PLC": true, "plc": true, "Company": true, "Corporation": true, "Industries": true, "Holdings": true,
	"Airlines": true, "Motors": true, "Technologies": true, "Securities": true, "Partners": true, "AG": true, "SA": true,
}

// companyOffices are the titles a company gives, which a state does not.
var companyOffices = wordSet(`chairman chairwoman president executive director chief founder head owner`)

// envoys are the plural nouns that, before "of" and a state, stand for
// its government: "representatives of the Soviet Union".
var envoys = wordSet(`representatives officials leaders envoys delegates diplomats negotiators`)

// groupNouns are the plural nouns that, after a nationality, stand for
// a country's government: "Soviet leaders", "U.S. officials".
var groupNouns = map[string]bool{
	"leaders": true, "leadership": true, "officials": true, "authorities": true,
	"government": true, "delegation": true, "delegations": true, "negotiators": true, "diplomats": true, "sides": true,
	"ministers": true, "envoys": true, "representatives": true, "official": true,
	// "The Japanese Finance Ministry said it plans to hold talks"
	"ministry": true,
}

// titleAt reports whether a title of office begins at j: "Federal
// Reserve Board Chairman ...".
func titleAt(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	_, k := title(toks, j)
	return k > j
}

// institution reads the name of a state body at i ("State Department",
// "Cheong Wa Dae", "Bundesbank") as its state on the story's day, or
// gives j -1.
func (es *entities) institution(toks []token, i int) (lexicon.Country, int) {
	if !toks[i].capitalised() || !lexicon.MayStartInstitution(toks[i].text) {
		return lexicon.Country{}, -1 // the common case: no phrase to build
	}
	inst := func(s string) bool { _, ok := lexicon.Institution(s, es.day); return ok }
	j := longest(toks, i, lexicon.InstitutionWords(), inst)
	if j < 0 {
		return lexicon.Country{}, -1
	}
	name, _ := lexicon.Institution(phrase(toks, i, j), es.day)
	c, ok := lexicon.LookupCountry(name)
	if !ok {
		return lexicon.Country{}, -1
	}
	return c, j
}

// groupModifiers may stand between a nationality and its group noun:
// "Japanese trade officials", "Soviet foreign ministry officials".
var groupModifiers = wordSet(`trade government foreign finance financial monetary defense defence military economic
	parliamentary senior top ministry treasury agriculture agricultural farm embassy energy oil commerce security arms`)

// travellingGroups are the group nouns whose people go somewhere as one:
// "a Japanese delegation will visit Washington".
var travellingGroups = wordSet(`delegation delegations negotiators envoys diplomats ministers leaders officials team`)

// group reads "<adjective> leaders" as the government of that country.
func (es *entities) group(toks []token, i int) (mention, bool) {
	if !toks[i].capitalised() {
		return mention{}, false
	}
	c, j := adjective(toks, i)
	if j < 0 {
		c, j = es.institution(toks, i) // "a senior State Department official"
	}
	var other *entity
	if j > 0 && j+1 < len(toks) && toks[j].low == "and" {
		// "Japanese and U.S. trade officials": both sides.
		if c2, j2 := adjective(toks, j+1); j2 > 0 && c2.Name != c.Name {
			other = es.named(c2.Name, "country", c2.Name)
			j = j2
		}
	}
	if j > 0 && j+1 < len(toks) && groupModifiers[toks[j].low] && groupNouns[toks[j+1].low] {
		j++ // "Japanese trade officials"
	}
	if j < 0 || j >= len(toks) || !groupNouns[toks[j].low] {
		return mention{}, false
	}
	e := es.named(c.Name, "country", c.Name)
	return mention{kind: mentionActor, ent: e, country: e, partner: other, pair: other != nil, t0: i, t1: j + 1, party: travellingGroups[toks[j].low]}, true
}

// description reads "the [adjective] title" or "his [adjective]
// counterpart" and resolves it to a known person.
func (es *entities) description(toks []token, i int, before []mention) (mention, bool) {
	det := toks[i].lower()
	if !toks[i].is(classDescriptionDet) {
		return mention{}, false
	}
	j := i + 1
	country := ""
	if j < len(toks) {
		if c, k := adjective(toks, j); k > 0 {
			country, j = c.Name, k
		}
	}
	if j >= len(toks) {
		return mention{}, false
	}
	role := ""
	if toks[j].lower() == "counterpart" {
		j++
		if k := name(toks, j); det != "the" && j < len(toks) && toks[j].capitalised() && k > j {
			// "his West German counterpart Manfred Woerner": the
			// description titles the name after it.
			return mention{kind: mentionActor, ent: es.person(phrase(toks, j, k), "", country), t0: i, t1: k}, true
		}
	} else {
		r, k := title(toks, j)
		if k < 0 {
			return mention{}, false
		}
		role, j = r, k
	}
	if j < len(toks) && toks[j].capitalised() && name(toks, j) > j {
		return mention{}, false // "the President George Bush" is titled
	}
	if det == "the" && i >= 2 && toks[i-1].text == "," && len(before) > 0 {
		// "Michael Howard, the British minister, ...": a title in
		// apposition describes the name before it.
		// The name opens its sentence, and a comma closes the
		// apposition: not "Before meeting with Bush, the Crown Prince
		// paid a call".
		if m := before[len(before)-1]; m.kind == mentionActor && m.t1 == i-1 && m.t0 == 0 && m.ent.actor.Type == "person" && closedBy(toks, j) {
			return mention{kind: mentionActor, ent: m.ent, t0: i, t1: j}, true
		}
	}
	var exclude *entity
	if det == "his" || det == "her" {
		exclude = es.lastSubject
		for _, m := range before {
			if m.kind == mentionActor && m.ent.actor.Type == "person" && m.prep == "" {
				exclude = m.ent
				break
			}
		}
	}
	var e *entity
	if det == "the" && (country == "" || country == es.home) && toks[j-1].capitalised() {
		// "The President spoke with ...": in a government's own text,
		// who held the office on the day, however many foreign
		// presidents it named before.
		e = es.officeHolder(role)
	}
	if e == nil {
		e = es.described(country, role, exclude)
	}
	if e == nil && role == "" && country != "" && det != "the" {
		// "is expected to meet his Syrian counterpart in Moscow": a
		// counterpart the story does not name is of that state, and
		// stands for it.
		c := es.named(country, "country", country)
		return mention{kind: mentionActor, ent: c, country: c, t0: i, t1: j}, true
	}
	if e == nil {
		return mention{}, false
	}
	return mention{kind: mentionActor, ent: e, t0: i, t1: j}, true
}

// counterpartStates reads "his Syrian, Russian and Iranian counterparts"
// at i, a possessive determiner: the states whose counterparts they are,
// named by no one, the first and its partners.
func (es *entities) counterpartStates(toks []token, i int) (mention, bool) {
	var states []*entity
	j := i + 1
	for j < len(toks) {
		c, k := adjective(toks, j)
		if k <= 0 {
			return mention{}, false
		}
		states = append(states, es.named(c.Name, "country", c.Name))
		j = k
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j < len(toks) && toks[j].low == "and" {
			j++
		}
		if j < len(toks) && toks[j].low == "counterparts" {
			break
		}
	}
	if len(states) < 2 || j >= len(toks) || toks[j].low != "counterparts" || j+1 < len(toks) && toks[j+1].capitalised() {
		return mention{}, false // ("their Russian counterparts, Sergei Lavrov and ...": the names are read as such)
	}
	for k := i + 1; k < j; k++ {
		if toks[k].text == "," {
			toks[k].list = true // the list's commas end no clause
		}
	}
	return mention{kind: mentionActor, ent: states[0], country: states[0], partner: states[1], others: states[2:], t0: i, t1: j + 1}, true
}

// markLists marks the commas of toks that join the items of a list of
// mentions ("to Ghana, Tanzania and Zambia", "with A, B, and C"): a comma
// right after one mention and before another (past at most three title
// words), with the list going on after the second, or a comma before
// "and" and a last item. The commas around the country after a city
// ("to Johannesburg, South Africa, from June 29-30") end no clause
// either.
func markLists(toks []token, ments []mention) {
	for i := 0; i+1 < len(ments); i++ {
		a, b := ments[i], ments[i+1]
		if a.kind == mentionCity && b.country != nil && b.t0 == a.t1+1 && toks[a.t1].text == "," && timeline.SameCountry(a.city.Country.Name, b.country.actor.Name) {
			toks[a.t1].list = true
			if b.t1 < len(toks) && toks[b.t1].text == "," {
				toks[b.t1].list = true
			}
		}
	}
	for i := 0; i+1 < len(ments); i++ {
		a, b := ments[i], ments[i+1]
		if a.t1 >= len(toks) || toks[a.t1].text != "," || b.t0 <= a.t1 || b.t0-a.t1 > 5 {
			continue
		}
		k := a.t1 + 1
		if k < b.t0 && toks[k].low == "and" {
			k++
		}
		if k < b.t0 && toks[k].low == "the" {
			k++ // "Zambia, the Democratic Republic of Congo, and Sierra Leone"
		}
		for k < b.t0 && toks[k].capitalised() && toks[k].word() {
			k++
		}
		if k != b.t0 {
			continue
		}
		goesOn := toks[a.t1+1].low == "and" || b.t1 < len(toks) && (toks[b.t1].text == "," || toks[b.t1].low == "and")
		if goesOn {
			toks[a.t1].list = true
		}
	}
}

// pluralTitle reads a title in the plural at toks[i] ("Presidents",
// "Prime Ministers", "Foreign Ministers") and returns its role and end,
// or -1.
func pluralTitle(toks []token, i int) (string, int) {
	for n := min(3, len(toks)-i); n >= 1; n-- {
		last := toks[i+n-1].text
		if len(last) < 3 || !strings.HasSuffix(last, "s") || !toks[i].capitalised() {
			continue
		}
		words := make([]string, n)
		for k := range n {
			words[k] = toks[i+k].text
		}
		words[n-1] = strings.TrimSuffix(last, "s")
		if strings.HasSuffix(words[n-1], "ie") {
			words[n-1] = strings.TrimSuffix(words[n-1], "ie") + "y" // Secretaries
		}
		if r, ok := lexicon.LookupTitle(strings.Join(words, " ")); ok && r != "" {
			return r, i + n
		}
	}
	return "", -1
}

// ofCountry reads "of Saudi Arabia", "of the Netherlands" at toks[k]
// and returns the country and the end of its name, or -1.
func ofCountry(toks []token, k int) (lexicon.Country, int) {
	var none lexicon.Country
	if k+1 >= len(toks) || toks[k].low != "of" {
		return none, -1
	}
	i := k + 1
	if toks[i].low == "the" && i+1 < len(toks) {
		i++
	}
	var c lexicon.Country
	end := longest(toks, i, 4, func(s string) bool {
		var ok bool
		c, ok = lexicon.LookupCountry(s)
		return ok
	})
	if end < 0 || !toks[i].capitalised() {
		// "of the" may belong to the name: "the Countess of the Isles".
		end = longest(toks, k+1, 4, func(s string) bool {
			var ok bool
			c, ok = lexicon.LookupCountry(s)
			return ok
		})
		if end < 0 || !toks[k+1].capitalised() {
			return none, -1
		}
	}
	return c, end
}

// closedBy reports whether a comma closes the apposition that goes on at
// j, within a few words and before the sentence ends.
func closedBy(toks []token, j int) bool {
	for k := j; k < min(len(toks), j+10); k++ {
		switch toks[k].text {
		case ",":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// auxiliaries and common verbs after a country name make it the subject
// of its clause rather than an adjective: "the U.S. has", "U.S. and".
var auxiliaries = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"can": true, "said": true, "says": true, "and": true, "or": true, "to": true, "in": true,
	"on": true, "for": true, "with": true, "from": true, "at": true, "of": true, "by": true,
	"did": true, "does": true, "must": true, "also": true, "signed": true, "agreed": true,
	"met": true, "wants": true, "plans": true, "hopes": true,
}

// regionEnds reports whether a region's name ending at j stands for the
// region, not an adjective of the noun after it: "a trip to the Middle
// East next week", but "the Pacific port city", "Union Pacific Corp".
func regionEnds(toks []token, j int) bool {
	if j >= len(toks) || !toks[j].word() {
		return true
	}
	return regionFollowers[toks[j].low] || timeWord(toks[j].low)
}

// regionFollowers may come after a region that is a place.
var regionFollowers = map[string]bool{
	"for": true, "on": true, "to": true, "after": true, "in": true, "at": true, "late": true, "early": true,
	"yesterday": true, "today": true, "tonight": true, "tomorrow": true, "and": true, "or": true, "last": true,
	"next": true, "this": true, "where": true, "with": true, "from": true, "later": true, "until": true,
	"before": true, "during": true, "since": true, "by": true, "via": true, "when": true, "as": true,
	"but": true, "which": true, "over": true, "amid": true, "ahead": true, "s": true,
}

// regionWords make a country word part of a region's name.
var regionWords = map[string]bool{"North": true, "South": true, "Latin": true, "Central": true, "Middle": true}

// phraseAt reads a capitalised phrase at i that is an organisation, a
// country, a known person or a city.
func (es *entities) phraseAt(toks []token, i int) (mention, bool) {
	max := lexicon.MaxWords()
	// Most capitalised words begin no name the lexicon knows; the
	// phrases from them need not be looked up.
	named := lexicon.MayStartName(toks[i].text)
	if named && toks[i].low == "the" {
		// "the" starts a name only before a word that may start one.
		named = i+1 < len(toks) && lexicon.MayStartName(toks[i+1].text)
	}
	look := func(max int, ok func(string) bool) int {
		if !named {
			return -1
		}
		return longest(toks, i, max, ok)
	}
	var org string
	if j := look(max, func(s string) bool {
		var ok bool
		org, ok = lexicon.LookupOrganisation(s)
		return ok
	}); j > 0 {
		return mention{kind: mentionActor, ent: es.named(org, "organisation", ""), t0: i, t1: j}, true
	}
	if base, ok := strings.CutSuffix(toks[i].text, "-related"); ok {
		// "ASEAN-related summits": the body's own meetings.
		if org, ok := lexicon.LookupOrganisation(base); ok {
			return mention{kind: mentionActor, ent: es.named(org, "organisation", ""), t0: i, t1: i + 1}, true
		}
	}
	if j := meetingName(toks, i); j > 0 {
		name := phrase(toks, i, j)
		for k := i + 1; k < j-1; k++ {
			// "the Venice Economic Summit": a place before a name
			// the lexicon knows, the Group of Seven's summit.
			if org, ok := lexicon.LookupOrganisation(phrase(toks, k, j)); ok {
				if _, city := lexicon.LookupCity(phrase(toks, i, k)); city {
					name = org
				}
				break
			}
		}
		return mention{kind: mentionActor, ent: es.named(name, "organisation", ""), t0: i, t1: j}, true
	}
	if lexicon.MayStartRegion(toks[i].text) {
		var region string
		if j := longest(toks, i, 4, func(s string) bool {
			var ok bool
			region, ok = lexicon.LookupRegion(s)
			return ok
		}); j > 0 && regionEnds(toks, j) {
			return mention{kind: mentionRegion, region: region, t0: i, t1: j}, true
		} else if j > 0 && toks[j].low == "region" && regionEnds(toks, j+1) {
			// "will travel to the Asia-Pacific region, Aug. 17-23"
			return mention{kind: mentionRegion, region: region, t0: i, t1: j + 1}, true
		}
	}
	if i > 0 && regionWords[toks[i-1].text] {
		return mention{}, false // "North America", "Latin America"
	}
	if i > 1 && (toks[i-1].text == "de" || toks[i-1].text == "of" || toks[i-1].text == "do") && toks[i-2].capitalised() && !honorifics[toks[i-2].text] {
		if _, isTitle := lexicon.LookupTitle(toks[i-2].text); !isTitle {
			return mention{}, false // "Petroles de Venezuela", "Bank of Japan" are names of their own
		}
	}
	var c lexicon.Country
	j := look(max, func(s string) bool {
		var ok bool
		c, ok = lexicon.LookupCountry(s)
		return ok
	})
	if j > 0 {
		if _, k := adjective(toks, i); k > j {
			return mention{}, false // "North Korean" is an adjective, not "North Korea"
		}
		if k := look(4, func(s string) bool { _, ok := lexicon.LookupCity(s); return ok }); k > j {
			j = 0 // "Mexico City", "Kuwait City": the city, read below
		}
	}
	if j > 0 {
		first := i
		if toks[first].low == "the" {
			first++ // "The U.S. Regional carrier": the article is no part of the adjective
		}
		if _, ok := lexicon.LookupAdjective(phrase(toks, first, j)); ok && j < len(toks) && toks[j].word() && !auxiliaries[toks[j].low] && !toks[j].possessive() &&
			!prepositions[toks[j].low] && !clauseJoins[toks[j].low] && !timeWord(toks[j].low) && !afterCountry[toks[j].low] {
			return mention{}, false // "U.S. semiconductor industry representatives"
		}
		e := es.named(c.Name, "country", c.Name)
		return mention{kind: mentionActor, ent: e, country: e, t0: i, t1: j}, true
	}
	if k := name(toks, i); k > i {
		if e := es.byName[phrase(toks, i, k)]; e != nil && e.actor.Type == "person" {
			return mention{kind: mentionActor, ent: e, t0: i, t1: k}, true
		}
		if e := es.alias(toks[i].text); e != nil && k == i+1 {
			return mention{kind: mentionActor, ent: e, t0: i, t1: i + 1}, true
		}
		if e := es.misspelt(toks[i].text); e != nil && k == i+1 {
			return mention{kind: mentionActor, ent: e, t0: i, t1: i + 1}, true
		}
	}
	if m, ok := es.bare(toks, i); ok {
		return m, true // "Perez de Cuellar told": a name, though Perez is a town
	}
	var city lexicon.City
	if j := look(4, func(s string) bool {
		var ok bool
		city, ok = lexicon.LookupCity(s)
		return ok
	}); j > 0 && !longerName(toks, j) {
		if city.Name == es.here.City && es.here.Country != "" && city.Country.Name != es.here.Country {
			if c, ok := lexicon.LookupCountry(es.here.Country); ok {
				city.Country = c // the dateline's Palm Beach, not Australia's
			}
		}
		return mention{kind: mentionCity, city: city, t0: i, t1: j}, true
	}
	return mention{}, false
}

// relationNames title the name after them by its holder's relation to
// the person before them: "Suga's predecessor Shinzo Abe".
var relationNames = wordSet(`predecessor successor counterpart`)

// seatAt returns the city of the seat of government whose name opens
// toks[i:] ("White House", "Kremlin"; see venueCities), and the end of
// the name.
func seatAt(toks []token, i int) (lexicon.City, int, bool) {
	k := i
	for k < len(toks) && k-i < 5 && toks[k].capitalised() && toks[k].word() {
		k++
	}
	for j := k; j > i; j-- {
		if c, ok := venueCities[phrase(toks, i, j)]; ok {
			if city, ok := lexicon.LookupCity(c[0]); ok && timeline.SameCountry(city.Country.Name, c[1]) {
				return city, j, true
			}
		}
	}
	return lexicon.City{}, 0, false
}

// longerName reports whether the capitalised word at toks[j], after a
// city's name, makes the name another's: "Porto Cervo", "the Washington
// Post". A title, an institution, a day or a month, or a name the
// lexicon knows, does not: "Moscow Mayor", "Tokyo Stock Exchange" (see
// institutions), "Geneva Monday".
func longerName(toks []token, j int) bool {
	if j >= len(toks) || !toks[j].capitalised() || !toks[j].word() || notName[toks[j].text] || institutions[toks[j].text] {
		return false
	}
	w := toks[j].text
	if _, ok := lexicon.LookupTitle(w); ok {
		return false
	}
	if _, ok := lexicon.LookupCountry(w); ok {
		return false
	}
	if _, ok := lexicon.LookupCity(w); ok {
		return false
	}
	if _, ok := lexicon.LookupAdjective(w); ok {
		return false
	}
	return !lexicon.MayStartTitle(w) && !lexicon.MayStartName(w)
}

// countryObject are the words after which "the country" is where a
// journey goes or comes from.
var countryObject = map[string]bool{
	"visit": true, "visits": true, "visited": true, "visiting": true, "toured": true, "tour": true,
	"tours": true, "touring": true, "left": true, "leave": true, "leaves": true, "leaving": true,
	"entered": true, "enter": true, "enters": true, "reached": true, "to": true, "into": true,
	"from": true, "in": true,
}

// pairNouns are the plurals "the two ..." and "both ..." name two people
// with.
var pairNouns = map[string]bool{
	"leaders": true, "presidents": true, "men": true, "women": true, "ministers": true,
	"premiers": true, "chancellors": true, "heads": true,
}

// pairNamedBefore reports whether the sentence names people a and b
// before "their" at i, with no group of people ("ministers", "nations")
// after the later of them that "their" could be of instead.
// noOneBefore reports whether no actor and no plural group stands before
// token i of its sentence: "The agreement followed their meeting
// Thursday", told after a sentence that named the two.
func noOneBefore(out []mention, toks []token, i int) bool {
	for _, m := range out {
		if m.kind == mentionActor && m.t0 < i {
			return false
		}
	}
	for k := 0; k < i; k++ {
		if groupNouns[toks[k].low] || pluralGroups[toks[k].low] {
			return false
		}
	}
	return true
}

func pairNamedBefore(out []mention, toks []token, i int, a, b *entity) bool {
	var seenA, seenB bool
	last := -1
	for _, m := range out {
		if m.kind != mentionActor || m.pronoun {
			continue
		}
		if m.ent == a {
			seenA, last = true, max(last, m.t1)
		}
		if m.ent == b {
			seenB, last = true, max(last, m.t1)
		}
	}
	if !seenA || !seenB {
		return false
	}
	for k := last; k < i; k++ {
		if !toks[k].capitalised() && (groupNouns[toks[k].low] || pluralGroups[toks[k].low]) {
			return false
		}
	}
	return true
}

// pluralGroups are plural nouns for people or states that "their" may
// stand for.
var pluralGroups = wordSet(`nations countries states experts members delegates sides governments parties allies partners`)

// meetingAfter reports whether a meeting noun stands at i, past at most
// two modifiers: "their first summit", "their talks".
func meetingAfter(toks []token, i int) bool {
	for k := i; k < min(len(toks), i+5); k++ { // "their first round of summit talks"
		if k >= i+3 && toks[k-1].low != "of" && toks[k-2].low != "of" {
			return false
		}
		switch toks[k].low {
		case "summit", "meeting", "talks":
			return true
		}
		if toks[k].capitalised() || !toks[k].word() {
			return false
		}
	}
	return false
}

// metAfter reports whether the words from i, past adverbs of order and
// auxiliaries, are "met" or "held talks": "They first met", "they had
// last held talks".
func metAfter(toks []token, i int) bool {
	for k := i; k < min(len(toks), i+3); k++ {
		switch toks[k].low {
		case "first", "last", "previously", "also", "had", "have", "once", "earlier", "already":
			continue
		case "met":
			return true
		case "held":
			return k+1 < len(toks) && (toks[k+1].low == "talks" || toks[k+1].low == "a" && k+2 < len(toks) && (toks[k+2].low == "summit" || toks[k+2].low == "meeting")) ||
				phoneAfter(toks, k+1)
		case "spoke", "talked":
			// "They spoke by phone in late August"
			return k+2 < len(toks) && (toks[k+1].low == "by" || toks[k+1].low == "on" || toks[k+1].low == "over") && phoneAfter(toks, k+2)
		}
		return false
	}
	return false
}

// phoneAfter reports whether a telephone's noun stands at i, after at
// most a determiner and an ordinal: "their first phone conversation",
// "the phone", "telephone".
func phoneAfter(toks []token, i int) bool {
	for k := i; k < min(len(toks), i+3); k++ {
		switch toks[k].low {
		case "a", "the", "their", "first", "second", "another":
			continue
		case "phone", "telephone", "phones":
			return true
		}
		return false
	}
	return false
}

// pairPhrase returns the end of "the two leaders" or "both leaders" (or
// "the two foreign ministers") at i, or i.
func pairPhrase(toks []token, i int) int {
	j := i
	switch {
	case toks[j].low == "the" && j+1 < len(toks) && toks[j+1].low == "two":
		j += 2
	case toks[j].low == "both":
		j++
	default:
		return i
	}
	if j < len(toks) && !pairNouns[toks[j].low] && j+1 < len(toks) && pairNouns[toks[j+1].low] && !toks[j].capitalised() {
		j++ // "the two foreign ministers"
	}
	if j < len(toks) && pairNouns[toks[j].low] {
		return j + 1
	}
	if j < len(toks) && j == i+2 && pairVerbs[toks[j].low] {
		return j // "The two first met in Brussels in May": the two named last
	}
	return i
}

// leadersRef returns the end of "the leaders" (or "the heads of state")
// at i as the subject of its clause, before its verb, or i.
func leadersRef(toks []token, i int) int {
	if toks[i].low != "the" || i > 0 && !toks[i-1].breaks() || i+2 >= len(toks) {
		return i
	}
	k := i + 1
	switch {
	case toks[k].low == "leaders":
		k++
	case toks[k].low == "heads" && toks[k+1].low == "of" && k+2 < len(toks) && toks[k+2].low == "state":
		k += 3
	default:
		return i
	}
	if k >= len(toks) || !pairVerbs[toks[k].low] {
		return i
	}
	return k
}

// creditorGroup returns where the name of creditor states at i starts,
// past a count, and ends — "16 Western creditor countries", "its creditor
// governments" — or i, i.
func creditorGroup(toks []token, i int) (int, int) {
	j := i
	if isDigits(toks[j].low) || toks[j].is(classDeterminer) {
		j++
	}
	k := j
	if k < len(toks) && (toks[k].text == "Western" || toks[k].low == "official") {
		k++
	}
	if k+1 < len(toks) && creditorStates(toks, k) {
		return j, k + 2
	}
	return i, i
}

// pairVerbs may follow "the two" used alone for two people.
var pairVerbs = wordSet(`met meet meets first last also then later had have will would held hold spoke agreed signed discussed shook`)

// organOf returns the organisation "the council" (board, committee)
// names: one that is such an organ by its own name and that the story
// named in its headline or first two sentences ("the International Tin
// Council", before the European Community named three times since), or
// else the last organisation named. (The International Tin Council named
// in passing further down is not "the council" of a cocoa story.)
func (es *entities) organOf(organ string) *entity {
	suffix := " " + strings.ToUpper(organ[:1]) + organ[1:]
	for _, e := range es.all {
		if e.actor.Type == "organisation" && e.first <= 3 && strings.HasSuffix(e.actor.Name, suffix) {
			return e
		}
	}
	return es.lastBody
}

// formerWords tell a title held before: "then Prime Minister", "the late
// President".
var formerWords = wordSet(`then former late ex-`)

// personModifiers stand between a preposition and a person's title:
// "with outgoing Premier Li Keqiang", "with newly elected President X".
var personModifiers = wordSet(`outgoing incoming new newly-elected newly-appointed former then then-president late acting interim caretaker`)

// pairOfStates reports whether the pair phrase toks[i:k] names two
// states' leaders: "the two heads of state", "the two presidents".
func pairOfStates(toks []token, i, k int) bool {
	switch toks[k-1].low {
	case "presidents", "premiers", "chancellors":
		return true
	case "heads":
		return k+1 < len(toks) && toks[k].low == "of" && toks[k+1].low == "state"
	}
	return false
}

// lastOfStates returns the last two people named of two different
// states, the earlier first, or a and b when there are not two such.
func (es *entities) lastOfStates(a, b *entity) (*entity, *entity) {
	var two []*entity
	for k := len(es.recent) - 1; k >= 0 && len(two) < 2; k-- {
		e := es.recent[k]
		if c := e.actor.Country; c != "" && (len(two) == 0 || !timeline.SameCountry(c, two[0].actor.Country)) {
			two = append(two, e)
		}
	}
	if len(two) < 2 {
		return a, b
	}
	return two[1], two[0]
}

// statesPhrase returns the end of "the two countries" or "both sides"
// (nations, governments) at i, or i.
func statesPhrase(toks []token, i int) int {
	j := i
	switch {
	case toks[j].low == "the" && j+1 < len(toks) && toks[j+1].low == "two":
		j += 2
	case toks[j].low == "both":
		j++
	default:
		return i
	}
	if j < len(toks) {
		switch toks[j].low {
		case "countries", "nations", "sides", "governments":
			return j + 1
		}
	}
	return i
}

// lastStates returns the states of the last two people named who are of
// two different states, as country entities, the earlier first; else the
// last two states named; or nils.
func (es *entities) lastStates() (*entity, *entity) {
	var two []string
	for k := len(es.recent) - 1; k >= 0 && len(two) < 2; k-- {
		if c := es.recent[k].actor.Country; c != "" && (len(two) == 0 || !timeline.SameCountry(c, two[0])) {
			two = append(two, c)
		}
	}
	if len(two) < 2 {
		if len(es.recentStates) == 2 {
			// No two people of two states: the last two states named.
			return es.recentStates[0], es.recentStates[1]
		}
		return nil, nil
	}
	return es.named(two[1], "country", two[1]), es.named(two[0], "country", two[0])
}

// groupPhrase returns the end of "the three leaders", "the four
// ministers" at i and how many people it names (three to five), or i.
func groupPhrase(toks []token, i int) (int, int) {
	if toks[i].low != "the" || i+2 >= len(toks) {
		return i, 0
	}
	n := map[string]int{"three": 3, "four": 4, "five": 5}[toks[i+1].low]
	if n == 0 {
		return i, 0
	}
	j := i + 2
	if !pairNouns[toks[j].low] && j+1 < len(toks) && pairNouns[toks[j+1].low] && !toks[j].capitalised() {
		j++ // "the three foreign ministers"
	}
	if pairNouns[toks[j].low] {
		return j + 1, n
	}
	return i, 0
}

// askedBy gives the pronouns of an opening "Asked if he planned to visit
// the U.S. ..., Miyazawa said" the person who answers: the subject after
// the clause's comma, named after them.
func askedBy(toks []token, out []mention) {
	if len(toks) < 4 || toks[0].low != "asked" {
		return
	}
	comma := slices.IndexFunc(toks, func(t token) bool { return t.text == "," })
	if comma < 0 {
		return
	}
	var who *entity
	for _, m := range out {
		if m.t0 > comma && m.kind == mentionActor && !m.pronoun && m.prep == "" && m.ent.actor.Type == "person" {
			who = m.ent
			break
		}
	}
	if who == nil {
		return
	}
	for i := range out {
		if m := &out[i]; m.t1 <= comma && m.pronoun && m.partner == nil && m.ent != nil && m.ent.actor.Type == "person" {
			m.ent = who
		}
	}
}

// subjectList returns the people of the list that opens the sentence
// before token i ("Prime Minister Fumio Kishida, U.S. President Joe Biden
// and South Korean President Yoon Suk Yeol agreed"), or nil: persons
// joined by commas and "and", with no other mention among them.
func subjectList(out []mention, toks []token, i int) []*entity {
	var list []*entity
	prev := -1
	opening := 0 // past a phrase that opens the sentence: "At their summit in Singapore in November, Abe and Putin agreed"
	if len(toks) > 0 && openers[toks[0].low] {
		if c := slices.IndexFunc(toks, func(t token) bool { return t.text == "," || t.text == "." }); c > 0 && toks[c].text == "," {
			opening = c + 1
		}
	}
	for _, m := range out {
		if m.t0 >= i {
			break
		}
		if m.t1 <= opening {
			continue
		}
		if m.kind != mentionActor || m.ent.actor.Type != "person" || m.prep != "" || m.pronoun {
			break
		}
		if prev >= 0 {
			gap := toks[prev:m.t0]
			joined := len(gap) == 1 && (gap[0].text == "," || gap[0].low == "and") ||
				len(gap) == 2 && gap[0].text == "," && gap[1].low == "and"
			if !joined {
				break
			}
		} else if m.t0 > 1 && m.t0 != opening {
			break
		}
		list = append(list, m.ent)
		prev = m.t1
	}
	return list
}

// nameCase writes a name in capitals as a name: "BORIS JOHNSON" is
// "Boris Johnson", "AL-MALIKI" "Al-Maliki".
func nameCase(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if isASCIILetter(b[i]) && (i == 0 || b[i-1] == ' ' || b[i-1] == '-' || b[i-1] == '\'') {
			b[i] = b[i] - 'a' + 'A'
		}
	}
	return string(b)
}

// apposedName reads a name the lexicon does not know set off by commas
// after the description that opens its sentence or a phrase set off by a
// comma: "The vice minister of Ministry of International Trade and
// Industry, Makoto Kuroda, flew in from Tokyo", "..., its ambassador to
// Kuwait, Ernest Zverev, told KUNA". The description must hold a title
// word of office.
func (es *entities) apposedName(toks []token, i int) (mention, bool) {
	start := 0 // past a dateline's dash: "TOKYO, April 26 (Reuters) - The ..."
	for j := 0; j < i; j++ {
		if w := toks[j].text; w == "-" || w == "--" || w == "—" || w == "–" {
			start = j + 1
		}
	}
	if i < start+3 || toks[i-1].text != "," {
		return mention{}, false
	}
	// Or after the comma that opens an apposition of its own: "...,
	// its ambassador to Kuwait, Ernest Zverev, told KUNA".
	for j := i - 2; j > start; j-- {
		if toks[j].text == "," && !toks[j].list {
			start = j + 1
			break
		}
	}
	switch toks[start].low {
	case "the", "its", "his", "her", "their":
	default:
		return mention{}, false
	}
	k := name(toks, i)
	if k-i < 2 || k-i > 3 || k >= len(toks) || toks[k].text != "," {
		return mention{}, false
	}
	role := ""
	for j := start + 1; j < i-1; j++ {
		if toks[j].breaks() {
			return mention{}, false
		}
		if officeWords[toks[j].low] && role == "" {
			role = toks[j].low
			if j > start+1 && (toks[j-1].low == "vice" || toks[j-1].low == "deputy" || toks[j-1].low == "foreign" || toks[j-1].low == "prime") {
				role = toks[j-1].low + " " + role
			}
		}
	}
	if role == "" {
		return mention{}, false
	}
	return mention{kind: mentionActor, ent: es.person(phrase(toks, i, k), role, ""), t0: i, t1: k}, true
}

// listedAfter reads the names listed after a plural description of
// office holders: "their Russian counterparts, Sergei Lavrov and Sergei
// Shoigu", "the two foreign ministers, Wang Yi and Park Jin". Each name
// of two or three words is a person of the description's state.
func (es *entities) listedAfter(toks []token, i int) (mention, bool) {
	k := name(toks, i)
	if k-i < 2 || k-i > 3 || k < len(toks) && toks[k].text != "," && toks[k].low != "and" && toks[k].text != "." && toks[k].text != ";" {
		return mention{}, false
	}
	if i >= 2 && toks[i-1].low == "and" && es.listFrom == i-1 {
		// "... and Sergei Shoigu": the list goes on.
		es.listFrom = k
		return mention{kind: mentionActor, ent: es.person(phrase(toks, i, k), "", es.listState), t0: i, t1: k}, true
	}
	if i < 3 || toks[i-1].text != "," || !pluralOffices[toks[i-2].low] {
		return mention{}, false
	}
	state := ""
	j := i - 3
	for j >= 0 && j >= i-6 && !determiners[toks[j].low] && toks[j].low != "their" {
		if c, e := adjective(toks, j); e == i-2 || e > 0 && e < i-2 {
			state = c.Name
		}
		j--
	}
	if j < 0 || j < i-6 {
		return mention{}, false
	}
	es.listFrom, es.listState = k, state
	return mention{kind: mentionActor, ent: es.person(phrase(toks, i, k), "", state), t0: i, t1: k}, true
}

// pluralOffices are the plural descriptions of office holders a list of
// their names may follow.
var pluralOffices = wordSet(`counterparts ministers envoys ambassadors leaders presidents premiers officials delegates negotiators`)

// officeWords name an office of state in a description: "the vice
// minister of ...", "the country's chief negotiator".
var officeWords = wordSet(`minister secretary ambassador envoy negotiator governor representative undersecretary`)

// metName reads the person someone meets or speaks with when the lexicon
// knows neither the name nor the whole title before it: after "with",
// a run of capitalised words ending in a name of two or three words,
// alone ("meet with Luigi Mattiolo, Diplomatic Advisor to ...") or after
// a title word ("with ... Politburo Member and Director of the Office of
// the Foreign Affairs Commission Yang Jiechi as part of").
func (es *entities) metName(toks []token, i int) (mention, bool) {
	if i == 0 || toks[i-1].low != "with" {
		return mention{}, false
	}
	k, titled := i, false
	for k < len(toks) && k-i < 20 {
		t := toks[k]
		if t.capitalised() && t.word() {
			if _, ok := lexicon.LookupTitle(t.text); ok || titleWords[t.text] {
				titled = true
			}
			k++
			continue
		}
		if t.low == "and" || t.low == "of" || t.low == "the" || t.low == "for" {
			// "Director of the Office of the Foreign Affairs
			// Commission": joiners before another capitalised word.
			n := k + 1
			for n < len(toks) && (toks[n].low == "of" || toks[n].low == "the") {
				n++
			}
			if n < len(toks) && toks[n].capitalised() {
				k = n
				continue
			}
		}
		break
	}
	// The name: the last two or three capitalised words, none a title
	// word, after the title if there is one.
	j := k
	for j > i && k-j < 3 && toks[j-1].capitalised() && toks[j-1].word() && !titleWords[toks[j-1].text] && !corporate[toks[j-1].text] {
		if _, ok := lexicon.LookupTitle(toks[j-1].text); ok {
			break
		}
		j--
	}
	if k-j < 2 || j > i && !titled {
		return mention{}, false
	}
	for x := j; x < k; x++ {
		if notName[toks[x].text] || corporate[toks[x].text] {
			return mention{}, false
		}
	}
	name := phrase(toks, j, k)
	for _, look := range []func(string) bool{
		func(s string) bool { _, ok := lexicon.LookupCountry(s); return ok },
		func(s string) bool { _, ok := lexicon.LookupCity(s); return ok },
		func(s string) bool { _, ok := lexicon.LookupOrganisation(s); return ok },
		func(s string) bool { _, ok := lexicon.LookupRegion(s); return ok },
	} {
		if look(name) {
			return mention{}, false
		}
	}
	return mention{kind: mentionActor, ent: es.person(name, "", ""), t0: i, t1: k}, true
}

// titleWords are words of titles the lexicon does not hold whole:
// "Politburo Member", "Diplomatic Advisor".
var titleWords = map[string]bool{"Member": true, "Director": true, "Advisor": true, "Adviser": true, "Head": true,
	"Chief": true, "Councilor": true, "Councillor": true, "Representative": true, "Envoy": true, "Officer": true}

// statePairAt reads a pair of states at toks[i], one hyphenated word or,
// after a dotted abbreviation, three tokens written together ("U.S.",
// "-", "Japanese"), and returns them and the end of the pair. The hyphen
// of the three then ends no clause segment.
func statePairAt(toks []token, i int) (lexicon.Country, lexicon.Country, int, bool) {
	if a, b, ok := statePair(toks[i].text); ok {
		return a, b, i + 1, true
	}
	if i+2 < len(toks) && toks[i+1].text == "-" && toks[i].span.End == toks[i+1].span.Start && toks[i+1].span.End == toks[i+2].span.Start {
		if a, b, ok := statePair(toks[i].text + "-" + toks[i+2].text); ok {
			toks[i+1].list = true
			return a, b, i + 3, true
		}
	}
	var none lexicon.Country
	return none, none, -1, false
}

// personPairAt reads "Reagan-Gorbachev" at i, two surnames of people the
// story named joined by a hyphen, and returns them and the end.
func (es *entities) personPairAt(toks []token, i int) (*entity, *entity, int, bool) {
	w, k := toks[i].text, i+1
	if i+2 < len(toks) && toks[i+1].text == "-" && toks[i].span.End == toks[i+1].span.Start && toks[i+1].span.End == toks[i+2].span.Start {
		w, k = toks[i].text+"-"+toks[i+2].text, i+3
	}
	j := strings.IndexByte(w, '-')
	if j <= 0 || j == len(w)-1 || strings.Count(w, "-") != 1 {
		return nil, nil, -1, false
	}
	a, b := es.alias(w[:j]), es.alias(w[j+1:])
	if a == nil || b == nil || a == b {
		return nil, nil, -1, false
	}
	if k == i+3 {
		toks[i+1].list = true
	}
	return a, b, k, true
}

// statePair reads a hyphenated adjective of two states, "Franco-German",
// "U.S.-Japanese", "Sino-Soviet", and returns them.
func statePair(w string) (lexicon.Country, lexicon.Country, bool) {
	var none lexicon.Country
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return none, none, false
	}
	first, second := w[:i], w[i+1:]
	a, ok := combiningForm(first)
	if !ok {
		return none, none, false
	}
	b, ok := lexicon.LookupAdjective(second)
	if !ok {
		if b, ok = lexicon.LookupCountry(second); !ok {
			return none, none, false
		}
	}
	if a.Name == b.Name {
		return none, none, false
	}
	return a, b, true
}

// combiningForm reads the first half of a pair of states: an adjective
// or a name ("U.S.", "Soviet", "Japan") or a combining form ("Franco",
// "Sino").
func combiningForm(w string) (lexicon.Country, bool) {
	if name, ok := combiningForms[w]; ok {
		return lexicon.LookupCountry(name)
	}
	if c, ok := lexicon.LookupAdjective(w); ok {
		return c, true
	}
	return lexicon.LookupCountry(w)
}

// combiningForms are the Latin first halves of state pairs.
var combiningForms = map[string]string{
	"Franco": "France", "Sino": "China", "Anglo": "United Kingdom", "Indo": "India", "Italo": "Italy",
	"Russo": "Russia", "Germano": "Germany", "Hispano": "Spain", "Luso": "Portugal", "Turco": "Turkey",
	"Greco": "Greece", "Austro": "Austria", "Nippo": "Japan",
}

// isDigits reports whether s is a number written in digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// fullNames gives the people events name by one word, before the story
// named them in full, their full name, when one person of the story
// alone bears it and holds the office they were titled with: the
// headline's "Secretary Clinton" is the "Secretary of State Hillary
// Rodham Clinton" of the text.
func (es *entities) fullNames(events []timeline.Event) {
	full := map[string]*entity{} // a surname -> the one person named in full with it, or nil for two
	for _, e := range es.all {
		f := strings.Fields(e.actor.Name)
		if e.actor.Type != "person" || len(f) < 2 {
			continue
		}
		w := f[len(f)-1]
		if o, ok := full[w]; ok && o != e {
			full[w] = nil
			continue
		}
		full[w] = e
	}
	fix := func(as []timeline.Actor, summary string) string {
		for i, a := range as {
			e := full[a.Name]
			if a.Type != "person" || strings.Contains(a.Name, " ") || e == nil {
				continue
			}
			if r := e.actor.Role; a.Role == "" || r != a.Role && !strings.HasPrefix(r, a.Role+" ") && !strings.HasSuffix(r, " "+a.Role) {
				// Only one of the office: "Secretary Clinton" is the
				// secretary of state; "President Reagan" is not Nancy
				// Reagan, nor King Salman Crown Prince Mohammed bin
				// Salman.
				continue
			}
			if a.Country != "" && e.actor.Country != "" && !timeline.SameCountry(a.Country, e.actor.Country) {
				continue
			}
			if !strings.Contains(summary, e.actor.Name) {
				summary = replaceName(summary, a.Name, e.actor.Name)
			}
			as[i].Name = e.actor.Name
			as[i].Country = or(a.Country, e.actor.Country)
			as[i].Role = or(a.Role, e.actor.Role)
		}
		return summary
	}
	for i := range events {
		e := &events[i]
		e.Summary = fix(e.Actors, e.Summary)
		e.Summary = fix(e.Recipients, e.Summary)
	}
}
