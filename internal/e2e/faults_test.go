package e2e

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"
	"golang.org/x/sync/errgroup"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// What each fault does to each operation, and why the client's answer
// keeps "nothing lost, nothing done twice":
//
//	fault        upload (no idempotency key)        v2 create (transaction_id)     reads (polls, lookups)
//	503 before   nothing stored; the client looks   no job; sent again with the    sent again
//	             up its external_file_id, finds     same transaction_id
//	             nothing, and sends it again
//	503 after    file stored; the lookup finds it   job created; the retry's       sent again
//	             and the client returns it          transaction_id returns it
//	429          nothing stored; sent again after   sent again after Retry-After   sent again
//	             Retry-After, without a lookup
//	dropped      nothing stored (the emulator       sent again                     sent again
//	             drops before acting), but the
//	             client cannot know: as 503 after
//	delayed      answered late; nothing to redo
//
// A v1 create has no idempotency key and no lookup: the client sends it
// again only after a 429; after a 503 or a dropped connection it returns the
// error, and the user decides (see TestClassifierJobUnderFaults).

// standardFaults is the fault mix of the evidence suites: 10% of requests
// answered 503 before acting, 5% 503 after acting, 5% 429 with a 20 ms
// Retry-After, 2% dropped, and 10% held back 30 ms.
func standardFaults(seed uint64) emulator.Faults {
	return emulator.Faults{
		Seed:          seed,
		Fail503Before: 0.10,
		Fail503After:  0.05,
		RateLimit429:  0.05,
		RetryAfter:    20 * time.Millisecond,
		Drop:          0.02,
		Latency:       30 * time.Millisecond,
		LatencyRate:   0.10,
	}
}

// faultRetries is the policy of the single calls below (uploads, v1
// creates) under faults: more attempts than the default, with small
// delays. The chance that eight attempts in a row all meet a fault is
// 0.22^8, about 5 in a million. ClassifyFiles needs no such help: its
// suites run with the client's defaults.
var faultRetries = client.RetryPolicy{MaxAttempts: 8, MinDelay: 5 * time.Millisecond, MaxDelay: 100 * time.Millisecond}

// fastWait polls every 20 to 100 ms.
var fastWait = []client.WaitOption{client.WithMinDelay(20 * time.Millisecond), client.WithMaxDelay(100 * time.Millisecond)}

// TestClassifyFilesUnderFaults classifies 300 generated documents while the
// emulator fails requests in every way it can, with the client's default
// settings.
//
// It requires: no error for the batch; 300 results, each with no error and
// the document's own type; exactly 300 files and 300 v2 jobs held by the
// emulator (a retry that stored a second file or created a second job
// fails it); and every kind of fault injected at least once, so that the
// run proves something.
func TestClassifyFilesUnderFaults(t *testing.T) {
	const n = 300
	h := newFaultHarness(t, standardFaults(6), emulator.WithProcessingDelay(30*time.Millisecond))
	log := &attemptLog{}
	c := newClient(t, h.URL, client.WithLogger(slog.New(log)))

	gens := generate(n, 6)
	docs := make([]client.Document, n)
	for i, g := range gens {
		docs[i] = g.document()
	}
	// The run takes a second or two; the deadline only keeps a regression
	// from hanging the package, and is generous for a loaded machine (a
	// minute was once not enough with 12 busy loops on the 2 CPUs and
	// other test binaries running).
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	start := time.Now()
	results, err := c.ClassifyFiles(ctx, docs, rules(t))
	wall := time.Since(start)
	if err != nil {
		unfinished := 0
		for _, r := range results {
			if r.Err != nil {
				unfinished++
			}
		}
		t.Fatalf("ClassifyFiles: %v after %v, %d of %d documents unfinished; the emulator: %+v; the client's attempts:%s",
			err, wall.Round(time.Millisecond), unfinished, n, h.emu.Stats(), log.summary())
	}
	if len(results) != n {
		t.Fatalf("%d results for %d documents", len(results), n)
	}
	files, jobs := map[string]bool{}, map[string]bool{}
	failed := 0
	for i, r := range results {
		switch {
		case r.Err != nil:
			failed++
			t.Errorf("%s: not classified: %v", gens[i].name, r.Err)
		case r.Type() != gens[i].want:
			failed++
			t.Errorf("%s: classified as %q, want %q", gens[i].name, r.Type(), gens[i].want)
		}
		if r.FileID != "" {
			files[r.FileID] = true
		}
		if r.JobID != "" {
			jobs[r.JobID] = true
		}
	}
	if len(files) != n || len(jobs) != n {
		t.Errorf("results name %d distinct files and %d distinct jobs, want %d of each", len(files), len(jobs), n)
	}

	st := h.emu.Stats()
	if st.Files != n || st.ClassifyJobs != n || st.ClassifierJobs != 0 {
		t.Errorf("the emulator holds %d files, %d v2 jobs and %d v1 jobs; want %d, %d and 0: a retry did work twice, or lost it",
			st.Files, st.ClassifyJobs, st.ClassifierJobs, n, n)
	}
	requireEveryFault(t, st.Faults)
	attempts, retries := log.totals()
	t.Logf("%d documents in %v (%d not classified): %d requests at the emulator, %d HTTP attempts logged by the client, %d of them retries; %d steps resumed",
		n, wall.Round(time.Millisecond), failed, st.Requests, attempts, retries, log.resumes())
	t.Logf("faults injected: %d × 503 before acting, %d × 503 after acting, %d × 429, %d dropped, %d delayed",
		st.Faults.Unavailable503Before, st.Faults.Unavailable503After, st.Faults.RateLimited429, st.Faults.Dropped, st.Faults.Delayed)
	t.Logf("per operation (ListFiles are the lookups by external_file_id: one before each upload, one after each ambiguous failure):%s", log.summary())
}

// requireEveryFault fails t unless each kind of fault was injected.
func requireEveryFault(t *testing.T, f emulator.FaultStats) {
	t.Helper()
	if f.Unavailable503Before == 0 || f.Unavailable503After == 0 || f.RateLimited429 == 0 || f.Dropped == 0 || f.Delayed == 0 {
		t.Errorf("faults injected %+v: a kind is missing, so the run does not prove the client survives it", f)
	}
}

// classifierRoute is the v1 create, as the harness names it.
const classifierRoute = "POST /api/v1/classifier/jobs"

// TestClassifierJobUnderFaults is the v1 flow under the same faults: 50
// files uploaded, one job over them, wait, results.
//
// A v1 create that meets a 503 or a dropped connection is not sent again by
// the client (the service may have created the job), and the user sees the
// error. The test then does what the documentation asks of the user: list
// the v1 jobs; if the create took effect, the job is there and is used;
// if not, the create is sent again. It requires: 50 files stored, exactly
// one v1 job in the end, and every file classified to its type. Which
// fault the create meets depends on timing here; the test below aims the
// faults at it.
func TestClassifierJobUnderFaults(t *testing.T) {
	const n = 50
	h := newFaultHarness(t, standardFaults(11), emulator.WithProcessingDelay(30*time.Millisecond))
	log := &attemptLog{}
	c := newClient(t, h.URL, client.WithRetryPolicy(faultRetries), client.WithLogger(slog.New(log)))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	start := time.Now()

	gens := generate(n, 11)
	want, ids := uploadAll(ctx, t, c, gens)
	if st := h.emu.Stats(); st.Files != n {
		t.Fatalf("the emulator holds %d files after %d uploads", st.Files, n)
	}

	job, errs := createClassifierJobOnce(ctx, t, c, gen.ClassifyJobCreate{FileIds: ids, Rules: rules(t)})
	for _, err := range errs {
		t.Logf("the user saw: %v", err)
	}
	if job == nil {
		t.Fatal("no job after the user's recovery")
	}
	checkClassifierResults(ctx, t, c, job.Id.String(), want)

	st := h.emu.Stats()
	if st.ClassifierJobs != 1 {
		t.Errorf("the emulator holds %d v1 jobs, want exactly 1", st.ClassifierJobs)
	}
	t.Logf("v1 create answers at the emulator: %v (0: dropped); %d v1 job(s) held", h.statuses(classifierRoute), st.ClassifierJobs)
	attempts, retries := log.totals()
	t.Logf("%d files and one job in %v: %d requests at the emulator, %d HTTP attempts, %d retries; faults %+v%s",
		n, time.Since(start).Round(time.Millisecond), st.Requests, attempts, retries, st.Faults, log.summary())
}

// uploadAll uploads gens, 8 at a time, and returns the type each file must
// be given and the files' ids for a v1 job.
func uploadAll(ctx context.Context, t *testing.T, c *client.Client, gens []generated) (map[string]string, []openapi_types.UUID) {
	t.Helper()
	ids := make([]openapi_types.UUID, len(gens))
	var g errgroup.Group
	g.SetLimit(8)
	for i, d := range gens {
		g.Go(func() error {
			doc := d.document()
			f, err := c.UploadFile(ctx, client.Upload{Name: doc.Name, Open: doc.Open})
			if err != nil {
				return fmt.Errorf("upload %s: %w", d.name, err)
			}
			id, err := client.ClassifierFileID(f.Id)
			if err != nil {
				return err
			}
			ids[i] = id
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for i, d := range gens {
		want[ids[i].String()] = d.want
	}
	return want, ids
}

// createClassifierJobOnce creates a v1 job the way the documentation tells
// a user to: a create that fails with a 5xx or a lost connection may have
// taken effect, so before sending it again, look for the job. The project
// holds no other v1 job, so any job listed is this one. It returns the job
// and the errors the user saw on the way.
func createClassifierJobOnce(ctx context.Context, t *testing.T, c *client.Client, req gen.ClassifyJobCreate) (*gen.ClassifyJob, []error) {
	t.Helper()
	var seen []error
	for range 5 {
		job, err := c.CreateClassifierJob(ctx, req)
		if err == nil {
			return job, seen
		}
		seen = append(seen, err)
		if !ambiguous(err) {
			t.Fatalf("v1 create: %v (neither a server error nor a lost connection)", err)
		}
		page, err := c.ListClassifierJobs(ctx, nil)
		if err != nil {
			t.Fatalf("listing v1 jobs after a failed create: %v", err)
		}
		if len(page.Items) > 0 {
			return &page.Items[0], seen
		}
	}
	t.Fatalf("five creates in a row failed: %v", seen)
	return nil, seen
}

// ambiguous says whether err leaves a create's outcome unknown: a server
// error or a connection lost before the answer.
func ambiguous(err error) bool {
	var apiErr *client.APIError
	if errors.As(err, &apiErr) {
		return apiErr.StatusCode >= 500
	}
	return err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded)
}

// checkClassifierResults waits for a v1 job and checks every file's type.
func checkClassifierResults(ctx context.Context, t *testing.T, c *client.Client, jobID string, want map[string]string) {
	t.Helper()
	if _, err := c.WaitClassifierJob(ctx, jobID, fastWait...); err != nil {
		t.Fatalf("WaitClassifierJob: %v", err)
	}
	res, err := c.GetClassifierJobResults(ctx, jobID)
	if err != nil {
		t.Fatalf("GetClassifierJobResults: %v", err)
	}
	if len(res.Items) != len(want) {
		t.Fatalf("%d results for %d files", len(res.Items), len(want))
	}
	for _, item := range res.Items {
		if item.FileId == nil {
			t.Errorf("result %s names no file", item.Id)
			continue
		}
		got := ""
		if item.Result != nil && item.Result.Type != nil {
			got = *item.Result.Type
		}
		if w, ok := want[item.FileId.String()]; !ok || got != w {
			t.Errorf("file %s classified as %q, want %q", item.FileId, got, w)
		}
	}
}

// TestClassifierCreateMeetsEveryFault aims the faults at the v1 create: on
// a fresh emulator the create is the first request, so its fault depends
// on the seed alone, and seeds are tried until the create has met each
// outcome. For each it requires what the user relies on:
//
//   - answered at once, or after 429s: one job, no error;
//   - 503 after the service acted: an error matching ErrServerError, no
//     second attempt, and exactly one job (which the user finds by listing);
//   - 503 before acting, or a dropped connection: an error, no second
//     attempt, and no job.
func TestClassifierCreateMeetsEveryFault(t *testing.T) {
	const maxSeeds = 200
	r := rules(t)
	outcomes := map[string][]uint64{}
	need := []string{"ok", "429 then ok", "503 after acting", "503 before acting", "dropped"}
	complete := func() bool {
		for _, o := range need {
			if len(outcomes[o]) == 0 {
				return false
			}
		}
		return true
	}
	for seed := uint64(1); seed <= maxSeeds && !complete(); seed++ {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			outcome := createOnFreshEmulator(t, seed, r)
			outcomes[outcome] = append(outcomes[outcome], seed)
		})
		if t.Failed() {
			return
		}
	}
	var b strings.Builder
	for _, o := range need {
		fmt.Fprintf(&b, "\n  %-18s seeds %v", o+":", outcomes[o])
	}
	t.Logf("outcomes of the v1 create by seed:%s", b.String())
	if !complete() {
		t.Fatalf("after %d seeds the create has not met every outcome", maxSeeds)
	}
}

// createOnFreshEmulator sends one v1 create, the first request of a fresh
// emulator with the standard faults of seed, checks what the user relies on
// for the outcome met, and names it.
func createOnFreshEmulator(t *testing.T, seed uint64, r []gen.ClassifierRule) string {
	t.Helper()
	h := newFaultHarness(t, standardFaults(seed), emulator.WithProcessingDelay(0))
	c := newClient(t, h.URL, client.WithRetryPolicy(faultRetries))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	gens := generate(3, seed)
	want := map[string]string{}
	var ids []openapi_types.UUID
	for _, g := range gens {
		f := h.emu.PutFile(gen.FileV2{Name: g.name}, []byte(g.text))
		id, err := client.ClassifierFileID(f.Id)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		want[id.String()] = g.want
	}

	job, err := c.CreateClassifierJob(ctx, gen.ClassifyJobCreate{FileIds: ids, Rules: r})
	answers := h.statuses(classifierRoute)
	st := h.emu.Stats()
	// Every answer but the last must be a 429: nothing else is retried.
	for _, s := range answers[:len(answers)-1] {
		if s != http.StatusTooManyRequests {
			t.Fatalf("seed %d: the create was sent again after a %d answer: %v", seed, s, answers)
		}
	}
	last := answers[len(answers)-1]
	var outcome string
	switch {
	case last == http.StatusOK && len(answers) == 1:
		outcome = "ok"
	case last == http.StatusOK:
		outcome = "429 then ok"
	case last == 0:
		outcome = "dropped"
	case last == http.StatusServiceUnavailable && st.Faults.Unavailable503After == 1:
		outcome = "503 after acting"
	case last == http.StatusServiceUnavailable:
		outcome = "503 before acting"
	default:
		t.Fatalf("seed %d: the create was answered %v", seed, answers)
	}
	wantJobs := 0
	switch outcome {
	case "ok", "429 then ok":
		wantJobs = 1
		if err != nil || job == nil {
			t.Fatalf("seed %d, %s: %v", seed, outcome, err)
		}
	case "503 after acting":
		wantJobs = 1
		if !errors.Is(err, client.ErrServerError) {
			t.Fatalf("seed %d, %s: err = %v, want a server error", seed, outcome, err)
		}
	case "503 before acting":
		if !errors.Is(err, client.ErrServerError) {
			t.Fatalf("seed %d, %s: err = %v, want a server error", seed, outcome, err)
		}
	case "dropped":
		var apiErr *client.APIError
		if err == nil || errors.As(err, &apiErr) {
			t.Fatalf("seed %d, %s: err = %v, want a connection error", seed, outcome, err)
		}
	}
	if st.ClassifierJobs != wantJobs {
		t.Fatalf("seed %d, %s: the emulator holds %d v1 jobs, want %d", seed, outcome, st.ClassifierJobs, wantJobs)
	}
	if wantJobs == 1 {
		if job == nil {
			// What the user does after an ambiguous failure: list.
			page, lerr := c.ListClassifierJobs(ctx, nil)
			if lerr != nil || len(page.Items) != 1 {
				t.Fatalf("seed %d, %s: listing finds %v (%v), want the one job", seed, outcome, page, lerr)
			}
			job = &page.Items[0]
		}
		checkClassifierResults(ctx, t, c, job.Id.String(), want)
	}
	return outcome
}
