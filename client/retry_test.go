package client

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/iotest"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// failFirst answers the first n requests whose "METHOD path" is route with
// status (and headers), then lets the fake serve.
func failFirst(f *fakeService, route string, n int, status int, header http.Header) {
	var mu sync.Mutex
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		mu.Lock()
		defer mu.Unlock()
		if r.Method+" "+r.URL.Path != route || n == 0 {
			return false
		}
		n--
		for k, v := range header {
			w.Header()[k] = v
		}
		writeDetail(w, status, http.StatusText(status))
		return true
	}
}

// dropConnection closes the connection without an answer.
func dropConnection(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		conn.Close()
	}
}

// sleeps records the delays the client asks for, without waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func TestReadsAreRetriedOnTransientFailures(t *testing.T) {
	for _, status := range []int{408, 429, 500, 502, 503, 504} {
		t.Run(strconv.Itoa(status), func(t *testing.T) {
			f := newFake(t)
			failFirst(f, "GET /api/v2/classify", 2, status, nil)
			c, _ := testClient(t, f)
			if _, err := c.ListJobs(testContext(t), nil); err != nil {
				t.Fatalf("after two failures: %v", err)
			}
			if n := f.count("GET /api/v2/classify"); n != 3 {
				t.Errorf("%d attempts, want 3", n)
			}
		})
	}
}

func TestRetriesAreBounded(t *testing.T) {
	f := newFake(t)
	failFirst(f, "GET /api/v2/classify", 100, 503, nil)
	c, _ := testClient(t, f)
	_, err := c.ListJobs(testContext(t), nil)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || !errors.Is(err, ErrServerError) || apiErr.StatusCode != 503 {
		t.Fatalf("err = %v, want the 503", err)
	}
	if n := f.total(); n != 3 {
		t.Errorf("%d attempts, want the default 3", n)
	}

	f2 := newFake(t)
	failFirst(f2, "GET /api/v2/classify", 100, 503, nil)
	c2, _ := testClient(t, f2, WithRetryPolicy(RetryPolicy{MaxAttempts: 1}))
	c2.ListJobs(testContext(t), nil)
	if n := f2.total(); n != 1 {
		t.Errorf("MaxAttempts 1: %d attempts", n)
	}
}

func TestClientErrorsAreNotRetried(t *testing.T) {
	// 501, 505 and 507 are server errors that no number of tries mends.
	for _, status := range []int{400, 401, 403, 404, 409, 422, 501, 505, 507} {
		f := newFake(t)
		failFirst(f, "GET /api/v2/classify", 100, status, nil)
		c, _ := testClient(t, f)
		if _, err := c.ListJobs(testContext(t), nil); err == nil {
			t.Fatalf("%d: no error", status)
		}
		if n := f.total(); n != 1 {
			t.Errorf("%d: %d attempts, want 1", status, n)
		}
	}
}

func TestReadRetriedAfterLostConnection(t *testing.T) {
	f := newFake(t)
	var dropped atomic.Bool
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if dropped.CompareAndSwap(false, true) {
			dropConnection(w)
			return true
		}
		return false
	}
	c, _ := testClient(t, f)
	if _, err := c.ListJobs(testContext(t), nil); err != nil {
		t.Fatalf("err = %v", err)
	}
	if n := f.total(); n != 2 {
		t.Errorf("%d attempts, want 2", n)
	}
}

func TestRetryAfterMsIsHonoured(t *testing.T) {
	f := newFake(t)
	failFirst(f, "GET /api/v2/classify", 1, 429, http.Header{"Retry-After-Ms": {"150"}})
	c, _ := testClient(t, f)
	start := time.Now()
	if _, err := c.ListJobs(testContext(t), nil); err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(start); elapsed < 150*time.Millisecond {
		t.Errorf("retried after %v, before the 150ms the server asked for", elapsed)
	}
}

func TestRetryAfterSecondsAndDate(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		header http.Header
		want   time.Duration
	}{
		{http.Header{"Retry-After": {"2"}}, 2 * time.Second},
		{http.Header{"Retry-After": {now.Add(3 * time.Second).Format(http.TimeFormat)}}, 3 * time.Second},
		{http.Header{"Retry-After": {"1"}, "Retry-After-Ms": {"250"}}, 250 * time.Millisecond},
	} {
		f := newFake(t)
		failFirst(f, "GET /api/v2/classify", 1, 503, tc.header)
		c, _ := testClient(t, f)
		var s sleeps
		c.sleep, c.now = s.sleep, func() time.Time { return now }
		if _, err := c.ListJobs(testContext(t), nil); err != nil {
			t.Fatal(err)
		}
		if len(s.d) != 1 || s.d[0] != tc.want {
			t.Errorf("%v: waited %v, want [%v]", tc.header, s.d, tc.want)
		}
	}
}

// A hint of no wait ("0", "0" ms, a date past) keeps the client's own
// backoff, a pause above zero, rather than attempts in a row.
func TestRetryAfterOfNoWaitKeepsTheBackoff(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	for _, h := range []http.Header{
		{"Retry-After": {"0"}},
		{"Retry-After-Ms": {"0"}},
		{"Retry-After": {now.Add(-time.Hour).Format(http.TimeFormat)}},
	} {
		f := newFake(t)
		failFirst(f, "GET /api/v2/classify", 2, 503, h)
		c, _ := testClient(t, f, WithRetryPolicy(RetryPolicy{MaxAttempts: 3, MinDelay: 100 * time.Millisecond, MaxDelay: time.Second}))
		var s sleeps
		c.sleep, c.now = s.sleep, func() time.Time { return now }
		if _, err := c.ListJobs(testContext(t), nil); err != nil {
			t.Fatal(err)
		}
		if len(s.d) != 2 || s.d[0]+s.d[1] == 0 || s.d[0] > 200*time.Millisecond || s.d[1] > 400*time.Millisecond {
			t.Errorf("%v: waited %v, want the backoff's two pauses (up to 200ms, then 400ms)", h, s.d)
		}
	}
}

func TestLongRetryAfterIsNotWaitedFor(t *testing.T) {
	for _, tc := range []struct {
		header http.Header
		want   time.Duration
	}{
		{http.Header{"Retry-After": {"120"}}, 2 * time.Minute},
		{http.Header{"Retry-After-Ms": {"3600000"}}, time.Hour},
		{http.Header{"Retry-After-Ms": {"7200000"}, "Retry-After": {"1"}}, 2 * time.Hour},
		{http.Header{"Retry-After-Ms": {"1e300"}}, 24 * time.Hour},
		{http.Header{"Retry-After": {"99999999999"}}, 24 * time.Hour},
	} {
		f := newFake(t)
		failFirst(f, "GET /api/v2/classify", 1, 429, tc.header)
		c, _ := testClient(t, f)
		var s sleeps
		c.sleep = s.sleep
		_, err := c.ListJobs(testContext(t), nil)
		var apiErr *APIError
		if !errors.As(err, &apiErr) || !errors.Is(err, ErrRateLimited) {
			t.Fatalf("%v: err = %v, want the 429", tc.header, err)
		}
		if apiErr.RetryAfter != tc.want {
			t.Errorf("%v: RetryAfter = %v, want %v", tc.header, apiErr.RetryAfter, tc.want)
		}
		if f.total() != 1 || len(s.d) != 0 {
			t.Errorf("%v: %d attempts, waits %v; want 1 and none", tc.header, f.total(), s.d)
		}
	}
}

func TestRetryAfterBeyondTheDeadlineFailsAtOnce(t *testing.T) {
	f := newFake(t)
	// The most a call waits for on its own, beyond the deadline.
	failFirst(f, "GET /api/v2/classify", 1, 503, http.Header{"Retry-After": {"60"}})
	c, _ := testClient(t, f)
	var s sleeps
	c.sleep = s.sleep
	ctx, cancel := context.WithTimeout(testContext(t), 50*time.Second)
	defer cancel()
	_, err := c.ListJobs(ctx, nil)
	if !errors.Is(err, ErrServerError) || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the 503", err)
	}
	if len(s.d) != 0 || f.total() != 1 {
		t.Errorf("waits %v, %d attempts; it should not wait for a retry the deadline cannot allow", s.d, f.total())
	}
}

func TestCancelDuringBackoffReturnsPromptly(t *testing.T) {
	f := newFake(t)
	failFirst(f, "GET /api/v2/classify", 1, 503, http.Header{"Retry-After": {"30"}})
	c, _ := testClient(t, f)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Cancel once the client is backing off after the first answer, and
	// make the backoff an hour: only the cancellation can end it.
	var backoff []time.Duration
	c.sleep = func(ctx context.Context, d time.Duration) error {
		backoff = append(backoff, d)
		// A millisecond on, so that the sleep is usually under way.
		time.AfterFunc(time.Millisecond, cancel)
		return sleepContext(ctx, time.Hour)
	}
	var err error
	finishes(t, "ListJobs", func() { _, err = c.ListJobs(ctx, nil) })
	if !errors.Is(err, context.Canceled) || !errors.Is(err, ErrServerError) {
		t.Fatalf("err = %v, want context.Canceled and the last answer", err)
	}
	if len(backoff) != 1 || backoff[0] != 30*time.Second || f.total() != 1 {
		t.Errorf("backoffs %v, %d attempts; want one of 30s after the one attempt", backoff, f.total())
	}
}

func TestV2CreateThatActedThen503CreatesOneJob(t *testing.T) {
	f := newFake(t)
	var acted atomic.Bool
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == "POST" && r.URL.Path == "/api/v2/classify" && acted.CompareAndSwap(false, true) {
			// Create the job, then answer as if the service failed.
			f.createJob(httptest.NewRecorder(), r)
			writeDetail(w, 503, "Service temporarily unavailable")
			return true
		}
		return false
	}
	c, _ := testClient(t, f)
	job, err := c.CreateJob(testContext(t), gen.ClassifyV2JobCreateRequest{
		FileInput:     ptr("dfl-1"),
		Configuration: &gen.ClassifyV2Configuration{Rules: testRules},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.jobs) != 1 {
		t.Fatalf("%d jobs exist, want exactly 1", len(f.jobs))
	}
	if len(f.txnSeen) != 2 || f.txnSeen[0] == "" || f.txnSeen[0] != f.txnSeen[1] {
		t.Fatalf("transaction ids sent: %q, want the same generated id twice", f.txnSeen)
	}
	if job.Id != "cls-1" || job.TransactionId == nil || *job.TransactionId != f.txnSeen[0] {
		t.Errorf("job = %s (transaction %v), want the job first created", job.Id, job.TransactionId)
	}
}

func TestV2CreateKeepsTheCallersTransactionID(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	req := gen.ClassifyV2JobCreateRequest{
		FileInput:     ptr("dfl-1"),
		Configuration: &gen.ClassifyV2Configuration{Rules: testRules},
		TransactionId: ptr("invoice-2026-11"),
	}
	a, err := c.CreateJob(testContext(t), req)
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.CreateJob(testContext(t), req)
	if err != nil {
		t.Fatal(err)
	}
	if a.Id != b.Id || len(f.jobs) != 1 || f.txnSeen[0] != "invoice-2026-11" {
		t.Errorf("jobs %s and %s, %d stored, transaction %q", a.Id, b.Id, len(f.jobs), f.txnSeen[0])
	}
	// Two creates without an id are two jobs, each with its own id.
	req.TransactionId = nil
	c.CreateJob(testContext(t), req)
	c.CreateJob(testContext(t), req)
	if len(f.jobs) != 3 || f.txnSeen[2] == f.txnSeen[3] {
		t.Errorf("%d jobs; transaction ids %q", len(f.jobs), f.txnSeen)
	}
}

var v1Create = gen.ClassifyJobCreate{
	FileIds: []openapi_types.UUID{{1}},
	Rules:   testRules,
}

func TestV1CreateIsNotRetriedWhenTheOutcomeIsUnknown(t *testing.T) {
	f := newFake(t)
	failFirst(f, "POST /api/v1/classifier/jobs", 1, 503, nil)
	c, _ := testClient(t, f)
	_, err := c.CreateClassifierJob(testContext(t), v1Create)
	if !errors.Is(err, ErrServerError) {
		t.Fatalf("err = %v, want the 503", err)
	}
	if n := f.total(); n != 1 {
		t.Errorf("%d attempts, want 1: a v1 create has no idempotency key", n)
	}

	// The service acted, then the connection was lost: not sent again.
	f2 := newFake(t)
	f2.before = func(w http.ResponseWriter, r *http.Request) bool {
		f2.createV1(httptest.NewRecorder(), r)
		dropConnection(w)
		return true
	}
	c2, _ := testClient(t, f2)
	if _, err := c2.CreateClassifierJob(testContext(t), v1Create); err == nil {
		t.Fatal("want the connection error")
	}
	if n := f2.total(); n != 1 || len(f2.v1jobs) != 1 {
		t.Errorf("%d attempts, %d jobs; want 1 and 1", n, len(f2.v1jobs))
	}
}

func TestV1CreateIsRetriedOn429(t *testing.T) {
	f := newFake(t)
	failFirst(f, "POST /api/v1/classifier/jobs", 1, 429, http.Header{"Retry-After-Ms": {"1"}})
	c, _ := testClient(t, f)
	if _, err := c.CreateClassifierJob(testContext(t), v1Create); err != nil {
		t.Fatal(err)
	}
	if n := f.total(); n != 2 || len(f.v1jobs) != 1 {
		t.Errorf("%d attempts, %d jobs; want 2 and 1", n, len(f.v1jobs))
	}
}

// closedAddr is the address of a listener that no longer listens: a dial
// to it is refused.
func closedAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// refuseFirstDial is a client whose first connection goes to a closed
// port (refused) and the rest to where they were meant to go.
func refuseFirstDial(t *testing.T) *http.Client {
	dead := closedAddr(t)
	var dials atomic.Int32
	var d net.Dialer
	tr := &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		if dials.Add(1) == 1 {
			return d.DialContext(ctx, network, dead)
		}
		return d.DialContext(ctx, network, addr)
	}}
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr}
}

func TestV1CreateIsRetriedWhenTheConnectionIsRefused(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f, WithHTTPClient(refuseFirstDial(t)))
	if _, err := c.CreateClassifierJob(testContext(t), v1Create); err != nil {
		t.Fatalf("err = %v", err)
	}
	if n := f.total(); n != 1 || len(f.v1jobs) != 1 {
		t.Errorf("%d requests reached the server, %d jobs; want 1 and 1", n, len(f.v1jobs))
	}
}

func TestRefusedEverywhereFailsWithTheDialError(t *testing.T) {
	c, err := New(WithAPIKey(testKey), WithBaseURL("http://"+closedAddr(t)),
		WithRetryPolicy(RetryPolicy{MinDelay: time.Millisecond, MaxDelay: time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.CreateClassifierJob(testContext(t), v1Create)
	var op *net.OpError
	if !errors.As(err, &op) || op.Op != "dial" {
		t.Fatalf("err = %v, want the dial error", err)
	}
	// It reads as the client's other errors do, and says whose call it
	// ended.
	if msg := err.Error(); !strings.HasPrefix(msg, "llamaclassify: CreateClassifierJob: ") || !strings.Contains(msg, "connection refused") {
		t.Errorf("err = %q, want it to start %q and name the refused connection", msg, "llamaclassify: CreateClassifierJob: ")
	}
}

func TestACancelledCallSaysWhoseItWas(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx, cancel := context.WithCancel(testContext(t))
	cancel()
	_, err := c.GetJob(ctx, "cls-00000000-0000-0000-0000-000000000000")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "llamaclassify: GetClassifyJob: ") {
		t.Errorf("err = %q, want it to start %q", msg, "llamaclassify: GetClassifyJob: ")
	}
	if n := f.total(); n != 0 {
		t.Errorf("%d requests reached the server, want none", n)
	}
}

func TestBackoffBounds(t *testing.T) {
	for n, want := range map[int]time.Duration{1: 100, 2: 200, 3: 400, 4: 800, 5: 1000, 60: 1000} {
		if got := backoffCap(100, 1000, n); got != want {
			t.Errorf("backoffCap(n=%d) = %v, want %v", n, got, want)
		}
	}
	for n := 1; n < 200; n++ {
		if d := fullJitter(100, 1000, n); d < 0 || d > backoffCap(100, 1000, n) {
			t.Fatalf("fullJitter(n=%d) = %v out of [0, cap]", n, d)
		}
	}
	p := RetryPolicy{MinDelay: time.Second, MaxDelay: time.Millisecond}.withDefaults()
	if p.MaxAttempts != DefaultMaxAttempts || p.MaxDelay != time.Second {
		t.Errorf("withDefaults = %+v", p)
	}
}

func TestBackoffWithExtremeDelaysStaysInBounds(t *testing.T) {
	for _, maxDelay := range []time.Duration{math.MaxInt64, math.MaxInt64 - 1, math.MaxInt64/2 + 1} {
		prev := time.Duration(0)
		for n := 1; n <= 100; n++ {
			hi := backoffCap(time.Nanosecond, maxDelay, n)
			if hi < prev || hi > maxDelay || hi <= 0 {
				t.Fatalf("max %v: backoffCap(n=%d) = %v after %v", maxDelay, n, hi, prev)
			}
			prev = hi
			if d := fullJitter(time.Nanosecond, maxDelay, n); d < 0 || d > hi {
				t.Fatalf("max %v: fullJitter(n=%d) = %v out of [0, %v]", maxDelay, n, d, hi)
			}
		}
		if prev != maxDelay {
			t.Errorf("max %v: the cap never reached it (%v)", maxDelay, prev)
		}
	}
}

func TestManyRetriesWithTheLargestMaxDelay(t *testing.T) {
	f := newFake(t)
	failFirst(f, "GET /api/v2/classify", 1000, 429, nil)
	c, _ := testClient(t, f, WithRetryPolicy(RetryPolicy{MaxAttempts: 50, MaxDelay: math.MaxInt64}))
	var s sleeps
	c.sleep = s.sleep // the pauses are recorded, not slept
	_, err := c.ListJobs(context.Background(), nil)
	if !errors.Is(err, ErrRateLimited) {
		t.Fatalf("err = %v, want the 429", err)
	}
	if n := f.total(); n != 50 {
		t.Errorf("%d attempts, want 50", n)
	}
	for i, d := range s.d {
		if d < 0 {
			t.Errorf("pause %d is %v: the backoff overflowed", i, d)
		}
	}
}

// cutBody answers with a body declared n bytes long, sends half of it and
// drops the connection.
func cutBody(w http.ResponseWriter, n int) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(n))
	w.WriteHeader(200)
	w.Write([]byte(strings.Repeat(" ", n/2)))
	w.(http.Flusher).Flush()
	dropConnection(w)
}

func TestReadWhoseAnswerIsCutShortIsSentAgain(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	job := createTestJob(t, c)
	var cut atomic.Bool
	f.mu.Lock()
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == "GET" && cut.CompareAndSwap(false, true) {
			cutBody(w, 400)
			return true
		}
		return false
	}
	f.mu.Unlock()
	got, err := c.GetJob(testContext(t), job.Id)
	if err != nil {
		t.Fatalf("err = %v, want the job from the second attempt", err)
	}
	if got.Id != job.Id || f.count("GET /api/v2/classify/"+job.Id) != 2 {
		t.Errorf("got %s after requests %v", got.Id, f.requests)
	}

	// With every answer cut short, the read fails after the usual attempts.
	f.mu.Lock()
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		cutBody(w, 400)
		return true
	}
	f.mu.Unlock()
	_, err = c.GetJob(testContext(t), job.Id)
	if !errors.Is(err, io.ErrUnexpectedEOF) || !strings.Contains(err.Error(), "read response") {
		t.Errorf("err = %v, want the cut body", err)
	}
	if n := f.count("GET /api/v2/classify/" + job.Id); n != 5 {
		t.Errorf("%d requests, want 2 then 3", n)
	}
}

func TestTooLargeAnswerFailsClearly(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(maxResponseBody+1))
		w.WriteHeader(200)
		return true
	}
	c, _ := testClient(t, f)
	_, err := c.ListJobs(testContext(t), nil)
	if err == nil || !strings.Contains(err.Error(), "larger than 32 MiB") {
		t.Fatalf("err = %v, want the size named", err)
	}
	if n := f.total(); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}

// TestDecodedValuesOutliveTheReadBuffer reads jobs and pages of every
// size, with and without a Content-Length, one after another, so that the
// buffers answers are read into are used again; every value decoded before
// must stay as it was.
func TestDecodedValuesOutliveTheReadBuffer(t *testing.T) {
	jobOf := func(id string) gen.ClassifyV2JobResponse {
		kind := "invoice"
		return gen.ClassifyV2JobResponse{
			Id: id, FileInput: "dfl-" + id, ProjectId: testProject, UserId: "user-" + id,
			DocumentInputType: gen.DocumentInputTypeFileId, Status: gen.ClassifyV2JobStatusCOMPLETED,
			Configuration: gen.ClassifyV2Configuration{Rules: testRules},
			Result:        &gen.ClassificationResult{Type: &kind, Confidence: 0.5, Reasoning: strings.Repeat(id+" ", 1+len(id)*40)},
		}
	}
	// Every other answer goes without a Content-Length.
	var served atomic.Int64
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		var v any
		if id, ok := strings.CutPrefix(r.URL.Path, "/api/v2/classify/"); ok {
			v = jobOf(id)
		} else {
			page := gen.ClassifyV2JobQueryResponse{}
			for _, id := range r.URL.Query()["job_ids"] {
				page.Items = append(page.Items, jobOf(id))
			}
			v = page
		}
		body, _ := json.Marshal(v)
		if served.Add(1)%2 == 0 {
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
			w.Write(body)
			return
		}
		// Flushing half way makes the server send the rest in chunks,
		// without a Content-Length.
		w.Write(body[:len(body)/2])
		w.(http.Flusher).Flush()
		w.Write(body[len(body)/2:])
	})
	c, _ := testClient(t, h)
	ctx := context.Background()
	var jobs []*gen.ClassifyV2JobResponse
	var pages []*gen.ClassifyV2JobQueryResponse
	var pageIDs [][]string
	for i := range 12 {
		id := "cls-" + strings.Repeat(strconv.Itoa(i), 1+i*3)
		job, err := c.GetJob(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, job)
		ids := []string{id, id + "a", id + "b"}[:1+i%3]
		page, err := c.ListJobs(ctx, &gen.ListClassifyJobsParams{JobIds: &ids})
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, page)
		pageIDs = append(pageIDs, ids)
	}
	for i, job := range jobs {
		want := jobOf(job.Id)
		got, _ := json.Marshal(job)
		exp, _ := json.Marshal(want)
		if string(got) != string(exp) {
			t.Errorf("job %d changed after later reads:\n got %s\nwant %s", i, got, exp)
		}
	}
	for i, page := range pages {
		if len(page.Items) != len(pageIDs[i]) {
			t.Fatalf("page %d has %d items, want %d", i, len(page.Items), len(pageIDs[i]))
		}
		for j, id := range pageIDs[i] {
			got, _ := json.Marshal(page.Items[j])
			exp, _ := json.Marshal(jobOf(id))
			if string(got) != string(exp) {
				t.Errorf("page %d item %d changed after later reads", i, j)
			}
		}
	}
}

func TestReadBody(t *testing.T) {
	body := []byte(strings.Repeat("0123456789", 1000))
	for _, n := range []int64{int64(len(body)), -1} {
		got, err := readBody(make([]byte, 3, 16), strings.NewReader(string(body)), n)
		if err != nil || string(got) != string(body) {
			t.Errorf("length %d: read %d bytes, %v", n, len(got), err)
		}
	}
	if got, err := readBody(nil, strings.NewReader(""), 0); err != nil || len(got) != 0 {
		t.Errorf("empty body: %q, %v", got, err)
	}
	// Longer than announced (a response made by hand, ContentLength 0).
	for _, n := range []int64{0, 10} {
		if got, err := readBody(nil, strings.NewReader(string(body)), n); err != nil || string(got) != string(body) {
			t.Errorf("announced %d: read %d bytes, %v", n, len(got), err)
		}
	}
	// Shorter than announced: the answer was cut.
	for _, short := range []string{"", "{"} {
		if _, err := readBody(nil, strings.NewReader(short), 10); !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("%d of 10 bytes: err = %v, want io.ErrUnexpectedEOF", len(short), err)
		}
	}
	// Too large, announced or found while reading.
	if _, err := readBody(nil, strings.NewReader("{}"), maxResponseBody+1); !errors.Is(err, errResponseTooLarge) {
		t.Errorf("announced: err = %v", err)
	}
	endless := io.LimitReader(zeros{}, maxResponseBody+1)
	if _, err := readBody(nil, endless, -1); !errors.Is(err, errResponseTooLarge) {
		t.Errorf("unannounced: err = %v", err)
	}
	// A failing reader's error comes back.
	broken := io.MultiReader(strings.NewReader("{"), iotest.ErrReader(errors.New("reset")))
	if _, err := readBody(nil, broken, -1); err == nil || err.Error() != "reset" {
		t.Errorf("broken reader: err = %v", err)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// getJobCancelledInBackoff runs GetJob against a server that answers
// every request with h, its first pause before a retry cancelled, and
// returns the error, which must be the cancellation.
func getJobCancelledInBackoff(t *testing.T, h http.HandlerFunc) error {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	c, err := New(WithAPIKey(testKey), WithBaseURL(srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	c.sleep = func(ctx context.Context, d time.Duration) error { return context.Canceled }
	_, err = c.GetJob(testContext(t), "cls-00000000-0000-0000-0000-000000000000")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	return err
}

// A call cancelled while it waits to retry says once whose call it was,
// and then what its last attempt got, without the prefix again; the
// cancellation and the service's answer are both still there for
// errors.Is and errors.As.
func TestACallCancelledInItsBackoffNamesItselfOnce(t *testing.T) {
	err := getJobCancelledInBackoff(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte(`{"detail":"busy"}`))
	})
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("err = %v, want the 503 of the last attempt as an *APIError", err)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "llamaclassify: GetClassifyJob: context canceled; last attempt: ") {
		t.Errorf("err = %q, want it to start with the operation and the cancellation", msg)
	}
	if n := strings.Count(msg, "llamaclassify: "); n != 1 {
		t.Errorf("err = %q names the client %d times, want once", msg, n)
	}
}

// When the last attempt's error names the operation too (a body cut
// short), the operation is named once.
func TestACallCancelledAfterACutBodyNamesItsOperationOnce(t *testing.T) {
	err := getJobCancelledInBackoff(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", "100")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"id":"cls`))
	})
	msg := err.Error()
	if !strings.Contains(msg, "last attempt: read response: ") {
		t.Errorf("err = %q, want the last attempt's read failure", msg)
	}
	if n := strings.Count(msg, "GetClassifyJob"); n != 1 {
		t.Errorf("err = %q names the operation %d times, want once", msg, n)
	}
}
