package emulator

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Fixtures store state directly, for tests and demonstrations that need a
// known file or a job in a given status. What a fixture leaves out is filled
// in: an id, the default project, the user, a creation time (now). Stored
// jobs keep their status: they do not move on with time (a PENDING or
// RUNNING v2 fixture can still be cancelled). Storing an id again replaces
// the earlier item.
//
// A fixture that the store cannot keep (a limit reached, a full disk)
// panics: the test's setup has failed.

// PutFile stores a file with the given content and returns it as stored.
// An empty Id becomes "dfl-<uuid>".
func (s *Server) PutFile(f gen.FileV2, content []byte) gen.FileV2 {
	stored, err := s.storeFile(context.Background(), s.cfg.projectID, f, bytes.NewReader(content), int64(len(content)))
	if err != nil {
		panic(fmt.Sprintf("emulator: PutFile: %v", err))
	}
	return stored
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
	s.putFixture(jobRecord{
		ID:          job.Id.String(),
		Kind:        kindV1,
		Project:     job.ProjectId.String(),
		CreatedAt:   *job.CreatedAt,
		FixedStatus: string(job.Status),
		Outcome:     &outcome{Status: string(job.Status), Results: res},
	}, job)
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
	s.putFixture(jobRecord{
		ID:              job.Id,
		Kind:            kindV2,
		Project:         job.ProjectId,
		TransactionID:   deref(job.TransactionId),
		ConfigurationID: deref(job.ConfigurationId),
		CreatedAt:       *job.CreatedAt,
		FixedStatus:     string(job.Status),
	}, job)
	return job
}

func (s *Server) putFixture(j jobRecord, body any) {
	var err error
	if j.Body, err = json.Marshal(body); err != nil {
		panic(fmt.Sprintf("emulator: fixture %s: %v", j.ID, err))
	}
	j.Fixture = true
	j.RunAt, j.FinishAt = j.CreatedAt, j.CreatedAt
	j.FixedAt = j.CreatedAt
	if _, err := s.store.PutJob(context.Background(), j); err != nil {
		panic(fmt.Sprintf("emulator: fixture %s: %v", j.ID, err))
	}
}
