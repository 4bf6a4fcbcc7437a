package e2e

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"go.uber.org/goleak"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// TestMain fails the package when a test leaves a goroutine running.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// checkNoLeaks fails t if goroutines started during it outlive its
// cleanups. Call it first, so that its cleanup runs last.
func checkNoLeaks(t *testing.T) {
	t.Helper()
	ignore := goleak.IgnoreCurrent()
	t.Cleanup(func() { goleak.VerifyNone(t, ignore) })
}

// harness is an emulator on a loopback port behind a middleware that
// records, for every route, the requests that arrived and the answers the
// emulator gave, so that a test can tell what a call met at the server.
type harness struct {
	URL string
	emu *emulator.Server

	mu      sync.Mutex
	arrived map[string]int   // route -> requests received, answered or not
	answers map[string][]int // route -> statuses in order; 0: dropped
}

// newHarness starts an emulator configured by opts.
func newHarness(t *testing.T, opts ...emulator.Option) *harness {
	t.Helper()
	h := &harness{emu: emulator.New(opts...), arrived: map[string]int{}, answers: map[string][]int{}}
	srv := httptest.NewServer(http.HandlerFunc(h.serve))
	t.Cleanup(func() {
		// Close waits for the requests in progress: end them first, so
		// that a call a test gave up on (one that ignored its
		// cancellation, say) cannot hold the package up.
		srv.CloseClientConnections()
		srv.Close()
		h.emu.Close()
	})
	h.URL = srv.URL
	return h
}

// newFaultHarness starts an emulator with faults. Its 429 and 503 answers
// carry Retry-After-Ms, which the client honours to the millisecond.
func newFaultHarness(t *testing.T, faults emulator.Faults, opts ...emulator.Option) *harness {
	t.Helper()
	return newHarness(t, append([]emulator.Option{emulator.WithFaults(faults)}, opts...)...)
}

var idSegment = regexp.MustCompile(`/(cls-[^/]+|dfl-[^/]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`)

// route names a request by its method and path with ids replaced by {id}.
func route(r *http.Request) string {
	return r.Method + " " + idSegment.ReplaceAllString(r.URL.Path, "/{id}")
}

func (h *harness) serve(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	h.arrived[route(r)]++
	h.mu.Unlock()
	rw := &recordingWriter{ResponseWriter: w}
	defer func() {
		// The emulator drops a connection by panicking with
		// http.ErrAbortHandler; record it and let net/http close it.
		p := recover()
		status := rw.status
		if p != nil {
			status = 0
		}
		h.mu.Lock()
		h.answers[route(r)] = append(h.answers[route(r)], status)
		h.mu.Unlock()
		if p != nil {
			panic(p)
		}
	}()
	h.emu.Handler().ServeHTTP(rw, r)
}

// arrivals returns how many requests on route have reached the emulator,
// including those it has not answered yet.
func (h *harness) arrivals(route string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.arrived[route]
}

// statuses returns the answers given on route so far.
func (h *harness) statuses(route string) []int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]int(nil), h.answers[route]...)
}

// recordingWriter remembers the status written.
type recordingWriter struct {
	http.ResponseWriter
	status int
}

func (w *recordingWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *recordingWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *recordingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// newClient returns a client of baseURL with its own transport, closed when
// the test ends, so that no idle connection outlives the test.
func newClient(t *testing.T, baseURL string, opts ...client.Option) *client.Client {
	t.Helper()
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	c, err := client.New(append([]client.Option{
		client.WithAPIKey("e2e-key"),
		client.WithBaseURL(baseURL),
		client.WithHTTPClient(&http.Client{Transport: tr}),
	}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// attemptLog is a slog handler that counts the client's debug lines: one
// per HTTP attempt, with the operation, the attempt number and the status,
// and one per step of ClassifyFiles resumed after a failure.
type attemptLog struct {
	mu      sync.Mutex
	ops     map[string]*opAttempts
	resumed int
}

// httpAttemptMessage and resumeMessage are the client's debug lines.
const (
	httpAttemptMessage = "llamaclassify: http request"
	resumeMessage      = "llamaclassify: resuming a step"
)

// opAttempts counts the attempts of one operation.
type opAttempts struct {
	// Attempts is every HTTP attempt; Retries those with attempt > 1.
	Attempts, Retries int
	// Statuses counts the answers by status; 0 is no answer.
	Statuses map[int]int
}

// Enabled takes every level: the client logs its attempts at Debug.
func (l *attemptLog) Enabled(context.Context, slog.Level) bool { return true }

// Handle counts one record.
func (l *attemptLog) Handle(_ context.Context, r slog.Record) error {
	if r.Message == resumeMessage {
		l.mu.Lock()
		l.resumed++
		l.mu.Unlock()
		return nil
	}
	if r.Message != httpAttemptMessage {
		return nil
	}
	op, attempt, status := "", 1, 0
	r.Attrs(func(a slog.Attr) bool {
		switch a.Key {
		case "operation":
			op = a.Value.String()
		case "attempt":
			attempt = int(a.Value.Int64())
		case "status":
			status = int(a.Value.Int64())
		}
		return true
	})
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ops == nil {
		l.ops = map[string]*opAttempts{}
	}
	o := l.ops[op]
	if o == nil {
		o = &opAttempts{Statuses: map[int]int{}}
		l.ops[op] = o
	}
	o.Attempts++
	if attempt > 1 {
		o.Retries++
	}
	o.Statuses[status]++
	return nil
}

// WithAttrs returns l: the client adds no attributes.
func (l *attemptLog) WithAttrs([]slog.Attr) slog.Handler { return l }

// WithGroup returns l: the client uses no groups.
func (l *attemptLog) WithGroup(string) slog.Handler { return l }

// totals returns the attempts and retries of every operation.
func (l *attemptLog) totals() (attempts, retries int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, o := range l.ops {
		attempts += o.Attempts
		retries += o.Retries
	}
	return attempts, retries
}

// resumes returns how many steps ClassifyFiles resumed.
func (l *attemptLog) resumes() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.resumed
}

// summary renders the counts, one operation a line.
func (l *attemptLog) summary() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var b strings.Builder
	for _, op := range []string{"UploadFile", "ListFiles", "CreateClassifyJob", "ListClassifyJobs", "GetClassifyJob",
		"CancelClassifyJob", "CreateClassifierJob", "GetClassifierJob", "GetClassifierJobResults", "ListClassifierJobs"} {
		o := l.ops[op]
		if o == nil {
			continue
		}
		fmt.Fprintf(&b, "\n  %-24s %4d calls, %4d attempts (%3d retries); answers", op+":", o.Attempts-o.Retries, o.Attempts, o.Retries)
		for _, code := range []int{200, 201, 429, 503, 0} {
			if n := o.Statuses[code]; n > 0 {
				label := strconv.Itoa(code)
				if code == 0 {
					label = "none"
				}
				fmt.Fprintf(&b, " %s×%d", label, n)
			}
		}
	}
	return b.String()
}

// syncBuffer is a bytes.Buffer safe for concurrent writers.
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

// String returns what was written.
func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
