package client

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
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
	// cancellation can end the wait. The first poll comes after a pause of
	// at most the default minimum delay, which is not cut short.
	var pauses []time.Duration
	c.sleep = func(ctx context.Context, d time.Duration) error {
		pauses = append(pauses, d)
		if d >= time.Minute {
			// A millisecond on, so that the sleep is usually under way.
			time.AfterFunc(time.Millisecond, cancel)
		}
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
	// The hour is counted from the start of the poll, so a little less of
	// it is left to sleep.
	if len(pauses) != 2 || pauses[0] > DefaultWaitMinDelay || pauses[1] < 30*time.Minute || f.total() != 1 {
		t.Errorf("pauses %v after %d polls; want a short one, the first poll, then most of an hour", pauses, f.total())
	}
}

func TestWaitJobTimeout(t *testing.T) {
	f := newFake(t)
	fixedJob(f, gen.ClassifyV2JobStatusPENDING, "")
	c, _ := testClient(t, f)
	clock := newFakeClock(c)
	clock.fail = 3 // the third pause is cut short by the deadline
	_, err := c.WaitJob(testContext(t), "cls-1", WithMinDelay(time.Second), WithMaxDelay(3*time.Second))
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "last status PENDING") {
		t.Fatalf("err = %v", err)
	}
	if n := f.count("GET /api/v2/classify/cls-1"); n != 2 {
		t.Errorf("%d polls before the deadline, want 2", n)
	}

	// WithTimeout bounds a wait whose context has none. (Should it not,
	// the test's context ends the wait with context.Canceled.)
	c2, _ := testClient(t, f)
	_, err = c2.WaitJob(testContext(t), "cls-1", WithTimeout(30*time.Millisecond), WithMinDelay(5*time.Millisecond))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WithTimeout: err = %v, want context.DeadlineExceeded", err)
	}
}

// fakeClock stands in for the clock and the sleeps of a client: a sleep
// moves the time on at once, and is recorded.
type fakeClock struct {
	mu     sync.Mutex
	t      time.Time
	sleeps []time.Duration
	// fail, when not zero, makes that sleep (1-based) end with
	// context.DeadlineExceeded.
	fail int
}

func newFakeClock(c *Client) *fakeClock {
	k := &fakeClock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	c.now, c.sleep = k.now, k.sleep
	return k
}

func (k *fakeClock) now() time.Time {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.t
}

func (k *fakeClock) sleep(ctx context.Context, d time.Duration) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.sleeps = append(k.sleeps, d)
	if len(k.sleeps) == k.fail {
		return context.DeadlineExceeded
	}
	k.t = k.t.Add(d)
	return ctx.Err()
}

func (k *fakeClock) recorded() []time.Duration {
	k.mu.Lock()
	defer k.mu.Unlock()
	return slices.Clone(k.sleeps)
}

// The schedule of WaitOption: the first poll after MinDelay (at most
// DefaultWaitMinDelay) less up to a quarter; then pauses of MinDelay until
// a fifth of the time waited is longer, growing with it up to MaxDelay.
func TestWaitJobFollowsTheSchedule(t *testing.T) {
	for _, tc := range []struct {
		name     string
		min, max time.Duration
	}{
		{"defaults", 0, 0},
		{"1s..3s", time.Second, 3 * time.Second},
		{"50ms..200ms", 50 * time.Millisecond, 200 * time.Millisecond},
		{"an hour", time.Hour, 2 * time.Hour},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			f.runningPolls = 40
			c, _ := testClient(t, f)
			job := createTestJob(t, c)
			clock := newFakeClock(c)
			var opts []WaitOption
			minDelay, maxDelay := DefaultWaitMinDelay, DefaultWaitMaxDelay
			if tc.min != 0 {
				opts = []WaitOption{WithMinDelay(tc.min), WithMaxDelay(tc.max)}
				minDelay, maxDelay = tc.min, tc.max
			}
			got, err := c.WaitJob(context.Background(), job.Id, opts...)
			if err != nil || got.Status != gen.ClassifyV2JobStatusCOMPLETED {
				t.Fatalf("WaitJob = %+v, %v", got, err)
			}
			sleeps := clock.recorded()
			// The fake ends the job at its 40th poll.
			if polls := f.count("GET /api/v2/classify/" + job.Id); polls != 40 || len(sleeps) != polls {
				t.Fatalf("%d polls after %d pauses, want 40 of each", polls, len(sleeps))
			}
			first := min(minDelay, DefaultWaitMinDelay)
			if sleeps[0] < first*3/4 || sleeps[0] > first {
				t.Errorf("first pause %v, want within [%v, %v]", sleeps[0], first*3/4, first)
			}
			waited := sleeps[0]
			for i, d := range sleeps[1:] {
				want := min(max(waited/5, minDelay), maxDelay)
				if d != want {
					t.Errorf("pause %d after %v = %v, want %v", i+2, waited, d, want)
				}
				waited += d
			}
			if last := sleeps[len(sleeps)-1]; tc.max < time.Hour && last != maxDelay {
				t.Errorf("the pauses end at %v, want the cap %v", last, maxDelay)
			}
		})
	}
}

func TestWaitJobSurfacesPollErrors(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	_, err := c.WaitJob(testContext(t), "cls-unknown", fastWait...)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	// No status was ever seen, and the message says so.
	if !strings.Contains(err.Error(), "waiting for job cls-unknown (last status none yet)") {
		t.Errorf("err = %q, want it to say no status was seen", err)
	}
	if strings.Count(err.Error(), "llamaclassify: ") != 1 {
		t.Errorf("err = %q, want one 'llamaclassify: '", err)
	}
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 404 {
		t.Errorf("err = %v does not hold the 404 APIError", err)
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
	clock := newFakeClock(c)
	clock.fail = 2
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
		t.Fatalf("%d requests, want 6 (2 rounds of 3)", n)
	}
	var sizes []int
	for _, r := range f.requests[before : before+3] {
		sizes = append(sizes, strings.Count(r, "job_ids="))
	}
	slices.Sort(sizes)
	if !slices.Equal(sizes, []int{50, 100, 100}) {
		t.Errorf("the first round asked for %v ids, want 100, 100 and 50", sizes)
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

// listFake answers the list of v2 jobs filtered by job_ids, and nothing
// else (a job it does not list is unknown). Job id ends at its ends[id]th
// listing (never when absent). Every list request and every job the
// caller reports yielded go into one log, in order.
type listFake struct {
	mu    sync.Mutex
	ends  map[string]int
	polls map[string]int
	log   []logEntry
	// inflight is the number of list requests being answered; most the
	// largest it was.
	inflight, most int
	// hold, when set, is called before a request is answered, without
	// the lock; fail, when set, makes the request answer 500.
	hold func(ids []string)
	fail func(ids []string) bool
}

// logEntry is a list request (ids) or a yield (yielded).
type logEntry struct {
	ids     []string
	yielded string
	failed  bool
}

func newListFake(ends map[string]int) *listFake {
	return &listFake{ends: ends, polls: map[string]int{}}
}

func (f *listFake) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/api/v2/classify" {
		writeDetail(w, 404, "Not Found")
		return
	}
	ids := r.URL.Query()["job_ids"]
	f.mu.Lock()
	f.inflight++
	f.most = max(f.most, f.inflight)
	hold, fail := f.hold, f.fail
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.inflight--
		f.mu.Unlock()
	}()
	if hold != nil {
		hold(ids)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if fail != nil && fail(ids) {
		f.log = append(f.log, logEntry{ids: ids, failed: true})
		writeDetail(w, 500, "down")
		return
	}
	f.log = append(f.log, logEntry{ids: ids})
	page := gen.ClassifyV2JobQueryResponse{Items: []gen.ClassifyV2JobResponse{}}
	for _, id := range ids {
		if _, ok := f.ends[id]; !ok {
			continue
		}
		f.polls[id]++
		job := gen.ClassifyV2JobResponse{Id: id, Status: gen.ClassifyV2JobStatusRUNNING}
		if f.polls[id] >= f.ends[id] && f.ends[id] > 0 {
			job.Status = gen.ClassifyV2JobStatusCOMPLETED
		}
		page.Items = append(page.Items, job)
	}
	writeJSON(w, 200, page)
}

func (f *listFake) yielded(id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.log = append(f.log, logEntry{yielded: id})
}

func (f *listFake) entries() []logEntry {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.log)
}

func jobIDs(n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("cls-%04d", i)
	}
	return ids
}

// Each job is yielded once, as soon as the request that saw it ended
// answers (before the other requests of the round do), and no request
// asks about a job after it was yielded: each job is asked about exactly
// as many times as it takes to end.
func TestWaitJobsYieldsEachJobOnceAsItsChunkAnswers(t *testing.T) {
	ids := jobIDs(1000)
	ends := map[string]int{}
	for i, id := range ids {
		ends[id] = 1 + (i*7)%5 // ends at listings 1..5, spread over the chunks
	}
	for _, id := range ids[:100] {
		ends[id] = 1 // the first chunk ends at once
	}
	f := newListFake(ends)
	// In the first round, the request holding the last ids answers only
	// once the whole first chunk was yielded.
	firstChunk := make(chan struct{})
	var once sync.Once
	var lateAnswer atomic.Bool
	f.hold = func(q []string) {
		if slices.Contains(q, ids[999]) {
			once.Do(func() {
				select {
				case <-firstChunk:
				case <-time.After(10 * time.Second):
					lateAnswer.Store(true)
				}
			})
		}
	}
	c, _ := testClient(t, f)
	seen := map[string]int{}
	firstSeen := 0
	for job, err := range c.WaitJobs(context.Background(), ids, fastWait...) {
		if err != nil || job.Status != gen.ClassifyV2JobStatusCOMPLETED {
			t.Fatalf("%+v, %v", job, err)
		}
		f.yielded(job.Id)
		seen[job.Id]++
		// Counted apart from the other chunks' jobs, which a busy
		// machine may answer first in any number.
		if seen[job.Id] == 1 && slices.Contains(ids[:100], job.Id) {
			if firstSeen++; firstSeen == 100 {
				close(firstChunk)
			}
		}
	}
	if lateAnswer.Load() {
		t.Error("the first chunk's jobs were not yielded before the last request of the round answered")
	}
	if len(seen) != len(ids) {
		t.Fatalf("%d jobs yielded, want %d", len(seen), len(ids))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s yielded %d times", id, n)
		}
	}
	done := map[string]bool{}
	for _, e := range f.entries() {
		if e.yielded != "" {
			done[e.yielded] = true
			continue
		}
		if len(e.ids) > 100 {
			t.Errorf("a request for %d ids", len(e.ids))
		}
		if !slices.IsSorted(e.ids) {
			t.Errorf("a request asks for jobs out of the order given: %v", e.ids)
		}
		for _, id := range e.ids {
			if done[id] {
				t.Fatalf("%s asked about after it was yielded", id)
			}
		}
	}
	for _, id := range ids {
		if f.polls[id] != ends[id] {
			t.Errorf("%s asked about %d times, want %d", id, f.polls[id], ends[id])
		}
	}
}

// With 10 chunks to poll, no more than 4 requests are in flight at once,
// and 4 are.
func TestWaitJobsBoundsRequestsInFlight(t *testing.T) {
	ids := jobIDs(1000)
	ends := map[string]int{}
	for _, id := range ids {
		ends[id] = 1
	}
	f := newListFake(ends)
	four := make(chan struct{})
	var once sync.Once
	f.hold = func([]string) {
		f.mu.Lock()
		n := f.inflight
		f.mu.Unlock()
		if n == maxPollsInFlight {
			// Time for a fifth request to show, were one sent: this
			// pause only lets a broken bound be seen, it decides no
			// outcome of a correct one.
			time.Sleep(50 * time.Millisecond)
			once.Do(func() { close(four) })
		}
		select {
		case <-four:
		case <-time.After(10 * time.Second):
		}
	}
	c, _ := testClient(t, f)
	n := 0
	for _, err := range c.WaitJobs(context.Background(), ids, fastWait...) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != len(ids) {
		t.Errorf("%d jobs yielded", n)
	}
	select {
	case <-four:
	default:
		t.Errorf("never %d requests in flight at once", maxPollsInFlight)
	}
	if f.most != maxPollsInFlight {
		t.Errorf("at most %d requests in flight, want %d", f.most, maxPollsInFlight)
	}
}

// A request that fails (after the client's retries) ends the wait with
// its error, yielded once, last; the jobs the requests already under way
// report ended are yielded before it, none is lost, and no request is
// sent after the failure is known.
func TestWaitJobsAfterAFailedPoll(t *testing.T) {
	ids := jobIDs(1000)
	ends := map[string]int{}
	for _, id := range ids {
		ends[id] = 1
	}
	f := newListFake(ends)
	answered := make(chan struct{}, 100)
	f.hold = func(q []string) {
		if slices.Contains(q, ids[0]) {
			// Fail only once three other requests have answered.
			for range 3 {
				select {
				case <-answered:
				case <-time.After(10 * time.Second):
				}
			}
		}
	}
	f.fail = func(q []string) bool {
		if !slices.Contains(q, ids[0]) {
			answered <- struct{}{}
			return false
		}
		return true
	}
	c, _ := testClient(t, f)
	var failure error
	yielded := map[string]bool{}
	after := 0
	for job, err := range c.WaitJobs(context.Background(), ids, fastWait...) {
		if failure != nil {
			after++
		}
		if job == nil {
			failure = err
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", job.Id, err)
		}
		yielded[job.Id] = true
	}
	var apiErr *APIError
	if !errors.As(failure, &apiErr) || apiErr.StatusCode != 500 {
		t.Fatalf("failure = %v, want the 500", failure)
	}
	if after != 0 {
		t.Errorf("%d yields after the failure", after)
	}
	answeredIDs := map[string]bool{}
	failedAt, failures := -1, 0
	log := f.entries()
	for i, e := range log {
		switch {
		case e.failed:
			failures++
			failedAt = i
		case e.yielded == "":
			for _, id := range e.ids {
				answeredIDs[id] = true
			}
		}
	}
	if failures != 3 {
		t.Errorf("the failing request was sent %d times, want 3 (the client's attempts)", failures)
	}
	if len(answeredIDs) < 300 {
		t.Errorf("only %d jobs answered before the failure, want the 3 requests under way at least", len(answeredIDs))
	}
	if !maps.Equal(answeredIDs, yielded) {
		t.Errorf("%d jobs reported ended, %d yielded", len(answeredIDs), len(yielded))
	}
	for _, e := range log[failedAt+1:] {
		if e.ids != nil {
			t.Errorf("a request for %d jobs after the failure", len(e.ids))
		}
	}
}

func TestScheduleShortensWhileJobsEnd(t *testing.T) {
	t0 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	w := newWaitSettings([]WaitOption{WithMinDelay(100 * time.Millisecond), WithMaxDelay(10 * time.Second)})
	s := newSchedule(w, t0)
	for range 100 {
		if d := s.first(true); d < 75*time.Millisecond || d > 100*time.Millisecond {
			t.Fatalf("first pause %v, want within [75ms, 100ms]", d)
		}
	}
	if d := s.first(false); d != 100*time.Millisecond {
		t.Errorf("first pause, not spread: %v, want 100ms", d)
	}
	// Nothing ended yet: a fifth of the time waited, capped.
	at := t0.Add(20 * time.Second)
	if d := s.next(at, at, 0, 10); d != 4*time.Second {
		t.Errorf("after 20s: pause %v, want 4s", d)
	}
	// 1,000 jobs ended in the last 40s (25 a second), 10 requests a
	// round: sqrt(2 x 10 x 100ms x 10 / 25) = 894ms.
	at = t0.Add(60 * time.Second)
	want := time.Duration(math.Sqrt(2*1.0*10/25.0) * float64(time.Second))
	if d := s.next(at, at, 1000, 10); d != want {
		t.Errorf("while jobs end: pause %v, want %v", d, want)
	}
	// The rate halves after a round that saw no job end.
	at = at.Add(want)
	want = time.Duration(math.Sqrt(2*1.0*10/12.5) * float64(time.Second))
	if d := s.next(at, at, 0, 10); d != want {
		t.Errorf("a quiet round later: pause %v, want %v", d, want)
	}
	// A cheaper round comes sooner (the same poll again: the rate stays).
	if d := s.next(at, at, 0, 1); d != time.Duration(math.Sqrt(2*1.0*1/12.5)*float64(time.Second)) {
		t.Errorf("a round of one request: pause %v", d)
	}
	// But not sooner than MinDelay.
	at = at.Add(time.Second)
	if d := s.next(at, at, 10000, 1); d != 100*time.Millisecond {
		t.Errorf("many ending: pause %v, want MinDelay", d)
	}
	// A poll that took longer than the pause is followed by half of it.
	s = newSchedule(w, t0)
	at = t0.Add(10 * time.Second)
	if d := s.next(at, at.Add(5*time.Second), 0, 1); d != 1500*time.Millisecond {
		t.Errorf("after a slow poll: pause %v, want 1.5s (half of 15s/5)", d)
	}
	// Extreme settings stay in bounds.
	for _, maxDelay := range []time.Duration{time.Nanosecond, time.Hour, math.MaxInt64} {
		w := newWaitSettings([]WaitOption{WithMinDelay(time.Nanosecond), WithMaxDelay(maxDelay)})
		s := newSchedule(w, t0)
		for _, waited := range []time.Duration{0, time.Nanosecond, time.Hour, math.MaxInt64} {
			for _, ended := range []int{0, 1, math.MaxInt32} {
				at := t0.Add(waited)
				if d := s.next(at, at, ended, 1); d < time.Nanosecond/2 || d > maxDelay {
					t.Fatalf("max %v, waited %v, %d ended: pause %v", maxDelay, waited, ended, d)
				}
			}
		}
	}
}
