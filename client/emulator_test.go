package client

import (
	"context"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
	"github.com/llamaclassify/llamaclassify-go/internal/samples"
)

func sampleRules(t *testing.T) []gen.ClassifierRule {
	t.Helper()
	rules, err := samples.Rules()
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

// emulatorClient starts the emulator and returns a client of it that
// checks every answer against the contract.
func emulatorClient(t *testing.T, opts ...emulator.Option) (*Client, *emulator.Running) {
	t.Helper()
	run, err := emulator.Start(append([]emulator.Option{emulator.WithProcessingDelay(20 * time.Millisecond)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { run.Close() })
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	c, err := New(WithAPIKey(testKey), WithBaseURL(run.URL), WithContractValidation(true),
		WithHTTPClient(&http.Client{Transport: tr}),
		// Generous attempts: the faults below are drawn at random.
		WithRetryPolicy(RetryPolicy{MaxAttempts: 12, MinDelay: time.Millisecond, MaxDelay: 4 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	return c, run
}

// TestClassifyFilesAgainstAFaultyEmulator classifies the sample documents
// while the emulator drops connections, rate limits, and fails requests
// before and after acting: every document gets its type, and there is
// exactly one file and one job per document.
func TestClassifyFilesAgainstAFaultyEmulator(t *testing.T) {
	c, run := emulatorClient(t, emulator.WithFaults(emulator.Faults{
		// With seed 21 the first 20 requests meet every kind of fault.
		Seed:          21,
		Fail503After:  0.15,
		Fail503Before: 0.05,
		RateLimit429:  0.05,
		Drop:          0.05,
		// Retry-After: 0, so the test does not wait whole seconds.
	}))
	var docs []Document
	for name := range samples.Types {
		docs = append(docs, FromPath(samples.Doc(name)))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	results, err := c.ClassifyFiles(ctx, docs, sampleRules(t), WithConcurrency(3), WithWait(fastWait...))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		name := filepath.Base(r.Document.Path)
		if r.Err != nil {
			t.Errorf("%s: %v", name, r.Err)
			continue
		}
		if r.Type() != samples.Types[name] {
			t.Errorf("%s classified as %q, want %q", name, r.Type(), samples.Types[name])
		}
	}
	st := run.Server.Stats()
	if st.Files != len(docs) || st.ClassifyJobs != len(docs) {
		t.Errorf("%d files and %d jobs stored for %d documents: a retry duplicated work", st.Files, st.ClassifyJobs, len(docs))
	}
	if f := st.Faults; f.Unavailable503After == 0 || f.Dropped == 0 || f.RateLimited429 == 0 || f.Unavailable503Before == 0 {
		t.Errorf("faults injected: %+v; the test proves nothing without them", f)
	}
	t.Logf("%d requests, faults %+v", st.Requests, st.Faults)
}

// TestClassifierJobAgainstTheEmulator runs the v1 flow: upload, one job
// over every file, wait, read the per-file results.
func TestClassifierJobAgainstTheEmulator(t *testing.T) {
	c, _ := emulatorClient(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	names := map[openapi_types.UUID]string{}
	var ids []openapi_types.UUID
	for name := range samples.Types {
		file, err := c.UploadFile(ctx, Upload{Path: samples.Doc(name)})
		if err != nil {
			t.Fatal(err)
		}
		id, err := ClassifierFileID(file.Id)
		if err != nil {
			t.Fatal(err)
		}
		names[id] = name
		ids = append(ids, id)
	}
	job, err := c.CreateClassifierJob(ctx, gen.ClassifyJobCreate{FileIds: ids, Rules: sampleRules(t)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitClassifierJob(ctx, job.Id.String(), fastWait...); err != nil {
		t.Fatal(err)
	}
	res, err := c.GetClassifierJobResults(ctx, job.Id.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Items) != len(ids) {
		t.Fatalf("%d results for %d files", len(res.Items), len(ids))
	}
	for _, item := range res.Items {
		name := names[*item.FileId]
		got := ""
		if item.Result != nil && item.Result.Type != nil {
			got = *item.Result.Type
		}
		if got != samples.Types[name] {
			t.Errorf("%s classified as %q, want %q", name, got, samples.Types[name])
		}
	}
}
