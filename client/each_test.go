package client

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// countingEmulator is the emulator behind a handler that counts the
// requests it is serving at once, and may answer some itself.
type countingEmulator struct {
	emu              *emulator.Server
	inFlight, peak   atomic.Int64
	requests         atomic.Int64
	intercept        func(w http.ResponseWriter, r *http.Request) bool
	url              string
	mu               sync.Mutex
	deletes, uploads int
}

func newCountingEmulator(t *testing.T, opts ...emulator.Option) *countingEmulator {
	t.Helper()
	ce := &countingEmulator{emu: emulator.New(append([]emulator.Option{emulator.WithProcessingDelay(0)}, opts...)...)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := ce.inFlight.Add(1)
		defer ce.inFlight.Add(-1)
		for {
			p := ce.peak.Load()
			if n <= p || ce.peak.CompareAndSwap(p, n) {
				break
			}
		}
		ce.requests.Add(1)
		ce.mu.Lock()
		switch {
		case r.Method == http.MethodDelete:
			ce.deletes++
		case r.Method == http.MethodPost && r.URL.Path == "/api/v1/beta/files":
			ce.uploads++
		}
		intercept := ce.intercept
		ce.mu.Unlock()
		if intercept != nil && intercept(w, r) {
			return
		}
		ce.emu.Handler().ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		srv.Close()
		ce.emu.Close()
	})
	ce.url = srv.URL
	return ce
}

func (ce *countingEmulator) client(t *testing.T) *Client {
	t.Helper()
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	c, err := New(WithAPIKey(testKey), WithBaseURL(ce.url), WithHTTPClient(&http.Client{Transport: tr}),
		WithRetryPolicy(RetryPolicy{MaxAttempts: 12, MinDelay: time.Millisecond, MaxDelay: 4 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// textDocs are n distinct small documents.
func textDocs(n int) []Document {
	docs := make([]Document, n)
	for i := range docs {
		docs[i] = FromBytes(fmt.Sprintf("doc-%04d.txt", i), fmt.Appendf(nil, "INVOICE\nInvoice number: INV-%d\nTotal amount due: %d.00\n", i, i))
	}
	return docs
}

// A result comes out as soon as its job ends, before the next document is
// even read: the documents are read lazily, and a document never waits
// for the others to be done.
func TestClassifyEachYieldsEachResultWhenItsJobEnds(t *testing.T) {
	ce := newCountingEmulator(t)
	c := ce.client(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	docs := textDocs(3)
	taken := make(chan int, len(docs))
	// The next document is given only once the previous one's result is
	// out: a classification that held results back would never end.
	seq := func(yield func(Document) bool) {
		for i, d := range docs {
			if i > 0 {
				select {
				case <-taken:
				case <-ctx.Done():
					return
				}
			}
			if !yield(d) {
				return
			}
		}
	}
	var got []int
	for r, err := range c.ClassifyEach(ctx, seq, sampleRules(t), WithWait(fastWait...)) {
		if r == nil {
			t.Fatalf("the classification failed: %v", err)
		}
		if err != nil || r.Type() != "invoice" || r.ExternalFileID == "" || r.TransactionID == "" {
			t.Fatalf("result %+v, %v", r, err)
		}
		got = append(got, r.Index)
		taken <- r.Index
	}
	if len(got) != 3 || got[0] != 0 || got[1] != 1 || got[2] != 2 {
		t.Fatalf("results for documents %v, want 0, 1, 2", got)
	}
}

// At most WithMaxInFlight documents are read ahead of the results taken.
func TestClassifyEachReadsAtMostMaxInFlightAhead(t *testing.T) {
	ce := newCountingEmulator(t)
	c := ce.client(t)
	const n, window = 60, 5
	var read, yielded atomic.Int64
	var worst atomic.Int64
	docs := textDocs(n)
	seq := func(yield func(Document) bool) {
		for _, d := range docs {
			ahead := read.Add(1) - yielded.Load()
			if ahead > worst.Load() {
				worst.Store(ahead)
			}
			if !yield(d) {
				return
			}
		}
	}
	count := 0
	for r, err := range c.ClassifyEach(context.Background(), seq, sampleRules(t), WithMaxInFlight(window), WithWait(fastWait...)) {
		if r == nil || err != nil {
			t.Fatalf("%+v, %v", r, err)
		}
		yielded.Add(1)
		count++
	}
	// The producer holds one document more while it waits for a place.
	if count != n || worst.Load() > window+1 {
		t.Fatalf("%d results; up to %d documents read ahead of the results, want at most %d", count, worst.Load(), window+1)
	}
	if st := ce.emu.Stats(); st.Files != n || st.ClassifyJobs != n {
		t.Fatalf("%d files and %d jobs for %d documents", st.Files, st.ClassifyJobs, n)
	}
}

// Breaking out of the loop stops the classification: the loop returns
// with nothing left running, and nothing is sent after it.
func TestClassifyEachBreakStopsEverything(t *testing.T) {
	ce := newCountingEmulator(t)
	tr := &http.Transport{}
	// Requests are counted as the client starts them: one the server reads
	// only after the loop has returned was still sent before it.
	var started atomic.Int64
	counting := roundTrip(func(r *http.Request) (*http.Response, error) {
		started.Add(1)
		return tr.RoundTrip(r)
	})
	c, err := New(WithAPIKey(testKey), WithBaseURL(ce.url), WithHTTPClient(&http.Client{Transport: counting}))
	if err != nil {
		t.Fatal(err)
	}
	ignore := goleak.IgnoreCurrent()
	for r, err := range c.ClassifyEach(context.Background(), slicesValues(textDocs(50)), sampleRules(t), WithWait(fastWait...), WithConcurrency(4)) {
		if r == nil || err != nil {
			t.Fatalf("%+v, %v", r, err)
		}
		break
	}
	sent := started.Load()
	tr.CloseIdleConnections()
	// Nothing of the classification is left running, so nothing more can
	// be sent.
	goleak.VerifyNone(t, ignore)
	if now := started.Load(); now != sent {
		t.Fatalf("%d requests started after the loop returned", now-sent)
	}
	if st := ce.emu.Stats(); st.ClassifyJobs >= 50 {
		t.Fatalf("%d jobs made: the classification went on", st.ClassifyJobs)
	}
}

// Bad rules: one failure, nothing sent.
// A docs iterator that blocks between documents (fed by a channel nobody
// writes to) does not hold ClassifyEach once the context ends: the loop
// gets the first document's result, then the context's error, and
// returns; the iterator, still blocked, is left behind.
func TestClassifyEachReturnsWhenTheContextEndsWhileDocsBlock(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx, cancel := context.WithCancel(testContext(t))
	defer cancel()
	block := make(chan struct{})
	defer close(block)
	docs := func(yield func(Document) bool) {
		if !yield(FromBytes("first.txt", []byte("1"))) {
			return
		}
		<-block // a producer with nothing more to give yet
		yield(FromBytes("second.txt", []byte("2")))
	}
	var results int
	var last error
	finishes(t, "ClassifyEach", func() {
		for r, err := range c.ClassifyEach(ctx, docs, testRules, WithWait(fastWait...)) {
			if r != nil {
				results++
				cancel() // the caller gives up waiting for more
				continue
			}
			last = err
		}
	})
	if results != 1 || !errors.Is(last, context.Canceled) {
		t.Fatalf("%d results, final error %v; want the first result, then context.Canceled", results, last)
	}
}

func TestClassifyEachBadRules(t *testing.T) {
	ce := newCountingEmulator(t)
	c := ce.client(t)
	n := 0
	for r, err := range c.ClassifyEach(context.Background(), slicesValues(textDocs(2)), nil) {
		n++
		var invalid *RequestInvalidError
		if r != nil || !errors.As(err, &invalid) {
			t.Fatalf("%+v, %v", r, err)
		}
	}
	if n != 1 || ce.requests.Load() != 0 {
		t.Fatalf("%d yields, %d requests", n, ce.requests.Load())
	}
}

// A refused key: the documents in flight come out with the refusal, then
// the refusal itself; the documents not read yet are not read.
func TestClassifyEachRefusedKey(t *testing.T) {
	ce := newCountingEmulator(t, emulator.WithRequiredKey("another key"))
	c := ce.client(t)
	var read atomic.Int64
	seq := func(yield func(Document) bool) {
		for _, d := range textDocs(100) {
			read.Add(1)
			if !yield(d) {
				return
			}
		}
	}
	var results int
	var last error
	for r, err := range c.ClassifyEach(context.Background(), seq, sampleRules(t), WithMaxInFlight(10)) {
		if r != nil {
			results++
			if !errors.Is(err, ErrUnauthorized) {
				t.Errorf("document %d: %v", r.Index, err)
			}
			continue
		}
		last = err
	}
	if !errors.Is(last, ErrUnauthorized) || ce.requests.Load() != 1 {
		t.Fatalf("last %v after %d requests", last, ce.requests.Load())
	}
	if results == 0 || read.Load() > 12 {
		t.Fatalf("%d results, %d documents read", results, read.Load())
	}
}

// WithDeleteUploads: the service is left with the jobs and no files.
func TestClassifyEachDeletesUploads(t *testing.T) {
	ce := newCountingEmulator(t)
	c := ce.client(t)
	const n = 30
	for r, err := range c.ClassifyEach(context.Background(), slicesValues(textDocs(n)), sampleRules(t), WithDeleteUploads(true), WithWait(fastWait...)) {
		if r == nil || err != nil || !r.FileDeleted || r.DeleteErr != nil || r.FileID == "" {
			t.Fatalf("%+v, %v", r, err)
		}
	}
	if st := ce.emu.Stats(); st.Files != 0 || st.ClassifyJobs != n {
		t.Fatalf("%d files and %d jobs left, want 0 and %d", st.Files, st.ClassifyJobs, n)
	}
}

// WithKeepFoundUploads: a run that deletes its uploads keeps the files
// an earlier run stored and it found, and deletes the ones it stored.
func TestDeleteUploadsKeepsFoundFilesWhenAsked(t *testing.T) {
	ce := newCountingEmulator(t)
	c := ce.client(t)
	docs := textDocs(4)
	kept := map[string]bool{}
	for r, err := range c.ClassifyEach(context.Background(), slicesValues(docs[:2]), sampleRules(t), WithWait(fastWait...)) {
		if r == nil || err != nil || r.FileID == "" {
			t.Fatalf("first run: %+v, %v", r, err)
		}
		kept[r.FileID] = true
	}
	for r, err := range c.ClassifyEach(context.Background(), slicesValues(docs), sampleRules(t), WithDeleteUploads(true), WithKeepFoundUploads(true), WithWait(fastWait...)) {
		if r == nil || err != nil {
			t.Fatalf("second run: %+v, %v", r, err)
		}
		if kept[r.FileID] == r.FileDeleted {
			t.Errorf("document %d: file %s deleted %v; an earlier run's file is kept, this run's deleted", r.Index, r.FileID, r.FileDeleted)
		}
	}
	if st := ce.emu.Stats(); st.Files != 2 {
		t.Fatalf("%d files left, want the earlier run's 2", st.Files)
	}
}

// A run after one that deleted its uploads finds the earlier jobs (the
// same transaction_ids) but not their files: it stores the files again,
// and, once each create answers with the earlier, ended job, deletes the
// file it stored for nothing and reports the job's own file.
func TestARunAfterDeletedUploadsLeavesNoFileBehind(t *testing.T) {
	ce := newCountingEmulator(t)
	c := ce.client(t)
	const n = 5
	docs := textDocs(n)
	first := map[int]FileResult{}
	for r, err := range c.ClassifyEach(context.Background(), slicesValues(docs), sampleRules(t), WithDeleteUploads(true), WithWait(fastWait...)) {
		if r == nil || err != nil {
			t.Fatalf("first run: %+v, %v", r, err)
		}
		first[r.Index] = *r
	}
	for r, err := range c.ClassifyEach(context.Background(), slicesValues(docs), sampleRules(t), WithWait(fastWait...)) {
		if r == nil || err != nil || r.Status != gen.ClassifyV2JobStatusCOMPLETED {
			t.Fatalf("second run: %+v, %v", r, err)
		}
		was := first[r.Index]
		if r.JobID != was.JobID || r.FileID != was.FileID {
			t.Errorf("document %d: job %s on file %s, want the earlier job %s and its file %s", r.Index, r.JobID, r.FileID, was.JobID, was.FileID)
		}
	}
	if st := ce.emu.Stats(); st.Files != 0 || st.ClassifyJobs != n {
		t.Fatalf("%d files and %d jobs left, want no file (nothing reads one) and %d jobs", st.Files, st.ClassifyJobs, n)
	}
}

// A delete that fails is reported and changes nothing else.
func TestClassifyEachReportsAFailedDelete(t *testing.T) {
	// 400, and 403: a key that may classify but not delete stops nothing.
	for _, status := range []int{http.StatusBadRequest, http.StatusForbidden} {
		t.Run(strconv.Itoa(status), func(t *testing.T) {
			ce := newCountingEmulator(t)
			ce.intercept = func(w http.ResponseWriter, r *http.Request) bool {
				if r.Method == http.MethodDelete {
					writeDetail(w, status, "files of this project cannot be deleted")
					return true
				}
				return false
			}
			c := ce.client(t)
			results, err := c.ClassifyFiles(context.Background(), textDocs(3), sampleRules(t), WithDeleteUploads(true), WithWait(fastWait...))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range results {
				if r.Err != nil || r.Type() != "invoice" || r.FileDeleted || r.DeleteErr == nil || !errorsIsStatus(r.DeleteErr, status) {
					t.Errorf("%+v", r)
				}
			}
			if st := ce.emu.Stats(); st.Files != 3 || st.ClassifyJobs != 3 {
				t.Errorf("%d files and %d jobs, want 3 and 3", st.Files, st.ClassifyJobs)
			}
		})
	}
}

// A document whose wait gave up while its job still runs keeps its file:
// the job may yet read it.
func TestClassifyEachKeepsTheFileOfAJobStillRunning(t *testing.T) {
	ce := newCountingEmulator(t, emulator.WithProcessingDelay(time.Hour))
	c := ce.client(t)
	results, err := c.ClassifyFiles(context.Background(), textDocs(2), sampleRules(t), WithDeleteUploads(true),
		WithWait(WithMinDelay(time.Millisecond), WithMaxDelay(time.Millisecond), WithTimeout(50*time.Millisecond)))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Err == nil || r.JobID == "" || r.FileDeleted || r.DeleteErr != nil {
			t.Errorf("%+v: want a wait that gave up, and the file kept", r)
		}
	}
	if st := ce.emu.Stats(); st.Files != 2 {
		t.Errorf("%d files left, want the 2 whose jobs still run", st.Files)
	}
}

// Under 429s the requests in flight drop, and grow again; the service
// never serves more of them at once than WithConcurrency.
func TestAdaptiveConcurrencyUnder429(t *testing.T) {
	ce := newCountingEmulator(t, emulator.WithFaults(emulator.Faults{Seed: 7, RateLimit429: 0.2}))
	c := ce.client(t)
	const maxConc = 6
	var mu sync.Mutex
	var seen []int
	results, err := c.ClassifyFiles(context.Background(), textDocs(200), sampleRules(t), WithConcurrency(maxConc), WithWait(fastWait...),
		WithProgressEvents(func(e ProgressEvent) {
			mu.Lock()
			seen = append(seen, e.Concurrency)
			mu.Unlock()
		}))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Err != nil {
			t.Fatalf("document %d: %v", r.Index, r.Err)
		}
	}
	if p := ce.peak.Load(); p > maxConc {
		t.Errorf("the service served %d requests at once, want at most %d", p, maxConc)
	}
	low, recovered := maxConc, false
	for _, n := range seen {
		if n < 1 || n > maxConc {
			t.Fatalf("concurrency %d out of [1, %d]", n, maxConc)
		}
		if n < low {
			low = n
		} else if n > low {
			recovered = true
		}
	}
	if low == maxConc || !recovered {
		t.Errorf("concurrency went down to %d and recovered: %v; want it below %d and up again", low, recovered, maxConc)
	}
	if ce.emu.Stats().Faults.RateLimited429 == 0 {
		t.Fatal("no 429 was injected")
	}
}

// Without adaptation the number of requests stays at WithConcurrency.
func TestAdaptiveConcurrencyOff(t *testing.T) {
	ce := newCountingEmulator(t, emulator.WithFaults(emulator.Faults{Seed: 7, RateLimit429: 0.2}))
	c := ce.client(t)
	_, err := c.ClassifyFiles(context.Background(), textDocs(40), sampleRules(t), WithConcurrency(4), WithAdaptiveConcurrency(false), WithWait(fastWait...),
		WithProgressEvents(func(e ProgressEvent) {
			if e.Concurrency != 4 {
				t.Errorf("concurrency %d", e.Concurrency)
			}
		}))
	if err != nil {
		t.Fatal(err)
	}
}

// The gate's rule, answer by answer.
func TestRequestGateAIMD(t *testing.T) {
	now := time.Unix(0, 0)
	g := newRequestGate(8, true, "", func() time.Time { return now })
	answer := func(status int, took time.Duration, tk ticket) {
		now = now.Add(took)
		g.observe(tk, &http.Response{StatusCode: status, Header: http.Header{}})
	}
	ctx := context.Background()
	take := func() ticket {
		tk, err := g.acquire(ctx, "op")
		if err != nil {
			t.Fatal(err)
		}
		g.release()
		return tk
	}
	// Two 429s of requests sent in the same round halve the limit once.
	a, b := take(), take()
	answer(429, time.Millisecond, a)
	answer(429, time.Millisecond, b)
	if g.current() != 4 {
		t.Fatalf("limit %d after one round of 429s, want 4", g.current())
	}
	for _, want := range []int{2, 1, 1} {
		answer(429, time.Millisecond, take())
		if g.current() != want {
			t.Fatalf("limit %d, want %d", g.current(), want)
		}
	}
	// Fast successes: one round of them (limit answers) adds one.
	for _, want := range []int{2, 2, 3} {
		answer(200, 10*time.Millisecond, take())
		if g.current() != want {
			t.Fatalf("limit %d, want %d", g.current(), want)
		}
	}
	// A slow success does not count.
	answer(200, time.Second, take())
	answer(200, time.Second, take())
	answer(200, time.Second, take())
	if g.current() != 3 {
		t.Fatalf("limit %d after slow answers, want 3", g.current())
	}
	// Never above the maximum.
	for range 200 {
		answer(200, time.Millisecond, take())
	}
	if g.current() != 8 {
		t.Fatalf("limit %d, want the maximum 8", g.current())
	}
	// A 503 with Retry-After halves it too; one without does not.
	tk := take()
	now = now.Add(time.Millisecond)
	g.observe(tk, &http.Response{StatusCode: 503, Header: http.Header{}})
	if g.current() != 8 {
		t.Fatalf("a plain 503 moved the limit to %d", g.current())
	}
	g.observe(take(), &http.Response{StatusCode: 503, Header: http.Header{"Retry-After": {"1"}}})
	if g.current() != 4 {
		t.Fatalf("limit %d after a 503 with Retry-After, want 4", g.current())
	}
}

// A request waits for a slot, and gives up when its context ends.
func TestRequestGateWaitsForASlot(t *testing.T) {
	g := newRequestGate(1, true, "", time.Now)
	if _, err := g.acquire(context.Background(), "op"); err != nil {
		t.Fatal(err)
	}
	got := make(chan error, 1)
	go func() {
		_, err := g.acquire(context.Background(), "op")
		got <- err
	}()
	select {
	case err := <-got:
		t.Fatalf("a second request took the only slot: %v", err)
	case <-time.After(20 * time.Millisecond):
	}
	g.release()
	if err := <-got; err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := g.acquire(ctx, "op"); !errors.Is(err, context.Canceled) {
		t.Fatalf("acquire with an ended context: %v", err)
	}
}

func slicesValues[T any](s []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func errorsIsStatus(err error, code int) bool {
	apiErr, ok := errorsAs[*APIError](err)
	return ok && apiErr.StatusCode == code
}

// A client made without an *http.Client keeps enough idle connections for
// the requests ClassifyFiles sends at once: a batch of 60 documents, eight
// at a time, opens a few connections, not one for most requests as the
// standard two idle connections a host would.
func TestDefaultClientReusesItsConnections(t *testing.T) {
	emu := emulator.New(emulator.WithProcessingDelay(0))
	t.Cleanup(func() { emu.Close() })
	var opened, requests atomic.Int64
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		emu.Handler().ServeHTTP(w, r)
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			opened.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	c, err := New(WithAPIKey(testKey), WithBaseURL(srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	results, err := c.ClassifyFiles(testContext(t), textDocs(60), sampleRules(t), WithConcurrency(8), WithWait(fastWait...))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	// At most 8 requests are in flight, so 8 connections serve them all;
	// a few more are allowed for connections a server closed.
	if n := opened.Load(); n > 16 {
		t.Fatalf("%d connections opened for %d requests, want at most 16", n, requests.Load())
	}
}
