package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	yaml "go.yaml.in/yaml/v3"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

const invoiceConfiguration = "{rules: [{type: invoice, description: 'contains invoice number, line items, and total amount'}, {type: receipt, description: 'purchase receipt with transaction info and merchant details'}]}"

// uploadFile uploads content through the CLI and returns the file id.
func uploadFile(t *testing.T, ts *testServer, name, content string) string {
	t.Helper()
	path := writeFile(t, t.TempDir(), name, content)
	r := runCLI(t, ts.env(), "files", "upload", path, "--transform", "id", "--format", "raw")
	wantCode(t, r, exitOK)
	id := strings.TrimSpace(r.stdout)
	if !strings.HasPrefix(id, "dfl-") {
		t.Fatalf("upload printed %q, want a dfl- id", r.stdout)
	}
	return id
}

func TestFilesUploadAndList(t *testing.T) {
	ts := newTestServer(t)
	path := writeFile(t, t.TempDir(), "invoice.txt", invoiceText)
	r := runCLI(t, ts.env(), "files", "upload", path, "--external-file-id", "inv-7", "--format", "json")
	wantCode(t, r, exitOK)
	file := mustJSON[gen.FileV2](t, r)
	if file.Name != "invoice.txt" || file.ExternalFileId == nil || *file.ExternalFileId != "inv-7" || file.Purpose == nil || *file.Purpose != "classify" {
		t.Fatalf("uploaded file = %+v", file)
	}

	r = runCLI(t, ts.env(), "files", "list", "--external-file-id", "inv-7", "--format", "json")
	wantCode(t, r, exitOK)
	page := mustJSON[gen.FileQueryResponse](t, r)
	if len(page.Items) != 1 || page.Items[0].Id != file.Id {
		t.Fatalf("files list = %+v, want the uploaded file", page)
	}

	r = runCLI(t, ts.env(), "files", "list", "--format", "table")
	wantCode(t, r, exitOK)
	if !strings.HasPrefix(r.stdout, "ID ") || !strings.Contains(r.stdout, file.Id) || !strings.Contains(r.stdout, "invoice.txt") {
		t.Fatalf("files table:\n%s", r.stdout)
	}
}

// files upload refuses an empty file for classification, as
// classify-files does, sending nothing; a purpose it does not know is sent,
// with a warning naming the known ones.
func TestFilesUploadEmptyAndUnknownPurpose(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty.txt", "")
	r := runCLI(t, ts.env(), "files", "upload", empty)
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "empty.txt: the file is empty: a classify job would fail on it") || ts.requests.Load() != 0 {
		t.Fatalf("stderr %q, %d requests", r.stderr, ts.requests.Load())
	}
	r = runCLI(t, ts.env(), "files", "upload", writeFile(t, dir, "a.txt", invoiceText), "--purpose", "clasify", "--transform", "purpose", "--format", "raw")
	wantCode(t, r, exitOK)
	if r.stdout != "clasify\n" || !strings.Contains(r.stderr, `warning: --purpose "clasify" is none of user_data, parse, extract, classify`) {
		t.Fatalf("stdout %q, stderr %q", r.stdout, r.stderr)
	}
}

func TestClassifierJobsCommands(t *testing.T) {
	ts := newTestServer(t)
	fileID := uploadFile(t, ts, "invoice.txt", invoiceText)

	// lang: no must reach the server as Norwegian, not as false.
	r := runCLI(t, ts.env(), "classifier:jobs", "create", "--file-id", fileID,
		"--rule", "{description: 'contains invoice number, line items, and total amount', type: invoice}",
		"--rule", `{"type": "receipt", "description": "purchase receipt with transaction info and merchant details"}`,
		"--mode", "fast", "--parsing-configuration", "{lang: no, max_pages: 5, target_pages: [0]}",
		"--wait", "--format", "json")
	wantCode(t, r, exitOK)
	job := mustJSON[gen.ClassifyJob](t, r)
	if job.Status != gen.StatusEnumSUCCESS || len(job.Rules) != 2 {
		t.Fatalf("waited job = %+v", job)
	}
	// --mode takes any case, as classify list's --status does.
	if job.Mode == nil || *job.Mode != gen.ClassifyModeFAST {
		t.Fatalf("mode = %v, want FAST from --mode fast", job.Mode)
	}
	if pc := job.ParsingConfiguration; pc == nil || pc.Lang == nil || *pc.Lang != gen.No || *pc.MaxPages != 5 {
		t.Fatalf("parsing configuration = %+v", job.ParsingConfiguration)
	}

	r = runCLI(t, ts.env(), "classifier:jobs", "get", "--classify-job-id", job.Id.String(), "--transform", "status", "--format", "raw")
	wantCode(t, r, exitOK)
	if r.stdout != "SUCCESS\n" {
		t.Fatalf("get status = %q", r.stdout)
	}

	r = runCLI(t, ts.env(), "classifier:jobs", "get-results", "--classify-job-id", job.Id.String(), "--format", "json")
	wantCode(t, r, exitOK)
	results := mustJSON[gen.ClassifyJobResults](t, r)
	if len(results.Items) != 1 || results.Items[0].Result == nil || results.Items[0].Result.Type == nil || *results.Items[0].Result.Type != "invoice" {
		t.Fatalf("results = %s", r.stdout)
	}

	r = runCLI(t, ts.env(), "classifier:jobs", "get-results", "--classify-job-id", job.Id.String(), "--format", "table")
	wantCode(t, r, exitOK)
	if !strings.HasPrefix(r.stdout, "FILE ID") || !strings.Contains(r.stdout, "invoice") {
		t.Fatalf("results table:\n%s", r.stdout)
	}

	r = runCLI(t, ts.env(), "classifier:jobs", "list", "--all", "--format", "jsonl")
	wantCode(t, r, exitOK)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 1 {
		t.Fatalf("jsonl lines = %d:\n%s", len(lines), r.stdout)
	}
	var listed gen.ClassifyJob
	if err := json.Unmarshal([]byte(lines[0]), &listed); err != nil || listed.Id != job.Id {
		t.Fatalf("jsonl line %q: %v", lines[0], err)
	}
}

func TestClassifyCommands(t *testing.T) {
	ts := newTestServer(t)
	fileID := uploadFile(t, ts, "invoice.txt", invoiceText)

	r := runCLI(t, ts.env(), "classify", "create", "--file-input", fileID, "--configuration", invoiceConfiguration,
		"--transaction-id", "txn-1", "--wait", "--format", "json")
	wantCode(t, r, exitOK)
	job := mustJSON[gen.ClassifyV2JobResponse](t, r)
	if job.Status != gen.ClassifyV2JobStatusCOMPLETED || job.Result == nil || job.Result.Type == nil || *job.Result.Type != "invoice" {
		t.Fatalf("waited job = %s", r.stdout)
	}

	// The same transaction id returns the same job.
	r = runCLI(t, ts.env(), "classify", "create", "--file-input", fileID, "--configuration", invoiceConfiguration,
		"--transaction-id", "txn-1", "--transform", "id", "--format", "raw")
	wantCode(t, r, exitOK)
	if strings.TrimSpace(r.stdout) != job.Id {
		t.Fatalf("repeated transaction id made job %q, want %q", r.stdout, job.Id)
	}

	r = runCLI(t, ts.env(), "classify", "get", "--job-id", job.Id, "--format", "yaml")
	wantCode(t, r, exitOK)
	var got map[string]any
	if err := yaml.Unmarshal([]byte(r.stdout), &got); err != nil || got["id"] != job.Id || got["status"] != "COMPLETED" {
		t.Fatalf("yaml output %v:\n%s", err, r.stdout)
	}

	r = runCLI(t, ts.env(), "classify", "list", "--job-id", job.Id, "--status", "completed", "--format", "json")
	wantCode(t, r, exitOK)
	page := mustJSON[gen.ClassifyV2JobQueryResponse](t, r)
	if len(page.Items) != 1 || page.Items[0].Id != job.Id {
		t.Fatalf("list = %s", r.stdout)
	}

	// Cancelling a job that has ended is refused by the server.
	r = runCLI(t, ts.env(), "classify", "cancel", "--job-id", job.Id)
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "the server answered 409 Conflict") {
		t.Fatalf("stderr = %q", r.stderr)
	}

	// The deprecated --file-id still works, with a warning.
	r = runCLI(t, ts.env(), "classify", "create", "--file-id", fileID, "--configuration", invoiceConfiguration, "--format", "json")
	wantCode(t, r, exitOK)
	if !strings.Contains(r.stderr, "warning: --file-id is deprecated, use --file-input") {
		t.Fatalf("stderr = %q, want a deprecation warning", r.stderr)
	}
}

func TestClassifyCancelAndWaitOutcome(t *testing.T) {
	ts := newTestServer(t, emulator.WithProcessingDelay(time.Hour))
	file := ts.emu.PutFile(gen.FileV2{Name: "invoice.txt"}, []byte(invoiceText))
	r := runCLI(t, ts.env(), "classify", "create", "--file-input", file.Id, "--configuration", invoiceConfiguration, "--format", "json")
	wantCode(t, r, exitOK)
	job := mustJSON[gen.ClassifyV2JobResponse](t, r)
	if job.Status != gen.ClassifyV2JobStatusPENDING {
		t.Fatalf("new job status %s", job.Status)
	}
	r = runCLI(t, ts.env(), "classify", "cancel", "--job-id", job.Id, "--transform", "status", "--format", "raw")
	wantCode(t, r, exitOK)
	if r.stdout != "CANCELLED\n" {
		t.Fatalf("cancel printed %q", r.stdout)
	}

	// Waiting on a job that ends other than COMPLETED prints it and exits 3.
	ts.emu.PutClassifyJob(gen.ClassifyV2JobResponse{Id: "cls-failed", FileInput: file.Id, Status: gen.ClassifyV2JobStatusFAILED, ErrorMessage: ptr("cannot read the file")})
	ts.emu.PutClassifyJob(gen.ClassifyV2JobResponse{Id: "cls-failed-2", FileInput: file.Id, Status: gen.ClassifyV2JobStatusFAILED, TransactionId: ptr("txn-failed"), ErrorMessage: ptr("no extractable text")})
	r = runCLI(t, ts.env(), "classify", "create", "--file-input", file.Id, "--configuration", invoiceConfiguration,
		"--transaction-id", "txn-failed", "--wait", "--format", "json")
	wantCode(t, r, exitFailed)
	if got := mustJSON[gen.ClassifyV2JobResponse](t, r); got.Id != "cls-failed-2" || got.Status != gen.ClassifyV2JobStatusFAILED {
		t.Fatalf("waited job = %s", r.stdout)
	}
	// The service's reason is on stderr, where a --transform that keeps
	// only the id would otherwise hide it.
	if !strings.Contains(r.stderr, "classify job cls-failed-2 ended FAILED: no extractable text\n") {
		t.Fatalf("stderr = %q", r.stderr)
	}

	// get --wait of a job that has ended prints it at once: one request.
	before := ts.requests.Load()
	r = runCLI(t, ts.env(), "classify", "get", "--job-id", "cls-failed", "--wait", "--transform", "id", "--format", "raw")
	wantCode(t, r, exitFailed)
	if r.stdout != "cls-failed\n" || !strings.Contains(r.stderr, "classify job cls-failed ended FAILED: cannot read the file\n") {
		t.Fatalf("get --wait of a failed job: stdout %q, stderr %q", r.stdout, r.stderr)
	}
	if n := ts.requests.Load() - before; n != 1 {
		t.Errorf("get --wait of an ended job sent %d requests, want 1", n)
	}
}

func ptr[T any](v T) *T { return &v }

// --all follows every page; without it one page and its token are printed.
func TestListPagination(t *testing.T) {
	ts := newTestServer(t)
	for i := range 3 {
		ts.emu.PutClassifyJob(gen.ClassifyV2JobResponse{Id: "cls-" + string(rune('a'+i)), FileInput: "dfl-x", Status: gen.ClassifyV2JobStatusCOMPLETED})
	}
	r := runCLI(t, ts.env(), "classify", "list", "--page-size", "1", "--format", "json")
	wantCode(t, r, exitOK)
	page := mustJSON[gen.ClassifyV2JobQueryResponse](t, r)
	if len(page.Items) != 1 || page.NextPageToken == nil {
		t.Fatalf("first page = %s", r.stdout)
	}
	r = runCLI(t, ts.env(), "classify", "list", "--page-size", "1", "--page-token", *page.NextPageToken, "--format", "json")
	wantCode(t, r, exitOK)
	if second := mustJSON[gen.ClassifyV2JobQueryResponse](t, r); len(second.Items) != 1 || second.Items[0].Id == page.Items[0].Id {
		t.Fatalf("second page = %s", r.stdout)
	}

	r = runCLI(t, ts.env(), "classify", "list", "--page-size", "1", "--all", "--format", "json")
	wantCode(t, r, exitOK)
	all := mustJSON[gen.ClassifyV2JobQueryResponse](t, r)
	if len(all.Items) != 3 || all.NextPageToken != nil {
		t.Fatalf("--all = %s", r.stdout)
	}
	r = runCLI(t, ts.env(), "classify", "list", "--page-size", "1", "--format", "table")
	wantCode(t, r, exitOK)
	// The hint goes to stderr, so a table piped on holds its rows alone.
	if !strings.Contains(r.stderr, "next page: --page-token ") || strings.Contains(r.stdout, "next page") {
		t.Fatalf("the next page hint is not on stderr alone:\nstdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	}
}

// Each format prints what it claims.
func TestOutputFormatsOfACommand(t *testing.T) {
	ts := newTestServer(t)
	ts.emu.PutClassifyJob(gen.ClassifyV2JobResponse{Id: "cls-1", FileInput: "dfl-x", Status: gen.ClassifyV2JobStatusCOMPLETED,
		Result: &gen.ClassificationResult{Type: ptr("invoice"), Confidence: 0.9, Reasoning: "mentions 'invoice number'"}})
	ts.emu.PutClassifyJob(gen.ClassifyV2JobResponse{Id: "cls-2", FileInput: "dfl-y", Status: gen.ClassifyV2JobStatusPENDING})

	r := runCLI(t, ts.env(), "classify", "list")
	wantCode(t, r, exitOK)
	if page := mustJSON[gen.ClassifyV2JobQueryResponse](t, r); len(page.Items) != 2 {
		t.Fatalf("auto off a terminal is not the JSON page:\n%s", r.stdout)
	}

	r = runCLI(t, ts.env(), "classify", "list", "--format", "jsonl")
	wantCode(t, r, exitOK)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("jsonl:\n%s", r.stdout)
	}
	for _, l := range lines {
		var job gen.ClassifyV2JobResponse
		if err := json.Unmarshal([]byte(l), &job); err != nil || job.Id == "" {
			t.Fatalf("jsonl line %q: %v", l, err)
		}
	}

	r = runCLI(t, ts.env(), "classify", "list", "--format", "yaml")
	wantCode(t, r, exitOK)
	var doc struct {
		Items []map[string]any `yaml:"items"`
	}
	if err := yaml.Unmarshal([]byte(r.stdout), &doc); err != nil || len(doc.Items) != 2 {
		t.Fatalf("yaml (%v):\n%s", err, r.stdout)
	}

	// Not a terminal: pretty is indented JSON without colour.
	r = runCLI(t, ts.env(), "classify", "get", "--job-id", "cls-1", "--format", "pretty")
	wantCode(t, r, exitOK)
	if strings.Contains(r.stdout, "\x1b[") || !strings.Contains(r.stdout, "\n  \"id\": \"cls-1\"") {
		t.Fatalf("pretty:\n%q", r.stdout)
	}

	r = runCLI(t, ts.env(), "classify", "list", "--format", "table")
	wantCode(t, r, exitOK)
	if !strings.HasPrefix(r.stdout, "ID ") || !strings.Contains(r.stdout, "invoice") || !strings.Contains(r.stdout, "PENDING") {
		t.Fatalf("table:\n%s", r.stdout)
	}

	r = runCLI(t, ts.env(), "classify", "list", "--transform", "items.#.id", "--format", "json")
	wantCode(t, r, exitOK)
	if ids := mustJSON[[]string](t, r); len(ids) != 2 {
		t.Fatalf("transform: %s", r.stdout)
	}
}

// files get shows an upload, with a download URL that gives its content
// back; files delete removes it, after which get reports it gone.
func TestFilesGetAndDelete(t *testing.T) {
	ts := newTestServer(t)
	id := uploadFile(t, ts, "invoice.txt", invoiceText)

	r := runCLI(t, ts.env(), "files", "get", id, "--download-url", "--format", "json")
	wantCode(t, r, exitOK)
	file := mustJSON[gen.FileV2](t, r)
	if file.Id != id || file.Name != "invoice.txt" || file.DownloadUrl == nil {
		t.Fatalf("files get = %+v", file)
	}
	resp, err := http.Get(file.DownloadUrl.Url)
	if err != nil {
		t.Fatal(err)
	}
	content, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || string(content) != invoiceText {
		t.Fatalf("download: %d %q", resp.StatusCode, content)
	}
	// The bare uuid names the same file.
	r = runCLI(t, ts.env(), "files", "get", strings.TrimPrefix(id, "dfl-"), "--transform", "name", "--format", "raw")
	wantCode(t, r, exitOK)
	if strings.TrimSpace(r.stdout) != "invoice.txt" {
		t.Fatalf("get by uuid printed %q", r.stdout)
	}

	r = runCLI(t, ts.env(), "files", "delete", id)
	wantCode(t, r, exitOK)
	if !strings.Contains(r.stderr, "deleted "+id) {
		t.Fatalf("delete stderr = %q", r.stderr)
	}
	r = runCLI(t, ts.env(), "files", "get", id)
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "not found") {
		t.Fatalf("get after delete: stderr = %q", r.stderr)
	}
	r = runCLI(t, ts.env(), "files", "list", "--format", "json")
	if page := mustJSON[gen.FileQueryResponse](t, r); len(page.Items) != 0 {
		t.Fatalf("files after delete: %+v", page.Items)
	}

	before := ts.requests.Load()
	r = runCLI(t, ts.env(), "files", "delete", "not-an-id")
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, `"not-an-id": want a file id (dfl-<uuid>) or its uuid`) || ts.requests.Load() != before {
		t.Fatalf("bad id: stderr %q, %d requests sent", r.stderr, ts.requests.Load()-before)
	}
}

// A v1 job's results come whole: all 500 files of a job, from the client
// and through the CLI.
func TestClassifierJobResultsOfFiveHundredFiles(t *testing.T) {
	ts := newTestServer(t)
	c, err := client.New(client.WithBaseURL(ts.URL), client.WithAPIKey("test-key"))
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]gen.ClassifyJobId, 500)
	for i := range ids {
		f := ts.emu.PutFile(gen.FileV2{Name: fmt.Sprintf("invoice-%03d.txt", i)}, []byte(invoiceText))
		if ids[i], err = client.ClassifierFileID(f.Id); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	job, err := c.CreateClassifierJob(ctx, gen.ClassifyJobCreate{FileIds: ids, Rules: []gen.ClassifierRule{
		{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitClassifierJob(ctx, job.Id.String(), client.WithMinDelay(10*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	res, err := c.GetClassifierJobResults(ctx, job.Id.String())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, it := range res.Items {
		if it.FileId != nil {
			seen[it.FileId.String()] = true
		}
	}
	if len(res.Items) != 500 || len(seen) != 500 {
		t.Fatalf("client: %d results for %d distinct files, want 500", len(res.Items), len(seen))
	}

	r := runCLI(t, ts.env(), "classifier:jobs", "get-results", "--classify-job-id", job.Id.String(), "--format", "json")
	wantCode(t, r, exitOK)
	if got := mustJSON[gen.ClassifyJobResults](t, r); len(got.Items) != 500 {
		t.Fatalf("CLI: %d results, want 500", len(got.Items))
	}
}

// A file named twice, by its dfl- id and by its uuid, is deleted once:
// one DELETE, exit 0.
func TestFilesDeleteNamedTwiceDeletesOnce(t *testing.T) {
	ts := newTestServer(t)
	a := uploadFile(t, ts, "a.txt", invoiceText)
	before := ts.requests.Load()
	r := runCLI(t, ts.env(), "files", "delete", strings.TrimPrefix(a, "dfl-"), a, strings.ToUpper(strings.TrimPrefix(a, "dfl-")))
	wantCode(t, r, exitOK)
	if n := ts.requests.Load() - before; n != 1 {
		t.Errorf("%d requests, want one DELETE", n)
	}
	if strings.Count(r.stderr, "deleted ") != 1 {
		t.Errorf("stderr %q, want one deletion", r.stderr)
	}
}

// files delete with several ids tries every one, as rm does: one that is
// gone does not keep the others, and the command says which failed and
// exits 3.
func TestFilesDeleteTriesEveryID(t *testing.T) {
	ts := newTestServer(t)
	a := uploadFile(t, ts, "a.txt", invoiceText)
	b := uploadFile(t, ts, "b.txt", receiptText)
	gone := "dfl-00000000-0000-4000-8000-000000000000"
	r := runCLI(t, ts.env(), "files", "delete", a, gone, b)
	wantCode(t, r, exitFailed)
	for _, want := range []string{"deleted " + a + "\n", "llamaclassify: " + gone + ": ", "deleted " + b + "\n", "files delete: 1 of 3 files not deleted"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	r = runCLI(t, ts.env(), "files", "list", "--format", "json")
	if page := mustJSON[gen.FileQueryResponse](t, r); len(page.Items) != 0 {
		t.Fatalf("files left after deleting both: %+v", page.Items)
	}

	// A refused key would refuse the rest alike: they are not tried, and
	// the command names them.
	locked := newTestServer(t, emulator.WithRequiredKey("the-right-key"))
	r = runCLI(t, nil, "files", "delete", a, b, gone, "--base-url", locked.URL, "--api-key", "a-wrong-key")
	wantCode(t, r, exitError)
	if want := "files delete: 3 of 3 files not deleted (2 not tried: " + b + " " + gone + ")"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
	}
	if n := locked.requests.Load(); n != 1 {
		t.Errorf("%d requests after the key was refused, want 1", n)
	}
	if !strings.Contains(r.stderr, "llamaclassify: "+a+": the server answered 401") || !strings.Contains(r.stderr, "check --api-key") {
		t.Errorf("the refusal is not said as any command's is:\n%s", r.stderr)
	}
	// A key refused at the last id is a refusal too: exit 1.
	r = runCLI(t, nil, "files", "delete", a, "--base-url", locked.URL, "--api-key", "a-wrong-key")
	wantCode(t, r, exitError)

	// One id that is gone: the server's answer, exit 1.
	r = runCLI(t, ts.env(), "files", "delete", gone)
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "llamaclassify: "+gone+": the server answered 404") {
		t.Errorf("stderr = %q", r.stderr)
	}
}

// A v1 job waited for that ends ERROR says why on stderr too.
func TestClassifierJobWaitSaysWhyItFailed(t *testing.T) {
	ts := newTestServer(t)
	r := runCLI(t, ts.env(), "classifier:jobs", "create", "--file-id", "00000000-0000-4000-8000-000000000000",
		"--rule", "{type: invoice, description: 'contains invoice number, line items'}", "--wait", "--transform", "id", "--format", "raw")
	wantCode(t, r, exitFailed)
	if !regexp.MustCompile(`classifier job [0-9a-f-]{36} ended ERROR: no file could be classified: file 00000000-0000-4000-8000-000000000000 not found\n`).MatchString(r.stderr) {
		t.Fatalf("stderr = %q", r.stderr)
	}
}

// Bad usage exits 1 with its reason and a pointer to --help on stderr,
// never 0 with a help page on stdout where a script reads output.
func TestBadUsageExitsOneAndSaysWhy(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"classify"}, "llamaclassify classify needs a subcommand: cancel, create, get, list"},
		{[]string{"files"}, "llamaclassify files needs a subcommand: delete, get, list, upload"},
		{[]string{"contract"}, "llamaclassify contract needs a subcommand"},
		{[]string{"completion", "nosh"}, `unknown command "nosh" for "llamaclassify completion"`},
		{[]string{"classify", "bogus"}, `unknown command "bogus" for "llamaclassify classify"`},
		{[]string{"bogus"}, `unknown command "bogus" for "llamaclassify"`},
		{[]string{"classify", "get", "extra", "--job-id", "cls-x"}, `llamaclassify classify get takes no arguments, but was given "extra"`},
	} {
		r := runCLI(t, nil, tc.args...)
		if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, "--help' for usage") {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q; want 1, nothing, %q", tc.args, r.code, len(r.stdout), r.stderr, tc.want)
		}
	}
	if r := runCLI(t, nil, "completion", "bash"); r.code != 0 || !strings.Contains(r.stdout, "bash completion") {
		t.Errorf("completion bash: exit %d, %d bytes", r.code, len(r.stdout))
	}
}

// A v1 job's file that was not classified has no result: get-results
// exits 3 and says how many, and its table shows FAILED and why (from the
// job's error message), not a blank row; JSON stays the service's answer.
func TestGetResultsShowsAFileThatFailed(t *testing.T) {
	ts := newTestServer(t)
	good := uploadFile(t, ts, "invoice.txt", invoiceText)
	bad := uploadFile(t, ts, "noise.txt", string(bytes.Repeat([]byte{0, 1, 2, 0xff, 0xfe, 7}, 500)))
	r := runCLI(t, ts.env(), "classifier:jobs", "create", "--file-id", good, "--file-id", bad,
		"--rule", "{type: invoice, description: 'contains invoice number, line items, and total amount'}", "--wait", "--format", "json")
	job := mustJSON[gen.ClassifyJob](t, r)
	if job.Status != gen.StatusEnumPARTIALSUCCESS {
		t.Fatalf("job %s, want PARTIAL_SUCCESS", job.Status)
	}
	r = runCLI(t, ts.env(), "classifier:jobs", "get-results", "--classify-job-id", job.Id.String(), "--format", "table")
	wantCode(t, r, exitFailed)
	var failedRow string
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(line, strings.TrimPrefix(bad, "dfl-")) {
			failedRow = line
		}
	}
	if !strings.Contains(failedRow, "FAILED") || !strings.Contains(failedRow, "(noise.txt)") || !strings.Contains(failedRow, "not text") {
		t.Errorf("the failed file's row %q, in:\n%s", failedRow, r.stdout)
	}
	if !strings.Contains(r.stderr, "1 of 2 files were not classified") {
		t.Errorf("stderr %q", r.stderr)
	}
	r = runCLI(t, ts.env(), "classifier:jobs", "get-results", "--classify-job-id", job.Id.String(), "--format", "json")
	wantCode(t, r, exitFailed)
	for _, it := range mustJSON[gen.ClassifyJobResults](t, r).Items {
		if it.FileId.String() == strings.TrimPrefix(bad, "dfl-") && it.Result != nil {
			t.Errorf("JSON gives the failed file a result: %+v", it.Result)
		}
	}
}

// A v1 job that has not ended has no results: get-results prints the
// empty list it is given, but says on stderr that the job is PENDING and
// how to wait for it, and exits 3, so that a script does not take the
// empty list for a finished job's.
func TestGetResultsOfAJobNotEndedSaysSo(t *testing.T) {
	ts := newTestServer(t, emulator.WithProcessingDelay(time.Hour))
	fileID := uploadFile(t, ts, "invoice.txt", invoiceText)
	r := runCLI(t, ts.env(), "classifier:jobs", "create", "--file-id", fileID,
		"--rule", "invoice=contains invoice number, line items, and total amount", "--format", "json")
	wantCode(t, r, exitOK)
	job := mustJSON[gen.ClassifyJob](t, r)
	r = runCLI(t, ts.env(), "classifier:jobs", "get-results", "--classify-job-id", job.Id.String(), "--format", "json")
	wantCode(t, r, exitFailed)
	if got := mustJSON[gen.ClassifyJobResults](t, r); len(got.Items) != 0 {
		t.Errorf("results of a pending job: %+v", got.Items)
	}
	want := "job " + job.Id.String() + " is PENDING: it has no results until it ends"
	if !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "classifier:jobs get --classify-job-id "+job.Id.String()+" --wait") {
		t.Errorf("stderr %q, want %q and how to wait", r.stderr, want)
	}
}

// classify-files takes --rule in every form classifier:jobs create takes:
// a list of rules, inline or from @FILE, beside TYPE=DESCRIPTION.
func TestClassifyFilesRuleTakesAList(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	writeFile(t, dir, "invoice.txt", invoiceText)
	rulesFile := filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(rulesFile, []byte("- type: invoice\n  description: contains invoice number, line items, and total amount\n- type: receipt\n  description: purchase receipt with transaction info and merchant details\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, rule := range []string{"@" + rulesFile, "[{type: invoice, description: 'contains invoice number, line items, and total amount'}, {type: receipt, description: 'purchase receipt with merchant details'}]"} {
		r := runCLI(t, ts.env(), "classify-files", filepath.Join(dir, "invoice.txt"), "--rule", rule, "--format", "json")
		wantCode(t, r, exitOK)
		if !strings.Contains(r.stdout, `"type": "invoice"`) && !strings.Contains(r.stdout, `"type":"invoice"`) {
			t.Errorf("--rule %s: %s", rule, r.stdout)
		}
	}
}

// classifier:jobs create takes --rule in the shorthand classify-files
// takes, beside the object form, in the order given.
func TestClassifierJobsRuleShorthand(t *testing.T) {
	ts := newTestServer(t)
	fileID := uploadFile(t, ts, "invoice.txt", invoiceText)
	r := runCLI(t, ts.env(), "classifier:jobs", "create", "--file-id", fileID,
		"--rule", "receipt=purchase receipt with transaction info and merchant details",
		"--rule", "{type: invoice, description: 'contains invoice number, line items, and total amount'}", "--format", "json")
	wantCode(t, r, exitOK)
	job := mustJSON[gen.ClassifyJob](t, r)
	if len(job.Rules) != 2 || job.Rules[0].Type != "receipt" || job.Rules[0].Description != "purchase receipt with transaction info and merchant details" || job.Rules[1].Type != "invoice" {
		t.Fatalf("rules %+v", job.Rules)
	}
	sent := ts.requests.Load()
	r = runCLI(t, ts.env(), "classifier:jobs", "create", "--file-id", fileID, "--rule", "receipt")
	if r.code != 1 || !strings.Contains(r.stderr, `--rule "receipt": want TYPE=DESCRIPTION`) || ts.requests.Load() != sent {
		t.Fatalf("a rule without a description: exit %d, %q, %d requests", r.code, r.stderr, ts.requests.Load()-sent)
	}
}
