package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// writeCorpus writes n small text documents under dir/corpus, ten to a
// subdirectory, of three kinds, and returns the corpus directory.
func writeCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	root := filepath.Join(dir, "corpus")
	for i := range n {
		sub := filepath.Join(root, fmt.Sprintf("part-%03d", i/10))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		var text string
		switch i % 3 {
		case 0:
			text = fmt.Sprintf("INVOICE\nInvoice number: INV-%d\nLine items: %d x paper\nTotal amount due: %d.00\n", i, i%7+1, i)
		case 1:
			text = fmt.Sprintf("RECEIPT\nMerchant: Shop %d\nPurchase: coffee\nTransaction id: %d\nThank you for your purchase!\n", i, i)
		default:
			text = fmt.Sprintf("Minutes of meeting %d. Attendees discussed the garden and the weather.\n", i)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("doc-%05d.txt", i)), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// readRows reads a JSON Lines results file, failing on any line that is
// not a row.
func readRows(t *testing.T, path string) []fileOutcome {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []fileOutcome
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if line == "" {
			continue
		}
		var row fileOutcome
		if err := json.Unmarshal([]byte(line), &row); err != nil || row.File == "" {
			t.Fatalf("%s line %d is not a row (%v): %q", path, i+1, err, line)
		}
		rows = append(rows, row)
	}
	return rows
}

// lineWatch is a writer that says when it has seen its first line.
type lineWatch struct {
	syncBuffer
	once  sync.Once
	first chan struct{}
}

func (w *lineWatch) Write(p []byte) (int, error) {
	n, err := w.syncBuffer.Write(p)
	if bytes.Contains(p, []byte("\n")) {
		w.once.Do(func() { close(w.first) })
	}
	return n, err
}

// With --format jsonl a row is written as soon as its file is done: the
// second file is not even uploaded until the first one's row is out.
func TestClassifyFilesStreamsJSONLines(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	first := writeFile(t, dir, "a-invoice.txt", invoiceText)
	late := writeFile(t, dir, "b-late.txt", receiptText)
	out := &lineWatch{first: make(chan struct{})}
	held := make(chan bool, 1)
	ts.setIntercept(func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method != http.MethodPost || r.URL.Path != "/api/v1/beta/files" {
			return false
		}
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		if bytes.Contains(body, []byte(`filename="b-late.txt"`)) {
			select {
			case <-out.first:
				held <- true
			case <-time.After(runTimeout / 2):
				held <- false
			}
		}
		return false
	})
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	var errb syncBuffer
	env := ts.env()
	code := execute(ctx, []string{"classify-files", first, late, "--rule", invoiceRule, "--rule", receiptRule, "--format", "jsonl"},
		strings.NewReader(""), out, &errb, func(k string) string { return env[k] })
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !<-held {
		t.Fatal("the second file was uploaded before the first file's row was written")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "a-invoice.txt") || !strings.Contains(lines[1], "b-late.txt") {
		t.Fatalf("rows:\n%s", out.String())
	}
}

// --resume: the rows of the files done go to the file, and a second run
// does only what is missing. A line cut short is dropped and redone; a
// file written with other rules, or that is not a results file, is
// refused with nothing sent.
func TestClassifyFilesResume(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	corpus := writeCorpus(t, dir, 6)
	results := filepath.Join(dir, "results.jsonl")
	args := []string{"classify-files", "-r", corpus, "--rule", invoiceRule, "--rule", receiptRule, "--resume", results}
	r := runCLI(t, ts.env(), args...)
	wantCode(t, r, exitOK)
	if r.stdout != "" {
		t.Fatalf("stdout %q: the rows go to the results file", r.stdout)
	}
	rows := readRows(t, results)
	if len(rows) != 6 {
		t.Fatalf("%d rows", len(rows))
	}

	// Cut the last line short, as a kill in the middle of a write would.
	b, _ := os.ReadFile(results)
	lines := strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")
	cut := strings.Join(lines[:len(lines)-1], "") + lines[len(lines)-1][:20]
	if err := os.WriteFile(results, []byte(cut), 0o600); err != nil {
		t.Fatal(err)
	}
	before := ts.emu.Stats()
	r = runCLI(t, ts.env(), append(args, "--summary", "json")...)
	wantCode(t, r, exitOK)
	rows = readRows(t, results)
	seen := map[string]int{}
	for _, row := range rows {
		seen[row.File]++
	}
	if len(rows) != 6 || len(seen) != 6 {
		t.Fatalf("%d rows for %d files after the resume:\n%s", len(rows), len(seen), r.stdout)
	}
	var sum summaryJSON
	if err := json.Unmarshal([]byte(r.stderr), &sum); err != nil || sum.Skipped != 5 || sum.Classified != 1 {
		t.Fatalf("summary %q (%v)", r.stderr, err)
	}
	if after := ts.emu.Stats(); after.Files != before.Files || after.ClassifyJobs != before.ClassifyJobs {
		t.Fatalf("the resume made files or jobs: %+v, then %+v", before, after)
	}

	// Nothing left to do.
	r = runCLI(t, ts.env(), args...)
	wantCode(t, r, exitOK)
	if n := len(readRows(t, results)); n != 6 {
		t.Fatalf("%d rows after a run with nothing to do", n)
	}

	// Other rules: refused, nothing sent.
	sent := ts.requests.Load()
	r = runCLI(t, ts.env(), "classify-files", "-r", corpus, "--rule", invoiceRule, "--resume", results)
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, "was classified with other rules or options") || ts.requests.Load() != sent {
		t.Fatalf("stderr %q, %d requests", r.stderr, ts.requests.Load()-sent)
	}
	// Not a results file: refused, left as it is.
	notes := writeFile(t, dir, "notes.txt", "my notes\nmore notes\n")
	r = runCLI(t, ts.env(), "classify-files", "-r", corpus, "--rule", invoiceRule, "--resume", notes)
	wantCode(t, r, exitError)
	if b, _ := os.ReadFile(notes); string(b) != "my notes\nmore notes\n" || !strings.Contains(r.stderr, "line 1 is not a result row") {
		t.Fatalf("stderr %q, notes %q", r.stderr, b)
	}
	// A format other than JSON Lines makes no sense with --resume.
	r = runCLI(t, ts.env(), append(args, "--format", "table")...)
	wantCode(t, r, exitError)
}

// --retry-failed makes a new job for a file whose row is a failed job (the
// same job would otherwise come back, created under the same key), and
// leaves the files classified alone; without it, a resume sends nothing.
func TestClassifyFilesRetryFailed(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	corpus := writeCorpus(t, dir, 2)
	// Bytes the emulator cannot read as text: its job fails.
	writeFile(t, corpus, "scan.bin", "\x00\x01\x02\xff\xfe binary")
	results := filepath.Join(dir, "results.jsonl")
	args := []string{"classify-files", "-r", corpus, "--rule", invoiceRule, "--rule", receiptRule, "--resume", results}
	r := runCLI(t, ts.env(), args...)
	wantCode(t, r, exitFailed)
	failedJob := func(rows []fileOutcome) (string, int) {
		job, n := "", 0
		for _, row := range rows {
			if strings.HasSuffix(row.File, "scan.bin") {
				n++
				if row.Status == nil || *row.Status != "FAILED" || row.JobID == nil {
					t.Fatalf("the binary file's row %+v is not a failed job", row)
				}
				job = *row.JobID
			}
		}
		return job, n
	}
	first, _ := failedJob(readRows(t, results))

	sent, before := ts.requests.Load(), ts.emu.Stats()
	r = runCLI(t, ts.env(), append(args, "--summary", "json")...)
	// The results file still holds a failure: not a success, though
	// nothing was sent, and the summary says it.
	wantCode(t, r, exitFailed)
	if ts.requests.Load() != sent {
		t.Fatalf("a resume without --retry-failed sent %d requests", ts.requests.Load()-sent)
	}
	if !strings.Contains(r.stderr, "1 file was not classified on an earlier run, and skipped (a failure in "+results+"); --retry-failed classifies it again") ||
		!strings.Contains(r.stderr, `"skipped":3,"skipped_failed":1`) {
		t.Fatalf("stderr %q", r.stderr)
	}

	r = runCLI(t, ts.env(), append(args, "--retry-failed")...)
	wantCode(t, r, exitFailed)
	rows := readRows(t, results)
	second, n := failedJob(rows)
	if second == first || n != 2 || len(rows) != 4 {
		t.Fatalf("after --retry-failed: job %s (first %s), %d rows for it, %d rows", second, first, n, len(rows))
	}
	if after := ts.emu.Stats(); after.ClassifyJobs != before.ClassifyJobs+1 || after.Files != before.Files {
		t.Fatalf("--retry-failed made %d jobs and %d files, want 1 and 0", after.ClassifyJobs-before.ClassifyJobs, after.Files-before.Files)
	}
}

// --delete-uploads leaves the service with the jobs and no files; the
// summary counts the types and the files deleted.
func TestClassifyFilesDeleteUploads(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	corpus := writeCorpus(t, dir, 9)
	r := runCLI(t, ts.env(), "classify-files", "-r", corpus, "--rule", invoiceRule, "--rule", receiptRule, "--format", "jsonl", "--delete-uploads", "--summary", "text")
	wantCode(t, r, exitOK)
	if st := ts.emu.Stats(); st.Files != 0 || st.ClassifyJobs != 9 {
		t.Fatalf("%d files and %d jobs left, want 0 and 9", st.Files, st.ClassifyJobs)
	}
	for _, want := range []string{"9 classified, 0 failed in", "documents/s", "invoice", "receipt", labelNoMatch, "uploads deleted  9"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("summary lacks %q:\n%s", want, r.stderr)
		}
	}
}

// --delete-uploads deletes only what the run uploaded: the file an
// earlier command stored, and printed the id of, is found and kept, by a
// run without --resume and by one that resumes into a new results file
// (only a resume of an existing results file continues a run, and
// finishes its clean-up).
func TestClassifyFilesDeleteUploadsKeepsAnEarlierRunsFile(t *testing.T) {
	for _, resume := range []bool{false, true} {
		t.Run(fmt.Sprintf("resume=%v", resume), func(t *testing.T) {
			ts := newTestServer(t)
			dir := t.TempDir()
			writeFile(t, dir, "receipt.txt", receiptText)
			doc := filepath.Join(dir, "receipt.txt")
			r := runCLI(t, ts.env(), "classify-files", doc, "--rule", receiptRule, "--transform", "0.file_id", "--format", "raw")
			wantCode(t, r, exitOK)
			fileID := strings.TrimSpace(r.stdout)
			args := []string{"classify-files", doc, "--rule", receiptRule, "--rule", invoiceRule, "--delete-uploads", "--format", "jsonl"}
			if resume {
				args = append(args, "--resume", filepath.Join(dir, "results.jsonl"))
			}
			r = runCLI(t, ts.env(), args...)
			wantCode(t, r, exitOK)
			if r = runCLI(t, ts.env(), "files", "get", fileID); r.code != exitOK {
				t.Fatalf("the earlier command's file %s: exit %d, %s", fileID, r.code, r.stderr)
			}
			if st := ts.emu.Stats(); st.Files != 1 || st.ClassifyJobs != 2 {
				t.Errorf("%d files and %d jobs, want the kept file and two jobs", st.Files, st.ClassifyJobs)
			}
		})
	}
}

// Documents of the same content share one upload, which --delete-uploads
// deletes once: the summary counts files deleted, not documents.
func TestClassifyFilesDeleteUploadsCountsFilesOnce(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	for _, sub := range []string{"a", "b", "c"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, sub), "r.txt", invoiceText)
	}
	var deletes atomic.Int32
	ts.setIntercept(func(_ http.ResponseWriter, r *http.Request) bool {
		if r.Method == http.MethodDelete {
			deletes.Add(1)
		}
		return false
	})
	r := runCLI(t, ts.env(), "classify-files", "-r", dir, "--rule", invoiceRule, "--format", "jsonl", "--delete-uploads", "--summary", "json")
	wantCode(t, r, exitOK)
	var sum summaryJSON
	if err := json.Unmarshal([]byte(strings.Split(strings.TrimSpace(r.stderr), "\n")[0]), &sum); err != nil {
		t.Fatalf("summary %q: %v", r.stderr, err)
	}
	if sum.Classified != 3 || sum.FilesDeleted != 1 || deletes.Load() != 1 {
		t.Fatalf("%d classified, %d files deleted in the summary, %d DELETE requests; want 3, 1, 1", sum.Classified, sum.FilesDeleted, deletes.Load())
	}
}

// The summary groups failures by reason.
func TestClassifyFilesSummaryGroupsFailures(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	corpus := writeCorpus(t, dir, 3)
	for _, name := range []string{"empty-1.txt", "empty-2.txt"} {
		writeFile(t, corpus, name, "")
	}
	r := runCLI(t, ts.env(), "classify-files", "-r", corpus, "--rule", invoiceRule, "--format", "jsonl", "--summary", "json")
	wantCode(t, r, exitFailed)
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	var sum summaryJSON
	if err := json.Unmarshal([]byte(lines[0]), &sum); err != nil {
		t.Fatalf("summary %q: %v", r.stderr, err)
	}
	if sum.Classified != 3 || sum.Failed != 2 || len(sum.Failures) != 1 || sum.Failures[0] != (counted{"at read: the file is empty", 2}) {
		t.Fatalf("summary %+v", sum)
	}
	if !strings.Contains(r.stderr, "2 of 5 files were not classified") {
		t.Fatalf("stderr %q", r.stderr)
	}
}

// resumeDocs is the size of the kill-and-resume run: 200 by default,
// LLAMACLASSIFY_RESUME_DOCS to change it (the measurement runs 2,000).
func resumeDocs(t *testing.T) int {
	v := os.Getenv("LLAMACLASSIFY_RESUME_DOCS")
	if v == "" {
		return 200
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 10 {
		t.Fatalf("LLAMACLASSIFY_RESUME_DOCS=%q: want a number of documents, 10 or more", v)
	}
	return n
}

// The command killed with SIGKILL when about half the rows are written,
// then run again: every file has exactly one row, and the service holds
// exactly one file and one job per file (none with --delete-uploads).
func TestClassifyFilesKilledAndResumed(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program and runs it twice")
	}
	n := resumeDocs(t)
	bin := buildCLI(t, t.TempDir())
	for _, deleteUploads := range []bool{false, true} {
		t.Run(fmt.Sprintf("delete-uploads=%v", deleteUploads), func(t *testing.T) {
			run, err := emulator.Start(emulator.WithProcessingDelay(0))
			if err != nil {
				t.Fatal(err)
			}
			defer run.Close()
			dir := t.TempDir()
			corpus := writeCorpus(t, dir, n)
			results := filepath.Join(dir, "results.jsonl")
			args := []string{"classify-files", "-r", corpus, "--rule", invoiceRule, "--rule", receiptRule, "--resume", results, "--summary", "json"}
			if deleteUploads {
				args = append(args, "--delete-uploads")
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			env := []string{"HOME=" + dir, "LLAMA_CLOUD_BASE_URL=" + run.URL}

			// The first run may create jobs for half the files only: its
			// later creates are answered 503 with a long Retry-After,
			// before they reach the service, so however fast the machine
			// it cannot write every row before the kill. (Holding them
			// instead would hold the client's request slots, and its
			// polls with them.)
			target, err := url.Parse(run.URL)
			if err != nil {
				t.Fatal(err)
			}
			proxy := httputil.NewSingleHostReverseProxy(target)
			var creates atomic.Int64
			gated := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.Method == http.MethodPost && r.URL.Path == "/api/v2/classify" && creates.Add(1) > int64(n/2) {
					w.Header().Set("Retry-After", "60")
					http.Error(w, `{"detail":"busy"}`, http.StatusServiceUnavailable)
					return
				}
				proxy.ServeHTTP(w, r)
			}))
			defer gated.Close()

			cmd := exec.CommandContext(ctx, bin, args...)
			cmd.Env = []string{"HOME=" + dir, "LLAMA_CLOUD_BASE_URL=" + gated.URL}
			var stderr syncBuffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			// Watch the results grow; kill at half.
			tick := time.NewTicker(2 * time.Millisecond)
			defer tick.Stop()
			killedAt := -1
			var atKill emulator.Stats
			for killedAt < 0 {
				select {
				case err := <-exited:
					t.Fatalf("the first run ended before it could be killed (%v): %s", err, stderr.String())
				case <-ctx.Done():
					t.Fatal("the first run wrote too few rows in time")
				case <-tick.C:
					if c := countLines(results); c >= n/2 {
						if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
							t.Fatal(err)
						}
						killedAt = c
						atKill = run.Server.Stats()
					}
				}
			}
			if err := <-exited; err == nil || !strings.Contains(err.Error(), "killed") {
				t.Fatalf("the first run: %v", err)
			}
			first := countLines(results)
			if first >= n {
				t.Fatalf("the first run wrote all %d rows before the kill", first)
			}

			cmd = exec.CommandContext(ctx, bin, args...)
			cmd.Env = env
			var out2, err2 bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out2, &err2
			if err := cmd.Run(); err != nil {
				t.Fatalf("the second run: %v\n%s", err, err2.String())
			}
			var sum summaryJSON
			if err := json.Unmarshal(err2.Bytes(), &sum); err != nil {
				t.Fatalf("summary %q: %v", err2.String(), err)
			}

			rows := readRows(t, results)
			perFile := map[string]int{}
			for _, row := range rows {
				perFile[row.File]++
				if row.Error != nil || row.Status == nil || *row.Status != "COMPLETED" {
					t.Errorf("%s: %+v", row.File, row)
				}
			}
			dups := 0
			for _, c := range perFile {
				dups += c - 1
			}
			wantFiles := n
			if deleteUploads {
				wantFiles = 0
			}
			st := run.Server.Stats()
			t.Logf("%d documents: killed at %d rows (%d after the kill), with %d files and %d jobs made; the second run skipped %d and classified %d; %d rows for %d files, %d duplicates; service: %d files, %d jobs",
				n, killedAt, first, atKill.Files, atKill.ClassifyJobs, sum.Skipped, sum.Classified, len(rows), len(perFile), dups, st.Files, st.ClassifyJobs)
			if len(perFile) != n || dups != 0 || len(rows) != n {
				t.Fatalf("%d rows for %d files, %d duplicates; want %d, each once", len(rows), len(perFile), dups, n)
			}
			if st.Files != wantFiles || st.ClassifyJobs != n {
				t.Fatalf("the service holds %d files and %d jobs, want %d and %d", st.Files, st.ClassifyJobs, wantFiles, n)
			}
			if sum.Skipped != first || sum.Skipped+sum.Classified != n {
				t.Fatalf("the second run skipped %d and classified %d after %d rows", sum.Skipped, sum.Classified, first)
			}
		})
	}
}

// countLines counts the complete lines of a file (0 when it is missing).
func countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	n := 0
	r := bufio.NewReader(f)
	for {
		_, err := r.ReadBytes('\n')
		if err != nil {
			return n
		}
		n++
	}
}

// A summary keeps a bounded number of distinct failure reasons, however
// many documents fail with messages of their own; every failure is counted.
func TestSummaryReasonsAreBounded(t *testing.T) {
	s := newSummary()
	for i := range 100 {
		msg := fmt.Sprintf("cannot read file dfl-%d (doc-%d.bin): unsupported", i, i)
		s.add(client.FileResult{Status: gen.ClassifyV2JobStatusFAILED, Err: &client.JobFailedError{
			Job: &gen.ClassifyV2JobResponse{Id: fmt.Sprint("cls-", i), Status: gen.ClassifyV2JobStatusFAILED, ErrorMessage: &msg},
		}}, false)
	}
	total := 0
	for _, n := range s.failures {
		total += n
	}
	if len(s.failures) > maxReasons+1 || total != 100 || s.failures[otherReasons] != 100-maxReasons {
		t.Fatalf("%d reasons kept, %d failures counted, %d as other; want at most %d reasons and all 100 counted",
			len(s.failures), total, s.failures[otherReasons], maxReasons+1)
	}
}

// Files that failed alike are counted under one reason, though the
// service's message names each file (its id, its name) and its own
// figures: five random-byte files are one line of the summary, not five.
func TestSummaryGroupsFailuresThatDifferOnlyInTheirFile(t *testing.T) {
	s := newSummary()
	for i := range 5 {
		msg := fmt.Sprintf("cannot read file dfl-16765a47-%04d-4e1a-9c1e-0123456789ab (b%d.txt): the document could not be read: it is not text (%d%% of its first characters are binary bytes)", i, i, 40+i)
		s.add(client.FileResult{Status: gen.ClassifyV2JobStatusFAILED, Err: &client.JobFailedError{
			Job: &gen.ClassifyV2JobResponse{Id: fmt.Sprint("cls-", i), Status: gen.ClassifyV2JobStatusFAILED, ErrorMessage: &msg},
		}}, false)
	}
	want := "the job FAILED: cannot read file: the document could not be read: it is not text"
	if len(s.failures) != 1 || s.failures[want] != 5 {
		t.Fatalf("failures %v, want %q counted 5 times", s.failures, want)
	}
}

// The --resume file in the tree a run walks is never classified: "-r .
// --resume results.jsonl" run again finishes, with no row, upload or job
// for the results file; named as an input, it is refused.
func TestClassifyFilesLeavesTheResumeFileOut(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	writeFile(t, dir, "invoice.txt", invoiceText)
	writeFile(t, dir, "receipt.txt", receiptText)
	results := filepath.Join(dir, "results.jsonl")
	for run := 1; run <= 3; run++ {
		r := runCLI(t, ts.env(), "classify-files", "-r", dir, "--rule", invoiceRule, "--rule", receiptRule, "--resume", results)
		wantCode(t, r, exitOK)
		if n := countLines(results); n != 2 {
			t.Fatalf("run %d: %d rows, want 2", run, n)
		}
	}
	if st := ts.emu.Stats(); st.Files != 2 || st.ClassifyJobs != 2 {
		t.Errorf("%d files and %d jobs, want 2 and 2", st.Files, st.ClassifyJobs)
	}
	sent := ts.requests.Load()
	r := runCLI(t, ts.env(), "classify-files", results, filepath.Join(dir, "invoice.txt"), "--rule", invoiceRule, "--resume", results)
	if r.code != 1 || !strings.Contains(r.stderr, "is the --resume file") || ts.requests.Load() != sent {
		t.Errorf("the results file named: exit %d, %q, %d requests", r.code, r.stderr, ts.requests.Load()-sent)
	}
}

// The text summary's rows line up their counts, and a row without a note
// ends at its count: no line ends in spaces.
func TestSummaryTextHasNoTrailingSpaces(t *testing.T) {
	s := newSummary()
	s.byType["contract"] = 1
	s.byType["bank_statement"] = 12
	s.noMatch = 2
	s.failures["at read: the file is empty"] = 3
	s.failed = 3
	var b strings.Builder
	s.writeText(&b, "")
	out := b.String()
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if strings.TrimRight(line, " \t") != line {
			t.Errorf("line %q ends in spaces:\n%s", line, out)
		}
	}
	for _, want := range []string{"  bank_statement  12\n", "  contract        1\n", "  (no match)      2\n", "  failed          3", "at read: the file is empty\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

// A file whose name is not UTF-8 has its row written with U+FFFD for each
// byte JSON cannot hold, and a resumed run still finds that row: it
// classifies the file once, not once more each run. Two files whose
// paths differ only in such bytes have rows that cannot say which is
// which: neither is skipped, so neither is lost.
func TestClassifyFilesResumesANameThatIsNotUTF8(t *testing.T) {
	ts := newTestServer(t)
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	for _, d := range []string{docs, filepath.Join(docs, "a\xff"), filepath.Join(docs, "a\xfe")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatalf("this file system cannot hold a name that is not UTF-8: %v", err)
		}
	}
	for _, name := range []string{"l\xe9ase.txt", "cr\xe9\xe9e.txt", "a\xff/inv.txt", "a\xfe/inv.txt"} {
		if err := os.WriteFile(filepath.Join(docs, name), []byte(invoiceText), 0o600); err != nil {
			t.Fatalf("this file system cannot hold a name that is not UTF-8: %v", err)
		}
	}
	results := filepath.Join(dir, "results.jsonl")
	args := []string{"classify-files", "-r", docs, "--rule", invoiceRule, "--resume", results, "--summary", "json"}
	wantCode(t, runCLI(t, ts.env(), args...), exitOK)
	for range 2 {
		r := runCLI(t, ts.env(), args...)
		wantCode(t, r, exitOK)
		var sum summaryJSON
		if err := json.Unmarshal([]byte(r.stderr), &sum); err != nil || sum.Skipped != 2 || sum.Classified != 2 {
			t.Fatalf("summary %q (%v), want the two named files skipped and the two of one row path classified", r.stderr, err)
		}
	}
	seen := map[string]int{}
	for _, row := range readRows(t, results) {
		seen[row.File]++
	}
	for _, name := range []string{"l\uFFFDase.txt", "cr\uFFFD\uFFFDe.txt"} {
		if n := seen[filepath.Join(docs, name)]; n != 1 {
			t.Errorf("%d rows for %q, want 1: %v", n, name, seen)
		}
	}
	if n := seen[filepath.Join(docs, "a\uFFFD", "inv.txt")]; n != 6 {
		t.Errorf("%d rows for the two files of one row path, want 6 (both, on each of three runs): %v", n, seen)
	}
}
