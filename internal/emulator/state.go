package emulator

import (
	"sync"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// userID is the user every job of the emulator belongs to.
const userID = "emulator-user"

// project holds what one project owns, each list in creation order
// (ascending seq), and the project's idempotency keys.
type project struct {
	files []*fileRec
	v1    []*v1Job
	v2    []*v2Job
	txns  map[string]*v2Job
}

// fileRec is a stored file. Neither its metadata nor its content changes
// once stored.
type fileRec struct {
	seq     uint64
	project string
	meta    gen.FileV2
	content []byte
}

// liveJob is a job that still changes status on its own as time passes.
type liveJob interface {
	// due reports whether a status change is due at now.
	due(now time.Time) bool
	// prepare computes, outside the server's lock, what the job ends with
	// if it ends by now.
	prepare(now time.Time)
	// advance applies every status change due at now. The caller holds the
	// server's write lock.
	advance(s *Server, now time.Time)
}

// projectID returns the project a request acts in.
func (s *Server) projectID(p *openapi_types.UUID) string {
	if p == nil {
		return s.cfg.projectID
	}
	return p.String()
}

// projectLocked returns the project, creating it. The caller holds the
// write lock.
func (s *Server) projectLocked(id string) *project {
	p := s.projects[id]
	if p == nil {
		p = &project{txns: map[string]*v2Job{}}
		s.projects[id] = p
	}
	return p
}

// now reads the clock, without a monotonic reading, in UTC.
func (s *Server) now() time.Time { return s.cfg.now().UTC() }

// nextSeq numbers a new item. The caller holds the write lock.
func (s *Server) nextSeq() uint64 {
	s.seq++
	return s.seq
}

// lookupFile finds a file of the project by id, or by the bare uuid of a
// `dfl-` id. The caller holds the lock.
func (s *Server) lookupFile(projectID, id string) *fileRec {
	f := s.files[id]
	if f == nil {
		f = s.files["dfl-"+id]
	}
	if f == nil || f.project != projectID {
		return nil
	}
	return f
}

// settle brings jobs up to date at now: what they end with is computed
// outside the lock, then their status changes are applied under it.
func (s *Server) settle(now time.Time, jobs []liveJob) {
	if len(jobs) == 0 {
		return
	}
	for _, j := range jobs {
		j.prepare(now)
	}
	s.mu.Lock()
	for _, j := range jobs {
		j.advance(s, now)
	}
	s.mu.Unlock()
}

// watchLocked makes the background loop advance j, so that its webhooks
// fire without anyone reading the job; it starts the loop if needed. The
// caller holds the write lock.
func (s *Server) watchLocked(j liveJob) {
	if s.closed {
		return
	}
	if s.watched == nil {
		s.watched = map[liveJob]struct{}{}
	}
	s.watched[j] = struct{}{}
	if s.loopStop == nil {
		s.loopStop = make(chan struct{})
		s.loop.Add(1)
		go s.advanceLoop(s.loopStop, s.loopInterval())
	}
}

// loopInterval is how often the loop looks at the clock: often enough
// that webhooks follow the status changes closely.
func (s *Server) loopInterval() time.Duration {
	return min(max(s.cfg.delay/10, 2*time.Millisecond), 25*time.Millisecond)
}

// advanceLoop advances watched jobs until stop is closed or none is left.
func (s *Server) advanceLoop(stop <-chan struct{}, every time.Duration) {
	defer s.loop.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			if !s.advanceWatched(stop) {
				return
			}
		}
	}
}

// advanceWatched advances the watched jobs that are due, and reports
// whether the loop should go on: it stops once no job is watched.
func (s *Server) advanceWatched(stop <-chan struct{}) bool {
	now := s.now()
	var due []liveJob
	s.mu.RLock()
	for j := range s.watched {
		if j.due(now) {
			due = append(due, j)
		}
	}
	s.mu.RUnlock()
	s.settle(now, due)
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.watched) > 0 {
		return true
	}
	if s.loopStop == stop {
		// Close has not claimed the loop: hand it back for the next job.
		s.loopStop = nil
	}
	return false
}

// onceValue is sync.OnceValue, named for what it holds here: the outcome of
// a job, computed at most once.
func onceValue[T any](f func() T) func() T { return sync.OnceValue(f) }

// timePtr returns a pointer to a copy of t; values published in a response
// are never changed afterwards, only replaced.
func timePtr(t time.Time) *time.Time { return &t }

func strPtr(s string) *string { return &s }
