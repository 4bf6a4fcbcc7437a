package client

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

const (
	testKey     = "llx-test-secret-key-0123456789"
	testProject = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
)

// fakeService is an in-memory stand-in for the classify API: files, v2 jobs
// that move PENDING -> RUNNING -> terminal as they are observed, v1 jobs,
// idempotent creates, cursor pagination. before, when set, sees every
// request first and may answer it itself.
type fakeService struct {
	t  *testing.T
	mu sync.Mutex

	before func(w http.ResponseWriter, r *http.Request) bool

	requests []string // "METHOD /path?query"
	auth     []string
	agents   []string

	files []*gen.FileV2
	// contents holds what each stored file's upload carried, by file id.
	contents  map[string][]byte
	jobs      map[string]*gen.ClassifyV2JobResponse
	jobOrder  []string
	polls     map[string]int
	txns      map[string]string
	txnSeen   []string
	v1jobs    map[string]*gen.ClassifyJob
	v1Order   []string
	listCalls int
	// runningPolls is how many observations a v2 job stays unfinished.
	runningPolls int
}

func newFake(t *testing.T) *fakeService {
	return &fakeService{
		t:            t,
		jobs:         map[string]*gen.ClassifyV2JobResponse{},
		polls:        map[string]int{},
		txns:         map[string]string{},
		v1jobs:       map[string]*gen.ClassifyJob{},
		runningPolls: 2,
	}
}

func (f *fakeService) count(prefix string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, r := range f.requests {
		if strings.HasPrefix(r, prefix) {
			n++
		}
	}
	return n
}

func (f *fakeService) total() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.requests)
}

func (f *fakeService) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	line := r.Method + " " + r.URL.Path
	if r.URL.RawQuery != "" {
		line += "?" + r.URL.RawQuery
	}
	f.requests = append(f.requests, line)
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	f.agents = append(f.agents, r.Header.Get("User-Agent"))
	before := f.before
	f.mu.Unlock()
	if before != nil && before(w, r) {
		return
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v1/beta/files", f.upload)
	mux.HandleFunc("GET /api/v1/beta/files", f.listFiles)
	mux.HandleFunc("POST /api/v2/classify", f.createJob)
	mux.HandleFunc("GET /api/v2/classify", f.listJobs)
	mux.HandleFunc("GET /api/v2/classify/{job_id}", f.getJob)
	mux.HandleFunc("POST /api/v2/classify/{job_id}/cancel", f.cancelJob)
	mux.HandleFunc("POST /api/v1/classifier/jobs", f.createV1)
	mux.HandleFunc("GET /api/v1/classifier/jobs", f.listV1)
	mux.HandleFunc("GET /api/v1/classifier/jobs/{id}", f.getV1)
	mux.HandleFunc("GET /api/v1/classifier/jobs/{id}/results", f.resultsV1)
	mux.ServeHTTP(w, r)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeDetail(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"detail": msg})
}

func (f *fakeService) upload(w http.ResponseWriter, r *http.Request) {
	mr, err := r.MultipartReader()
	if err != nil {
		writeDetail(w, 422, err.Error())
		return
	}
	file := &gen.FileV2{ProjectId: openapi_types.UUID{1}}
	var content []byte
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			writeDetail(w, 422, err.Error())
			return
		}
		b, err := io.ReadAll(part)
		if err != nil {
			writeDetail(w, 422, err.Error())
			return
		}
		switch part.FormName() {
		case "purpose":
			p := string(b)
			file.Purpose = &p
		case "external_file_id":
			e := string(b)
			file.ExternalFileId = &e
		case "file":
			file.Name = part.FileName()
			content = b
		}
	}
	if file.Name == "" {
		writeDetail(w, 422, "file is required")
		return
	}
	f.mu.Lock()
	file.Id = fmt.Sprintf("dfl-00000000-0000-0000-0000-%012d", len(f.files)+1)
	f.files = append(f.files, file)
	if f.contents == nil {
		f.contents = map[string][]byte{}
	}
	f.contents[file.Id] = content
	f.mu.Unlock()
	writeJSON(w, http.StatusCreated, file)
}

func (f *fakeService) listFiles(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var items []gen.FileV2
	ext := r.URL.Query().Get("external_file_id")
	for _, file := range f.files {
		if ext == "" || (file.ExternalFileId != nil && *file.ExternalFileId == ext) {
			items = append(items, *file)
		}
	}
	items, next := paged(items, r)
	writeJSON(w, 200, gen.FileQueryResponse{Items: nonNil(items), NextPageToken: next})
}

// paged applies page_size and page_token (an offset) to items.
func paged[T any](items []T, r *http.Request) ([]T, *string) {
	size, _ := strconv.Atoi(r.URL.Query().Get("page_size"))
	if size <= 0 {
		size = 50
	}
	off, _ := strconv.Atoi(r.URL.Query().Get("page_token"))
	off = min(off, len(items))
	end := min(off+size, len(items))
	var next *string
	if end < len(items) {
		s := strconv.Itoa(end)
		next = &s
	}
	return items[off:end], next
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (f *fakeService) createJob(w http.ResponseWriter, r *http.Request) {
	var req gen.ClassifyV2JobCreateRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeDetail(w, 422, err.Error())
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	txn := ""
	if req.TransactionId != nil {
		txn = *req.TransactionId
	}
	f.txnSeen = append(f.txnSeen, txn)
	if id, ok := f.txns[txn]; ok && txn != "" {
		writeJSON(w, 200, f.jobs[id])
		return
	}
	if req.FileInput == nil || req.Configuration == nil {
		writeDetail(w, 422, "file_input and configuration are required")
		return
	}
	id := fmt.Sprintf("cls-%d", len(f.jobOrder)+1)
	job := &gen.ClassifyV2JobResponse{
		Id: id, FileInput: *req.FileInput, ProjectId: testProject, UserId: "user",
		Status: gen.ClassifyV2JobStatusPENDING, DocumentInputType: gen.DocumentInputTypeFileId,
		Configuration: *req.Configuration, TransactionId: req.TransactionId,
	}
	f.jobs[id] = job
	f.jobOrder = append(f.jobOrder, id)
	if txn != "" {
		f.txns[txn] = id
	}
	writeJSON(w, 200, job)
}

// observe moves a job on by one observation; callers hold f.mu.
func (f *fakeService) observe(job *gen.ClassifyV2JobResponse) {
	if v2Terminal(job.Status) {
		return
	}
	f.polls[job.Id]++
	if f.polls[job.Id] < f.runningPolls {
		job.Status = gen.ClassifyV2JobStatusRUNNING
		return
	}
	name := ""
	for _, file := range f.files {
		if file.Id == job.FileInput {
			name = file.Name
		}
	}
	switch {
	case strings.Contains(name, "fail"):
		job.Status = gen.ClassifyV2JobStatusFAILED
		msg := "cannot read " + name
		job.ErrorMessage = &msg
	case strings.Contains(name, "nomatch"):
		job.Status = gen.ClassifyV2JobStatusCOMPLETED
		job.Result = &gen.ClassificationResult{Confidence: 0.1, Reasoning: "no rule fits"}
	case strings.Contains(name, "slow"):
		job.Status = gen.ClassifyV2JobStatusRUNNING
	default:
		job.Status = gen.ClassifyV2JobStatusCOMPLETED
		typ := job.Configuration.Rules[0].Type
		job.Result = &gen.ClassificationResult{Type: &typ, Confidence: 0.9, Reasoning: "matches " + typ}
	}
}

func (f *fakeService) listJobs(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.listCalls++
	want := r.URL.Query()["job_ids"]
	var items []gen.ClassifyV2JobResponse
	for _, id := range f.jobOrder {
		if len(want) > 0 && !slices.Contains(want, id) {
			continue
		}
		f.observe(f.jobs[id])
		items = append(items, *f.jobs[id])
	}
	items, next := paged(items, r)
	writeJSON(w, 200, gen.ClassifyV2JobQueryResponse{Items: nonNil(items), NextPageToken: next})
}

func (f *fakeService) getJob(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	job, ok := f.jobs[r.PathValue("job_id")]
	if !ok {
		writeDetail(w, 404, "job not found")
		return
	}
	f.observe(job)
	writeJSON(w, 200, job)
}

func (f *fakeService) cancelJob(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	job, ok := f.jobs[r.PathValue("job_id")]
	if !ok {
		writeDetail(w, 404, "job not found")
		return
	}
	if v2Terminal(job.Status) {
		writeDetail(w, 409, "job already ended")
		return
	}
	job.Status = gen.ClassifyV2JobStatusCANCELLED
	writeJSON(w, 200, job)
}

func (f *fakeService) createV1(w http.ResponseWriter, r *http.Request) {
	var req gen.ClassifyJobCreate
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeDetail(w, 422, err.Error())
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	id := openapi_types.UUID{byte(len(f.v1Order) + 1)}
	job := &gen.ClassifyJob{Id: id, ProjectId: openapi_types.UUID{1}, UserId: "user", Rules: req.Rules, Status: gen.StatusEnumPENDING}
	f.v1jobs[id.String()] = job
	f.v1Order = append(f.v1Order, id.String())
	writeJSON(w, 200, job)
}

func (f *fakeService) listV1(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var items []gen.ClassifyJob
	for _, id := range f.v1Order {
		items = append(items, *f.v1jobs[id])
	}
	items, next := paged(items, r)
	writeJSON(w, 200, gen.ClassifyJobList{Items: nonNil(items), NextPageToken: next})
}

func (f *fakeService) getV1(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	job, ok := f.v1jobs[r.PathValue("id")]
	if !ok {
		writeDetail(w, 404, "job not found")
		return
	}
	if job.Status == gen.StatusEnumPENDING {
		f.polls[job.Id.String()]++
		if f.polls[job.Id.String()] >= f.runningPolls {
			job.Status = gen.StatusEnumSUCCESS
		}
	}
	writeJSON(w, 200, job)
}

func (f *fakeService) resultsV1(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	job, ok := f.v1jobs[r.PathValue("id")]
	if !ok {
		writeDetail(w, 404, "job not found")
		return
	}
	typ := job.Rules[0].Type
	writeJSON(w, 200, gen.ClassifyJobResults{Items: []gen.FileClassification{{
		Id: openapi_types.UUID{9}, ClassifyJobId: job.Id,
		Result: &gen.ClassificationResult{Type: &typ, Confidence: 0.8, Reasoning: "r"},
	}}})
}

// testClient starts srv on loopback and returns a client of it with fast
// retries and its own transport, closed when the test ends.
func testClient(t *testing.T, h http.Handler, opts ...Option) (*Client, *httptest.Server) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	base := []Option{
		WithAPIKey(testKey),
		WithBaseURL(srv.URL),
		WithHTTPClient(&http.Client{Transport: tr}),
		WithRetryPolicy(RetryPolicy{MaxAttempts: 3, MinDelay: time.Millisecond, MaxDelay: 2 * time.Millisecond}),
	}
	c, err := New(append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c, srv
}

// patience is how long a test waits for what takes milliseconds here
// before it fails: generous for a loaded machine (one that stalls a test
// for half a minute has been seen), and far below go test's own timeout,
// so that a call that regresses into waiting forever fails its own test
// instead of hanging the package.
const patience = 2 * time.Minute

var (
	testContextsMu sync.Mutex
	testContexts   = map[*testing.T]context.Context{}
)

// testContext returns t's context for calls, made on its first use: it is
// cancelled patience later, failing t, or when t ends. It has no deadline,
// so the client behaves as with context.Background(): a deadline changes
// what it retries and how long its waiters wait.
func testContext(t *testing.T) context.Context {
	testContextsMu.Lock()
	defer testContextsMu.Unlock()
	if ctx, ok := testContexts[t]; ok {
		return ctx
	}
	ctx, cancel := context.WithCancel(context.Background())
	timer := time.AfterFunc(patience, cancel)
	testContexts[t] = ctx
	t.Cleanup(func() {
		testContextsMu.Lock()
		delete(testContexts, t)
		testContextsMu.Unlock()
		if !timer.Stop() {
			t.Errorf("still running %v after its first call: its calls were cancelled", patience)
		}
		cancel()
	})
	return ctx
}

// finishes runs f and fails t unless it returns within patience (leaving
// it running). It is for calls that only their cancellation can end: that
// they return at all is the proof, with no bound on wall time for a loaded
// machine to break.
func finishes(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(patience):
		t.Fatalf("%s has not returned %v after its cancellation", what, patience)
	}
}

// fastWait polls every millisecond or two.
var fastWait = []WaitOption{WithMinDelay(time.Millisecond), WithMaxDelay(2 * time.Millisecond)}

var testRules = []gen.ClassifierRule{
	{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
	{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
}

// logCapture collects slog output for scanning.
type logCapture struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (l *logCapture) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logCapture) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func (l *logCapture) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func ptr[T any](v T) *T { return &v }
