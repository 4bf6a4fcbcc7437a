package emulator

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// v2Job is a v2 classify job. resp is what GET answers; it is replaced field
// by field on each status change, never changed in place.
type v2Job struct {
	seq     uint64
	project string
	resp    gen.ClassifyV2JobResponse
	// static jobs were stored by PutClassifyJob and keep their status.
	static bool
	// The job is PENDING until runAt, RUNNING until finishAt, then ends
	// with outcome.
	runAt, finishAt time.Time
	outcome         func() v2Outcome
	hooks           []*hook
	outbox
}

type v2Outcome struct {
	status gen.ClassifyV2JobStatus
	result *gen.ClassificationResult
	errMsg *string
}

func v2Ended(st gen.ClassifyV2JobStatus) bool {
	return st == gen.ClassifyV2JobStatusCOMPLETED || st == gen.ClassifyV2JobStatusFAILED || st == gen.ClassifyV2JobStatusCANCELLED
}

func (j *v2Job) due(now time.Time) bool {
	if j.static {
		return false
	}
	switch j.resp.Status {
	case gen.ClassifyV2JobStatusPENDING:
		return !now.Before(j.runAt)
	case gen.ClassifyV2JobStatusRUNNING:
		return !now.Before(j.finishAt)
	}
	return false
}

// prepare reads only what never changes: it runs without the lock.
func (j *v2Job) prepare(now time.Time) {
	if !j.static && !now.Before(j.finishAt) {
		j.outcome()
	}
}

func (j *v2Job) advance(s *Server, now time.Time) {
	if j.static {
		return
	}
	if j.resp.Status == gen.ClassifyV2JobStatusPENDING && !now.Before(j.runAt) {
		j.resp.Status = gen.ClassifyV2JobStatusRUNNING
		j.resp.UpdatedAt = timePtr(j.runAt)
		s.emitLocked(&j.outbox, j.hooks, "classify.running", j.resp, j.runAt)
	}
	if j.resp.Status == gen.ClassifyV2JobStatusRUNNING && !now.Before(j.finishAt) {
		out := j.outcome()
		j.resp.Status = out.status
		j.resp.Result = out.result
		j.resp.ErrorMessage = out.errMsg
		j.resp.UpdatedAt = timePtr(j.finishAt)
		event := "classify.success"
		if out.status == gen.ClassifyV2JobStatusFAILED {
			event = "classify.error"
		}
		s.emitLocked(&j.outbox, j.hooks, event, j.resp, j.finishAt)
	}
	if v2Ended(j.resp.Status) {
		delete(s.watched, j)
	}
}

// v2Input is what a create's file_input names.
type v2Input struct {
	kind gen.DocumentInputType
	file *fileRec // for kind file_id, nil when not found
	// unknownConfig is a configuration_id the emulator cannot resolve.
	unknownConfig string
}

// computeV2 classifies the job's document. It runs outside the server's
// lock: everything it reads is immutable.
func (s *Server) computeV2(in v2Input, cfg gen.ClassifyV2Configuration) v2Outcome {
	fail := func(format string, args ...any) v2Outcome {
		return v2Outcome{status: gen.ClassifyV2JobStatusFAILED, errMsg: strPtr(fmt.Sprintf(format, args...))}
	}
	if in.unknownConfig != "" {
		return fail("saved configuration %q not found: the emulator keeps no saved configurations; send the configuration inline", in.unknownConfig)
	}
	switch in.kind {
	case gen.DocumentInputTypeParseJobId:
		return fail("parse job not found: the emulator runs no parse jobs; upload the file and pass its id (dfl-...)")
	case gen.DocumentInputTypeUrl:
		return fail("the emulator does not fetch documents from URLs; upload the file and pass its id (dfl-...)")
	}
	if in.file == nil {
		return fail("file not found: no uploaded file of this project has that id")
	}
	sel := pages.Selection{}
	if pc := cfg.ParsingConfiguration; pc != nil {
		if pc.TargetPages != nil {
			// Checked at create.
			ranges, _ := pages.Parse(*pc.TargetPages)
			sel = pages.FromRanges(ranges, 0)
		}
		if pc.MaxPages != nil {
			sel.MaxPages = int(*pc.MaxPages)
		}
	}
	text, err := s.cfg.classifier.Extract(in.file.meta.Name, in.file.content, sel)
	if err != nil {
		return fail("cannot read file %s (%s): %v", in.file.meta.Id, in.file.meta.Name, err)
	}
	v := s.cfg.classifier.Classify(text, toRules(cfg.Rules))
	return v2Outcome{status: gen.ClassifyV2JobStatusCOMPLETED, result: v.result()}
}

// CreateClassifyJob creates a v2 job, or returns the job first created with
// the same transaction_id in this project.
func (s *Server) CreateClassifyJob(_ context.Context, req gen.CreateClassifyJobRequestObject) (gen.CreateClassifyJobResponseObject, error) {
	body := req.Body
	proj := s.projectID(req.Params.ProjectId)
	now := s.now()

	if body.TransactionId != nil && *body.TransactionId != "" {
		s.mu.RLock()
		var j *v2Job
		if p := s.projects[proj]; p != nil {
			j = p.txns[*body.TransactionId]
		}
		s.mu.RUnlock()
		if j != nil {
			return gen.CreateClassifyJob200JSONResponse(s.currentV2(j, now)), nil
		}
	}

	var bad []gen.ValidationError
	input, inputType := "", gen.DocumentInputTypeFileId
	switch {
	case body.FileInput != nil && *body.FileInput != "":
		input = *body.FileInput
	case body.FileId != nil && *body.FileId != "":
		input = *body.FileId
	case body.ParseJobId != nil && *body.ParseJobId != "":
		input, inputType = *body.ParseJobId, gen.DocumentInputTypeParseJobId
	default:
		bad = append(bad, newDetail([]any{"body", "file_input"}, "missing", "Field required: the id of an uploaded file (dfl-...) or a parse job (pjb-...)", nil))
	}
	switch {
	case strings.HasPrefix(input, "pjb-"):
		inputType = gen.DocumentInputTypeParseJobId
	case strings.HasPrefix(input, "http://"), strings.HasPrefix(input, "https://"):
		inputType = gen.DocumentInputTypeUrl
	}
	hasConfigID := body.ConfigurationId != nil && *body.ConfigurationId != ""
	if body.Configuration == nil && !hasConfigID {
		bad = append(bad, newDetail([]any{"body", "configuration"}, "missing", "Field required: give configuration or configuration_id", nil))
	}
	var cfg gen.ClassifyV2Configuration
	if body.Configuration != nil {
		cfg = *body.Configuration
		if cfg.Mode == nil {
			m := gen.ClassifyV2ModeFAST
			cfg.Mode = &m
		}
		if pc := cfg.ParsingConfiguration; pc != nil && pc.TargetPages != nil {
			if _, err := pages.Parse(*pc.TargetPages); err != nil {
				bad = append(bad, newDetail([]any{"body", "configuration", "parsing_configuration", "target_pages"}, "value_error", err.Error(), nil))
			}
		}
	} else if hasConfigID {
		// The response must carry a configuration; without a saved one to
		// resolve, it says so in its only rule.
		cfg = unresolvedConfiguration(*body.ConfigurationId)
	}
	hooks, hookErrs := s.v2Hooks(body.WebhookConfigurations)
	bad = append(bad, hookErrs...)
	if len(bad) > 0 {
		return gen.CreateClassifyJob422JSONResponse{ValidationFailedJSONResponse: gen.ValidationFailedJSONResponse{Detail: &bad}}, nil
	}

	s.mu.Lock()
	p := s.projectLocked(proj)
	if body.TransactionId != nil && *body.TransactionId != "" {
		if j := p.txns[*body.TransactionId]; j != nil {
			// Another create with the same key won the race.
			s.mu.Unlock()
			return gen.CreateClassifyJob200JSONResponse(s.currentV2(j, now)), nil
		}
	}
	in := v2Input{kind: inputType}
	if hasConfigID {
		in.unknownConfig = *body.ConfigurationId
	}
	if inputType == gen.DocumentInputTypeFileId {
		in.file = s.lookupFile(proj, input)
	}
	j := &v2Job{
		seq:      s.nextSeq(),
		project:  proj,
		runAt:    now.Add(s.cfg.delay / 2),
		finishAt: now.Add(s.cfg.delay),
		hooks:    hooks,
		resp: gen.ClassifyV2JobResponse{
			Id:                "cls-" + uuid.NewString(),
			ProjectId:         proj,
			UserId:            userID,
			Status:            gen.ClassifyV2JobStatusPENDING,
			FileInput:         input,
			DocumentInputType: inputType,
			Configuration:     cfg,
			ConfigurationId:   body.ConfigurationId,
			TransactionId:     body.TransactionId,
			CreatedAt:         timePtr(now),
			UpdatedAt:         timePtr(now),
		},
	}
	if inputType == gen.DocumentInputTypeParseJobId {
		j.resp.ParseJobId = strPtr(input)
	}
	j.outcome = onceValue(func() v2Outcome { return s.computeV2(in, cfg) })
	s.v2[j.resp.Id] = j
	p.v2 = append(p.v2, j)
	if body.TransactionId != nil && *body.TransactionId != "" {
		p.txns[*body.TransactionId] = j
	}
	resp := j.resp
	s.emitLocked(&j.outbox, j.hooks, "classify.pending", resp, now)
	if len(hooks) > 0 {
		s.watchLocked(j)
	}
	s.mu.Unlock()
	return gen.CreateClassifyJob200JSONResponse(resp), nil
}

// unresolvedConfiguration stands in for a saved configuration the emulator
// does not have; the job fails and says why.
func unresolvedConfiguration(id string) gen.ClassifyV2Configuration {
	m := gen.ClassifyV2ModeFAST
	return gen.ClassifyV2Configuration{
		Mode: &m,
		Rules: []gen.ClassifierRule{{
			Type:        "unresolved",
			Description: truncate(fmt.Sprintf("rules of the saved configuration %q, which the emulator does not have", id), 500),
		}},
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// currentV2 returns the job as it is at now.
func (s *Server) currentV2(j *v2Job, now time.Time) gen.ClassifyV2JobResponse {
	s.mu.RLock()
	if !j.due(now) {
		resp := j.resp
		s.mu.RUnlock()
		return resp
	}
	s.mu.RUnlock()
	j.prepare(now)
	s.mu.Lock()
	j.advance(s, now)
	resp := j.resp
	s.mu.Unlock()
	return resp
}

// findV2 returns the job of the project, or nil.
func (s *Server) findV2(proj, id string) *v2Job {
	s.mu.RLock()
	defer s.mu.RUnlock()
	j := s.v2[id]
	if j == nil || j.project != proj {
		return nil
	}
	return j
}

func jobNotFound(id string) gen.HTTPError {
	return gen.HTTPError{Detail: fmt.Sprintf("Job %s not found", id)}
}

// GetClassifyJob returns a v2 job as it is now.
func (s *Server) GetClassifyJob(_ context.Context, req gen.GetClassifyJobRequestObject) (gen.GetClassifyJobResponseObject, error) {
	j := s.findV2(s.projectID(req.Params.ProjectId), req.JobId)
	if j == nil {
		return gen.GetClassifyJob404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(jobNotFound(req.JobId))}, nil
	}
	return gen.GetClassifyJob200JSONResponse(s.currentV2(j, s.now())), nil
}

// CancelClassifyJob moves a job that has not ended to CANCELLED; a job that
// has ended is refused with 409.
func (s *Server) CancelClassifyJob(_ context.Context, req gen.CancelClassifyJobRequestObject) (gen.CancelClassifyJobResponseObject, error) {
	j := s.findV2(s.projectID(req.Params.ProjectId), req.JobId)
	if j == nil {
		return gen.CancelClassifyJob404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(jobNotFound(req.JobId))}, nil
	}
	now := s.now()
	j.prepare(now)
	s.mu.Lock()
	defer s.mu.Unlock()
	j.advance(s, now)
	if v2Ended(j.resp.Status) {
		return gen.CancelClassifyJobdefaultJSONResponse{StatusCode: http.StatusConflict, Body: gen.HTTPError{
			Detail: fmt.Sprintf("Job %s has already ended with status %s and cannot be cancelled", j.resp.Id, j.resp.Status),
		}}, nil
	}
	j.resp.Status = gen.ClassifyV2JobStatusCANCELLED
	j.resp.UpdatedAt = timePtr(now)
	delete(s.watched, j)
	s.emitLocked(&j.outbox, j.hooks, "classify.cancelled", j.resp, now)
	return gen.CancelClassifyJob200JSONResponse(j.resp), nil
}

// ListClassifyJobs lists the project's v2 jobs, newest first, filtered.
func (s *Server) ListClassifyJobs(_ context.Context, req gen.ListClassifyJobsRequestObject) (gen.ListClassifyJobsResponseObject, error) {
	q := req.Params
	proj := s.projectID(q.ProjectId)
	now := s.now()

	var due []liveJob
	s.mu.RLock()
	if p := s.projects[proj]; p != nil {
		for _, j := range p.v2 {
			if j.due(now) {
				due = append(due, j)
			}
		}
	}
	s.mu.RUnlock()
	s.settle(now, due)

	var ids map[string]bool
	if q.JobIds != nil {
		ids = setOf(*q.JobIds)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var all []*v2Job
	if p := s.projects[proj]; p != nil {
		all = p.v2
	}
	var matched []*v2Job
	for i := len(all) - 1; i >= 0; i-- {
		j := all[i]
		r := &j.resp
		if q.Status != nil && r.Status != *q.Status ||
			ids != nil && !ids[r.Id] ||
			q.ConfigurationId != nil && (r.ConfigurationId == nil || *r.ConfigurationId != *q.ConfigurationId) ||
			q.CreatedAtOnOrAfter != nil && (r.CreatedAt == nil || r.CreatedAt.Before(*q.CreatedAtOnOrAfter)) ||
			q.CreatedAtOnOrBefore != nil && (r.CreatedAt == nil || r.CreatedAt.After(*q.CreatedAtOnOrBefore)) {
			continue
		}
		matched = append(matched, j)
	}
	seqOf := func(j *v2Job) uint64 { return j.seq }
	page, next, err := paginate(all, matched, seqOf, newestFirst(seqOf), "v2", intOr(q.PageSize, defaultPageSize), q.PageToken)
	if err != nil {
		return gen.ListClassifyJobs422JSONResponse{ValidationFailedJSONResponse: badToken()}, nil
	}
	items := make([]gen.ClassifyV2JobResponse, len(page))
	for i, j := range page {
		items[i] = j.resp
	}
	total := int64(len(matched))
	return gen.ListClassifyJobs200JSONResponse{Items: items, NextPageToken: next, TotalSize: &total}, nil
}

func badToken() gen.ValidationFailedJSONResponse {
	d := []gen.ValidationError{newDetail([]any{"query", "page_token"}, "value_error", errBadPageToken.Error(), nil)}
	return gen.ValidationFailedJSONResponse{Detail: &d}
}

func intOr(p *int32, def int) int {
	if p == nil {
		return def
	}
	return int(*p)
}
