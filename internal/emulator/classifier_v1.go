package emulator

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// defaultMaxPagesV1 is the v1 parsing_configuration.max_pages default.
const defaultMaxPagesV1 = 5

// v1Job is a v1 classifier job: PENDING until finishAt, then SUCCESS,
// PARTIAL_SUCCESS or ERROR with one result per file.
type v1Job struct {
	seq      uint64
	project  string
	job      gen.ClassifyJob
	results  []gen.FileClassification
	static   bool
	finishAt time.Time
	outcome  func() v1Outcome
	hooks    []*hook
	outbox
}

type v1Outcome struct {
	status  gen.StatusEnum
	results []gen.FileClassification
	errMsg  *string
}

func (j *v1Job) due(now time.Time) bool {
	return !j.static && j.job.Status == gen.StatusEnumPENDING && !now.Before(j.finishAt)
}

// prepare reads only what never changes: it runs without the lock.
func (j *v1Job) prepare(now time.Time) {
	if !j.static && !now.Before(j.finishAt) {
		j.outcome()
	}
}

func (j *v1Job) advance(s *Server, now time.Time) {
	if !j.due(now) {
		return
	}
	out := j.outcome()
	j.job.Status = out.status
	j.job.ErrorMessage = out.errMsg
	j.job.UpdatedAt = timePtr(j.finishAt)
	j.job.EffectiveAt = timePtr(j.finishAt)
	j.results = out.results
	event := map[gen.StatusEnum]string{
		gen.StatusEnumSUCCESS:        "parse.success",
		gen.StatusEnumPARTIALSUCCESS: "parse.partial_success",
		gen.StatusEnumERROR:          "parse.error",
	}[out.status]
	s.emitLocked(&j.outbox, j.hooks, event, j.job, j.finishAt)
	delete(s.watched, j)
}

// v1File is one file of a v1 job as resolved at create.
type v1File struct {
	id  uuid.UUID
	rec *fileRec // nil when not found
}

// computeV1 classifies every file of the job. It runs outside the server's
// lock: everything it reads is immutable.
func (s *Server) computeV1(jobID uuid.UUID, files []v1File, rules []rule, sel pages.Selection, at time.Time) v1Outcome {
	out := v1Outcome{results: make([]gen.FileClassification, len(files))}
	var problems []string
	for i, f := range files {
		fc := gen.FileClassification{
			Id:            uuid.New(),
			ClassifyJobId: jobID,
			FileId:        &files[i].id,
			CreatedAt:     timePtr(at),
			UpdatedAt:     timePtr(at),
		}
		if f.rec == nil {
			problems = append(problems, fmt.Sprintf("file %s not found", f.id))
		} else if text, err := s.cfg.classifier.Extract(f.rec.meta.Name, f.rec.content, sel); err != nil {
			problems = append(problems, fmt.Sprintf("file %s (%s): %v", f.id, f.rec.meta.Name, err))
		} else {
			fc.Result = s.cfg.classifier.Classify(text, rules).result()
		}
		out.results[i] = fc
	}
	switch {
	case len(problems) == 0:
		out.status = gen.StatusEnumSUCCESS
	case len(problems) < len(files):
		out.status = gen.StatusEnumPARTIALSUCCESS
		out.errMsg = strPtr(fmt.Sprintf("%d of %d files could not be classified: %s", len(problems), len(files), strings.Join(problems, "; ")))
	default:
		out.status = gen.StatusEnumERROR
		out.errMsg = strPtr("no file could be classified: " + strings.Join(problems, "; "))
	}
	return out
}

// CreateClassifierJob creates a v1 job over uploaded files; file_ids are
// the bare uuids of `dfl-` file ids.
func (s *Server) CreateClassifierJob(_ context.Context, req gen.CreateClassifierJobRequestObject) (gen.CreateClassifierJobResponseObject, error) {
	body := req.Body
	proj := s.projectID(req.Params.ProjectId)
	now := s.now()

	hooks, bad := s.v1Hooks(body.WebhookConfigurations)
	if len(bad) > 0 {
		return gen.CreateClassifierJob422JSONResponse{ValidationFailedJSONResponse: gen.ValidationFailedJSONResponse{Detail: &bad}}, nil
	}
	mode := gen.ClassifyModeFAST
	if body.Mode != nil {
		mode = *body.Mode
	}
	pc := gen.ClassifyParsingConfiguration{}
	if body.ParsingConfiguration != nil {
		pc = *body.ParsingConfiguration
	}
	if pc.Lang == nil {
		l := gen.En
		pc.Lang = &l
	}
	if pc.MaxPages == nil {
		n := int32(defaultMaxPagesV1)
		pc.MaxPages = &n
	}
	sel := pages.Selection{MaxPages: int(*pc.MaxPages)}
	if pc.TargetPages != nil {
		for _, i := range *pc.TargetPages {
			sel.Indexes = append(sel.Indexes, int(i))
		}
	}
	projUUID := uuid.MustParse(proj)
	jobID := uuid.New()

	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.projectLocked(proj)
	files := make([]v1File, len(body.FileIds))
	for i, id := range body.FileIds {
		files[i] = v1File{id: id, rec: s.lookupFile(proj, id.String())}
	}
	rules := toRules(body.Rules)
	j := &v1Job{
		seq:      s.nextSeq(),
		project:  proj,
		finishAt: now.Add(s.cfg.delay),
		hooks:    hooks,
		job: gen.ClassifyJob{
			Id:                   jobID,
			ProjectId:            projUUID,
			UserId:               userID,
			Rules:                body.Rules,
			Status:               gen.StatusEnumPENDING,
			Mode:                 &mode,
			ParsingConfiguration: &pc,
			CreatedAt:            timePtr(now),
			UpdatedAt:            timePtr(now),
			EffectiveAt:          timePtr(now),
		},
	}
	finish := j.finishAt
	j.outcome = onceValue(func() v1Outcome { return s.computeV1(jobID, files, rules, sel, finish) })
	s.v1[jobID.String()] = j
	p.v1 = append(p.v1, j)
	s.emitLocked(&j.outbox, j.hooks, "parse.pending", j.job, now)
	if len(hooks) > 0 {
		s.watchLocked(j)
	}
	return gen.CreateClassifierJob200JSONResponse(j.job), nil
}

func (s *Server) findV1(proj string, id uuid.UUID) *v1Job {
	s.mu.RLock()
	defer s.mu.RUnlock()
	j := s.v1[id.String()]
	if j == nil || j.project != proj {
		return nil
	}
	return j
}

// currentV1 returns the job and its results as they are at now.
func (s *Server) currentV1(j *v1Job, now time.Time) (gen.ClassifyJob, []gen.FileClassification) {
	s.mu.RLock()
	if !j.due(now) {
		job, res := j.job, j.results
		s.mu.RUnlock()
		return job, res
	}
	s.mu.RUnlock()
	j.prepare(now)
	s.mu.Lock()
	defer s.mu.Unlock()
	j.advance(s, now)
	return j.job, j.results
}

// GetClassifierJob returns a v1 job as it is now.
func (s *Server) GetClassifierJob(_ context.Context, req gen.GetClassifierJobRequestObject) (gen.GetClassifierJobResponseObject, error) {
	j := s.findV1(s.projectID(req.Params.ProjectId), req.ClassifyJobId)
	if j == nil {
		return gen.GetClassifierJob404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(jobNotFound(req.ClassifyJobId.String()))}, nil
	}
	job, _ := s.currentV1(j, s.now())
	return gen.GetClassifierJob200JSONResponse(job), nil
}

// GetClassifierJobResults returns one result per file once the job has
// ended, and no items before.
func (s *Server) GetClassifierJobResults(_ context.Context, req gen.GetClassifierJobResultsRequestObject) (gen.GetClassifierJobResultsResponseObject, error) {
	j := s.findV1(s.projectID(req.Params.ProjectId), req.ClassifyJobId)
	if j == nil {
		return gen.GetClassifierJobResults404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(jobNotFound(req.ClassifyJobId.String()))}, nil
	}
	_, results := s.currentV1(j, s.now())
	if results == nil {
		results = []gen.FileClassification{}
	}
	total := int64(len(results))
	return gen.GetClassifierJobResults200JSONResponse{Items: results, TotalSize: &total}, nil
}

// ListClassifierJobs lists the project's v1 jobs, newest first.
func (s *Server) ListClassifierJobs(_ context.Context, req gen.ListClassifierJobsRequestObject) (gen.ListClassifierJobsResponseObject, error) {
	q := req.Params
	proj := s.projectID(q.ProjectId)
	now := s.now()

	var due []liveJob
	s.mu.RLock()
	if p := s.projects[proj]; p != nil {
		for _, j := range p.v1 {
			if j.due(now) {
				due = append(due, j)
			}
		}
	}
	s.mu.RUnlock()
	s.settle(now, due)

	s.mu.RLock()
	defer s.mu.RUnlock()
	var all []*v1Job
	if p := s.projects[proj]; p != nil {
		all = p.v1
	}
	sorted := make([]*v1Job, 0, len(all))
	for i := len(all) - 1; i >= 0; i-- {
		sorted = append(sorted, all[i])
	}
	seqOf := func(j *v1Job) uint64 { return j.seq }
	page, next, err := paginate(all, sorted, seqOf, newestFirst(seqOf), "v1", intOr(q.PageSize, defaultPageSize), q.PageToken)
	if err != nil {
		return gen.ListClassifierJobs422JSONResponse{ValidationFailedJSONResponse: badToken()}, nil
	}
	items := make([]gen.ClassifyJob, len(page))
	for i, j := range page {
		items[i] = j.job
	}
	total := int64(len(sorted))
	return gen.ListClassifierJobs200JSONResponse{Items: items, NextPageToken: next, TotalSize: &total}, nil
}
