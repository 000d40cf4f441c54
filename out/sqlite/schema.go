package sqlite

// schemaVersion is the version of the schema this package writes and
// reads, kept in the meta table. It changes when a table or column is
// removed or changes meaning.
const schemaVersion = "1"

// schema creates the tables of an empty store; the package documentation
// describes them. Times are Unix seconds on the model's zone-less civil
// clock (UTC), so that years BC order as the others do.
const schema = `
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS documents (
	seq              INTEGER PRIMARY KEY,
	key              TEXT NOT NULL UNIQUE,
	id               TEXT NOT NULL UNIQUE,
	source           TEXT NOT NULL,
	hash             TEXT NOT NULL,
	title            TEXT NOT NULL,
	text             TEXT NOT NULL,
	narrative        INTEGER NOT NULL,
	dateline_text    TEXT NOT NULL,
	dateline_start   INTEGER NOT NULL,
	dateline_end     INTEGER NOT NULL,
	dateline_venue   TEXT NOT NULL,
	dateline_city    TEXT NOT NULL,
	dateline_country TEXT NOT NULL,
	dateline_region  TEXT NOT NULL,
	dateline_agency  TEXT NOT NULL,
	events           INTEGER NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS events (
	event          INTEGER PRIMARY KEY,
	doc            INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	n              INTEGER NOT NULL,
	id             TEXT NOT NULL,
	kind           TEXT NOT NULL,
	mode           TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	action         TEXT NOT NULL,
	summary        TEXT NOT NULL,
	note           TEXT NOT NULL,
	venue          TEXT NOT NULL,
	city           TEXT NOT NULL,
	country        TEXT NOT NULL,
	region         TEXT NOT NULL,
	status         TEXT NOT NULL,
	earliest       INTEGER,
	latest         INTEGER,
	relation_order TEXT,
	relation_to    TEXT,
	UNIQUE (doc, n)
) STRICT;
CREATE INDEX IF NOT EXISTS events_time ON events (latest, earliest);

CREATE TABLE IF NOT EXISTS participants (
	event   INTEGER NOT NULL REFERENCES events (event) ON DELETE CASCADE,
	side    TEXT NOT NULL,
	n       INTEGER NOT NULL,
	name    TEXT NOT NULL,
	type    TEXT NOT NULL,
	role    TEXT NOT NULL,
	country TEXT NOT NULL,
	PRIMARY KEY (event, side, n)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS participants_name ON participants (name);

CREATE TABLE IF NOT EXISTS evidence (
	event          INTEGER NOT NULL REFERENCES events (event) ON DELETE CASCADE,
	n              INTEGER NOT NULL,
	doc            TEXT NOT NULL,
	sentence       TEXT NOT NULL,
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL,
	trigger_text   TEXT NOT NULL,
	trigger_start  INTEGER NOT NULL,
	trigger_end    INTEGER NOT NULL,
	time_start     INTEGER NOT NULL,
	time_end       INTEGER NOT NULL,
	actors         TEXT NOT NULL,
	title          INTEGER NOT NULL,
	PRIMARY KEY (event, n)
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS dates (
	doc        INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
	event      INTEGER REFERENCES events (event) ON DELETE CASCADE,
	role       TEXT NOT NULL,
	n          INTEGER NOT NULL,
	type       TEXT NOT NULL,
	value      TEXT NOT NULL,
	precision  TEXT NOT NULL,
	mod        TEXT NOT NULL,
	earliest   INTEGER,
	latest     INTEGER,
	text       TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	rule       TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS dates_doc ON dates (doc, n);
CREATE INDEX IF NOT EXISTS dates_event ON dates (event) WHERE event IS NOT NULL;

CREATE VIRTUAL TABLE IF NOT EXISTS event_text USING fts5 (
	summary, sentences, content = '', contentless_delete = 1
);
`
