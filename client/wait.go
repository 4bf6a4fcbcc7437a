package client

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The waiters' defaults.
const (
	DefaultWaitMinDelay = 400 * time.Millisecond
	DefaultWaitMaxDelay = 5 * time.Second
	// DefaultWaitTimeout bounds a wait whose context has no earlier
	// deadline.
	DefaultWaitTimeout = 2 * time.Hour
)

// maxJobIDsPerList is how many job ids one list request may filter on.
const maxJobIDsPerList = 100

// maxPollsInFlight bounds the list requests of a WaitJobs round that are
// sent at once. Two halve a round against a distant service; against one
// short of CPU (the emulator on a small machine), more only slow each
// other down, and the first answers, which hold the jobs that ended
// first, come later.
const maxPollsInFlight = 2

// WaitOption adjusts a waiter.
//
// The waiters poll on one schedule, which MinDelay and MaxDelay scale:
//   - The first poll comes after MinDelay; a MinDelay longer than
//     DefaultWaitMinDelay does not delay it past DefaultWaitMinDelay, as
//     a job may have ended before the wait began.
//     WaitJob and WaitClassifierJob shorten it by a random part of up to a
//     quarter, so that waiters started together do not poll in step.
//   - After that the pause between polls is a fifth of the time waited so
//     far, within [MinDelay, MaxDelay]: MinDelay while the jobs are young
//     (the first 5·MinDelay), then growing, so that a job is seen ended
//     within about a fifth of the time it ran, up to MaxDelay.
//   - WaitJobs shortens that pause while jobs are ending, down to
//     MinDelay: when they end at λ a second and the next round of polls
//     costs R requests, it waits at most sqrt(2·W·R/λ), W = 10·MinDelay,
//     the pause at which the requests of a round, each worth W of delay
//     summed over the jobs, cost what they save.
//   - A pause runs from the start of the previous poll; after a poll that
//     took longer than half of it, the next comes half of it after the
//     poll's end.
type WaitOption func(*waitSettings)

type waitSettings struct {
	minDelay, maxDelay time.Duration
	timeout            time.Duration
	onStatus           func(jobID, status string)
	call               []CallOption
}

// WithMinDelay sets the shortest pause between polls (default 400ms),
// which is also the first pause unless it is longer than
// DefaultWaitMinDelay; a shorter one polls more eagerly throughout. See
// WaitOption for the whole schedule.
func WithMinDelay(d time.Duration) WaitOption {
	return func(w *waitSettings) { w.minDelay = d }
}

// WithMaxDelay caps the pause between polls (default 5s), which otherwise
// grows with the time waited.
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

func (w waitSettings) context(ctx context.Context) (context.Context, context.CancelFunc) {
	if w.timeout <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, w.timeout)
}

// The constants of the schedule (see WaitOption).
const (
	// tailFraction: the pause is at most 1/tailFraction of the time
	// waited, once that is longer than MinDelay.
	tailFraction = 5
	// requestWorth is what a request is worth, in multiples of MinDelay
	// of detection delay summed over the jobs.
	requestWorth = 10
)

// schedule says when a waiter polls next (see WaitOption).
type schedule struct {
	w     waitSettings
	start time.Time
	// lastPoll is when the previous poll started; rate the jobs seen
	// ended per second, smoothed over polls.
	lastPoll time.Time
	rate     float64
}

func newSchedule(w waitSettings, start time.Time) *schedule {
	return &schedule{w: w, start: start, lastPoll: start}
}

// first is the pause before the first poll; spread, it is shortened by a
// random part of up to a quarter.
func (s *schedule) first(spread bool) time.Duration {
	d := min(s.w.minDelay, DefaultWaitMinDelay)
	if spread {
		d -= uniform(d / 4)
	}
	return d
}

// next returns the pause after a poll that started at polled and ended at
// now, which saw ended jobs end, when the next poll costs requests
// requests.
func (s *schedule) next(polled, now time.Time, ended, requests int) time.Duration {
	if dt := polled.Sub(s.lastPoll).Seconds(); dt > 0 {
		r := float64(ended) / dt
		if s.rate == 0 {
			s.rate = r
		} else {
			s.rate = (s.rate + r) / 2
		}
	}
	s.lastPoll = polled
	p := s.pause(now.Sub(s.start), requests)
	// From the start of the poll; from its end, for half the pause, when
	// the poll took longer than that.
	return max(p-now.Sub(polled), p/2)
}

// pause is the schedule's pause after waiting for waited, when the next
// poll costs requests requests.
func (s *schedule) pause(waited time.Duration, requests int) time.Duration {
	p := waited / tailFraction
	if s.rate > 0 {
		worth := requestWorth * s.w.minDelay.Seconds()
		busy := math.Sqrt(2*worth*float64(requests)/s.rate) * float64(time.Second)
		if busy < float64(p) {
			p = time.Duration(busy)
		}
	}
	return min(max(p, s.w.minDelay), s.w.maxDelay)
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

// stopped is the error of a wait cut short: cause is its context's error,
// or the error of the poll that failed.
func stopped(jobID, last string, cause error) error {
	return &prefixedError{msg: fmt.Sprintf("llamaclassify: waiting for job %s (last status %s): ", jobID, cmp.Or(last, "none yet")), err: cause}
}

// prefixedError says what a call was doing before its cause, once: the
// cause's own "llamaclassify: " is not said twice.
type prefixedError struct {
	msg string
	err error
}

func (e *prefixedError) Error() string {
	return e.msg + strings.TrimPrefix(e.err.Error(), "llamaclassify: ")
}

func (e *prefixedError) Unwrap() error { return e.err }

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

// pollJob is the loop of WaitJob and WaitClassifierJob: on the wait
// schedule, get the job, report a new status, stop when ended says the job
// is over (with its outcome). A request the client refuses to send is
// returned as it is; another failed poll, wrapped with the last status
// seen.
func pollJob[J any](ctx context.Context, c *Client, jobID string, opts []WaitOption,
	get func(context.Context, string, ...CallOption) (*J, error),
	status func(*J) string, ended func(*J) (bool, error)) (*J, error) {
	w := newWaitSettings(opts)
	ctx, cancel := w.context(ctx)
	defer cancel()
	st := statusTracker{hook: w.onStatus}
	last := ""
	sched := newSchedule(w, c.now())
	pause := sched.first(true)
	for {
		if err := c.sleep(ctx, pause); err != nil {
			return nil, stopped(jobID, last, err)
		}
		polled := c.now()
		job, err := get(ctx, jobID, w.call...)
		if err != nil {
			if ctx.Err() != nil {
				return nil, stopped(jobID, last, ctx.Err())
			}
			if _, ok := errorsAs[*RequestInvalidError](err); ok {
				return nil, err
			}
			return nil, stopped(jobID, last, err)
		}
		last = status(job)
		st.see(jobID, last)
		if over, err := ended(job); over {
			return job, err
		}
		pause = sched.next(polled, c.now(), 0, 1)
	}
}

// WaitJobs waits for many v2 jobs at once and yields each job once, as it
// ends, with the error WaitJob would return for it (nil when COMPLETED).
//
// Each round of polling lists the jobs still running through
// GET /api/v2/classify?job_ids=..., up to 100 ids a request, so a round
// costs ceil(n/100) requests, not n; up to 2 of them are in flight at
// once, and the jobs one reports ended are yielded as soon as it answers.
// An ended job is not asked about again. The rounds follow the schedule
// described under WaitOption. A job the list does not return is fetched
// on its own; one the service does not know is yielded as a job holding
// only its Id, with an error matching ErrNotFound. Repeated ids are waited
// for once. Empty ids, which name no job, are yielded once, first, as a
// job with an empty Id and a *RequestInvalidError.
//
// A failure of the polling itself (the context ending, an error after the
// client's retries) is yielded once with a nil job and ends the iteration:
// the requests of its round already sent are answered first, and the jobs
// they report ended yielded, but no other is sent.
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
		if len(pending) == 0 {
			return
		}
		// fail yields the failure of the polling, with left jobs still
		// running.
		fail := func(left int, err error) {
			if ctx.Err() != nil {
				err = fmt.Errorf("llamaclassify: waiting for %s: %w", jobCount(left), ctx.Err())
			}
			yield(nil, err)
		}
		sched := newSchedule(w, c.now())
		pause := sched.first(false)
		for {
			if err := c.sleep(ctx, pause); err != nil {
				fail(len(pending), err)
				return
			}
			polled := c.now()
			r := c.pollRound(ctx, pending, w, &st, yield)
			if r.broken {
				return
			}
			if r.err != nil {
				fail(len(pending)-r.ended, r.err)
				return
			}
			pending = r.still
			if len(pending) == 0 {
				return
			}
			requests := (len(pending) + maxJobIDsPerList - 1) / maxJobIDsPerList
			pause = sched.next(polled, c.now(), r.ended, requests)
		}
	}
}

// roundResult is what a round of WaitJobs left: the jobs still running
// (when the round did not fail), how many ended, the round's failure, and
// whether the caller stopped the iteration.
type roundResult struct {
	still  []string
	ended  int
	err    error
	broken bool
}

// chunkAnswer is the answer to the poll of one chunk of ids: the jobs, in
// the order of ids (nil for one the service does not know, with its error
// in missing), or the error of the poll.
type chunkAnswer struct {
	ids     []string
	jobs    []*gen.ClassifyV2JobResponse
	missing map[string]error
	err     error
}

// pollRound polls the pending jobs, 100 a request, up to maxPollsInFlight
// requests at once, and yields the jobs that ended as each request
// answers. After a failed request it sends no other, but yields what
// those already sent find before returning the failure.
func (c *Client) pollRound(ctx context.Context, pending []string, w waitSettings, st *statusTracker, yield func(*gen.ClassifyV2JobResponse, error) bool) roundResult {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chunks := slices.Collect(slices.Chunk(pending, maxJobIDsPerList))
	answers := make(chan chunkAnswer, len(chunks))
	var stop atomic.Bool
	go func() {
		defer close(answers)
		var g errgroup.Group
		g.SetLimit(maxPollsInFlight)
		for _, ids := range chunks {
			if stop.Load() {
				break
			}
			g.Go(func() error {
				if !stop.Load() {
					answers <- c.pollChunk(ctx, ids, w.call)
				}
				return nil
			})
		}
		g.Wait()
	}()

	var r roundResult
	running := make(map[string]bool, len(pending))
	for a := range answers {
		if r.broken {
			continue // the requests under way end with ctx; wait for them
		}
		if a.err != nil {
			if r.err == nil {
				r.err = a.err
			}
			stop.Store(true)
			continue
		}
		for i, id := range a.ids {
			job, err := a.jobs[i], a.missing[id]
			switch {
			case job == nil:
				job = &gen.ClassifyV2JobResponse{Id: id}
				err = fmt.Errorf("job %s: %w", id, err)
			case v2Terminal(job.Status):
				st.see(id, string(job.Status))
				err = v2Outcome(job, c.secret)
			default:
				st.see(id, string(job.Status))
				running[id] = true
				continue
			}
			r.ended++
			if !yield(job, err) {
				r.broken = true
				stop.Store(true)
				cancel()
				break
			}
		}
	}
	// In the order given: the jobs asked about first tend to end first.
	for _, id := range pending {
		if running[id] {
			r.still = append(r.still, id)
		}
	}
	return r
}

// pollChunk lists the jobs ids (at most 100) and fetches on its own any
// the list leaves out.
func (c *Client) pollChunk(ctx context.Context, ids []string, call []CallOption) chunkAnswer {
	a := chunkAnswer{ids: ids, jobs: make([]*gen.ClassifyV2JobResponse, len(ids))}
	q := slices.Clone(ids)
	size := int32(maxJobIDsPerList)
	page, err := c.ListJobs(ctx, &gen.ListClassifyJobsParams{JobIds: &q, PageSize: &size}, call...)
	if err != nil {
		a.err = err
		return a
	}
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	for i := range page.Items {
		if k, ok := index[page.Items[i].Id]; ok {
			a.jobs[k] = &page.Items[i]
		}
	}
	for i, id := range ids {
		if a.jobs[i] != nil {
			continue
		}
		job, err := c.GetJob(ctx, id, call...)
		if errors.Is(err, ErrNotFound) {
			if a.missing == nil {
				a.missing = map[string]error{}
			}
			a.missing[id] = err
			continue
		}
		if err != nil {
			a.err = err
			return a
		}
		a.jobs[i] = job
	}
	return a
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

// jobCount is "1 job" or "n jobs".
func jobCount(n int) string {
	if n == 1 {
		return "1 job"
	}
	return fmt.Sprintf("%d jobs", n)
}
