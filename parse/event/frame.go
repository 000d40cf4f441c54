package event

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// A story tells of one real event many times: "the talks will take place
// June 2-5" after "talks next month", "the meeting ended on Thursday"
// after "a Council meeting of INRO". frames joins the events read from
// the sentences of one story into one event per real event, its frame:
// each report stays as evidence; the frame takes the most precise date,
// the strongest status, the place and the participants any report gives.
// A meeting with no date of its own, held by someone on a visit the
// story dates, takes the visit's days.
//
// frames returns the joined events in the order of their first report,
// and records in alias the ID of each event joined into another.
func frames(events []timeline.Event, alias map[string]string, here timeline.Place) []timeline.Event {
	var out []timeline.Event
	for _, e := range events {
		i := slices.IndexFunc(out, func(f timeline.Event) bool { return joins(f, e) })
		if i < 0 {
			out = append(out, e)
			continue
		}
		out[i] = joinReport(out[i], e)
		alias[e.ID] = out[i].ID
	}
	arrivalDays(out)
	welcomeDays(out)
	duringVisits(out)
	visitDays(out)
	journeyDays(out)
	legDays(out, here)
	onwardDays(out)
	cityLegs(out)
	return out
}

// onwardDays ends a held visit with no last day of its own on the day its
// traveller goes on from it to another state, within three days: "began
// the tour in Paris on Monday ... On Tuesday, Kishida moved on to Rome"
// was in Paris from Monday to Tuesday.
func onwardDays(events []timeline.Event) {
	for _, w := range events {
		d := w.When.Start
		if frameFamily(w) != "visit" || !w.Status.Held() || !d.Placed() || d.Precision < timeline.Day || d.Fuzzy() || !onward(w) {
			continue
		}
		for i := range events {
			v := &events[i]
			s := v.When.Start
			if frameFamily(*v) != "visit" || !v.Status.Held() || v.When.End.Placed() || !s.Placed() || s.Precision < timeline.Day || s.Fuzzy() ||
				!timeline.ShareActor(v.Actors, w.Actors) || v.Place.Country == "" || timeline.SameCountry(v.Place.Country, w.Place.Country) {
				continue
			}
			if gap := d.Earliest.Sub(timeline.DayOf(s.Earliest).Earliest); gap > 0 && gap <= 3*24*time.Hour {
				v.When.End = dayQuoting(d, "next leg")
			}
		}
	}
}

// onward reports whether a visit is told as going on from another stop:
// "moved on to Rome", "flew on to Beijing", "continued to Seoul".
func onward(v timeline.Event) bool {
	for _, ev := range v.Evidence {
		t := strings.ToLower(ev.TriggerText)
		if strings.Contains(t, " on to") || strings.HasPrefix(t, "continue") || strings.HasPrefix(t, "proceed") {
			return true
		}
	}
	return false
}

// cityLegs makes a traveller's arrival in another city of the state a
// visit is paying, on a later day of it, the visit's next stop: "arriving
// in South Africa on Monday evening for a state visit ... arrived in
// Durban on Tuesday night from Pretoria" visits South Africa to Tuesday
// and Durban from Tuesday on, to the visit's end. The arrival becomes the
// stop's visit; the visit before it ends that day.
func cityLegs(events []timeline.Event) {
	for i := range events {
		a := &events[i]
		if a.Mode != timeline.ModeArrival || a.Place.City == "" || a.Place.Country == "" || !a.Status.Held() ||
			!a.When.Start.Placed() || a.When.Start.Precision < timeline.Day || a.When.Start.Fuzzy() {
			continue
		}
		day := dayQuoting(a.When.Start, "arrival")
		for j := range events {
			v := &events[j]
			if frameFamily(*v) != "visit" || v.CAMEO != "042" || !v.Status.Held() || !timeline.ShareActor(v.Actors, a.Actors) ||
				!timeline.SameCountry(v.Place.Country, a.Place.Country) || v.Place.City == a.Place.City ||
				!v.When.Start.Placed() || v.When.Start.Precision < timeline.Day || v.When.Start.Fuzzy() ||
				!day.Earliest.After(v.When.Start.Earliest) || v.When.End.Placed() && day.Earliest.After(v.When.End.Earliest) {
				continue
			}
			end := v.When.End
			v.When.End = dayQuoting(day, "next leg")
			a.Mode, a.CAMEO, a.Action = timeline.ModeVisit, "042", "visit"
			a.Recipients = []timeline.Actor{{Name: a.Place.Country, Type: "country", Country: a.Place.Country}}
			a.When = timeline.When{Start: day, End: end}
			a.Summary = stopSummary(a.Summary, a.Place.City)
			break
		}
	}
}

// stopSummary turns an arrival's summary into its stop's: "Xi Jinping
// arrives in Durban" is "Xi Jinping visits Durban".
func stopSummary(s, city string) string {
	for _, v := range []struct{ arrive, visit string }{{" arrives", " visits"}, {" arrive", " visit"}} {
		if k := strings.Index(s, v.arrive); k >= 0 {
			return s[:k] + v.visit + " " + city
		}
	}
	return s
}

// homeDays ends a visit with no last day of its own on the day its
// traveller goes home, when the story tells that within two weeks of its
// start: "Trump, who arrived in Japan on Saturday, will leave for home on
// Tuesday" visits Japan from Saturday to Tuesday. The going home is then
// the visit's last part, not an event of its own: it joins the visit,
// and alias records it.
func homeDays(events []timeline.Event, alias map[string]string) []timeline.Event {
	used := map[int]int{} // return -> the visit it ends
	for i := range events {
		v := &events[i]
		if frameFamily(*v) != "visit" || !v.When.Start.Placed() || v.When.Start.Precision < timeline.Day || v.Status.Off() {
			continue
		}
		// A visit that runs to its meetings runs to the going home too;
		// one whose last day the story tells ends there.
		open := !v.When.End.Placed() || v.When.End.Rule == "meetings"
		for k, r := range events {
			d := r.When.Start
			if r.Action != "return" || r.Status.Off() || !d.Placed() || d.Precision < timeline.Day || !timeline.ShareActor(v.Actors, r.Actors) ||
				!r.Place.IsZero() && !placeIsHome(r, *v) {
				continue
			}
			day := timeline.DayOf(d.Earliest).Earliest
			gap := day.Sub(timeline.DayOf(v.When.Start.Earliest).Earliest)
			if gap < 0 || gap > 14*24*time.Hour {
				continue
			}
			last := timeline.DayOf(v.When.Latest()).Earliest
			if open && laterStop(events, *v, day) {
				// "began the trip on Friday with two days in Tokyo ...
				// flying to Seoul, the last stop ... returns to
				// Washington on Thursday night": the going home ends
				// the last stop, not Tokyo.
				continue
			}
			switch {
			case open && gap > 0 && (!v.When.End.Placed() || d.Earliest.After(v.When.End.Latest)):
				v.When.End = dayQuoting(d, "return")
			case day.Equal(last) || day.Equal(last.AddDate(0, 0, 1)):
				// Home on the visit's last day or the next: its end.
			default:
				continue
			}
			if _, ok := used[k]; !ok {
				used[k] = i
			}
			break
		}
	}
	for k, r := range events {
		// "Siew returned from Washington on Friday", "before returning
		// to London on April 11": a going home the story tells beside
		// the journey it ends is that journey's last part, whatever
		// days the journey has, not an event of its own.
		if _, ok := used[k]; ok || r.Action != "return" || r.Status.Off() {
			continue
		}
		for i, v := range events {
			if frameFamily(v) != "visit" || v.Status.Off() || !timeline.ShareActor(v.Actors, r.Actors) ||
				statusGroup(r.Status) != statusGroup(v.Status) && !(v.Status == timeline.StatusOngoing && !r.Status.Held()) || // a planned return ends no journey done, but one going on
				!(r.Place.IsZero() || placeIsHome(r, v) || returnFrom(r) && !timeline.PlacesDiffer(r.Place, v.Place)) || !endsJourney(r, v) {
				continue
			}
			used[k] = i
			break
		}
	}
	if len(used) == 0 {
		return events
	}
	out := events[:0:0]
	for k, e := range events {
		if i, ok := used[k]; ok {
			alias[e.ID] = events[i].ID
			events[i].Evidence = append(events[i].Evidence, e.Evidence...)
			continue
		}
		out = append(out, e)
	}
	return out
}

// laterStop reports whether the traveller of visit v visits another
// state after v's first day and by day, the day he goes home.
func laterStop(events []timeline.Event, v timeline.Event, day time.Time) bool {
	first := timeline.DayOf(v.When.Start.Earliest).Earliest
	return slices.ContainsFunc(events, func(e timeline.Event) bool {
		if frameFamily(e) != "visit" || e.Status.Off() || !e.When.Start.Placed() || e.Place.Country == "" || v.Place.Country == "" ||
			timeline.SameCountry(e.Place.Country, v.Place.Country) || !timeline.ShareActor(e.Actors, v.Actors) {
			return false
		}
		s := timeline.DayOf(e.When.Start.Earliest).Earliest
		return s.After(first) && !s.After(day)
	})
}

// returnFrom reports whether r's trigger tells whence the traveller
// returns ("returned from Washington"), not whither ("will return to
// Japan late next month", another journey there).
func returnFrom(r timeline.Event) bool {
	return len(r.Evidence) > 0 && strings.HasSuffix(strings.ToLower(r.Evidence[0].TriggerText), "from")
}

// endsJourney reports whether return r may end journey v: r is not told
// before v begins, nor more than a month after, where both are dated.
func endsJourney(r, v timeline.Event) bool {
	if r.When.IsZero() || v.When.IsZero() {
		return true
	}
	d := timeline.DayOf(r.When.Earliest()).Earliest
	return !d.Before(timeline.DayOf(v.When.Earliest()).Earliest) && d.Sub(v.When.Latest()) <= 31*24*time.Hour
}

// placeIsHome reports whether return r goes to its traveller's own
// country, away from visit v: "returned to Washington" after a visit to
// Japan.
func placeIsHome(r, v timeline.Event) bool {
	if len(r.Actors) == 0 || r.Place.Country == "" || v.Place.Country == "" || timeline.SameCountry(r.Place.Country, v.Place.Country) {
		return false
	}
	// Of a traveller of no known country, a return to another country
	// is taken for home: "Biden was set to return to Washington" from
	// Mexico City.
	return r.Actors[0].Country == "" || timeline.SameCountry(r.Place.Country, r.Actors[0].Country)
}

// arrivalDays gives a visit the story dates no better than by its month
// the day its traveller arrives there: "Shultz' visit later this month to
// Moscow ... Shultz is set to arrive in Moscow April 13" visits from
// April 13.
func arrivalDays(events []timeline.Event) {
	for i := range events {
		v := &events[i]
		if frameFamily(*v) == "visit" && v.Status == timeline.StatusOngoing && !told(v.When) && !v.Place.IsZero() {
			arrivedOngoing(events, v)
			continue
		}
		if frameFamily(*v) == "visit" && v.Status == timeline.StatusOccurred && !v.When.Start.Placed() && !v.When.End.Placed() &&
			!v.Place.IsZero() && (!v.When.Length.IsZero() || thisTrip(*v)) {
			// "The encounter capped Trump's two-day visit to South
			// Korea. He arrived in Seoul on Saturday evening": a visit
			// of a told length, undated, began with the arrival.
			arrivedOngoing(events, v)
			if end, ok := endOf(v.When.Start, v.When.Length); ok && v.When.Start.Placed() {
				v.When.End = end
			}
			continue
		}
		if frameFamily(*v) == "visit" && v.When.Start.Placed() && v.When.Start.Precision > timeline.Day {
			// "arrived in London on Monday evening for a state visit":
			// a visit lasts days, from the day of its first hours.
			v.When.Start = dayQuoting(v.When.Start, v.When.Start.Rule)
			if e := v.When.End; !e.Placed() || e.Precision > timeline.Day && timeline.DayOf(e.Earliest).Earliest.Equal(v.When.Start.Earliest) {
				v.When.End = timeline.Date{}
				if end, ok := endOf(v.When.Start, v.When.Length); ok {
					v.When.End = end
				}
			}
			continue
		}
		if frameFamily(*v) != "visit" || v.Place.IsZero() || !v.When.Start.Placed() || v.When.Start.Precision >= timeline.Day {
			continue
		}
		for _, a := range events {
			d := a.When.Start
			if a.Mode != timeline.ModeArrival || !d.Placed() || d.Fuzzy() ||
				!timeline.ShareActor(v.Actors, a.Actors) || timeline.PlacesDiffer(v.Place, a.Place) ||
				statusGroup(a.Status) != statusGroup(v.Status) ||
				d.Earliest.Year() != v.When.Start.Earliest.Year() || d.Earliest.Month() != v.When.Start.Earliest.Month() {
				continue
			}
			last := v.When.End // "the last leg of his visit" on Friday
			v.When = timeline.When{Start: dayQuoting(d, "arrival"), Length: v.When.Length}
			if len(v.Evidence) > 0 && len(a.Evidence) > 0 && v.Evidence[0].Doc == a.Evidence[0].Doc && !a.Evidence[0].Title {
				v.Evidence[0].Time = a.Evidence[0].Time // quoted from the arrival's report
			}
			if last.Placed() && last.Precision >= timeline.Day && !last.Latest.Before(v.When.Start.Earliest) {
				v.When.End = last
			} else if end, ok := endOf(v.When.Start, v.When.Length); ok {
				v.When.End = end
			}
			break
		}
	}
}

// stayDays runs a visit the story dates by its first day alone on over
// the days its traveller is then told meeting, talking or signing in the
// visited country, within two weeks: "Merkel, who arrived in the US
// capital late Wednesday" held talks at the White House on Thursday, so
// her visit lasted to Thursday at least. The implied visits do the same
// over the meetings that imply them (see impliedVisits).
func stayDays(events []timeline.Event) {
	for i := range events {
		v := &events[i]
		if frameFamily(*v) != "visit" || v.Status.Off() || !v.When.Start.Placed() || v.When.Start.Precision != timeline.Day ||
			v.When.End.Placed() && v.When.End.Rule != "meetings" || v.Place.Country == "" {
			continue
		}
		first := timeline.DayOf(v.When.Start.Earliest).Earliest
		for _, m := range events {
			if f := frameFamily(m); f != "meeting" && f != "multilateral" && f != "sign" || statusGroup(m.Status) != statusGroup(v.Status) ||
				m.Place.Country == "" || !timeline.SameCountry(m.Place.Country, v.Place.Country) ||
				!timeline.ShareActor(append(slices.Clone(m.Actors), m.Recipients...), v.Actors) ||
				!m.When.Start.Placed() || m.When.Start.Precision < timeline.Day || m.When.Start.Fuzzy() {
				continue
			}
			last := timeline.DayOf(m.When.Latest()).Earliest
			if gap := last.Sub(first); gap <= 0 || gap > 14*24*time.Hour || !last.After(v.When.Latest()) {
				continue
			}
			v.When.End = timeline.DayOf(last)
			v.When.End.Rule = "meetings" // a last day the story does not tell as such
		}
	}
}

// meal reports whether the first report of e is a meal its sides share:
// a dinner, a banquet, a lunch, a breakfast.
func meal(e timeline.Event) bool {
	return len(e.Evidence) > 0 && mealWords.MatchString(strings.ToLower(e.Evidence[0].TriggerText))
}

// mealWords name meals in a trigger.
var mealWords = regexp.MustCompile(`\b(dinner|banquet|lunch|luncheon|breakfast|dine|dines|dined|dining)\b`)

// startAndEnd joins a time told by its first day alone and one told by
// its last alone, the last within two weeks after the first, into one
// interval.
func startAndEnd(a, b timeline.When) (timeline.When, bool) {
	if a.End.Placed() && !a.Start.Placed() {
		a, b = b, a
	}
	if !a.Start.Placed() || a.End.Placed() || a.Start.Precision < timeline.Day || b.Start.Placed() || !b.End.Placed() || b.End.Precision < timeline.Day {
		return timeline.When{}, false
	}
	first, last := timeline.DayOf(a.Start.Earliest).Earliest, timeline.DayOf(b.End.Earliest).Earliest
	if gap := last.Sub(first); gap <= 0 || gap > 14*24*time.Hour {
		return timeline.When{}, false
	}
	return timeline.When{Start: timeline.DayOf(a.Start.Earliest), End: b.End}, true
}

// thisTrip reports whether the first report of visit v names the trip
// the story tells of, by "this" or as the traveller's first or last one:
// "It is Merkel's last trip to Washington as chancellor", "on his first
// visit to China".
func thisTrip(v timeline.Event) bool {
	if len(v.Evidence) == 0 {
		return false
	}
	ev := v.Evidence[0]
	k := ev.Trigger.Start - ev.SentenceSpan.Start
	if k < 0 || k > len(ev.Sentence) {
		return false
	}
	before := strings.ToLower(ev.Sentence[:k])
	return thisTripWords.MatchString(before)
}

// thisTripWords end the words before a visit's noun that make it the
// story's own trip.
var thisTripWords = regexp.MustCompile(`\b(this|(his|her|its|their|\w+'s?) (first|last|final|maiden|first-ever|inaugural)( \w+)?( \w+)?)\s*$`)

// welcomeDays starts a visit of a length that the story does not date on
// the day its host welcomed the visitor: "Macron welcomed Trump to Paris
// on Thursday ... Trump, on a two-day visit, ..." visits on Thursday and
// Friday.
func welcomeDays(events []timeline.Event) {
	for i := range events {
		v := &events[i]
		if frameFamily(*v) != "visit" || !v.When.IsZero() || v.When.Length.IsZero() || !v.Status.Held() {
			continue
		}
		for _, w := range events {
			d := w.When.Start
			if w.Mode != timeline.ModeVisit || w.CAMEO != "043" || !w.Status.Held() || !d.Placed() || d.Fuzzy() ||
				!timeline.ShareActor(w.Recipients, v.Actors) || timeline.PlacesDiffer(v.Place, w.Place) && !here(*v) {
				continue
			}
			v.When = timeline.When{Start: dayQuoting(d, "welcome"), Length: v.When.Length}
			if end, ok := endOf(v.When.Start, v.When.Length); ok {
				v.When.End = end
			}
			if w.Place.City != "" && v.Place.City != w.Place.City && (here(*v) || timeline.SameCountry(v.Place.Country, w.Place.Country)) {
				// Welcomed to Paris: there, wherever the story is filed.
				v.Summary = strings.Replace(v.Summary, or(v.Place.City, v.Place.Country), w.Place.City, 1)
				v.Place = timeline.Place{City: w.Place.City, Country: w.Place.Country}
				v.Recipients = []timeline.Actor{{Name: w.Place.Country, Type: "country", Country: w.Place.Country}}
			}
			break
		}
	}
}

// here reports whether the place of v is only where the story is filed,
// the place of a visit that named none ("Trump, on a two-day visit,").
func here(v timeline.Event) bool {
	return len(v.Evidence) > 0 && v.Place.City != "" && !strings.Contains(v.Evidence[0].Sentence, v.Place.City)
}

// journeyDays gives the undated stops of a journey the journey's days:
// "will travel to the Asia-Pacific region, Aug. 17-23. During the
// week-long trip, Work will visit Japan and Korea." A stop takes them
// from a dated visit of the same traveller, told the same way (done or
// to come), that lasts more than a day and goes to a region or is named
// a trip in the stop's sentence.
func journeyDays(events []timeline.Event) {
	for i := range events {
		v := &events[i]
		if frameFamily(*v) != "visit" || !v.When.IsZero() || len(v.Evidence) == 0 {
			continue
		}
		trip := journeyWords.MatchString(strings.ToLower(v.Evidence[0].Sentence))
		for _, j := range events {
			if frameFamily(j) != "visit" || j.When.IsZero() || spanOf(j.When) < 24*time.Hour || j.When.Start.Rule == "begins" ||
				statusGroup(j.Status) != statusGroup(v.Status) || !timeline.ShareActor(j.Actors, v.Actors) ||
				!trip && j.Place.Region == "" {
				continue
			}
			v.When = timeline.When{Start: j.When.Start, End: j.When.End}
			break
		}
	}
}

// arrivedOngoing starts a visit the story tells as going on, with no
// start of its own, on the day its traveller arrived there in the days
// before: "Aqazadeh is in the United Arab Emirates ... arrived last
// night" has been there since last night.
func arrivedOngoing(events []timeline.Event, v *timeline.Event) {
	for _, a := range events {
		d := a.When.Start
		if a.Mode != timeline.ModeArrival || a.Status != timeline.StatusOccurred || !d.Placed() || d.Precision < timeline.Day ||
			!timeline.ShareActor(v.Actors, a.Actors) || timeline.PlacesDiffer(v.Place, a.Place) {
			continue
		}
		if v.When.Start.Placed() && (d.Earliest.After(v.When.Start.Latest) || v.When.Start.Earliest.Sub(d.Earliest) > 7*24*time.Hour) {
			continue // an arrival after the visit's day, or long before it, is another
		}
		v.When = timeline.When{Start: dayQuoting(d, "arrival"), Length: v.When.Length}
		return
	}
}

// journeyWords name a journey as a whole.
var journeyWords = regexp.MustCompile(`\b(trip|tour|journey|travels?)\b`)

// visitDays gives a visit its sentence's meeting's day when the visit
// has no time of its own there: "made a brief stopover in Riyadh, where he
// met Saudi Arabia's Oil Minister on Tuesday" stopped in Riyadh on
// Tuesday.
func visitDays(events []timeline.Event) {
	for i := range events {
		v := &events[i]
		if frameFamily(*v) != "visit" || len(v.Evidence) == 0 || v.Evidence[0].Time != (timeline.Span{}) ||
			!v.When.Length.IsZero() && v.When.Length.Value != "P1D" {
			// (A visit of days is no day of one meeting in it: "met
			// Shevardnadze during a four-day visit to Moscow on Thursday".)
			continue
		}
		switch v.When.Start.Rule {
		case "arrival", "purpose", "in the day", "lead", "sequel", "welcome":
			// Dated by its arrival or its clause already: "Putin
			// arrived in Shanghai on Tuesday for a two-day visit and
			// held talks with Xi on Wednesday" visits from Tuesday.
			continue
		}
		for _, m := range events {
			if frameFamily(m) != "meeting" || m.When.IsZero() || len(m.Evidence) == 0 ||
				m.Evidence[0].SentenceSpan != v.Evidence[0].SentenceSpan || m.Evidence[0].Time == (timeline.Span{}) ||
				!timeline.ShareActor(v.Actors, m.Actors) || timeline.PlacesDiffer(v.Place, m.Place) {
				continue
			}
			v.When = timeline.When{Start: m.When.Start, End: m.When.End}
			v.Evidence[0].Time = m.Evidence[0].Time
			break
		}
	}
}

// arrivedDaysBefore returns the day v's traveller arrived where v is,
// one to three days before v's day, when the story tells it; an arrival
// with no place of its own is where the story is filed, here.
func arrivedDaysBefore(events []timeline.Event, v timeline.Event, here timeline.Place) (timeline.Date, bool) {
	for _, a := range events {
		d := a.When.Start
		pl := a.Place
		if pl.IsZero() {
			pl = here
		}
		if a.Mode != timeline.ModeArrival || !a.Status.Held() || !d.Placed() || d.Precision < timeline.Day ||
			!timeline.ShareActor(v.Actors, a.Actors) || pl.IsZero() || timeline.PlacesDiffer(v.Place, pl) ||
			v.Place.City != "" && pl.City != v.Place.City {
			continue // (an arrival in Japan does not begin a visit to Hiroshima two days on)
		}
		gap := v.When.Start.Earliest.Sub(timeline.DayOf(d.Earliest).Earliest)
		if gap >= 24*time.Hour && gap <= 3*24*time.Hour {
			return d, true
		}
	}
	return timeline.Date{}, false
}

// legDays starts a visit held, dated by a day one to three days after its
// traveller's arrival there, on the day of the arrival; and ends a visit
// begun by an arrival or told as going on, whose last day the story does
// not tell, on the day its traveller's next visit, to another state,
// begins, when that is within three days: "held talks with Kenyatta on
// Saturday ... arrived late Friday ... On Sunday, the president is
// scheduled to ... fly to Ethiopia" was in Kenya from Friday to Sunday.
func legDays(events []timeline.Event, here timeline.Place) {
	for i := range events {
		v := &events[i]
		if frameFamily(*v) != "visit" || !v.When.Start.Placed() || v.When.Start.Precision < timeline.Day || v.Status.Off() ||
			v.When.End.Placed() && v.When.End.Rule != "meetings" {
			continue
		}
		if a, ok := arrivedDaysBefore(events, *v, here); ok && v.Status.Held() {
			// "held talks with Kenyatta on Saturday ... arrived late
			// Friday": the visit began with the arrival, and lasted to
			// that day at least ("spent Monday in Shanghai, ... after
			// arriving there Sunday night").
			if !v.When.End.Placed() {
				v.When.End = v.When.Start
				v.When.End.Rule = "stay"
			}
			v.When.Start = dayQuoting(a, "arrival")
		}
		if v.When.Start.Rule != "arrival" && v.When.Start.Rule != "purpose" && v.Status != timeline.StatusOngoing {
			continue // a leg an itinerary dates ("to South Korea on Saturday, then Japan from Sunday") is its day
		}
		last := v.When.Start
		if v.When.End.Placed() {
			last = v.When.End
		}
		var next timeline.Date
		for _, w := range events {
			d := w.When.Start
			if frameFamily(w) != "visit" || w.Status.Off() || !d.Placed() || d.Precision < timeline.Day || d.Fuzzy() ||
				!timeline.ShareActor(v.Actors, w.Actors) || !timeline.PlacesDiffer(v.Place, w.Place) || v.Place.Country == "" ||
				w.Place.Country == "" || timeline.SameCountry(v.Place.Country, w.Place.Country) {
				continue
			}
			gap := d.Earliest.Sub(last.Earliest)
			if (gap > 0 || gap == 0 && v.When.End.Placed()) && gap <= 3*24*time.Hour && (!next.Placed() || d.Earliest.Before(next.Earliest)) {
				next = d
			}
		}
		if next.Placed() {
			v.When.End = dayQuoting(next, "next leg")
		}
	}
}

// yearOnly reports whether w is dated by a year or a longer span, and no
// finer.
func yearOnly(w timeline.When) bool {
	return w.Start.Placed() && w.Start.Precision <= timeline.Year && (!w.End.Placed() || w.End.Precision <= timeline.Year)
}

// frameFamily returns what kind of happening an event is, for joining its
// reports: a visit, a meeting (talks, summits and a body's sessions are
// meetings), a call, a signing, an arrival, a departure; or "" for an
// event that is not joined (ceremonies, statements are told once each).
func frameFamily(e timeline.Event) string {
	switch e.Mode {
	case timeline.ModeVisit:
		if e.CAMEO == "042" {
			return "visit"
		}
	case timeline.ModeMeeting:
		if e.Kind == timeline.KindConsult && len(e.Recipients) == 0 && len(e.Actors) == 1 && e.Actors[0].Type == "organisation" {
			return "multilateral" // "the EC holds a summit": its session
		}
		if e.Kind == timeline.KindConsult {
			return "meeting"
		}
	case timeline.ModeMultilateral:
		return "multilateral"
	case timeline.ModePhone:
		return "phone"
	case "sign":
		return "sign"
	case timeline.ModeArrival, timeline.ModeDeparture:
		// A headline's "Kim leaves Vladivostok" and the lead's "Kim
		// left Vladivostok on Friday" are one departure; a return is
		// another.
		return e.Mode + ":" + e.Action
	}
	return ""
}

// joins reports whether e is another report of the event of frame f: the
// same family of happening, a shared participant and none that differ,
// no two places, times that overlap (or one undated), and one status
// group: held, to come, or called off.
func joins(f, e timeline.Event) bool {
	fam := frameFamily(e)
	if fam == "" || fam != frameFamily(f) {
		return false
	}
	if statusGroup(f.Status) != statusGroup(e.Status) && !headlineOnly(f) && !headlineOnly(e) && !heldThenToCome(f, e) {
		// One story tells of an event as it stands when it is written:
		// a meeting it says was held and one it says will be are two,
		// "the last session" and "the next".
		return false
	}
	if _, ok := startAndEnd(f.When, e.When); fam == "visit" && ok {
		// One report the journey's first day, the other its last.
	} else if !f.When.IsZero() && !e.When.IsZero() && !timeline.Overlap(f.When, e.When) {
		return false
	}
	if timeline.PlacesDiffer(f.Place, e.Place) {
		return false
	}
	if (fam == "meeting" || fam == "multilateral") && (f.When.Start.Rule == "sequel") != (e.When.Start.Rule == "sequel") {
		// "Before the talks, Xi, Macron and von der Leyen held a
		// trilateral meeting": dated by the talks, and not them.
		return false
	}
	if fam == "meeting" && meal(f) != meal(e) {
		// "held a summit ..., followed by a dinner with their wives":
		// the meal is a meeting of its own beside the talks.
		return false
	}
	switch fam {
	case "visit", timeline.ModeArrival + ":arrive", timeline.ModeDeparture + ":leave", timeline.ModeDeparture + ":return":
		if fam == "visit" && (yearOnly(f.When) && e.When.IsZero() || yearOnly(e.When) && f.When.IsZero()) {
			// "Obama last visited Kenya in 2006" is not the visit "the
			// first visit to Kenya by a sitting U.S. president" the
			// story tells undated: a journey dated by its year alone
			// is told as history.
			return false
		}
		// One visitor's journey to one place.
		return timeline.ShareActor(f.Actors, e.Actors) && (f.Place.IsZero() == e.Place.IsZero() || f.When.IsZero() || e.When.IsZero())
	case "multilateral":
		if f.When.IsZero() && attributiveTime(e) || e.When.IsZero() && attributiveTime(f) {
			// "just before the February meeting" is another meeting
			// than the one the story reports undated: "G-7 MEETING",
			// "the meeting reaffirmed".
			return false
		}
		return timeline.ShareActor(f.Actors, e.Actors)
	}
	// Meetings, calls and signings: the same sides. "Kim's summit with
	// Putin" and "talks with Putin" are one; a meeting with Lavrov is
	// no meeting with Natalegawa. A report that names one side only
	// joins a frame of its own kind: "Yoon attends a summit" is not his
	// meeting with Widodo.
	if (len(f.Recipients) == 0) != (len(e.Recipients) == 0) && f.Action != e.Action {
		return false
	}
	fp := append(slices.Clone(f.Actors), f.Recipients...)
	ep := append(slices.Clone(e.Actors), e.Recipients...)
	if fam == "meeting" && len(f.Actors) > 0 && len(e.Actors) > 0 && !timeline.ShareActor(f.Actors, ep) && !timeline.ShareActor(e.Actors, fp) &&
		f.Actors[0].Type == "person" && e.Actors[0].Type == "person" {
		// "Macron met Aoun and Diab" and "Le Drian had visited Beirut
		// last month, meeting Aoun and Diab": others than the hosts
		// each side names hold them.
		return false
	}
	shared := 0
	for _, a := range ep {
		if timeline.ShareActor(fp, []timeline.Actor{a}) || fam == "sign" && signsFor(a, fp) {
			shared++
		}
	}
	// Both sides, or the one side a report names: Obama's meeting
	// with Peres is not Peres's with Netanyahu.
	if shared >= 2 || shared == 1 && min(len(fp), len(ep)) == 1 {
		return true
	}
	if shared == 1 && len(fp) == 2 && len(ep) == 2 && headlineOnly(f) != headlineOnly(e) && stateOfPerson(fp, ep) {
		// A headline's "Bilateral Meeting with UK ..." that the parser
		// reads as one with the United Kingdom, and the body's meeting
		// with Michael Fallon of the United Kingdom: the other side
		// named by its state in one, by its person in the other. (In
		// the body, "talks with the Soviet Union" may be other talks
		// than the meeting with Shevardnadze.)
		return true
	}
	// "CHINA AND PORTUGAL SIGN MACAO DEAL" over "Prime Ministers Zhao
	// Ziyang of China and Anibal Cavaco Silva of Portugal signed": a
	// headline names the states whose people the body names.
	return (headlineOnly(f) != headlineOnly(e)) && statesShared(fp, ep) >= 2
}

// heldThenToCome reports whether a and b are the part of one event that
// has been held and the part still to come, the story written between
// them: "African Union leaders opened their summit on Monday. The two-day
// summit closes on Tuesday." Both are dated to the day, they overlap, and
// the one to come runs on past the held one's last day.
func heldThenToCome(a, b timeline.Event) bool {
	if statusGroup(a.Status) == 2 && statusGroup(b.Status) == 1 {
		a, b = b, a
	}
	if statusGroup(a.Status) != 1 || statusGroup(b.Status) != 2 || a.When.IsZero() || b.When.IsZero() ||
		a.When.Start.Precision < timeline.Day || b.When.Start.Precision < timeline.Day || !timeline.Overlap(a.When, b.When) {
		return false
	}
	held, toCome := timeline.DayOf(a.When.Latest()).Earliest, timeline.DayOf(b.When.Latest()).Earliest
	return toCome.After(held) && !timeline.DayOf(b.When.Earliest()).Earliest.Before(timeline.DayOf(a.When.Earliest()).Earliest) && toCome.Sub(held) <= 14*24*time.Hour
}

// signsFor reports whether a is a person who signs for a state in ps, or
// a state one of whose people is in ps: "The agreement was signed by
// Nigerian Finance Minister Chu Okongwu" and "Nigeria and Britain
// signed an agreement" are one signing.
func signsFor(a timeline.Actor, ps []timeline.Actor) bool {
	for _, p := range ps {
		switch {
		case a.Type == "person" && p.Type == "country" && a.Country != "" && timeline.SameCountry(a.Country, p.Name),
			a.Type == "country" && p.Type == "person" && p.Country != "" && timeline.SameCountry(p.Country, a.Name):
			return true
		}
	}
	return false
}

// stateOfPerson reports whether the side a and b do not share is a state
// in one and a person of that state in the other.
func stateOfPerson(a, b []timeline.Actor) bool {
	other := func(xs, ys []timeline.Actor) (timeline.Actor, bool) {
		for _, x := range xs {
			if !timeline.ShareActor(ys, []timeline.Actor{x}) {
				return x, true
			}
		}
		return timeline.Actor{}, false
	}
	x, ok1 := other(a, b)
	y, ok2 := other(b, a)
	if !ok1 || !ok2 {
		return false
	}
	if x.Type != "country" {
		x, y = y, x
	}
	return x.Type == "country" && y.Type == "person" && y.Country != "" && timeline.SameCountry(x.Name, y.Country)
}

// statesShared counts the states of a that a person or state of b is of
// or is.
func statesShared(a, b []timeline.Actor) int {
	state := func(x timeline.Actor) string {
		if x.Type == "country" {
			return x.Name
		}
		return x.Country
	}
	n := 0
	var seen []string
	for _, x := range a {
		sx := state(x)
		if sx == "" || slices.ContainsFunc(seen, func(s string) bool { return timeline.SameCountry(s, sx) }) {
			continue
		}
		if slices.ContainsFunc(b, func(y timeline.Actor) bool { sy := state(y); return sy != "" && timeline.SameCountry(sx, sy) }) {
			seen = append(seen, sx)
			n++
		}
	}
	return n
}

// joinReport returns frame f with report e joined in.
func joinReport(f, e timeline.Event) timeline.Event {
	split := heldThenToCome(f, e)
	w := preciser(f.When, e.When)
	if s, ok := startAndEnd(f.When, e.When); ok {
		w = s // "will leave for Budapest later on Wednesday, where he will pay a state visit to Hungary through Friday"
	}
	evidence := append(slices.Clone(f.Evidence), e.Evidence...)
	if w != f.When && w == e.When {
		// The report that dates the event best leads its evidence,
		// so that the event's time is quoted from it.
		evidence = append(slices.Clone(e.Evidence), f.Evidence...)
	}
	lengths := []timeline.Date{f.When.Length, e.When.Length}
	f.When = w
	if f.When.Length.IsZero() && !f.When.End.Placed() && f.When.Start.Precision >= timeline.Day {
		// "left for Washington on Monday to begin a six-day state
		// visit": one report dates the visit, the other gives its
		// length.
		for _, l := range lengths {
			if !l.IsZero() {
				f.When.Length = l
				if end, ok := endOf(f.When.Start, l); ok {
					f.When.End = end
				}
				break
			}
		}
	}
	if len(e.Actors)+len(e.Recipients) > len(f.Actors)+len(f.Recipients) ||
		len(f.Evidence) > 0 && f.Evidence[0].Title && len(e.Actors)+len(e.Recipients) == len(f.Actors)+len(f.Recipients) {
		// The report that names most, the body's over the headline's,
		// words the event.
		f.Summary = e.Summary
	}
	if agreedOnly(f) && !agreedOnly(e) && e.Mode == f.Mode {
		// "Moon and Xi agreed Thursday ... During their summit": the
		// meeting named words it ([agreedRule] only infers it).
		f.Summary, f.CAMEO, f.Action = e.Summary, e.CAMEO, e.Action
	}
	switch {
	case headlineOnly(f) && !headlineOnly(e):
		// A headline has no tense to trust ("Kerry's Travel to
		// Geneva"); the body's report tells whether it happened.
		f.Status = e.Status
	case headlineOnly(e) && !headlineOnly(f):
	case split:
		f.Status = timeline.StatusOngoing
	case e.Status.Rank() > f.Status.Rank():
		f.Status = e.Status
	}
	if f.Place.IsZero() {
		f.Place = e.Place
	} else if f.Place.City == "" && e.Place.City != "" && !timeline.PlacesDiffer(f.Place, e.Place) {
		f.Place = e.Place
	}
	for _, a := range e.Recipients {
		if !slices.ContainsFunc(f.Recipients, func(b timeline.Actor) bool { return b.Name == a.Name }) &&
			!slices.ContainsFunc(f.Actors, func(b timeline.Actor) bool { return b.Name == a.Name }) {
			f.Recipients = append(f.Recipients, a)
		}
	}
	if f.Note == "" {
		f.Note = e.Note
	}
	f.Evidence = evidence
	return f
}

// preciser returns the time of two reports of one event the story tells
// best: a dated one over an undated one; an interval over a day or a
// period it lies in ("June 2-5" over "next month"); else the shorter, and
// of two the same, one the text names over one counted from another
// event.
func preciser(a, b timeline.When) timeline.When {
	switch {
	case a.IsZero():
		return b
	case b.IsZero():
		return a
	case a.IsInterval() != b.IsInterval():
		iv, other := a, b
		if b.IsInterval() {
			iv, other = b, a
		}
		if within(other, iv) || spanOf(other) > spanOf(iv) {
			return iv
		}
		return other
	case spanOf(b) < spanOf(a):
		return b
	case spanOf(b) == spanOf(a) && a.Start.Rule == "relation" && b.Start.Rule != "relation":
		return b // "Thursday" over "a day after his summit", the same day
	}
	return a
}

// within reports whether w lies inside iv.
func within(w, iv timeline.When) bool {
	return !w.Earliest().Before(iv.Earliest()) && !w.Latest().After(iv.Latest())
}

// spanOf returns how long w may last.
func spanOf(w timeline.When) time.Duration { return w.Latest().Sub(w.Earliest()) }

// duringVisits gives a meeting with no date of its own the days of a
// visit of one of its participants that the story dates, and the visit's
// place when it names none: "Funaro met Stoltenberg" in a story of
// Funaro's March 3-4 visit to Bonn.
func duringVisits(events []timeline.Event) {
	for i := range events {
		m := &events[i]
		if f := frameFamily(*m); f != "meeting" && f != "multilateral" || !m.When.IsZero() && m.When.Start.Rule != "story" {
			continue
		}
		parts := append(slices.Clone(m.Actors), m.Recipients...)
		for _, v := range events {
			if frameFamily(v) != "visit" || v.When.IsZero() || !timeline.ShareActor(v.Actors, parts) ||
				!m.When.IsZero() && (!v.When.IsInterval() || !covers(v.When, m.When.Start)) || // dated by the story's day alone, a day of the visit
				v.When.Start.Rule == "departure" && !v.When.IsInterval() || // a journey begun, its stay untold
				timeline.PlacesDiffer(v.Place, m.Place) || v.Status.Held() != m.Status.Held() || toldApart(*m, v) {
				continue
			}
			m.When = timeline.When{Start: v.When.Start, End: v.When.End}
			if m.Place.IsZero() {
				m.Place = v.Place
			}
			break
		}
	}
}

// toldApart reports whether meeting m is told in the sentence of visit v
// as before the journey or after it, the journey's verb right after
// "before" or "after": "will address the General Assembly before flying
// to Pittsburgh" is no part of the stay in Pittsburgh ("arrived ... was
// received by the president before holding a meeting with Mitsotakis"
// is).
func toldApart(m, v timeline.Event) bool {
	if len(m.Evidence) == 0 || len(v.Evidence) == 0 || m.Evidence[0].SentenceSpan != v.Evidence[0].SentenceSpan || m.Evidence[0].Title {
		return false
	}
	a, b := m.Evidence[0].Trigger, v.Evidence[0].Trigger
	ss := m.Evidence[0].SentenceSpan.Start
	if b.Start < a.End || a.End < ss || b.Start-ss > len(m.Evidence[0].Sentence) {
		return false // the visit told first
	}
	ws := strings.Fields(strings.ToLower(m.Evidence[0].Sentence[a.End-ss : b.Start-ss]))
	for _, w := range ws[max(0, len(ws)-2):] {
		if w == "before" || w == "after" {
			return true
		}
	}
	return false
}

// statusGroup puts together the statuses one story may give one event:
// held (occurred, ongoing), to come (planned, expected, possible), called
// off (cancelled, denied).
func statusGroup(s timeline.Status) int {
	switch {
	case s.Held():
		return 1
	case s.Off():
		return 3
	}
	return 2
}

// headlineOnly reports whether every report of e is its story's
// headline.
func headlineOnly(e timeline.Event) bool {
	return len(e.Evidence) > 0 && !slices.ContainsFunc(e.Evidence, func(ev timeline.Evidence) bool { return !ev.Title })
}

// attributiveTime reports whether e's first report dates it by a time
// that stands before its noun as a modifier, naming one meeting among
// others: "the February meeting", "the December 1987 meeting".
func attributiveTime(e timeline.Event) bool {
	if len(e.Evidence) == 0 {
		return false
	}
	ev := e.Evidence[0]
	if ev.Time == (timeline.Span{}) || ev.Time.End > ev.Trigger.Start {
		return false
	}
	lo, hi := ev.Time.End-ev.SentenceSpan.Start, ev.Trigger.Start-ev.SentenceSpan.Start
	if lo < 0 || hi > len(ev.Sentence) || lo > hi || hi-lo > 40 {
		return false
	}
	for _, w := range strings.Fields(ev.Sentence[lo:hi]) {
		if !bodyWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// covers reports whether the days of w hold day d.
func covers(w timeline.When, d timeline.Date) bool {
	return !d.Earliest.Before(timeline.DayOf(w.Earliest()).Earliest) && !d.Latest.After(w.Latest())
}

// tourLegs ends each stop of a journey the story tells leg by leg, whose
// last day it does not tell, on the day its traveller begins the next
// stop, within a week: "arriving there Sunday night from Singapore ... a
// day after Obama flew to the capital from Shanghai" was in Shanghai
// from Sunday to Monday. A stop in a state is one of a city and the next
// stop is in another state, or both are cities of one state. A stop's
// end read off its meetings ("meetings") gives way to the next stop's
// first day.
func tourLegs(events []timeline.Event) {
	for i := range events {
		v := &events[i]
		first, _ := toldDay(v.When.Start) // (tourStop holds it told to the day)
		if frameFamily(*v) != "visit" || !tourStop(*v) || v.When.End.Placed() && v.When.End.Rule != "meetings" || !arrivedLate(events, *v) {
			// ("visited Kyiv on Wednesday", in Berlin on Friday: a
			// day's visit.)
			continue
		}
		var next timeline.Date
		for j, w := range events {
			if j == i || !tourStop(w) || !timeline.ShareActor(v.Actors, w.Actors) || statusGroup(w.Status) < statusGroup(v.Status) ||
				!otherStop(v.Place, w.Place) {
				continue
			}
			d := timeline.DayOf(w.When.Start.Earliest)
			if gap := d.Earliest.Sub(first); gap <= 0 || gap > 7*24*time.Hour {
				continue
			}
			if !next.Placed() || d.Earliest.Before(next.Earliest) {
				next = dayQuoting(w.When.Start, "next leg")
			}
		}
		if next.Placed() {
			v.When.End = next
		}
	}
}

// leaveDays ends a visit with no last day of its own on the day its
// traveller is told leaving a place of the state visited, within two
// weeks of its first day: "Xi arrived in Brasilia on Tuesday evening ...
// leaves Brasilia on Thursday" visits Brazil to Thursday. The leaving
// stays an event of its own.
func leaveDays(events []timeline.Event) {
	for i := range events {
		v := &events[i]
		first, ok := toldDay(v.When.Start)
		if frameFamily(*v) != "visit" || v.Status.Off() || v.Place.Country == "" || !ok || v.When.End.Placed() && v.When.End.Rule != "meetings" {
			continue
		}
		for _, d := range events {
			day, ok := toldDay(d.When.Start)
			if d.Mode != timeline.ModeDeparture || d.Action != "leave" || d.Status.Off() || statusGroup(d.Status) < statusGroup(v.Status) ||
				!ok || !timeline.ShareActor(d.Actors, v.Actors) ||
				d.Place.Country == "" || !timeline.SameCountry(d.Place.Country, v.Place.Country) || d.Place.City != "" && v.Place.City != "" && d.Place.City != v.Place.City {
				continue
			}
			if !laterLastDay(v.When.End, first, day, 14*24*time.Hour) {
				continue
			}
			v.When.End = dayQuoting(d.When.Start, "leaving")
			break
		}
	}
}

// arrivedLate reports whether visit v is told as begun by an arrival or
// a setting off, or by its evening or night: "arrived in Hanoi on
// Sunday", "leaves for Tokyo tomorrow", "flew into Seoul Wednesday night"
// stay past their first day, where "visited Kyiv on Wednesday" may not.
func arrivedLate(events []timeline.Event, v timeline.Event) bool {
	if r := v.When.Start.Rule; r == "departure" || r == "arrival" {
		return true
	}
	if w := strings.ToLower(v.When.Start.Text); strings.Contains(w, "night") || strings.Contains(w, "evening") {
		return true
	}
	// (A visit the story implies from an arrival and meetings holds the
	// arrival's report among its own.)
	if slices.ContainsFunc(v.Evidence, func(ev timeline.Evidence) bool {
		t := strings.ToLower(ev.TriggerText)
		return strings.HasPrefix(t, "arriv") || strings.HasPrefix(t, "land")
	}) {
		return true
	}
	first := timeline.DayOf(v.When.Start.Earliest).Earliest
	return slices.ContainsFunc(events, func(a timeline.Event) bool {
		return a.Mode == timeline.ModeArrival && a.Status.Held() && a.When.Start.Placed() && timeline.ShareActor(a.Actors, v.Actors) &&
			timeline.SameCountry(a.Place.Country, v.Place.Country) && timeline.DayOf(a.When.Start.Earliest).Earliest.Equal(first)
	})
}

// tourStop reports whether v is a stop of a journey a tour may be told
// by: a visit or an arrival, not called off, of a known state, from a
// known day.
func tourStop(v timeline.Event) bool {
	_, ok := toldDay(v.When.Start)
	return (frameFamily(v) == "visit" || v.Mode == timeline.ModeArrival && v.Action != "return") && !v.Status.Off() &&
		v.Place.Country != "" && ok
}

// laterLastDay reports whether day, after first, the first day of a
// visit, and at most within after it, may be the visit's last day: later
// than end, the last day it has, if it has one.
func laterLastDay(end timeline.Date, first, day time.Time, within time.Duration) bool {
	gap := day.Sub(first)
	return gap > 0 && gap <= within && (!end.Placed() || day.After(timeline.DayOf(end.Earliest).Earliest))
}

// toldDay returns the first day of d and whether the story tells d to
// the day, not counted from a vague phrase.
func toldDay(d timeline.Date) (time.Time, bool) {
	if !d.Placed() || d.Precision < timeline.Day || d.Fuzzy() {
		return time.Time{}, false
	}
	return timeline.DayOf(d.Earliest).Earliest, true
}

// otherStop reports whether place b is another stop than a: another
// state, or another city of the same state.
func otherStop(a, b timeline.Place) bool {
	if !timeline.SameCountry(a.Country, b.Country) {
		return true
	}
	return a.City != "" && b.City != "" && a.City != b.City
}

// agreedOnly reports whether every report of e is an agreeing of two
// leaders (see [agreedRule]), which names no meeting.
func agreedOnly(e timeline.Event) bool {
	return len(e.Evidence) > 0 && !slices.ContainsFunc(e.Evidence, func(ev timeline.Evidence) bool { return !strings.EqualFold(ev.TriggerText, "agreed") })
}
