package emulator

import (
	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Fixtures store state directly, for tests and demonstrations that need a
// known file or a job in a given status. What a fixture leaves out is filled
// in: an id, the default project, the user, a creation time (now). Stored
// jobs keep their status: they do not move on with time (a PENDING or
// RUNNING v2 fixture can still be cancelled). Storing an id again replaces
// the earlier item.

// PutFile stores a file with the given content and returns it as stored.
// An empty Id becomes "dfl-<uuid>".
func (s *Server) PutFile(f gen.FileV2, content []byte) gen.FileV2 {
	return s.storeFile(s.cfg.projectID, f, content)
}

// PutClassifierJob stores a v1 job and its per-file results and returns the
// job as stored. Results whose ClassifyJobId is zero are attached to the
// job.
func (s *Server) PutClassifierJob(job gen.ClassifyJob, results []gen.FileClassification) gen.ClassifyJob {
	now := s.now()
	if job.Id == uuid.Nil {
		job.Id = uuid.New()
	}
	if job.ProjectId == uuid.Nil {
		job.ProjectId = uuid.MustParse(s.cfg.projectID)
	}
	if job.UserId == "" {
		job.UserId = userID
	}
	if job.Status == "" {
		job.Status = gen.StatusEnumPENDING
	}
	if job.Rules == nil {
		job.Rules = []gen.ClassifierRule{}
	}
	if job.CreatedAt == nil {
		job.CreatedAt = timePtr(now)
	}
	res := make([]gen.FileClassification, len(results))
	for i, r := range results {
		if r.Id == uuid.Nil {
			r.Id = uuid.New()
		}
		if r.ClassifyJobId == uuid.Nil {
			r.ClassifyJobId = job.Id
		}
		res[i] = r
	}
	proj := job.ProjectId.String()
	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.v1[job.Id.String()]; old != nil {
		op := s.projects[old.project]
		op.v1 = removeItem(op.v1, old)
	}
	j := &v1Job{seq: s.nextSeq(), project: proj, job: job, results: res, static: true}
	s.v1[job.Id.String()] = j
	p := s.projectLocked(proj)
	p.v1 = append(p.v1, j)
	return job
}

// PutClassifyJob stores a v2 job and returns it as stored. An empty Id
// becomes "cls-<uuid>".
func (s *Server) PutClassifyJob(job gen.ClassifyV2JobResponse) gen.ClassifyV2JobResponse {
	now := s.now()
	if job.Id == "" {
		job.Id = "cls-" + uuid.NewString()
	}
	if job.ProjectId == "" {
		job.ProjectId = s.cfg.projectID
	}
	if job.UserId == "" {
		job.UserId = userID
	}
	if job.Status == "" {
		job.Status = gen.ClassifyV2JobStatusPENDING
	}
	if job.DocumentInputType == "" {
		job.DocumentInputType = gen.DocumentInputTypeFileId
	}
	if job.Configuration.Rules == nil {
		job.Configuration.Rules = []gen.ClassifierRule{}
	}
	if job.CreatedAt == nil {
		job.CreatedAt = timePtr(now)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.v2[job.Id]; old != nil {
		op := s.projects[old.project]
		op.v2 = removeItem(op.v2, old)
		if old.resp.TransactionId != nil && op.txns[*old.resp.TransactionId] == old {
			delete(op.txns, *old.resp.TransactionId)
		}
	}
	j := &v2Job{seq: s.nextSeq(), project: job.ProjectId, resp: job, static: true}
	s.v2[job.Id] = j
	p := s.projectLocked(job.ProjectId)
	p.v2 = append(p.v2, j)
	if job.TransactionId != nil && *job.TransactionId != "" {
		p.txns[*job.TransactionId] = j
	}
	return job
}

func removeItem[T comparable](xs []T, x T) []T {
	for i, y := range xs {
		if y == x {
			return append(xs[:i:i], xs[i+1:]...)
		}
	}
	return xs
}
