package main

import (
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-runewidth"

	"github.com/llamaclassify/llamaclassify-go/client"
)

// On a terminal the progress of classify-files is drawn on stderr, moves
// with each document's step, and is cleared at the end so the table below
// it starts on a clean line; off a terminal nothing is drawn.
func TestProgressDrawnOnTerminalOnly(t *testing.T) {
	var errb syncBuffer
	a := &app{stderr: &errb, stderrTTY: true}
	event, finish := a.newProgress(2, "classifying")
	// Not a real terminal: the line is fitted to 80 columns.
	if !strings.Contains(errb.String(), "classifying [░░░░░░░░░░]  0/2 done · 0 uploaded · 0 submitted · 0s · estimating") {
		t.Fatalf("first draw = %q", errb.String())
	}
	event(client.ProgressEvent{Index: 0, State: client.DocumentUploaded, Uploaded: 1, Total: 2})
	event(client.ProgressEvent{Index: 0, State: client.DocumentCompleted, Uploaded: 1, Submitted: 1, Completed: 1, Total: 2})
	event(client.ProgressEvent{Index: 1, State: client.DocumentFailed, Uploaded: 1, Submitted: 1, Completed: 1, Failed: 1, Total: 2})
	out := errb.String()
	for _, want := range []string{"0/2 done · 1 uploaded", "1/2 done · 1 uploaded · 1 submitted", "2/2 done (1 failed)", "· done\x1b[K"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress lacks %q:\n%q", want, out)
		}
	}
	finish()
	if !strings.HasSuffix(errb.String(), "\r\x1b[K") {
		t.Errorf("the line is not cleared at the end: %q", errb.String())
	}
	finish() // a second finish does nothing

	var quiet syncBuffer
	a = &app{stderr: &quiet}
	event, finish = a.newProgress(2, "classifying")
	event(client.ProgressEvent{Uploaded: 1, Total: 2})
	finish()
	if quiet.String() != "" {
		t.Fatalf("progress off a terminal = %q, want nothing", quiet.String())
	}
}

// The bar fills by stages, the estimate follows the pace so far, and a
// narrow terminal gets a shorter line, never a wrapped one.
func TestProgressLineLayout(t *testing.T) {
	p := &progressLine{label: "classifying", ev: client.ProgressEvent{Uploaded: 3, Submitted: 2, Completed: 1, Failed: 1, Total: 4},
		states: map[int]client.DocumentState{0: client.DocumentCompleted, 1: client.DocumentFailed, 2: client.DocumentUploaded, 3: client.DocumentUploaded}}
	// (3+3+1+1)/12 = 2/3 of the way in 10s: 5s left. The failed document
	// was never uploaded, and is done all the same.
	got := p.render(10*time.Second, 120)
	want := "classifying [█████████████░░░░░░░]  2/4 done (1 failed) · 3 uploaded · 2 submitted · 10s · ~5s left"
	if got != want {
		t.Errorf("render = %q\nwant     %q", got, want)
	}
	for _, width := range []int{100, 80, 60, 40, 20, 8} {
		line := p.render(10*time.Second, width)
		if w := runewidth.StringWidth(line); w >= width {
			t.Errorf("at %d columns the line is %d wide: %q", width, w, line)
		}
		if !strings.Contains(line, "2/4") {
			t.Errorf("at %d columns the count is gone: %q", width, line)
		}
	}
}

// While waiting, the spinner shows the job's latest status.
func TestSpinnerShowsStatus(t *testing.T) {
	var errb syncBuffer
	a := &app{stderr: &errb, stderrTTY: true}
	sp := a.newSpinner("classify job cls-1")
	sp.status("cls-1", "RUNNING")
	sp.stop()
	if !strings.Contains(errb.String(), "classify job cls-1: RUNNING") {
		t.Fatalf("spinner = %q", errb.String())
	}

	var quiet syncBuffer
	a = &app{stderr: &quiet}
	sp = a.newSpinner("classify job cls-1")
	sp.status("cls-1", "RUNNING")
	sp.stop()
	if quiet.String() != "" {
		t.Fatalf("spinner off a terminal = %q, want nothing", quiet.String())
	}
}
