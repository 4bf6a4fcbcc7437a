package client

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"strings"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// CreateJob creates a v2 classify job for one document.
//
// req needs FileInput (an uploaded file id, "dfl-...", or a parse job id)
// and Configuration or ConfigurationId. It is checked against the contract
// (and target_pages against its syntax) before sending; a bad request fails
// with a *RequestInvalidError and nothing is sent.
//
// When req.TransactionId is empty a random one is set, and every retry of
// this call sends the same one, so the service creates at most one job: a
// create that repeats a transaction id returns the job first created with
// it.
//
// API: POST /api/v2/classify
func (c *Client) CreateJob(ctx context.Context, req gen.ClassifyV2JobCreateRequest, opts ...CallOption) (*gen.ClassifyV2JobResponse, error) {
	const op = "CreateClassifyJob"
	t, err := c.tenancy(op, tenancy{}, opts)
	if err != nil {
		return nil, err
	}
	if req.TransactionId == nil || *req.TransactionId == "" {
		id := newTransactionID()
		req.TransactionId = &id
	}
	if err := checkV2Create(req); err != nil {
		return nil, err
	}
	params := &gen.CreateClassifyJobParams{ProjectId: t.project, OrganizationId: t.org}
	resp, err := c.do(ctx, call{op: op, safety: repeatable, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.CreateClassifyJob(ctx, params, req)
	}})
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.CreateClassifyJobResponse).GetJSON200)
}

// GetJob returns a v2 job with its status and, once COMPLETED, its result.
//
// API: GET /api/v2/classify/{job_id}
func (c *Client) GetJob(ctx context.Context, jobID string, opts ...CallOption) (*gen.ClassifyV2JobResponse, error) {
	const op = "GetClassifyJob"
	t, err := c.tenancy(op, tenancy{}, opts)
	if err != nil {
		return nil, err
	}
	if err := checkJobID(op, jobID); err != nil {
		return nil, err
	}
	params := &gen.GetClassifyJobParams{ProjectId: t.project, OrganizationId: t.org}
	resp, err := c.do(ctx, call{op: op, safety: repeatable, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.GetClassifyJob(ctx, jobID, params)
	}})
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.GetClassifyJobResponse).GetJSON200)
}

// CancelJob cancels a v2 job that has not ended and returns it, CANCELLED.
// Cancelling a job that has ended fails with an error matching ErrConflict,
// except when an earlier attempt of this same call is what cancelled it: the
// cancelled job is then returned.
//
// API: POST /api/v2/classify/{job_id}/cancel
func (c *Client) CancelJob(ctx context.Context, jobID string, opts ...CallOption) (*gen.ClassifyV2JobResponse, error) {
	const op = "CancelClassifyJob"
	t, err := c.tenancy(op, tenancy{}, opts)
	if err != nil {
		return nil, err
	}
	if err := checkJobID(op, jobID); err != nil {
		return nil, err
	}
	params := &gen.CancelClassifyJobParams{ProjectId: t.project, OrganizationId: t.org}
	attempts := 0
	resp, err := c.do(ctx, call{op: op, safety: repeatable, attempts: &attempts, send: func(ctx context.Context) (*http.Response, error) {
		return c.gen.CancelClassifyJob(ctx, jobID, params)
	}})
	if err != nil {
		if attempts > 1 && errors.Is(err, ErrConflict) {
			if job, gerr := c.GetJob(ctx, jobID, opts...); gerr == nil && job.Status == gen.ClassifyV2JobStatusCANCELLED {
				return job, nil
			}
		}
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.CancelClassifyJobResponse).GetJSON200)
}

// ListJobs returns one page of v2 jobs, newest first. Set params.PageToken
// to the NextPageToken of the previous page for the next one, or use Jobs.
//
// API: GET /api/v2/classify
func (c *Client) ListJobs(ctx context.Context, params *gen.ListClassifyJobsParams, opts ...CallOption) (*gen.ClassifyV2JobQueryResponse, error) {
	const op = "ListClassifyJobs"
	var p gen.ListClassifyJobsParams
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
		return c.gen.ListClassifyJobs(ctx, &p)
	}})
	if err != nil {
		return nil, err
	}
	return decode(op, resp, http.StatusOK, (*gen.ListClassifyJobsResponse).GetJSON200)
}

// Jobs iterates over the v2 jobs params selects, following
// next_page_token from page to page. A failed request is yielded once as
// the error and ends the iteration; breaking out of the loop sends no
// further request.
func (c *Client) Jobs(ctx context.Context, params *gen.ListClassifyJobsParams, opts ...CallOption) iter.Seq2[gen.ClassifyV2JobResponse, error] {
	var p gen.ListClassifyJobsParams
	if params != nil {
		p = *params
	}
	return paginate(p.PageToken, func(token *string) ([]gen.ClassifyV2JobResponse, *string, error) {
		q := p
		q.PageToken = token
		page, err := c.ListJobs(ctx, &q, opts...)
		if err != nil {
			return nil, nil, err
		}
		return page.Items, page.NextPageToken, nil
	})
}

// sentKey returns the API key the request of resp carried.
func sentKey(resp *http.Response) string {
	if resp.Request == nil {
		return ""
	}
	return strings.TrimSpace(strings.TrimPrefix(resp.Request.Header.Get("Authorization"), "Bearer "))
}

// checkJobID refuses an empty job id, which would address another route.
func checkJobID(op, id string) error {
	if id == "" {
		return &RequestInvalidError{Operation: op, Violations: []violation{{Path: "path.job_id", Message: "required"}}}
	}
	return nil
}

// newTransactionID returns a random idempotency key for a v2 create.
func newTransactionID() string { return "txn-" + rand.Text() }

// decode turns the successful answer of op, which must have status want
// and a JSON body, into the value of that body, of the type the generated
// client gives that status (the type of field, a getter such as
// (*gen.GetClassifyJobResponse).GetJSON200, which is not called). The body
// is read once: the retry loop has read a repeatable call's already, and
// its bytes are decoded as they are.
func decode[R any, T any](op string, resp *http.Response, want int, field func(R) *T) (*T, error) {
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != want || !strings.Contains(ct, "json") {
		return nil, fmt.Errorf("llamaclassify: %s: unexpected answer %d with content type %q", op, resp.StatusCode, ct)
	}
	bb, ok := resp.Body.(*bufferedBody)
	if !ok {
		var err error
		if bb, err = readBuffered(resp.Body, resp.ContentLength); err != nil {
			return nil, fmt.Errorf("llamaclassify: %s: read response: %w", op, err)
		}
	}
	resp.Body = http.NoBody
	defer bb.release()
	v := new(T)
	if err := json.Unmarshal(bb.b, v); err != nil {
		// The decoder quotes what it could not read, perhaps the key a
		// server echoed: then only the redacted text is kept.
		if key := sentKey(resp); key != "" && strings.Contains(err.Error(), key) {
			return nil, fmt.Errorf("llamaclassify: %s: decode response: %s", op, redact(err.Error(), key))
		}
		return nil, fmt.Errorf("llamaclassify: %s: decode response: %w", op, err)
	}
	return v, nil
}
