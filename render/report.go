package render

import (
	"strings"

	"github.com/dateline-dev/dateline/timeline"
)

// maxReports is the most reports of one event the tooltip quotes; it
// counts the others.
const maxReports = 5

// report is one report of an event as the tooltip quotes it: its sentence
// split around the words that told of the event (the trigger, which the
// tooltip highlights), and the document it comes from. Before holds the
// whole sentence when the trigger cannot be found in it.
type report struct {
	Before  string `json:"before,omitempty"`
	Trigger string `json:"trigger,omitempty"`
	After   string `json:"after,omitempty"`
	Source  string `json:"source,omitempty"`
}

// reports returns the reports of an event from its evidence, the first
// maxReports of them, and how many more there are; titles maps document
// IDs to their titles.
func reports(evidence []timeline.Evidence, titles map[string]string) ([]report, int) {
	var out []report
	for _, ev := range evidence[:min(len(evidence), maxReports)] {
		r := report{Source: ev.Doc}
		if t := titles[ev.Doc]; t != "" {
			r.Source += " — " + t
		}
		r.Before, r.Trigger, r.After = splitTrigger(ev)
		out = append(out, r)
	}
	return out, max(len(evidence)-maxReports, 0)
}

// splitTrigger splits the sentence of ev around its trigger: where the
// spans put it when they agree with the sentence and the trigger's text,
// else at the first place the trigger's text occurs; when it is nowhere,
// the whole sentence is before.
func splitTrigger(ev timeline.Evidence) (before, trigger, after string) {
	s := ev.Sentence
	from, to := ev.Trigger.Start-ev.SentenceSpan.Start, ev.Trigger.End-ev.SentenceSpan.Start
	if ev.Trigger.Len() > 0 && from >= 0 && to <= len(s) && from < to &&
		(ev.TriggerText == "" || s[from:to] == ev.TriggerText) {
		return s[:from], s[from:to], s[to:]
	}
	if ev.TriggerText != "" {
		if i := strings.Index(s, ev.TriggerText); i >= 0 {
			return s[:i], ev.TriggerText, s[i+len(ev.TriggerText):]
		}
	}
	return s, "", ""
}
