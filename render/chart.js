// The functions the chart's option names (see chart.go). This file is
// inlined in every page after echarts.min.js; it holds no article text.
"use strict";

// datelineLaneStart tells the lane axis which rows start a lane: only a
// lane's first row has a name. Split areas, lines and ticks use it so
// that they follow lanes, not rows.
function datelineLaneStart(index, value) {
	return value !== "";
}

// datelineLaneLabeler returns the lane axis' label formatter for chart,
// whose rows are named by rows (a lane's name on its first row, "" on the
// others): besides each lane's first row, it names the first row in view,
// so that a lane scrolled part-way out of the chart keeps its name.
function datelineLaneLabeler(chart, rows) {
	return function (value, index) {
		if (value !== "") {
			return value;
		}
		var ext = chart.getModel().getComponent("yAxis", 0).axis.scale.getExtent();
		if (index !== Math.ceil(ext[0])) {
			return "";
		}
		for (var i = index - 1; i >= 0; i--) {
			if (rows[i] !== "") {
				return rows[i];
			}
		}
		return "";
	};
}

// datelineRenderSpan draws a custom-series item of value
// [row, lo, hi, coreLo, coreHi, status, uncertain, title]: a translucent
// dashed band over lo..hi when the date is uncertain, a bar over
// coreLo..coreHi (or lo..hi when certain), hollow and dashed when the
// event has not happened. The title is the label of the bar (or of the
// band when there is no bar): inside it where it fits, after it
// otherwise. ECharts hides labels that would overlap (the series'
// labelLayout), the labels of bigger marks first.
function datelineRenderSpan(params, api) {
	var row = api.value(0), lo = api.value(1), hi = api.value(2);
	var coreLo = api.value(3), coreHi = api.value(4);
	var status = api.value(5), uncertain = api.value(6) === 1;
	var title = api.ordinalRawValue(7);
	var tentative = status > 1;
	var color = api.visual("color");
	// The row's height; bars and bands keep to a size that reads as a
	// bar beside a point, however tall the chart is made.
	var h = api.size([0, 1])[1];
	var bandH = Math.min(h * 0.86, 30), barH = Math.min(h * 0.5, 16);
	var children = [];
	var box = function (from, to, height) {
		var a = api.coord([from, row]), b = api.coord([to, row]);
		var w = Math.max(b[0] - a[0], 4);
		return echarts.graphic.clipRectByRect(
			{x: a[0], y: a[1] - height / 2, width: w, height: height},
			params.coordSys);
	};
	var labelled = null;
	if (uncertain) {
		var band = box(lo, hi, bandH);
		if (band) {
			labelled = {
				type: "rect", shape: band,
				style: {fill: echarts.color.modifyAlpha(color, 0.18), stroke: color, lineWidth: 1, lineDash: [4, 3]}
			};
			children.push(labelled);
		}
	}
	var core = null;
	if (!uncertain) {
		core = box(lo, hi, barH);
	} else if (coreHi > coreLo) {
		core = box(coreLo, coreHi, barH);
	}
	if (core) {
		labelled = {
			type: "rect", shape: core,
			style: tentative ?
				{fill: echarts.color.modifyAlpha(color, 0.12), stroke: color, lineWidth: 2, lineDash: [5, 3]} :
				{fill: color}
		};
		children.push(labelled);
	}
	if (labelled && title) {
		// About 6 pixels a character at 11px.
		var inside = labelled.shape.width >= title.length * 6 + 8;
		var solid = labelled === children[children.length - 1] && core && !tentative;
		labelled.textContent = {
			// Shown, though the label layout hid it at the last zoom.
			ignore: false,
			style: {
				text: title, font: (tentative ? "italic " : "") + "11px sans-serif",
				fill: inside && solid ? datelineInk(color) : "#333333",
				stroke: inside && solid ? null : "#ffffff", lineWidth: inside && solid ? 0 : 2
			}
		};
		labelled.textConfig = {position: inside ? "insideLeft" : "right", distance: 4};
	}
	return {type: "group", children: children};
}

// datelineLabelLayout returns the label layout of chart's series of
// marks. A title goes after its mark where it stays inside the plot and
// covers no other mark; else before it, right-aligned, where that is so
// (at the plot's right edge, say); else it is hidden, and hovering over
// its mark shows it. ECharts then hides, of titles that would overlap
// each other, those of the smaller marks. Zooming in makes room and
// shows them again.
function datelineLabelLayout(chart) {
	// The rectangles of the marks drawn, gathered once for each layout
	// of the labels: ECharts lays them all out in one task.
	var marks = null;
	var gather = function () {
		marks = [];
		chart.getModel().eachSeries(function (s) {
			if (s.name !== "points" && s.name !== "spans") {
				return;
			}
			var d = s.getData();
			for (var i = 0; i < d.count(); i++) {
				var el = d.getItemGraphicEl(i);
				if (el && !el.ignore && !el.invisible) {
					var r = el.getBoundingRect().clone();
					r.applyTransform(el.getComputedTransform());
					marks.push({s: s.seriesIndex, i: i, r: r});
				}
			}
		});
		Promise.resolve().then(function () { marks = null; });
	};
	// free reports whether a label of rectangle l moved to x stays in
	// grid and covers no mark but its own, item i of series s.
	var free = function (l, x, grid, s, i) {
		if (x < grid.x - 0.5 || x + l.width > grid.x + grid.width + 0.5) {
			return false;
		}
		for (var k = 0; k < marks.length; k++) {
			var m = marks[k], r = m.r;
			if (m.s === s && m.i === i) {
				continue;
			}
			if (x + 0.5 < r.x + r.width && r.x + 0.5 < x + l.width && l.y + 0.5 < r.y + r.height && r.y + 0.5 < l.y + l.height) {
				return false;
			}
		}
		return true;
	};
	// hide hides the labels of item i of series s, as ECharts hides a
	// label that overlaps another: shown again on hover.
	var hide = function (s, i) {
		var series = chart.getModel().getSeriesByIndex(s);
		var el = series && series.getData().getItemGraphicEl(i);
		if (el) {
			el.traverse(function (c) {
				var text = c.getTextContent && c.getTextContent();
				if (text) {
					text.ensureState("emphasis").ignore = false;
					text.ignore = true;
				}
			});
		}
	};
	return function (params) {
		if (!marks) {
			gather();
		}
		var grid = chart.getModel().getComponent("grid", 0).coordinateSystem.getRect();
		var l = params.labelRect, r = params.rect;
		if (free(l, l.x, grid, params.seriesIndex, params.dataIndex)) {
			return {hideOverlap: true};
		}
		if (free(l, r.x - 5 - l.width, grid, params.seriesIndex, params.dataIndex)) {
			return {x: r.x - 5, align: "right", hideOverlap: true};
		}
		hide(params.seriesIndex, params.dataIndex);
		return {hideOverlap: false};
	};
}

// datelineInk returns the colour of a title inside a solid bar of colour
// color: white where white has 4.5:1 against it (WCAG AA), black
// otherwise, as titleInk in chart.go.
function datelineInk(color) {
	var c = echarts.color.parse(color);
	if (!c) {
		return "#ffffff";
	}
	var lin = function (x) {
		var s = x / 255;
		return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
	};
	var l = 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
	return 1.05 / (l + 0.05) >= 4.5 ? "#ffffff" : "#000000";
}

// datelineTooltip writes the tooltip of an item from its "event",
// escaping every piece of article text. The event is the text itself or,
// in dateline's page, its index in events. Over the Others lane, bin is
// what the pointer or the keyboard chose (see datelineOthers): a stretch
// of it, or the lanes folded into it.
function datelineTooltip(params, events, bin) {
	var e = params.data ? params.data.event : null;
	if (params.seriesName === "others") {
		if (!bin || !events) {
			return "";
		}
		if (bin.lanes) {
			return datelineLanesTip(bin.lanes);
		}
		if (bin.events.length === 1) {
			e = bin.events[0];
		} else {
			return datelineBinTip(bin, events, bin.keyed);
		}
	}
	if (typeof e === "number" && events) {
		e = events[e];
	}
	if (!e || typeof e !== "object") {
		return "";
	}
	var esc = echarts.format.encodeHTML;
	var rows = [
		["kind", e.label ? e.label + " (" + e.kind + ")" : e.kind], ["date as written", e.written], ["resolved", e.resolved],
		["status", e.status], ["who", e.actors], ["place", e.place], ["note", e.note]
	];
	var s = params.marker + "<b>" + esc(e.summary) + "</b><table class=\"dl-tip\">";
	for (var i = 0; i < rows.length; i++) {
		if (rows[i][1]) {
			s += "<tr><th>" + rows[i][0] + "</th><td>" + esc(rows[i][1]) + "</td></tr>";
		}
	}
	s += "</table>";
	// Each report's sentence, its trigger marked, and its source.
	var reports = e.reports || [];
	for (var j = 0; j < reports.length; j++) {
		var r = reports[j];
		if (r.before || r.trigger || r.after) {
			s += "<blockquote>" + esc(r.before || "") +
				(r.trigger ? "<mark>" + esc(r.trigger) + "</mark>" : "") + esc(r.after || "") + "</blockquote>";
		}
		if (r.source) {
			s += "<div class=\"dl-src\">" + esc(r.source) + "</div>";
		}
	}
	if (e.more) {
		s += "<div class=\"dl-src\">and " + e.more + " more " + (e.more === 1 ? "report" : "reports") + "</div>";
	}
	return s;
}

// datelineDay formats the day of t, milliseconds since the epoch, as the
// axis does: "24 Apr 2019".
function datelineDay(t) {
	var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
	var d = new Date(t);
	return d.getUTCDate() + " " + months[d.getUTCMonth()] + " " + d.getUTCFullYear();
}

// datelineDays formats the days from t to u (exclusive), milliseconds
// since the epoch: "3 Jan 2019 – 9 Jan 2019", or one day alone.
function datelineDays(t, u, dash) {
	var a = datelineDay(t), b = datelineDay(u - 1);
	return a === b ? a : a + (dash || " – ") + b;
}

// datelineBinTip writes the tooltip of a stretch of the Others lane:
// how many events, over what time, and the first few of them. A stretch
// chosen with the keyboard (keyed) says Enter zooms in to it, not a
// click.
function datelineBinTip(bin, events, keyed) {
	var esc = echarts.format.encodeHTML, most = 8;
	var s = "<b>" + bin.events.length + " events of the other lanes</b>" +
		"<div class=\"dl-src\">" + esc(datelineDays(bin.from, bin.to)) + "</div><ul class=\"dl-bin\">";
	for (var i = 0; i < bin.events.length && i < most; i++) {
		var e = events[bin.events[i]];
		s += "<li>" + esc(e ? e.summary : "") + "</li>";
	}
	s += "</ul>";
	if (bin.events.length > most) {
		s += "<div class=\"dl-src\">and " + (bin.events.length - most) + " more</div>";
	}
	return s + "<div class=\"dl-src\">" + (keyed ? "Press Enter" : "Click") + " to zoom in on them.</div>";
}

// datelineLanesTip writes the tooltip that lists the lanes folded into
// the Others lane, lanes being [name, events] busiest first: the first
// few with their counts.
function datelineLanesTip(lanes) {
	var esc = echarts.format.encodeHTML, most = 12;
	var s = "<b>" + lanes.length + " lanes folded into Others</b><ul class=\"dl-bin\">";
	for (var i = 0; i < lanes.length && i < most; i++) {
		s += "<li>" + esc(lanes[i][0]) + " (" + lanes[i][1] + (lanes[i][1] === 1 ? " event" : " events") + ")</li>";
	}
	s += "</ul>";
	if (lanes.length > most) {
		s += "<div class=\"dl-src\">and " + (lanes.length - most) + " more</div>";
	}
	return s;
}

// datelineRenderOthers draws the Others lane, an item of value [row, lo,
// hi], as one pale bar over lo..hi; the page draws it as counts instead,
// with datelineOthers.
function datelineRenderOthers(params, api) {
	var a = api.coord([api.value(1), api.value(0)]), b = api.coord([api.value(2), api.value(0)]);
	var h = Math.min(api.size([0, 1])[1] * 0.6, 24);
	var shape = echarts.graphic.clipRectByRect({x: a[0], y: a[1] - h / 2, width: Math.max(b[0] - a[0], 2), height: h}, params.coordSys);
	return shape ? {type: "rect", shape: shape, style: {fill: "#5470c6", fillOpacity: 0.25}} : null;
}

// datelineOthers draws chart's Others lane, the events folded out of the
// lanes kept (see othersSeries in chart.go), as one row of counts: the
// time in view in stretches of about 28 pixels, each that holds some
// events a bar shaded by how many (as othersShade in chart.go) with their
// number on it, and an event alone in its stretch as a point in its
// kind's colour. Zooming in splits the stretches, down to the events
// themselves. It returns render, the series' renderItem; hovered, what
// the tooltip tells of (the stretch under the pointer, or the one the
// keyboard chose: its events, by index, and its time, from..to; or the
// folded lanes); and keys, which makes the lane a stop of the keyboard
// (see datelineOthersKeys). Clicking a stretch zooms in to it.
function datelineOthers(chart) {
	var pointer = null, drawn = []; // the pointer's x, the stretches last drawn
	var day = 864e5;
	var o = {
		row: null, // where the lane was last drawn: {x, y, width, height}
		keyed: null, // what the keyboard chose, for the tooltip
		redrawn: null // if set, called after each drawing of the lane
	};
	var render = function (params, api) {
		if (o.redrawn) {
			Promise.resolve().then(o.redrawn);
		}
		drawn = [];
		var series = chart.getModel().getSeriesByIndex(params.seriesIndex);
		var d = series && series.getData().getRawDataItem(params.dataIndex);
		if (!d || !d.events || !d.events.length) {
			return null;
		}
		var r = params.coordSys, row = api.value(0), t0 = api.value(1);
		var p0 = api.coord([t0, row]), x1 = api.coord([t0 + day, row])[0];
		var px = day / (x1 - p0[0]); // milliseconds a pixel
		var band = api.size([0, 1])[1];
		o.row = {x: r.x, y: p0[1] - band / 2, width: r.width, height: band};
		if (!(px > 0) || !isFinite(px)) {
			return null; // an axis of no width
		}
		var from = t0 + (r.x - p0[0]) * px, to = from + r.width * px;
		var size = 28 * px, start = Math.floor(from / size) * size;
		var x = function (t) { return p0[0] + (t - t0) / px; };
		var bins = [], at = {}, most = 0;
		d.events.forEach(function (e) {
			var mid = e[0] + (e[1] - e[0]) / 2;
			if (mid < from || mid >= to) {
				return;
			}
			var k = Math.floor((mid - start) / size), b = at[k];
			if (!b) {
				b = at[k] = {from: start + k * size, to: start + (k + 1) * size, events: [], mid: mid, kind: e[2]};
				bins.push(b);
			}
			b.events.push(e[3]);
			most = Math.max(most, b.events.length);
		});
		bins.sort(function (a, b) { return a.from - b.from; });
		drawn = bins;
		var h = Math.min(band * 0.6, 24), y = p0[1];
		var children = bins.map(function (b) {
			if (b.events.length === 1) {
				b.box = {x: x(b.mid) - 5, y: y - 5, width: 10, height: 10};
				return {
					type: "circle", shape: {cx: x(b.mid), cy: y, r: 5},
					style: {fill: d.colors[b.kind] || "#bbbbbb", stroke: "#ffffff", lineWidth: 1}
				};
			}
			var a = Math.max(x(b.from), r.x) + 1, z = Math.min(x(b.to), r.x + r.width) - 1;
			b.box = {x: a, y: y - h / 2, width: Math.max(z - a, 1), height: h};
			return {
				type: "rect", shape: b.box,
				style: {fill: "#5470c6", fillOpacity: 0.15 + 0.45 * Math.sqrt(b.events.length / most)},
				textContent: {style: {text: String(b.events.length), font: "10px sans-serif", fill: "#333333"}},
				textConfig: {position: "inside"}
			};
		});
		return {type: "group", children: children};
	};
	// near returns the stretch drawn at pixel x, or the nearest: ECharts
	// names the lane's item, not the stretch.
	var near = function (x) {
		var t = chart.convertFromPixel({xAxisIndex: 0}, x), best = null;
		drawn.forEach(function (b) {
			var d = t < b.from ? b.from - t : t >= b.to ? t - b.to : 0;
			if (!best || d < best.d) {
				best = {d: d, b: b};
			}
		});
		return best && best.b;
	};
	// The tooltip reads where the pointer is: zrender tells this
	// listener, added before the tooltip's, first.
	chart.getZr().on("mousemove", function (e) { pointer = e.offsetX; o.keyed = null; });
	chart.getZr().on("globalout", function () { pointer = null; });
	chart.on("click", function (p) {
		var b = p.seriesName === "others" && p.event && near(p.event.offsetX);
		if (b && b.events.length > 1) {
			chart.dispatchAction({type: "dataZoom", dataZoomIndex: 0, startValue: b.from, endValue: b.to});
		}
	});
	o.drawn = function () { return drawn; };
	return {
		render: render,
		hovered: function () { return o.keyed || (pointer == null ? null : near(pointer)); },
		keys: function (ink, texts) { datelineOthersKeys(chart, o, ink, texts); }
	};
}

// datelineOthersKeys makes chart's Others lane, whose state o
// datelineOthers keeps, a stop of the keyboard of its own: an element
// over the lane that Tab reaches after the chart (or O from the chart),
// scrolling the lanes to it. There the left and right arrows (Home, End)
// choose a stretch of the lane, ringed in ink, and the tooltip lists its
// events (moving past the last stretch in view moves the time axis on);
// Enter or Space zooms in to it; L lists the lanes folded into the lane,
// with their counts; Escape goes back to the chart; + and - zoom as on
// the chart. What the tooltip shows is said, as plain text, in a status
// element after the chart that screen readers announce (texts returns
// the events' texts).
function datelineOthersKeys(chart, o, ink, texts) {
	var el = chart.getDom(), zr = chart.getZr();
	if (window.getComputedStyle(el).position === "static") {
		el.style.position = "relative";
	}
	var live = document.createElement("div");
	live.className = "dl-live";
	live.setAttribute("role", "status");
	live.setAttribute("aria-live", "polite");
	live.style.cssText = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;";
	el.parentNode.insertBefore(live, el.nextSibling);
	var box = document.createElement("div");
	box.className = "dl-others";
	box.tabIndex = 0;
	box.setAttribute("role", "application");
	box.setAttribute("aria-roledescription", "lane");
	box.setAttribute("aria-label", "Others: the events of the lanes folded into one row, by stretches of time." +
		" Left and right arrows: the stretches; Enter: zoom in on one; L: the lanes folded; Escape: back to the chart.");
	box.style.cssText = "position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;";
	el.appendChild(box);
	var sel = -1, ring = null, at = null; // the stretch chosen, by number and time
	var series = function () {
		var found = null;
		chart.getModel().eachSeries(function (s) {
			if (s.name === "others") {
				found = s;
			}
		});
		return found;
	};
	var item = function () {
		var s = series(), d = s && s.getData();
		return d && d.count() ? d.getRawDataItem(0) : null;
	};
	// The lane's row, and the dataZoom that scrolls the lanes, if any.
	var laneZoom = function () {
		var zooms = chart.getOption().dataZoom || [];
		for (var i = 0; i < zooms.length; i++) {
			var y = zooms[i].yAxisIndex;
			if (zooms[i].type === "slider" && y != null && !(Array.isArray(y) && !y.length)) {
				return {i: i, z: zooms[i]};
			}
		}
		return null;
	};
	var place = function () {
		var r = o.row;
		var ext = chart.getModel().getComponent("yAxis", 0).axis.scale.getExtent();
		var rows = chart.getModel().getComponent("yAxis", 0).axis.scale.getOrdinalMeta().categories.length;
		if (!r || ext[1] < rows - 1) {
			box.style.width = box.style.height = "0";
			return;
		}
		box.style.left = r.x + "px";
		box.style.top = r.y + "px";
		box.style.width = r.width + "px";
		box.style.height = r.height + "px";
	};
	// show scrolls the lanes to the Others lane when they do not show it,
	// and reports whether they scrolled.
	var show = function () {
		var lz = laneZoom();
		if (!lz) {
			return false;
		}
		var n = chart.getModel().getComponent("yAxis", 0).axis.scale.getOrdinalMeta().categories.length;
		var shown = lz.z.endValue - lz.z.startValue;
		if (lz.z.endValue >= n - 1) {
			return false;
		}
		chart.dispatchAction({type: "dataZoom", dataZoomIndex: lz.i, startValue: n - 1 - shown, endValue: n - 1});
		return true;
	};
	var clearRing = function () {
		if (ring) {
			zr.remove(ring);
			ring = null;
		}
	};
	var say = function (text) {
		live.textContent = text;
	};
	var tip = function () {
		var s = series(), r = o.row;
		if (!s || !r) {
			return;
		}
		var b = o.drawn()[sel], at = b ? [b.box.x, r.y + r.height] : [r.x, r.y + r.height];
		chart.dispatchAction({type: "showTip", seriesIndex: s.seriesIndex, dataIndex: 0, position: at});
	};
	// choose makes the i-th stretch drawn the keyboard's, rings it, shows
	// its tooltip and says what it holds.
	var choose = function (i) {
		var bins = o.drawn();
		clearRing();
		if (!bins.length) {
			sel = -1;
			o.keyed = null;
			chart.dispatchAction({type: "hideTip"});
			say("Others: no events of the other lanes in this stretch of time. Zoom out (minus) to see more.");
			return;
		}
		sel = Math.max(0, Math.min(bins.length - 1, i));
		var b = bins[sel];
		at = b.from;
		o.keyed = {from: b.from, to: b.to, events: b.events, keyed: true};
		ring = new echarts.graphic.Rect({
			shape: {x: b.box.x - 3, y: b.box.y - 3, width: b.box.width + 6, height: b.box.height + 6, r: 3},
			style: {fill: null, stroke: ink, lineWidth: 2},
			silent: true, z: 100, zlevel: 0
		});
		zr.add(ring);
		tip();
		var list = texts() || [];
		var n = b.events.length, head = "Others, stretch " + (sel + 1) + " of " + bins.length + ": ";
		if (n === 1) {
			var e = list[b.events[0]];
			say(head + "1 event, " + datelineDay(b.mid) + ": " + (e ? e.summary : "") + ".");
			return;
		}
		var names = [];
		for (var k = 0; k < n && k < 8; k++) {
			var t = list[b.events[k]];
			names.push(t ? t.summary : "");
		}
		say(head + n + " events, " + datelineDays(b.from, b.to, " to ") + ": " + names.join("; ") +
			(n > 8 ? "; and " + (n - 8) + " more" : "") + ". Enter zooms in on them.");
	};
	// nearest returns the number of the stretch drawn nearest the time t.
	var nearest = function (t) {
		var bins = o.drawn(), best = -1, bd = 0;
		for (var i = 0; i < bins.length; i++) {
			var d = t < bins[i].from ? bins[i].from - t : t >= bins[i].to ? t - bins[i].to : 0;
			if (best < 0 || d < bd) {
				best = i;
				bd = d;
			}
		}
		return best;
	};
	// After the lane is drawn anew (zoomed, scrolled to, filtered), the
	// stretch nearest the one chosen, or want's.
	var want = null;
	var redrawn = function () {
		place();
		if (o.keyed && o.keyed.lanes) {
			tip();
			return;
		}
		var t = want != null ? want : at;
		want = null;
		choose(nearest(t));
	};
	// pan moves the time axis, at its zoom, to the lane's next event
	// after the time t (dir 1) or its last before (dir -1), and has it
	// chosen when the lane is drawn; when there is none, it says so.
	var pan = function (dir, t) {
		var d = item(), events = (d && d.events) || [], next = null;
		for (var i = 0; i < events.length; i++) {
			var mid = events[i][0] + (events[i][1] - events[i][0]) / 2;
			if (dir > 0 && mid >= t) {
				next = mid;
				break;
			}
			if (dir < 0 && mid < t) {
				next = mid;
			}
		}
		if (next == null) {
			say("Others: no " + (dir > 0 ? "later" : "earlier") + " events of the other lanes.");
			return;
		}
		var axis = chart.getModel().getComponent("xAxis", 0), ext = axis.axis.scale.getExtent(), w = ext[1] - ext[0];
		var lo = axis.get("min"), hi = axis.get("max");
		var from = dir > 0 ? next - w / 10 : next - w * 9 / 10;
		from = Math.max(lo, Math.min(hi - w, from));
		want = next;
		chart.dispatchAction({type: "dataZoom", dataZoomIndex: 0, startValue: from, endValue: from + w});
	};
	// Focused, the lane shows and the first stretch in view is chosen,
	// once the lane is drawn: at once, or after the lanes scroll to it
	// (and the page reads the lane's events, datelineView).
	box.addEventListener("focus", function () {
		o.redrawn = redrawn;
		want = chart.getModel().getComponent("xAxis", 0).axis.scale.getExtent()[0];
		if (!show()) {
			redrawn();
		}
	});
	box.addEventListener("blur", function () {
		o.redrawn = null;
		clearRing();
		o.keyed = null;
		sel = -1;
		at = null;
		chart.dispatchAction({type: "hideTip"});
	});
	box.addEventListener("keydown", function (e) {
		if (e.ctrlKey || e.metaKey || e.altKey) {
			return;
		}
		var bins = o.drawn(), b = bins[sel];
		var ext = chart.getModel().getComponent("xAxis", 0).axis.scale.getExtent();
		switch (e.key) {
		case "ArrowLeft":
			if (sel > 0) {
				choose(sel - 1);
			} else {
				pan(-1, b ? b.from : ext[1]);
			}
			break;
		case "ArrowRight":
			if (sel >= 0 && sel < bins.length - 1) {
				choose(sel + 1);
			} else {
				pan(1, b ? b.to : ext[0]);
			}
			break;
		case "Home":
			choose(0);
			break;
		case "End":
			choose(bins.length - 1);
			break;
		case "Enter": case " ":
			if (b && b.events.length > 1) {
				want = b.from;
				chart.dispatchAction({type: "dataZoom", dataZoomIndex: 0, startValue: b.from, endValue: b.to});
			}
			break;
		case "l": case "L":
			var d = item(), lanes = (d && d.lanes) || [];
			clearRing();
			o.keyed = {lanes: lanes};
			tip();
			var list = lanes.slice(0, 12).map(function (l) { return l[0] + ", " + l[1] + (l[1] === 1 ? " event" : " events"); });
			say(lanes.length + " lanes folded into Others, the busiest first: " + list.join("; ") +
				(lanes.length > 12 ? "; and " + (lanes.length - 12) + " more" : "") + ".");
			break;
		case "Escape":
			el.focus();
			break;
		case "ArrowUp": case "ArrowDown": case "PageUp": case "PageDown":
			// The lane stays in view while it has the focus.
			break;
		default:
			return; // + and - zoom, as on the chart
		}
		e.preventDefault();
		e.stopPropagation();
	});
	el.addEventListener("keydown", function (e) {
		if (e.target === el && (e.key === "o" || e.key === "O") && !e.ctrlKey && !e.metaKey && !e.altKey) {
			e.preventDefault();
			box.focus();
		}
	});
}

// datelineWheel lets Ctrl or Cmd and the wheel zoom the time axis of
// chart about the pointer; the wheel alone scrolls the page. (ECharts'
// inside zoom, were it not locked, would stop every turn of the wheel
// over the plot, and it knows no Cmd.)
function datelineWheel(chart) {
	chart.getDom().addEventListener("wheel", function (e) {
		if (!(e.ctrlKey || e.metaKey) || !e.deltaY) {
			return;
		}
		e.preventDefault();
		var ext = chart.getModel().getComponent("xAxis", 0).axis.scale.getExtent();
		var at = chart.convertFromPixel({xAxisIndex: 0}, e.offsetX);
		if (!(at > ext[0] && at < ext[1])) {
			at = (ext[0] + ext[1]) / 2;
		}
		var f = e.deltaY > 0 ? 1.2 : 1 / 1.2;
		chart.dispatchAction({
			type: "dataZoom", dataZoomIndex: 0,
			startValue: at - (at - ext[0]) * f, endValue: at + (ext[1] - at) * f
		});
	}, {passive: false});
}

// datelineKeys lets the keyboard do what the mouse does, once the chart
// has the focus (Tab reaches it): + and - zoom the time axis, the left
// and right arrows move along it, the up and down arrows (and Page Up and
// Page Down) scroll the lanes when they do not all fit.
function datelineKeys(chart) {
	var el = chart.getDom();
	el.tabIndex = 0;
	el.addEventListener("keydown", function (e) {
		if (e.ctrlKey || e.metaKey || e.altKey) {
			return;
		}
		var ext = chart.getModel().getComponent("xAxis", 0).axis.scale.getExtent();
		var w = ext[1] - ext[0], from = ext[0], to = ext[1];
		var rows = 0;
		switch (e.key) {
		case "+": case "=":
			from += w / 8; to -= w / 8;
			break;
		case "-": case "_":
			from -= w / 6; to += w / 6;
			break;
		case "ArrowLeft":
			from -= w / 10; to -= w / 10;
			break;
		case "ArrowRight":
			from += w / 10; to += w / 10;
			break;
		case "ArrowUp": rows = -1; break;
		case "ArrowDown": rows = 1; break;
		case "PageUp": rows = -8; break;
		case "PageDown": rows = 8; break;
		default:
			return;
		}
		if (rows) {
			var zooms = chart.getOption().dataZoom;
			for (var i = 0; i < zooms.length; i++) {
				var z = zooms[i];
				var y = z.yAxisIndex;
				if (z.type === "slider" && y != null && !(Array.isArray(y) && !y.length)) {
					var n = chart.getModel().getComponent("yAxis", 0).axis.scale.getOrdinalMeta().categories.length;
					var shown = z.endValue - z.startValue;
					var start = Math.max(0, Math.min(n - 1 - shown, z.startValue + rows));
					chart.dispatchAction({type: "dataZoom", dataZoomIndex: i, startValue: start, endValue: start + shown});
					e.preventDefault();
				}
			}
			return;
		}
		e.preventDefault();
		chart.dispatchAction({type: "dataZoom", dataZoomIndex: 0, startValue: from, endValue: to});
	});
}

// datelineView keeps in the chart only the items in view: when the lanes
// scroll, those of the rows in view and a screenful either side, and
// those whose text mentions what is typed in input (summary, kind,
// people, place, date as written, sentences and sources, without regard
// to case), saying in count how many events that is. ECharts then lays
// out and draws the few hundred items of the lanes in view, not every
// event of an archive, at the first render and at each zoom step; lanes
// scrolled past the margin bring their items in; the kinds the legend
// hides are left out. option is the chart's
// option before it is set, holding the items of rows loaded ([from, to])
// or, when loaded is null, every item; data returns every series' items
// (null for a series whose items option holds) and is called only when
// loaded is not null and the lanes scroll out of it, or for the filter.
// texts returns the events' texts, which items name by index. Call the
// returned function once the option is set.
function datelineView(chart, option, texts, loaded, data, input, count) {
	var full = null;
	// all returns every item of every series.
	var all = function () {
		if (!full) {
			var d = loaded ? data() : [];
			full = option.series.map(function (s, i) { return d[i] || s.data; });
		}
		return full;
	};
	if (!loaded) {
		all(); // before ECharts has the option's arrays
	}
	// How each series' items say their rows: by value[0] (a mark), from
	// value[1] to value[2] (a link), or not at all (the overview).
	var by = option.series.map(function (s) {
		var y = s.encode && s.encode.y;
		return y === 0 ? 0 : (Array.isArray(y) && y.length === 2 ? 1 : -1);
	});
	var lanes = -1; // the dataZoom that scrolls the lanes, if they scroll
	(option.dataZoom || []).forEach(function (z, i) {
		if (lanes < 0 && z.yAxisIndex != null) {
			lanes = i;
		}
	});
	var q = "", haystack = null;
	// widen returns the rows from to to with a screenful either side.
	var widen = function (from, to) {
		var n = to - from + 1;
		return [from - n, to + n];
	};
	// inView returns the series' items in view, and how many events
	// match the filter (all of them, not only those in view).
	var inView = function () {
		var shown = {}, n = 0;
		// The kinds the legend hides.
		var legend = chart.getModel().getComponent("legend"), off = {};
		((option.legend && option.legend.data) || []).forEach(function (l, k) {
			off[k] = legend && !legend.isSelected(l.name);
		});
		var match = function (k, ev) {
			if (off[k] || q && haystack[ev].indexOf(q) < 0) {
				return false;
			}
			if (q && !shown[ev]) {
				shown[ev] = true;
				n++;
			}
			return true;
		};
		var series = all().map(function (items, i) {
			var y = by[i];
			if (option.series[i].name === "others") {
				// One item, the lane's events in it.
				return {data: items.filter(function (d) {
					return !loaded || d.value[0] >= loaded[0] && d.value[0] <= loaded[1];
				}).map(function (d) {
					return {value: d.value, colors: d.colors, lanes: d.lanes, events: d.events.filter(function (e) { return match(e[2], e[3]); })};
				})};
			}
			return {data: items.filter(function (d) {
				if (typeof d.event !== "number") {
					return true; // the overview
				}
				if (d.k !== undefined && off[d.k]) {
					return false;
				}
				if (q) {
					if (haystack[d.event].indexOf(q) < 0) {
						return false;
					}
					if (!shown[d.event]) {
						shown[d.event] = true;
						n++;
					}
				}
				if (!loaded || y < 0) {
					return true;
				}
				var lo = d.value[y], hi = y === 1 ? d.value[2] : lo;
				return hi >= loaded[0] && lo <= loaded[1];
			})};
		});
		return {series: series, n: n};
	};
	return function () {
		var update = function () {
			chart.setOption({series: inView().series});
		};
		// After ECharts is done with the zoom that scrolled (or with the
		// restore, which sets the option as first given).
		var scrolled = function (always) {
			if (lanes >= 0 && loaded) {
				var ext = chart.getModel().getComponent("yAxis", 0).axis.scale.getExtent();
				if (!always && ext[0] >= loaded[0] && ext[1] <= loaded[1]) {
					return;
				}
				loaded = widen(Math.ceil(ext[0]), Math.floor(ext[1]));
			}
			update();
		};
		if (lanes >= 0 && loaded) {
			chart.on("datazoom", function () { Promise.resolve().then(function () { scrolled(false); }); });
		}
		chart.on("restore", function () { Promise.resolve().then(function () { scrolled(true); }); });
		// The legend shows and hides the kinds' items.
		["legendselectchanged", "legendselected", "legendunselected", "legendselectall", "legendinverseselect"].forEach(function (e) {
			chart.on(e, function () { Promise.resolve().then(update); });
		});
		if (!input) {
			return;
		}
		var timer = null;
		var apply = function () {
			q = input.value.trim().toLowerCase();
			if (!haystack) {
				haystack = texts().map(function (e) {
					var parts = [e.summary, e.label, e.kind, e.actors, e.place, e.written, e.resolved, e.status, e.note];
					(e.reports || []).forEach(function (r) { parts.push(r.before, r.trigger, r.after, r.source); });
					return parts.join("\n").toLowerCase();
				});
			}
			var v = inView();
			chart.setOption({series: v.series});
			count.textContent = q ? v.n + (v.n === 1 ? " event" : " events") + " on the chart" : "";
		};
		input.addEventListener("input", function () {
			clearTimeout(timer);
			timer = setTimeout(apply, 150);
		});
	};
}

// datelineRenderLink draws a custom-series item of value [time, from,
// to]: a thin dashed line at time from row from to row to, joining the
// marks of one event in several lanes, under the marks. When one end is
// out of view (the lanes scroll) it draws only a stub from the other end
// towards it, so that a chart of many lanes is not striped with lines to
// nowhere in sight; with neither end in view, nothing.
function datelineRenderLink(params, api) {
	var a = api.coord([api.value(0), api.value(1)]), b = api.coord([api.value(0), api.value(2)]);
	var r = params.coordSys, stub = 14;
	if (a[0] < r.x || a[0] > r.x + r.width) {
		return null;
	}
	var top = Math.min(a[1], b[1]), bottom = Math.max(a[1], b[1]);
	var topIn = top >= r.y, bottomIn = bottom <= r.y + r.height;
	if (!topIn && !bottomIn) {
		return null;
	}
	var y0 = topIn ? top : bottom - stub, y1 = bottomIn ? bottom : top + stub;
	return {
		type: "line", silent: true,
		shape: {x1: a[0], y1: Math.max(y0, r.y), x2: a[0], y2: Math.min(y1, r.y + r.height)},
		style: {stroke: "#8a8a8a", lineWidth: 1, lineDash: [3, 3]}
	};
}

// datelineRings rings, while the pointer is over a mark of an event in
// several lanes, every mark of that event in view, so that its other
// lanes' marks stand out beside the line that joins them.
function datelineRings(chart, ink) {
	var zr = chart.getZr(), rings = [];
	var clear = function () {
		rings.forEach(function (r) { zr.remove(r); });
		rings = [];
	};
	chart.on("mouseover", function (p) {
		clear();
		var ev = p.data ? p.data.event : null;
		if (typeof ev !== "number" || p.seriesName === "links") {
			return;
		}
		var boxes = [];
		chart.getModel().eachSeries(function (s) {
			if (s.subType === "line" || s.name === "links") {
				return;
			}
			var d = s.getData();
			for (var i = 0; i < d.count(); i++) {
				var el = d.getRawDataItem(i).event === ev && d.getItemGraphicEl(i);
				if (el) {
					var r = el.getBoundingRect().clone();
					r.applyTransform(el.getComputedTransform());
					boxes.push(r);
				}
			}
		});
		if (boxes.length < 2) {
			return;
		}
		boxes.forEach(function (r) {
			var ring = new echarts.graphic.Rect({
				shape: {x: r.x - 3, y: r.y - 3, width: r.width + 6, height: r.height + 6, r: 4},
				style: {fill: null, stroke: ink || "#333333", lineWidth: 2},
				silent: true, z: 100, zlevel: 0
			});
			rings.push(ring);
			zr.add(ring);
		});
	});
	chart.on("mouseout", clear);
	chart.on("datazoom", clear);
}

// datelineDark reports whether a chart of theme "auto", "light" or
// "dark" is drawn dark: "auto" follows the reader's prefers-color-scheme
// as the page loads.
function datelineDark(theme) {
	if (theme === "auto") {
		return !!(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
	}
	return theme === "dark";
}

// datelineColorKeys are the option's and the drawn elements' keys whose
// values are colours; datelineTheme changes no other value, so that no
// article text is ever taken for a colour.
var datelineColorKeys = {color: 1, borderColor: 1, textBorderColor: 1, fill: 1, stroke: 1, fillerColor: 1};

// datelineRecolor replaces, in v and everything it holds, each colour
// colors names by the colour it maps to.
function datelineRecolor(v, colors) {
	if (!v || typeof v !== "object") {
		return v;
	}
	for (var k in v) {
		if (!Object.prototype.hasOwnProperty.call(v, k)) {
			continue;
		}
		var x = v[k];
		if (typeof x === "string" && datelineColorKeys[k] && Object.prototype.hasOwnProperty.call(colors, x.toLowerCase())) {
			v[k] = colors[x.toLowerCase()];
		} else if (x && typeof x === "object") {
			datelineRecolor(x, colors);
		}
	}
	return v;
}

// datelineTheme turns option, drawn light, dark: its background, its
// tooltip, and each colour colors maps (see darkColors in theme.go), in
// the option and in what its custom series draw. The rest (axes, legend,
// title) follows ECharts' "dark" theme, which the chart is made with.
function datelineTheme(option, colors) {
	datelineRecolor(option, colors);
	option.backgroundColor = colors.background;
	option.tooltip.backgroundColor = colors.tooltip;
	option.tooltip.borderColor = colors.tooltip;
	option.tooltip.textStyle = {color: colors.text};
	(option.series || []).forEach(function (s) {
		if (typeof s.renderItem === "function") {
			var draw = s.renderItem;
			s.renderItem = function (params, api) {
				return datelineRecolor(draw(params, api), colors);
			};
		}
	});
}

// datelineCopy returns a copy of v, its objects and arrays copied through,
// functions and everything else shared; with bare set, a series' data is
// left out (an empty array), for an option copied without its items.
function datelineCopy(v, bare) {
	if (Array.isArray(v)) {
		return v.map(function (x) { return datelineCopy(x); });
	}
	if (!v || typeof v !== "object") {
		return v;
	}
	var out = {};
	for (var k in v) {
		if (Object.prototype.hasOwnProperty.call(v, k)) {
			out[k] = bare && k === "series" ? v[k].map(function (s) {
				var c = {};
				for (var j in s) {
					if (Object.prototype.hasOwnProperty.call(s, j) && j !== "data") {
						c[j] = datelineCopy(s[j]);
					}
				}
				c.data = [];
				return c;
			}) : datelineCopy(v[k]);
		}
	}
	return out;
}

// datelinePrintWidths are the widths, in CSS pixels, the chart is drawn
// at for print: the wide one fits the page area of A4 and Letter in
// landscape (273 and 255 mm, the page's @page margins of 12 mm taken
// off), the narrow one those of A4 and Letter upright with margins up to
// 25 mm (160 mm) for a fragment in a report; the style sheet shows the
// one that fits the paper, scaled down to it on smaller paper.
var datelinePrintWidths = {wide: 960, narrow: 600};

// datelinePrintHeight is the most height, in CSS pixels, of the chart as
// printed: the page area of A4 in landscape (186 mm) less a little.
var datelinePrintHeight = 680;

// datelinePrint has chart print at the paper's size, light: while the
// page is printed (beforeprint, or the print media query, as headless
// Chromium's print to PDF and its print emulation set them), the chart as
// it is in view (its zoom, lanes, legend and filter) is drawn anew from
// light, the option before any dark theme (its items are ignored), at each
// of datelinePrintWidths and at most datelinePrintHeight, its marks and
// titles at their screen size, on canvases of twice the pixels, and the
// page's print style shows the one that fits in place of the chart,
// which was laid out for the screen and would be cut at the paper's
// edge. colors, the dark theme's colours, are mapped back to the light
// ones when the chart is dark, and are null when it is light. The page's
// own colours turn light for print in its style sheet.
function datelinePrint(chart, light, colors) {
	var el = chart.getDom(), copy = null;
	var back = {};
	for (var k in colors || {}) {
		if (Object.prototype.hasOwnProperty.call(colors, k) && k.charAt(0) === "#") {
			back[colors[k].toLowerCase()] = k;
		}
	}
	// draw returns the chart in view drawn at width w and height h, on a
	// canvas of twice the pixels.
	var draw = function (w, h) {
		var live = chart.getOption(), o = datelineCopy(light, true);
		o.animation = false;
		o.toolbox = {show: false};
		o.series.forEach(function (s, i) {
			var data = datelineCopy((live.series[i] && live.series[i].data) || []);
			s.data = colors ? datelineRecolor(data, back) : data;
		});
		(o.dataZoom || []).forEach(function (z, i) {
			var l = live.dataZoom[i] || {};
			z.startValue = l.startValue;
			z.endValue = l.endValue;
		});
		if (o.legend && live.legend && live.legend[0]) {
			o.legend.selected = live.legend[0].selected;
		}
		var div = document.createElement("div");
		div.style.cssText = "position:absolute;left:-10000px;top:0;width:" + w + "px;height:" + h + "px;";
		document.body.appendChild(div);
		var c = echarts.init(div, null, {renderer: "canvas", width: w, height: h});
		o.yAxis[0].axisLabel.formatter = datelineLaneLabeler(c, o.yAxis[0].data);
		o.series.forEach(function (s) {
			if (s.labelLayout) {
				s.labelLayout = datelineLabelLayout(c);
			}
			if (s.name === "others") {
				s.renderItem = datelineOthers(c).render;
			}
		});
		c.setOption(o);
		var opts = {pixelRatio: 2, backgroundColor: "#ffffff"};
		var cv = c.renderToCanvas ? c.renderToCanvas(opts) : c.getRenderedCanvas(opts);
		cv.removeAttribute("style"); // zrender's size in CSS pixels: the style sheet sizes it
		cv.setAttribute("role", "img");
		cv.setAttribute("aria-label", el.getAttribute("aria-label") || "");
		echarts.dispose(c);
		document.body.removeChild(div);
		return cv;
	};
	var before = function () {
		if (copy) {
			return;
		}
		var h = Math.min(el.clientHeight, datelinePrintHeight);
		copy = document.createElement("div");
		copy.className = "dl-print";
		for (var k in datelinePrintWidths) {
			var cv = draw(datelinePrintWidths[k], h);
			cv.className = "dl-print-" + k;
			copy.appendChild(cv);
		}
		el.parentNode.insertBefore(copy, el.nextSibling);
		el.classList.add("dl-printing");
	};
	var after = function () {
		if (copy) {
			copy.parentNode.removeChild(copy);
			copy = null;
			el.classList.remove("dl-printing");
		}
	};
	window.addEventListener("beforeprint", before);
	window.addEventListener("afterprint", after);
	var print = window.matchMedia && window.matchMedia("print");
	if (print && print.addEventListener) {
		print.addEventListener("change", function (e) {
			if (e.matches) {
				before();
			} else {
				after();
			}
		});
	}
}
