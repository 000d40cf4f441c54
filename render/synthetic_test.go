package render

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// synthetic returns a timeline of n made-up events, the same for the same
// n: visits (bars of two to four days), meetings, talks, phone calls,
// signings and conferences between some 1,500 people of twenty countries
// over three years, most of them in one busy year, a few planned or
// expected, a few dated only to a month and a few undated. It stands in
// for a large archive in the tests and measurements of the chart's scale;
// the 10,000-event figures are of timelines like it.
func synthetic(n int) *timeline.Timeline {
	r := rand.New(rand.NewPCG(uint64(n), 15))
	first := []string{"Anna", "Boris", "Carlos", "Dmitri", "Elena", "Farid", "Grace", "Hassan", "Ingrid", "Jamal",
		"Kenji", "Lena", "Mario", "Nadia", "Omar", "Pavel", "Rosa", "Samir", "Tomas", "Yusuf",
		"Amir", "Bela", "Chen", "Dora", "Emil", "Fatima", "Gustav", "Hana", "Ivan", "Julia"}
	last := []string{"Abbas", "Berger", "Castro", "Duarte", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanov", "Jensen",
		"Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quint", "Rossi", "Santos", "Tanaka",
		"Ueda", "Varga", "Weber", "Xavier", "Yilmaz", "Zimmer", "Almeida", "Bakker", "Costa", "Dumont",
		"Esposito", "Ferreira", "Gomez", "Horvat", "Iglesias", "Jovanovic", "Kaya", "Lopez", "Meyer", "Nagy",
		"Olsen", "Popescu", "Ramos", "Schmidt", "Torres", "Urban", "Vidal", "Wagner", "Young", "Ziegler"}
	countries := []string{"Austria", "Brazil", "Canada", "Denmark", "Egypt", "France", "Ghana", "Hungary", "India", "Japan",
		"Kenya", "Mexico", "Norway", "Peru", "Qatar", "Russia", "Spain", "Turkey", "Uruguay", "Vietnam"}
	people := make([]timeline.Actor, 1500)
	for i := range people {
		people[i] = timeline.Actor{
			Name: first[i%len(first)] + " " + last[(i/len(first)+i)%len(last)], Type: "person", Role: "minister",
			Country: countries[i%len(countries)],
		}
	}
	// Some people are far busier than others, as in the news.
	person := func() timeline.Actor {
		return people[int(float64(len(people))*r.Float64()*r.Float64())]
	}
	busyFrom := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	quietFrom := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	var events []timeline.Event
	for i := range n {
		day := busyFrom.AddDate(0, 0, r.IntN(365))
		if r.IntN(10) == 0 {
			day = quietFrom.AddDate(0, 0, r.IntN(3*365))
		}
		a, b := person(), person()
		for b.Name == a.Name {
			b = person()
		}
		e := timeline.Event{
			ID: timeline.EventID(fmt.Sprintf("syn-%05d", i), 1), Kind: timeline.KindConsult,
			Actors: []timeline.Actor{a}, Status: timeline.StatusOccurred,
		}
		start := timeline.DayOf(day)
		start.Text = day.Format("January 2")
		e.When.Start = start
		switch k := r.IntN(10); {
		case k < 3:
			e.Mode, e.CAMEO, e.Action = timeline.ModeVisit, "042", "visit"
			e.Place = timeline.Place{Country: b.Country}
			e.Recipients = []timeline.Actor{b}
			e.Summary = a.Name + " visits " + b.Country
			end := timeline.DayOf(day.AddDate(0, 0, 1+r.IntN(3)))
			e.When.End = end
		case k < 5:
			e.Mode, e.CAMEO, e.Action = timeline.ModeMeeting, "040", "meet"
			e.Actors = append(e.Actors, b)
			e.Summary = a.Name + " meets " + b.Name
		case k < 6:
			e.Mode, e.CAMEO, e.Action = timeline.ModeMeeting, "046", "talks"
			e.Actors = append(e.Actors, b)
			e.Summary = a.Name + " holds talks with " + b.Name
		case k < 7:
			e.Mode, e.CAMEO, e.Action = timeline.ModePhone, "041", "phone call"
			e.Recipients = []timeline.Actor{b}
			e.Summary = a.Name + " speaks by phone with " + b.Name
		case k < 8:
			e.Mode, e.CAMEO, e.Action = "sign", "057", "sign"
			e.Kind = timeline.KindSupport
			e.Actors = append(e.Actors, b)
			e.Summary = a.Name + " and " + b.Name + " sign an agreement"
		case k < 9:
			e.Mode, e.CAMEO, e.Action = timeline.ModeMultilateral, "040", "conference"
			e.Place = timeline.Place{City: "Geneva", Country: "Switzerland"}
			e.Summary = a.Name + " attends a conference in Geneva"
			e.When.End = timeline.DayOf(day.AddDate(0, 0, 1))
		default:
			e.Mode, e.Action = timeline.ModeDeparture, "leave"
			e.Place = timeline.Place{Country: a.Country}
			e.Summary = a.Name + " leaves for " + b.Country
		}
		switch k := r.IntN(100); {
		case k < 8:
			e.Status = timeline.StatusPlanned
		case k < 11:
			e.Status = timeline.StatusExpected
		case k < 14:
			month := timeline.Date{}
			if d, err := timeline.ParseValue(day.Format("2006-01")); err == nil {
				month = d
			}
			month.Text = day.Format("in January")
			e.When = timeline.When{Start: month}
		case k < 16:
			e.When = timeline.When{}
		}
		e.Evidence = []timeline.Evidence{{Doc: fmt.Sprintf("syn-%05d", i), Sentence: e.Summary + "."}}
		events = append(events, e)
	}
	doc := timeline.Document{ID: "synthetic", Title: fmt.Sprintf("%d synthetic events", n), Events: events}
	// Build would look for reports of one happening to merge, which takes
	// seconds for thousands of events; these are all different.
	all := slices.Clone(events)
	slices.SortStableFunc(all, timeline.Compare)
	return &timeline.Timeline{Documents: []timeline.Document{doc}, Events: all}
}
