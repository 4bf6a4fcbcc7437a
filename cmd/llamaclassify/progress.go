package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-runewidth"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/llamaclassify/llamaclassify-go/client"
)

// Progress is for people: it is drawn on stderr only when stderr is a
// terminal, so pipes and logs get just the results.

// spinner shows a job's current status while a command waits for it.
type spinner struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	label string
}

// newSpinner starts a spinner labelled label, or a silent one when stderr
// is not a terminal.
func (a *app) newSpinner(label string) *spinner {
	s := &spinner{label: label}
	if !a.stderrTTY {
		return s
	}
	s.bar = progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(a.stderr),
		progressbar.OptionSetDescription(label+": submitted"),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionClearOnFinish(),
	)
	return s
}

// status is a client.OnStatus hook: it shows the job's latest status.
func (s *spinner) status(_, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bar != nil {
		s.bar.Describe(s.label + ": " + status)
	}
}

// stop clears the spinner.
func (s *spinner) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bar != nil {
		_ = s.bar.Finish()
		s.bar = nil
	}
}

// progressLine is the progress of classify-files on a terminal: one line
// on stderr, redrawn at each move of a document and every second, so that
// the clock runs while jobs are waited for:
//
//	classifying [██████░░░░░░░░░░]  2/5 done (1 failed) · 5 uploaded · 4 submitted · 12s · ~8s left
//
// The bar fills by stages: each document counts a third when uploaded, two
// thirds when submitted, whole when done (completed or failed), so that it
// moves from the first upload on. The estimate of the time left assumes the
// rest goes at the pace so far. The line fits the terminal's width and is
// cleared when the command ends, before the results are printed.
//
// (The module used for the spinner, progressbar, estimates from a rolling
// rate of increments and redraws only on an increment: made for byte
// streams, it had nothing to go on while a batch's jobs were waited for,
// and its clock stood still.)
type progressLine struct {
	mu     sync.Mutex
	w      io.Writer
	width  func() int
	label  string
	start  time.Time
	now    func() time.Time
	ev     client.ProgressEvent
	states map[int]client.DocumentState
	done   chan struct{}
	closed bool
	drawn  bool
	// skipped, when set, counts the documents found done already.
	skipped func() int
}

// stageThirds is how much of its way a document has come, in thirds: a
// document that failed early is done all the same.
var stageThirds = map[client.DocumentState]int{
	client.DocumentUploaded:  1,
	client.DocumentSubmitted: 2,
	client.DocumentCompleted: 3,
	client.DocumentFailed:    3,
}

// progressTick is how often the line is redrawn without an event.
const progressTick = time.Second

// newProgress returns a client.WithProgressEvents hook that draws the
// progress of total documents on stderr, and a function that clears it;
// both do nothing when stderr is not a terminal.
func (a *app) newProgress(total int, label string) (func(client.ProgressEvent), func()) {
	p := a.newProgressLine(total, label, nil)
	return p.event, p.finish
}

// newProgressLine starts the progress line of total documents, skipped
// (when given) of which were found done already; nil when stderr is not a
// terminal. Its methods do nothing on nil.
func (a *app) newProgressLine(total int, label string, skipped func() int) *progressLine {
	if !a.stderrTTY {
		return nil
	}
	p := &progressLine{
		w: a.stderr, label: label, start: time.Now(), now: time.Now,
		ev: client.ProgressEvent{Total: total}, done: make(chan struct{}),
		width:   func() int { return terminalWidth(a.stderr, 80) },
		skipped: skipped,
	}
	p.redraw()
	go func() {
		t := time.NewTicker(progressTick)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-t.C:
				p.redraw()
			}
		}
	}()
	return p
}

// terminalWidth is the width of the terminal w writes to, or def.
func terminalWidth(w io.Writer, def int) int {
	if f, ok := w.(interface{ Fd() uintptr }); ok {
		if n, _, err := term.GetSize(int(f.Fd())); err == nil && n > 0 {
			return n
		}
	}
	return def
}

// event records a document's move and redraws the line. Only the
// documents in flight are remembered: the line holds nothing per document
// done.
func (p *progressLine) event(e client.ProgressEvent) {
	if p == nil {
		return
	}
	p.mu.Lock()
	total := p.ev.Total
	p.ev = e
	p.ev.Total = total
	if p.states == nil {
		p.states = map[int]client.DocumentState{}
	}
	if e.State == client.DocumentCompleted || e.State == client.DocumentFailed {
		delete(p.states, e.Index)
	} else {
		p.states[e.Index] = e.State
	}
	p.mu.Unlock()
	p.redraw()
}

// around clears the line, runs f (which writes to the same terminal) and
// draws the line again.
func (p *progressLine) around(f func()) {
	if p == nil {
		f()
		return
	}
	p.mu.Lock()
	if p.drawn && !p.closed {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	f()
	p.mu.Unlock()
	p.redraw()
}

// finish stops the clock and clears the line.
func (p *progressLine) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.closed = true
	close(p.done)
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

func (p *progressLine) redraw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	fmt.Fprint(p.w, "\r"+p.render(p.now().Sub(p.start), p.width())+"\x1b[K")
	p.drawn = true
}

// render lays the line out for width cells, dropping the least useful
// parts first when it is too narrow.
func (p *progressLine) render(elapsed time.Duration, width int) string {
	e := p.ev
	skipped := 0
	if p.skipped != nil {
		skipped = p.skipped()
	}
	done := e.Completed + e.Failed + skipped
	thirds := 3 * done
	for _, st := range p.states {
		if st != client.DocumentCompleted && st != client.DocumentFailed {
			thirds += stageThirds[st]
		}
	}
	fraction := float64(thirds) / float64(3*max(e.Total, 1))

	count := fmt.Sprintf("%d/%d done", done, e.Total)
	if e.Failed > 0 {
		count += fmt.Sprintf(" (%d failed)", e.Failed)
	}
	if skipped > 0 {
		count += fmt.Sprintf(" (%d from before)", skipped)
	}
	stages := fmt.Sprintf("%d uploaded · %d submitted", e.Uploaded, e.Submitted)
	clock := elapsed.Truncate(time.Second).String()
	left := "estimating"
	if fraction >= 1 {
		left = "done"
	} else if fraction > 0 && elapsed >= time.Second {
		rest := time.Duration(float64(elapsed) * (1 - fraction) / fraction)
		left = "~" + rest.Round(time.Second).String() + " left"
	}

	layout := func(bar int, parts ...string) string {
		line := p.label
		if bar > 0 {
			filled := int(fraction * float64(bar))
			line += " [" + strings.Repeat("█", filled) + strings.Repeat("░", bar-filled) + "]"
		}
		return line + "  " + strings.Join(parts, " · ")
	}
	// The widest layout that fits, from the fullest to the barest.
	for _, try := range []struct {
		bar   int
		parts []string
	}{
		{20, []string{count, stages, clock, left}},
		{10, []string{count, stages, clock, left}},
		{0, []string{count, stages, clock, left}},
		{10, []string{count, clock, left}},
		{0, []string{count, clock, left}},
		{0, []string{count, clock}},
	} {
		if line := layout(try.bar, try.parts...); runewidth.StringWidth(line) < width {
			return line
		}
	}
	return runewidth.Truncate(count, max(width-1, 1), "…")
}
