// The functions the chart's option names (see chart.go). This file is
// inlined in every page after echarts.min.js; it holds no article text.
"use strict";

var datelineStatuses = ["occurred", "ongoing", "planned", "expected", "possible", "denied", "cancelled", "unknown"];

// datelineLaneStart tells the lane axis which rows start a lane: only a
// lane's first row has a name. Split areas, lines and ticks use it so
// that they follow lanes, not rows.
function datelineLaneStart(index, value) {
	return value !== "";
}

// datelineRenderSpan draws a custom-series item of value
// [row, lo, hi, coreLo, coreHi, status, uncertain]: a translucent dashed
// band over lo..hi when the date is uncertain, a bar over coreLo..coreHi
// (or lo..hi when certain), hollow and dashed when the event has not
// happened, with its status written after it.
function datelineRenderSpan(params, api) {
	var row = api.value(0), lo = api.value(1), hi = api.value(2);
	var coreLo = api.value(3), coreHi = api.value(4);
	var status = api.value(5), uncertain = api.value(6) === 1;
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
	if (uncertain) {
		var band = box(lo, hi, bandH);
		if (band) {
			children.push({
				type: "rect", shape: band,
				style: {fill: echarts.color.modifyAlpha(color, 0.18), stroke: color, lineWidth: 1, lineDash: [4, 3]}
			});
		}
	}
	var core = null;
	if (!uncertain) {
		core = box(lo, hi, barH);
	} else if (coreHi > coreLo) {
		core = box(coreLo, coreHi, barH);
	}
	if (core) {
		children.push({
			type: "rect", shape: core,
			style: tentative ?
				{fill: echarts.color.modifyAlpha(color, 0.12), stroke: color, lineWidth: 2, lineDash: [5, 3]} :
				{fill: color}
		});
	}
	if (tentative) {
		var at = box(lo, hi, bandH);
		if (at) {
			// After the bar, or inside its end when the plot ends there.
			var room = params.coordSys.x + params.coordSys.width - (at.x + at.width);
			var inside = room < 80;
			children.push({
				type: "text",
				style: {
					text: datelineStatuses[Math.min(status, datelineStatuses.length - 1)],
					x: inside ? at.x + at.width - 4 : at.x + at.width + 4, y: at.y + at.height / 2,
					align: inside ? "right" : "left", verticalAlign: "middle",
					fill: color, stroke: "#ffffff", lineWidth: 3, font: "italic 12px sans-serif"
				}
			});
		}
	}
	return {type: "group", children: children};
}

// datelineTooltip writes the tooltip of an item from its "event", escaping
// every piece of article text.
function datelineTooltip(params) {
	var e = params.data ? params.data.event : null;
	if (!e) {
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
	if (e.sentence) {
		s += "<blockquote>" + esc(e.sentence) + "</blockquote>";
	}
	if (e.source) {
		s += "<div class=\"dl-src\">" + esc(e.source) + "</div>";
	}
	return s;
}
