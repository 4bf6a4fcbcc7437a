package client

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"path/filepath"
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
	// Open, when set, returns the content (the same on every call).
	Open func() (io.ReadCloser, error)
	// ExternalFileID is passed to UploadFile; see Upload.ExternalFileID.
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
	// FileID is the uploaded file ("dfl-..."), once uploaded.
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
	// Err is why this document has no result: a failed upload or create, a
	// *JobFailedError, an error wrapping ErrJobCancelled, or the context's
	// error when the call was stopped.
	Err error
}

// Type returns the matched document type, or "" when no rule matched or
// there is no result.
func (r *FileResult) Type() string {
	if r == nil || r.Result == nil || r.Result.Type == nil {
		return ""
	}
	return *r.Result.Type
}

// ClassifyOption adjusts ClassifyFile and ClassifyFiles.
type ClassifyOption func(*classifySettings)

type classifySettings struct {
	concurrency int
	progress    func(done, total int)
	parsing     gen.ClassifyV2ParsingConfiguration
	wait        []WaitOption
	call        []CallOption
}

// DefaultConcurrency is how many documents ClassifyFiles uploads and
// submits at once unless WithConcurrency says otherwise.
const DefaultConcurrency = 8

// cancelTimeout bounds the best-effort cancellation of the jobs left
// running when a classification is stopped.
const cancelTimeout = 3 * time.Second

// WithConcurrency bounds how many documents are uploaded and submitted at
// once (default 8).
func WithConcurrency(n int) ClassifyOption {
	return func(s *classifySettings) { s.concurrency = n }
}

// WithProgress calls f each time a document is done (classified, failed,
// or stopped by the context's end), with the count done so far and the
// total. Calls are serialised, done increases by one each time, and the
// last call, before ClassifyFiles returns, has done == total.
func WithProgress(f func(done, total int)) ClassifyOption {
	return func(s *classifySettings) { s.progress = f }
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
	s := classifySettings{concurrency: DefaultConcurrency}
	for _, o := range opts {
		if o != nil {
			o(&s)
		}
	}
	if s.concurrency <= 0 {
		s.concurrency = DefaultConcurrency
	}
	s.wait = append(s.wait, WaitWith(s.call...))
	return s
}

// configuration builds and checks the job configuration once, before any
// upload, so that bad rules cost nothing.
func (s classifySettings) configuration(rules []gen.ClassifierRule) (gen.ClassifyV2Configuration, error) {
	cfg := gen.ClassifyV2Configuration{Rules: rules}
	if s.parsing != (gen.ClassifyV2ParsingConfiguration{}) {
		p := s.parsing
		cfg.ParsingConfiguration = &p
	}
	placeholder := "dfl-00000000-0000-0000-0000-000000000000"
	return cfg, checkV2Create(gen.ClassifyV2JobCreateRequest{FileInput: &placeholder, Configuration: &cfg})
}

// submit uploads the document of r and creates its v2 job, filling r's
// FileID, JobID and Status. The create carries a transaction id chosen
// here; when ctx ends before the create is answered, submit returns that
// id too, so that the job, if the service made it, can be found again and
// cancelled (see cancelRunning).
func (c *Client) submit(ctx context.Context, r *FileResult, cfg gen.ClassifyV2Configuration, opts []CallOption) (unanswered string, err error) {
	file, err := c.UploadFile(ctx, r.Document.upload(), opts...)
	if err != nil {
		return "", err
	}
	r.FileID = file.Id
	if err := ctx.Err(); err != nil {
		return "", err
	}
	txn := newTransactionID()
	job, err := c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{FileInput: &file.Id, Configuration: &cfg, TransactionId: &txn}, opts...)
	if err != nil {
		if ctx.Err() != nil {
			return txn, err
		}
		return "", err
	}
	r.JobID, r.Status = job.Id, job.Status
	return "", nil
}

// ClassifyFile uploads one document, classifies it against rules with a v2
// job, waits for the job and returns the outcome: Result holds the type
// (see FileResult.Type; empty when no rule matched), the confidence and the
// reasoning.
//
// Bad rules or options fail with a *RequestInvalidError before anything is
// sent, and a nil result. Otherwise the result is returned, and the error
// is its Err. When ctx ends first, the job is cancelled on the service
// (best effort), as ClassifyFiles does, even when ctx ended while the job
// was being created.
func (c *Client) ClassifyFile(ctx context.Context, doc Document, rules []gen.ClassifierRule, opts ...ClassifyOption) (*FileResult, error) {
	s := newClassifySettings(opts)
	cfg, err := s.configuration(rules)
	if err != nil {
		return nil, err
	}
	results := []FileResult{{Document: doc}}
	res := &results[0]
	unanswered, err := c.submit(ctx, res, cfg, s.call)
	if err == nil {
		var job *gen.ClassifyV2JobResponse
		job, err = c.WaitJob(ctx, res.JobID, s.wait...)
		if job != nil {
			res.Status, res.Result = job.Status, job.Result
		}
	}
	res.Err = err
	if ctx.Err() != nil {
		c.cancelRunning(ctx, results, []string{unanswered}, cfg, s.call)
	}
	if s.progress != nil {
		s.progress(1, 1)
	}
	return res, err
}

// ClassifyFiles classifies many documents against the same rules: each is
// uploaded and submitted as its own v2 job, at most WithConcurrency at once
// (default 8), then all jobs are waited for together (see WaitJobs).
//
// The results are in the order of docs, each with its own Err: a failed
// document never hides the others' results. The error is non-nil only when
// the call as a whole failed: a *RequestInvalidError for bad rules or
// options (nothing sent, nil results), or the context's error when ctx
// ended first. Then the results so far are returned, the unfinished ones
// with the context's error, and the jobs still running are cancelled on the
// service (best effort, within a few seconds). That includes the job of a
// create cut short by the cancellation: the create is sent once more with
// the same transaction_id, which returns the job if the service made it
// (or makes it), and that job is cancelled.
func (c *Client) ClassifyFiles(ctx context.Context, docs []Document, rules []gen.ClassifierRule, opts ...ClassifyOption) ([]FileResult, error) {
	s := newClassifySettings(opts)
	cfg, err := s.configuration(rules)
	if err != nil {
		return nil, err
	}
	results := make([]FileResult, len(docs))
	unanswered := make([]string, len(docs))
	prog := newProgress(len(docs), s.progress)

	var g errgroup.Group
	g.SetLimit(s.concurrency)
	for i := range docs {
		results[i].Document = docs[i]
		if ctx.Err() != nil {
			continue
		}
		g.Go(func() error {
			r := &results[i]
			txn, err := c.submit(ctx, r, cfg, s.call)
			if err != nil {
				r.Err, unanswered[i] = err, txn
				prog.finish(i)
			}
			return nil
		})
	}
	g.Wait()

	byJob := map[string]int{}
	var ids []string
	for i := range results {
		if results[i].JobID != "" {
			byJob[results[i].JobID] = i
			ids = append(ids, results[i].JobID)
		}
	}
	if ctx.Err() == nil && len(ids) > 0 {
		for job, err := range c.WaitJobs(ctx, ids, s.wait...) {
			if job == nil {
				// The polling failed: the jobs still waited for share the error.
				for _, i := range byJob {
					if r := &results[i]; r.Err == nil && !v2Terminal(r.Status) {
						r.Err = err
						prog.finish(i)
					}
				}
				break
			}
			i, ok := byJob[job.Id]
			if !ok {
				continue
			}
			r := &results[i]
			if job.Status != "" {
				r.Status, r.Result = job.Status, job.Result
			}
			r.Err = err
			prog.finish(i)
		}
	}
	if err := ctx.Err(); err != nil {
		for i := range results {
			if r := &results[i]; r.Err == nil && !v2Terminal(r.Status) {
				r.Err = fmt.Errorf("llamaclassify: stopped before the job ended: %w", err)
			}
			// Skipped or stopped, the document is done: count those not
			// counted yet.
			prog.finish(i)
		}
		c.cancelRunning(ctx, results, unanswered, cfg, s.call)
		return results, err
	}
	return results, nil
}

// cancelRunning cancels, best effort and within cancelTimeout, the jobs of
// results that have not ended, updating their JobID and Status.
// unanswered[i], when set, is the transaction id of the create of
// results[i] that the context's end cut short: the create is sent again
// with it, which returns the job the first one made or makes it, and that
// job is cancelled too.
func (c *Client) cancelRunning(ctx context.Context, results []FileResult, unanswered []string, cfg gen.ClassifyV2Configuration, opts []CallOption) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cancelTimeout)
	defer cancel()
	var g errgroup.Group
	g.SetLimit(DefaultConcurrency)
	for i := range results {
		r, txn := &results[i], unanswered[i]
		if v2Terminal(r.Status) || (r.JobID == "" && txn == "") {
			continue
		}
		g.Go(func() error {
			if r.JobID == "" {
				job, err := c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{FileInput: &r.FileID, Configuration: &cfg, TransactionId: &txn}, opts...)
				if err != nil {
					return nil
				}
				r.JobID, r.Status = job.Id, job.Status
				if v2Terminal(job.Status) {
					return nil
				}
			}
			if job, err := c.CancelJob(ctx, r.JobID, opts...); err == nil {
				r.Status = job.Status
			}
			return nil
		})
	}
	g.Wait()
}

// progress counts finished documents for the WithProgress callback.
type progress struct {
	mu       sync.Mutex
	finished []bool
	done     int
	f        func(done, total int)
}

func newProgress(total int, f func(done, total int)) *progress {
	return &progress{finished: make([]bool, total), f: f}
}

// finish counts document i as done; counting it again does nothing.
func (p *progress) finish(i int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.finished[i] {
		return
	}
	p.finished[i] = true
	p.done++
	if p.f != nil {
		p.f(p.done, len(p.finished))
	}
}
