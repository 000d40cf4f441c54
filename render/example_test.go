package render_test

import (
	"encoding/json"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/render"
	"github.com/dateline-dev/dateline/timeline"
)

// summit returns a timeline of one event: a summit on a known day.
func summit() *timeline.Timeline {
	day, err := timeline.ParseValue("2019-04-25")
	if err != nil {
		log.Fatal(err)
	}
	day.Text = "Thursday"
	return timeline.Build(timeline.Document{
		ID:    "upi-kim",
		Title: "Kim and Putin meet in Vladivostok",
		Events: []timeline.Event{{
			ID: "upi-kim#1", Kind: timeline.KindConsult, Mode: timeline.ModeMeeting,
			Action: "summit", Summary: "Kim Jong Un holds a summit with Vladimir Putin",
			Actors: []timeline.Actor{{Name: "Kim Jong Un"}, {Name: "Vladimir Putin"}},
			When:   timeline.When{Start: day},
			Status: timeline.StatusOccurred,
			Evidence: []timeline.Evidence{{
				Doc: "upi-kim", Sentence: "Kim and Putin met on Thursday in Vladivostok.",
			}},
		}},
	})
}

func ExampleChartOptions() {
	b, err := render.ChartOptions(summit(), render.Options{})
	if err != nil {
		log.Fatal(err)
	}
	var option struct {
		YAxis  []struct{ Data []string }
		Series []struct {
			Name, Type string
			Data       []struct {
				Value []int64
				Event struct{ Written, Resolved string }
			}
		}
	}
	if err := json.Unmarshal(b, &option); err != nil {
		log.Fatal(err)
	}
	fmt.Println("rows:", option.YAxis[0].Data)
	for _, s := range option.Series {
		if s.Type == "line" {
			continue // the time slider's overview of where events are
		}
		if s.Name == "links" {
			// A dashed line joins the marks of an event in several lanes.
			for _, d := range s.Data {
				fmt.Printf("link at %s from row %d to row %d\n", time.UnixMilli(d.Value[0]).UTC().Format(time.DateTime), d.Value[1], d.Value[2])
			}
			continue
		}
		for _, d := range s.Data {
			fmt.Printf("%s %s in row %d: %q = %s\n", s.Type, s.Name, d.Value[0], d.Event.Written, d.Event.Resolved)
		}
	}
	// Output:
	// rows: [Kim Jong Un Vladimir Putin]
	// link at 2019-04-25 12:00:00 from row 0 to row 1
	// scatter points in row 0: "Thursday" = 2019-04-25
	// scatter points in row 1: "Thursday" = 2019-04-25
}

func ExampleHTML() {
	var page strings.Builder
	if err := render.HTML(&page, summit(), render.Options{Lanes: render.LanePlace, Height: "300px"}); err != nil {
		log.Fatal(err)
	}
	// The page is standalone: ECharts is inlined, not linked.
	fmt.Println(strings.Contains(page.String(), "<title>Kim and Putin meet in Vladivostok</title>"))
	fmt.Println(strings.Contains(page.String(), "<script src="))
	// Output:
	// true
	// false
}

func ExampleSVG() {
	var img strings.Builder
	if err := render.SVG(&img, summit(), render.Options{}); err != nil {
		log.Fatal(err)
	}
	// A static image from the same layout, for reports: each mark is
	// titled, in its lane's words, and no browser is needed.
	fmt.Println(strings.HasPrefix(img.String(), `<svg xmlns="http://www.w3.org/2000/svg"`))
	fmt.Println(strings.Contains(img.String(), ">Holds a summit with Vladimir Putin<"))
	fmt.Println(strings.Contains(img.String(), ">Kim Jong Un holds a summit with…<"))
	// Output:
	// true
	// true
	// true
}
