package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// buildCLI builds the program into dir and returns its path.
func buildCLI(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "llamaclassify")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

var jobIDPattern = regexp.MustCompile(`classify job (cls-[0-9a-f-]+) \(last status (PENDING|RUNNING)\)`)

// A command stopped while it waits for a job names the job, its last
// status and the commands that get and cancel it, and exits with the
// code of what stopped it. The job goes on on the service.
func TestInterruptedWaitNamesTheJob(t *testing.T) {
	bin := buildCLI(t, t.TempDir())
	configuration := "{rules: [{type: invoice, description: 'contains invoice number, line items, and total amount'}]}"

	for _, tc := range []struct {
		name   string
		signal os.Signal // nil: --timeout ends it
		code   int
		says   string
	}{
		{"SIGINT", syscall.SIGINT, 130, "interrupted by SIGINT"},
		{"SIGTERM", syscall.SIGTERM, 143, "interrupted by SIGTERM"},
		{"timeout", nil, 124, "gave up after --timeout 3s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := newTestServer(t, emulator.WithProcessingDelay(time.Hour))
			file := ts.emu.PutFile(gen.FileV2{Name: "a.txt"}, []byte(invoiceText))
			polled := make(chan struct{})
			var once sync.Once
			ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
				if r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/api/v2/classify/cls-") {
					once.Do(func() { close(polled) })
				}
				return false
			})
			args := []string{"--base-url", ts.URL, "classify", "create", "--file-input", file.Id, "--configuration", configuration, "--wait"}
			if tc.signal == nil {
				args = append([]string{"--timeout", "3s"}, args...)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, args...)
			cmd.Env = []string{"HOME=" + t.TempDir()}
			var stdout, stderr syncBuffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if tc.signal != nil {
				select {
				case <-polled:
				case <-ctx.Done():
					t.Fatalf("the command never polled its job; stderr %q", stderr.String())
				}
				if err := cmd.Process.Signal(tc.signal); err != nil {
					t.Fatal(err)
				}
			}
			err := cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != tc.code {
				t.Fatalf("exit: %v, want code %d; stderr %q", err, tc.code, stderr.String())
			}
			msg := stderr.String()
			m := jobIDPattern.FindStringSubmatch(msg)
			if m == nil || !strings.Contains(msg, tc.says+" while waiting for") {
				t.Fatalf("stderr %q names no job and status, or not what stopped it", msg)
			}
			for _, want := range []string{
				"llamaclassify --base-url " + ts.URL + " classify get --job-id " + m[1],
				"llamaclassify --base-url " + ts.URL + " classify cancel --job-id " + m[1],
			} {
				if !strings.Contains(msg, want) {
					t.Errorf("stderr %q lacks %q", msg, want)
				}
			}
			// The job named is the job made, and it is still running.
			r := runCLI(t, ts.env(), "classify", "get", "--job-id", m[1], "--format", "json")
			wantCode(t, r, exitOK)
			if job := mustJSON[gen.ClassifyV2JobResponse](t, r); job.Status != gen.ClassifyV2JobStatusPENDING && job.Status != gen.ClassifyV2JobStatusRUNNING {
				t.Errorf("the job is %s, want it left running", job.Status)
			}
		})
	}

	// Stopped while the create is in flight: the transaction id finds it.
	t.Run("during the create", func(t *testing.T) {
		ts := newTestServer(t, emulator.WithProcessingDelay(time.Hour))
		file := ts.emu.PutFile(gen.FileV2{Name: "a.txt"}, []byte(invoiceText))
		creating := make(chan struct{})
		var once sync.Once
		ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
			if r.Method != http.MethodPost || r.URL.Path != "/api/v2/classify" {
				return false
			}
			// Read the body, so that the server notices when the client
			// goes away.
			_, _ = io.Copy(io.Discard, r.Body)
			once.Do(func() { close(creating) })
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
			return true
		})
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, "--base-url", ts.URL, "classify", "create", "--file-input", file.Id, "--configuration", configuration, "--wait")
		cmd.Env = []string{"HOME=" + t.TempDir()}
		var stderr syncBuffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		select {
		case <-creating:
		case <-ctx.Done():
			t.Fatal("the command never sent its create")
		}
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		err := cmd.Wait()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 130 {
			t.Fatalf("exit: %v; stderr %q", err, stderr.String())
		}
		m := regexp.MustCompile(`run the same command with --transaction-id (txn-\S+) to get it`).FindStringSubmatch(stderr.String())
		if m == nil {
			t.Fatalf("stderr %q names no transaction id", stderr.String())
		}
		// Doing as told makes (or finds) the one job.
		ts.setIntercept(nil)
		r := runCLI(t, ts.env(), "classify", "create", "--file-input", file.Id, "--configuration", configuration, "--transaction-id", m[1], "--format", "json")
		wantCode(t, r, exitOK)
		if job := mustJSON[gen.ClassifyV2JobResponse](t, r); job.TransactionId == nil || *job.TransactionId != m[1] || ts.emu.Stats().ClassifyJobs != 1 {
			t.Errorf("job %+v, %d jobs", job, ts.emu.Stats().ClassifyJobs)
		}
	})
}

// A signal delivered twice at once (GNU timeout sends it to the program,
// then to its process group) is one interrupt: the second, arriving
// while classify-files cancels its jobs, neither kills it nor stops it
// printing its rows. The server holds the first cancel until the second
// signal is sent, so the second lands in the middle of the cleanup.
func TestASignalDeliveredTwiceIsOneInterrupt(t *testing.T) {
	bin := buildCLI(t, t.TempDir())
	ts := newTestServer(t, emulator.WithProcessingDelay(time.Hour))
	polled, cancelling, resent := make(chan struct{}), make(chan struct{}), make(chan struct{})
	var pollOnce, cancelOnce sync.Once
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		switch {
		case r.Method == http.MethodGet && r.URL.Path == "/api/v2/classify":
			pollOnce.Do(func() { close(polled) }) // both jobs exist
		case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/cancel"):
			cancelOnce.Do(func() { close(cancelling) })
			<-resent
		}
		return false
	})
	paths, _ := writeDocs(t, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(append([]string{"--base-url", ts.URL, "classify-files"}, paths...), "--rule", invoiceRule, "--format", "json")...)
	cmd.Env = []string{"HOME=" + t.TempDir()}
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for i, ready := range []chan struct{}{polled, cancelling} {
		select {
		case <-ready:
		case <-ctx.Done():
			t.Fatalf("the command never reached step %d; stderr %q", i, stderr.String())
		}
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
	}
	close(resent)
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 130 {
		t.Fatalf("exit: %v, want code 130; stderr %q", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted by SIGINT") {
		t.Errorf("stderr %q does not say what stopped it", stderr.String())
	}
	rows := mustJSON[[]fileOutcome](t, runResult{stdout: stdout.String(), stderr: stderr.String()})
	if len(rows) != 2 {
		t.Fatalf("%d rows, want one for each file", len(rows))
	}
	for _, row := range rows {
		if row.JobID == nil || row.Error == nil || !strings.Contains(*row.Error, "(last status CANCELLED)") {
			t.Errorf("row %+v, want its job cancelled", row)
		}
	}
}
