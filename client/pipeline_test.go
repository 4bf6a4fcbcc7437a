package client

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The routes the pipeline uses, as script names them.
const (
	routeUpload = "POST /api/v1/beta/files"
	routeLookup = "GET /api/v1/beta/files"
	routeCreate = "POST /api/v2/classify"
	routePoll   = "GET /api/v2/classify"
)

// A fault script's actions.
const (
	fail503   = "503"       // answered 503, nothing done
	acted503  = "acted+503" // done, then answered 503
	fail429   = "429"
	fail409   = "409"
	actedDrop = "acted+drop" // done, then the connection closed without an answer
	fail401   = "401"
	fail403   = "403"
	fail422   = "422"
)

// script answers the requests of each route with its actions, one a
// request, in order; once a route's actions run out, the fake serves it.
// It returns how many actions are left, for checking that they all ran.
func script(f *fakeService, plan map[string][]string) func() int {
	var mu sync.Mutex
	acts := map[string]func(http.ResponseWriter, *http.Request){
		routeUpload: f.upload, routeLookup: f.listFiles, routeCreate: f.createJob, routePoll: f.listJobs,
	}
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		route := r.Method + " " + r.URL.Path
		if r.Method == "GET" && strings.HasPrefix(r.URL.Path, "/api/v2/classify/") {
			route = routePoll // WaitJob's poll of one job
		}
		mu.Lock()
		next := ""
		if q := plan[route]; len(q) > 0 {
			next, plan[route] = q[0], q[1:]
		}
		mu.Unlock()
		switch next {
		case "":
			return false
		case acted503:
			acts[route](httptest.NewRecorder(), r)
			writeDetail(w, 503, "Service temporarily unavailable")
		case actedDrop:
			acts[route](httptest.NewRecorder(), r)
			dropConnection(w)
		case fail401:
			writeDetail(w, 401, "Invalid API key")
		default:
			var code int
			fmt.Sscan(next, &code)
			writeDetail(w, code, http.StatusText(code))
		}
		return true
	}
	return func() int {
		mu.Lock()
		defer mu.Unlock()
		n := 0
		for _, q := range plan {
			n += len(q)
		}
		return n
	}
}

// repeat is n times action a.
func repeat(a string, n int) []string { return slices.Repeat([]string{a}, n) }

// pipelineClient is a client of f whose pauses are recorded, not slept:
// the budget is charged as if they had been.
func pipelineClient(t *testing.T, f *fakeService, opts ...Option) (*Client, *sleeps) {
	t.Helper()
	c, _ := testClient(t, f, append([]Option{WithRetryPolicy(RetryPolicy{MaxAttempts: 3, MinDelay: 100 * time.Millisecond, MaxDelay: time.Second})}, opts...)...)
	s := &sleeps{}
	c.sleep = s.sleep
	return c, s
}

// docsOf returns n distinct documents.
func docsOf(n int) []Document {
	docs := make([]Document, n)
	for i := range docs {
		docs[i] = FromBytes(fmt.Sprintf("invoice-%d.txt", i), []byte(fmt.Sprintf("Invoice number %d", i)))
	}
	return docs
}

// wantClassified fails t unless every result is an invoice, with one file
// and one job a document on the fake.
func wantClassified(t *testing.T, f *fakeService, results []FileResult, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("ClassifyFiles: %v", err)
	}
	for i, r := range results {
		if r.Err != nil || r.Type() != "invoice" {
			t.Errorf("document %d: type %q, err %v", i, r.Type(), r.Err)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.files) != len(results) || len(f.jobs) != len(results) {
		t.Errorf("%d files and %d jobs on the service for %d documents", len(f.files), len(f.jobs), len(results))
	}
}

// Each transient failure at each step: the document is classified, with
// one file and one job, even when a step uses up all the attempts of a call.
func TestPipelineResumesEachStep(t *testing.T) {
	for _, tc := range []struct {
		name string
		plan map[string][]string
		// uploads is how many uploads must have been sent.
		uploads int
	}{
		{"upload acted then 503: the lookup finds it", map[string][]string{routeUpload: {acted503}}, 1},
		{"upload acted then the connection dropped", map[string][]string{routeUpload: {actedDrop}}, 1},
		{"upload gave up after 429, 503, lookup (not found), 429", map[string][]string{routeUpload: {fail429, fail503, fail429}}, 4},
		{"upload acted, and every lookup of the call failed", map[string][]string{
			// The first lookup is the pipeline's own; then the upload acts,
			// its call's lookups fail, and the pipeline's next lookup finds it.
			routeUpload: {acted503}, routeLookup: {"", fail503, fail503, fail503}}, 1},
		{"create acted then 503", map[string][]string{routeCreate: {acted503}}, 1},
		{"create gave up after three 503s that acted", map[string][]string{routeCreate: repeat(acted503, 3)}, 1},
		{"create answered 409 while in progress", map[string][]string{routeCreate: {fail409, fail409, fail409, fail409}}, 1},
		{"create dropped after acting, three times", map[string][]string{routeCreate: repeat(actedDrop, 3)}, 1},
		{"polls failed seven times in a row", map[string][]string{routePoll: repeat(fail503, 7)}, 1},
		{"polls rate limited and dropped", map[string][]string{routePoll: {fail429, actedDrop, fail429, fail503, actedDrop, fail503}}, 1},
	} {
		for _, variant := range []string{"ClassifyFiles", "ClassifyFile"} {
			t.Run(variant+"/"+tc.name, func(t *testing.T) {
				f := newFake(t)
				left := script(f, copyPlan(tc.plan))
				c, _ := pipelineClient(t, f)
				var results []FileResult
				var err error
				if variant == "ClassifyFiles" {
					results, err = c.ClassifyFiles(context.Background(), docsOf(1), testRules, WithWait(fastWait...))
				} else {
					var r *FileResult
					r, err = c.ClassifyFile(context.Background(), docsOf(1)[0], testRules, WithWait(fastWait...))
					results = []FileResult{*r}
				}
				if left() != 0 {
					t.Fatalf("%d scripted faults were never met: the test proves nothing", left())
				}
				wantClassified(t, f, results, err)
				if n := f.count(routeUpload); n != tc.uploads {
					t.Errorf("%d uploads sent, want %d", n, tc.uploads)
				}
				f.mu.Lock()
				defer f.mu.Unlock()
				if seen := slices.Compact(slices.Clone(f.txnSeen)); len(seen) != 1 || !strings.HasPrefix(seen[0], "llamaclassify-") {
					t.Errorf("transaction ids sent %q, want one derived id, however often", f.txnSeen)
				}
			})
		}
	}
}

func copyPlan(p map[string][]string) map[string][]string {
	out := map[string][]string{}
	for k, v := range p {
		out[k] = slices.Clone(v)
	}
	return out
}

// An upload resent after an ambiguous failure is looked up first.
func TestPipelineLooksUpBeforeEachUpload(t *testing.T) {
	f := newFake(t)
	script(f, map[string][]string{routeUpload: {fail503, fail503, fail503, fail503}})
	c, _ := pipelineClient(t, f)
	results, err := c.ClassifyFiles(context.Background(), docsOf(1), testRules, WithWait(fastWait...))
	wantClassified(t, f, results, err)
	var seq []string
	f.mu.Lock()
	for _, r := range f.requests {
		if strings.HasPrefix(r, routeUpload) || strings.HasPrefix(r, routeLookup) {
			seq = append(seq, strings.Fields(r)[0])
		}
	}
	f.mu.Unlock()
	// lookup, then each upload preceded by a lookup.
	want := []string{"GET", "POST", "GET", "POST", "GET", "POST", "GET", "GET", "POST", "GET", "POST"}
	if !slices.Equal(seq, want) {
		t.Errorf("lookups and uploads %v, want %v", seq, want)
	}
}

// A wrong key: the batch's first request goes alone, its 401 stops the
// batch, and nothing more is sent.
func TestPipelineRefusedKeyStopsTheBatchAtOnce(t *testing.T) {
	for _, status := range []string{fail401, fail403} {
		t.Run(status, func(t *testing.T) {
			f := newFake(t)
			f.before = func(w http.ResponseWriter, r *http.Request) bool {
				code := 401
				if status == fail403 {
					code = 403
				}
				writeDetail(w, code, "refused")
				return true
			}
			c, _ := pipelineClient(t, f)
			var events []ProgressEvent
			results, err := c.ClassifyFiles(context.Background(), docsOf(11), testRules, WithConcurrency(8),
				WithProgressEvents(func(e ProgressEvent) { events = append(events, e) }))
			sentinel := ErrUnauthorized
			if status == fail403 {
				sentinel = ErrForbidden
			}
			if !errors.Is(err, sentinel) {
				t.Fatalf("err = %v, want %v", err, sentinel)
			}
			if n := f.total(); n != 1 {
				t.Errorf("%d requests sent, want 1: %v", n, f.requests)
			}
			for i, r := range results {
				if !errors.Is(r.Err, sentinel) {
					t.Errorf("document %d: err = %v", i, r.Err)
				}
			}
			// Whichever document went first had its lookup refused, which
			// stored nothing; the others sent nothing. No error may say a
			// file may be stored.
			for i, r := range results {
				if msg := r.Err.Error(); !strings.Contains(msg, "nothing was sent for it") && !strings.HasSuffix(msg, "; not uploaded") {
					t.Errorf("document %d says %q", i, msg)
				}
			}
			if len(events) != 11 || events[10].Failed != 11 {
				t.Errorf("events %+v, want each document failed once", events)
			}
		})
	}
}

// No service at the address (a wrong port, a server not started): the
// batch's first request, retried under the client's policy, cannot
// connect, and the batch ends at once, saying so, rather than after
// every document's retry budget; no document claims a file may be stored.
func TestPipelineStopsWhenTheServiceCannotBeReached(t *testing.T) {
	c, err := New(WithAPIKey(testKey), WithBaseURL("http://"+closedAddr(t)),
		WithRetryPolicy(RetryPolicy{MaxAttempts: 3, MinDelay: 100 * time.Millisecond, MaxDelay: time.Second}))
	if err != nil {
		t.Fatal(err)
	}
	s := &sleeps{}
	c.sleep = s.sleep
	results, err := c.ClassifyFiles(context.Background(), docsOf(5), testRules, WithConcurrency(4))
	if err == nil || !strings.Contains(err.Error(), "cannot reach the service at http://127.0.0.1:") || !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("err = %v, want one saying the service cannot be reached, wrapping the refused connection", err)
	}
	s.mu.Lock()
	pauses := slices.Clone(s.d)
	s.mu.Unlock()
	if len(pauses) != 2 {
		t.Errorf("pauses %v, want the two between the first request's three attempts", pauses)
	}
	for i, r := range results {
		if r.Err == nil {
			t.Fatalf("document %d: no error", i)
		}
		if msg := r.Err.Error(); !strings.Contains(msg, "nothing was sent for it") && !strings.HasSuffix(msg, "; not uploaded") {
			t.Errorf("document %d says %q", i, msg)
		}
		// The cause, not the first request's URL, which names one
		// document's external_file_id: each document's error is its own.
		if msg := r.Err.Error(); strings.Contains(msg, "external_file_id=") || !strings.Contains(msg, "cannot reach the service at http://127.0.0.1:") || !strings.Contains(msg, "connection refused") {
			t.Errorf("document %d says %q, want the cause alone", i, msg)
		}
	}
}

// A key refused later (at the third create, at the first poll): no
// request after the refusal, one at a time.
func TestPipelineRefusedLaterSendsNothingMore(t *testing.T) {
	for _, route := range []string{routeCreate, routePoll} {
		t.Run(route, func(t *testing.T) {
			f := newFake(t)
			var mu sync.Mutex
			refusedAt := -1
			f.before = func(w http.ResponseWriter, r *http.Request) bool {
				mu.Lock()
				defer mu.Unlock()
				if r.Method+" "+r.URL.Path == route && refusedAt < 0 && (route == routePoll || f.count(routeCreate) == 3) {
					refusedAt = f.total()
				}
				if refusedAt >= 0 {
					writeDetail(w, 401, "key revoked")
					return true
				}
				return false
			}
			c, _ := pipelineClient(t, f)
			results, err := c.ClassifyFiles(context.Background(), docsOf(5), testRules, WithConcurrency(1), WithWait(fastWait...))
			if !errors.Is(err, ErrUnauthorized) {
				t.Fatalf("err = %v", err)
			}
			if refusedAt < 0 || f.total() != refusedAt {
				t.Errorf("refused at request %d, %d sent in all: %v", refusedAt, f.total(), f.requests)
			}
			// Jobs are waited for while the next documents are submitted:
			// a document whose job ended before the refusal keeps its
			// result; the others, from the one refused on, fail with it.
			for i, r := range results {
				classified := r.Err == nil && r.Type() == "invoice"
				mustFail := route == routePoll || i >= 2
				if (mustFail || !classified) && !errors.Is(r.Err, ErrUnauthorized) {
					t.Errorf("document %d: %v", i, r.Err)
				}
			}
			if route == routePoll && !strings.Contains(results[0].Err.Error(), "job cls-1") {
				t.Errorf("a document whose job exists says %q", results[0].Err)
			}
		})
	}
}

// A 422 fails only its document.
func TestPipelinePermanentFailureIsPerDocument(t *testing.T) {
	f := newFake(t)
	left := script(f, map[string][]string{routeCreate: {"", fail422}})
	c, _ := pipelineClient(t, f)
	results, err := c.ClassifyFiles(context.Background(), docsOf(3), testRules, WithConcurrency(1), WithWait(fastWait...))
	if err != nil || left() != 0 {
		t.Fatalf("err = %v, %d faults left", err, left())
	}
	var de *DocumentError
	if !errors.As(results[1].Err, &de) || de.Step != StepCreate || de.GaveUp || de.FileID == "" || de.JobID != "" {
		t.Fatalf("document 1: %#v", results[1].Err)
	}
	if msg := results[1].Err.Error(); !strings.Contains(msg, "422") || !strings.HasSuffix(msg, "uploaded as "+de.FileID+", no job created") {
		t.Errorf("message %q", msg)
	}
	if n := f.count(routeCreate); n != 3 {
		t.Errorf("%d creates, want 3: a 422 is not retried", n)
	}
	for _, i := range []int{0, 2} {
		if results[i].Err != nil || results[i].Type() != "invoice" {
			t.Errorf("document %d: %+v", i, results[i])
		}
	}
}

// A server at its storage limit (507) will not take the upload however
// often it is sent: the document fails at once; the others go on.
func TestPipelineInsufficientStorageIsFinal(t *testing.T) {
	f := newFake(t)
	left := script(f, map[string][]string{routeUpload: {"", "507"}})
	c, _ := pipelineClient(t, f)
	results, err := c.ClassifyFiles(context.Background(), docsOf(3), testRules, WithConcurrency(1), WithWait(fastWait...))
	if err != nil || left() != 0 {
		t.Fatalf("err = %v, %d faults left", err, left())
	}
	var de *DocumentError
	if !errors.As(results[1].Err, &de) || de.Step != StepUpload || de.GaveUp || !strings.Contains(de.Error(), "507") {
		t.Fatalf("document 1: %v", results[1].Err)
	}
	if n := f.count(routeUpload); n != 3 {
		t.Errorf("%d uploads, want 3: a 507 is not sent again", n)
	}
	if results[0].Err != nil || results[2].Err != nil {
		t.Errorf("the other documents: %v, %v", results[0].Err, results[2].Err)
	}
}

// When the retry budget is spent the document fails, saying what it left
// on the service; the attempts are bounded.
func TestPipelineBudgetExhaustion(t *testing.T) {
	for _, tc := range []struct {
		name  string
		route string
		step  string
		known string
	}{
		{"upload", routeUpload, StepUpload, "its file may be stored under external_file_id llamaclassify-"},
		{"create", routeCreate, StepCreate, "a job with transaction_id llamaclassify-"},
		{"wait", routePoll, StepWait, "job cls-1 (last status RUNNING)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			// Polls fail from the second on, so that the job is seen RUNNING.
			skip := 0
			if tc.route == routePoll {
				skip = 1
			}
			script(f, map[string][]string{tc.route: append(repeat("", skip), repeat(fail503, 1000)...)})
			c, slept := pipelineClient(t, f)
			const budget = 10 * time.Second
			results, err := c.ClassifyFiles(context.Background(), docsOf(1), testRules, WithRetryBudget(budget), WithWait(fastWait...))
			if err != nil {
				t.Fatal(err)
			}
			var de *DocumentError
			if !errors.As(results[0].Err, &de) || !de.GaveUp || de.Step != tc.step || !errors.Is(de, ErrServerError) {
				t.Fatalf("err = %#v", results[0].Err)
			}
			msg := de.Error()
			if !strings.Contains(msg, "gave up after 10s of retries") || !strings.Contains(msg, tc.known) {
				t.Errorf("message %q, want it to say %q", msg, tc.known)
			}
			if tc.step == StepCreate && !strings.Contains(msg, "uploaded as "+results[0].FileID) {
				t.Errorf("message %q does not name the file", msg)
			}
			var total time.Duration
			for _, d := range slept.d {
				total += d
			}
			// Each pause between polls (at least 1 ms) is not a backoff.
			if n := f.count(tc.route); n > 200 || total > budget+time.Duration(n)*2*time.Millisecond {
				t.Errorf("%d requests, %v of pauses for a budget of %v", n, total, budget)
			}
		})
	}
}

// WithRetryBudget(0): no pauses at all, so the first transient failure
// fails the document, the call's own retries included.
func TestPipelineZeroBudget(t *testing.T) {
	f := newFake(t)
	script(f, map[string][]string{routeCreate: {acted503}})
	c, _ := pipelineClient(t, f)
	results, _ := c.ClassifyFiles(context.Background(), docsOf(1), testRules, WithRetryBudget(0))
	var de *DocumentError
	if !errors.As(results[0].Err, &de) || !de.GaveUp || f.count(routeCreate) != 1 {
		t.Fatalf("err = %v after %d creates", results[0].Err, f.count(routeCreate))
	}
	if !strings.Contains(de.Error(), "may exist") {
		t.Errorf("%q", de)
	}
}

// An empty document fails alone, and nothing is sent for it.
func TestPipelineRefusesAnEmptyDocument(t *testing.T) {
	f := newFake(t)
	c, _ := pipelineClient(t, f)
	results, err := c.ClassifyFiles(context.Background(), []Document{FromBytes("empty.txt", nil)}, testRules)
	if err != nil || !errors.Is(results[0].Err, ErrEmptyDocument) || f.total() != 0 {
		t.Fatalf("err %v, result %v, %d requests", err, results[0].Err, f.total())
	}
	if msg := results[0].Err.Error(); !strings.Contains(msg, "empty.txt") || !strings.Contains(msg, "nothing was sent") {
		t.Errorf("message %q", msg)
	}
	docs := append(docsOf(1), FromBytes("empty.txt", nil), Document{Name: "also-empty.txt", ExternalFileID: "mine", Open: FromBytes("", nil).Open})
	results, err = c.ClassifyFiles(context.Background(), docs, testRules, WithWait(fastWait...))
	if err != nil || results[0].Err != nil || !errors.Is(results[1].Err, ErrEmptyDocument) || !errors.Is(results[2].Err, ErrEmptyDocument) {
		t.Fatalf("%v: %+v", err, results)
	}
	if n := f.count(routeUpload); n != 1 {
		t.Errorf("%d uploads, want only the non-empty document's", n)
	}
}

// Running the same classification again re-uses its files and jobs; a job
// an interrupted run cancelled is made anew.
func TestPipelineRerunIsIdempotent(t *testing.T) {
	f := newFake(t)
	c, _ := pipelineClient(t, f)
	docs := docsOf(4)
	first, err := c.ClassifyFiles(context.Background(), docs, testRules, WithWait(fastWait...))
	wantClassified(t, f, first, err)
	uploads := f.count(routeUpload)
	again, err := c.ClassifyFiles(context.Background(), docs, testRules, WithWait(fastWait...))
	wantClassified(t, f, again, err)
	if n := f.count(routeUpload); n != uploads {
		t.Errorf("the second run uploaded %d files again", n-uploads)
	}
	for i := range docs {
		if again[i].FileID != first[i].FileID || again[i].JobID != first[i].JobID {
			t.Errorf("document %d: second run %s/%s, first %s/%s", i, again[i].FileID, again[i].JobID, first[i].FileID, first[i].JobID)
		}
	}

	// Other pages or rules are another job for the same file.
	other, err := c.ClassifyFiles(context.Background(), docs[:1], testRules, WithTargetPages("1"), WithWait(fastWait...))
	if err != nil || other[0].Err != nil || other[0].FileID != first[0].FileID || other[0].JobID == first[0].JobID {
		t.Errorf("other pages: %+v, %v", other[0], err)
	}

	// A job left CANCELLED by an interrupted run.
	f.mu.Lock()
	f.jobs[first[1].JobID].Status = gen.ClassifyV2JobStatusCANCELLED
	jobs := len(f.jobs)
	f.mu.Unlock()
	third, err := c.ClassifyFiles(context.Background(), docs[1:2], testRules, WithWait(fastWait...))
	if err != nil || third[0].Err != nil || third[0].JobID == first[1].JobID || third[0].Type() != "invoice" {
		t.Fatalf("after a cancelled job: %+v, %v", third[0], err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.jobs) != jobs+1 || !strings.HasSuffix(*f.jobs[third[0].JobID].TransactionId, "-2") {
		t.Errorf("%d jobs (was %d), new one's transaction %q", len(f.jobs), jobs, *f.jobs[third[0].JobID].TransactionId)
	}
}

// A job that FAILED in an earlier run is the document's answer, unless
// WithRetryFailed asks for a new one; a job that completed stays the
// answer either way, and nothing is uploaded again.
func TestPipelineRetryFailed(t *testing.T) {
	f := newFake(t)
	c, _ := pipelineClient(t, f)
	docs := docsOf(2)
	first, err := c.ClassifyFiles(context.Background(), docs, testRules, WithWait(fastWait...))
	wantClassified(t, f, first, err)
	uploads := f.count(routeUpload)
	f.mu.Lock()
	f.jobs[first[0].JobID].Status = gen.ClassifyV2JobStatusFAILED
	jobs := len(f.jobs)
	f.mu.Unlock()

	again, err := c.ClassifyFiles(context.Background(), docs, testRules, WithWait(fastWait...))
	if err != nil || again[0].JobID != first[0].JobID || again[0].Status != gen.ClassifyV2JobStatusFAILED || again[1].JobID != first[1].JobID {
		t.Fatalf("without WithRetryFailed: %+v, %v", again, err)
	}

	retried, err := c.ClassifyFiles(context.Background(), docs, testRules, WithRetryFailed(true), WithWait(fastWait...))
	if err != nil || retried[0].Err != nil || retried[0].JobID == first[0].JobID || retried[0].Type() != "invoice" {
		t.Fatalf("with WithRetryFailed: %+v, %v", retried[0], err)
	}
	if retried[1].JobID != first[1].JobID || retried[1].Type() != "invoice" {
		t.Errorf("a completed job was made again: %+v", retried[1])
	}
	if n := f.count(routeUpload); n != uploads {
		t.Errorf("%d files uploaded again", n-uploads)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.jobs) != jobs+1 || !strings.HasSuffix(*f.jobs[retried[0].JobID].TransactionId, "-2") {
		t.Errorf("%d jobs (was %d), new one's transaction %q", len(f.jobs), jobs, *f.jobs[retried[0].JobID].TransactionId)
	}
}

func TestDerivedIDs(t *testing.T) {
	id := func(name, content string) string {
		s, err := DeriveExternalFileID(name, strings.NewReader(content))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a := id("a.txt", "hello")
	if a != id("a.txt", "hello") || !strings.HasPrefix(a, "llamaclassify-") || len(a) != len("llamaclassify-")+32 {
		t.Fatalf("id %q is not stable or not of the documented shape", a)
	}
	if a == id("b.txt", "hello") || a == id("a.txt", "hello!") || id("ab", "c") == id("a", "bc") {
		t.Error("different names or contents give the same id")
	}
	// The content is read to its end, as the upload will send it.
	big := bytes.Repeat([]byte("x"), 1<<20)
	b1, _ := DeriveExternalFileID("big", bytes.NewReader(big))
	big[len(big)-1] = 'y'
	if b2, _ := DeriveExternalFileID("big", bytes.NewReader(big)); b1 == b2 {
		t.Error("the last byte does not count")
	}

	base := gen.ClassifyV2Configuration{Rules: testRules}
	txn := DeriveTransactionID(a, base)
	if txn != DeriveTransactionID(a, base) || !strings.HasPrefix(txn, "llamaclassify-") {
		t.Fatalf("transaction id %q is not stable", txn)
	}
	mode := gen.ClassifyV2Mode("FAST")
	pages, lang := "1-2", "de"
	for name, cfg := range map[string]gen.ClassifyV2Configuration{
		"rules reordered": {Rules: []gen.ClassifierRule{testRules[1], testRules[0]}},
		"mode":            {Rules: testRules, Mode: &mode},
		"pages":           {Rules: testRules, ParsingConfiguration: &gen.ClassifyV2ParsingConfiguration{TargetPages: &pages}},
		"language":        {Rules: testRules, ParsingConfiguration: &gen.ClassifyV2ParsingConfiguration{Lang: &lang}},
	} {
		if DeriveTransactionID(a, cfg) == txn {
			t.Errorf("%s: same transaction id", name)
		}
	}
	if DeriveTransactionID(id("b.txt", "hello"), base) == txn {
		t.Error("another file: same transaction id")
	}
}

// Events follow each document from uploaded to done, with counts, and
// WithProgress keeps counting the documents done.
func TestPipelineProgressEvents(t *testing.T) {
	f := newFake(t)
	c, _ := pipelineClient(t, f)
	docs := append(docsOf(2), FromBytes("fail.txt", []byte("?")), FromBytes("empty", nil))
	var events []ProgressEvent
	var done []int
	_, err := c.ClassifyFiles(context.Background(), docs, testRules, WithConcurrency(1), WithWait(fastWait...),
		WithProgressEvents(func(e ProgressEvent) { events = append(events, e) }),
		WithProgress(func(d, _ int) { done = append(done, d) }))
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[int][]DocumentState{}
	for i, e := range events {
		byDoc[e.Index] = append(byDoc[e.Index], e.State)
		if e.Total != 4 || (i > 0 && e.Done() < events[i-1].Done()) || e.Submitted > e.Uploaded {
			t.Errorf("event %d: %+v", i, e)
		}
	}
	full := []DocumentState{DocumentUploaded, DocumentSubmitted, DocumentCompleted}
	for i, want := range [][]DocumentState{full, full, {DocumentUploaded, DocumentSubmitted, DocumentFailed}, {DocumentFailed}} {
		if !slices.Equal(byDoc[i], want) {
			t.Errorf("document %d moved %v, want %v", i, byDoc[i], want)
		}
	}
	last := events[len(events)-1]
	if last.Uploaded != 3 || last.Submitted != 3 || last.Completed != 2 || last.Failed != 2 {
		t.Errorf("last event %+v", last)
	}
	if !slices.Equal(done, []int{1, 2, 3, 4}) {
		t.Errorf("WithProgress saw %v", done)
	}
}

// The same document twice in a batch is sent once; both get its outcome.
func TestPipelineSendsADuplicateDocumentOnce(t *testing.T) {
	f := newFake(t)
	c, _ := pipelineClient(t, f)
	docs := append(docsOf(2), docsOf(2)...)
	docs = append(docs, FromBytes("fail.txt", []byte("?")), FromBytes("fail.txt", []byte("?")))
	var done []int
	results, err := c.ClassifyFiles(context.Background(), docs, testRules, WithWait(fastWait...), WithProgress(func(d, _ int) { done = append(done, d) }))
	if err != nil {
		t.Fatal(err)
	}
	if n := f.count(routeUpload); n != 3 || len(f.jobs) != 3 {
		t.Errorf("%d uploads and %d jobs for 3 distinct documents", n, len(f.jobs))
	}
	for i := range 2 {
		a, b := results[i], results[i+2]
		if a.Err != nil || a.Type() != "invoice" || a.FileID != b.FileID || a.JobID != b.JobID || b.Type() != "invoice" {
			t.Errorf("document %d and its copy: %+v, %+v", i, a, b)
		}
	}
	var failed *JobFailedError
	if !errors.As(results[4].Err, &failed) || !errors.As(results[5].Err, &failed) {
		t.Errorf("a failed document and its copy: %v, %v", results[4].Err, results[5].Err)
	}
	if !slices.Equal(done, []int{1, 2, 3, 4, 5, 6}) {
		t.Errorf("progress %v", done)
	}
}

// BenchmarkDeriveExternalFileID measures the extra read a derived id
// costs: SHA-256 over the document, 64 KiB at a time.
func BenchmarkDeriveExternalFileID(b *testing.B) {
	content := bytes.Repeat([]byte("0123456789abcdef"), 8<<20/16) // 8 MiB
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		if _, err := identity(context.Background(), "doc.pdf", FromBytes("doc.pdf", content).Open, ""); err != nil {
			b.Fatal(err)
		}
	}
}
