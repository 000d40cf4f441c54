package event

import (
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// A rule recognises one kind of diplomatic event by its trigger words.
// Rules live one per file (rule_*.go), each with sample sentences in its
// comment, and are listed in priority order in rules.go.
type rule struct {
	name   string
	kind   timeline.Kind
	mode   string
	cameo  string
	action string
	// triggers are lower-case word sequences; "*" stands for any one
	// word ("laid a wreath", "paid * visit").
	triggers []string
	// need says what the sentence must give around the trigger for the
	// rule to fire.
	need need
	// summary writes the event's one-line summary from its parts.
	summary func(p parts) string
	// yields lets the rules after this one try the same words when the
	// rule's need is not met: "met" is [membersRule]'s only after an
	// organisation's members.
	yields bool
	// travels says the rule's actor goes somewhere (visits, arrivals,
	// departures, returns): people and delegations, not countries.
	travels bool
	// reaches says the journey ends at the rule's place (visits,
	// arrivals): talks it was made for begin there and then.
	reaches bool
	// personObject says only a person is the direct object that the
	// trigger takes as a recipient: one "met Gorbachev", not "met the
	// Soviet Union".
	personObject bool
	// between says the parties after "between" are the rule's
	// recipients, not its actors: a mediator comes between them.
	between bool
	// hosted says an event of the rule held in another state than its
	// actor's, with no one named to hold it with, is with that state:
	// "Antonov begins two days of economic talks in Bonn".
	hosted bool
	// from says a party after "from" is a recipient: "received a phone
	// call from Crown Prince Mohammed bin Salman".
	//
	// forWhom says a party right after "for" is: "held a welcome
	// ceremony for Xi".
	forWhom bool
	from    bool
	// arrives, when set, tells that a trigger with no place after it
	// still moves someone: "arrived here", "He arrived on Saturday".
	// after is the word after the trigger.
	arrives func(h *hit, toks []token, after string) bool
	// object, when set, returns what the trigger acts on, for the
	// summary: "a memorial monument" a wreath is laid at.
	object func(h *hit, toks []token) string
	// check, when set, is the rule's own last test of a hit whose needs
	// are met, given its recipients: the rule's special cases live
	// here, not in the engine.
	check func(h *hit, toks []token, recips []*mention) bool
	// unnamed, when set, admits a hit whose actor the sentence does not
	// name, as a report of an event the story told before (see adopt):
	// "The Commissioners will pay a two-day visit to Bonn", "The new
	// agreement was signed on February 24".
	unnamed func(h *hit, toks []token) bool
	// mood, when set, gives the status its trigger itself tells, before
	// the tense reader: "was invited to Caracas" is only possible.
	mood func(h *hit, toks []token) (timeline.Status, bool)
	// lasting, when set, marks a hit whose event runs for months or
	// years ("the Uruguay round"): the story's day or focus does not
	// date it, only a time the text gives.
	lasting func(h *hit, toks []token) bool
	// inStory, when set, adjusts an event the rule found by what the
	// whole story is about: "spoke with" is a telephone call in a call's
	// readout.
	inStory func(e *timeline.Event, s *story)
	// sides, when set, rewrites the sides of an event the rule found,
	// before its summary is written: the leaders who witness a signing
	// sign for their states.
	sides func(h *hit, toks []token, e *timeline.Event)
}

// A story is what a rule may know of the whole story beside its
// sentence.
type story struct {
	title string
	// calls is set when the title or the text speaks of a telephone
	// call: the story is a call's readout.
	calls bool
	// day is the story's anchor day: whose offices its names hold.
	day time.Time
}

// newStory returns the story facts of a document.
func newStory(doc timeline.Document) *story {
	s := &story{title: doc.Title, day: doc.Anchor.Earliest}
	low := lower(doc.Title + " " + doc.Text)
	if t := lower(doc.Title); strings.Contains(t, "readout") && strings.Contains(t, "conversation with") {
		s.calls = true // "Readout of Vice President Biden's Conversation with Iraqi President Fuad Masum"
		return s
	}
	if !strings.Contains(low, "phone") && !strings.Contains(low, "call") {
		return s // each word below holds one of the two, and most stories neither
	}
	for _, w := range []string{"phone", "call with", "call to", "calls with", "calls to", "'s call", "’s call", "readout of the president's call", "telephone"} {
		if strings.Contains(low, w) {
			s.calls = true
			break
		}
	}
	return s
}

// need is what a rule requires beside its trigger.
type need int

const (
	needNothing      need = iota
	needPlace             // a city or a country after the trigger: "visited Moscow", "left Vladivostok"
	needRecipient         // another actor: "met Shevardnadze", "summit with Putin"
	needAgreement         // an agreement noun after the trigger: "signed a treaty"
	needActor             // an actor of its own, subject or possessor: "Kim's train pulled out"
	needOrganisation      // an organisation after the trigger: "a meeting of EC finance ministers"
	needMembers           // an organisation's members before the trigger: "NATO foreign ministers met"
	needBody              // an organisation naming the meeting before it: "the OPEC meeting", "an ICO council session"
)

// parts are what a summary is written from.
type parts struct {
	actor      string // the first actor's name, or "" ("A, B and C" for travellers together)
	plural     bool   // actor names several, who travel together
	recipients string // names joined with " and "
	place      string // the place as the text names it: city, else country
	bound      bool   // place is where the actor is bound, not where the event is
	attends    bool   // the actor attends rather than holds it: "will attend the summit"
	object     string // the trigger's object phrase ("a memorial monument for ...")
	trigger    string // the trigger as written
}

// or returns s, or alt when s is empty.
func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// join writes words with single spaces, leaving out empty ones.
func join(words ...string) string {
	var out []string
	for _, w := range words {
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// with returns "with R", or "" when there is no recipient.
func with(r string) string {
	if r == "" {
		return ""
	}
	return "with " + r
}

// triggerAt reports whether one of r's triggers starts at toks[i].
func (r *rule) triggerAt(toks []token, i int) bool {
	for _, t := range r.triggers {
		if matchTrigger(toks, i, strings.Fields(t)) {
			return true
		}
	}
	return false
}
