package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// runTimeout bounds every command a test runs.
const runTimeout = 30 * time.Second

// syncBuffer is a bytes.Buffer safe for a writer and a reader in different
// goroutines (a server logging while the test reads).
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

// Write appends p.
func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String returns what was written so far.
func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runResult is what a user sees of one run.
type runResult struct {
	code           int
	stdout, stderr string
}

// runCLI runs the program in-process with args and a fake environment
// holding only env, and a state directory of the test's own for the
// built-in emulator unless env names one.
func runCLI(t *testing.T, env map[string]string, args ...string) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	var out, errb syncBuffer
	dir := env[envEmulatorDir]
	if dir == "" {
		dir = t.TempDir()
	}
	getenv := func(k string) string {
		if k == envEmulatorDir {
			return dir
		}
		return env[k]
	}
	code := execute(ctx, args, strings.NewReader(""), &out, &errb, getenv)
	return runResult{code: code, stdout: out.String(), stderr: errb.String()}
}

// testServer is an emulator behind a handler that counts every request
// and can answer some itself.
type testServer struct {
	URL      string
	emu      *emulator.Server
	requests atomic.Int64

	mu sync.Mutex
	// intercept, when set, sees each request first; returning true means
	// it answered.
	intercept func(w http.ResponseWriter, r *http.Request) bool
}

// newTestServer starts an emulator with no processing delay (unless opts
// set one) on a loopback port.
func newTestServer(t *testing.T, opts ...emulator.Option) *testServer {
	t.Helper()
	ts := &testServer{emu: emulator.New(append([]emulator.Option{emulator.WithProcessingDelay(0)}, opts...)...)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ts.requests.Add(1)
		ts.mu.Lock()
		intercept := ts.intercept
		ts.mu.Unlock()
		if intercept != nil && intercept(w, r) {
			return
		}
		ts.emu.Handler().ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		srv.Close()
		ts.emu.Close()
	})
	ts.URL = srv.URL
	return ts
}

func (ts *testServer) setIntercept(f func(w http.ResponseWriter, r *http.Request) bool) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.intercept = f
}

// env is the environment that points the program at ts.
func (ts *testServer) env() map[string]string {
	return map[string]string{"LLAMA_CLOUD_BASE_URL": ts.URL}
}

// mustJSON decodes a command's stdout as JSON.
func mustJSON[T any](t *testing.T, r runResult) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
		t.Fatalf("stdout is not the JSON expected (%v):\nstdout: %s\nstderr: %s", err, r.stdout, r.stderr)
	}
	return v
}

// wantCode fails the test unless the run exited with code.
func wantCode(t *testing.T, r runResult, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit code %d, want %d\nstdout: %s\nstderr: %s", r.code, code, r.stdout, r.stderr)
	}
}

// writeFile writes a file under dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

const (
	invoiceText = "INVOICE\nInvoice number: INV-7\nLine items: 2 x paper 24.00\nTotal amount due: 24.00\n"
	receiptText = "RECEIPT\nMerchant: Corner Shop\nPurchase: coffee 3.50\nTransaction id: 991\nPaid by card. Thank you for your purchase!\n"

	invoiceRule = "invoice=contains invoice number, line items, and total amount"
	receiptRule = "receipt=purchase receipt with transaction info and merchant details"
)
