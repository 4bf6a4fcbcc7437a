package client

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"strings"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// CreateClassifierJob creates a v1 classifier job over up to 500 uploaded
// files (see ClassifierFileID for their ids). v1 is experimental upstream.
//
// The request is checked against the contract before sending; a bad one
// fails with a *RequestInvalidError and nothing is sent. A v1 create has no
// idempotency key, so it is retried only when it provably did not reach the
// service (the connection was refused) or was rate limited (429): after a
// 5xx or a lost connection the job may exist, and the error is returned.
//
// API: POST /api/v1/classifier/jobs
func (c *Client) CreateClassifierJob(ctx context.Context, req gen.ClassifyJobCreate, opts ...CallOption) (*gen.ClassifyJob, error) {
	const op = "CreateClassifierJob"
	t, err := c.tenancy(op, tenancy{}, opts)
	if err != nil {
		return nil, err
	}
	if err := checkBody(op, req, repeatedTypes("rules", req.Rules)...); err != nil {
		return nil, err
	}
	params := &gen.CreateClassifierJobParams{ProjectId: t.project, OrganizationId: t.org}
	resp, err := c.do(ctx, call{op: op, safety: onceOnly, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.CreateClassifierJob(ctx, params, req)
	}})
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.CreateClassifierJobResponse).GetJSON200)
}

// GetClassifierJob returns a v1 job with its status. jobID is a UUID; a
// malformed one fails with a *RequestInvalidError and nothing is sent.
//
// API: GET /api/v1/classifier/jobs/{classify_job_id}
func (c *Client) GetClassifierJob(ctx context.Context, jobID string, opts ...CallOption) (*gen.ClassifyJob, error) {
	const op = "GetClassifierJob"
	t, err := c.tenancy(op, tenancy{}, opts)
	if err != nil {
		return nil, err
	}
	id, err := classifierJobID(op, jobID)
	if err != nil {
		return nil, err
	}
	params := &gen.GetClassifierJobParams{ProjectId: t.project, OrganizationId: t.org}
	resp, err := c.do(ctx, call{op: op, safety: repeatable, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.GetClassifierJob(ctx, id, params)
	}})
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.GetClassifierJobResponse).GetJSON200)
}

// GetClassifierJobResults returns the per-file classifications of a v1 job.
// A file that could not be classified has no Result.
//
// API: GET /api/v1/classifier/jobs/{classify_job_id}/results
func (c *Client) GetClassifierJobResults(ctx context.Context, jobID string, opts ...CallOption) (*gen.ClassifyJobResults, error) {
	const op = "GetClassifierJobResults"
	t, err := c.tenancy(op, tenancy{}, opts)
	if err != nil {
		return nil, err
	}
	id, err := classifierJobID(op, jobID)
	if err != nil {
		return nil, err
	}
	params := &gen.GetClassifierJobResultsParams{ProjectId: t.project, OrganizationId: t.org}
	resp, err := c.do(ctx, call{op: op, safety: repeatable, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.GetClassifierJobResults(ctx, id, params)
	}})
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.GetClassifierJobResultsResponse).GetJSON200)
}

// ListClassifierJobs returns one page of v1 jobs, newest first.
//
// API: GET /api/v1/classifier/jobs
func (c *Client) ListClassifierJobs(ctx context.Context, params *gen.ListClassifierJobsParams, opts ...CallOption) (*gen.ClassifyJobList, error) {
	const op = "ListClassifierJobs"
	var p gen.ListClassifierJobsParams
	if params != nil {
		p = *params
	}
	t, err := c.tenancy(op, tenancy{p.ProjectId, p.OrganizationId}, opts)
	if err != nil {
		return nil, err
	}
	p.ProjectId, p.OrganizationId = t.project, t.org
	if err := checkParams(op, p); err != nil {
		return nil, err
	}
	resp, err := c.do(ctx, call{op: op, safety: repeatable, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.ListClassifierJobs(ctx, &p)
	}})
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.ListClassifierJobsResponse).GetJSON200)
}

// ClassifierJobs iterates over the v1 jobs, following next_page_token from
// page to page. A failed request is yielded once as the error and ends the
// iteration; breaking out of the loop sends no further request.
func (c *Client) ClassifierJobs(ctx context.Context, params *gen.ListClassifierJobsParams, opts ...CallOption) iter.Seq2[gen.ClassifyJob, error] {
	var p gen.ListClassifierJobsParams
	if params != nil {
		p = *params
	}
	return paginate(p.PageToken, func(token *string) ([]gen.ClassifyJob, *string, error) {
		q := p
		q.PageToken = token
		page, err := c.ListClassifierJobs(ctx, &q, opts...)
		if err != nil {
			return nil, nil, err
		}
		return page.Items, page.NextPageToken, nil
	})
}

// ClassifierFileID turns the id of an uploaded file ("dfl-<uuid>", as
// UploadFile returns it) into the UUID a v1 create takes in FileIds.
func ClassifierFileID(id string) (openapi_types.UUID, error) {
	var u openapi_types.UUID
	if err := u.UnmarshalText([]byte(strings.TrimPrefix(strings.TrimSpace(id), "dfl-"))); err != nil {
		return u, fmt.Errorf("llamaclassify: file id %q: want dfl-<uuid> or a UUID", id)
	}
	return u, nil
}

func classifierJobID(op, s string) (openapi_types.UUID, error) {
	var u openapi_types.UUID
	if err := u.UnmarshalText([]byte(strings.TrimSpace(s))); err != nil {
		return u, &RequestInvalidError{Operation: op, Violations: []violation{{
			Path: "path.classify_job_id", Message: fmt.Sprintf("%q is not a UUID", s),
		}}}
	}
	return u, nil
}
