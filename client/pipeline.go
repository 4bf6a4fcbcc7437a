package client

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The pipeline of ClassifyFiles. Each document moves through
//
//	read ──> upload ──> create ──> wait ──> completed | failed
//
//   - read: its content is read once, locally: an empty document fails
//     here, and its external_file_id is derived from its name and content
//     (DeriveExternalFileID), its transaction_id from that and the
//     configuration (DeriveTransactionID).
//   - upload: the file is looked up by external_file_id and uploaded only
//     when not found. Durable once the file's id is known.
//   - create: the job is created with the transaction_id, the same one on
//     every attempt, so the service makes at most one. Durable once the
//     job's id is known.
//   - wait: the jobs are polled together until each ends.
//
// A step that fails transiently (a connection lost, 408, 409, 429, 5xx) is
// run again after a pause from where the document stands: an upload is
// looked up again before it is resent, a create is resent with its
// transaction_id, a poll is repeated. The pauses, and those of the
// retries inside each call, are charged to the document's retry budget,
// which starts again whenever the document reaches a durable step (and,
// for the polling, at every successful poll). A document fails on a
// permanent answer, when its budget is spent, or when the context ends. A
// 401 or 403 stops the whole batch.

// The steps a DocumentError names.
const (
	StepRead   = "read"
	StepUpload = "upload"
	StepCreate = "create"
	StepWait   = "wait"
)

// DocumentError is the Err of a document of ClassifyFiles that stopped
// before its job ended: what stopped it, and what is known of it on the
// service, so that nothing it left behind is lost. It unwraps to the last
// failure.
type DocumentError struct {
	// Name is the document's name.
	Name string
	// Step is where it stopped: StepRead (nothing was sent for it),
	// StepUpload, StepCreate or StepWait.
	Step string
	// FileID is its stored file, once known.
	FileID string
	// ExternalFileID is the key its file is, or would be, stored under.
	ExternalFileID string
	// TransactionID is the key of the create of its job.
	TransactionID string
	// JobID and LastStatus are its job and the job's last status seen,
	// once known.
	JobID      string
	LastStatus gen.ClassifyV2JobStatus
	// MayHaveActed says that the step's last request may have taken effect
	// (stored the file, created the job) although no answer said so.
	MayHaveActed bool
	// GaveUp says that the failure was transient, and the document's retry
	// budget (RetryBudget) was spent on it.
	GaveUp      bool
	RetryBudget time.Duration
	// Err is the last failure.
	Err error
}

// Error reads "llamaclassify: NAME: [gave up after 2m0s of retries: ]
// FAILURE; WHAT IS KNOWN".
func (e *DocumentError) Error() string {
	var b strings.Builder
	b.WriteString("llamaclassify: ")
	failure := ""
	if e.Err != nil {
		failure = strings.TrimPrefix(e.Err.Error(), "llamaclassify: ")
	}
	// A failure to read the document names it already.
	if e.Name != "" && (e.Step != StepRead || !strings.Contains(failure, e.Name)) {
		b.WriteString(e.Name + ": ")
	}
	if e.GaveUp {
		fmt.Fprintf(&b, "gave up after %v of retries: ", e.RetryBudget)
	}
	b.WriteString(failure)
	b.WriteString("; " + e.Known())
	return b.String()
}

// Unwrap returns the last failure.
func (e *DocumentError) Unwrap() error { return e.Err }

// Known says what the document left on the service: "nothing was sent
// for it", "uploaded as dfl-..., a job with transaction_id ... may exist",
// "uploaded as dfl-..., job cls-... (last status RUNNING)", ...
func (e *DocumentError) Known() string {
	switch {
	case e.JobID != "":
		s := "uploaded as " + e.FileID + ", job " + e.JobID
		if e.LastStatus != "" {
			s += " (last status " + string(e.LastStatus) + ")"
		}
		return s
	case e.FileID != "" && e.MayHaveActed:
		return "uploaded as " + e.FileID + ", a job with transaction_id " + e.TransactionID + " may exist"
	case e.FileID != "":
		return "uploaded as " + e.FileID + ", no job created"
	case e.Step == StepUpload && e.MayHaveActed:
		return "its file may be stored under external_file_id " + e.ExternalFileID
	case e.Step == StepUpload:
		return "not uploaded"
	}
	return "nothing was sent for it"
}

// docRun is one document's pipeline.
type docRun struct {
	i    int
	r    FileResult
	name string
	step string
	// state is where the document stands for the progress events; the
	// tracker guards it.
	state DocumentState
	// ext is the external_file_id; txnBase the derived transaction_id and
	// txn the one of the current generation (see transactionGeneration).
	ext, txnBase, txn string
	generation        int
	// creating is set while a create is sent and not answered.
	creating bool
	// ambiguous is set once an upload or create of d failed in a way that
	// leaves unknown whether it acted; refusedHere once the service
	// refused the key for d's own request, which therefore did not act.
	ambiguous, refusedHere bool
	// stopped is set when the batch's end (a refusal, the context's end)
	// fails d: its file is kept for a later run.
	stopped bool
	// slot says that d holds a place in the window of documents in flight.
	slot   bool
	budget *retryBudget
	// uploaded is set when this run stored d's file (it was not found).
	uploaded bool
	// ended is its job as read after the batch stopped, when that job had
	// COMPLETED or FAILED (see cancelRunning).
	ended *gen.ClassifyV2JobResponse
	// leader, when set, is the document of the batch with the same
	// external_file_id: the same name and content, or the same key of the
	// caller's. This one is not sent: it gets the leader's outcome, when
	// the leader is done. followers are the documents that follow this one.
	leader    *docRun
	followers []*docRun
}

// batch is one classification: a call of ClassifyEach, ClassifyFiles or
// ClassifyFile.
//
// A producer reads the documents, at most WithMaxInFlight ahead of the
// results taken by the caller, and runs the read, upload and create steps
// of each, WithConcurrency at a time. Each job made joins the waiting (see
// joiner): jobs are waited for in cohorts of up to 100, each cohort by its
// own WaitJobs, so that jobs made later do not wait for the slowest of an
// earlier cohort, and a cohort costs one list request a poll. A document
// that is done goes into a queue that the caller's loop takes from; only
// the documents in flight are held.
type batch struct {
	c     *Client
	s     classifySettings
	cfg   gen.ClassifyV2Configuration
	wait  waitFunc
	outer context.Context
	// ctx is outer with the request gate, cancelled as well when the
	// service refuses the key or the caller stops taking results.
	ctx    context.Context
	cancel context.CancelCauseFunc
	gate   *requestGate
	track  *tracker
	// drain: documents read once the batch has stopped are failed, not
	// left unread (ClassifyFiles, which returns a result for each).
	drain bool
	// window holds a token for each document read and not yet taken by
	// the caller.
	window chan struct{}
	join   *joiner
	// cohorts counts the cohorts being waited for; workers the deletions
	// of uploads.
	cohorts, workers sync.WaitGroup
	// statusMu serialises the caller's OnStatus hook across cohorts.
	statusMu sync.Mutex

	// The first request of the batch goes alone: the others wait for the
	// gate, which opens once it is answered, or the batch stops.
	firstTaken atomic.Bool
	first      chan struct{}
	firstOnce  sync.Once

	mu       sync.Mutex
	refused  error              // the 401 or 403 that stopped the batch, or the service out of reach
	byExt    map[string]*docRun // the document in flight for each external_file_id
	inFlight map[*docRun]struct{}

	// The documents done and not yet taken by the caller.
	qmu      sync.Mutex
	queue    []*docRun
	finished bool
	ready    chan struct{}
}

// errCallerStopped ends a batch whose caller broke out of its loop.
var errCallerStopped = errors.New("llamaclassify: the caller stopped taking results")

func newBatch(ctx context.Context, c *Client, s classifySettings, cfg gen.ClassifyV2Configuration, total int, wait waitFunc, drain bool) *batch {
	b := &batch{
		c: c, s: s, cfg: cfg, wait: wait, outer: ctx, drain: drain,
		window: make(chan struct{}, s.maxInFlight), first: make(chan struct{}),
		byExt: map[string]*docRun{}, inFlight: map[*docRun]struct{}{}, ready: make(chan struct{}, 1),
	}
	b.gate = newRequestGate(s.concurrency, s.adaptive, c.secret, time.Now)
	b.gate.refused = b.refuse
	inner, cancel := context.WithCancelCause(ctx)
	b.ctx, b.cancel = withGate(inner, b.gate), cancel
	b.track = newTracker(total, s.progress, s.events, b.gate)
	b.join = newJoiner(b)
	return b
}

// produce reads docs and runs each document's pipeline; once every
// document read is done (or the batch stopped), it ends the batch and
// closes the queue.
func (b *batch) produce(docs iter.Seq[Document]) {
	defer b.closeQueue()
	go b.join.run()
	var g errgroup.Group
	g.SetLimit(b.s.concurrency)
	i := 0
	for doc := range b.read(docs) {
		d := b.newDoc(i, doc)
		i++
		if b.ctx.Err() == nil && b.takeSlot() {
			d.slot = true
			b.admit(d)
			g.Go(func() error {
				b.submit(d)
				return nil
			})
			continue
		}
		if !b.drain {
			break
		}
		// Failed by end, with nothing sent.
		b.admit(d)
	}
	g.Wait()
	b.join.close()
	<-b.join.done
	b.cohorts.Wait()
	b.end()
	b.workers.Wait()
}

// read iterates over docs in a goroutine of its own, so that a docs that
// blocks between documents (one fed by a channel) cannot hold the batch
// once it has stopped: without drain, the reading ends when the batch
// stops, and a docs still blocked is left behind, its next yield
// answered false. With drain, every document is read. A document is
// taken from docs only when the batch asks for it, as a plain range
// would: nothing is read ahead.
func (b *batch) read(docs iter.Seq[Document]) iter.Seq[Document] {
	return func(yield func(Document) bool) {
		want := make(chan struct{})
		ch := make(chan Document)
		quit := make(chan struct{})
		defer close(quit)
		go func() {
			defer close(ch)
			select {
			case <-want:
			case <-quit:
				return
			}
			for doc := range docs {
				select {
				case ch <- doc:
				case <-quit:
					return
				}
				select {
				case <-want:
				case <-quit:
					return
				}
			}
		}()
		stopped := b.ctx.Done()
		if b.drain {
			stopped = nil
		}
		for {
			select {
			case want <- struct{}{}:
			case <-stopped:
				return
			}
			select {
			case doc, ok := <-ch:
				if !ok || !yield(doc) {
					return
				}
			case <-stopped:
				return
			}
		}
	}
}

func (b *batch) newDoc(i int, doc Document) *docRun {
	name := doc.Name
	if name == "" {
		name = doc.Path
	}
	return &docRun{i: i, r: FileResult{Document: doc, Index: i}, name: name, step: StepRead, budget: newRetryBudget(b.s.budget, false)}
}

// takeSlot waits for a place in the window, and reports false when the
// batch stops first.
func (b *batch) takeSlot() bool {
	select {
	case b.window <- struct{}{}:
		return true
	case <-b.ctx.Done():
		return false
	}
}

// admit counts d as read and in flight.
func (b *batch) admit(d *docRun) {
	b.track.read()
	b.mu.Lock()
	b.inFlight[d] = struct{}{}
	b.mu.Unlock()
}

// submit runs the read, upload and create steps of d.
func (b *batch) submit(d *docRun) {
	ctx := withBudget(b.ctx, d.budget)
	name, open, err := d.r.Document.upload().source()
	if err != nil {
		b.fail(d, err, false)
		return
	}
	d.name = name
	d.ext, err = identity(ctx, name, open, d.r.Document.ExternalFileID)
	if err != nil {
		if b.ctx.Err() == nil {
			b.fail(d, err, false)
		}
		return
	}
	d.txnBase = DeriveTransactionID(d.ext, b.cfg)
	d.generation, d.txn = 1, d.txnBase
	d.r.ExternalFileID, d.r.TransactionID = d.ext, d.txn
	if b.follow(d) {
		return
	}

	first := b.firstTaken.CompareAndSwap(false, true)
	if first {
		defer b.openFirst()
	} else {
		select {
		case <-b.first:
		case <-b.ctx.Done():
		}
		if b.ctx.Err() != nil {
			return
		}
	}

	d.step = StepUpload
	for n := 1; d.r.FileID == ""; n++ {
		file, err := b.findOrUpload(ctx, d, first && n == 1)
		if err == nil {
			d.r.FileID = file.Id
			break
		}
		if !b.again(d, err, n) {
			return
		}
	}
	d.budget.reset()
	b.track.move(d, DocumentUploaded)

	d.step = StepCreate
	for n := 1; ; n++ {
		d.creating = true
		job, err := b.c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{FileInput: &d.r.FileID, Configuration: &b.cfg, TransactionId: &d.txn}, b.s.call...)
		if err != nil {
			if !b.again(d, err, n) {
				return
			}
			continue
		}
		d.creating = false
		if (job.Status == gen.ClassifyV2JobStatusCANCELLED || b.s.retryFailed && job.Status == gen.ClassifyV2JobStatusFAILED) && d.generation < maxGenerations {
			// An earlier run's job, cancelled when that run was stopped
			// (or failed, and the caller asked for failures to be tried
			// again): make the next one.
			d.generation++
			d.txn = transactionGeneration(d.txnBase, d.generation)
			d.r.TransactionID = d.txn
			n = 0
			continue
		}
		if v2Terminal(job.Status) && job.FileInput != "" && !sameFileID(job.FileInput, d.r.FileID) {
			// An earlier run's job, ended, on the file that run stored
			// (and perhaps deleted since): the result is the job's, and
			// so is the file. A file this run stored for nothing goes.
			if d.uploaded {
				_ = b.c.DeleteFile(ctx, d.r.FileID, b.s.call...)
			}
			d.r.FileID, d.uploaded = job.FileInput, false
		}
		d.r.JobID, d.r.Status = job.Id, job.Status
		d.budget.reset()
		d.step = StepWait
		b.track.move(d, DocumentSubmitted)
		if v2Terminal(job.Status) {
			// Made by an earlier run, and ended already.
			d.r.Result = job.Result
			b.finishJob(d, v2Outcome(job, b.c.secret))
			return
		}
		b.join.add(d)
		return
	}
}

// findOrUpload returns the file stored under d's external_file_id, or
// uploads it. first says that this is the batch's first request: once it
// is answered the gate opens, unless the answer refused the key or the
// request could not connect at all, which stops the batch.
func (b *batch) findOrUpload(ctx context.Context, d *docRun, first bool) (*gen.FileV2, error) {
	found, err := b.c.findByExternalID(ctx, d.ext, gen.ListFilesParams{}, b.s.call...)
	if first {
		switch {
		case err != nil && failureKind(err) == failRefused:
			b.refuse(err)
		case err != nil && notDelivered(err) && b.ctx.Err() == nil:
			// The batch's first request could not connect, after the
			// call's own retries: nothing is there (a wrong address, a
			// server not started). Resuming for the retry budget would
			// only hide that; nothing of the batch was sent.
			// The cause alone ("dial tcp ...: connection refused"), not
			// the request's URL, which names this document's
			// external_file_id and would end every document's error.
			d.refusedHere = true
			cause := err
			if op, ok := errorsAs[*net.OpError](err); ok {
				cause = op
			}
			b.refuse(fmt.Errorf("llamaclassify: cannot reach the service at %s: %w", b.c.redactedBase(), cause))
		}
		b.openFirst()
	}
	if err != nil || found != nil {
		return found, err
	}
	up := d.r.Document.upload()
	up.ExternalFileID = d.ext
	file, err := b.c.UploadFile(ctx, up, b.s.call...)
	d.uploaded = err == nil
	return file, err
}

// sameFileID says whether two file ids name one file: "dfl-<uuid>" and
// the bare uuid, in any case.
func sameFileID(a, b string) bool {
	return strings.EqualFold(strings.TrimPrefix(a, "dfl-"), strings.TrimPrefix(b, "dfl-"))
}

func (b *batch) openFirst() { b.firstOnce.Do(func() { close(b.first) }) }

// follow makes d follow the document in flight under its external_file_id,
// if any, and reports whether it does: a batch that holds the same
// document twice uploads and classifies it once. (A copy read after the
// first is done is sent again, and finds its file and job.)
func (b *batch) follow(d *docRun) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if leader := b.byExt[d.ext]; leader != nil {
		d.leader = leader
		leader.followers = append(leader.followers, d)
		return true
	}
	b.byExt[d.ext] = d
	return false
}

// failure is what a failed step means for the pipeline.
type failure int

const (
	failTransient failure = iota // resume the step
	failPermanent                // the document fails
	failRefused                  // 401, 403: the batch stops
)

// failureKind classifies the error of a step.
func failureKind(err error) failure {
	if apiErr, ok := errorsAs[*APIError](err); ok {
		switch code := apiErr.StatusCode; {
		case code == 401, code == 403:
			return failRefused
		case finalServerError(code):
			return failPermanent
		case code == 408, code == 409, code == 429, code >= 500:
			return failTransient
		}
		return failPermanent
	}
	if classifyError(err) == permanent {
		return failPermanent
	}
	return failTransient
}

// again decides what follows the n-th failure in a row of d's current step:
// it pauses and reports true when the step is to be run again, or records
// how the document (or the batch) ends and reports false. When the batch
// is stopping it reports false and leaves the document to end.
func (b *batch) again(d *docRun, err error, n int) bool {
	if failureKind(err) == failRefused {
		d.refusedHere = true
		b.refuse(err)
		return false
	}
	if b.ctx.Err() != nil {
		return false
	}
	switch failureKind(err) {
	case failPermanent:
		b.fail(d, err, false)
		return false
	}
	if d.step == StepUpload || d.step == StepCreate {
		d.ambiguous = true
	}
	wait := b.pause(err, n)
	if !d.budget.spend(wait) {
		b.fail(d, err, true)
		return false
	}
	b.logResume(d.name, d.step, err, wait, d.budget)
	return b.c.sleep(b.ctx, wait) == nil
}

// pause is the wait before running a step again after its n-th failure in
// a row: the service's Retry-After when it gave one, else drawn from
// [cap/2, cap] with cap = min(MaxDelay, MinDelay·2^(n-1)) of the client's
// RetryPolicy, so that every pause counts against the budget.
func (b *batch) pause(err error, n int) time.Duration {
	hi := backoffCap(b.c.retry.MinDelay, b.c.retry.MaxDelay, n)
	d := hi/2 + uniform(hi-hi/2)
	if apiErr, ok := errorsAs[*APIError](err); ok && apiErr.RetryAfter > 0 {
		d = apiErr.RetryAfter
	}
	return d
}

func (b *batch) logResume(name, step string, err error, wait time.Duration, budget *retryBudget) {
	if b.c.log == nil {
		return
	}
	spent, _ := budget.state()
	b.c.log.LogAttrs(b.ctx, slog.LevelDebug, "llamaclassify: resuming a step",
		slog.String("document", name),
		slog.String("step", step),
		slog.Duration("after", wait),
		slog.Duration("budget_spent", spent),
		slog.String("error", redact(err.Error(), b.c.secret)))
}

// refuse stops the batch on the service's refusal of the key: nothing more
// is sent.
func (b *batch) refuse(err error) {
	b.mu.Lock()
	if b.refused == nil {
		b.refused = err
	}
	b.mu.Unlock()
	b.cancel(err)
}

func (b *batch) refusal() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.refused
}

// fail ends d with err and what is known of it.
func (b *batch) fail(d *docRun, err error, gaveUp bool) {
	mayHaveActed := (gaveUp || d.ambiguous) && (d.step == StepUpload || d.step == StepCreate)
	b.failKnown(d, err, gaveUp, mayHaveActed)
}

func (b *batch) failKnown(d *docRun, err error, gaveUp, mayHaveActed bool) {
	if b.track.isDone(d) {
		return
	}
	d.r.Err = &DocumentError{
		Name: d.name, Step: d.step,
		FileID: d.r.FileID, ExternalFileID: d.ext, TransactionID: d.txn,
		JobID: d.r.JobID, LastStatus: d.r.Status,
		MayHaveActed: mayHaveActed, GaveUp: gaveUp, RetryBudget: b.s.budget,
		Err: err,
	}
	b.done(d, DocumentFailed)
}

// finishJob ends d, whose job ended with the waiter's outcome err.
func (b *batch) finishJob(d *docRun, err error) {
	if b.track.isDone(d) {
		return
	}
	d.r.Err = err
	if err == nil && d.r.Status == gen.ClassifyV2JobStatusCOMPLETED {
		b.done(d, DocumentCompleted)
		return
	}
	b.done(d, DocumentFailed)
}

// done moves d to its final state s, once, and hands it on to the caller
// with the documents that follow it, after deleting its upload when
// WithDeleteUploads asks for it.
func (b *batch) done(d *docRun, s DocumentState) {
	if !b.track.move(d, s) {
		return
	}
	b.mu.Lock()
	delete(b.inFlight, d)
	if b.byExt[d.ext] == d {
		delete(b.byExt, d.ext)
	}
	followers := d.followers
	d.followers = nil
	b.mu.Unlock()
	// A file is deleted once nothing will read it: its job has ended, or
	// none was made. A job still running (the wait gave up on it) may
	// still need its file.
	jobOver := d.r.JobID == "" || v2Terminal(d.r.Status)
	if b.s.deleteUploads && d.r.FileID != "" && !d.stopped && d.leader == nil && jobOver && (d.uploaded || !b.s.keepFound) {
		b.workers.Add(1)
		go func() {
			defer b.workers.Done()
			b.deleteUpload(d)
			b.deliver(d, followers)
		}()
		return
	}
	b.deliver(d, followers)
}

// deleteUpload deletes d's file, recording the outcome in its result. A
// file already gone counts as deleted.
func (b *batch) deleteUpload(d *docRun) {
	err := b.c.DeleteFile(b.ctx, d.r.FileID, b.s.call...)
	if err == nil || errors.Is(err, ErrNotFound) {
		d.r.FileDeleted = true
		return
	}
	d.r.DeleteErr = err
}

// deliver queues d, done, for the caller, and the documents that follow
// it with its outcome.
func (b *batch) deliver(d *docRun, followers []*docRun) {
	b.enqueue(d)
	for _, f := range followers {
		f.r.FileID, f.r.JobID, f.r.Status, f.r.Result = d.r.FileID, d.r.JobID, d.r.Status, d.r.Result
		f.r.FileDeleted, f.r.DeleteErr = d.r.FileDeleted, d.r.DeleteErr
		if d.r.FileID != "" {
			b.track.move(f, DocumentUploaded)
		}
		if d.r.JobID != "" {
			b.track.move(f, DocumentSubmitted)
		}
		f.stopped = d.stopped
		b.finishJob(f, d.r.Err)
	}
}

func (b *batch) enqueue(d *docRun) {
	b.qmu.Lock()
	b.queue = append(b.queue, d)
	b.qmu.Unlock()
	select {
	case b.ready <- struct{}{}:
	default:
	}
}

func (b *batch) closeQueue() {
	b.qmu.Lock()
	b.finished = true
	b.qmu.Unlock()
	select {
	case b.ready <- struct{}{}:
	default:
	}
}

// next waits for the documents done since the last call; it returns none
// once the batch is over and all were taken.
func (b *batch) next() []*docRun {
	for {
		b.qmu.Lock()
		ds, finished := b.queue, b.finished
		b.queue = nil
		b.qmu.Unlock()
		if len(ds) > 0 || finished {
			return ds
		}
		<-b.ready
	}
}

// taken frees the place of a document the caller took.
func (b *batch) taken(d *docRun) {
	if d.slot {
		d.slot = false
		<-b.window
	}
}

// joiner gathers the jobs made into cohorts to wait for: a cohort starts
// when 100 jobs are gathered (one list request's worth), when the oldest
// has waited the wait's MinDelay, or when no more are coming.
type joiner struct {
	b       *batch
	delay   time.Duration
	mu      sync.Mutex
	joining []*docRun
	since   time.Time
	closed  bool
	kick    chan struct{}
	done    chan struct{}
}

func newJoiner(b *batch) *joiner {
	return &joiner{b: b, delay: newWaitSettings(b.s.wait).minDelay, kick: make(chan struct{}, 1), done: make(chan struct{})}
}

func (j *joiner) add(d *docRun) {
	j.mu.Lock()
	if len(j.joining) == 0 {
		j.since = time.Now()
	}
	j.joining = append(j.joining, d)
	j.mu.Unlock()
	j.poke()
}

// close says that no more jobs will join.
func (j *joiner) close() {
	j.mu.Lock()
	j.closed = true
	j.mu.Unlock()
	j.poke()
}

func (j *joiner) poke() {
	select {
	case j.kick <- struct{}{}:
	default:
	}
}

func (j *joiner) run() {
	defer close(j.done)
	for {
		j.mu.Lock()
		n, closed := len(j.joining), j.closed
		left := j.delay - time.Since(j.since)
		if n >= maxJobIDsPerList || (n > 0 && (closed || left <= 0)) {
			cohort := slices.Clone(j.joining[:min(n, maxJobIDsPerList)])
			j.joining = slices.Delete(j.joining, 0, len(cohort))
			j.since = time.Now()
			j.mu.Unlock()
			j.b.cohorts.Add(1)
			go func() {
				defer j.b.cohorts.Done()
				j.b.waitCohort(cohort)
			}()
			continue
		}
		j.mu.Unlock()
		if n == 0 && closed {
			return
		}
		if n == 0 {
			<-j.kick
			continue
		}
		t := time.NewTimer(left)
		select {
		case <-j.kick:
		case <-t.C:
		}
		t.Stop()
	}
}

// waitCohort waits for the jobs of a cohort. A failed round of polling is
// followed by another, for the jobs still running, after a pause charged
// to a budget shared by the cohort's polling and renewed by every
// successful poll.
func (b *batch) waitCohort(cohort []*docRun) {
	byJob := make(map[string]*docRun, len(cohort))
	pending := make([]*docRun, 0, len(cohort))
	for _, d := range cohort {
		if !b.track.isDone(d) {
			byJob[d.r.JobID] = d
			pending = append(pending, d)
		}
	}
	if len(pending) == 0 {
		return
	}
	ws := newWaitSettings(b.s.wait)
	wctx, cancel := ws.context(b.ctx)
	defer cancel()
	budget := newRetryBudget(b.s.budget, true)
	wctx = withBudget(wctx, budget)
	// Report each status to the caller's hook once, although a poll after
	// a failed one sees the jobs anew.
	reported := map[string]string{}
	hook := func(id, status string) {
		if d := byJob[id]; d != nil {
			d.r.Status = gen.ClassifyV2JobStatus(status)
		}
		if ws.onStatus != nil && reported[id] != status {
			reported[id] = status
			b.statusMu.Lock()
			defer b.statusMu.Unlock()
			ws.onStatus(id, status)
		}
	}
	// The timeout applies once, to all the rounds: wctx has it.
	opts := append(slices.Clone(b.s.wait), OnStatus(hook), WithTimeout(0))

	rounds, renewals := 0, 0
	for len(pending) > 0 {
		ids := make([]string, len(pending))
		for i, d := range pending {
			ids[i] = d.r.JobID
		}
		var failed error
		for job, err := range b.wait(wctx, ids, opts...) {
			if job == nil {
				failed = err
				break
			}
			d := byJob[job.Id]
			if d == nil {
				continue
			}
			if job.Status != "" {
				d.r.Status, d.r.Result = job.Status, job.Result
			}
			b.finishJob(d, err)
		}
		pending = slices.DeleteFunc(pending, func(d *docRun) bool { return b.track.isDone(d) })
		if failed == nil || len(pending) == 0 || b.ctx.Err() != nil {
			return
		}
		if wctx.Err() != nil {
			// The wait's own timeout (WithTimeout).
			for _, d := range pending {
				b.failKnown(d, failed, false, false)
			}
			return
		}
		switch failureKind(failed) {
		case failRefused:
			b.refuse(failed)
			return
		case failPermanent:
			for _, d := range pending {
				b.failKnown(d, failed, false, false)
			}
			return
		}
		if _, r := budget.state(); r != renewals {
			renewals, rounds = r, 0
		}
		rounds++
		wait := b.pause(failed, rounds)
		if !budget.spend(wait) {
			for _, d := range pending {
				b.failKnown(d, failed, true, false)
			}
			return
		}
		b.logResume(jobCount(len(pending)), StepWait, failed, wait, budget)
		// A sleep cut short by the timeout or the context's end is
		// reported by the next round.
		_ = b.c.sleep(wctx, wait)
	}
}

// end ends the documents left unfinished by a refused key or the context's
// end, cancelling the jobs of the latter (unless WithCancelOnStop(false)).
// The documents that follow another get its outcome with it. When the
// caller stopped taking results, nothing is done: nobody would see it.
func (b *batch) end() {
	if errors.Is(context.Cause(b.ctx), errCallerStopped) {
		return
	}
	b.mu.Lock()
	var left []*docRun
	for d := range b.inFlight {
		if d.leader == nil {
			left = append(left, d)
		}
	}
	b.mu.Unlock()
	slices.SortFunc(left, func(x, y *docRun) int { return x.i - y.i })
	for _, d := range left {
		d.stopped = true
	}
	if refused := b.refusal(); refused != nil {
		for _, d := range left {
			// A document whose own request was refused did not act with
			// it; one in flight when another's was refused may have.
			inFlight := !d.refusedHere && (d.step == StepUpload || d.creating)
			b.failKnown(d, refused, false, d.ambiguous || inFlight)
		}
		return
	}
	err := b.outer.Err()
	if err == nil {
		// Every path above ends its documents; this would be a bug, and a
		// document must still come out once.
		err = errors.New("llamaclassify: internal error: the document was left unfinished")
	} else if b.s.cancelOnStop {
		// Only the unfinished documents have a job still running, or a
		// create unanswered.
		b.c.cancelRunning(withGate(b.outer, b.gate), left, b.cfg, b.s.call)
	}
	if cause := context.Cause(b.outer); cause != nil && cause != err {
		// The context's cause ("interrupted by SIGINT"), where its
		// canceller gave one, says more than "context canceled".
		err = &stopCause{cause: cause, err: err}
	}
	for _, d := range left {
		if job := d.ended; job != nil {
			// It ended on its own before the stop reached it: its
			// outcome is the job's.
			d.r.Result = job.Result
			b.finishJob(d, v2Outcome(job, b.c.secret))
			continue
		}
		what := "stopped before the job ended"
		if d.r.JobID == "" {
			what = "stopped before a job was made"
		}
		b.failKnown(d, fmt.Errorf("%s: %w", what, err), false, d.r.JobID == "" && (d.step == StepUpload || d.creating))
	}
}

// stopCause is the error of a batch whose context ended with a cause: it
// reads as the cause, and is both the cause and the context's error
// (context.Canceled or context.DeadlineExceeded) for errors.Is.
type stopCause struct{ cause, err error }

func (e *stopCause) Error() string   { return e.cause.Error() }
func (e *stopCause) Unwrap() []error { return []error{e.cause, e.err} }

// err is the error of the batch as a whole, once it is over.
func (b *batch) err() error {
	if refused := b.refusal(); refused != nil {
		return refused
	}
	return b.outer.Err()
}
