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

// A named pipe found by a glob, a directory's walk or a list of paths is
// not opened either: it fails on its own row, and the command goes on to
// the other files and ends (it hung, deaf to --timeout and SIGINT).
func TestANamedPipeAmongFilesFailsOnItsRow(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, docs, "f-invoice.txt", invoiceText)
	pipe := filepath.Join(docs, "fifo.txt")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	list := filepath.Join(dir, "list.txt")
	if err := os.WriteFile(list, []byte(filepath.Join(docs, "f-invoice.txt")+"\n"+pipe+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"classify-files", filepath.Join(docs, "f*")},
		{"classify-files", "-r", docs},
		{"classify-files", "--from-file", list},
	} {
		args = append(args, "--rule", invoiceRule, "--format", "jsonl")
		done := make(chan runResult, 1)
		go func() { done <- runCLI(t, ts.env(), args...) }()
		select {
		case r := <-done:
			wantCode(t, r, exitFailed)
			if strings.Count(r.stdout, "\n") != 2 || !strings.Contains(r.stdout, `"status":"COMPLETED"`) || !strings.Contains(r.stdout, "is a named pipe, not a regular file") {
				t.Errorf("%v: rows\n%s", args, r.stdout)
			}
		case <-time.After(60 * time.Second):
			if f, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
				f.Close()
			}
			t.Fatalf("%v: still running after a minute with a named pipe among its files", args)
		}
	}
}
