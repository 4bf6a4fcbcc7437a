package main

import (
	"strings"
	"testing"
)

// On a terminal the progress of classify-files is drawn on stderr; the
// bar ends cleared so the table below it starts on a clean line.
func TestProgressDrawnOnTerminalOnly(t *testing.T) {
	var errb syncBuffer
	a := &app{stderr: &errb, stderrTTY: true}
	update, finish := a.newProgress(2, "classifying")
	update(1, 2)
	if !strings.Contains(errb.String(), "classifying") || !strings.Contains(errb.String(), "1/2") {
		t.Fatalf("progress on a terminal = %q", errb.String())
	}
	finish()

	var quiet syncBuffer
	a = &app{stderr: &quiet}
	update, finish = a.newProgress(2, "classifying")
	update(1, 2)
	finish()
	if quiet.String() != "" {
		t.Fatalf("progress off a terminal = %q, want nothing", quiet.String())
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
