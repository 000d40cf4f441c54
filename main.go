// Command dateline builds timelines of diplomatic events from news
// articles: it anchors each story in time, resolves its temporal
// expressions, extracts who visited, met or signed with whom, merges the
// events of all stories and writes an interactive chart or
// machine-readable files.
//
// Usage:
//
//	dateline build [-anchor YYYY-MM-DD] [-type auto|news|narrative] [-fields PART=FIELD,...] [-shard i/n] [-lanes participant|actor|place|kind|country] [-max-lanes N] [-lane-order activity|first] [-title T] [-fragment] [-assets URL] [-theme auto|light|dark] [-o OUT]... INPUT...
//	dateline index [-anchor YYYY-MM-DD] [-type auto|news|narrative] [-fields PART=FIELD,...] [-shard i/n] [-force] -db FILE INPUT...
//	dateline merge [-force] -o FILE STORE...
//	dateline query -db FILE [-actor NAME]... [-place NAME]... [-kind KIND] [-status S] [-from DATE] [-to DATE] [-text WORDS] [-lanes ...] [-max-lanes N] [-lane-order ...] [-fragment] [-assets URL] [-theme auto|light|dark] [-o OUT]...
//	dateline dates [-anchor YYYY-MM-DD] [-type auto|news|narrative] [-fields PART=FIELD,...] INPUT...
//	dateline timeml [-type auto|news|narrative] [-d DIR] FILE.tml...
//	dateline eval [-v] [-type auto|news|narrative] GOLD_DIR [SYSTEM_DIR]
//	dateline eval events [-v] GOLD FILE...
//
// An INPUT is a file, a folder (read recursively, in name order, for its
// .txt, .text, .html, .htm, .xhtml, .jsonl and .warc files, each also
// gzip'd), a glob that dateline expands itself ("news/*.html", quoted or
// not), or - for standard input. A file is a plain-text story, an HTML
// news page, a JSON Lines archive (-fields maps its field names) or a
// WARC file of crawled pages, told by its name or its first bytes, gzip
// or not (see package parse/source). -shard i/n reads only the i-th of n
// disjoint slices of the documents, chosen by a hash of each document's
// ID, so that n jobs (an array job on a cluster) split an archive.
// On a terminal, build and index show a progress bar on standard error.
//
// The format of each OUT follows its extension: .html (chart), .svg
// (static chart), .png (the chart drawn by headless Chromium), .json,
// .jsonl, .csv, .md, .timelinejs.json (TimelineJS3) or .ics (iCalendar);
// "-o -" writes JSON to standard output. -fragment writes each .html as
// a fragment to paste into a report (the chart's div and scripts, no
// page), and -assets URL makes the chart load ECharts from URL rather
// than inline it. -theme dark or light forces the colours of each .html
// (page and chart) and .png; auto, the default, follows the reader's
// prefers-color-scheme in the page and is light in the .png; the .svg is
// always light. -lanes chooses the chart's lanes: one per participant
// (the default: an event's actors and recipients, so that a meeting or a
// call is in the lanes of both sides), per actor alone, place, kind of
// event or country; -max-lanes N keeps the N busiest and folds the
// others into one lane, "Others" (0, the default, keeps all), and
// -lane-order puts the lanes kept in order of
// activity (the default) or of their first event. timeml -d creates DIR
// and writes one file into it per FILE.tml. index keeps the documents
// and events of its inputs in an SQLite store (see package out/sqlite),
// merge writes a new store of the documents of several (the stores of an
// archive's shards, say), and query writes the timeline of the events of
// a store that match it, as build would write it.
//
// The exit status is 0 on success, 1 on a failure, 2 for a usage error
// and 3 when the run is done but skipped some documents: build, index,
// dates, timeml and eval events report a document that cannot be read on
// standard error, skip it and go on, and the others are still written.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dateline-dev/dateline/out"
	"github.com/dateline-dev/dateline/parse"
	"github.com/dateline-dev/dateline/parse/source"
	"github.com/dateline-dev/dateline/parse/timeml"
	"github.com/dateline-dev/dateline/parse/timex"
	"github.com/dateline-dev/dateline/render"
	"github.com/dateline-dev/dateline/render/chromium"
	"github.com/dateline-dev/dateline/timeline"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// dateline keeps every document it reads: collecting garbage
		// half as often buys a fifth of the time of an archive's build
		// for a third more memory.
		debug.SetGCPercent(200)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// A command is one subcommand of dateline.
type command struct {
	name  string
	args  string // the argument synopsis
	short string // one line for the command list
	run   func(ctx context.Context, env *env, args []string) error
}

// commands is the command table, in the order help lists it.
var commands = []command{
	{"build", buildArgs, "build a timeline from articles and write a chart or data files", runBuild},
	{"index", indexArgs, "read articles and archives as build does and keep their documents and events in a store", runIndex},
	{"merge", mergeArgs, "merge stores written by index (the shards of an archive) into a new store", runMerge},
	{"query", queryArgs, "write the timeline of the events of a store that match the query, as build writes it", runQuery},
	{"dates", datesArgs, "list every temporal expression of articles with its resolved value", runDates},
	{"timeml", timemlArgs, "tag TimeML documents, anchored at their DCT, and write them with dateline's TIMEX3 tags", runTimeML},
	{"eval", evalArgs, "score TIMEX3 tags against gold TimeML documents as TempEval-3 Task A does;\n\t\twith events, score the events of stories against gold event mentions", runEval},
}

// Argument synopses of the commands.
const (
	buildArgs  = "[-anchor YYYY-MM-DD] [-type auto|news|narrative] [-fields PART=FIELD,...] [-shard i/n] [-lanes participant|actor|place|kind|country] [-max-lanes N] [-lane-order activity|first] [-title T] [-fragment] [-assets URL] [-theme auto|light|dark] [-o OUT]... INPUT..."
	datesArgs  = "[-anchor YYYY-MM-DD] [-type auto|news|narrative] [-fields PART=FIELD,...] INPUT..."
	timemlArgs = "[-type auto|news|narrative] [-d DIR] FILE.tml..."
	evalArgs   = "[-v] [-type auto|news|narrative] GOLD_DIR [SYSTEM_DIR] | events " + evalEventsArgs
)

// env is what a command talks to.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	skipped        bool      // a document was reported and skipped
	bar            *progress // the progress bar shown, if any
}

// errUsage marks errors in how dateline was called (exit status 2).
var errUsage = errors.New("usage")

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }
func (e usageError) Is(t error) bool {
	return t == errUsage
}

// run is dateline: it returns the exit status, 0 for success, 1 for a
// failure, 2 for a usage error and 3 for a run done with some documents
// skipped.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		usage(stdout) // asked for: the answer goes to standard output
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
		err := c.run(ctx, e, args[1:])
		switch {
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(stderr, "dateline: error: %v\nusage: dateline %s %s\n", err, c.name, c.args)
			return 2
		case err != nil:
			fmt.Fprintf(stderr, "dateline: error: %v\n", err)
			return 1
		case e.skipped:
			return 3
		}
		return 0
	}
	fmt.Fprintf(stderr, "dateline: error: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "dateline builds timelines of diplomatic events from news articles.\n\nUsage:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\tdateline %s %s\n\t\t%s\n", c.name, c.args, c.short)
	}
	fmt.Fprintf(w, "\nAn INPUT is a file, a folder (read recursively), a glob (expanded by dateline, so it may be quoted) or - for standard input:\nplain text, HTML pages, JSON Lines (.jsonl) and WARC crawls (.warc), gzip or not. -shard i/n reads the i-th of n slices.\n")
	fmt.Fprintf(w, "\nOutput formats follow the extension of -o: .html (interactive chart), .svg (static chart), .png (the chart, by\nheadless Chromium), .json, .jsonl, .csv, .md, .timelinejs.json (TimelineJS3), .ics (iCalendar); -o - writes JSON to\nstandard output.\n")
	fmt.Fprintf(w, "-fragment writes each .html as a fragment to paste into a report; -assets URL loads ECharts from URL;\n-theme light or dark forces the .html's and .png's colours (auto, the default: the reader's in the page, light in the .png;\n.svg is always light).\n")
	fmt.Fprintf(w, "\n%s", exitStatus)
}

// exitStatus is the note on exit statuses in the help of dateline and of
// each command.
const exitStatus = `Exit status: 0 on success, 1 on a failure, 2 for a usage error, 3 when done but some
documents were skipped. build, index, dates, timeml and eval events report a document that cannot be
read on standard error and go on: the others are still written, and the exit status is then
3. An output that cannot be written, or no document read at all, is a failure (1).
`

// anchorFlag is a -anchor YYYY-MM-DD value.
type anchorFlag struct{ t time.Time }

func (a *anchorFlag) String() string {
	if a.t.IsZero() {
		return ""
	}
	return a.t.Format(time.DateOnly)
}

func (a *anchorFlag) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("want a date as YYYY-MM-DD, got %q", s)
	}
	a.t = t
	return nil
}

// typeFlag adds the -type flag to fs and returns where it is stored;
// its zero value, [timex.Auto], is the default.
func typeFlag(fs *flag.FlagSet) *timex.DocType {
	t := new(timex.DocType)
	fs.Func("type", "read every document as `news` or narrative (dates count from the story's own time), or auto: by its dates", func(s string) error {
		v, err := timex.ParseDocType(s)
		*t = v
		return err
	})
	return t
}

// inputFlags adds to fs the flags of how a command reads its inputs:
// -fields, and -shard when shards is true. The returned options are
// filled in as fs parses; their parse options are the caller's.
func inputFlags(fs *flag.FlagSet, shards bool) *readOptions {
	ro := new(readOptions)
	fs.Func("fields", "read JSON Lines stories from these fields: `PART=FIELD,...` with parts id, published, dateline, title and text (default "+source.DefaultFields.String()+")", func(s string) error {
		f, err := source.ParseFields(s)
		ro.source.Fields = f
		return err
	})
	if shards {
		fs.Var(&ro.shard, "shard", "read only the i-th of n slices of the documents, by a hash of each ID (`i/n`, 1 <= i <= n), so that n jobs split the inputs")
	}
	return ro
}

// outputs is a repeatable -o flag.
type outputs []string

func (o *outputs) String() string     { return strings.Join(*o, ",") }
func (o *outputs) Set(s string) error { *o = append(*o, s); return nil }

// newFlags returns a flag set for command name that reports errors
// through run rather than printing them itself.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors and
// -h into help on stdout.
func parseFlags(e *env, fs *flag.FlagSet, synopsis string, args []string) error {
	if err := parseInterspersed(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(e.stdout, "usage: dateline %s %s\n\nFlags:\n", fs.Name(), synopsis)
			fs.SetOutput(e.stdout)
			fs.PrintDefaults()
			fmt.Fprintf(e.stdout, "\n%s", exitStatus)
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

// parseInterspersed parses flags given before, between and after the
// positional arguments ("build FILE... -o OUT"), as users expect; "--"
// ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

func runBuild(ctx context.Context, e *env, args []string) error {
	fs := newFlags("build")
	var anchor anchorFlag
	fs.Var(&anchor, "anchor", "resolve every article against this `date` (YYYY-MM-DD) instead of its stamp and dateline")
	typ := typeFlag(fs)
	ro := inputFlags(fs, true)
	of := addOutputFlags(fs, "the article's headline")
	if err := parseFlags(e, fs, buildArgs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"build needs at least one INPUT"}
	}
	o, err := of.check()
	if err != nil {
		return err
	}
	ro.parse = parse.Options{Anchor: anchor.t, Type: *typ}
	docs, err := readAll(ctx, e, fs.Args(), *ro)
	if err != nil {
		return err
	}
	return writeAll(ctx, e, o, timeline.Build(docs...))
}

// outputFlags are the flags build and query share for what they write.
type outputFlags struct {
	outs      outputs
	lanes     string
	maxLanes  int
	laneOrder string
	title     string
	fragment  bool
	assets    string
	theme     string
}

// addOutputFlags adds the output flags to fs; titled says what the
// chart's title is by default.
func addOutputFlags(fs *flag.FlagSet, titled string) *outputFlags {
	f := &outputFlags{}
	fs.Var(&f.outs, "o", outHelp)
	fs.StringVar(&f.lanes, "lanes", "participant", "chart lanes: one per `participant` (actor or recipient, so an event of two parties is in both their lanes), actor, place, kind (of event) or country")
	fs.IntVar(&f.maxLanes, "max-lanes", 0, "keep the `N` busiest lanes of the chart and fold the others into one, \"Others\"; 0 keeps all")
	fs.StringVar(&f.laneOrder, "lane-order", "activity", "order of the chart's lanes: by `activity` (most events first) or first (earliest event first)")
	fs.StringVar(&f.title, "title", "", "chart and page `title` (default: "+titled+")")
	fs.BoolVar(&f.fragment, "fragment", false, "write each .html OUT as a fragment to paste into a report or page: the chart's div, its styles and scripts, no page around them")
	fs.StringVar(&f.assets, "assets", "", "load ECharts into each .html OUT from this `URL` (of echarts.min.js "+render.EChartsVersion+") instead of inlining it; the chart then needs that URL")
	fs.StringVar(&f.theme, "theme", "auto", "colours of each .html and .png OUT: `auto` (the reader's prefers-color-scheme in a page, light in a .png), light or dark; .svg is always light")
	return f
}

// outputSet is what build and query write: every output, with the
// chart's options.
type outputSet struct {
	outs     outputs
	chart    render.Options
	fragment bool // .html outputs are fragments, not pages
}

// check checks the output flags and returns what they ask for: the
// outputs (standard output's JSON when none is given) and the chart's
// options.
func (f *outputFlags) check() (outputSet, error) {
	set := outputSet{outs: f.outs, fragment: f.fragment}
	if len(set.outs) == 0 {
		set.outs = outputs{"-"}
	}
	var err error
	if set.chart, err = renderOptions(f.lanes, f.laneOrder, f.maxLanes, f.title); err != nil {
		return set, err
	}
	if err := checkOutputs(set.outs); err != nil {
		return set, err
	}
	if f.assets != "" {
		if err := checkAssets(f.assets); err != nil {
			return set, err
		}
		set.chart.Assets = f.assets
	}
	switch f.theme {
	case "auto":
		set.chart.Theme = render.ThemeAuto
	case "light":
		set.chart.Theme = render.ThemeLight
	case "dark":
		set.chart.Theme = render.ThemeDark
	default:
		return set, usageError{fmt.Sprintf("-theme: want auto, light or dark, got %q", f.theme)}
	}
	if f.theme != "auto" && !slices.ContainsFunc(set.outs, isThemed) {
		return set, usageError{"-theme " + f.theme + " is for the chart's .html and .png outputs (the .svg is always light), and no -o is one"}
	}
	if f.fragment || f.assets != "" {
		if !slices.ContainsFunc(set.outs, isPage) {
			flag := "-fragment"
			if !f.fragment {
				flag = "-assets"
			}
			return set, usageError{flag + " is for the chart's .html outputs, and no -o is one"}
		}
	}
	return set, nil
}

// isThemed reports whether output o is a page, a fragment or a PNG of
// the chart, which follow -theme.
func isThemed(o string) bool {
	return isPage(o) || (o != "-" && strings.ToLower(filepath.Ext(o)) == ".png")
}

// isPage reports whether output o is the interactive chart, a page or a
// fragment.
func isPage(o string) bool {
	ext := strings.ToLower(filepath.Ext(o))
	return o != "-" && (ext == ".html" || ext == ".htm")
}

// checkAssets returns a usage error unless u is a URL the page's script
// element may load: http or https, or a path relative to the page
// (html/template would make any other scheme "#ZgotmplZ").
func checkAssets(u string) error {
	p, err := url.Parse(u)
	if err == nil && p.Path+p.Host != "" {
		switch strings.ToLower(p.Scheme) {
		case "", "http", "https":
			return nil
		}
	}
	return usageError{fmt.Sprintf("-assets: want the URL of echarts.min.js (http, https, or a path relative to the page), got %q", u)}
}

// renderOptions returns the chart's options for the -lanes,
// -lane-order, -max-lanes and -title flags.
func renderOptions(lanes, order string, maxLanes int, title string) (render.Options, error) {
	opt := render.Options{Title: title, MaxLanes: maxLanes}
	switch lanes {
	case "actor":
		opt.Lanes = render.LaneActor
	case "participant":
		opt.Lanes = render.LaneParticipant
	case "place":
		opt.Lanes = render.LanePlace
	case "kind":
		opt.Lanes = render.LaneKind
	case "country":
		opt.Lanes = render.LaneCountry
	default:
		return opt, usageError{fmt.Sprintf("-lanes: want participant, actor, place, kind or country, got %q", lanes)}
	}
	switch order {
	case "activity":
		opt.LaneOrder = render.ByActivity
	case "first":
		opt.LaneOrder = render.ByFirst
	default:
		return opt, usageError{fmt.Sprintf("-lane-order: want activity or first, got %q", order)}
	}
	if maxLanes < 0 {
		return opt, usageError{fmt.Sprintf("-max-lanes: want a number of lanes, 0 for all, got %d", maxLanes)}
	}
	return opt, nil
}

// charts are the formats of the chart, which this command writes itself;
// package out writes the others.
var charts = []string{".html", ".svg", ".png"}

// outputFormats returns every format -o writes, by extension, in the
// order messages list them.
func outputFormats() []string { return append(slices.Clip(charts), out.Extensions()...) }

// outHelp is the help of the -o flag of build and query.
var outHelp = "write to `OUT`; the extension picks the format (" + strings.Join(outputFormats(), " ") + "), - is JSON on stdout; repeatable"

// checkOutputs returns a usage error for an -o whose format is unknown.
func checkOutputs(outs outputs) error {
	for _, o := range outs {
		if o == "-" {
			continue
		}
		if ext := strings.ToLower(filepath.Ext(o)); ext != ".htm" && !slices.Contains(charts, ext) {
			if _, err := out.ForPath(o, io.Discard); errors.Is(err, out.ErrFormat) {
				// The charts are this command's, not package out's:
				// name them among the formats.
				return usageError{fmt.Sprintf("-o %s: %v (supported: %s)", o, out.ErrFormat, strings.Join(outputFormats(), ", "))}
			} else if err != nil {
				return usageError{fmt.Sprintf("-o %v", err)}
			}
		}
	}
	return nil
}

// writeAll writes t to every output of set. Each output is written on
// its own: one that cannot be written is reported by its name and the
// others are still written; the last error is returned.
func writeAll(ctx context.Context, e *env, set outputSet, t *timeline.Timeline) error {
	var failed error
	for _, o := range set.outs {
		if err := write(ctx, e, o, t, set); err != nil {
			if failed != nil {
				fmt.Fprintf(e.stderr, "dateline: error: %v\n", failed)
			}
			failed = err
		}
	}
	return failed
}

// skipReason names why a story was skipped, for the run's summary.
func skipReason(err error) string {
	switch {
	case errors.Is(err, parse.ErrNoAnchor):
		return "no anchor date"
	case errors.Is(err, parse.ErrTooLarge):
		return "too large"
	case errors.Is(err, parse.ErrBadStamp):
		return "unparseable date"
	case errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission):
		return "file not opened"
	case errors.Is(err, source.ErrNoText) || errors.Is(err, errEmpty):
		return "no text"
	case errors.Is(err, source.ErrNotUTF8):
		return "invalid UTF-8"
	case errors.Is(err, source.ErrNoMatch):
		return "no file matched"
	}
	return "unreadable"
}

// countReasons writes reasons as "2 no anchor date, 1 unreadable", in a
// fixed order.
func countReasons(reasons map[string]int) string {
	var parts []string
	for _, r := range []string{"no anchor date", "unparseable date", "no text", "invalid UTF-8", "too large", "file not opened", "no file matched", "unreadable"} {
		if n := reasons[r]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, r))
		}
	}
	return strings.Join(parts, ", ")
}

// readAll reads and parses every story of the files inputs name:
// plain-text articles, HTML pages, JSON Lines archives and WARC files
// (see package source). A story that cannot be read or anchored is
// reported on stderr and skipped; readAll fails only when no story is
// left. Stories are read in order and parsed on every core; the
// documents and the reports come out in input order, whatever the number
// of cores. A run of more than one document, or one that skipped any,
// ends with a summary line on stderr.
func readAll(ctx context.Context, e *env, inputs []string, ro readOptions) ([]timeline.Document, error) {
	var docs []timeline.Document
	sk := newSkips(e)
	events := 0
	err := readStories(ctx, e, inputs, ro, nil, func(s *story) error {
		if s.err != nil {
			sk.report(s.err)
			return nil
		}
		docs = append(docs, s.doc)
		events += len(s.doc.Events)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if read := len(docs) + sk.n; read > 1 || sk.n > 0 {
		summary := fmt.Sprintf("dateline: %s read: %d parsed with %s, %d skipped", plural(read, "document"), len(docs), plural(events, "event"), sk.n)
		if sk.n > 0 {
			summary += " (" + countReasons(sk.reasons) + ")"
		}
		fmt.Fprintln(e.stderr, summary)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no article could be read (%d failed)", sk.n)
	}
	return docs, nil
}

// skips counts the stories a run reports and skips, by reason.
type skips struct {
	e       *env
	n       int
	reasons map[string]int
}

func newSkips(e *env) *skips { return &skips{e: e, reasons: map[string]int{}} }

// report reports err, the error of a story that is skipped, on stderr.
func (sk *skips) report(err error) {
	sk.n++
	sk.reasons[skipReason(err)]++
	sk.e.skipped = true
	sk.e.bar.clear()
	fmt.Fprintf(sk.e.stderr, "dateline: error: %v\n", err)
	if errors.Is(err, parse.ErrNoAnchor) && sk.n == 1 {
		fmt.Fprintf(sk.e.stderr, "dateline: hint: give the article's date with -anchor YYYY-MM-DD\n")
	}
}

// A story is one story of an input file: as read, and once parsed its
// document or the error met reading it.
type story struct {
	file    string
	archive bool // from a JSON Lines archive, whose stories carry their own IDs
	in      parse.Input
	parsed  bool // parsed, rather than passed over by want or failed in reading
	doc     timeline.Document
	err     error
	note    any           // what want keeps for each
	done    chan struct{} // closed when the story is ready for each
}

// readOptions says how a run reads its inputs: how to read each file,
// how to parse each story and which slice of the stories to keep.
type readOptions struct {
	source source.Options
	parse  parse.Options
	shard  shard
}

// readStories reads the stories of the files inputs name (see
// source.Expand) in order and parses, on every core, those of ro.shard
// that want (nil: all) accepts; want runs in input order and may change
// a story's input (its ID) before it is parsed. each is called with
// every story of the shard, parsed, passed over or failed, in input
// order whatever the number of cores. readStories returns the first
// error of each, after which it reads no more, or ctx's error when it
// was cancelled; the stories read before either are all given to each.
// On a terminal, a progress bar shows how far the run has got.
func readStories(ctx context.Context, e *env, inputs []string, ro readOptions, want func(*story) bool, each func(*story) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	paths := source.Expand(inputs)
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = p.Name
	}
	bar := newProgress(e.stderr, inputSize(names))
	e.bar = bar
	defer func() { e.bar = nil }()
	var offset atomic.Int64 // bytes read of the inputs, for the bar
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan *story)
	order := make(chan *story, 64*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				s.doc, s.err = readStory(s.file, s.in, ro.parse)
				close(s.done)
			}
		}()
	}
	// The reader feeds the workers and queues each story in input
	// order.
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		failed := func(file string, err error) {
			if ro.shard.has(file) {
				s := &story{file: file, err: err, done: make(chan struct{})}
				close(s.done)
				order <- s
			}
		}
		// Two files of one name in different folders ("d1/a.txt",
		// "d2/a.txt") would give their stories one ID, and their events
		// colliding IDs: the second of a name is "a-2", the third "a-3".
		// So is a second capture of one page in a crawl, or a record
		// that repeats an archive's ID. A shard keeps every story of an
		// ID (it goes by the ID), so each gets the suffix it gets in the
		// whole run.
		seen := map[string]int{}
		var done int64 // bytes of the files read to their end
		for _, p := range paths {
			if p.Err != nil {
				failed(p.Name, fmt.Errorf("reading input: %w", p.Err))
				continue
			}
			f := p.Name
			r, err := ro.source.Open(f, e.stdin)
			if err != nil {
				failed(f, fmt.Errorf("reading article: %w", err))
				continue
			}
			for n := 1; ; n++ {
				if err := ctx.Err(); err != nil {
					r.Close()
					readErr = err
					return
				}
				in, err := r.Next()
				if err == io.EOF {
					break
				}
				offset.Store(done + r.Offset())
				key := in.ID
				if err != nil || key == "" {
					key = f + "#" + strconv.Itoa(n) // a story that failed has no ID
				}
				if !ro.shard.has(key) {
					continue
				}
				s := &story{file: f, archive: r.Archive(), in: in, err: err, done: make(chan struct{})}
				if err == nil {
					if n := seen[in.ID]; n > 0 {
						seen[in.ID] = n + 1
						s.in.ID = fmt.Sprintf("%s-%d", in.ID, n+1)
					} else {
						seen[in.ID] = 1
					}
				}
				s.parsed = err == nil && (want == nil || want(s))
				order <- s
				if s.parsed {
					jobs <- s
				} else {
					close(s.done)
				}
			}
			done += r.Offset()
			offset.Store(done)
			r.Close()
		}
	}()
	var eachErr error
	n := 0
	for s := range order {
		<-s.done
		if eachErr != nil {
			continue // drain
		}
		n++
		bar.update(n, offset.Load())
		if err := each(s); err != nil {
			eachErr = err
			cancel()
		}
	}
	wg.Wait()
	bar.finish()
	if eachErr != nil {
		return eachErr
	}
	return readErr
}

// errEmpty is the error of a plain-text story of no text.
var errEmpty = errors.New("empty article")

// readStory parses one story read from file.
func readStory(file string, in parse.Input, opt parse.Options) (timeline.Document, error) {
	plain := in.Published == "" && in.Dateline == ""
	if plain && strings.TrimSpace(in.Text) == "" {
		return timeline.Document{}, &parse.Error{Doc: file, Err: errEmpty}
	}
	doc, err := parse.Read(in, opt)
	if err != nil {
		var pe *parse.Error
		if plain && errors.As(err, &pe) {
			pe.Doc = file
			if in.Source != "" {
				pe.Doc = in.Source // a page of a crawl: the file and its URI
			}
		} else if !plain {
			err = fmt.Errorf("%s: %w", in.Source, err)
		}
		return timeline.Document{}, err
	}
	return doc, nil
}

// write writes t to o: a chart for .html (a fragment with -fragment) and
// .svg, else the encoder for o's extension; "-" is JSON on stdout. Files
// are written atomically.
func write(ctx context.Context, e *env, o string, t *timeline.Timeline, set outputSet) error {
	if o == "-" {
		enc := out.NewJSONEncoder(e.stdout)
		if err := enc.Encode(t); err != nil {
			return err
		}
		return enc.Close()
	}
	err := out.WriteFile(o, func(w io.Writer) error {
		switch strings.ToLower(filepath.Ext(o)) {
		case ".html", ".htm":
			if set.fragment {
				return render.Fragment(w, t, set.chart)
			}
			return render.HTML(w, t, set.chart)
		case ".svg":
			return render.SVG(w, t, set.chart) // a static image for print and slides
		case ".png":
			return chromium.PNG(ctx, w, t, set.chart) // the chart as a browser draws it
		}
		enc, err := out.ForPath(o, w)
		if err != nil {
			return err
		}
		if err := enc.Encode(t); err != nil {
			return err
		}
		return enc.Close()
	})
	if err != nil {
		return fmt.Errorf("writing %w", err) // WriteFile's error starts with o
	}
	return nil
}

func runDates(ctx context.Context, e *env, args []string) error {
	fs := newFlags("dates")
	var anchor anchorFlag
	fs.Var(&anchor, "anchor", "resolve against this `date` (YYYY-MM-DD) instead of the stamp and dateline")
	typ := typeFlag(fs)
	ro := inputFlags(fs, false)
	if err := parseFlags(e, fs, datesArgs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"dates needs at least one INPUT"}
	}
	ro.parse = parse.Options{Anchor: anchor.t, Type: *typ}
	docs, err := readAll(ctx, e, fs.Args(), *ro)
	if err != nil {
		return err
	}
	for _, d := range docs {
		fmt.Fprintf(e.stdout, "%s\tanchor %s", d.ID, d.Anchor.Value)
		if d.Published.Value != "" {
			fmt.Fprintf(e.stdout, "\tpublished %s", d.Published.Value)
		}
		if d.Dateline.Text != "" {
			fmt.Fprintf(e.stdout, "\tdateline %q", d.Dateline.Text)
		}
		if d.Narrative {
			fmt.Fprintf(e.stdout, "\tnarrative")
		}
		fmt.Fprintln(e.stdout)
		for _, dt := range d.Dates {
			fmt.Fprintf(e.stdout, "%s\t%s\n", d.ID, dt)
		}
	}
	return nil
}

// runTimeML tags each FILE.tml and writes it to standard output or, with
// -d, into DIR, which it creates. As in build, a document that cannot be
// read or tagged is reported and skipped and the others are written; the
// exit status is then 3. An output that cannot be written stops the run.
func runTimeML(ctx context.Context, e *env, args []string) error {
	fs := newFlags("timeml")
	dir := fs.String("d", "", "write one file per input into `DIR`, created if missing, under the input's base name (default: standard output)")
	typ := typeFlag(fs)
	if err := parseFlags(e, fs, timemlArgs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 || (fs.NArg() > 1 && *dir == "") {
		return usageError{"timeml needs one FILE.tml, or -d DIR and any number"}
	}
	if *dir != "" {
		if err := os.MkdirAll(*dir, 0o755); err != nil {
			return fmt.Errorf("creating output folder: %w", err)
		}
	}
	tagger := timex.New()
	failed, written := 0, 0
	for _, f := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, dates, err := tagTimeML(tagger, f, *typ)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = fmt.Errorf("reading document: %w", err)
			}
			failed++
			e.skipped = true
			fmt.Fprintf(e.stderr, "dateline: error: %v\n", err)
			continue
		}
		if *dir == "" {
			if err := timeml.Write(e.stdout, doc, dates); err != nil {
				return err
			}
			written++
			continue
		}
		// A batch does not sync each file to disk, which took half the
		// run's wall time; its folder is synced once at the end, and a
		// rerun regenerates any file a crash of the system loses.
		o := filepath.Join(*dir, filepath.Base(f))
		if err := out.WriteFileNoSync(o, func(w io.Writer) error { return timeml.Write(w, doc, dates) }); err != nil {
			return fmt.Errorf("writing %w", err) // WriteFileNoSync's error starts with o
		}
		written++
	}
	if *dir != "" && written > 0 {
		out.SyncDir(*dir)
	}
	if failed > 1 {
		fmt.Fprintf(e.stderr, "dateline: %d of %d documents skipped\n", failed, failed+written)
	}
	if written == 0 {
		return fmt.Errorf("no document could be read (%d failed)", failed)
	}
	return nil
}

// tagTimeML reads a TimeML file and tags its text as a document of type
// typ, anchored at its DCT.
func tagTimeML(tagger *timex.Tagger, file string, typ timex.DocType) (*timeml.Doc, []timeline.Date, error) {
	doc, err := timeml.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	anchor, err := doc.Anchor()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	dates, _, err := tagger.TagAs(doc.Text, anchor, typ)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	return doc, dates, nil
}

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "events" {
		return runEvalEvents(ctx, e, args[1:])
	}
	fs := newFlags("eval")
	verbose := fs.Bool("v", false, "list every miss, document by document")
	typ := typeFlag(fs)
	if err := parseFlags(e, fs, evalArgs, args); err != nil {
		return err
	}
	if fs.NArg() < 1 || fs.NArg() > 2 {
		return usageError{"eval needs a GOLD_DIR and at most one SYSTEM_DIR"}
	}
	goldDir, sysDir := fs.Arg(0), fs.Arg(1)
	var files []string
	err := filepath.WalkDir(goldDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("reading gold documents: %w", err)
	}
	if len(files) == 0 {
		return fmt.Errorf("no .tml files in %s", goldDir)
	}
	tagger := timex.New()
	var total timeml.Scores
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		var gold, sys *timeml.Doc
		if sysDir == "" {
			var dates []timeline.Date
			if gold, dates, err = tagTimeML(tagger, f, *typ); err != nil {
				return err
			}
			sys = gold.WithDates(dates)
		} else {
			if gold, err = timeml.ReadFile(f); err != nil {
				return err
			}
			if sys, err = readSystem(f, goldDir, sysDir); err != nil {
				return err
			}
			if sys.Text != gold.Text {
				return fmt.Errorf("%s: the text differs from the gold text in %s", sys.Name, f)
			}
		}
		s := timeml.ScoreDoc(gold, sys)
		if *verbose && len(s.Misses) > 0 {
			fmt.Fprintf(e.stdout, "%s\n", f)
			for _, m := range s.Misses {
				fmt.Fprintf(e.stdout, "\t%s\n", m)
			}
		}
		total.Add(s)
	}
	fmt.Fprintf(e.stdout, "%d documents\n%s", len(files), total)
	return nil
}

// readSystem reads the system's version of gold file f: the file at the
// same path under sysDir, else the one with the same base name.
func readSystem(f, goldDir, sysDir string) (*timeml.Doc, error) {
	rel, err := filepath.Rel(goldDir, f)
	if err != nil {
		return nil, err
	}
	p := filepath.Join(sysDir, rel)
	if _, err := os.Stat(p); err != nil {
		p = filepath.Join(sysDir, filepath.Base(f))
	}
	return timeml.ReadFile(p)
}
