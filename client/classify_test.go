package client

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestClassifyFile(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	path := filepath.Join(t.TempDir(), "invoice.txt")
	os.WriteFile(path, []byte("Invoice number 7"), 0o600)
	var progress [][2]int
	res, err := c.ClassifyFile(testContext(t), FromPath(path), testRules,
		WithTargetPages("1,3-4"), WithMaxPages(4), WithLanguage("de"), WithWait(fastWait...),
		WithProgress(func(done, total int) { progress = append(progress, [2]int{done, total}) }))
	if err != nil {
		t.Fatal(err)
	}
	if res.Type() != "invoice" || res.Result.Confidence != 0.9 || res.Status != gen.ClassifyV2JobStatusCOMPLETED {
		t.Errorf("result %+v", res)
	}
	if res.FileID != f.files[0].Id || res.JobID != "cls-1" || res.Document.Path != path {
		t.Errorf("ids %q %q", res.FileID, res.JobID)
	}
	pc := f.jobs["cls-1"].Configuration.ParsingConfiguration
	if pc == nil || *pc.TargetPages != "1,3-4" || *pc.MaxPages != 4 || *pc.Lang != "de" {
		t.Errorf("parsing configuration sent: %+v", pc)
	}
	if !slices.Equal(progress, [][2]int{{1, 1}}) {
		t.Errorf("progress %v", progress)
	}
}

func TestClassifyFileOutcomes(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx := testContext(t)

	res, err := c.ClassifyFile(ctx, FromBytes("nomatch.txt", []byte("a recipe")), testRules, WithWait(fastWait...))
	if err != nil || res.Type() != "" || res.Result == nil {
		t.Errorf("no rule matched: %+v, %v; want an empty type", res, err)
	}

	res, err = c.ClassifyFile(ctx, FromBytes("fail.txt", []byte("?")), testRules, WithWait(fastWait...))
	var failed *JobFailedError
	if !errors.As(err, &failed) || res == nil || res.Err != err || res.Status != gen.ClassifyV2JobStatusFAILED {
		t.Errorf("failed job: %+v, %v", res, err)
	}

	var inv *RequestInvalidError
	before := f.total()
	res, err = c.ClassifyFile(ctx, FromBytes("a.txt", nil), testRules, WithTargetPages("0"))
	if !errors.As(err, &inv) || res != nil || f.total() != before {
		t.Errorf("bad target pages: %+v, %v, %d requests", res, err, f.total()-before)
	}
	res, err = c.ClassifyFile(ctx, FromBytes("a.txt", nil), nil)
	if !errors.As(err, &inv) || res != nil || f.total() != before {
		t.Errorf("no rules: %+v, %v", res, err)
	}
	// nil rules are no rules to a Go caller, not a null to be refused.
	if err == nil || !strings.Contains(err.Error(), "configuration.rules: must not be empty: give at least one") {
		t.Errorf("no rules: %v, want it to ask for at least one rule", err)
	}

	res, err = c.ClassifyFile(ctx, Document{}, testRules)
	if !errors.As(err, &inv) || res == nil || res.Err != err || f.total() != before {
		t.Errorf("no source: %+v, %v", res, err)
	}
}

func TestClassifyFileCancelledMidWaitCancelsTheJob(t *testing.T) {
	f := newFake(t)
	ctx, cancel := context.WithCancel(testContext(t))
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == "GET" && strings.HasPrefix(r.URL.Path, "/api/v2/classify/") {
			cancel()
		}
		return false
	}
	c, _ := testClient(t, f)
	res, err := c.ClassifyFile(ctx, FromBytes("slow.txt", []byte("x")), testRules, WithWait(fastWait...))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if f.count("POST /api/v2/classify/cls-1/cancel") != 1 || f.jobs["cls-1"].Status != gen.ClassifyV2JobStatusCANCELLED || res.Status != gen.ClassifyV2JobStatusCANCELLED {
		t.Errorf("job left %s (result says %s); requests %v", f.jobs["cls-1"].Status, res.Status, f.requests)
	}
}

func TestClassifyFilesKeepsOrderAndIsolatesFailures(t *testing.T) {
	f := newFake(t)
	const limit = 3
	var mu sync.Mutex
	inflight, peak := 0, 0
	full := make(chan struct{})
	var fullOnce sync.Once
	openGate := func() { fullOnce.Do(func() { close(full) }) }
	// Should the limit never be reached, let the uploads through after a
	// while (once, not once each): the peak then tells.
	gateTimer := time.AfterFunc(patience, openGate)
	defer gateTimer.Stop()
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method != "POST" || r.URL.Path != "/api/v1/beta/files" {
			return false
		}
		mu.Lock()
		inflight++
		peak = max(peak, inflight)
		if inflight == limit {
			openGate()
		}
		mu.Unlock()
		// Hold the first uploads until the limit is reached, so that
		// concurrency is visible; later ones pass straight through.
		<-full
		defer func() {
			mu.Lock()
			inflight--
			mu.Unlock()
		}()
		return false
	}
	c, _ := testClient(t, f)
	var docs []Document
	for i := range 10 {
		name := fmt.Sprintf("invoice-%d.txt", i)
		switch i {
		case 3:
			name = "fail-3.txt"
		case 6:
			name = "nomatch-6.txt"
		}
		docs = append(docs, FromBytes(name, []byte(name)))
	}
	docs = append(docs, Document{Name: "no-source"}) // fails before any request
	var progress []int
	results, err := c.ClassifyFiles(testContext(t), docs, testRules, WithConcurrency(limit), WithWait(fastWait...),
		WithProgress(func(done, total int) {
			if total != len(docs) {
				t.Errorf("total = %d", total)
			}
			progress = append(progress, done)
		}))
	if err != nil {
		t.Fatal(err)
	}
	if peak != limit {
		t.Errorf("peak concurrent uploads %d, want %d", peak, limit)
	}
	if len(results) != len(docs) {
		t.Fatalf("%d results for %d documents", len(results), len(docs))
	}
	for i, r := range results {
		if r.Document.Name != docs[i].Name {
			t.Errorf("result %d is for %q, want %q", i, r.Document.Name, docs[i].Name)
		}
		switch i {
		case 3:
			var failed *JobFailedError
			if !errors.As(r.Err, &failed) || r.Status != gen.ClassifyV2JobStatusFAILED {
				t.Errorf("fail-3: %+v", r)
			}
		case 6:
			if r.Err != nil || r.Type() != "" || r.Result == nil {
				t.Errorf("nomatch-6: %+v", r)
			}
		case 10:
			var inv *RequestInvalidError
			if !errors.As(r.Err, &inv) || r.FileID != "" {
				t.Errorf("no-source: %+v", r)
			}
		default:
			if r.Err != nil || r.Type() != "invoice" || r.FileID == "" || r.JobID == "" {
				t.Errorf("%s: %+v", r.Document.Name, r)
			}
		}
	}
	want := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	if !slices.Equal(progress, want) {
		t.Errorf("progress %v, want %v", progress, want)
	}
	if n := f.count("GET /api/v2/classify/"); n != 0 {
		t.Errorf("%d single-job polls; the jobs are waited for through the list", n)
	}
}

func TestClassifyFilesInvalidRulesSendNothing(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	results, err := c.ClassifyFiles(testContext(t), []Document{FromBytes("a", []byte("a"))},
		[]gen.ClassifierRule{{Type: "x", Description: "short"}})
	var inv *RequestInvalidError
	if !errors.As(err, &inv) || results != nil || f.total() != 0 {
		t.Fatalf("%v, %v, %d requests", results, err, f.total())
	}
}

func TestClassifyFilesCancelReturnsPromptlyAndCancelsRunningJobs(t *testing.T) {
	f := newFake(t)
	ctx, cancel := context.WithCancel(testContext(t))
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == "GET" && r.URL.Path == "/api/v2/classify" {
			cancel()
		}
		return false
	}
	c, _ := testClient(t, f)
	docs := []Document{FromBytes("slow-1", []byte("1")), FromBytes("slow-2", []byte("2")), FromBytes("slow-3", []byte("3"))}
	var results []FileResult
	var err error
	// The jobs never end and the polls are an hour apart: only the
	// cancellation can end the call.
	finishes(t, "ClassifyFiles", func() {
		results, err = c.ClassifyFiles(ctx, docs, testRules, WithWait(WithMinDelay(time.Hour)))
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	for i, r := range results {
		if !errors.Is(r.Err, context.Canceled) || r.Status != gen.ClassifyV2JobStatusCANCELLED {
			t.Errorf("result %d: status %s, err %v", i, r.Status, r.Err)
		}
	}
	for id, job := range f.jobs {
		if job.Status != gen.ClassifyV2JobStatusCANCELLED {
			t.Errorf("job %s left %s on the service", id, job.Status)
		}
	}
	if n := f.count("POST /api/v2/classify/cls-"); n != 3 {
		t.Errorf("%d cancel requests, want 3", n)
	}
}

// A context cancelled with a cause (a CLI's "interrupted by SIGINT"): each
// unfinished document's error reads as the cause, and is still
// context.Canceled for errors.Is.
func TestClassifyFilesStoppedWithACauseSaysIt(t *testing.T) {
	f := newFake(t)
	ctx, cancel := context.WithCancelCause(testContext(t))
	interrupted := errors.New("interrupted by SIGINT")
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == "GET" && r.URL.Path == "/api/v2/classify" {
			cancel(interrupted)
		}
		return false
	}
	c, _ := testClient(t, f)
	var results []FileResult
	finishes(t, "ClassifyFiles", func() {
		results, _ = c.ClassifyFiles(ctx, []Document{FromBytes("slow", []byte("1"))}, testRules, WithWait(WithMinDelay(time.Hour)))
	})
	if len(results) != 1 {
		t.Fatalf("%d results", len(results))
	}
	err := results[0].Err
	if err == nil || !strings.Contains(err.Error(), "stopped before the job ended: interrupted by SIGINT; ") ||
		!errors.Is(err, context.Canceled) || !errors.Is(err, interrupted) {
		t.Fatalf("err = %v, want it to read as the cause and be both the cause and context.Canceled", err)
	}
}

// Jobs that ended on the service while the context was ending are
// reported as they ended, with their results, not as stopped: the cancel
// finds them ended (409) and reads them.
func TestClassifyFilesStoppedAfterTheJobsEndedReportsThem(t *testing.T) {
	f := newFake(t)
	ctx, cancel := context.WithCancel(testContext(t))
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == "GET" && r.URL.Path == "/api/v2/classify" {
			f.mu.Lock()
			for _, job := range f.jobs {
				if !v2Terminal(job.Status) {
					typ := job.Configuration.Rules[0].Type
					job.Status = gen.ClassifyV2JobStatusCOMPLETED
					job.Result = &gen.ClassificationResult{Type: &typ, Confidence: 0.9, Reasoning: "matches " + typ}
				}
			}
			f.mu.Unlock()
			// The poll that would have seen them is lost: the caller
			// gives up while it is unanswered.
			cancel()
			<-r.Context().Done()
			return true
		}
		return false
	}
	c, _ := testClient(t, f)
	docs := []Document{FromBytes("a", []byte("1")), FromBytes("b", []byte("2")), FromBytes("c", []byte("3"))}
	var results []FileResult
	finishes(t, "ClassifyFiles", func() {
		results, _ = c.ClassifyFiles(ctx, docs, testRules, WithWait(WithMinDelay(time.Hour)))
	})
	for i, r := range results {
		if r.Err != nil || r.Status != gen.ClassifyV2JobStatusCOMPLETED || r.Result == nil || r.Result.Type == nil {
			t.Errorf("document %d: status %s, result %+v, err %v; want it COMPLETED with its result", i, r.Status, r.Result, r.Err)
		}
	}
	if n := f.count("POST /api/v2/classify/cls-"); n != 3 {
		t.Errorf("%d cancel requests, want 3 (each answered 409)", n)
	}
}

func TestClassifyFilesAlreadyCancelledSendsNothing(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx, cancel := context.WithCancel(testContext(t))
	cancel()
	results, err := c.ClassifyFiles(ctx, []Document{FromBytes("a", []byte("a"))}, testRules)
	if !errors.Is(err, context.Canceled) || len(results) != 1 || !errors.Is(results[0].Err, context.Canceled) {
		t.Fatalf("%+v, %v", results, err)
	}
	if f.total() != 0 {
		t.Errorf("%d requests", f.total())
	}
}

func TestClassifyFilesPollingRefusedStopsTheBatch(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == "GET" && strings.HasPrefix(r.URL.Path, "/api/v2/classify") {
			writeDetail(w, 401, "key revoked")
			return true
		}
		return false
	}
	c, _ := testClient(t, f)
	var progress []int
	results, err := c.ClassifyFiles(testContext(t), []Document{FromBytes("a", []byte("a")), FromBytes("b", []byte("b"))}, testRules,
		WithProgress(func(done, _ int) { progress = append(progress, done) }))
	if !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("err = %v, want the 401", err)
	}
	for _, r := range results {
		if !errors.Is(r.Err, ErrUnauthorized) || r.JobID == "" || !strings.Contains(r.Err.Error(), r.JobID) {
			t.Errorf("%+v", r)
		}
	}
	if n := f.count("GET /api/v2/classify"); n != 1 {
		t.Errorf("%d polls, want the one refused", n)
	}
	if !slices.Equal(progress, []int{1, 2}) {
		t.Errorf("progress %v", progress)
	}
}

func TestClassifyFilesProgressReachesTheTotalWhenCancelled(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	unreadable := Document{Name: "unreadable.txt", Open: func() (io.ReadCloser, error) { return nil, errors.New("no such document") }}
	docs := []Document{unreadable, FromBytes("slow-1", []byte("1")), FromBytes("slow-2", []byte("2")), FromBytes("slow-3", []byte("3")), FromBytes("slow-4", []byte("4"))}
	ctx, cancel := context.WithCancel(testContext(t))
	defer cancel()
	var progress []int
	results, err := c.ClassifyFiles(ctx, docs, testRules, WithConcurrency(1), WithProgress(func(done, total int) {
		if total != len(docs) {
			t.Errorf("total %d, want %d", total, len(docs))
		}
		progress = append(progress, done)
		cancel()
	}))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	for i, r := range results {
		if r.Err == nil {
			t.Errorf("result %d has no error: %+v", i, r)
		}
	}
	if !slices.Equal(progress, []int{1, 2, 3, 4, 5}) {
		t.Errorf("progress %v, want each count from 1 to %d once", progress, len(docs))
	}
}

func TestCancelDuringACreateLeavesNoJobRunning(t *testing.T) {
	for name, classify := range map[string]func(c *Client, ctx context.Context, doc Document) ([]FileResult, error){
		"ClassifyFiles": func(c *Client, ctx context.Context, doc Document) ([]FileResult, error) {
			return c.ClassifyFiles(ctx, []Document{doc}, testRules)
		},
		"ClassifyFile": func(c *Client, ctx context.Context, doc Document) ([]FileResult, error) {
			res, err := c.ClassifyFile(ctx, doc, testRules)
			return []FileResult{*res}, err
		},
	} {
		t.Run(name, func(t *testing.T) {
			f := newFake(t)
			ctx, cancel := context.WithCancel(testContext(t))
			defer cancel()
			var held atomic.Bool
			f.before = func(w http.ResponseWriter, r *http.Request) bool {
				if r.Method != "POST" || r.URL.Path != "/api/v2/classify" || !held.CompareAndSwap(false, true) {
					return false
				}
				// The service makes the job, and the caller gives up
				// before the answer arrives.
				f.createJob(httptest.NewRecorder(), r)
				cancel()
				select {
				case <-r.Context().Done():
				case <-time.After(patience):
				}
				return true
			}
			c, _ := testClient(t, f)
			results, err := classify(c, ctx, FromBytes("slow-1", []byte("1")))
			if !errors.Is(err, context.Canceled) || !errors.Is(results[0].Err, context.Canceled) {
				t.Fatalf("err = %v, result err = %v, want context.Canceled", err, results[0].Err)
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if len(f.jobs) != 1 {
				t.Fatalf("%d jobs on the service, want the one job", len(f.jobs))
			}
			for id, job := range f.jobs {
				if !v2Terminal(job.Status) {
					t.Errorf("job %s left %s on the service", id, job.Status)
				}
				if results[0].JobID != id || results[0].Status != gen.ClassifyV2JobStatusCANCELLED {
					t.Errorf("result has job %q, %s; want %s, CANCELLED", results[0].JobID, results[0].Status, id)
				}
			}
			if len(f.txnSeen) != 2 || f.txnSeen[0] == "" || f.txnSeen[0] != f.txnSeen[1] {
				t.Errorf("transaction ids sent: %q, want the same one twice", f.txnSeen)
			}
		})
	}
}

// A document stopped before any job was made for it says so, not that
// a job had not ended.
func TestStoppedBeforeAJobSaysThereWasNone(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx, cancel := context.WithCancel(testContext(t))
	cancel()
	results, _ := c.ClassifyFiles(ctx, []Document{FromBytes("a.txt", []byte("an invoice"))}, testRules)
	if len(results) != 1 || results[0].Err == nil {
		t.Fatalf("results %+v", results)
	}
	if msg := results[0].Err.Error(); !strings.Contains(msg, "stopped before a job was made") || strings.Contains(msg, "the job ended") {
		t.Errorf("err = %q", msg)
	}
}
