package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// showProgress reports whether a run shows its progress on w: only on a
// terminal, so that a log, a pipe, /dev/null or a test's buffer gets
// nothing but the run's messages.
func showProgress(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// A progress bar shows how far a run has read its inputs, by their
// bytes (compressed bytes for gzip), with the documents read and the
// documents a second; the bar's own ETA follows the bytes. A nil
// *progress shows nothing.
type progress struct {
	bar   *progressbar.ProgressBar
	start time.Time
	last  time.Time
}

// newProgress returns the bar of a run over total bytes of input (-1
// when unknown, as for standard input) on w, or nil when w is no
// terminal.
func newProgress(w io.Writer, total int64) *progress {
	if !showProgress(w) {
		return nil
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("dateline"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetWidth(24),
		progressbar.OptionClearOnFinish(),
	)
	now := time.Now()
	return &progress{bar: bar, start: now, last: now}
}

// update shows that docs documents and offset bytes have been read.
func (p *progress) update(docs int, offset int64) {
	if p == nil {
		return
	}
	if now := time.Now(); now.Sub(p.last) >= 200*time.Millisecond {
		p.last = now
		rate := float64(docs) / now.Sub(p.start).Seconds()
		p.bar.Describe(fmt.Sprintf("dateline: %d documents, %.0f/s", docs, rate))
	}
	p.bar.Set64(offset)
}

// clear clears the bar's line for a message; the next update draws the
// bar again under it.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

// finish clears the bar, for the run's summary to take its line.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.bar.Finish()
	p.bar.Clear()
}

// inputSize returns the bytes of the files paths names, or -1 when one
// is standard input or cannot be read.
func inputSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		fi, err := os.Stat(p)
		if p == "-" || err != nil {
			return -1
		}
		n += fi.Size()
	}
	return n
}
