package main

import (
	"sync"

	"github.com/schollz/progressbar/v3"
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

// newProgress returns a client.WithProgress hook that draws a bar of done
// documents out of total, and a function that clears it; both do nothing
// when stderr is not a terminal.
func (a *app) newProgress(total int, label string) (func(done, total int), func()) {
	if !a.stderrTTY {
		return func(int, int) {}, func() {}
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(a.stderr),
		progressbar.OptionSetDescription(label),
		progressbar.OptionShowCount(),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)
	var mu sync.Mutex
	update := func(done, _ int) {
		mu.Lock()
		defer mu.Unlock()
		_ = bar.Set(done)
	}
	finish := func() {
		mu.Lock()
		defer mu.Unlock()
		_ = bar.Finish()
	}
	return update, finish
}
