package emulator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
)

// defaultMaxPagesV1 is the v1 parsing_configuration.max_pages default.
const defaultMaxPagesV1 = 5

// computeV1 classifies every file of the job.
func (s *Server) computeV1(ctx context.Context, j jobRecord) outcome {
	var job gen.ClassifyJob
	var in jobInput
	if err := json.Unmarshal(j.Body, &job); err != nil {
		return outcome{Status: string(gen.StatusEnumERROR), ErrorMessage: strPtr("the emulator cannot read this job: " + err.Error())}
	}
	_ = json.Unmarshal(j.Input, &in)
	pc := deref(job.ParsingConfiguration)
	sel := pages.Selection{MaxPages: int(deref(pc.MaxPages))}
	// A negative index names no page: said so, rather than that the
	// pages are past the document's end.
	var noPage string
	if pc.TargetPages != nil {
		for _, i := range *pc.TargetPages {
			sel.Indexes = append(sel.Indexes, int(i))
			if i < 0 && noPage == "" {
				noPage = fmt.Sprintf("target_pages holds %d, which is no page: pages are counted from 0", i)
			}
		}
	}
	rules := toRules(job.Rules)
	out := outcome{Results: make([]gen.FileClassification, len(in.FileIDs))}
	var problems []string
	for i, id := range in.FileIDs {
		fileID, _ := uuid.Parse(id)
		fc := gen.FileClassification{
			Id:            uuid.New(),
			ClassifyJobId: job.Id,
			FileId:        &fileID,
			CreatedAt:     timePtr(j.FinishAt),
			UpdatedAt:     timePtr(j.FinishAt),
		}
		f, data, err := s.readFile(ctx, j.Project, id)
		if err != nil {
			problems = append(problems, fmt.Sprintf("file %s not found", id))
		} else if noPage != "" {
			problems = append(problems, fmt.Sprintf("file %s (%s): %s", id, f.Meta.Name, noPage))
		} else if text, err := s.cfg.classifier.Extract(f.Meta.Name, data, sel); err != nil {
			problems = append(problems, fmt.Sprintf("file %s (%s): %v", id, f.Meta.Name, err))
		} else {
			v := s.cfg.classifier.Classify(ctx, text, rules)
			fc.Result = v.result()
			if v.By != "" {
				// One stand-in answer marks the whole job as not the
				// model's.
				out.Classifier = v.By
			}
		}
		out.Results[i] = fc
	}
	switch {
	case len(problems) == 0:
		out.Status = string(gen.StatusEnumSUCCESS)
	case len(problems) < len(in.FileIDs):
		out.Status = string(gen.StatusEnumPARTIALSUCCESS)
		out.ErrorMessage = strPtr(fmt.Sprintf("%d of %d files could not be classified: %s", len(problems), len(in.FileIDs), strings.Join(problems, "; ")))
	default:
		out.Status = string(gen.StatusEnumERROR)
		out.ErrorMessage = strPtr("no file could be classified: " + strings.Join(problems, "; "))
	}
	return out
}

// v1View is the job with the given status, as of updated.
func (s *Server) v1View(j jobRecord, status string, updated time.Time) gen.ClassifyJob {
	var job gen.ClassifyJob
	if err := json.Unmarshal(j.Body, &job); err != nil {
		s.cfg.logger.Error("read a stored job", "job", j.ID, "error", err.Error())
	}
	if j.Fixture {
		return job
	}
	job.Status = gen.StatusEnum(status)
	job.UpdatedAt = timePtr(updated)
	job.EffectiveAt = timePtr(updated)
	job.ErrorMessage = nil
	if j.Outcome != nil && status == j.Outcome.Status {
		job.ErrorMessage = j.Outcome.ErrorMessage
	}
	return job
}

// v1At is the job and its results as they are at now: no results before
// it ends.
func (s *Server) v1At(j jobRecord, now time.Time) (gen.ClassifyJob, []gen.FileClassification) {
	st, at := j.statusAt(now)
	job := s.v1View(j, st, at)
	if j.Outcome != nil && (j.Fixture || st == j.Outcome.Status) {
		return job, j.Outcome.Results
	}
	return job, nil
}

// CreateClassifierJob creates a v1 job over uploaded files; file_ids are
// the bare uuids of `dfl-` file ids.
func (s *Server) CreateClassifierJob(ctx context.Context, req gen.CreateClassifierJobRequestObject) (gen.CreateClassifierJobResponseObject, error) {
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
	job := gen.ClassifyJob{
		Id:                   uuid.New(),
		ProjectId:            uuid.MustParse(proj),
		UserId:               userID,
		Rules:                body.Rules,
		Status:               gen.StatusEnumPENDING,
		Mode:                 &mode,
		ParsingConfiguration: &pc,
		CreatedAt:            timePtr(now),
		UpdatedAt:            timePtr(now),
		EffectiveAt:          timePtr(now),
	}
	in := jobInput{FileIDs: make([]string, len(body.FileIds))}
	for i, id := range body.FileIds {
		in.FileIDs[i] = id.String()
	}
	enc, err := json.Marshal(job)
	if err != nil {
		return nil, err
	}
	input, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	rec := jobRecord{
		ID:        job.Id.String(),
		Kind:      kindV1,
		Project:   proj,
		CreatedAt: now,
		RunAt:     now.Add(s.cfg.delay),
		FinishAt:  now.Add(s.cfg.delay),
		Body:      enc,
		Input:     input,
		Hooks:     encodeHooks(hooks),
	}
	if rec.Hooks != nil {
		rec.Notified = statusPending
	}
	stored, _, err := s.store.CreateJob(ctx, rec)
	if err != nil {
		var limit *limitError
		if errors.As(err, &limit) {
			return gen.CreateClassifierJobdefaultJSONResponse{StatusCode: http.StatusInsufficientStorage, Body: gen.HTTPError{Detail: limit.msg}}, nil
		}
		return nil, err
	}
	s.enqueue(kindV1, proj, stored.ID, false)
	if stored.Hooks != nil {
		s.notify(stored, "", statusPending, now)
		s.watch()
	}
	return gen.CreateClassifierJob200JSONResponse(s.v1View(stored, statusPending, now)), nil
}

// v1Job returns the project's v1 job as it is at now.
func (s *Server) v1Job(ctx context.Context, proj string, id uuid.UUID, now time.Time) (jobRecord, error) {
	j, err := s.store.GetJob(ctx, kindV1, proj, id.String())
	if err != nil {
		return j, err
	}
	return s.current(ctx, j, now)
}

// GetClassifierJob returns a v1 job as it is now.
func (s *Server) GetClassifierJob(ctx context.Context, req gen.GetClassifierJobRequestObject) (gen.GetClassifierJobResponseObject, error) {
	now := s.now()
	j, err := s.v1Job(ctx, s.projectID(req.Params.ProjectId), req.ClassifyJobId, now)
	if errors.Is(err, errNotFound) {
		return gen.GetClassifierJob404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(jobNotFound(req.ClassifyJobId.String()))}, nil
	}
	if err != nil {
		return nil, err
	}
	job, _ := s.v1At(j, now)
	return gen.GetClassifierJob200JSONResponse(job), nil
}

// GetClassifierJobResults returns one result per file once the job has
// ended, and no items before.
func (s *Server) GetClassifierJobResults(ctx context.Context, req gen.GetClassifierJobResultsRequestObject) (gen.GetClassifierJobResultsResponseObject, error) {
	now := s.now()
	j, err := s.v1Job(ctx, s.projectID(req.Params.ProjectId), req.ClassifyJobId, now)
	if errors.Is(err, errNotFound) {
		return gen.GetClassifierJobResults404JSONResponse{NotFoundJSONResponse: gen.NotFoundJSONResponse(jobNotFound(req.ClassifyJobId.String()))}, nil
	}
	if err != nil {
		return nil, err
	}
	_, results := s.v1At(j, now)
	if results == nil {
		results = []gen.FileClassification{}
	}
	total := int64(len(results))
	return gen.GetClassifierJobResults200JSONResponse{Items: results, TotalSize: &total}, nil
}

// ListClassifierJobs lists the project's v1 jobs, newest first.
func (s *Server) ListClassifierJobs(ctx context.Context, req gen.ListClassifierJobsRequestObject) (gen.ListClassifierJobsResponseObject, error) {
	q := req.Params
	proj := s.projectID(q.ProjectId)
	now := s.now()
	after, err := decodeToken("v1", q.PageToken)
	if err != nil {
		return gen.ListClassifierJobs422JSONResponse{ValidationFailedJSONResponse: badToken()}, nil
	}
	if err := s.settleList(ctx, proj, kindV1, now); err != nil {
		return nil, err
	}
	p, err := s.store.ListJobs(ctx, jobQuery{Project: proj, Kind: kindV1, Now: now, After: after, Size: pageSize(q.PageSize)})
	if errors.Is(err, errBadPageToken) {
		return gen.ListClassifierJobs422JSONResponse{ValidationFailedJSONResponse: badToken()}, nil
	}
	if err != nil {
		return nil, err
	}
	items := make([]gen.ClassifyJob, len(p.Items))
	for i, j := range p.Items {
		items[i], _ = s.v1At(j, now)
	}
	return gen.ListClassifierJobs200JSONResponse{Items: items, NextPageToken: nextToken("v1", p), TotalSize: &p.Total}, nil
}
