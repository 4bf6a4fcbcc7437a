package emulator

import (
	"context"
	"runtime"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"
)

// userID is the user every job of the emulator belongs to.
const userID = "emulator-user"

// projectID returns the project a request acts in.
func (s *Server) projectID(p *openapi_types.UUID) string {
	if p == nil {
		return s.cfg.projectID
	}
	return p.String()
}

// now reads the clock, without a monotonic reading, in UTC.
func (s *Server) now() time.Time { return s.cfg.now().UTC() }

// Outcomes
//
// A job's classification is computed once, by a small pool of background
// workers, and stored; its status then reveals it from the job's finish
// time on. A job is queued when it is created, so its outcome is usually
// ready before anyone asks. A job that has ended by the clock without an
// outcome (still queued, or left by a process that stopped first) is moved
// to the front of the queue by the first read that meets it: a GET waits
// for it; a list waits only when there are few such jobs, and otherwise
// shows them RUNNING until a worker gets to them. No request classifies
// anything itself.

// maxListWait is how many unresolved jobs a list waits for; past it, the
// list answers at once.
const maxListWait = 64

// computeWorkers bounds the classifications computed at once.
func computeWorkers() int { return max(1, runtime.GOMAXPROCS(0)) }

// queued is a job waiting for its outcome.
type queued struct {
	kind        jobKind
	project, id string
	done        chan struct{}
	// started is set (under Server.mu) when a worker takes the job; a job
	// may sit in the queue twice, once moved to the front, and is then
	// computed once.
	started bool
}

// enqueue queues the job's classification unless it is queued already.
// An urgent job, one that a request waits for, goes to the front of the
// queue, so that the request waits for it and the computations under way,
// not for the whole queue.
func (s *Server) enqueue(kind jobKind, project, id string, urgent bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	q := s.pending[id]
	switch {
	case q == nil:
		q = &queued{kind: kind, project: project, id: id, done: make(chan struct{})}
		s.pending[id] = q
	case !urgent || q.started:
		return
	}
	if urgent {
		s.queue = append([]*queued{q}, s.queue...)
	} else {
		s.queue = append(s.queue, q)
	}
	if s.workers < computeWorkers() {
		s.workers++
		s.workerWG.Add(1)
		go s.work()
	}
}

// await waits until the job's queued classification is done, if it is
// queued, or ctx ends.
func (s *Server) await(ctx context.Context, id string) {
	s.mu.Lock()
	q := s.pending[id]
	s.mu.Unlock()
	if q == nil {
		return
	}
	select {
	case <-q.done:
	case <-ctx.Done():
	}
}

// work computes queued classifications until the queue is empty or the
// server closes.
func (s *Server) work() {
	defer s.workerWG.Done()
	for {
		s.mu.Lock()
		if s.closed || len(s.queue) == 0 {
			s.workers--
			s.mu.Unlock()
			return
		}
		q := s.queue[0]
		s.queue[0] = nil
		s.queue = s.queue[1:]
		if q.started {
			s.mu.Unlock()
			continue
		}
		q.started = true
		s.mu.Unlock()

		s.resolve(q)

		s.mu.Lock()
		delete(s.pending, q.id)
		close(q.done)
		s.mu.Unlock()
	}
}

// resolve computes and stores a job's outcome, unless it has one or never
// needs one.
func (s *Server) resolve(q *queued) {
	ctx := s.workCtx
	j, err := s.store.GetJob(ctx, q.kind, q.project, q.id)
	if err != nil || j.Outcome != nil || j.FixedStatus != "" {
		return
	}
	var out outcome
	if j.Kind == kindV1 {
		out = s.computeV1(ctx, j)
	} else {
		out = s.computeV2(ctx, j)
	}
	if ctx.Err() != nil {
		// Closing cut the classification short (a model's answer, say):
		// leave the job to be computed by the next server on the store.
		return
	}
	if out.Classifier == "" {
		out.Classifier = s.classifierID
	}
	if err := s.store.SetOutcome(ctx, j.ID, out); err != nil {
		s.cfg.logger.Error("store a job's outcome", "job", j.ID, "error", err.Error())
	}
}

// current returns the job as it is at now: when it has ended by the clock
// without an outcome, the outcome is computed first (by the pool). The
// webhook events of what it shows are sent if they were not yet.
func (s *Server) current(ctx context.Context, j jobRecord, now time.Time) (jobRecord, error) {
	if j.due(now) {
		s.enqueue(j.Kind, j.Project, j.ID, true)
		s.await(ctx, j.ID)
		var err error
		if j, err = s.store.GetJob(ctx, j.Kind, j.Project, j.ID); err != nil {
			return j, err
		}
	}
	s.observe(ctx, j, now)
	return j, nil
}

// observe sends the webhook events of the job's status changes up to now
// that no one has sent yet, as the background loop would on its next tick.
func (s *Server) observe(ctx context.Context, j jobRecord, now time.Time) {
	if j.Hooks == nil || j.due(now) {
		return
	}
	st, _ := j.statusAt(now)
	if st == j.Notified || terminal(j.Notified) {
		return
	}
	if won, err := s.store.MarkNotified(ctx, j.ID, j.Notified, st); err == nil && won {
		s.notify(j, j.Notified, st, now)
	}
}

// settleList queues the classification of the project's jobs that have
// ended by the clock without an outcome, and waits for them when they are
// few.
func (s *Server) settleList(ctx context.Context, project string, kind jobKind, now time.Time) error {
	ids, err := s.store.Unresolved(ctx, project, kind, now, maxListWait+1)
	if err != nil {
		return err
	}
	urgent := len(ids) <= maxListWait
	for _, id := range ids {
		s.enqueue(kind, project, id, urgent)
	}
	if !urgent {
		return nil
	}
	for _, id := range ids {
		s.await(ctx, id)
	}
	return nil
}

// stopWorkers drops the queued classifications (a later process computes
// them when it reads the jobs) and waits for those being computed.
func (s *Server) stopWorkers() {
	s.mu.Lock()
	for id, q := range s.pending {
		if !q.started {
			delete(s.pending, id)
			close(q.done)
		}
	}
	s.queue = nil
	s.mu.Unlock()
	s.workerWG.Wait()
}

// timePtr returns a pointer to a copy of t; values published in a response
// are never changed afterwards, only replaced.
func timePtr(t time.Time) *time.Time { return &t }

func strPtr(s string) *string { return &s }
