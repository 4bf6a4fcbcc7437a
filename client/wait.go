package client

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The waiters' defaults.
const (
	DefaultWaitMinDelay = 500 * time.Millisecond
	DefaultWaitMaxDelay = 5 * time.Second
	// DefaultWaitTimeout bounds a wait whose context has no earlier
	// deadline.
	DefaultWaitTimeout = 2 * time.Hour
)

// maxJobIDsPerList is how many job ids one list request may filter on.
const maxJobIDsPerList = 100

// WaitOption adjusts a waiter.
type WaitOption func(*waitSettings)

type waitSettings struct {
	minDelay, maxDelay time.Duration
	timeout            time.Duration
	onStatus           func(jobID, status string)
	call               []CallOption
}

// WithMinDelay sets the delay between the first polls (default 500ms).
func WithMinDelay(d time.Duration) WaitOption {
	return func(w *waitSettings) { w.minDelay = d }
}

// WithMaxDelay caps the delay between polls (default 5s).
func WithMaxDelay(d time.Duration) WaitOption {
	return func(w *waitSettings) { w.maxDelay = d }
}

// WithTimeout bounds the wait (default DefaultWaitTimeout; zero or less:
// only the context bounds it).
func WithTimeout(d time.Duration) WaitOption {
	return func(w *waitSettings) { w.timeout = d }
}

// OnStatus calls f with a job's status the first time it is seen and at
// every change. Calls come from the waiting goroutine, one at a time.
func OnStatus(f func(jobID, status string)) WaitOption {
	return func(w *waitSettings) { w.onStatus = f }
}

// WaitWith applies call options (InProject, InOrganization) to the waiter's
// requests.
func WaitWith(opts ...CallOption) WaitOption {
	return func(w *waitSettings) { w.call = append(w.call, opts...) }
}

func newWaitSettings(opts []WaitOption) waitSettings {
	w := waitSettings{minDelay: DefaultWaitMinDelay, maxDelay: DefaultWaitMaxDelay, timeout: DefaultWaitTimeout}
	for _, o := range opts {
		if o != nil {
			o(&w)
		}
	}
	if w.minDelay <= 0 {
		w.minDelay = time.Millisecond
	}
	w.maxDelay = max(w.maxDelay, w.minDelay)
	return w
}

// delay is the pause after poll n (1-based): uniform in
// [MinDelay, min(MaxDelay, MinDelay·2^(n-1))], as the AWS SDK's waiters do.
func (w waitSettings) delay(n int) time.Duration {
	hi := backoffCap(w.minDelay, w.maxDelay, n)
	return w.minDelay + uniform(hi-w.minDelay)
}

func (w waitSettings) context(ctx context.Context) (context.Context, context.CancelFunc) {
	if w.timeout <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, w.timeout)
}

// statusTracker reports status changes to the OnStatus hook.
type statusTracker struct {
	hook func(jobID, status string)
	last map[string]string
}

func (s *statusTracker) see(jobID, status string) {
	if s.last == nil {
		s.last = map[string]string{}
	}
	if prev, ok := s.last[jobID]; ok && prev == status {
		return
	}
	s.last[jobID] = status
	if s.hook != nil {
		s.hook(jobID, status)
	}
}

// stopped is the error of a wait that its context ended.
func stopped(jobID, last string, ctxErr error) error {
	if last == "" {
		last = "none yet"
	}
	return fmt.Errorf("llamaclassify: waiting for job %s (last status %s): %w", jobID, last, ctxErr)
}

// v2Outcome is the error a waiter returns for a terminal v2 job; secret is
// kept out of the service's reason, which it quotes.
func v2Outcome(job *gen.ClassifyV2JobResponse, secret string) error {
	switch job.Status {
	case gen.ClassifyV2JobStatusFAILED:
		return newJobFailedError(job, secret)
	case gen.ClassifyV2JobStatusCANCELLED:
		return fmt.Errorf("job %s: %w", job.Id, ErrJobCancelled)
	}
	return nil
}

func v2Terminal(s gen.ClassifyV2JobStatus) bool {
	return s == gen.ClassifyV2JobStatusCOMPLETED || s == gen.ClassifyV2JobStatusFAILED || s == gen.ClassifyV2JobStatusCANCELLED
}

// WaitJob polls a v2 job until it ends and returns it.
//
// The error is nil when the job COMPLETED, a *JobFailedError when it
// FAILED, and wraps ErrJobCancelled when it was CANCELLED; the job is
// returned in all three cases. When the context ends (or WithTimeout
// elapses) first, the error wraps the context's error and names the last
// status seen. A failed poll (after the client's own retries) ends the
// wait with its error.
func (c *Client) WaitJob(ctx context.Context, jobID string, opts ...WaitOption) (*gen.ClassifyV2JobResponse, error) {
	return pollJob(ctx, c, jobID, opts, c.GetJob,
		func(job *gen.ClassifyV2JobResponse) string { return string(job.Status) },
		func(job *gen.ClassifyV2JobResponse) (bool, error) {
			if !v2Terminal(job.Status) {
				return false, nil
			}
			return true, v2Outcome(job, c.secret)
		})
}

// WaitClassifierJob polls a v1 job until it ends and returns it.
//
// The error is nil when the job ended SUCCESS, a *ClassifierJobFailedError
// when ERROR, wraps ErrPartialSuccess when PARTIAL_SUCCESS (some files were
// classified: read them with GetClassifierJobResults) and ErrJobCancelled
// when CANCELLED; the job is returned in all these cases. When the context
// ends first, the error wraps the context's error and names the last
// status seen.
func (c *Client) WaitClassifierJob(ctx context.Context, jobID string, opts ...WaitOption) (*gen.ClassifyJob, error) {
	return pollJob(ctx, c, jobID, opts, c.GetClassifierJob,
		func(job *gen.ClassifyJob) string { return string(job.Status) },
		func(job *gen.ClassifyJob) (bool, error) {
			switch job.Status {
			case gen.StatusEnumSUCCESS:
				return true, nil
			case gen.StatusEnumERROR:
				return true, newClassifierJobFailedError(job, c.secret)
			case gen.StatusEnumPARTIALSUCCESS:
				return true, fmt.Errorf("classifier job %s: %w", jobID, ErrPartialSuccess)
			case gen.StatusEnumCANCELLED:
				return true, fmt.Errorf("classifier job %s: %w", jobID, ErrJobCancelled)
			}
			return false, nil
		})
}

// pollJob is the loop of WaitJob and WaitClassifierJob: get the job, report
// a new status, stop when ended says the job is over (with its outcome),
// else sleep on the wait schedule and poll again. A request the client
// refuses to send is returned as it is; another failed poll, wrapped with
// the last status seen.
func pollJob[J any](ctx context.Context, c *Client, jobID string, opts []WaitOption,
	get func(context.Context, string, ...CallOption) (*J, error),
	status func(*J) string, ended func(*J) (bool, error)) (*J, error) {
	w := newWaitSettings(opts)
	ctx, cancel := w.context(ctx)
	defer cancel()
	st := statusTracker{hook: w.onStatus}
	last := ""
	for n := 1; ; n++ {
		job, err := get(ctx, jobID, w.call...)
		if err != nil {
			if ctx.Err() != nil {
				return nil, stopped(jobID, last, ctx.Err())
			}
			if _, ok := errorsAs[*RequestInvalidError](err); ok {
				return nil, err
			}
			return nil, fmt.Errorf("llamaclassify: waiting for job %s (last status %s): %w", jobID, last, err)
		}
		last = status(job)
		st.see(jobID, last)
		if over, err := ended(job); over {
			return job, err
		}
		if err := c.sleep(ctx, w.delay(n)); err != nil {
			return nil, stopped(jobID, last, err)
		}
	}
}

// WaitJobs waits for many v2 jobs at once and yields each job once, as it
// ends, with the error WaitJob would return for it (nil when COMPLETED).
//
// Each round of polling lists the jobs still running through
// GET /api/v2/classify?job_ids=..., up to 100 ids a request, so a round
// costs ceil(n/100) requests, not n. A job the list does not return is
// fetched on its own; one the service does not know is yielded as a job
// holding only its Id, with an error matching ErrNotFound. Repeated ids are
// waited for once. Empty ids, which name no job, are yielded once, first,
// as a job with an empty Id and a *RequestInvalidError.
//
// A failure of the polling itself (the context ending, an error after the
// client's retries) is yielded once with a nil job and ends the iteration.
func (c *Client) WaitJobs(ctx context.Context, jobIDs []string, opts ...WaitOption) iter.Seq2[*gen.ClassifyV2JobResponse, error] {
	return func(yield func(*gen.ClassifyV2JobResponse, error) bool) {
		w := newWaitSettings(opts)
		ctx, cancel := w.context(ctx)
		defer cancel()
		st := statusTracker{hook: w.onStatus}
		pending := dedupe(jobIDs)
		if slices.Contains(jobIDs, "") {
			err := &RequestInvalidError{Operation: "ListClassifyJobs", Violations: []violation{{Path: "query.job_ids", Message: "contains an empty job id"}}}
			if !yield(&gen.ClassifyV2JobResponse{}, err) {
				return
			}
		}
		pageSize := int32(maxJobIDsPerList)
		fail := func(err error) {
			if ctx.Err() != nil {
				err = fmt.Errorf("llamaclassify: waiting for %d jobs: %w", len(pending), ctx.Err())
			}
			yield(nil, err)
		}
		for n := 1; len(pending) > 0; n++ {
			seen := make(map[string]*gen.ClassifyV2JobResponse, len(pending))
			for chunk := range slices.Chunk(pending, maxJobIDsPerList) {
				ids := slices.Clone(chunk)
				page, err := c.ListJobs(ctx, &gen.ListClassifyJobsParams{JobIds: &ids, PageSize: &pageSize}, w.call...)
				if err != nil {
					fail(err)
					return
				}
				for i := range page.Items {
					if job := &page.Items[i]; slices.Contains(ids, job.Id) {
						seen[job.Id] = job
					}
				}
			}
			var still []string
			for _, id := range pending {
				job := seen[id]
				if job == nil {
					var err error
					job, err = c.GetJob(ctx, id, w.call...)
					if errors.Is(err, ErrNotFound) {
						if !yield(&gen.ClassifyV2JobResponse{Id: id}, fmt.Errorf("job %s: %w", id, err)) {
							return
						}
						continue
					}
					if err != nil {
						fail(err)
						return
					}
				}
				st.see(id, string(job.Status))
				if !v2Terminal(job.Status) {
					still = append(still, id)
					continue
				}
				if !yield(job, v2Outcome(job, c.secret)) {
					return
				}
			}
			pending = still
			if len(pending) == 0 {
				return
			}
			if err := c.sleep(ctx, w.delay(n)); err != nil {
				fail(err)
				return
			}
		}
	}
}

func dedupe(ids []string) []string {
	out := make([]string, 0, len(ids))
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
