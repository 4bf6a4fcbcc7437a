package client

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestWaitJobReportsEveryStatusAndReturnsTheResult(t *testing.T) {
	f := newFake(t)
	f.runningPolls = 3
	c, _ := testClient(t, f)
	job := createTestJob(t, c)
	var seen []string
	got, err := c.WaitJob(testContext(t), job.Id, append(fastWait, OnStatus(func(id, status string) {
		if id != job.Id {
			t.Errorf("OnStatus for %q", id)
		}
		seen = append(seen, status)
	}))...)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != gen.ClassifyV2JobStatusCOMPLETED || got.Result == nil || *got.Result.Type != "invoice" {
		t.Errorf("job = %+v", got)
	}
	if want := []string{"RUNNING", "COMPLETED"}; !slices.Equal(seen, want) {
		t.Errorf("OnStatus saw %v, want %v (each change once)", seen, want)
	}
	if n := f.count("GET /api/v2/classify/" + job.Id); n != 3 {
		t.Errorf("%d polls, want 3", n)
	}
}

// fixedJob answers every GET of a v2 job with status.
func fixedJob(f *fakeService, status gen.ClassifyV2JobStatus, msg string) {
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method != "GET" || !strings.HasPrefix(r.URL.Path, "/api/v2/classify/") {
			return false
		}
		job := gen.ClassifyV2JobResponse{Id: strings.TrimPrefix(r.URL.Path, "/api/v2/classify/"), Status: status}
		if msg != "" {
			job.ErrorMessage = &msg
		}
		writeJSON(w, 200, job)
		return true
	}
}

func TestWaitJobOnAFailedJobReturnsTheTypedError(t *testing.T) {
	f := newFake(t)
	fixedJob(f, gen.ClassifyV2JobStatusFAILED, "the document is encrypted")
	c, _ := testClient(t, f)
	job, err := c.WaitJob(testContext(t), "cls-7", fastWait...)
	var failed *JobFailedError
	if !errors.As(err, &failed) {
		t.Fatalf("err = %v, want *JobFailedError", err)
	}
	if failed.Job.Id != "cls-7" || job != failed.Job {
		t.Errorf("the error holds %+v; returned %+v", failed.Job, job)
	}
	if !strings.Contains(err.Error(), "the document is encrypted") {
		t.Errorf("Error() = %q lacks the service's reason", err)
	}
}

func TestWaitJobOnACancelledJob(t *testing.T) {
	f := newFake(t)
	fixedJob(f, gen.ClassifyV2JobStatusCANCELLED, "")
	c, _ := testClient(t, f)
	job, err := c.WaitJob(testContext(t), "cls-7", fastWait...)
	if !errors.Is(err, ErrJobCancelled) || job == nil || job.Status != gen.ClassifyV2JobStatusCANCELLED {
		t.Fatalf("WaitJob = %+v, %v; want the job and ErrJobCancelled", job, err)
	}
}

func TestWaitJobStopsPromptlyOnCancel(t *testing.T) {
	f := newFake(t)
	fixedJob(f, gen.ClassifyV2JobStatusRUNNING, "")
	c, _ := testClient(t, f)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Cancel once the waiter has begun its hour between polls: only the
	// cancellation can end the wait.
	var pauses []time.Duration
	c.sleep = func(ctx context.Context, d time.Duration) error {
		pauses = append(pauses, d)
		// A millisecond on, so that the sleep is usually under way.
		time.AfterFunc(time.Millisecond, cancel)
		return sleepContext(ctx, d)
	}
	var err error
	finishes(t, "WaitJob", func() { _, err = c.WaitJob(ctx, "cls-1", WithMinDelay(time.Hour)) })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if !strings.Contains(err.Error(), "last status RUNNING") {
		t.Errorf("err = %q, want the last status", err)
	}
	if len(pauses) != 1 || pauses[0] < time.Hour || f.total() != 1 {
		t.Errorf("pauses %v after %d polls; want one of an hour or more after the first poll", pauses, f.total())
	}
}

func TestWaitJobTimeout(t *testing.T) {
	f := newFake(t)
	fixedJob(f, gen.ClassifyV2JobStatusPENDING, "")
	c, _ := testClient(t, f)
	var s sleeps
	c.sleep = func(ctx context.Context, d time.Duration) error {
		s.sleep(ctx, d)
		if len(s.d) == 3 {
			return context.DeadlineExceeded
		}
		return nil
	}
	_, err := c.WaitJob(testContext(t), "cls-1", WithMinDelay(time.Second), WithMaxDelay(3*time.Second))
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "last status PENDING") {
		t.Fatalf("err = %v", err)
	}
	for i, d := range s.d {
		if d < time.Second || d > backoffCap(time.Second, 3*time.Second, i+1) {
			t.Errorf("delay %d = %v, outside [1s, cap]", i+1, d)
		}
	}

	// WithTimeout bounds a wait whose context has none. (Should it not,
	// the test's context ends the wait with context.Canceled.)
	c2, _ := testClient(t, f)
	_, err = c2.WaitJob(testContext(t), "cls-1", WithTimeout(30*time.Millisecond), WithMinDelay(5*time.Millisecond))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WithTimeout: err = %v, want context.DeadlineExceeded", err)
	}
}

func TestWaitJobSurfacesPollErrors(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	_, err := c.WaitJob(testContext(t), "cls-unknown", fastWait...)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
}

// v1Status answers every GET of a v1 job with status.
func v1Status(f *fakeService, status gen.StatusEnum) {
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		id := strings.TrimPrefix(r.URL.Path, "/api/v1/classifier/jobs/")
		var job gen.ClassifyJob
		job.Id, _ = ClassifierFileID(id)
		job.Status, job.ErrorMessage = status, ptr("ran out of pages")
		writeJSON(w, 200, job)
		return true
	}
}

func TestWaitClassifierJobOutcomes(t *testing.T) {
	const id = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
	ctx := testContext(t)

	f := newFake(t)
	c, _ := testClient(t, f)
	job, err := c.CreateClassifierJob(ctx, v1Create)
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	got, err := c.WaitClassifierJob(ctx, job.Id.String(), append(fastWait, OnStatus(func(_, s string) { seen = append(seen, s) }))...)
	if err != nil || got.Status != gen.StatusEnumSUCCESS || !slices.Equal(seen, []string{"PENDING", "SUCCESS"}) {
		t.Fatalf("success: %+v, %v, statuses %v", got, err, seen)
	}

	v1Status(f, gen.StatusEnumERROR)
	got, err = c.WaitClassifierJob(ctx, id, fastWait...)
	var failed *ClassifierJobFailedError
	if !errors.As(err, &failed) || failed.Job != got || !strings.Contains(err.Error(), "ran out of pages") {
		t.Errorf("error: %v", err)
	}

	v1Status(f, gen.StatusEnumPARTIALSUCCESS)
	got, err = c.WaitClassifierJob(ctx, id, fastWait...)
	if !errors.Is(err, ErrPartialSuccess) || got == nil || got.Status != gen.StatusEnumPARTIALSUCCESS {
		t.Errorf("partial success: %+v, %v", got, err)
	}

	v1Status(f, gen.StatusEnumCANCELLED)
	got, err = c.WaitClassifierJob(ctx, id, fastWait...)
	if !errors.Is(err, ErrJobCancelled) || got == nil {
		t.Errorf("cancelled: %+v, %v", got, err)
	}

	v1Status(f, gen.StatusEnumPENDING)
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err = c.WaitClassifierJob(cctx, id, fastWait...); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	f.before = func(w http.ResponseWriter, r *http.Request) bool { writeDetail(w, 404, "gone"); return true }
	if _, err = c.WaitClassifierJob(ctx, id, fastWait...); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing: %v", err)
	}
	v1Status(f, gen.StatusEnumPENDING)
	var s sleeps
	c.sleep = func(ctx context.Context, d time.Duration) error { s.sleep(ctx, d); return context.DeadlineExceeded }
	if _, err = c.WaitClassifierJob(ctx, id); !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "PENDING") {
		t.Errorf("timeout: %v", err)
	}
}

func TestWaitJobsPollsInChunksOfOneHundred(t *testing.T) {
	f := newFake(t)
	f.runningPolls = 2
	c, _ := testClient(t, f)
	var ids []string
	for range 250 {
		ids = append(ids, createTestJob(t, c).Id)
	}
	ids = append(ids, ids[0]) // a repeat is waited for once
	before := f.total()
	got := map[string]int{}
	for job, err := range c.WaitJobs(testContext(t), ids, fastWait...) {
		if err != nil {
			t.Fatalf("%v", err)
		}
		got[job.Id]++
	}
	if len(got) != 250 {
		t.Fatalf("%d jobs yielded, want 250", len(got))
	}
	for id, n := range got {
		if n != 1 {
			t.Errorf("%s yielded %d times", id, n)
		}
	}
	// Round 1: all RUNNING; round 2: all COMPLETED. ceil(250/100) = 3 each.
	if n := f.total() - before; n != 6 {
		t.Errorf("%d requests, want 6 (2 rounds of 3)", n)
	}
	if strings.Count(f.requests[before], "job_ids=") != 100 {
		t.Errorf("first list request has %d ids, want 100", strings.Count(f.requests[before], "job_ids="))
	}
}

func TestWaitJobsStopsPollingFinishedJobsAndFetchesMissingOnes(t *testing.T) {
	f := newFake(t)
	f.runningPolls = 2
	c, _ := testClient(t, f)
	a := createTestJob(t, c).Id
	f.mu.Lock()
	f.files = append(f.files, &gen.FileV2{Id: "dfl-slow", Name: "slow.pdf"})
	f.mu.Unlock()
	slow, err := c.CreateJob(testContext(t), gen.ClassifyV2JobCreateRequest{FileInput: ptr("dfl-slow"), Configuration: &gen.ClassifyV2Configuration{Rules: testRules}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(testContext(t))
	defer cancel()
	var done atomic.Bool
	var mu sync.Mutex
	var late []string
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		mu.Lock()
		defer mu.Unlock()
		if done.Load() {
			late = append(late, r.URL.String())
			if len(late) == 3 {
				cancel()
			}
		}
		if r.Method == "GET" && r.URL.Path == "/api/v2/classify" {
			// The list forgets job a: it must be fetched on its own.
			q := r.URL.Query()
			q["job_ids"] = slices.DeleteFunc(q["job_ids"], func(id string) bool { return id == a })
			r.URL.RawQuery = q.Encode()
		}
		return false
	}
	var yielded []string
	slowReports := 0
	onStatus := OnStatus(func(id, s string) {
		if id == slow.Id {
			slowReports++
		}
	})
	for job, err := range c.WaitJobs(ctx, []string{a, slow.Id, "cls-nowhere"}, append(fastWait, onStatus)...) {
		switch {
		case job == nil:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("polling error %v", err)
			}
		case job.Id == "cls-nowhere":
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("unknown job: err = %v", err)
			}
			yielded = append(yielded, job.Id)
		default:
			if err != nil {
				t.Errorf("%s: %v", job.Id, err)
			}
			yielded = append(yielded, job.Id)
		}
		if len(yielded) == 2 {
			done.Store(true)
		}
	}
	if !slices.Equal(yielded, []string{"cls-nowhere", a}) {
		t.Errorf("yielded %v, want the unknown job, then a", yielded)
	}
	if slowReports != 1 {
		t.Errorf("the slow job's unchanged status was reported %d times", slowReports)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(late) != 3 {
		t.Fatalf("%d requests after the others ended, want 3 before the cancel", len(late))
	}
	for _, r := range late {
		if !strings.Contains(r, "job_ids="+slow.Id) || strings.Contains(r, "cls-nowhere") || strings.Contains(r, "="+a+"&") || strings.HasSuffix(r, "="+a) {
			t.Errorf("after the others ended: %s, want only the slow job polled", r)
		}
	}
}

func TestWaitJobsBreakStopsPolling(t *testing.T) {
	f := newFake(t)
	f.runningPolls = 1
	c, _ := testClient(t, f)
	ids := []string{createTestJob(t, c).Id, createTestJob(t, c).Id}
	before := f.total()
	for range c.WaitJobs(testContext(t), ids, fastWait...) {
		break
	}
	if n := f.total() - before; n != 1 {
		t.Errorf("%d requests after breaking at the first job, want 1", n)
	}
}

func TestWaitJobsReportsFailures(t *testing.T) {
	f := newFake(t)
	f.runningPolls = 1
	c, _ := testClient(t, f)
	f.mu.Lock()
	f.files = append(f.files, &gen.FileV2{Id: "dfl-x", Name: "fail.pdf"})
	f.mu.Unlock()
	job, _ := c.CreateJob(testContext(t), gen.ClassifyV2JobCreateRequest{FileInput: ptr("dfl-x"), Configuration: &gen.ClassifyV2Configuration{Rules: testRules}})
	for got, err := range c.WaitJobs(testContext(t), []string{job.Id}, fastWait...) {
		var failed *JobFailedError
		if !errors.As(err, &failed) || failed.Job != got {
			t.Errorf("err = %v, want *JobFailedError holding the job", err)
		}
	}
	f.before = func(w http.ResponseWriter, r *http.Request) bool { writeDetail(w, 401, "bad key"); return true }
	n := 0
	for got, err := range c.WaitJobs(testContext(t), []string{job.Id}, fastWait...) {
		n++
		if got != nil || !errors.Is(err, ErrUnauthorized) {
			t.Errorf("yield %v, %v", got, err)
		}
	}
	if n != 1 {
		t.Errorf("%d yields, want the error once", n)
	}
	for range c.WaitJobs(testContext(t), nil) {
		t.Error("nothing to wait for, yet something was yielded")
	}
}

func TestWaitJobsYieldsAnErrorForEmptyIDs(t *testing.T) {
	f := newFake(t)
	f.runningPolls = 1
	c, _ := testClient(t, f)
	a := createTestJob(t, c).Id
	var yielded []string
	for job, err := range c.WaitJobs(testContext(t), []string{"", a, ""}, fastWait...) {
		if job == nil {
			t.Fatalf("the wait failed: %v", err)
		}
		yielded = append(yielded, job.Id)
		var invalid *RequestInvalidError
		if job.Id == "" && (!errors.As(err, &invalid) || !strings.Contains(err.Error(), "empty job id")) {
			t.Errorf("empty id: err = %v, want a *RequestInvalidError naming it", err)
		}
		if job.Id == a && err != nil {
			t.Errorf("%s: %v", a, err)
		}
	}
	if !slices.Equal(yielded, []string{"", a}) {
		t.Errorf("yielded %q, want the empty id once, then %s", yielded, a)
	}
	before := f.total()
	for range c.WaitJobs(testContext(t), []string{"", a}) {
		break
	}
	if n := f.total() - before; n != 0 {
		t.Errorf("%d requests after breaking at the empty id, want none", n)
	}
}
