//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A named pipe is refused before it is opened, with nothing sent: opening
// one waits for a writer (the command hung, deaf to --timeout and
// SIGTERM), and what it holds can be read only once.
func TestANamedPipeIsRefusedAtOnce(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	pipe := filepath.Join(dir, "p.txt")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	rules := filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(rules, []byte("- type: receipt\n  description: purchase receipt with transaction info\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"classify-files", pipe, "--rules", rules},
		{"files", "upload", pipe},
	} {
		done := make(chan runResult, 1)
		go func() { done <- runCLI(t, ts.env(), args...) }()
		select {
		case r := <-done:
			if r.code != 1 || !strings.Contains(r.stderr, pipe+": is a pipe, not a regular file") {
				t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
			}
		case <-time.After(60 * time.Second):
			// Unblock the open so the test can end.
			if f, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
				f.Close()
			}
			t.Fatalf("%v: still running after a minute on a named pipe", args)
		}
	}
	if n := ts.requests.Load(); n != 0 {
		t.Errorf("%d requests were sent", n)
	}
}
