// Package sqlite is dateline's event store: the documents of an archive,
// their anchors and dates, and the events read from them, in one SQLite
// file through the pure-Go driver modernc.org/sqlite (no C compiler,
// the binary stays static).
//
// [Open] opens or creates a store. An indexing run asks [Store.Check]
// how each input stands (new, unchanged or changed, by a digest of the
// input the caller computes) before reading it, and gives the documents
// it reads to [Store.Put]; unchanged inputs are not read again, and a
// changed one replaces the rows of its document. Put writes in transactions of
// [Store.Batch] documents (set it before the first Put): a run stopped at any point, even killed,
// leaves every committed batch whole and nothing of the others (SQLite
// rolls an unfinished transaction back when the file is next opened),
// so a rerun of the same command skips what was committed and does the
// rest. The file is in WAL mode, so queries run while a run writes.
//
// [Store.Documents] returns the documents of the events a [Filter]
// selects, each with its selected events as it was read, before any
// merge: [timeline.Build] merges them into a timeline as it merges a
// build's documents. With the zero Filter the documents are all those
// stored. They come in the order of [timeline.SortDocuments] (when each
// was filed, then ID), which is the order Build merges in, not in the
// order they entered the store: indexing inputs and querying everything
// gives the timeline a build of the same inputs gives, whether the
// inputs were indexed in one run or in several, in any order.
//
// # Schema
//
// Times are Unix seconds on the model's zone-less civil clock
// (date(earliest, 'unixepoch') reads one in SQL; years BC are negative
// and order as the others do); NULL is an open or missing bound. Spans
// are byte offsets into the document's text, end exclusive. Text columns
// are NOT NULL, "" when empty, but for relation_order and relation_to;
// every table is STRICT.
//
//	meta          key, value: "schema" is the schema's version, "1"
//
//	documents     one row per document
//	  seq             INTEGER PRIMARY KEY: the order documents entered
//	                  the store; a replaced document keeps its seq
//	  key             UNIQUE: what the input is across runs: an archive
//	                  record's ID, or a plain-text file's absolute path
//	  id              UNIQUE: the document ID of its events and evidence
//	                  ("reuters-12009", "a", "a-2")
//	  source          where it was read: "reuters21578.jsonl.gz:12009"
//	  hash            the digest of the input it was read from
//	  title, text     the headline and the whole text
//	  narrative       1 if read as a narrative
//	  dateline_text, dateline_start, dateline_end, dateline_venue,
//	  dateline_city, dateline_country, dateline_region, dateline_agency:
//	                  the dateline, its span and place
//	  events          how many rows of events it has
//
//	events        one row per event as its document told it, unmerged
//	  event           INTEGER PRIMARY KEY
//	  doc, n          the document's seq and the event's place among
//	                  its events, from 0 (UNIQUE together)
//	  id              the event ID: "reuters-12009#3"
//	  kind, mode, cameo, action, summary, note, status: as in
//	                  timeline.Event
//	  venue, city, country, region: its place
//	  earliest, latest the first and last instant it may cover, both
//	                  inclusive; NULL when undated (indexed)
//	  relation_order, relation_to: its placing before or after another
//	                  event; NULL without one
//
//	participants  the actors and recipients of events
//	  event, side, n  the event, "actor" or "recipient", and the place
//	                  in its list (PRIMARY KEY)
//	  name, type, role, country: as in timeline.Actor (name indexed)
//
//	evidence      the reports of events
//	  event, n        the event and the report's place (PRIMARY KEY)
//	  doc             the reporting document's id
//	  sentence, sentence_start, sentence_end, trigger_text,
//	  trigger_start, trigger_end, time_start, time_end: as in
//	                  timeline.Evidence (time 0, 0 when none)
//	  actors          the actors' spans: "3-8 12-20"
//	  title           1 if the report is the headline's
//
//	dates         every resolved date: a document's own and its events'
//	  doc             the document's seq
//	  event           the event, NULL for a date of the document
//	  role            of a document: "text" (one of the dates of its
//	                  text, n its place among them), "published",
//	                  "anchor", "dateline"; of an event: "start", "end",
//	                  "length", "offset" (of its relation)
//	  n               the place among the document's text dates, else 0
//	  type, value, precision, mod, earliest, latest, text, span_start,
//	  span_end, rule: as in timeline.Date (precision by name: "day")
//
//	event_text    FTS5, contentless: per event (rowid = events.event),
//	              its summary and the sentences of its reports
//
// Deleting a document's row deletes its events, participants, evidence
// and dates (foreign keys, ON DELETE CASCADE, with PRAGMA foreign_keys
// on); its event_text rows must be deleted by rowid first.
package sqlite
