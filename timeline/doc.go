// Package timeline is dateline's model: resolved dates, the events they
// anchor, the documents they come from and the timeline that merges them.
// It imports only the standard library; the parsers, the chart and the
// writers all speak in its types.
//
// # Dates
//
// A [Date] is a temporal expression resolved the way TimeML's TIMEX3 does
// it. Its [Type] is DATE, TIME, DURATION or SET; its Value is the TIMEX3
// value ("2019-04-26", "2011", "2019-W17", "2019-Q2", "2019-04-26TNI",
// "P3D", "PAST_REF"); its [Precision] says how fine that value is, from
// [Century] to [Minute]; its [Mod] qualifies it (START, MID, END, APPROX,
// BEFORE, AFTER, ...).
//
// A date that can be placed on the calendar also carries the earliest and
// latest instants it stands for, both inclusive, on a floating civil clock
// (time.UTC is used as a zone-less calendar). "late 2011" is Value "2011",
// Mod END, bounds 2011-09-01 .. 2011-12-31: the value stays as coarse as the
// text, the bounds say what it means. [ParseValue] turns a TIMEX3 value into
// its precision and bounds, and [Date.WithMod] narrows or widens them.
// Durations and sets have no bounds; [Date.Placed] reports which is which.
//
// # Events
//
// An [Event] is something that happened or is said to be going to happen:
// a visit, a summit, talks, a signing, a departure. Its [Kind] follows the
// PLOVER vocabulary with the CAMEO code kept beside it, its actors and
// recipients are canonical [Actor] values, and its [When] is an instant, an
// interval or nothing at all: an event with no resolvable date stays
// undated rather than inheriting the publication date. [Status] says
// whether it occurred or is only planned, expected or possible, and every
// event keeps the [Evidence] it was read from.
//
// # Timelines
//
// A [Document] is one article with its anchor (publication stamp and
// [Dateline]), its dates and its events. [Build] merges the events of many
// documents into one [Timeline], joining reports of the same event and
// ordering the result totally, so that the same input always gives the
// same timeline.
package timeline
