package client

import (
	"bytes"
	"context"
	"errors"
	"io"
	"iter"
	"math"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Document is one document to classify: a file on disk (Path) or any
// content that can be opened again for a retry (Open, with Name).
type Document struct {
	// Path is a file on disk.
	Path string
	// Name is the file's name on the service; default: the base of Path.
	Name string
	// Open, when set, returns the content (the same on every call):
	// ClassifyFiles reads it once to derive the document's ids and once
	// more for each upload attempt.
	Open func() (io.ReadCloser, error)
	// ExternalFileID is the key the file is stored and found under (see
	// Upload.ExternalFileID). When empty, ClassifyFiles derives it from the
	// name and content (DeriveExternalFileID). A key of your own must name
	// one content: a document whose key finds a stored file is not
	// uploaded again.
	ExternalFileID string
}

// FromPath is the document stored at path, named by its base name.
func FromPath(path string) Document { return Document{Path: path, Name: filepath.Base(path)} }

// FromBytes is a document held in memory, uploaded under name.
func FromBytes(name string, b []byte) Document {
	return Document{Name: name, Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(b)), nil
	}}
}

func (d Document) upload() Upload {
	return Upload{Path: d.Path, Name: d.Name, Open: d.Open, Purpose: PurposeClassify, ExternalFileID: d.ExternalFileID}
}

// FileResult is the outcome of classifying one document.
type FileResult struct {
	// Document is the input this result is for.
	Document Document
	// Index is the document's position among the documents given, from 0.
	Index int
	// ExternalFileID and TransactionID are the keys the document's file
	// is stored under and its job created with, once derived (see
	// DeriveExternalFileID and DeriveTransactionID): a later run of the
	// same classification finds the file and the job by them.
	ExternalFileID, TransactionID string
	// FileID is the uploaded file ("dfl-..."), once uploaded: the file its
	// job read. For a job an earlier run made and ended, that is the file
	// that run stored, which WithDeleteUploads may have deleted since.
	FileID string
	// JobID is the v2 job, once created.
	JobID string
	// Status is the job's last known status.
	Status gen.ClassifyV2JobStatus
	// Result is the classification, when the job COMPLETED: the matched
	// rule's type (nil when no rule applies; see Type), the confidence from
	// 0 to 1 (for a type, how sure it is that the document is of that type;
	// for a nil type, how sure it is that no rule applies), and the
	// reasoning, which says why.
	Result *gen.ClassificationResult
	// Err is why this document has no result: a *JobFailedError when its
	// job FAILED, an error wrapping ErrJobCancelled when it was CANCELLED,
	// and otherwise a *DocumentError saying how far the document got and
	// what stopped it (a refusal of the service, its retry budget spent,
	// the context's end).
	Err error
	// FileDeleted says that the document's uploaded file was deleted once
	// the document was done (WithDeleteUploads); DeleteErr, when set, why
	// it could not be. Neither changes the document's outcome.
	FileDeleted bool
	DeleteErr   error
}

// Type returns the matched document type, or "" when no rule matched or
// there is no result.
func (r *FileResult) Type() string {
	if r == nil || r.Result == nil || r.Result.Type == nil {
		return ""
	}
	return *r.Result.Type
}

// ClassifyOption adjusts ClassifyFile, ClassifyFiles and ClassifyEach.
type ClassifyOption func(*classifySettings)

type classifySettings struct {
	concurrency int
	maxInFlight int
	adaptive    bool
	// deleteUploads and cancelOnStop: see WithDeleteUploads and
	// WithCancelOnStop.
	deleteUploads bool
	cancelOnStop  bool
	// keepFound: see WithKeepFoundUploads.
	keepFound bool
	// retryFailed: see WithRetryFailed.
	retryFailed bool
	progress    func(done, total int)
	events      func(ProgressEvent)
	budget      time.Duration
	parsing     gen.ClassifyV2ParsingConfiguration
	wait        []WaitOption
	call        []CallOption
}

// DefaultConcurrency is how many documents ClassifyFiles uploads and
// submits at once unless WithConcurrency says otherwise.
const DefaultConcurrency = 8

// DefaultRetryBudget is how long a document of ClassifyFiles or
// ClassifyEach may spend in backoff without moving forward unless
// WithRetryBudget says otherwise.
const DefaultRetryBudget = 2 * time.Minute

// cancelTimeout bounds the best-effort cancellation of the jobs left
// running when a classification is stopped.
const cancelTimeout = 3 * time.Second

// DefaultMaxInFlight is how many documents ClassifyEach and ClassifyFiles
// have in flight at most (read, and not yet taken by the caller) unless
// WithMaxInFlight says otherwise.
const DefaultMaxInFlight = 1000

// WithConcurrency bounds how many documents are uploaded and submitted at
// once, and how many requests of the classification are in flight at once,
// the polling and deletions included (default 8; n below 1 means the
// default). Within that bound the number of requests in flight adapts to
// the service (see WithAdaptiveConcurrency).
func WithConcurrency(n int) ClassifyOption {
	return func(s *classifySettings) { s.concurrency = n }
}

// WithMaxInFlight bounds how many documents are in flight at once: read
// from the documents given, and not yet done and taken by the caller
// (default DefaultMaxInFlight). It bounds the jobs waited for at once, and
// the memory a classification holds, whatever the number of documents.
func WithMaxInFlight(n int) ClassifyOption {
	return func(s *classifySettings) { s.maxInFlight = n }
}

// WithAdaptiveConcurrency, on by default, adapts the number of requests in
// flight to the service, between 1 and WithConcurrency: a 429 (or a 503
// with Retry-After) halves it, once per round of requests, and each round
// of fast answers raises it by one again. A success is fast when it takes
// no more than twice the average time of its kind of request so far. Off,
// the number stays at WithConcurrency.
func WithAdaptiveConcurrency(on bool) ClassifyOption {
	return func(s *classifySettings) { s.adaptive = on }
}

// WithDeleteUploads deletes each document's uploaded file once the
// document is done: its job ended (completed, failed or cancelled), or it
// failed for good after its upload. The file of a document stopped by the
// context's end or a refused key is kept, for a later run to find. A
// failed delete is reported in FileResult.DeleteErr and leaves the
// document's outcome as it is.
//
// A document's file is found by its external_file_id, derived from its
// name and content only (DeriveExternalFileID): a run with this option
// deletes the file an earlier run of the same document stored, whatever
// its rules, and the FileID of that run's results then names a deleted
// file. Its jobs and their results stay.
func WithDeleteUploads(on bool) ClassifyOption {
	return func(s *classifySettings) { s.deleteUploads = on }
}

// WithKeepFoundUploads, with WithDeleteUploads, deletes only the files
// this call uploaded: a document's file found stored under its
// external_file_id, by an earlier run or another program, is kept, and so
// is the file of a job an earlier run made. Without it a run deletes what
// it finds, which finishes the clean-up of an earlier run of the same
// documents that was stopped before deleting; with it, a run never takes a
// file from under someone else's job or printed file id.
func WithKeepFoundUploads(on bool) ClassifyOption {
	return func(s *classifySettings) { s.keepFound = on }
}

// WithCancelOnStop, on by default, cancels the jobs still running when the
// context ends (see ClassifyFiles). Off, they are left to run, so that a
// later run of the same classification finds them, ended, instead of
// making them again.
func WithCancelOnStop(on bool) ClassifyOption {
	return func(s *classifySettings) { s.cancelOnStop = on }
}

// WithRetryFailed makes a new job for a document whose create finds an
// earlier run's job that FAILED, as it does for one that was CANCELLED
// (off by default: such a document's result is that failed job, and
// classifying the same document again costs nothing). The new job gets
// the next transaction_id of the document's (see DeriveTransactionID), so
// a later run finds it in turn; at most 10 such jobs are stepped over,
// and a job that COMPLETED is always the document's answer. Only a job
// the create finds already FAILED is stepped over: a job this run made
// is too only when a create's answer was lost and the job had failed by
// the retried create, which makes one more job for a document that
// failed, never a second answer for one that did not.
func WithRetryFailed(on bool) ClassifyOption {
	return func(s *classifySettings) { s.retryFailed = on }
}

// WithProgress calls f each time a document is done (classified, failed,
// or stopped by the context's end), with the count done so far and the
// total. Calls are serialised, done increases by one each time, and the
// last call, before ClassifyFiles returns (or ClassifyEach yields its
// last result), has done == total.
func WithProgress(f func(done, total int)) ClassifyOption {
	return func(s *classifySettings) { s.progress = f }
}

// WithProgressEvents calls f each time a document moves on (uploaded,
// submitted, completed, failed); see ProgressEvent. Calls are serialised,
// and every document ends with one event of DocumentCompleted or
// DocumentFailed before ClassifyFiles returns (or ClassifyEach yields
// its result). It may be given with
// WithProgress.
func WithProgressEvents(f func(ProgressEvent)) ClassifyOption {
	return func(s *classifySettings) { s.events = f }
}

// WithRetryBudget sets how long each document may spend in backoff without
// moving forward before it fails (default DefaultRetryBudget): at one step
// (finding or uploading its file, creating its job) or between two
// successful polls of the jobs. Each request is retried under the client's
// RetryPolicy, and a step that still fails is resumed; the pauses of both
// are charged. Zero or less: no pauses at all, so a document fails at its
// first transient failure.
func WithRetryBudget(d time.Duration) ClassifyOption {
	return func(s *classifySettings) { s.budget = max(d, 0) }
}

// WithTargetPages classifies only these 1-based pages and ranges, e.g.
// "1,3,5-7".
func WithTargetPages(pages string) ClassifyOption {
	return func(s *classifySettings) { s.parsing.TargetPages = &pages }
}

// WithMaxPages classifies at most n pages of each document.
func WithMaxPages(n int) ClassifyOption {
	return func(s *classifySettings) {
		m := int32(min(max(n, math.MinInt32), math.MaxInt32))
		s.parsing.MaxPages = &m
	}
}

// WithLanguage sets the documents' language (ISO 639-1, e.g. "en").
func WithLanguage(code string) ClassifyOption {
	return func(s *classifySettings) { s.parsing.Lang = &code }
}

// WithWait adjusts the waiting for the jobs (delays, timeout, OnStatus).
func WithWait(opts ...WaitOption) ClassifyOption {
	return func(s *classifySettings) { s.wait = append(s.wait, opts...) }
}

// ClassifyWith applies call options (InProject, InOrganization) to every
// request of the classification.
func ClassifyWith(opts ...CallOption) ClassifyOption {
	return func(s *classifySettings) { s.call = append(s.call, opts...) }
}

func newClassifySettings(opts []ClassifyOption) classifySettings {
	s := classifySettings{concurrency: DefaultConcurrency, maxInFlight: DefaultMaxInFlight, budget: DefaultRetryBudget, adaptive: true, cancelOnStop: true}
	for _, o := range opts {
		if o != nil {
			o(&s)
		}
	}
	if s.concurrency <= 0 {
		s.concurrency = DefaultConcurrency
	}
	if s.maxInFlight <= 0 {
		s.maxInFlight = DefaultMaxInFlight
	}
	s.wait = append(s.wait, WaitWith(s.call...))
	return s
}

// configuration builds and checks the job configuration once, before any
// upload, so that bad rules cost nothing.
func (s classifySettings) configuration(rules []gen.ClassifierRule) (gen.ClassifyV2Configuration, error) {
	if rules == nil {
		// No rules, for a Go caller, is no rules, not a null on the wire:
		// say so ("must not be empty").
		rules = []gen.ClassifierRule{}
	}
	cfg := gen.ClassifyV2Configuration{Rules: rules}
	if s.parsing != (gen.ClassifyV2ParsingConfiguration{}) {
		p := s.parsing
		cfg.ParsingConfiguration = &p
	}
	placeholder := "dfl-00000000-0000-0000-0000-000000000000"
	return cfg, checkV2Create(gen.ClassifyV2JobCreateRequest{FileInput: &placeholder, Configuration: &cfg})
}

// JobConfiguration returns the configuration ClassifyEach, ClassifyFiles
// and ClassifyFile send with each job for rules and opts (the parsing
// options among them), checked against the contract: what
// DeriveTransactionID derives a job's key from. Bad rules or options fail
// with a *RequestInvalidError.
func JobConfiguration(rules []gen.ClassifierRule, opts ...ClassifyOption) (gen.ClassifyV2Configuration, error) {
	return newClassifySettings(opts).configuration(rules)
}

// ClassifyFile uploads one document, classifies it against rules with a v2
// job, waits for the job and returns the outcome: Result holds the type
// (see FileResult.Type; empty when no rule matched), the confidence and the
// reasoning. It is ClassifyFiles for one document, and resumes after
// transient failures the same way.
//
// Bad rules or options fail with a *RequestInvalidError before anything is
// sent, and a nil result. Otherwise the result is returned, and the error
// is its Err. When ctx ends first, the job is cancelled on the service
// (best effort), as ClassifyFiles does, even when ctx ended while the job
// was being created.
func (c *Client) ClassifyFile(ctx context.Context, doc Document, rules []gen.ClassifierRule, opts ...ClassifyOption) (*FileResult, error) {
	results, err := c.classify(ctx, []Document{doc}, rules, opts, c.waitOne)
	if results == nil {
		return nil, err
	}
	return &results[0], results[0].Err
}

// ClassifyFiles classifies many documents against the same rules: each is
// uploaded and submitted as its own v2 job, at most WithConcurrency at once
// (default 8), and the jobs are waited for together, up to 100 a request
// (see WaitJobs). It is ClassifyEach over docs, with the results in the
// order of docs: for many thousands of documents, ClassifyEach holds only
// those in flight.
//
// Each document is a small pipeline, upload → create → wait, that resumes
// from its last durable step after a transient failure (a connection lost,
// 408, 409, 429, 5xx): its file is first looked up by its external_file_id
// (see DeriveExternalFileID) and uploaded only when not found, so a file
// is stored once by a run and by the runs after it; its job is created
// with a transaction_id derived from the file and the configuration
// (DeriveTransactionID) and resent with the same one, so a job is never
// made twice; and a failed poll is polled again. Running the same
// classification again re-uses the files and jobs an earlier run made (a
// job found CANCELLED is made anew). Two runs on the same document at the
// same time make one job, but may each upload the file before either
// finds the other's: a look-up cannot reserve an external_file_id, and
// the service does not refuse a second file under one.
//
// A document fails on a permanent answer (any other 4xx, a FAILED job),
// when its retry budget is spent (WithRetryBudget), or when ctx ends; its
// Err then says what is known (see DocumentError). An empty document fails
// at once with an error matching ErrEmptyDocument, and nothing is sent for
// it.
//
// The results are in the order of docs, each with its own Err: a failed
// document never hides the others' results. The error is non-nil only when
// the call as a whole failed:
//   - a *RequestInvalidError for bad rules or options: nothing sent, nil
//     results;
//   - an *APIError matching ErrUnauthorized or ErrForbidden: the service
//     refused the key. The first such answer stops the batch, and nothing
//     more is sent; the batch's first request goes alone, so that a wrong
//     key costs one request, not one per document;
//   - the context's error when ctx ended first. Then the results so far
//     are returned, the unfinished ones with the context's error (reading
//     as its cause, when it has one: context.WithCancelCause), and the
//     jobs still running are cancelled on the service (best effort, within
//     a few seconds). That includes the job of a create cut short by the
//     cancellation: the create is sent once more with the same
//     transaction_id, which returns the job if the service made it (or
//     makes it), and that job is cancelled. A job found ended meanwhile
//     (its cancel answered 409) is read, and its document reported as it
//     ended: COMPLETED with its result, or FAILED.
func (c *Client) ClassifyFiles(ctx context.Context, docs []Document, rules []gen.ClassifierRule, opts ...ClassifyOption) ([]FileResult, error) {
	return c.classify(ctx, docs, rules, opts, c.waitMany)
}

// ClassifyEach classifies the documents docs yields against the same
// rules, as ClassifyFiles does, and yields each result as soon as its
// document is done, in the order they end (FileResult.Index says which
// document it is). It reads docs lazily, from another goroutine, at most
// WithMaxInFlight documents ahead of the results taken (default 1000), and
// holds only the documents in flight: memory does not grow with the
// number of documents. Jobs made while others are waited for join the
// waiting at once (in cohorts of up to 100, one list request a poll each).
//
// Each result is yielded with its Err as the error. A failure of the
// classification as a whole is yielded last, once, with a nil result: a
// *RequestInvalidError for bad rules or options (nothing is sent), the
// *APIError of a refused key (the results of the documents in flight come
// first, each with that error), or the context's error (the documents in
// flight come first, stopped, and their jobs are cancelled unless
// WithCancelOnStop(false)). Documents not read yet when it stops are not
// read.
//
// Breaking out of the loop stops the classification: nothing more is read
// or sent, and the jobs already made are left to end on the service, where
// a later run of the same classification finds them. The iteration
// returns once everything it started is over, but for docs itself: a docs
// blocked between two documents when the classification stops (one fed by
// a channel) is left behind, and its next yield returns false.
//
// docs, Document.Open and the progress callbacks run on goroutines of the
// classification, not the caller's: a panic in them ends the program, as
// in any goroutine, and a recover around the loop does not see it.
func (c *Client) ClassifyEach(ctx context.Context, docs iter.Seq[Document], rules []gen.ClassifierRule, opts ...ClassifyOption) iter.Seq2[*FileResult, error] {
	return c.classifyEach(ctx, docs, -1, rules, opts, c.waitMany, false)
}

// classifyEach runs a batch over docs; total is their number when known
// (else -1), and drain says whether the documents read once the batch has
// stopped are failed (yielded) rather than left unread.
func (c *Client) classifyEach(ctx context.Context, docs iter.Seq[Document], total int, rules []gen.ClassifierRule, opts []ClassifyOption, wait waitFunc, drain bool) iter.Seq2[*FileResult, error] {
	return func(yield func(*FileResult, error) bool) {
		s := newClassifySettings(opts)
		cfg, err := s.configuration(rules)
		if err != nil {
			yield(nil, err)
			return
		}
		b := newBatch(ctx, c, s, cfg, total, wait, drain)
		defer b.cancel(nil)
		go b.produce(docs)
		stopped := false
		for {
			ds := b.next()
			if len(ds) == 0 {
				break
			}
			for _, d := range ds {
				if !stopped && !yield(&d.r, d.r.Err) {
					stopped = true
					b.cancel(errCallerStopped)
				}
				b.taken(d)
			}
		}
		if !stopped {
			if err := b.err(); err != nil {
				yield(nil, err)
			}
		}
	}
}

// classify runs ClassifyFiles and ClassifyFile: the results of docs, in
// their order, waiting for the jobs with wait.
func (c *Client) classify(ctx context.Context, docs []Document, rules []gen.ClassifierRule, opts []ClassifyOption, wait waitFunc) ([]FileResult, error) {
	var results []FileResult
	for r, err := range c.classifyEach(ctx, slices.Values(docs), len(docs), rules, opts, wait, true) {
		if r == nil {
			return results, err
		}
		if results == nil {
			results = make([]FileResult, len(docs))
		}
		results[r.Index] = *r
	}
	if results == nil && len(docs) > 0 {
		// Cannot happen: every document read comes out.
		return nil, errors.New("llamaclassify: internal error: no results")
	}
	if results == nil {
		results = []FileResult{}
	}
	return results, nil
}

// waitFunc waits for jobs, yielding each as it ends, and a failure of the
// polling as a nil job (see WaitJobs).
type waitFunc func(ctx context.Context, ids []string, opts ...WaitOption) iter.Seq2[*gen.ClassifyV2JobResponse, error]

// waitMany waits for many jobs through the list endpoint.
func (c *Client) waitMany(ctx context.Context, ids []string, opts ...WaitOption) iter.Seq2[*gen.ClassifyV2JobResponse, error] {
	return c.WaitJobs(ctx, ids, opts...)
}

// waitOne waits for the one job of ClassifyFile with WaitJob, in the shape
// of WaitJobs: a failed poll is a nil job.
func (c *Client) waitOne(ctx context.Context, ids []string, opts ...WaitOption) iter.Seq2[*gen.ClassifyV2JobResponse, error] {
	return func(yield func(*gen.ClassifyV2JobResponse, error) bool) {
		for _, id := range ids {
			if !yield(c.WaitJob(ctx, id, opts...)) {
				return
			}
		}
	}
}

// cancelRunning cancels, best effort and within cancelTimeout, the jobs of
// the documents ds that have not ended, updating their JobID and Status. A
// document whose create the context's end cut short has it sent again with
// its transaction_id, which returns the job the first one made or makes
// it, and that job is cancelled too. A job found ended instead (a cancel
// answered 409, a status seen terminal without its result) is read, and
// kept in the document's ended when it COMPLETED or FAILED: that is its
// outcome, not the stop.
func (c *Client) cancelRunning(ctx context.Context, ds []*docRun, cfg gen.ClassifyV2Configuration, opts []CallOption) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cancelTimeout)
	defer cancel()
	var g errgroup.Group
	g.SetLimit(DefaultConcurrency)
	for _, d := range ds {
		r, txn := &d.r, ""
		if d.creating && r.JobID == "" {
			txn = d.txn
		}
		if r.JobID == "" && txn == "" {
			continue
		}
		g.Go(func() error {
			ended := func(job *gen.ClassifyV2JobResponse) {
				r.Status = job.Status
				if job.Status == gen.ClassifyV2JobStatusCOMPLETED || job.Status == gen.ClassifyV2JobStatusFAILED {
					d.ended = job
				}
			}
			if r.JobID == "" {
				job, err := c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{FileInput: &r.FileID, Configuration: &cfg, TransactionId: &txn}, opts...)
				if err != nil {
					return nil
				}
				r.JobID, r.Status = job.Id, job.Status
				if v2Terminal(job.Status) {
					ended(job)
					return nil
				}
			}
			if v2Terminal(r.Status) {
				if job, err := c.GetJob(ctx, r.JobID, opts...); err == nil {
					ended(job)
				}
				return nil
			}
			job, err := c.CancelJob(ctx, r.JobID, opts...)
			switch {
			case err == nil:
				r.Status = job.Status
			case errors.Is(err, ErrConflict):
				// It ended before the cancel reached it.
				if job, err := c.GetJob(ctx, r.JobID, opts...); err == nil {
					ended(job)
				}
			}
			return nil
		})
	}
	g.Wait()
}

// DocumentState is how far a document of ClassifyFiles or ClassifyEach
// has come.
type DocumentState string

// The states a ProgressEvent reports.
const (
	// DocumentUploaded: the document's file is stored on the service
	// (uploaded now, or found from an earlier run).
	DocumentUploaded DocumentState = "uploaded"
	// DocumentSubmitted: its job exists.
	DocumentSubmitted DocumentState = "submitted"
	// DocumentCompleted: its job COMPLETED and FileResult.Result holds the
	// classification. The document is done.
	DocumentCompleted DocumentState = "completed"
	// DocumentFailed: it has no result and FileResult.Err says why (a
	// failed or cancelled job, a refusal, the context's end). The document
	// is done.
	DocumentFailed DocumentState = "failed"
)

// ProgressEvent reports that one document of ClassifyFiles or
// ClassifyEach moved on; see
// WithProgressEvents.
type ProgressEvent struct {
	// Index is the document's position among the documents given.
	Index int
	// State is where it is now.
	State DocumentState
	// Uploaded, Submitted, Completed and Failed count the documents that
	// have reached each state so far, this one included: a document counted
	// as uploaded stays counted when it is submitted. Total is the number
	// of documents: of ClassifyFiles, from the start; of ClassifyEach, read
	// so far.
	Uploaded, Submitted, Completed, Failed, Total int
	// Concurrency is how many requests may be in flight now (see
	// WithAdaptiveConcurrency).
	Concurrency int
}

// Done is how many documents are done (completed or failed).
func (e ProgressEvent) Done() int { return e.Completed + e.Failed }

// tracker turns the documents' moves into the WithProgress and
// WithProgressEvents callbacks. It keeps counts, and each document's state
// in the document, so that it holds nothing per document done.
type tracker struct {
	mu sync.Mutex
	// hooks orders the calls of onMove and onDone, which run outside mu
	// so that a slow hook (a terminal being drawn) holds up only other
	// state changes, never a document asking whether another is done.
	hooks  sync.Mutex
	counts ProgressEvent
	// known says that counts.Total was given; else it counts the
	// documents read.
	known  bool
	onDone func(done, total int)
	onMove func(ProgressEvent)
	gate   *requestGate
}

func newTracker(total int, onDone func(done, total int), onMove func(ProgressEvent), gate *requestGate) *tracker {
	t := &tracker{onDone: onDone, onMove: onMove, gate: gate, known: total >= 0}
	t.counts.Total = max(total, 0)
	return t
}

func doneState(s DocumentState) bool { return s == DocumentCompleted || s == DocumentFailed }

// read counts a document read.
func (t *tracker) read() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.known {
		t.counts.Total++
	}
}

// move records that d reached state s and reports whether it moved: a
// document that is done moves no more.
func (t *tracker) move(d *docRun, s DocumentState) bool {
	t.hooks.Lock()
	defer t.hooks.Unlock()
	t.mu.Lock()
	if d.state == s || doneState(d.state) {
		t.mu.Unlock()
		return false
	}
	d.state = s
	switch s {
	case DocumentUploaded:
		t.counts.Uploaded++
	case DocumentSubmitted:
		t.counts.Submitted++
	case DocumentCompleted:
		t.counts.Completed++
	case DocumentFailed:
		t.counts.Failed++
	}
	ev := t.counts
	ev.Index, ev.State = d.i, s
	t.mu.Unlock()
	if t.onMove != nil {
		ev.Concurrency = t.gate.current()
		t.onMove(ev)
	}
	if doneState(s) && t.onDone != nil {
		t.onDone(ev.Done(), ev.Total)
	}
	return true
}

// isDone reports whether d is done.
func (t *tracker) isDone(d *docRun) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return doneState(d.state)
}
