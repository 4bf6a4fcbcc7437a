package emulator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// computeV2 classifies the job's document.
func (s *Server) computeV2(ctx context.Context, j jobRecord) outcome {
	fail := func(format string, args ...any) outcome {
		return outcome{Status: string(gen.ClassifyV2JobStatusFAILED), ErrorMessage: strPtr(fmt.Sprintf(format, args...))}
	}
	var job gen.ClassifyV2JobResponse
	if err := json.Unmarshal(j.Body, &job); err != nil {
		return fail("the emulator cannot read this job: %v", err)
	}
	if job.ConfigurationId != nil && *job.ConfigurationId != "" {
		return fail("saved configuration %q not found: the emulator keeps no saved configurations; send the configuration inline", *job.ConfigurationId)
	}
	switch job.DocumentInputType {
	case gen.DocumentInputTypeParseJobId:
		return fail("parse job not found: the emulator runs no parse jobs; upload the file and pass its id (dfl-...)")
	case gen.DocumentInputTypeUrl:
		return fail("the emulator does not fetch documents from URLs; upload the file and pass its id (dfl-...)")
	}
	cfg := job.Configuration
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
	f, data, err := s.readFile(ctx, j.Project, job.FileInput)
	if err != nil {
		return fail("file not found: no uploaded file of this project has that id")
	}
	text, err := s.cfg.classifier.Extract(f.Meta.Name, data, sel)
	if err != nil {
		return fail("cannot read file %s (%s): %v", f.Meta.Id, f.Meta.Name, err)
	}
	v := s.cfg.classifier.Classify(ctx, text, toRules(cfg.Rules))
	return outcome{Status: string(gen.ClassifyV2JobStatusCOMPLETED), Result: v.result(), Classifier: v.By}
}

// readFile reads a file of the project whole, for the classifier.
func (s *Server) readFile(ctx context.Context, project, id string) (fileRecord, []byte, error) {
	f, err := s.store.GetFile(ctx, project, id)
	if err != nil {
		return f, nil, err
	}
	r, err := s.store.OpenFile(ctx, f)
	if err != nil {
		return f, nil, err
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	return f, data, err
}

// v2View is the job with the given status, as of updated.
func (s *Server) v2View(j jobRecord, status string, updated time.Time) gen.ClassifyV2JobResponse {
	var job gen.ClassifyV2JobResponse
	if err := json.Unmarshal(j.Body, &job); err != nil {
		s.cfg.logger.Error("read a stored job", "job", j.ID, "error", err.Error())
	}
	if j.Fixture {
		if j.FixedStatus == statusCancelled && job.Status != gen.ClassifyV2JobStatusCANCELLED {
			job.Status = gen.ClassifyV2JobStatusCANCELLED
			job.UpdatedAt = timePtr(j.FixedAt)
		}
		return job
	}
	job.Status = gen.ClassifyV2JobStatus(status)
	job.UpdatedAt = timePtr(updated)
	job.Result, job.ErrorMessage = nil, nil
	if j.Outcome != nil && status == j.Outcome.Status {
		job.Result = j.Outcome.Result
		job.ErrorMessage = j.Outcome.ErrorMessage
	}
	return job
}

// v2At is the job as it is at now.
func (s *Server) v2At(j jobRecord, now time.Time) gen.ClassifyV2JobResponse {
	st, at := j.statusAt(now)
	return s.v2View(j, st, at)
}

// CreateClassifyJob creates a v2 job, or returns the job first created with
// the same transaction_id in this project.
func (s *Server) CreateClassifyJob(ctx context.Context, req gen.CreateClassifyJobRequestObject) (gen.CreateClassifyJobResponseObject, error) {
	body := req.Body
	proj := s.projectID(req.Params.ProjectId)
	now := s.now()
	txn := deref(body.TransactionId)

	if txn != "" {
		// A repeated create answers with its job, as the service does,
		// before looking at the rest of the body.
		j, err := s.store.JobByTransaction(ctx, proj, txn)
		switch {
		case err == nil && s.answeredByAnother(j):
			// A store outlives the build that wrote it: the job was
			// classified by another classifier (an older scorer, or a
			// model where this emulator has none), whose answer is not
			// this one's. The id moves to a new job; the old one stays.
			if err := s.store.ReleaseTransaction(ctx, proj, txn, j.ID); err != nil {
				return nil, err
			}
		case err == nil:
			return s.existingV2(ctx, j, now)
		case !errors.Is(err, errNotFound):
			return nil, err
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

	job := gen.ClassifyV2JobResponse{
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
	}
	if inputType == gen.DocumentInputTypeParseJobId {
		job.ParseJobId = strPtr(input)
	}
	enc, err := json.Marshal(job)
	if err != nil {
		return nil, err
	}
	rec := jobRecord{
		ID:              job.Id,
		Kind:            kindV2,
		Project:         proj,
		TransactionID:   txn,
		ConfigurationID: deref(body.ConfigurationId),
		CreatedAt:       now,
		RunAt:           now.Add(s.cfg.delay / 2),
		FinishAt:        now.Add(s.cfg.delay),
		Body:            enc,
		Input:           []byte("{}"),
		Hooks:           encodeHooks(hooks),
	}
	if rec.Hooks != nil {
		rec.Notified = statusPending
	}
	stored, created, err := s.store.CreateJob(ctx, rec)
	if err != nil {
		var limit *limitError
		if errors.As(err, &limit) {
			return gen.CreateClassifyJobdefaultJSONResponse{StatusCode: http.StatusInsufficientStorage, Body: gen.HTTPError{Detail: limit.msg}}, nil
		}
		return nil, err
	}
	if !created {
		// Another create with the same key came first.
		return s.existingV2(ctx, stored, now)
	}
	s.enqueue(kindV2, proj, stored.ID, false)
	if stored.Hooks != nil {
		s.notify(stored, "", statusPending, now)
		s.watch()
	}
	return gen.CreateClassifyJob200JSONResponse(s.v2View(stored, statusPending, now)), nil
}

// existingV2 answers a repeated create with the job as it is now.
func (s *Server) existingV2(ctx context.Context, j jobRecord, now time.Time) (gen.CreateClassifyJobResponseObject, error) {
	j, err := s.current(ctx, j, now)
	if err != nil {
		return nil, err
	}
	return gen.CreateClassifyJob200JSONResponse(s.v2At(j, now)), nil
}

// answeredByAnother says whether a job's classification was computed by
// a classifier other than this emulator's. A fixture, a cancelled job and
// a job not yet classified are this emulator's to answer with.
func (s *Server) answeredByAnother(j jobRecord) bool {
	return j.Outcome != nil && !j.Fixture && j.FixedStatus == "" && j.Outcome.Classifier != s.classifierID
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

func jobNotFound(id string) gen.HTTPError {
	return gen.HTTPError{Detail: fmt.Sprintf("Job %s not found", id)}
}

// GetClassifyJob returns a v2 job as it is now.
func (s *Server) GetClassifyJob(ctx context.Context, req gen.GetClassifyJobRequestObject) (gen.GetClassifyJobResponseObject, error) {
	j, err := s.store.GetJob(ctx, kindV2, s.projectID(req.Params.ProjectId), req.JobId)
	if errors.Is(err, errNotFound) {
		return gen.GetClassifyJob404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(jobNotFound(req.JobId))}, nil
	}
	if err != nil {
		return nil, err
	}
	now := s.now()
	if j, err = s.current(ctx, j, now); err != nil {
		return nil, err
	}
	return gen.GetClassifyJob200JSONResponse(s.v2At(j, now)), nil
}

// CancelClassifyJob moves a job that has not ended to CANCELLED; a job that
// has ended is refused with 409.
func (s *Server) CancelClassifyJob(ctx context.Context, req gen.CancelClassifyJobRequestObject) (gen.CancelClassifyJobResponseObject, error) {
	proj := s.projectID(req.Params.ProjectId)
	j, err := s.store.GetJob(ctx, kindV2, proj, req.JobId)
	if errors.Is(err, errNotFound) {
		return gen.CancelClassifyJob404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(jobNotFound(req.JobId))}, nil
	}
	if err != nil {
		return nil, err
	}
	now := s.now()
	if _, err := s.current(ctx, j, now); err != nil {
		return nil, err
	}
	j, notified, cancelled, err := s.store.Cancel(ctx, kindV2, proj, req.JobId, now)
	if err != nil {
		return nil, err
	}
	if !cancelled {
		st, _ := j.statusAt(now)
		return gen.CancelClassifyJobdefaultJSONResponse{StatusCode: http.StatusConflict, Body: gen.HTTPError{
			Detail: fmt.Sprintf("Job %s has already ended with status %s and cannot be cancelled", j.ID, st),
		}}, nil
	}
	if j.Hooks != nil {
		// With the events the loop had not sent yet, in order.
		s.notify(j, notified, statusCancelled, now)
	}
	return gen.CancelClassifyJob200JSONResponse(s.v2At(j, now)), nil
}

// ListClassifyJobs lists the project's v2 jobs, newest first, filtered.
func (s *Server) ListClassifyJobs(ctx context.Context, req gen.ListClassifyJobsRequestObject) (gen.ListClassifyJobsResponseObject, error) {
	q := req.Params
	proj := s.projectID(q.ProjectId)
	now := s.now()
	after, err := decodeToken("v2", q.PageToken)
	if err != nil {
		return gen.ListClassifyJobs422JSONResponse{ValidationFailedJSONResponse: badToken()}, nil
	}
	if err := s.settleList(ctx, proj, kindV2, now); err != nil {
		return nil, err
	}
	jq := jobQuery{
		Project:         proj,
		Kind:            kindV2,
		Now:             now,
		IDs:             derefSlice(q.JobIds),
		ConfigurationID: q.ConfigurationId,
		CreatedFrom:     q.CreatedAtOnOrAfter,
		CreatedTo:       q.CreatedAtOnOrBefore,
		After:           after,
		Size:            pageSize(q.PageSize),
	}
	if q.Status != nil {
		jq.Status = strPtr(string(*q.Status))
	}
	p, err := s.store.ListJobs(ctx, jq)
	if errors.Is(err, errBadPageToken) {
		return gen.ListClassifyJobs422JSONResponse{ValidationFailedJSONResponse: badToken()}, nil
	}
	if err != nil {
		return nil, err
	}
	items := make([]gen.ClassifyV2JobResponse, len(p.Items))
	for i, j := range p.Items {
		items[i] = s.v2At(j, now)
	}
	return gen.ListClassifyJobs200JSONResponse{Items: items, NextPageToken: nextToken("v2", p), TotalSize: &p.Total}, nil
}

func badToken() gen.ValidationFailedJSONResponse {
	d := []gen.ValidationError{newDetail([]any{"query", "page_token"}, "value_error", errBadPageToken.Error(), nil)}
	return gen.ValidationFailedJSONResponse{Detail: &d}
}

func derefSlice[T any](p *[]T) []T {
	if p == nil {
		return nil
	}
	if *p == nil {
		return []T{}
	}
	return *p
}
