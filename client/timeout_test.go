package client

import (
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// silentServer takes requests and answers none of them until the test
// ends; it counts them, and says on arrived when each comes.
func silentServer(t *testing.T) (*httptest.Server, *atomic.Int32, chan struct{}) {
	t.Helper()
	var n atomic.Int32
	arrived := make(chan struct{}, 64)
	done := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		arrived <- struct{}{}
		select {
		case <-done:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(func() { close(done); srv.Close() })
	return srv, &n, arrived
}

// ownClient is a client with its own transport (no WithHTTPClient), that
// waits timeout for an answer's headers and makes up to attempts attempts
// a call, one at once after another.
func ownClient(t *testing.T, base string, timeout time.Duration, attempts int) *Client {
	t.Helper()
	c, err := New(WithAPIKey(testKey), WithBaseURL(base), WithResponseTimeout(timeout),
		WithRetryPolicy(RetryPolicy{MaxAttempts: attempts, MinDelay: time.Millisecond, MaxDelay: 2 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAServerThatNeverAnswersTimesOutAndIsAskedAgain(t *testing.T) {
	srv, n, arrived := silentServer(t)
	c := ownClient(t, srv.URL, 200*time.Millisecond, 2)
	start := time.Now()
	_, err := c.GetJob(testContext(t), "cls-00000000-0000-0000-0000-000000000000")
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() {
		t.Fatalf("err = %v, want a timeout", err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "llamaclassify: GetClassifyJob: ") || !strings.Contains(msg, "timeout awaiting response headers") {
		t.Errorf("err = %q, want it to name the call and the timeout", msg)
	}
	// Both attempts reached the server; the server's goroutine may be
	// scheduled after the client gave up, so wait for it, boundedly.
	for i := range 2 {
		select {
		case <-arrived:
		case <-time.After(patience):
			t.Fatalf("the server saw %d requests, want 2 (the read asked again once)", i)
		}
	}
	if got := n.Load(); got != 2 {
		t.Errorf("the server saw %d requests, want 2", got)
	}
	// Far below the test's own patience: the call did not wait for its
	// context.
	if took := time.Since(start); took > patience/2 {
		t.Errorf("took %v", took)
	}
}

func TestACreateWhoseAnswerNeverCameIsNotMadeTwice(t *testing.T) {
	f := newFake(t)
	var posts atomic.Int32
	done := make(chan struct{})
	t.Cleanup(func() { close(done) })
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == "POST" && r.URL.Path == "/api/v2/classify" && posts.Add(1) == 1 {
			// The job is made, and its answer never leaves.
			f.createJob(httptest.NewRecorder(), r)
			select {
			case <-done:
			case <-r.Context().Done():
			}
			return true
		}
		return false
	}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	// Two seconds for the fake to answer on a busy machine, and attempts
	// to spare if it did not: each is the same create.
	c := ownClient(t, srv.URL, 2*time.Second, 5)
	job, err := c.CreateJob(testContext(t), gen.ClassifyV2JobCreateRequest{
		FileInput:     ptr("dfl-1"),
		Configuration: &gen.ClassifyV2Configuration{Rules: testRules},
	})
	if err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.jobs) != 1 || job.Id != "cls-1" {
		t.Fatalf("%d jobs exist and the call returned %s; want exactly 1, cls-1", len(f.jobs), job.Id)
	}
	if len(f.txnSeen) < 2 || slices.ContainsFunc(f.txnSeen, func(id string) bool { return id != f.txnSeen[0] }) {
		t.Errorf("transaction ids sent: %q, want the same one, at least twice", f.txnSeen)
	}
}

func TestResponseTimeoutIsRefusedWithAClientOfTheCallers(t *testing.T) {
	_, err := New(WithAPIKey(testKey), WithBaseURL("http://127.0.0.1:1"),
		WithHTTPClient(&http.Client{}), WithResponseTimeout(time.Second))
	if err == nil || !strings.Contains(err.Error(), "ResponseHeaderTimeout") {
		t.Fatalf("err = %v, want it to say where the timeout is set", err)
	}
}

func TestResponseTimeoutIsRefusedWhenTheDefaultTransportWasReplaced(t *testing.T) {
	saved := http.DefaultTransport
	http.DefaultTransport = &http.Transport{}
	defer func() { http.DefaultTransport = saved }()
	_, err := New(WithAPIKey(testKey), WithBaseURL("http://127.0.0.1:1"), WithResponseTimeout(time.Second))
	if err == nil || !strings.Contains(err.Error(), "replaced http.DefaultTransport") {
		t.Fatalf("err = %v, want it to say the replaced transport governs", err)
	}
	// Without the option such a program keeps its transport, as before.
	if _, err := New(WithAPIKey(testKey), WithBaseURL("http://127.0.0.1:1")); err != nil {
		t.Fatal(err)
	}
}

func TestClientsWithOneTimeoutShareATransport(t *testing.T) {
	a := ownTransport(settings{responseTimeout: 3 * time.Second, responseTimeoutSet: true})
	b := ownTransport(settings{responseTimeout: 3 * time.Second, responseTimeoutSet: true})
	c := ownTransport(settings{responseTimeout: 4 * time.Second, responseTimeoutSet: true})
	if a != b || a == c {
		t.Errorf("transports %p, %p and %p: want the first two one, the third another", a, b, c)
	}
}

func TestTheClientsOwnTransportBoundsTheWaitForHeaders(t *testing.T) {
	for _, tc := range []struct {
		opts []Option
		want time.Duration
	}{
		{nil, DefaultResponseTimeout},
		{[]Option{WithResponseTimeout(3 * time.Second)}, 3 * time.Second},
		{[]Option{WithResponseTimeout(0)}, 0},
	} {
		s := settings{}
		for _, o := range tc.opts {
			o(&s)
		}
		tr, ok := ownTransport(s).(*http.Transport)
		if !ok {
			t.Fatalf("ownTransport(%+v) is not an *http.Transport", s)
		}
		if tr.ResponseHeaderTimeout != tc.want || tr.MaxIdleConnsPerHost != 64 {
			t.Errorf("with %d options: ResponseHeaderTimeout %v, MaxIdleConnsPerHost %d; want %v and 64", len(tc.opts), tr.ResponseHeaderTimeout, tr.MaxIdleConnsPerHost, tc.want)
		}
	}
}
