package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// writeDocs writes n distinct documents, invoices and receipts by turns,
// and returns their paths and the type each must be given.
func writeDocs(t *testing.T, n int) (paths, types []string) {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		if i%2 == 0 {
			paths = append(paths, writeFile(t, dir, fmt.Sprintf("invoice-%02d.txt", i), fmt.Sprintf("INVOICE\nInvoice number: INV-%d\nLine items: %d x paper 24.00\nTotal amount due: %d.00\n", 1000+i, i+1, 24*(i+1))))
			types = append(types, "invoice")
		} else {
			paths = append(paths, writeFile(t, dir, fmt.Sprintf("receipt-%02d.txt", i), fmt.Sprintf("RECEIPT\nMerchant: Corner Shop %d\nPurchase: coffee 3.%02d\nTransaction id: %d\nPaid by card. Thank you for your purchase!\n", i, i, 9000+i)))
			types = append(types, "receipt")
		}
	}
	return paths, types
}

// A wrong key: the first 401 stops classify-files with one message and its
// hint; nothing more is sent.
func TestClassifyFilesWrongKeyStopsAtTheFirstRefusal(t *testing.T) {
	ts := newTestServer(t, emulator.WithRequiredKey("right-key"))
	paths, _ := writeDocs(t, 11)
	r := runCLI(t, map[string]string{"LLAMA_CLOUD_API_KEY": "wrong-key", "LLAMA_CLOUD_BASE_URL": ts.URL},
		append(append([]string{"classify-files"}, paths...), "--rule", invoiceRule, "--format", "json")...)
	wantCode(t, r, exitError)
	if n := ts.requests.Load(); n != 1 {
		t.Errorf("%d requests sent, want 1", n)
	}
	if r.stdout != "" {
		t.Errorf("stdout = %q, want no rows", r.stdout)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "llamaclassify: the server answered 401 Unauthorized") ||
		!strings.Contains(lines[1], "check --api-key or LLAMA_CLOUD_API_KEY") {
		t.Errorf("stderr = %q, want the 401 and its hint, once", r.stderr)
	}
}

// An empty file is refused before anything is sent, by name.
func TestClassifyFilesRefusesAnEmptyFile(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	inv := writeFile(t, dir, "invoice.txt", invoiceText)
	empty := writeFile(t, dir, "empty.pdf", "")
	r := runCLI(t, ts.env(), "classify-files", inv, empty, "--rule", invoiceRule)
	wantCode(t, r, exitError)
	if n := ts.requests.Load(); n != 0 {
		t.Errorf("%d requests sent, want none", n)
	}
	if !strings.Contains(r.stderr, empty+": the file is empty: nothing to classify") {
		t.Errorf("stderr = %q", r.stderr)
	}
}

// --max-retries and LLAMACLASSIFY_MAX_RETRIES set how often a failed
// request is sent again.
func TestMaxRetries(t *testing.T) {
	ts := newTestServer(t)
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		w.Header().Set("Retry-After-Ms", "1")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte(`{"detail":"down"}`))
		return true
	})
	for _, tc := range []struct {
		env  map[string]string
		args []string
		want int64
	}{
		{nil, nil, 3},
		{nil, []string{"--max-retries", "0"}, 1},
		{nil, []string{"--max-retries", "4"}, 5},
		{map[string]string{envMaxRetries: "1"}, nil, 2},
		{map[string]string{envMaxRetries: "1"}, []string{"--max-retries", "0"}, 1},
	} {
		ts.requests.Store(0)
		env := ts.env()
		for k, v := range tc.env {
			env[k] = v
		}
		r := runCLI(t, env, append([]string{"classify", "get", "--job-id", "cls-1"}, tc.args...)...)
		wantCode(t, r, exitError)
		if n := ts.requests.Load(); n != tc.want {
			t.Errorf("env %v, flags %v: %d attempts, want %d", tc.env, tc.args, n, tc.want)
		}
	}
	for _, bad := range []struct {
		env  map[string]string
		args []string
	}{
		{nil, []string{"--max-retries", "-1"}},
		{map[string]string{envMaxRetries: "many"}, nil},
		{map[string]string{envMaxRetries: "1000"}, nil},
	} {
		ts.requests.Store(0)
		env := ts.env()
		for k, v := range bad.env {
			env[k] = v
		}
		r := runCLI(t, env, append([]string{"classify", "get", "--job-id", "cls-1"}, bad.args...)...)
		wantCode(t, r, exitError)
		if ts.requests.Load() != 0 || !strings.Contains(r.stderr, "max-retries") && !strings.Contains(r.stderr, envMaxRetries) {
			t.Errorf("%v %v: %d requests, stderr %q", bad.env, bad.args, ts.requests.Load(), r.stderr)
		}
	}
}

// A file that gives up says what it left behind: an upload stored but
// never found again is named by its external_file_id, not only "503".
func TestClassifyFilesRowSaysWhatIsKnown(t *testing.T) {
	ts := newTestServer(t)
	var stored atomic.Bool
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		unavailable := func() {
			w.Header().Set("Retry-After-Ms", "1")
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte(`{"detail":"down"}`))
		}
		switch {
		case r.Method == http.MethodPost && r.URL.Path == "/api/v1/beta/files" && stored.CompareAndSwap(false, true):
			// Stored, and the answer lost.
			ts.emu.Handler().ServeHTTP(httptest.NewRecorder(), r)
			unavailable()
			return true
		case r.Method == http.MethodGet && r.URL.Path == "/api/v1/beta/files" && stored.Load():
			unavailable()
			return true
		}
		return false
	})
	dir := t.TempDir()
	inv := writeFile(t, dir, "invoice.txt", invoiceText)
	r := runCLI(t, ts.env(), "classify-files", inv, "--rule", invoiceRule, "--retry-budget", "0", "--format", "json")
	wantCode(t, r, exitFailed)
	rows := mustJSON[[]fileOutcome](t, r)
	if len(rows) != 1 || rows[0].Error == nil {
		t.Fatalf("rows %s", r.stdout)
	}
	msg := *rows[0].Error
	for _, want := range []string{"gave up after 0s of retries", "503", "its file may be stored under external_file_id llamaclassify-"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the row says %q, want %q in it", msg, want)
		}
	}
}

// An interrupted classify-files prints what it has, with the jobs it
// cancelled, and exits 130 (SIGINT) or 143 (SIGTERM).
func TestClassifyFilesInterrupted(t *testing.T) {
	for _, format := range []string{"json", "jsonl"} {
		testClassifyFilesInterrupted(t, format)
	}
}

func testClassifyFilesInterrupted(t *testing.T, format string) {
	for sig, code := range map[syscall.Signal]int{syscall.SIGINT: 130, syscall.SIGTERM: 143} {
		ts := newTestServer(t, emulator.WithProcessingDelay(time.Hour))
		ctx, cancel := context.WithCancelCause(context.Background())
		t.Cleanup(func() { cancel(nil) })
		ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
			if r.Method == http.MethodGet && r.URL.Path == "/api/v2/classify" {
				cancel(interrupted{sig}) // the first poll: both jobs exist
			}
			return false
		})
		paths, _ := writeDocs(t, 2)
		var out, errb syncBuffer
		env := ts.env()
		got := execute(ctx, append(append([]string{"classify-files"}, paths...), "--rule", invoiceRule, "--rule", receiptRule, "--format", format),
			strings.NewReader(""), &out, &errb, func(k string) string { return env[k] })
		if got != code {
			t.Fatalf("%s, %v: exit %d, want %d; stderr %q", format, sig, got, code, errb.String())
		}
		var rows []fileOutcome
		if format == "jsonl" {
			for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
				rows = append(rows, mustJSON[fileOutcome](t, runResult{stdout: line}))
			}
		} else {
			rows = mustJSON[[]fileOutcome](t, runResult{stdout: out.String()})
		}
		if len(rows) != 2 {
			t.Errorf("%s, %v: %d rows, want one for each file", format, sig, len(rows))
		}
		for _, row := range rows {
			if row.JobID == nil || row.Error == nil || !strings.Contains(*row.Error, "job "+*row.JobID+" (last status CANCELLED)") {
				t.Errorf("%s, %v: row %+v", format, sig, row)
			}
		}
		if want := "interrupted by " + signalName(sig); !strings.Contains(errb.String(), want) {
			t.Errorf("stderr %q, want %q", errb.String(), want)
		}
	}
}

// A classify-files that --timeout stops says so in each unfinished row, in
// the flag's words, and exits 124.
func TestClassifyFilesTimedOutSaysWhyInEachRow(t *testing.T) {
	ts := newTestServer(t, emulator.WithProcessingDelay(time.Hour))
	paths, _ := writeDocs(t, 2)
	// Long enough to upload and create both on a busy machine.
	r := runCLI(t, ts.env(), append(append([]string{"classify-files"}, paths...), "--rule", invoiceRule, "--format", "json", "--timeout", "3s")...)
	wantCode(t, r, exitTimeout)
	rows := mustJSON[[]fileOutcome](t, r)
	if len(rows) != 2 {
		t.Fatalf("%d rows, want 2", len(rows))
	}
	for _, row := range rows {
		if row.Error == nil || !strings.Contains(*row.Error, "--timeout 3s expired") || strings.Contains(*row.Error, "deadline exceeded") {
			t.Errorf("row %+v, want its error to say --timeout 3s expired", row)
		}
	}
}

// Every bad file is named at once, empty or missing.
func TestClassifyFilesMissingAndEmptyTogether(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty.txt", "")
	missing := filepath.Join(dir, "missing.txt")
	r := runCLI(t, ts.env(), "classify-files", empty, missing, "--rule", invoiceRule)
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "empty.txt: the file is empty") || !strings.Contains(r.stderr, "missing.txt") || ts.requests.Load() != 0 {
		t.Errorf("stderr %q, %d requests", r.stderr, ts.requests.Load())
	}
}
