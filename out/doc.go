// Package out writes a [timeline.Timeline] for programs and for people:
// the whole model as JSON, one event per line as JSON Lines, one event
// per row as CSV, a chronology as Markdown, the dated events as
// TimelineJS3 JSON and as an iCalendar file. Each format is an encoder
// over an [io.Writer] ([NewJSONEncoder], [NewJSONLEncoder],
// [NewCSVEncoder], [NewMarkdownEncoder], [NewTimelineJSEncoder],
// [NewICSEncoder]); [ForPath] picks one by file extension (.json, .jsonl,
// .csv, .md, .timelinejs.json, .ics) and [WriteFile] replaces a file
// atomically.
//
// All output is valid UTF-8 (invalid bytes from an article become
// U+FFFD), ends with a newline and depends only on the timeline: the same
// timeline gives the same bytes, the clock never enters them. Events are written
// in the timeline's order, which [timeline.Build] makes total. JSON
// strings are not HTML-escaped ("<" stays "<"), so JSON output must be
// escaped again before it is embedded in a web page.
//
// # Dates
//
// Calendar bounds are written as ISO 8601 dates, "2019-04-26", for dates
// of day precision or coarser, and as minutes, "2019-04-26T15:43", for
// finer ones, on the model's zone-less civil clock. Offsets ("start",
// "end") are byte offsets into the document's text, end exclusive.
//
// # JSON schema
//
// A .json file is one object, indented, in schema "dateline/1" (the
// [Schema] constant; it changes only when a field is removed or changes
// meaning). Keys marked ? are left out when empty; lists are always
// present.
//
//	schema        "dateline/1"
//	documents     list of document
//	events        list of event, in timeline order
//
// A document:
//
//	id            document ID, unique in the timeline
//	source?       file name or archive record
//	title?        headline
//	published?    date: the publication or update stamp
//	dateline?     {text, start, end, place?, date?, agency?}: the opening
//	              "VLADIVOSTOK, Russia, April 26 (UPI) --", where it was
//	              filed (place as below) and its date
//	anchor?       date: the day the document's dates resolve against
//	narrative?    true when it was read as a narrative: its dates without
//	              a year count from the story's own time, not the anchor
//	dates         list of date: every temporal expression resolved in it
//
// A date:
//
//	type          TIMEX3 type: DATE, TIME, DURATION or SET
//	value         TIMEX3 value: "2011", "2019-04-26", "2019-W17", "P3D",
//	              "BC0490" (490 BC)
//	precision?    century, decade, year, half, quarter, season, month,
//	              week, day, part-of-day or minute
//	mod?          TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...
//	earliest?     first day (or minute) the date may cover, inclusive,
//	              in ISO 8601 (years BC astronomical: 490 BC is -0489)
//	latest?       last day (or minute) it may cover, inclusive; "late
//	              2011" is value 2011, mod END, 2011-09-01 .. 2011-12-31
//	expression?   {text, start, end}: the expression as written
//	rule?         the tagger rule that resolved it
//
// An event:
//
//	id            event ID, unique in the timeline: "upi-kim#3"
//	kind          PLOVER event type: CONSULT, AGREE, SUPPORT, ...
//	mode?         PLOVER mode or dateline's finer one: visit, meeting, ...
//	cameo?        CAMEO code: "042"
//	action?       normalised trigger: "visit", "summit", "leave"
//	summary       one line: "Kim Jong Un leaves Vladivostok"
//	note?         what the sentence adds about the event
//	actors        list of {name, type?, role?, country?}
//	recipients    list of {name, type?, role?, country?}
//	place?        {venue?, city?, country?, region?}
//	when          {earliest?, latest?, start?, end?, length?, relation?}:
//	              the bounds of the whole event, its start and end dates,
//	              the duration the text gave and {order, to, offset?},
//	              its placing before or after the event with ID to;
//	              {} when undated
//	status        occurred, ongoing, planned, expected, possible, denied
//	              or cancelled
//	evidence      list of {doc, sentence?, trigger?, time?, actors?, title?}:
//	              each report of the event, as {text, start, end} quotes
//	              of its document, or of its title when title is true (the
//	              headline's report); time and actors have text "" when
//	              the document's text was not at hand
//
// # JSON Lines schema
//
// A .jsonl file has one compact JSON object per event per line, for jq,
// DuckDB or pandas. Keys marked ? are left out when empty; the others are
// always present, lists as [] when empty. When an event was reported by
// several documents, the quotes are from the first report.
//
//	doc           string   ID of the document of the first report
//	id            string   event ID, unique in the timeline: "upi-kim#3"
//	kind          string   PLOVER event type: CONSULT, AGREE, SUPPORT, ...
//	mode?         string   visit, meeting, multilateral, phone, ...
//	cameo?        string   CAMEO code: "042"
//	action?       string   normalised trigger: "visit", "summit"
//	summary       string   one line: "Kim Jong Un leaves Vladivostok"
//	note?         string   what the sentence adds about the event
//	actors        [string] canonical full names: ["Kim Jong Un"]
//	recipients    [string] canonical full names
//	place?        object   {venue?, city?, country?, region?}
//	start?        string   first day the event may cover: "2019-04-24";
//	                       left out when undated
//	end?          string   last day it may cover: "2019-04-26"
//	value?        string   TIMEX3 value the time was resolved from;
//	                       two in ISO 8601 interval notation: start/
//	                       duration when the text gave a length
//	                       ("2019-04-24/P3D"), else start/end
//	                       ("2019-04-24/2019-04-26")
//	mod?          string   TIMEX3 mod: "END" for "late 2011"; "START/END"
//	                       when the two ends of an interval differ
//	precision?    string   the finer precision of the value: year, day, ...
//	status        string   occurred, ongoing, planned, expected, possible,
//	                       denied or cancelled
//	time_text?    string   the time expression as written: "late 2011"
//	sentence?     object   {text, start, end}: the sentence, with offsets
//	trigger?      object   {text, start, end}: the word that names it
//	sources       [string] IDs of every document that reported it
//
// # CSV columns
//
// A .csv file has a header row and one row per event, with the JSON Lines
// fields flattened in this order; lists are joined with "; ", missing
// values are empty, and offsets are decimal. A cell that would start
// with =, +, -, @, a tab or a carriage return starts with a single quote
// before it, so that a spreadsheet opening the file reads text, not a
// formula (news text can start "=" or "@"; the JSON outputs are as read).
//
//	doc id kind mode cameo action summary note actors recipients
//	venue city country region start end value mod precision status time_text
//	sentence sentence_start sentence_end trigger trigger_start trigger_end
//	sources
//
// # Markdown
//
// A .md file is a chronology for reading, not for parsing: see
// [MarkdownEncoder].
//
// # TimelineJS and iCalendar
//
// A .timelinejs.json file is the JSON TimelineJS3 reads, a slide per
// dated event with its date at the precision the text gave, the date as
// written and the event's first actor as its group: see
// [TimelineJSEncoder]. A .ics file is an iCalendar calendar (RFC 5545) of
// the dated events, all-day where the dates are days or coarser, planned
// events tentative: see [ICSEncoder]. Both leave out the undated events
// and count them.
package out
