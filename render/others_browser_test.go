package render

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// othersKeyState is what the keyboard test reads of the page: which
// element has the focus, what the status element says, the tooltip's
// text, the rings drawn, the time axis and the rows in view.
type othersKeyState struct {
	Focus    string // "others", "chart" or the element's tag
	Live     string
	Tip      string
	Rings    int
	From, To float64
	LastRow  float64 // the last row in view
	Rows     int
	Label    string     // the chart's aria-label
	Box      [4]float64 // the lane's element, as the plot's left, top, width, height
	Row      [2]float64 // the middle and height of the lane's row
}

const readOthersKeys = `(function () {
	var el = document.querySelector(".chart"), c = echarts.getInstanceByDom(el), a = document.activeElement;
	var tip = null;
	el.querySelectorAll("div").forEach(function (d) {
		if (d.className !== "dl-others" && d.style.zIndex && d.style.display !== "none" && d.style.visibility !== "hidden" && d.style.opacity !== "0") { tip = d; }
	});
	var rings = 0;
	c.getZr().storage.getDisplayList(true).forEach(function (g) {
		if (g.type === "rect" && g.z === 100) { rings++; }
	});
	var x = c.getModel().getComponent("xAxis", 0).axis.scale.getExtent();
	var y = c.getModel().getComponent("yAxis", 0).axis.scale.getExtent();
	var live = document.querySelector(".dl-live"), box = document.querySelector(".dl-others");
	var grid = c.getModel().getComponent("grid", 0).coordinateSystem.getRect();
	var rows = c.getOption().yAxis[0].data.length, band = c.getModel().getComponent("yAxis", 0).axis.getBandWidth();
	var b = box ? box.getBoundingClientRect() : {left: 0, top: 0, width: 0, height: 0}, e = el.getBoundingClientRect();
	return {
		focus: a === el ? "chart" : a && a.className === "dl-others" ? "others" : (a ? a.tagName : ""),
		live: live ? live.textContent : "", tip: tip ? tip.innerText : "", rings: rings,
		from: x[0], to: x[1], lastRow: y[1], rows: c.getOption().yAxis[0].data.length,
		label: el.getAttribute("aria-label") || "",
		box: [b.left - e.left - grid.x, b.top - e.top, b.width - grid.width, b.height],
		row: [c.convertToPixel({yAxisIndex: 0}, rows - 1), band]
	};
})()`

// TestBrowserOthersKeys reaches the Others lane of a chart whose lanes
// are capped with the keyboard alone, as a reader without a mouse does:
// Tab from the chart moves to it (the lanes scrolling to it), the left
// and right arrows, Home and End choose its stretches, whose events the
// tooltip and the status element list, moving past the last one moves
// the time axis on, Enter zooms in on one, L lists the lanes folded into
// it, with their counts, and Escape goes back to the chart, from which O
// comes back. The chart's aria description tells of the keys. No mouse
// event is sent. A chart whose lanes are all kept has no such stop.
func TestBrowserOthersKeys(t *testing.T) {
	tl := synthetic(3000)
	opt := Options{MaxLanes: 12, NoAnimation: true}
	c, err := build(tl, opt)
	if err != nil {
		t.Fatal(err)
	}
	if c.folded == 0 || c.laneZoom() == nil {
		t.Fatalf("the chart folds %d lanes, lanes scroll %v; want lanes folded, scrolling", c.folded, c.laneZoom() != nil)
	}
	var page bytes.Buffer
	if err := HTML(&page, tl, opt); err != nil {
		t.Fatal(err)
	}
	ctx := openChart(t, page.Bytes())
	read := func() othersKeyState {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[othersKeyState](readOthersKeys))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	// press sends key and waits until the page has taken it in: until
	// ok holds of what it reads, or five seconds.
	press := func(key string, ok func(s othersKeyState) bool) othersKeyState {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.KeyEvent(key)); err != nil {
			t.Fatal(err)
		}
		var s othersKeyState
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
			if s = read(); ok(s) {
				return s
			}
			if err := chromedp.Do(ctx, chromedp.Sleep(50*time.Millisecond)); err != nil {
				t.Fatal(err)
			}
		}
		return s
	}
	stretch := func(s othersKeyState) (i, n int) {
		fmt.Sscanf(strings.TrimPrefix(s.Live, "Others, stretch "), "%d of %d", &i, &n)
		return i, n
	}

	start := read()
	if !strings.Contains(start.Label, "Tab (or O)") || !strings.Contains(start.Label, othersLane(c.folded)) {
		t.Errorf("the chart's aria-label is %q; want it to tell of the %s lane and its keys", start.Label, othersLane(c.folded))
	}
	if start.LastRow >= float64(start.Rows-1) {
		t.Fatalf("the chart opens on rows up to %.0f of %d; want the Others lane out of view", start.LastRow, start.Rows)
	}
	// Tab: the filter box, the chart, the Others lane.
	s := press(kb.Tab, func(s othersKeyState) bool { return s.Focus == "INPUT" })
	s = press(kb.Tab, func(s othersKeyState) bool { return s.Focus == "chart" })
	if s.Focus != "chart" {
		t.Fatalf("two Tabs from the page's start focus %q; want the chart", s.Focus)
	}
	s = press(kb.Tab, func(s othersKeyState) bool { return strings.HasPrefix(s.Live, "Others, stretch 1 of") })
	i, n := stretch(s)
	if s.Focus != "others" || i != 1 || n < 3 || s.LastRow != float64(s.Rows-1) || s.Rings != 1 || s.Tip == "" {
		t.Fatalf("Tab from the chart: focus %q, status %q, tooltip %q, %d rings, rows in view up to %.0f of %d; want the Others lane focused and in view, its first stretch (of several) ringed, told and in the tooltip",
			s.Focus, s.Live, s.Tip, s.Rings, s.LastRow, s.Rows)
	}
	// The focused element covers the lane's row across the plot, where
	// its focus ring shows.
	if b, r := s.Box, s.Row; math.Abs(b[0]) > 1 || math.Abs(b[2]) > 1 || math.Abs(b[1]+b[3]/2-r[0]) > 1 || math.Abs(b[3]-r[1]) > 1 {
		t.Errorf("the focused lane's element is at %v (left and width against the plot's, top, height); want over the lane's row, its middle at %.0f and %.0f px high", b, r[0], r[1])
	}
	// The right arrow, the next stretch; End, the last.
	prev := s
	s = press(kb.ArrowRight, func(s othersKeyState) bool { return strings.HasPrefix(s.Live, "Others, stretch 2 of") })
	if i, _ := stretch(s); i != 2 || s.Tip == prev.Tip || s.From != prev.From {
		t.Errorf("the right arrow: status %q, tooltip %q (was %q), axis from %.0f (was %.0f); want the second stretch told, the axis still", s.Live, s.Tip, prev.Tip, s.From, prev.From)
	}
	s = press(kb.End, func(s othersKeyState) bool { i, n := stretch(s); return i == n && n > 0 })
	last, n := stretch(s)
	if last != n || n == 0 {
		t.Errorf("End: status %q; want the last stretch", s.Live)
	}
	// Past the last stretch, the axis moves on to the lane's next event.
	prev = s
	s = press(kb.ArrowRight, func(s othersKeyState) bool { return s.From > prev.From })
	if s.From <= prev.From || s.To-s.From < (prev.To-prev.From)*0.999 || s.To-s.From > (prev.To-prev.From)*1.001 || s.Rings != 1 || !strings.HasPrefix(s.Live, "Others, stretch ") {
		t.Errorf("the right arrow past the last stretch: axis %.0f..%.0f (was %.0f..%.0f), status %q, %d rings; want the axis moved later at its zoom and a stretch chosen", s.From, s.To, prev.From, prev.To, s.Live, s.Rings)
	}
	// Home, then right until a stretch of several events; Enter zooms
	// in to it, where it splits.
	s = press(kb.Home, func(s othersKeyState) bool { i, _ := stretch(s); return i == 1 })
	for k := 0; k < 40 && !strings.Contains(s.Live, "Enter zooms in"); k++ {
		want := fmt.Sprintf("Others, stretch %d of", k+2)
		s = press(kb.ArrowRight, func(s othersKeyState) bool { return strings.HasPrefix(s.Live, want) })
	}
	if !strings.Contains(s.Live, "Enter zooms in") || !strings.Contains(s.Tip, "events of the other lanes") || !strings.Contains(s.Tip, "Press Enter") {
		t.Fatalf("no stretch of several events among the first 40: status %q, tooltip %q", s.Live, s.Tip)
	}
	prev = s
	s = press(kb.Enter, func(s othersKeyState) bool {
		return s.To-s.From < (prev.To-prev.From)/4 && strings.HasPrefix(s.Live, "Others, stretch ")
	})
	if s.To-s.From >= (prev.To-prev.From)/4 || s.Focus != "others" || s.Rings != 1 {
		t.Errorf("Enter on a stretch: axis %.0f..%.0f (was %.0f..%.0f), focus %q, status %q; want zoomed in to it, the lane still focused", s.From, s.To, prev.From, prev.To, s.Focus, s.Live)
	}
	// L lists the folded lanes, busiest first, with their counts.
	busiest := c.foldedLanes[0]
	count := fmt.Sprintf("%s (%d events)", busiest.Name, busiest.Events)
	s = press("l", func(s othersKeyState) bool { return strings.Contains(s.Live, "lanes folded") })
	if !strings.HasPrefix(s.Live, fmt.Sprintf("%d lanes folded into Others, the busiest first: %s, %d events;", c.folded, busiest.Name, busiest.Events)) ||
		!strings.Contains(s.Tip, fmt.Sprintf("%d lanes folded into Others", c.folded)) || !strings.Contains(s.Tip, count) {
		t.Errorf("L: status %q, tooltip %q; want the %d folded lanes listed, %q first", s.Live, s.Tip, c.folded, count)
	}
	// Escape: back to the chart, the tooltip and ring gone; O comes back.
	s = press(kb.Escape, func(s othersKeyState) bool { return s.Focus == "chart" && s.Rings == 0 && s.Tip == "" })
	if s.Focus != "chart" || s.Rings != 0 || s.Tip != "" {
		t.Errorf("Escape: focus %q, %d rings, tooltip %q; want the chart focused, no ring, no tooltip", s.Focus, s.Rings, s.Tip)
	}
	s = press("o", func(s othersKeyState) bool {
		return s.Focus == "others" && strings.HasPrefix(s.Live, "Others, stretch 1 of")
	})
	if s.Focus != "others" || !strings.HasPrefix(s.Live, "Others, stretch 1 of") {
		t.Errorf("O on the chart: focus %q, status %q; want the Others lane focused, its first stretch told", s.Focus, s.Live)
	}

	t.Run("no lanes folded", func(t *testing.T) {
		var page bytes.Buffer
		if err := HTML(&page, testTimeline(t), Options{NoAnimation: true}); err != nil {
			t.Fatal(err)
		}
		ctx := openChart(t, page.Bytes())
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".dl-others, .dl-live").length`))
		if err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%d elements of an Others lane's keyboard stop; want none without an Others lane", n)
		}
	})
}
