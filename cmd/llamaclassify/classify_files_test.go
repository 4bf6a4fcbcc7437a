package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/samples"
)

func TestClassifyFilesJSON(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	inv := writeFile(t, dir, "invoice.txt", invoiceText)
	rec := writeFile(t, dir, "receipt.txt", receiptText)

	r := runCLI(t, ts.env(), "classify-files", inv, rec, "--rule", invoiceRule, "--rule", receiptRule, "--format", "json")
	wantCode(t, r, exitOK)

	var raw []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil || len(raw) != 2 {
		t.Fatalf("output is not an array of two rows (%v):\n%s", err, r.stdout)
	}
	for _, row := range raw {
		var got []string
		for k := range row {
			got = append(got, k)
		}
		slices.Sort(got)
		if want := []string{"error", "external_file_id", "file", "file_id", "job_id", "result", "status", "transaction_id"}; !slices.Equal(got, want) {
			t.Fatalf("row keys %v, want %v", got, want)
		}
	}
	rows := mustJSON[[]fileOutcome](t, r)
	for i, want := range []struct{ file, typ string }{{inv, "invoice"}, {rec, "receipt"}} {
		row := rows[i]
		if row.File != want.file || row.Error != nil || row.Status == nil || *row.Status != "COMPLETED" {
			t.Fatalf("row %d = %+v", i, row)
		}
		if row.FileID == nil || !strings.HasPrefix(*row.FileID, "dfl-") || row.JobID == nil || *row.JobID == "" {
			t.Fatalf("row %d lacks ids: %+v", i, row)
		}
		if row.Result == nil || row.Result.Type == nil || *row.Result.Type != want.typ || row.Result.Reasoning == "" {
			t.Fatalf("row %d result = %+v, want type %s", i, row.Result, want.typ)
		}
	}
	if r.stderr != "" {
		t.Fatalf("stderr = %q, want nothing when stderr is not a terminal", r.stderr)
	}
}

func TestClassifyFilesTable(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	inv := writeFile(t, dir, "invoice.txt", invoiceText)
	other := writeFile(t, dir, "poem.txt", "Roses bloom in quiet gardens under a silver moon.\n")
	r := runCLI(t, ts.env(), "classify-files", inv, other, "--rule", invoiceRule, "--rule", receiptRule, "--format", "table")
	wantCode(t, r, exitOK)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 3 || strings.Join(strings.Fields(lines[0]), " ") != "FILE TYPE CONFIDENCE REASONING" {
		t.Fatalf("table:\n%s", r.stdout)
	}
	if f := strings.Fields(lines[1]); f[0] != inv || f[1] != "invoice" {
		t.Fatalf("invoice row %q", lines[1])
	}
	if f := strings.Fields(lines[2]); f[0] != other || f[1] != "(no" {
		t.Fatalf("a document no rule fits shows %q, want (no match)", lines[2])
	}
}

// One file that cannot be uploaded fails alone: the others are reported,
// and the exit code says something failed.
func TestClassifyFilesPartialFailure(t *testing.T) {
	ts := newTestServer(t)
	var uploads atomic.Int64
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == http.MethodPost && r.URL.Path == "/api/v1/beta/files" && uploads.Add(1) == 2 {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			_, _ = w.Write([]byte(`{"detail":"file too large"}`))
			return true
		}
		return false
	})
	dir := t.TempDir()
	inv := writeFile(t, dir, "invoice.txt", invoiceText)
	big := writeFile(t, dir, "big.txt", receiptText)
	r := runCLI(t, ts.env(), "classify-files", inv, big, "--rule", invoiceRule, "--rule", receiptRule, "--concurrency", "1", "--format", "json")
	wantCode(t, r, exitFailed)
	rows := mustJSON[[]fileOutcome](t, r)
	if len(rows) != 2 || rows[0].Error != nil || rows[0].Result == nil {
		t.Fatalf("the first file was not classified: %s", r.stdout)
	}
	if rows[1].Error == nil || !strings.Contains(*rows[1].Error, "413") || !strings.Contains(*rows[1].Error, "file too large") || rows[1].Result != nil || rows[1].JobID != nil {
		t.Fatalf("the second row = %+v, want the upload's error", rows[1])
	}
	if !strings.Contains(r.stderr, "1 of 2 files were not classified") {
		t.Fatalf("stderr = %q", r.stderr)
	}

	// The table says FAILED for the type, - for the confidence, and the
	// error in place of the reasoning. (The first file is stored now, and
	// found rather than uploaded again: the second upload is the first one
	// sent.)
	uploads.Store(1)
	r = runCLI(t, ts.env(), "classify-files", inv, big, "--rule", invoiceRule, "--concurrency", "1", "--format", "table")
	wantCode(t, r, exitFailed)
	if !strings.Contains(r.stdout, "FAILED   -           the server answered 413 Request Entity Too Large: file too large") {
		t.Fatalf("table:\n%s", r.stdout)
	}
}

// A rules file and the page options reach every job's configuration.
func TestClassifyFilesRulesFileAndPages(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	inv := writeFile(t, dir, "invoice.txt", invoiceText)
	rules := writeFile(t, dir, "rules.yaml", "- type: invoice\n  description: contains invoice number, line items, and total amount\n- type: receipt\n  description: purchase receipt with transaction info and merchant details\n")
	r := runCLI(t, ts.env(), "classify-files", inv, "--rules", rules, "--target-pages", "1-3", "--max-pages", "2", "--format", "json")
	wantCode(t, r, exitOK)
	rows := mustJSON[[]fileOutcome](t, r)
	r = runCLI(t, ts.env(), "classify", "get", "--job-id", *rows[0].JobID, "--format", "json")
	wantCode(t, r, exitOK)
	job := mustJSON[gen.ClassifyV2JobResponse](t, r)
	pc := job.Configuration.ParsingConfiguration
	if len(job.Configuration.Rules) != 2 || pc == nil || pc.TargetPages == nil || *pc.TargetPages != "1-3" || pc.MaxPages == nil || *pc.MaxPages != 2 {
		t.Fatalf("job configuration = %+v", job.Configuration)
	}
}

// The README's main job: the sample documents, classified by the sample
// rules through the built-in emulator, each as the type its name says.
func TestMainJobOnSampleDocuments(t *testing.T) {
	docs, err := filepath.Glob("../../testdata/docs/*")
	if err != nil || len(docs) == 0 {
		t.Fatalf("no sample documents: %v", err)
	}
	if _, err := os.Stat("../../testdata/rules.yaml"); err != nil {
		t.Fatal(err)
	}
	args := append(append([]string{"classify-files"}, docs...), "--rules", "../../testdata/rules.yaml")
	r := runCLI(t, map[string]string{envEmulatorDelay: "0s"}, args...)
	wantCode(t, r, exitOK)
	if !strings.HasPrefix(r.stderr, embeddedNotice) || strings.Count(r.stderr, "\n") != 1 {
		t.Fatalf("stderr = %q, want the notice only", r.stderr)
	}
	rows := mustJSON[[]fileOutcome](t, r)
	if len(rows) != len(docs) {
		t.Fatalf("%d rows for %d documents", len(rows), len(docs))
	}
	for _, row := range rows {
		if row.Result == nil {
			t.Errorf("%s: no result: %+v", row.File, row)
			continue
		}
		got := ""
		if row.Result.Type != nil {
			got = *row.Result.Type
		}
		want, known := samples.Types[filepath.Base(row.File)]
		if !known || got != want {
			t.Errorf("%s classified as %q, want %q", row.File, got, want)
		}
	}
}

// A --transform that cannot match the output's shape ("result.type" on the
// list of rows) is refused before anything is sent, naming the fields of a
// row; one that maps over the rows runs.
func TestClassifyFilesTransformCheckedBeforeItRuns(t *testing.T) {
	var rows []map[string]any
	if err := json.Unmarshal(sampleOutcomes, &rows); err != nil || len(rows) != 1 {
		t.Fatalf("sample: %v", err)
	}
	var fields []string
	for _, f := range reflect.VisibleFields(reflect.TypeFor[fileOutcome]()) {
		name := strings.Split(f.Tag.Get("json"), ",")[0]
		fields = append(fields, name)
		if rows[0][name] == nil {
			t.Errorf("the sample leaves %s unset: a --transform on it would be refused", name)
		}
	}
	if len(rows[0]) != len(fields) {
		t.Errorf("sample fields %v, want %v", rows[0], fields)
	}

	ts := newTestServer(t)
	doc := writeFile(t, t.TempDir(), "invoice.txt", invoiceText)
	r := runCLI(t, ts.env(), "classify-files", doc, "--rule", invoiceRule, "--format", "jsonl", "--transform", "result.type")
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, `--transform "result.type" matched nothing in the output; the output is a list: "#.result.type" reaches that in each element; the fields of each element (#): file,`) || ts.requests.Load() != 0 {
		t.Fatalf("stderr %q, %d requests", r.stderr, ts.requests.Load())
	}
	r = runCLI(t, ts.env(), "classify-files", doc, "--rule", invoiceRule, "--format", "raw", "--transform", "#.result.type")
	wantCode(t, r, exitOK)
	if r.stdout != "invoice\n" {
		t.Fatalf("stdout %q", r.stdout)
	}
	// Paths whose match depends on the rows are left to the output.
	for _, path := range []string{"0.file", `#(status=="COMPLETED").file`, `#(result.type=="invoice")#.file`} {
		r = runCLI(t, ts.env(), "classify-files", doc, "--rule", invoiceRule, "--format", "raw", "--transform", path)
		wantCode(t, r, exitOK)
		if r.stdout != doc+"\n" {
			t.Errorf("--transform %s: stdout %q, want %q", path, r.stdout, doc+"\n")
		}
	}
}
