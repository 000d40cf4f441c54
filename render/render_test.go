package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// date resolves a TIMEX3 value as the parser would, with mod m and the
// text it was written as.
func date(t testing.TB, value string, m timeline.Mod, text string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseValue(value)
	if err != nil {
		t.Fatal(err)
	}
	if m != timeline.ModNone {
		d = d.WithMod(m)
	}
	d.Text = text
	return d
}

var (
	kim   = timeline.Actor{Name: "Kim Jong Un", Type: "person", Role: "leader", Country: "North Korea"}
	putin = timeline.Actor{Name: "Vladimir Putin", Type: "person", Role: "president", Country: "Russia"}
)

// testTimeline is two articles' worth of events: a three-day visit, a
// summit on one day, a fuzzy "late 2011", a planned departure and an
// undated expected visit.
func testTimeline(t testing.TB) *timeline.Timeline {
	t.Helper()
	vladivostok := timeline.Place{City: "Vladivostok", Country: "Russia"}
	ev := func(doc, sentence, trigger string) []timeline.Evidence {
		return []timeline.Evidence{{Doc: doc, Sentence: sentence, TriggerText: trigger}}
	}
	upi := timeline.Document{
		ID:     "upi-kim",
		Title:  "Kim Jong Un arrives in Vladivostok for summit with Putin",
		Anchor: date(t, "2019-04-24", "", ""),
		Events: []timeline.Event{
			{
				ID: timeline.EventID("upi-kim", 1), Kind: timeline.KindConsult, Mode: timeline.ModeVisit, CAMEO: "042",
				Action: "visit", Summary: "Kim Jong Un visits Russia",
				Actors: []timeline.Actor{kim}, Recipients: []timeline.Actor{putin}, Place: vladivostok,
				When: timeline.When{
					Start:  date(t, "2019-04-24", "", "Wednesday"),
					End:    date(t, "2019-04-26", "", ""),
					Length: timeline.Date{Type: timeline.TypeDuration, Value: "P3D", Text: "three-day"},
				},
				Status:   timeline.StatusOccurred,
				Evidence: ev("upi-kim", "Kim Jong Un arrived in Vladivostok on Wednesday for a three-day visit.", "visit"),
			},
			{
				ID: timeline.EventID("upi-kim", 2), Kind: timeline.KindConsult, Mode: timeline.ModeMeeting, CAMEO: "043",
				Action: "summit", Summary: "Kim Jong Un holds a summit with Vladimir Putin",
				Actors:   []timeline.Actor{kim, putin},
				Place:    timeline.Place{Venue: "Far Eastern Federal University", City: "Vladivostok", Country: "Russia"},
				When:     timeline.When{Start: date(t, "2019-04-25", "", "Thursday")},
				Status:   timeline.StatusOccurred,
				Evidence: ev("upi-kim", "Kim and Putin met on Thursday at Far Eastern Federal University.", "met"),
			},
			{
				ID: timeline.EventID("upi-kim", 3), Kind: timeline.KindOther, Action: "take power",
				Summary: "Kim Jong Un takes power", Actors: []timeline.Actor{kim},
				Place:    timeline.Place{Country: "North Korea"},
				When:     timeline.When{Start: date(t, "2011", timeline.ModEnd, "late 2011")},
				Status:   timeline.StatusOccurred,
				Evidence: ev("upi-kim", "It is his first trip to Russia since he took power in late 2011.", "took power"),
			},
		},
	}
	yonhap := timeline.Document{
		ID:     "yonhap-kim",
		Title:  "Kim to leave Russia on Friday",
		Anchor: date(t, "2019-04-25", "", ""),
		Events: []timeline.Event{
			{
				ID: timeline.EventID("yonhap-kim", 1), Kind: timeline.KindConsult, Mode: timeline.ModeDeparture,
				Action: "leave", Summary: "Kim Jong Un leaves Vladivostok",
				Actors: []timeline.Actor{kim}, Place: vladivostok,
				When:     timeline.When{Start: date(t, "2019-04-26", "", "Friday")},
				Status:   timeline.StatusPlanned,
				Evidence: ev("yonhap-kim", "Kim is scheduled to leave Vladivostok on Friday.", "leave"),
			},
			{
				ID: timeline.EventID("yonhap-kim", 2), Kind: timeline.KindConsult, Mode: timeline.ModeVisit,
				Action: "visit", Summary: "Vladimir Putin visits North Korea",
				Actors: []timeline.Actor{putin}, Recipients: []timeline.Actor{kim},
				Status:   timeline.StatusExpected,
				Evidence: ev("yonhap-kim", "Putin is expected to visit Pyongyang at a convenient time.", "visit"),
			},
		},
	}
	return timeline.Build(upi, yonhap)
}

func TestChartOptionsGolden(t *testing.T) {
	got, err := ChartOptions(testTimeline(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "chart.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./render -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("ChartOptions differs from %s; run go test ./render -update and read the diff\ngot:\n%s", golden, got)
	}
	if !json.Valid(got) {
		t.Errorf("ChartOptions is not valid JSON")
	}
}

// TestChartLayout checks what the golden file shows, in words: lanes,
// series and where each event went.
func TestChartLayout(t *testing.T) {
	c, err := build(testTimeline(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Kim Jong Un", "Vladimir Putin"}; !equal(c.lanes, want) {
		t.Errorf("lanes = %q; want %q", c.lanes, want)
	}
	// Kim's lane has the visit and "late 2011" in its first row, the
	// summit, which falls inside the visit, in a second, and the
	// departure, which the summit's title would cover, in a third;
	// Putin's the visit he hosted and the summit.
	if want := []int{0, 3, 5}; fmt.Sprint(c.rows) != fmt.Sprint(want) {
		t.Errorf("first rows = %v; want %v", c.rows, want)
	}
	if c.dated != 4 || len(c.undated) != 1 || len(c.all) != 5 {
		t.Errorf("dated, undated, all = %d, %d, %d; want 4, 1, 5", c.dated, len(c.undated), len(c.all))
	}
	type series struct{ name, typ string }
	var got []series
	items := 0
	for _, s := range seriesOf(t, c.option) {
		got = append(got, series{s["name"].(string), s["type"].(string)})
		if s["type"] != "line" && s["name"] != linksName {
			items += len(s["data"].([]any))
		}
	}
	want := []series{
		{"events over time", "line"}, // the slider's overview
		{"links", "custom"},          // the summit's marks in Kim's and Putin's lanes
		{"spans", "custom"},          // every bar and band
		{"points", "scatter"},        // every point
		{"Departure", "scatter"},     // the kinds, for the legend, without data
		{"Other", "scatter"},
		{"Summit", "scatter"},
		{"Visit", "scatter"},
		{"reported", "scatter"}, // the report days, a markArea without data
	}
	if len(got) != len(want) {
		t.Fatalf("series = %v; want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("series[%d] = %v; want %v", i, got[i], want[i])
		}
	}
	// The summit has two actors and the visit a host, so each is drawn
	// twice.
	if items != 6 {
		t.Errorf("%d data items; want 6", items)
	}

	c, err = build(testTimeline(t), Options{Lanes: LaneActor})
	if err != nil {
		t.Fatal(err)
	}
	if items := countItems(t, c.option); items != 5 {
		t.Errorf("LaneActor: %d data items; want 5 (the visit in the visitor's lane alone)", items)
	}
	c, err = build(testTimeline(t), Options{Lanes: LanePlace})
	if err != nil {
		t.Fatal(err)
	}
	// The busiest lane first: the visit, the summit and the departure.
	if want := []string{"Vladivostok, Russia", "North Korea"}; !equal(c.lanes, want) {
		t.Errorf("LanePlace: lanes = %q; want %q", c.lanes, want)
	}
}

var placeTests = []struct {
	name string
	when timeline.When
	want spot
}{
	{
		name: "day is a point at noon",
		when: timeline.When{Start: timeline.DayOf(mustTime("2019-04-25"))},
		want: spot{point: true, at: msOf("2019-04-25T12:00"), lo: msOf("2019-04-25T00:00"), hi: msOf("2019-04-26T00:00")},
	},
	{
		name: "late 2011 is a band without a core",
		when: timeline.When{Start: mustDate("2011").WithMod(timeline.ModEnd)},
		want: spot{lo: msOf("2011-09-01T00:00"), hi: msOf("2012-01-01T00:00"), uncertain: true},
	},
	{
		name: "three days is a bar to the end of the last day",
		when: timeline.When{Start: mustDate("2019-04-24"), End: mustDate("2019-04-26")},
		want: spot{lo: msOf("2019-04-24T00:00"), hi: msOf("2019-04-27T00:00"), coreLo: msOf("2019-04-24T00:00"), coreHi: msOf("2019-04-27T00:00")},
	},
	{
		name: "from April to 3 May is certain only from 30 April",
		when: timeline.When{Start: mustDate("2019-04"), End: mustDate("2019-05-03")},
		want: spot{lo: msOf("2019-04-01T00:00"), hi: msOf("2019-05-04T00:00"), coreLo: msOf("2019-04-30T00:00"), coreHi: msOf("2019-05-04T00:00"), uncertain: true},
	},
	{
		name: "minute is a point",
		when: timeline.When{Start: mustDate("2019-04-25T15:43")},
		want: spot{point: true, at: msOf("2019-04-25T15:43") + 30000, lo: msOf("2019-04-25T15:43"), hi: msOf("2019-04-25T15:44")},
	},
}

func TestPlace(t *testing.T) {
	for _, tt := range placeTests {
		if got := place(tt.when); got != tt.want {
			t.Errorf("%s: place(%s) = %+v; want %+v", tt.name, tt.when, got, tt.want)
		}
	}
}

var resolvedTests = []struct {
	when timeline.When
	want string
}{
	{timeline.When{}, "undated"},
	{timeline.When{Start: mustDate("2019-04-25")}, "2019-04-25"},
	{timeline.When{Start: mustDate("2011").WithMod(timeline.ModEnd)}, "2011 END = 2011-09-01 .. 2011-12-31"},
	{timeline.When{Start: mustDate("2019-04-24"), End: mustDate("2019-04-26"), Length: timeline.Date{Type: timeline.TypeDuration, Value: "P3D"}}, "2019-04-24 – 2019-04-26 (P3D)"},
	{timeline.When{Length: timeline.Date{Type: timeline.TypeDuration, Value: "P3D"}}, "(P3D)"},
}

func TestResolved(t *testing.T) {
	for _, tt := range resolvedTests {
		if got := resolved(tt.when); got != tt.want {
			t.Errorf("resolved(%s) = %q; want %q", tt.when, got, tt.want)
		}
	}
}

func TestDeterministic(t *testing.T) {
	var first []byte
	for i := range 3 {
		var buf bytes.Buffer
		if err := HTML(&buf, testTimeline(t), Options{}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = buf.Bytes()
			continue
		}
		if !bytes.Equal(buf.Bytes(), first) {
			t.Fatalf("HTML run %d differs from run 0", i)
		}
	}
	a, _ := ChartOptions(testTimeline(t), Options{})
	b, _ := ChartOptions(testTimeline(t), Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("ChartOptions differs between runs")
	}
	if !bytes.Contains(first, []byte(`id="dateline_`)) {
		t.Error("page has no chart element with a derived ID")
	}
	// Another timeline gets another chart ID.
	other := testTimeline(t)
	other.Events = other.Events[1:]
	var buf bytes.Buffer
	if err := HTML(&buf, other, Options{}); err != nil {
		t.Fatal(err)
	}
	if chartID(buf.Bytes()) == chartID(first) {
		t.Errorf("two timelines share chart ID %s", chartID(first))
	}
}

var idPattern = regexp.MustCompile(`id="(dateline_[0-9a-f]+)"`)

func chartID(page []byte) string {
	m := idPattern.FindSubmatch(page)
	if m == nil {
		return ""
	}
	return string(m[1])
}

// TestEscaping puts markup and script in every piece of text that reaches
// the page, dated and undated, and checks that none of it survives as
// markup.
func TestEscaping(t *testing.T) {
	const (
		script = `<script>alert(1)</script>`
		end    = `</script><script>alert(2)</script>`
		img    = `<img src=x onerror=alert(3)>`
		marker = `__f__alert(4)__f__`
	)
	tl := testTimeline(t)
	tl.Documents[0].Title = `</title>` + script
	for i := range tl.Events {
		e := &tl.Events[i]
		e.Summary = script + " & " + e.Summary
		e.Note = marker
		e.Evidence[0].Sentence = end
		e.Evidence[0].Doc = img
		e.Actors[0].Name = img + " " + e.Actors[0].Name
		e.Place.City = `"><svg onload=alert(5)>`
		e.When.Start.Text = `-->` + end
	}
	tl.Events[0].Summary = marker
	for _, opt := range []Options{{}, {Title: script, Lanes: LanePlace}, {Lanes: LaneParticipant}} {
		var buf bytes.Buffer
		if err := HTML(&buf, tl, opt); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		// The page's own scripts: ECharts, chart.js, the set-up and the
		// events' texts.
		if n := strings.Count(strings.ToLower(page), "<script"); n != 4 {
			t.Errorf("Options%+v: page has %d <script elements; want 4", opt, n)
		}
		if n := strings.Count(strings.ToLower(page), "</script"); n != 4 {
			t.Errorf("Options%+v: page has %d </script; want 4", opt, n)
		}
		for _, bad := range []string{"<script>alert", "<img src=x", "<svg onload", "</title><script", `:alert(4)`} {
			if strings.Contains(page, bad) {
				t.Errorf("Options%+v: page contains %q", opt, bad)
			}
		}
		if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("Options%+v: escaped summary not in the tables", opt)
		}
		if !strings.Contains(page, `\u003cscript\u003ealert(1)\u003c/script\u003e`) {
			t.Errorf("Options%+v: summary not escaped in the option JSON", opt)
		}
		if !strings.Contains(page, `"__f__alert(4)__f__"`) {
			t.Errorf("Options%+v: a function marker in the text was not kept as a string", opt)
		}
	}
	b, err := ChartOptions(tl, Options{Title: script})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsAny(b, "<>&") {
		t.Error("ChartOptions has an unescaped '<', '>' or '&'")
	}
}

// TestAssets checks that the inlined scripts cannot end their element.
func TestAssets(t *testing.T) {
	for name, js := range map[string]string{"echarts.dateline.min.js": echartsJS, "chart.js": chartJS} {
		lower := strings.ToLower(js)
		if strings.Contains(lower, "</script") || strings.Contains(lower, "<!--") || strings.Contains(lower, "<script") {
			t.Errorf("%s contains a sequence that would break its script element", name)
		}
	}
	if !strings.Contains(echartsJS[:2000], "Apache ECharts "+EChartsVersion) || len(echartsJS) < 500_000 {
		t.Errorf("echarts.dateline.min.js does not look like the vendored ECharts %s (%d bytes)", EChartsVersion, len(echartsJS))
	}
}

var remote = regexp.MustCompile(`(?i)(src|href|action|srcset)\s*=\s*["']?\s*(https?:)?//`)

func TestOffline(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, testTimeline(t), Options{}); err != nil {
		t.Fatal(err)
	}
	if m := remote.Find(buf.Bytes()); m != nil {
		t.Errorf("page links to the network: %q", m)
	}
	if strings.Contains(buf.String(), "go-echarts.github.io") || strings.Contains(buf.String(), "cdn") {
		t.Error("page mentions a CDN")
	}
}

func TestZeroOptions(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, testTimeline(t), Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		"<title>dateline</title>",
		// Five rows of 40px and the chrome around them.
		`style="width:100%;height:376px;"`,
		"Undated events",
		"Vladimir Putin visits North Korea",
		"Putin is expected to visit Pyongyang at a convenient time.",
		"<td>expected</td>",
		"The pale yellow day is the day of the report",
		// Tables name kinds in plain words, with the code after.
		`<td>Visit <span class="code">CONSULT/visit</span></td>`,
		// "late 2011" is outside the window the chart opens on.
		"1 more lies further out in time",
		"<li>Each of the 2 lanes is a participant: an event appears in the lane of each of its actors and recipients",
		// The summit and the departure fall inside the visit's bar.
		"the lane splits into rows",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// One document gives its title.
	tl := testTimeline(t)
	tl.Documents = tl.Documents[:1]
	buf.Reset()
	if err := HTML(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	if want := "<title>Kim Jong Un arrives in Vladivostok for summit with Putin</title>"; !strings.Contains(buf.String(), want) {
		t.Errorf("one-document page lacks %q", want)
	}
	// The key says what lanes are, in the right number.
	for _, tt := range []struct {
		tl   *timeline.Timeline
		opt  Options
		want string
	}{
		{testTimeline(t), Options{Lanes: LanePlace}, "<li>Each of the 2 lanes is a place (a city, or a country when the text names no city)"},
		{testTimeline(t), Options{Lanes: LaneActor}, "<li>Each of the 2 lanes is an actor"},
		{kimOnly(t), Options{Lanes: LaneActor}, "<li>The lane is an actor:"},
		{kimOnly(t), Options{}, "<li>Each of the 2 lanes is a participant:"},
	} {
		buf.Reset()
		if err := HTML(&buf, tt.tl, tt.opt); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), tt.want) {
			t.Errorf("Options%+v: page lacks %q", tt.opt, tt.want)
		}
		if strings.Contains(buf.String(), "is one of") {
			t.Errorf("Options%+v: page still says a lane \"is one of\" the lanes", tt.opt)
		}
	}
	// Options are honoured.
	buf.Reset()
	if err := HTML(&buf, testTimeline(t), Options{Title: "Kim in Russia", Width: "900px", Height: "600px", NoAnimation: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<title>Kim in Russia</title>", `style="width:900px;height:600px;"`, `"animation":false`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("page with options lacks %q", want)
		}
	}
}

func TestDescription(t *testing.T) {
	c, err := build(testTimeline(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "dateline: a timeline chart of 4 dated events in 2 lanes, from 1 Sep 2011 to 26 Apr 2019. Every event is listed in the tables after the chart."
	aria, _ := c.option["aria"].(map[string]any)
	if got := aria["label"].(map[string]string)["description"]; got != want || aria["enabled"] != true {
		t.Errorf("aria = %v; want enabled, with the description %q", aria, want)
	}
	c, err = build(kimOnly(t), Options{Title: "Kim", Lanes: LaneActor})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.description(extent{lo: msOf("2019-04-24"), hi: msOf("2019-04-27")}), "Kim: a timeline chart of 3 dated events in one lane, Kim Jong Un, from 24 Apr 2019 to 26 Apr 2019. Every event is listed in the tables after the chart."; got != want {
		t.Errorf("description = %q; want %q", got, want)
	}
}

// TestOverview: the slider's shadow counts every dated event once, in
// the bin of its middle, over the whole axis.
func TestOverview(t *testing.T) {
	c, err := build(testTimeline(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := seriesOf(t, c.option)[0]
	data := o["data"].([]any)
	if o["name"] != "events over time" || len(data) != bins {
		t.Fatalf("first series %v with %d points; want the overview with %d", o["name"], len(data), bins)
	}
	x := c.option["xAxis"].([]timeAxis)[0]
	var sum, nonzero float64
	value := func(d any) []any { return d.(map[string]any)["value"].([]any) }
	first := value(data[0])[0].(float64)
	last := value(data[len(data)-1])[0].(float64)
	for _, d := range data {
		n := value(d)[1].(float64)
		sum += n
		if n > 0 {
			nonzero++
		}
	}
	// The four dated events: late 2011 in one bin, the visit, the
	// summit and the departure in April 2019, one or two bins.
	if sum != 4 || nonzero < 2 || nonzero > 3 {
		t.Errorf("overview counts %v events in %v bins; want 4 in 2 or 3", sum, nonzero)
	}
	if first < float64(x.Min) || last > float64(x.Max) {
		t.Errorf("overview runs from %v to %v; want it inside the axis, %d to %d", first, last, x.Min, x.Max)
	}
}

// TestReported: the chart marks the days of up to three reports, each
// once, and none of an archive's.
func TestReported(t *testing.T) {
	days := func(values ...string) *timeline.Timeline {
		tl := testTimeline(t)
		tl.Documents = nil
		for i, v := range values {
			tl.Documents = append(tl.Documents, timeline.Document{ID: fmt.Sprint(i), Anchor: date(t, v, "", "")})
		}
		return tl
	}
	for _, tt := range []struct {
		tl   *timeline.Timeline
		want []string
	}{
		{testTimeline(t), []string{"reported 24 Apr 2019", "reported 25 Apr 2019"}},
		{days("2019-04-26", "2019-04-26"), []string{"reported 26 Apr 2019"}},
		{days("2019-04-26", "2019-04-24", "2019-04-25"), []string{"reported 24 Apr 2019", "reported 25 Apr 2019", "reported 26 Apr 2019"}},
		{days("2019-04-26", "2019-04-24", "2019-04-25", "2019-04-27"), nil},
		{days(), nil},
	} {
		c, err := build(tt.tl, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		if r := c.reported(); r != nil {
			for _, d := range r.MarkArea.Data {
				got = append(got, d[0].Name)
				if d[1].XAxis-d[0].XAxis != 24*3600*1000 {
					t.Errorf("%s: the band is %d ms wide; want a day", d[0].Name, d[1].XAxis-d[0].XAxis)
				}
			}
		}
		if !equal(got, tt.want) {
			t.Errorf("reported days %q; want %q", got, tt.want)
		}
	}
}

// kimOnly is the test timeline without the events in Putin's lane.
func kimOnly(t *testing.T) *timeline.Timeline {
	tl := testTimeline(t)
	var kept []timeline.Event
	for _, e := range tl.Events {
		if e.Actors[0].Name == kim.Name && len(e.Actors) == 1 {
			kept = append(kept, e)
		}
	}
	tl.Events = kept
	return tl
}

func TestEmpty(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{
		"nil":       nil,
		"no events": {},
		"one doc":   {Documents: []timeline.Document{{ID: "a", Title: "Nothing happened"}}},
	} {
		var buf bytes.Buffer
		if err := HTML(&buf, tl, Options{}); err != nil {
			t.Errorf("%s: HTML: %v", name, err)
			continue
		}
		page := buf.String()
		if !strings.Contains(page, "There are no events in this timeline.") {
			t.Errorf("%s: page does not say there are no events", name)
		}
		if strings.Contains(page, "<script") {
			t.Errorf("%s: page without a chart has scripts", name)
		}
		b, err := ChartOptions(tl, Options{})
		if err != nil {
			t.Errorf("%s: ChartOptions: %v", name, err)
			continue
		}
		if n := countItems(t, unmarshal(t, b)); n != 0 || !json.Valid(b) {
			t.Errorf("%s: ChartOptions has %d items; want valid JSON and none", name, n)
		}
	}

	// Only undated events: no chart, but the events are listed.
	tl := testTimeline(t)
	tl.Events = tl.Events[len(tl.Events)-1:]
	var buf bytes.Buffer
	if err := HTML(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"None of these events has a date", "Vladimir Putin visits North Korea"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("undated-only page lacks %q", want)
		}
	}
}

func TestLaneByString(t *testing.T) {
	for l, want := range map[LaneBy]string{LaneActor: "actor", LaneParticipant: "participant", LanePlace: "place", LaneKind: "kind", LaneCountry: "country", 7: "LaneBy(7)"} {
		if got := l.String(); got != want {
			t.Errorf("LaneBy(%d).String() = %q; want %q", int(l), got, want)
		}
	}
}

func seriesOf(t testing.TB, option map[string]any) []map[string]any {
	t.Helper()
	b, err := marshal(option, "")
	if err != nil {
		t.Fatal(err)
	}
	return seriesList(t, unmarshal(t, b))
}

func seriesList(t testing.TB, o map[string]any) []map[string]any {
	t.Helper()
	var out []map[string]any
	list, _ := o["series"].([]any)
	for _, s := range list {
		out = append(out, s.(map[string]any))
	}
	return out
}

func unmarshal(t testing.TB, b []byte) map[string]any {
	t.Helper()
	var o map[string]any
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatal(err)
	}
	return o
}

// countItems counts the events' data items, not the overview's nor the
// links'.
func countItems(t testing.TB, option map[string]any) int {
	t.Helper()
	n := 0
	for _, s := range seriesOf(t, option) {
		if s["type"] == "line" || s["name"] == linksName {
			continue
		}
		n += len(s["data"].([]any))
	}
	return n
}

func equal(a, b []string) bool { return strings.Join(a, "\x00") == strings.Join(b, "\x00") }

func mustDate(v string) timeline.Date {
	d, err := timeline.ParseValue(v)
	if err != nil {
		panic(err)
	}
	return d
}

func mustTime(v string) time.Time { return mustDate(v).Earliest }

// msOf returns the start of TIMEX3 value v in milliseconds.
func msOf(v string) int64 { return mustDate(v).Earliest.UnixMilli() }

// TestKindLabel: every mode has a name readers know.
func TestKindLabel(t *testing.T) {
	for _, tt := range []struct {
		mode, cameo, action, want string
	}{
		{timeline.ModeVisit, "042", "visit", "Visit"},
		{timeline.ModeVisit, "043", "host", "Hosted visit"},
		{timeline.ModeArrival, "", "arrive", "Arrival"},
		{timeline.ModeDeparture, "", "leave", "Departure"},
		{timeline.ModeDeparture, "", "return", "Return"},
		{timeline.ModeMeeting, "040", "meet", "Meeting"},
		{timeline.ModeMeeting, "046", "talks", "Talks"},
		{timeline.ModeMeeting, "040", "summit", "Summit"},
		{timeline.ModeMultilateral, "040", "meeting", "Conference"},
		{timeline.ModePhone, "041", "phone call", "Phone call"},
		{"sign", "057", "sign", "Signing"},
		{timeline.ModeCeremony, "", "ceremony", "Ceremony"},
		{"", "", "", "Other"},
	} {
		e := timeline.Event{Mode: tt.mode, CAMEO: tt.cameo, Action: tt.action}
		if got := kindLabel(&e); got != tt.want {
			t.Errorf("kindLabel(%s/%s/%s) = %q; want %q", tt.mode, tt.cameo, tt.action, got, tt.want)
		}
	}
}

// TestKindColor: every kind has a colour of its own, the same in every
// chart; kinds without one take the palette's in order.
func TestKindColor(t *testing.T) {
	seen := map[string]string{}
	for label := range kindColors {
		c := kindColor(label, 0)
		if other, ok := seen[c]; ok {
			t.Errorf("%s and %s share colour %s", label, other, c)
		}
		seen[c] = label
	}
	for i, c := range palette {
		if other, ok := seen[c]; ok {
			t.Errorf("palette colour %d, %s, is %s's", i, c, other)
		}
		if got := kindColor("Abduction", i); got != c {
			t.Errorf("kindColor(Abduction, %d) = %s; want %s", i, got, c)
		}
	}
}

func TestFragment(t *testing.T) {
	var buf bytes.Buffer
	if err := Fragment(&buf, testTimeline(t), Options{}); err != nil {
		t.Fatal(err)
	}
	frag := buf.String()
	if !strings.HasPrefix(frag, `<div class="dateline">`) || !strings.HasSuffix(frag, "</div>\n") {
		t.Errorf("fragment is not one div of class dateline:\n%.200s", frag)
	}
	// The scripts write tables into tooltips; the fragment has none.
	own := strings.Replace(strings.Replace(frag, echartsJS, "", 1), chartJS, "", 1)
	for _, bad := range []string{"<html", "<body", "<table", "Reading the chart"} {
		if strings.Contains(own, bad) {
			t.Errorf("fragment contains %q", bad)
		}
	}
	// ECharts is inlined and runs once however many fragments share a page.
	if !strings.Contains(frag, "<script>if (!window.echarts) {") || len(frag) < 500_000 {
		t.Errorf("fragment does not inline ECharts behind a guard (%d bytes)", len(frag))
	}
	if n := strings.Count(frag, "<script"); n != 4 {
		t.Errorf("fragment has %d scripts; want 4", n)
	}

	// With Assets, it loads ECharts from there instead.
	buf.Reset()
	const url = "https://example.org/echarts@5.6.0/echarts.min.js"
	if err := Fragment(&buf, testTimeline(t), Options{Assets: url}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<script src="`+url+`"></script>`) || buf.Len() > 200_000 {
		t.Errorf("fragment with Assets does not load ECharts from %s (%d bytes)", url, buf.Len())
	}
	// The page too; by default it stays offline (TestOffline).
	buf.Reset()
	if err := HTML(&buf, testTimeline(t), Options{Assets: url}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<script src="`+url+`"></script>`) {
		t.Errorf("page with Assets does not load ECharts from %s", url)
	}

	// No dated events: the fragment says so.
	buf.Reset()
	tl := testTimeline(t)
	tl.Events = tl.Events[len(tl.Events)-1:]
	if err := Fragment(&buf, tl, Options{Title: "Kim"}); err != nil {
		t.Fatal(err)
	}
	if want := "None of the 1 events of “Kim” has a date"; !strings.Contains(buf.String(), want) || strings.Contains(buf.String(), "<script") {
		t.Errorf("fragment of undated events lacks %q or has scripts:\n%s", want, buf.String())
	}
}
