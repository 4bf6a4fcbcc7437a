//go:build linux

package main

import (
	"context"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/mattn/go-runewidth"

	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// These tests run the program in a real terminal: a pseudo-terminal of 100
// columns whose other end the test reads, as a person's terminal would
// show it.

// terminalCols is the width of the test's terminal.
const terminalCols = 100

// screen is a pseudo-terminal of a set size and everything written to it.
type screen struct {
	tty  *os.File // the program's end
	out  syncBuffer
	done chan struct{}
	ptmx *os.File
}

// newScreen opens a pseudo-terminal of cols columns and starts reading what
// is written to it.
func newScreen(t *testing.T, cols int) *screen {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 50, Cols: uint16(cols)}); err != nil {
		t.Fatal(err)
	}
	s := &screen{tty: tty, ptmx: ptmx, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		_, _ = io.Copy(&s.out, ptmx) // ends with EIO once the program's end is closed
	}()
	t.Cleanup(func() { s.close(t) })
	return s
}

// close closes the program's end and waits, within a generous bound, for
// everything written to be read.
func (s *screen) close(t *testing.T) string {
	t.Helper()
	if s.tty != nil {
		s.tty.Close()
		s.tty = nil
		select {
		case <-s.done:
		case <-time.After(30 * time.Second):
			t.Error("the terminal's output was not read to its end within 30s")
		}
		s.ptmx.Close()
	}
	// The terminal turns each \n into \r\n.
	return strings.ReplaceAll(s.out.String(), "\r\n", "\n")
}

// runInTerminal runs the program with stdout and stderr as given (a
// terminal's end, or a buffer), bounded by runTimeout.
func runInTerminal(env map[string]string, stdout, stderr io.Writer, args ...string) int {
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	return execute(ctx, args, strings.NewReader(""), stdout, stderr, func(k string) string { return env[k] })
}

// frames are the successive drawings of the progress line: what is between
// a carriage return and the erase-to-end-of-line after it.
func frames(out string) []string {
	var fs []string
	for _, part := range strings.Split(out, "\r") {
		if text, ok := strings.CutSuffix(part, "\x1b[K"); ok && text != "" {
			fs = append(fs, text)
		}
	}
	return fs
}

var elapsedInFrame = regexp.MustCompile(` · (\d+)s · `)

// While classify-files waits, the progress line moves with each document's
// step and its clock runs; it ends at 5/5 and is cleared before the table,
// which fits the terminal's 100 columns with CJK names aligned.
func TestTerminalProgressAndTable(t *testing.T) {
	// Jobs take 2.5s, so that the clock ticks at least twice while they
	// are waited for.
	ts := newTestServer(t, emulator.WithProcessingDelay(2500*time.Millisecond))
	dir := t.TempDir()
	t.Chdir(dir)
	names := []string{"請求書_二〇二四年.txt", "領収書.txt", "invoice.txt", "receipt.txt", "poem.txt"}
	for _, n := range names {
		content := invoiceText
		switch {
		case strings.HasPrefix(n, "領収書"), strings.HasPrefix(n, "receipt"):
			content = receiptText
		case strings.HasPrefix(n, "poem"):
			content = "The sea at dusk, the gulls, the slow grey swell.\n"
		}
		writeFile(t, dir, n, content)
	}

	scr := newScreen(t, terminalCols)
	args := append(append([]string{"classify-files"}, names...), "--rule", invoiceRule, "--rule", receiptRule)
	code := runInTerminal(ts.env(), scr.tty, scr.tty, args...)
	out := scr.close(t)
	t.Logf("the terminal showed (progress frames joined by \\r):\n%s", out)
	if code != exitOK {
		t.Fatalf("exit code %d", code)
	}

	// The progress line.
	fs := frames(out)
	if len(fs) < 3 {
		t.Fatalf("%d progress frames, want the first, some moves and the last:\n%q", len(fs), out)
	}
	if !strings.HasPrefix(fs[0], "classifying [░░░░░░░░░░░░░░░░░░░░]  0/5 done · 0 uploaded · 0 submitted · 0s") {
		t.Errorf("first frame = %q", fs[0])
	}
	last := fs[len(fs)-1]
	if !strings.HasPrefix(last, "classifying [████████████████████]  5/5 done · 5 uploaded · 5 submitted · ") || !strings.HasSuffix(last, " · done") {
		t.Errorf("last frame = %q, want the full bar at 5/5", last)
	}
	seconds := map[string]bool{}
	uploadsSeen, estimate := false, false
	for _, f := range fs {
		if w := runewidth.StringWidth(f); w >= terminalCols {
			t.Errorf("frame %q is %d cells, too wide for %d columns", f, w, terminalCols)
		}
		if m := elapsedInFrame.FindStringSubmatch(f); m != nil {
			seconds[m[1]] = true
		}
		if strings.Contains(f, "0/5 done · 5 uploaded") {
			uploadsSeen = true
		}
		if strings.HasSuffix(f, "s left") {
			estimate = true
		}
	}
	if len(seconds) < 2 {
		t.Errorf("the clock showed %v, want it to move while the jobs were waited for", seconds)
	}
	if !uploadsSeen || !estimate {
		t.Errorf("no frame with the uploads done before the jobs (%v), or none with an estimate (%v)", uploadsSeen, estimate)
	}
	if !strings.Contains(out, "· done\x1b[K\r\x1b[KFILE ") {
		t.Errorf("the line is not cleared before the table")
	}

	// The table, after the cleared line.
	_, table, _ := strings.Cut(out, "\r\x1b[K")
	if strings.Contains(table, "\x1b[") {
		t.Errorf("the table holds escape sequences: %q", table)
	}
	lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
	if !strings.HasPrefix(lines[0], "FILE ") {
		t.Fatalf("the table does not start with its header: %q", lines[0])
	}
	typeAt := runewidth.StringWidth(lines[0][:strings.Index(lines[0], "TYPE")])
	rows := 0
	for _, l := range lines {
		if w := runewidth.StringWidth(l); w > terminalCols {
			t.Errorf("line %q is %d cells, over %d", l, w, terminalCols)
		}
		for _, n := range names {
			if strings.HasPrefix(l, n+" ") {
				rows++
				rest := strings.TrimLeft(l[len(n):], " ")
				if at := runewidth.StringWidth(l) - runewidth.StringWidth(rest); at != typeAt {
					t.Errorf("row of %s: its type starts at cell %d, the header's at %d:\n%s", n, at, typeAt, table)
				}
			}
		}
	}
	if rows != len(names) {
		t.Errorf("%d rows start with their file's name, want %d:\n%s", rows, len(names), table)
	}
	for _, want := range []string{"(no match)", "invoice", "receipt"} {
		if !strings.Contains(table, want) {
			t.Errorf("the table lacks %q", want)
		}
	}
}

// --format pretty colours JSON on a terminal, and not when NO_COLOR is set
// or when stdout is piped.
func TestTerminalColourOnlyWhereWanted(t *testing.T) {
	ts := newTestServer(t)
	doc := writeFile(t, t.TempDir(), "invoice.txt", invoiceText)
	args := []string{"classify-files", doc, "--rule", invoiceRule, "--format", "pretty"}

	run := func(env map[string]string) string {
		scr := newScreen(t, terminalCols)
		var stderr syncBuffer
		if code := runInTerminal(env, scr.tty, &stderr, args...); code != exitOK {
			t.Fatalf("exit code %d: %s", code, stderr.String())
		}
		return scr.close(t)
	}
	coloured := run(ts.env())
	t.Logf("on a terminal:\n%q", coloured)
	if !strings.Contains(coloured, "\x1b[") || !strings.Contains(coloured, "invoice") {
		t.Errorf("pretty on a terminal is not coloured: %q", coloured)
	}

	env := ts.env()
	env["NO_COLOR"] = "1"
	plain := run(env)
	t.Logf("with NO_COLOR=1:\n%q", plain)
	if strings.Contains(plain, "\x1b") || !strings.Contains(plain, `"type": "invoice"`) {
		t.Errorf("pretty with NO_COLOR=1: %q", plain)
	}

	// Piped stdout, stderr a terminal: no colour on stdout, and the
	// progress line on stderr only.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	piped := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(r)
		piped <- string(b)
	}()
	scr := newScreen(t, terminalCols)
	code := runInTerminal(ts.env(), w, scr.tty, args...)
	w.Close()
	var got string
	select {
	case got = <-piped:
	case <-time.After(30 * time.Second):
		t.Fatal("the pipe was not read to its end within 30s")
	}
	r.Close()
	stderr := scr.close(t)
	if code != exitOK || strings.Contains(got, "\x1b") || !strings.Contains(got, `"type": "invoice"`) {
		t.Errorf("piped: exit %d, stdout %q", code, got)
	}
	if !strings.Contains(stderr, "1/1 done") {
		t.Errorf("stderr, a terminal, shows no progress: %q", stderr)
	}
}

// The check of the test's own helpers: a frame is only what a carriage
// return and an erase delimit.
func TestFramesOfATerminalStream(t *testing.T) {
	got := frames("notice\n\ra 1\x1b[K\ra 2\x1b[K\r\x1b[KFILE x\n")
	if strings.Join(got, "|") != "a 1|a 2" {
		t.Errorf("frames = %q", got)
	}
}
