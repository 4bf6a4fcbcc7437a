//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
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

// A standard output nobody reads any more (a pipe into head(1) that has
// read its lines) stops classify-files as an interrupt does: the jobs it
// made are cancelled, not left to run, and it exits 141, as SIGPIPE
// would end it, with nothing on stderr. Here the reader is gone before the
// first row, a file too large to upload, is written, while the other
// documents' jobs have an hour to run.
func TestABrokenPipeCancelsTheJobs(t *testing.T) {
	bin := buildCLI(t, t.TempDir())
	ts := newTestServer(t, emulator.WithProcessingDelay(time.Hour), emulator.WithMaxUploadSize(4096))
	paths, _ := writeDocs(t, 3)
	big := writeFile(t, t.TempDir(), "big.txt", strings.Repeat("INVOICE line item 24.00\n", 400))
	// Both jobs of the small documents made, before the large one's row.
	created := make(chan struct{})
	var n atomic.Int32
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == http.MethodPost && r.URL.Path == "/api/v1/beta/files" {
			body, _ := io.ReadAll(r.Body)
			r.Body = io.NopCloser(bytes.NewReader(body))
			if len(body) > 4096 {
				<-created
			}
		}
		return false
	})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	go func() {
		defer close(created)
		for ts.emu.Stats().ClassifyJobs < 3 {
			select {
			case <-ctx.Done():
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
		n.Store(1)
	}()
	rd, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	rd.Close()
	cmd := exec.CommandContext(ctx, bin, append(append([]string{"--base-url", ts.URL, "classify-files"}, append(paths, big)...), "--rule", invoiceRule, "--format", "jsonl", "--concurrency", "4")...)
	cmd.Env = []string{"HOME=" + t.TempDir()}
	cmd.Stdout = wr
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	wr.Close()
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 141 {
		t.Fatalf("exit: %v, want code 141; stderr %q", err, stderr.String())
	}
	if strings.Contains(stderr.String(), "llamaclassify:") {
		t.Errorf("stderr %q: nobody is reading, nothing to say", stderr.String())
	}
	if n.Load() != 1 {
		t.Fatal("the other documents' jobs were never all made")
	}
	r := runCLI(t, ts.env(), "classify", "list", "--format", "json")
	wantCode(t, r, exitOK)
	page := mustJSON[gen.ClassifyV2JobQueryResponse](t, r)
	if len(page.Items) != 3 {
		t.Fatalf("%d jobs, want 3:\n%s", len(page.Items), r.stdout)
	}
	for _, job := range page.Items {
		if job.Status != gen.ClassifyV2JobStatusCANCELLED {
			t.Errorf("job %s is %s, want it cancelled", job.Id, job.Status)
		}
	}
}

// Only a write to a file whose reader went away is a broken output: a
// connection the server closed fails with EPIPE too, and is said as any
// failed request, with exit 1, not silently.
func TestOnlyABrokenOutputExitsSilently(t *testing.T) {
	var stderr strings.Builder
	a := &app{stderr: &stderr}
	stdout := &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
	if got := a.exitCode(fmt.Errorf("write the results: %w", stdout)); got != exitBrokenPipe || stderr.Len() != 0 {
		t.Errorf("a broken standard output: exit %d, stderr %q; want %d and nothing", got, stderr.String(), exitBrokenPipe)
	}
	network := &net.OpError{Op: "write", Net: "tcp", Err: os.NewSyscallError("write", syscall.EPIPE)}
	if got := a.exitCode(fmt.Errorf("upload a.txt: %w", network)); got != exitError || !strings.Contains(stderr.String(), "broken pipe") {
		t.Errorf("a connection the server closed: exit %d, stderr %q; want %d and the error", got, stderr.String(), exitError)
	}
}
