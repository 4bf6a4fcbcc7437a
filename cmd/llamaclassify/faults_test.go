package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// The CLI's side of the batch fault suite (see internal/e2e): classify-files
// over 40 files through a service that answers 10% of requests 503 before
// acting, 5% 503 after acting, 5% 429, and drops 2% of connections after
// acting, with the CLI's default settings (only --concurrency 1 for the
// runs one file at a time). Every file must be classified, with exactly one
// file and one job each on the service.
//
// LLAMACLASSIFY_FAULT_SEEDS sets how many seeds run (default 3; make faults
// runs 20).

// batchFaults is the suite's fault mix (emulator.BatchFaults).
func batchFaults(seed uint64) emulator.Faults { return emulator.BatchFaults(seed) }

func faultSeeds(t *testing.T) int {
	t.Helper()
	n, err := emulator.FaultSeeds()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// cliFaultRun is one run of classify-files and what it saw.
type cliFaultRun struct {
	seed        uint64
	concurrency int

	classified, lost, duplicated, files, jobs, requests int
	faults                                              emulator.FaultStats
	wall                                                time.Duration
}

func TestFaultSuiteCLI(t *testing.T) {
	const n = 40
	seeds := faultSeeds(t)
	var runs []*cliFaultRun
	for seed := 1; seed <= seeds; seed++ {
		for _, conc := range []int{1, 8} {
			runs = append(runs, &cliFaultRun{seed: uint64(seed), concurrency: conc})
		}
	}
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	for _, r := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			t.Run(fmt.Sprintf("seed=%d/concurrency=%d", r.seed, r.concurrency), func(t *testing.T) { runCLIUnderFaults(t, r, n) })
		}()
	}
	wg.Wait()

	var b strings.Builder
	fmt.Fprintf(&b, "classify-files over %d files a run, default settings, faults %+v (seed varies)\n", n, batchFaults(0))
	fmt.Fprintf(&b, "%4s %4s %10s %5s %5s %5s %5s %8s %7s\n", "seed", "conc", "classified", "lost", "dup", "files", "jobs", "requests", "wall")
	lost, dup, classified := 0, 0, 0
	for _, r := range runs {
		fmt.Fprintf(&b, "%4d %4d %10d %5d %5d %5d %5d %8d %7s\n", r.seed, r.concurrency, r.classified, r.lost, r.duplicated, r.files, r.jobs, r.requests, r.wall.Round(100*time.Millisecond))
		lost += r.lost
		dup += r.duplicated
		classified += r.classified
	}
	fmt.Fprintf(&b, "%d runs: %d of %d files classified, %d lost, %d duplicated", len(runs), classified, len(runs)*n, lost, dup)
	t.Log("\n" + b.String())
}

// runCLIUnderFaults runs classify-files for r and checks it.
func runCLIUnderFaults(t *testing.T, r *cliFaultRun, n int) {
	ts := newTestServer(t, emulator.WithFaults(batchFaults(r.seed)), emulator.WithProcessingDelay(emulator.DefaultProcessingDelay))
	paths, types := writeDocs(t, n)
	args := append(append([]string{"classify-files"}, paths...), "--rule", invoiceRule, "--rule", receiptRule, "--format", "json")
	if r.concurrency != 8 {
		args = append(args, "--concurrency", strconv.Itoa(r.concurrency))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var out, errb syncBuffer
	env := ts.env()
	start := time.Now()
	code := execute(ctx, args, strings.NewReader(""), &out, &errb, func(k string) string { return env[k] })
	r.wall = time.Since(start)
	res := runResult{code: code, stdout: out.String(), stderr: errb.String()}
	st := ts.emu.Stats()
	r.files, r.jobs, r.requests, r.faults = st.Files, st.ClassifyJobs, int(ts.requests.Load()), st.Faults
	r.duplicated = max(st.Files-n, 0) + max(st.ClassifyJobs-n, 0)
	rows := mustJSON[[]fileOutcome](t, res)
	for i, row := range rows {
		if row.Error == nil && row.Result != nil && row.Result.Type != nil && *row.Result.Type == types[i] {
			r.classified++
			continue
		}
		msg := ""
		if row.Error != nil {
			msg = *row.Error
		}
		t.Errorf("%s: not classified as %s: %s", row.File, types[i], msg)
	}
	r.lost = n - r.classified
	wantCode(t, res, exitOK)
	if st.Files != n || st.ClassifyJobs != n {
		t.Errorf("the emulator holds %d files and %d jobs for %d files", st.Files, st.ClassifyJobs, n)
	}
}
