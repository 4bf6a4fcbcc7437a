package e2e

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// The batch fault suite: ClassifyFiles over 40 documents through a service
// that answers 10% of requests 503 before acting, 5% 503 after acting, 5%
// 429, and drops 2% of connections after acting, for many seeds, one
// document at a time and eight at once, with the client's default
// settings. Every document must be classified, and the service must hold
// exactly one file and one job a document: nothing lost, nothing done
// twice.
//
// LLAMACLASSIFY_FAULT_SEEDS sets how many seeds run (default 3; make faults
// runs 20). The CLI's side of the suite is in cmd/llamaclassify.

// batchFaults is the suite's fault mix (emulator.BatchFaults).
func batchFaults(seed uint64) emulator.Faults { return emulator.BatchFaults(seed) }

// faultSeeds returns how many seeds to run.
func faultSeeds(t *testing.T) int {
	t.Helper()
	n, err := emulator.FaultSeeds()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// batchSize is how many documents each run classifies.
const batchSize = 40

// faultRun is one run of the suite and what it saw.
type faultRun struct {
	seed        uint64
	concurrency int

	classified, lost, duplicated int
	files, jobs                  int
	requests, retries, resumes   int
	faults                       emulator.FaultStats
	wall                         time.Duration
}

func TestFaultSuite(t *testing.T) {
	seeds := faultSeeds(t)
	var runs []*faultRun
	for seed := 1; seed <= seeds; seed++ {
		for _, conc := range []int{1, 8} {
			runs = append(runs, &faultRun{seed: uint64(seed), concurrency: conc})
		}
	}
	// The runs spend their time waiting on pauses and polls: run several
	// at once, each with its own service and client.
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for _, r := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			t.Run(fmt.Sprintf("seed=%d/concurrency=%d", r.seed, r.concurrency), func(t *testing.T) { runBatchUnderFaults(t, r) })
		}()
	}
	wg.Wait()

	var b strings.Builder
	fmt.Fprintf(&b, "%d documents a run, faults %+v (seed varies)\n", batchSize, batchFaults(0))
	fmt.Fprintf(&b, "%4s %4s %10s %5s %5s %5s %5s %8s %7s %8s %7s\n", "seed", "conc", "classified", "lost", "dup", "files", "jobs", "requests", "retries", "resumed", "wall")
	var total faultRun
	for _, r := range runs {
		fmt.Fprintf(&b, "%4d %4d %10d %5d %5d %5d %5d %8d %7d %8d %7s\n", r.seed, r.concurrency, r.classified, r.lost, r.duplicated, r.files, r.jobs,
			r.requests, r.retries, r.resumes, r.wall.Round(100*time.Millisecond))
		total.classified += r.classified
		total.lost += r.lost
		total.duplicated += r.duplicated
		total.faults.Unavailable503Before += r.faults.Unavailable503Before
		total.faults.Unavailable503After += r.faults.Unavailable503After
		total.faults.RateLimited429 += r.faults.RateLimited429
		total.faults.Dropped += r.faults.Dropped
	}
	fmt.Fprintf(&b, "%d runs: %d of %d documents classified, %d lost, %d duplicated; faults injected %+v",
		len(runs), total.classified, len(runs)*batchSize, total.lost, total.duplicated, total.faults)
	t.Log("\n" + b.String())
	if f := total.faults; f.Unavailable503Before == 0 || f.Unavailable503After == 0 || f.RateLimited429 == 0 || f.Dropped == 0 {
		t.Errorf("faults injected %+v: a kind is missing, so the suite does not prove the client survives it", f)
	}
}

// runBatchUnderFaults classifies one batch for r and checks it.
func runBatchUnderFaults(t *testing.T, r *faultRun) {
	h := newFaultHarness(t, batchFaults(r.seed))
	log := &attemptLog{}
	c := newClient(t, h.URL, client.WithLogger(slog.New(log)))
	gens := generate(batchSize, r.seed)
	docs := make([]client.Document, len(gens))
	for i, g := range gens {
		docs[i] = g.document()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	start := time.Now()
	results, err := c.ClassifyFiles(ctx, docs, rules(t), client.WithConcurrency(r.concurrency))
	r.wall = time.Since(start)
	if err != nil {
		t.Fatalf("ClassifyFiles: %v", err)
	}
	for i, res := range results {
		switch {
		case res.Err != nil:
			t.Errorf("%s: not classified: %v", gens[i].name, res.Err)
		case res.Type() != gens[i].want:
			t.Errorf("%s: classified as %q, want %q", gens[i].name, res.Type(), gens[i].want)
		default:
			r.classified++
		}
	}
	st := h.emu.Stats()
	r.files, r.jobs, r.requests, r.faults = st.Files, st.ClassifyJobs, st.Requests, st.Faults
	r.lost = batchSize - r.classified
	r.duplicated = max(st.Files-batchSize, 0) + max(st.ClassifyJobs-batchSize, 0)
	_, r.retries = log.totals()
	r.resumes = log.resumes()
	if st.Files != batchSize || st.ClassifyJobs != batchSize {
		t.Errorf("the emulator holds %d files and %d jobs for %d documents", st.Files, st.ClassifyJobs, batchSize)
	}
}
