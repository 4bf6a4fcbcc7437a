package client

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

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
	r    *FileResult
	name string
	step string
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
	budget                 *retryBudget
	// leader, when set, is the document of the batch with the same
	// external_file_id: the same name and content, or the same key of the
	// caller's. This one is not sent: it gets the leader's outcome.
	leader *docRun
}

// batch is one call of ClassifyFiles.
type batch struct {
	c     *Client
	s     classifySettings
	cfg   gen.ClassifyV2Configuration
	wait  waitFunc
	outer context.Context
	// ctx is outer, cancelled as well when the service refuses the key.
	ctx    context.Context
	cancel context.CancelCauseFunc

	results []FileResult
	docs    []*docRun
	track   *tracker

	// The first request of the batch goes alone: the others wait for the
	// gate, which opens once it is answered, or the batch stops.
	gateTaken atomic.Bool
	gate      chan struct{}
	gateOnce  sync.Once

	mu      sync.Mutex
	refused error              // the 401 or 403 that stopped the batch
	byExt   map[string]*docRun // the document sent for each external_file_id
}

func newBatch(ctx context.Context, c *Client, s classifySettings, cfg gen.ClassifyV2Configuration, docs []Document, wait waitFunc) *batch {
	b := &batch{c: c, s: s, cfg: cfg, wait: wait, outer: ctx, gate: make(chan struct{}), byExt: map[string]*docRun{}}
	b.ctx, b.cancel = context.WithCancelCause(ctx)
	b.results = make([]FileResult, len(docs))
	b.track = newTracker(len(docs), s.progress, s.events)
	for i := range docs {
		b.results[i].Document = docs[i]
		name := docs[i].Name
		if name == "" {
			name = docs[i].Path
		}
		b.docs = append(b.docs, &docRun{i: i, r: &b.results[i], name: name, step: StepRead, budget: newRetryBudget(s.budget, false)})
	}
	return b
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
	if b.follow(d) {
		return
	}

	first := b.gateTaken.CompareAndSwap(false, true)
	if first {
		defer b.openGate()
	} else {
		select {
		case <-b.gate:
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
	b.track.move(d.i, DocumentUploaded)

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
		if job.Status == gen.ClassifyV2JobStatusCANCELLED && d.generation < maxGenerations {
			// An earlier run's job, cancelled when that run was stopped:
			// make the next one.
			d.generation++
			d.txn = transactionGeneration(d.txnBase, d.generation)
			n = 0
			continue
		}
		d.r.JobID, d.r.Status = job.Id, job.Status
		d.budget.reset()
		d.step = StepWait
		b.track.move(d.i, DocumentSubmitted)
		if v2Terminal(job.Status) {
			// Made by an earlier run, and ended already.
			d.r.Result = job.Result
			b.finishJob(d, v2Outcome(job, b.c.secret))
		}
		return
	}
}

// findOrUpload returns the file stored under d's external_file_id, or
// uploads it. first says that this is the batch's first request: once it
// is answered the gate opens, unless the answer refused the key.
func (b *batch) findOrUpload(ctx context.Context, d *docRun, first bool) (*gen.FileV2, error) {
	page, err := b.c.ListFiles(ctx, &gen.ListFilesParams{ExternalFileId: &d.ext}, b.s.call...)
	if first {
		if err != nil && failureKind(err) == failRefused {
			b.refuse(err)
		}
		b.openGate()
	}
	if err != nil {
		return nil, err
	}
	for i, f := range page.Items {
		if f.ExternalFileId != nil && *f.ExternalFileId == d.ext {
			return &page.Items[i], nil
		}
	}
	up := d.r.Document.upload()
	up.ExternalFileID = d.ext
	return b.c.UploadFile(ctx, up, b.s.call...)
}

func (b *batch) openGate() { b.gateOnce.Do(func() { close(b.gate) }) }

// follow makes d follow the document already sent under its
// external_file_id, if any, and reports whether it does: a batch that
// holds the same document twice uploads and classifies it once.
func (b *batch) follow(d *docRun) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if leader := b.byExt[d.ext]; leader != nil {
		d.leader = leader
		return true
	}
	b.byExt[d.ext] = d
	return false
}

// copyLeaders gives each follower whose leader is done the leader's
// outcome.
func (b *batch) copyLeaders() {
	for _, d := range b.docs {
		l := d.leader
		if l == nil || !b.track.done(l.i) || b.track.done(d.i) {
			continue
		}
		d.r.FileID, d.r.JobID, d.r.Status, d.r.Result = l.r.FileID, l.r.JobID, l.r.Status, l.r.Result
		if l.r.FileID != "" {
			b.track.move(d.i, DocumentUploaded)
		}
		if l.r.JobID != "" {
			b.track.move(d.i, DocumentSubmitted)
		}
		b.finishJob(d, l.r.Err)
	}
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
	mayHaveActed := gaveUp && (d.step == StepUpload || d.step == StepCreate)
	b.failKnown(d, err, gaveUp, mayHaveActed)
}

func (b *batch) failKnown(d *docRun, err error, gaveUp, mayHaveActed bool) {
	if b.track.done(d.i) {
		return
	}
	d.r.Err = &DocumentError{
		Name: d.name, Step: d.step,
		FileID: d.r.FileID, ExternalFileID: d.ext, TransactionID: d.txn,
		JobID: d.r.JobID, LastStatus: d.r.Status,
		MayHaveActed: mayHaveActed, GaveUp: gaveUp, RetryBudget: b.s.budget,
		Err: err,
	}
	b.track.move(d.i, DocumentFailed)
}

// finishJob ends d, whose job ended with the waiter's outcome err.
func (b *batch) finishJob(d *docRun, err error) {
	if b.track.done(d.i) {
		return
	}
	d.r.Err = err
	if err == nil && d.r.Status == gen.ClassifyV2JobStatusCOMPLETED {
		b.track.move(d.i, DocumentCompleted)
		return
	}
	b.track.move(d.i, DocumentFailed)
}

// unfinished returns the documents not done yet.
func (b *batch) unfinished() []*docRun {
	var out []*docRun
	for _, d := range b.docs {
		if !b.track.done(d.i) {
			out = append(out, d)
		}
	}
	return out
}

// waitAll waits for the jobs of the submitted documents. A failed round of
// polling is followed by another, for the jobs still running, after a
// pause charged to a budget shared by the polling and renewed by every
// successful poll.
func (b *batch) waitAll() {
	byJob := map[string]*docRun{}
	var pending []*docRun
	for _, d := range b.unfinished() {
		if d.r.JobID != "" {
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
		pending = slices.DeleteFunc(pending, func(d *docRun) bool { return b.track.done(d.i) })
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
		b.logResume(fmt.Sprintf("%d jobs", len(pending)), StepWait, failed, wait, budget)
		// A sleep cut short by the timeout or the context's end is
		// reported by the next round.
		_ = b.c.sleep(wctx, wait)
	}
}

// end ends the documents left unfinished by a refused key or the context's
// end, cancelling the jobs of the latter, gives the documents that follow
// another its outcome, and returns the results.
func (b *batch) end() ([]FileResult, error) {
	defer b.copyLeaders()
	var left []*docRun
	for _, d := range b.unfinished() {
		if d.leader == nil {
			left = append(left, d)
		}
	}
	if refused := b.refusal(); refused != nil {
		for _, d := range left {
			// A document whose own request was refused did not act with
			// it; one in flight when another's was refused may have.
			inFlight := !d.refusedHere && (d.step == StepUpload || d.creating)
			b.failKnown(d, refused, false, d.ambiguous || inFlight)
		}
		return b.results, refused
	}
	if err := b.outer.Err(); err != nil {
		unanswered := make([]string, len(b.results))
		for _, d := range left {
			if d.creating && d.r.JobID == "" {
				unanswered[d.i] = d.txn
			}
		}
		// Only the unfinished documents have a job still running, or a
		// create unanswered.
		b.c.cancelRunning(b.outer, b.results, unanswered, b.cfg, b.s.call)
		for _, d := range left {
			b.failKnown(d, fmt.Errorf("stopped before the job ended: %w", err), false, d.r.JobID == "" && (d.step == StepUpload || d.creating))
		}
		return b.results, err
	}
	return b.results, nil
}
