package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dateline-dev/dateline/timeline"
)

// A Filter selects events of a store. Values of one field are
// alternatives, except Actors; fields are all to be met. The zero Filter
// selects every event.
type Filter struct {
	// Actors are people, governments or organisations that all take
	// part in the event, as actor or recipient. A name matches as the
	// merge of [timeline.Build] matches the actors of two reports (see
	// [timeline.ShareActor]: "Shultz" is "George Shultz"), a government
	// or organisation as [timeline.SameCountry] matches countries
	// ("USSR" is the "Soviet Union"); letter case aside. One word also
	// matches every person with that word in the name ("Kim" is Kim
	// Jong Un).
	Actors []string
	// Places match the venue, city or region of the event's place by
	// name, letter case aside, or its country as [timeline.SameCountry]
	// matches countries.
	Places []string
	// Kinds are PLOVER kinds ("CONSULT") or modes ("visit"), in any
	// case, or both as "CONSULT/visit".
	Kinds []string
	// Statuses are the statuses kept.
	Statuses []timeline.Status
	// From and To keep the dated events that may overlap the days from
	// From's earliest to To's latest, both included; a zero Date leaves
	// its side open. Undated events are left out when either is set.
	From, To timeline.Date
	// Text is words that must all be in the event's summary or in the
	// sentence of one of its reports, found by SQLite's full-text
	// search (FTS5): whole words, letter case and accents aside.
	Text string
}

// IsZero reports whether f selects every event.
func (f Filter) IsZero() bool {
	return len(f.Actors) == 0 && len(f.Places) == 0 && len(f.Kinds) == 0 && len(f.Statuses) == 0 &&
		f.From.IsZero() && f.To.IsZero() && strings.TrimSpace(f.Text) == ""
}

// Documents returns the documents of the events f selects, in the order
// of [timeline.SortDocuments], each with its selected events only, as they
// were read (before any merge): [timeline.Build] merges them as it
// merges the documents of a build. For the zero Filter it returns every
// document, those without events included, so that the timeline is the
// one build makes of the same inputs. It commits what Put wrote first.
func (s *Store) Documents(ctx context.Context, f Filter) ([]timeline.Document, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.commit(); err != nil {
		return nil, err
	}
	tx, err := s.conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback() // it only wrote its temporary table
	docs, err := s.documents(ctx, tx, f)
	if err != nil {
		return nil, fmt.Errorf("%s: query: %w", s.path, err)
	}
	timeline.SortDocuments(docs)
	return docs, nil
}

func (s *Store) documents(ctx context.Context, tx *sql.Tx, f Filter) ([]timeline.Document, error) {
	where, args, err := conditions(ctx, tx, f)
	if err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS selected (event INTEGER PRIMARY KEY)`); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM temp.selected`); err != nil {
		return nil, err
	}
	q := `INSERT INTO temp.selected SELECT event FROM events WHERE ` + strings.Join(where, " AND ")
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return nil, err
	}

	// The documents.
	docFilter := ` WHERE seq IN (SELECT doc FROM events JOIN temp.selected USING (event))`
	dateFilter := ` AND doc IN (SELECT doc FROM events JOIN temp.selected USING (event))`
	if f.IsZero() {
		docFilter, dateFilter = "", ""
	}
	var docs []timeline.Document
	docAt := map[int64]int{}
	err = query(ctx, tx, `SELECT seq, id, source, title, text, narrative, dateline_text, dateline_start, dateline_end,
		dateline_venue, dateline_city, dateline_country, dateline_region, dateline_agency
		FROM documents`+docFilter+` ORDER BY seq`, nil, func(r *sql.Rows) error {
		var seq int64
		var d timeline.Document
		dl := &d.Dateline
		if err := r.Scan(&seq, &d.ID, &d.Source, &d.Title, &d.Text, &d.Narrative, &dl.Text, &dl.Span.Start, &dl.Span.End,
			&dl.Place.Venue, &dl.Place.City, &dl.Place.Country, &dl.Place.Region, &dl.Agency); err != nil {
			return err
		}
		docAt[seq] = len(docs)
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = query(ctx, tx, `SELECT doc, role, `+dateColumns+` FROM dates WHERE event IS NULL`+dateFilter+` ORDER BY doc, n`, nil, func(r *sql.Rows) error {
		var seq int64
		var role string
		d, err := scanDate(r, &seq, &role)
		if err != nil {
			return err
		}
		i, ok := docAt[seq]
		if !ok {
			return fmt.Errorf("a date of document %d, which is not selected", seq)
		}
		doc := &docs[i]
		switch role {
		case "text":
			doc.Dates = append(doc.Dates, d)
		case "published":
			doc.Published = d
		case "anchor":
			doc.Anchor = d
		case "dateline":
			doc.Dateline.Date = d
		default:
			return fmt.Errorf("document %s: a date of unknown role %q", doc.ID, role)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	// The events and what they hold.
	type ref struct{ doc, event int }
	evAt := map[int64]ref{}
	err = query(ctx, tx, `SELECT event, doc, id, kind, mode, cameo, action, summary, note, venue, city, country, region,
		status, relation_order, relation_to FROM events JOIN temp.selected USING (event) ORDER BY doc, n`, nil, func(r *sql.Rows) error {
		var ev, seq int64
		var e timeline.Event
		var order, to sql.NullString
		if err := r.Scan(&ev, &seq, &e.ID, &e.Kind, &e.Mode, &e.CAMEO, &e.Action, &e.Summary, &e.Note,
			&e.Place.Venue, &e.Place.City, &e.Place.Country, &e.Place.Region, &e.Status, &order, &to); err != nil {
			return err
		}
		if order.Valid {
			e.When.Relation = &timeline.Relation{Order: order.String, To: to.String}
		}
		i, ok := docAt[seq]
		if !ok {
			return fmt.Errorf("event %s of document %d, which is not selected", e.ID, seq)
		}
		evAt[ev] = ref{i, len(docs[i].Events)}
		docs[i].Events = append(docs[i].Events, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	event := func(ev int64) (*timeline.Event, error) {
		r, ok := evAt[ev]
		if !ok {
			return nil, fmt.Errorf("rows of event %d, which is not selected", ev)
		}
		return &docs[r.doc].Events[r.event], nil
	}
	err = query(ctx, tx, `SELECT event, side, name, type, role, country FROM participants JOIN temp.selected USING (event)
		ORDER BY event, side, n`, nil, func(r *sql.Rows) error {
		var ev int64
		var side string
		var a timeline.Actor
		if err := r.Scan(&ev, &side, &a.Name, &a.Type, &a.Role, &a.Country); err != nil {
			return err
		}
		e, err := event(ev)
		if err != nil {
			return err
		}
		switch side {
		case "actor":
			e.Actors = append(e.Actors, a)
		case "recipient":
			e.Recipients = append(e.Recipients, a)
		default:
			return fmt.Errorf("event %s: a participant on unknown side %q", e.ID, side)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = query(ctx, tx, `SELECT event, doc, sentence, sentence_start, sentence_end, trigger_text, trigger_start, trigger_end,
		time_start, time_end, actors, title FROM evidence JOIN temp.selected USING (event) ORDER BY event, n`, nil, func(r *sql.Rows) error {
		var ev int64
		var v timeline.Evidence
		var actors string
		if err := r.Scan(&ev, &v.Doc, &v.Sentence, &v.SentenceSpan.Start, &v.SentenceSpan.End, &v.TriggerText,
			&v.Trigger.Start, &v.Trigger.End, &v.Time.Start, &v.Time.End, &actors, &v.Title); err != nil {
			return err
		}
		e, err := event(ev)
		if err != nil {
			return err
		}
		if v.Actors, err = parseSpans(actors); err != nil {
			return fmt.Errorf("event %s: evidence: %w", e.ID, err)
		}
		e.Evidence = append(e.Evidence, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = query(ctx, tx, `SELECT event, role, `+dateColumns+` FROM dates JOIN temp.selected USING (event)`, nil, func(r *sql.Rows) error {
		var ev int64
		var role string
		d, err := scanDate(r, &ev, &role)
		if err != nil {
			return err
		}
		e, err := event(ev)
		if err != nil {
			return err
		}
		switch role {
		case "start":
			e.When.Start = d
		case "end":
			e.When.End = d
		case "length":
			e.When.Length = d
		case "offset":
			if e.When.Relation == nil {
				return fmt.Errorf("event %s: an offset without a relation", e.ID)
			}
			e.When.Relation.Offset = d
		default:
			return fmt.Errorf("event %s: a date of unknown role %q", e.ID, role)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// dateColumns are the columns of a date, as scanDate reads them.
const dateColumns = `type, value, precision, mod, earliest, latest, text, span_start, span_end, rule`

// scanDate reads a row of two leading columns, into a and b, and then
// dateColumns.
func scanDate(r *sql.Rows, a *int64, b *string) (timeline.Date, error) {
	var d timeline.Date
	var prec string
	var earliest, latest sql.NullInt64
	if err := r.Scan(a, b, &d.Type, &d.Value, &prec, &d.Mod, &earliest, &latest, &d.Text, &d.Span.Start, &d.Span.End, &d.Rule); err != nil {
		return d, err
	}
	if err := d.Precision.UnmarshalText([]byte(prec)); err != nil {
		return d, err
	}
	d.Earliest, d.Latest = fromUnix(earliest), fromUnix(latest)
	return d, nil
}

// query runs q and calls row for each row.
func query(ctx context.Context, tx *sql.Tx, q string, args []any, row func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// conditions returns the SQL conditions on table events that select
// what f selects, and their arguments: "1" alone for the zero Filter.
func conditions(ctx context.Context, tx *sql.Tx, f Filter) ([]string, []any, error) {
	where, args := []string{"1"}, []any(nil)
	if len(f.Actors) > 0 {
		var known []timeline.Actor
		err := query(ctx, tx, `SELECT DISTINCT name, type FROM participants ORDER BY name, type`, nil, func(r *sql.Rows) error {
			var a timeline.Actor
			if err := r.Scan(&a.Name, &a.Type); err != nil {
				return err
			}
			known = append(known, a)
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		for _, name := range f.Actors {
			var names []any
			for _, a := range known {
				if matchActor(name, a) && !slices.Contains(names, any(a.Name)) {
					names = append(names, a.Name)
				}
			}
			where = append(where, `event IN (SELECT event FROM participants WHERE name IN (`+marks(len(names))+`))`)
			args = append(args, names...)
		}
	}
	if len(f.Places) > 0 {
		var known []timeline.Place
		err := query(ctx, tx, `SELECT DISTINCT venue, city, country, region FROM events`, nil, func(r *sql.Rows) error {
			var p timeline.Place
			if err := r.Scan(&p.Venue, &p.City, &p.Country, &p.Region); err != nil {
				return err
			}
			known = append(known, p)
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		var venues, cities, countries, regions []any
		add := func(list *[]any, v string) {
			if !slices.Contains(*list, any(v)) {
				*list = append(*list, v)
			}
		}
		for _, name := range f.Places {
			for _, p := range known {
				if p.Venue != "" && strings.EqualFold(name, p.Venue) {
					add(&venues, p.Venue)
				}
				if p.City != "" && strings.EqualFold(name, p.City) {
					add(&cities, p.City)
				}
				if p.Country != "" && (strings.EqualFold(name, p.Country) || timeline.SameCountry(name, p.Country)) {
					add(&countries, p.Country)
				}
				if p.Region != "" && strings.EqualFold(name, p.Region) {
					add(&regions, p.Region)
				}
			}
		}
		where = append(where, `(venue IN (`+marks(len(venues))+`) OR city IN (`+marks(len(cities))+
			`) OR country IN (`+marks(len(countries))+`) OR region IN (`+marks(len(regions))+`))`)
		args = append(append(append(append(args, venues...), cities...), countries...), regions...)
	}
	if len(f.Kinds) > 0 {
		var alts []string
		for _, k := range f.Kinds {
			kind, mode, both := strings.Cut(k, "/")
			switch {
			case both:
				alts = append(alts, `(kind = ? AND mode = ?)`)
				args = append(args, strings.ToUpper(kind), strings.ToLower(mode))
			default:
				alts = append(alts, `kind = ? OR mode = ?`)
				args = append(args, strings.ToUpper(k), strings.ToLower(k))
			}
		}
		where = append(where, "("+strings.Join(alts, " OR ")+")")
	}
	if len(f.Statuses) > 0 {
		where = append(where, `status IN (`+marks(len(f.Statuses))+`)`)
		for _, st := range f.Statuses {
			args = append(args, string(st))
		}
	}
	if !f.From.IsZero() {
		where = append(where, `latest >= ?`)
		args = append(args, f.From.Earliest.Unix())
	}
	if !f.To.IsZero() {
		until := f.To.Latest.AddDate(0, 0, 1) // the midnight after its last day
		if f.To.Precision > timeline.Day {
			until = f.To.Latest.Add(time.Minute)
		}
		where = append(where, `earliest < ?`)
		args = append(args, until.Unix())
	}
	if m := matchExpr(f.Text); m != "" {
		where = append(where, `event IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)`)
		args = append(args, m)
	}
	return where, args, nil
}

// marks returns n comma-separated placeholders; for n = 0 it returns
// NULL, which no value is IN.
func marks(n int) string {
	if n == 0 {
		return "NULL"
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// matchExpr returns the FTS5 query that finds every word of text, each
// quoted so that none is read as an operator; "" for no words. A NUL
// byte, which would end the query inside a quote, parts words.
func matchExpr(text string) string {
	var terms []string
	for _, w := range strings.Fields(strings.ReplaceAll(text, "\x00", " ")) {
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(terms, " ")
}

// matchActor reports whether name names actor a, as Filter.Actors says.
func matchActor(name string, a timeline.Actor) bool {
	same := func(name string, a timeline.Actor) bool {
		return timeline.ShareActor([]timeline.Actor{{Name: name, Type: a.Type}}, []timeline.Actor{a}) ||
			a.Type != "person" && timeline.SameCountry(name, a.Name)
	}
	if same(name, a) {
		return true
	}
	if a.Type == "person" && !strings.Contains(strings.TrimSpace(name), " ") {
		// One word asks for every person with that word in the name:
		// "Kim" finds Kim Jong Un, whose family name comes first.
		for _, w := range strings.Fields(a.Name) {
			if strings.EqualFold(w, strings.TrimSpace(name)) {
				return true
			}
		}
	}
	a.Name = strings.ToLower(a.Name)
	return same(strings.ToLower(name), a)
}
