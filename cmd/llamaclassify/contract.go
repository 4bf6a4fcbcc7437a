package main

import (
	"bytes"
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/spf13/cobra"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// contractSample is the document contract check uploads and classifies.
//
//go:embed contract_sample.txt
var contractSample []byte

// contractRules classify contractSample.
var contractRules = []gen.ClassifierRule{
	{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
	{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
}

// contractStepTimeout bounds each check, waits included.
const contractStepTimeout = 60 * time.Second

// checkResult is one line of the contract report.
type checkResult struct {
	// Check says what was tried, e.g. "get an unknown job".
	Check string `json:"check"`
	// Operation is the contract's operationId of the request.
	Operation string `json:"operation"`
	Method    string `json:"method,omitempty"`
	Path      string `json:"path,omitempty"`
	// Status is the HTTP status of the answer (0: no answer).
	Status int `json:"status"`
	// Expected lists the statuses the check wanted.
	Expected []int `json:"expected"`
	// Requests counts the requests the check sent (waits poll).
	Requests int `json:"requests"`
	// Violations lists how the answers broke the contract or the check's
	// expectation; empty when all is well.
	Violations []string `json:"violations"`
	// Note explains a check that could not be made as intended.
	Note string `json:"note,omitempty"`
	// NotRun says that the check was not made: an earlier check it
	// depends on failed (and counts as the violation).
	NotRun bool `json:"not_run,omitempty"`

	// unanswered is the error of a last request that got no answer.
	unanswered error
}

func (a *app) contractCommand() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "contract",
		Short: "Check a server against the OpenAPI contract",
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "check",
		Short: "Drive every operation against a server and validate each answer against the contract",
		Long: `Drive every operation of the contract against a server: upload a sample
document, list files and get it with its download URL; create, get, list and
cancel v2 classify jobs; create, get, read the results of and list v1
classifier jobs; the error paths: 401 (no key, a wrong key), 404 (unknown
ids) and 422 (invalid bodies, sent as is); and last, delete the sample file.
Each answer is validated against the embedded openapi.yaml, an error status
the contract does not list against its default answer.

The server is the one --base-url / --api-key name; with neither, the built-in
emulator. Exit code 0 when there is no violation, 3 when there are, and 1
when the server cannot be checked: its first request gets no answer, or the
key is refused.`,
		Example: `  llamaclassify contract check
  llamaclassify contract check --base-url http://127.0.0.1:8080 --format table
  LLAMA_CLOUD_API_KEY=llx-... llamaclassify contract check`,
		Args: noArgs,
		RunE: a.runContractCheck,
	})
	return cmd
}

func (a *app) runContractCheck(cmd *cobra.Command, _ []string) error {
	validator, err := a.contract()
	if err != nil {
		return err
	}
	t, err := a.resolveTarget()
	if err != nil {
		return err
	}
	if t.local {
		// A required key lets the 401 path of a wrong key be checked too.
		t.key = "contract-" + rand.Text()
		// The check's files and jobs are its own: they stay out of the
		// state the other commands keep.
		run, err := a.startLocal(false, emulator.WithRequiredKey(t.key))
		if err != nil {
			return err
		}
		t.baseURL = run.URL
	}
	a.secret = t.key
	// The recorder keeps every answer for the report; contract validation
	// in the client makes a call stop at the first answer that breaks the
	// contract, so that a wait cannot spin on a malformed job.
	rec := &recorder{next: http.DefaultTransport}
	if tr, ok := http.DefaultTransport.(*http.Transport); ok {
		// As the client's own transport does: a server under check that
		// never answers fails its checks rather than holding the run.
		tr = tr.Clone()
		tr.ResponseHeaderTimeout = client.DefaultResponseTimeout
		rec.next = tr
	}
	via := []client.Option{client.WithHTTPClient(&http.Client{Transport: rec}), client.WithContractValidation(true)}
	c, err := a.newClient(t, via...)
	if err != nil {
		return err
	}
	wrong, err := a.newClient(target{baseURL: t.baseURL, key: "wrong-" + rand.Text()}, via...)
	if err != nil {
		return err
	}
	cc := &contractRun{app: a, v: validator, rec: rec, c: c, wrong: wrong, base: c.BaseURL()}
	results, err := cc.run(cmd.Context())
	if err != nil {
		return err
	}

	if err := a.printReport(results); err != nil {
		return err
	}
	bad, notRun := 0, 0
	for _, r := range results {
		switch {
		case len(r.Violations) > 0:
			bad++
		case r.NotRun:
			notRun++
		}
	}
	if err := cmd.Context().Err(); err != nil {
		return err
	}
	if bad > 0 {
		msg := fmt.Sprintf("contract check: %d of %d checks found violations against %s", bad, len(results), cc.base)
		if notRun > 0 {
			msg += fmt.Sprintf("; %d not run, as a check they depend on failed", notRun)
		}
		return &failedError{msg: msg}
	}
	fmt.Fprintf(a.stderr, "contract check: %d checks, no violations against %s\n", len(results), cc.base)
	return nil
}

// contractRun holds the state of one contract check.
type contractRun struct {
	app   *app
	v     *openapi.Validator
	rec   *recorder
	c     *client.Client
	wrong *client.Client
	base  string

	results []checkResult
}

// step runs one check: fn sends requests through the recorder; every
// answer is validated, and the last one must have a status in expected.
// A check whose prerequisite failed is reported as such, not run.
func (r *contractRun) step(ctx context.Context, check, operation string, expected []int, fn func(ctx context.Context) error) bool {
	res := checkResult{Check: check, Operation: operation, Expected: expected, Violations: []string{}}
	if fn == nil {
		res.Note = "not run: an earlier check it depends on failed"
		res.NotRun = true
		r.results = append(r.results, res)
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, contractStepTimeout)
	defer cancel()
	r.rec.take()
	callErr := fn(ctx)
	exchanges := r.rec.take()
	res.Requests = len(exchanges)
	for _, ex := range exchanges {
		if ex.err != nil {
			continue
		}
		vs, err := r.v.ValidateResponse(ctx, ex.req, ex.status, ex.header, ex.body)
		if err != nil {
			res.Violations = append(res.Violations, fmt.Sprintf("%s %s: %v", ex.req.Method, ex.req.URL.Path, err))
			continue
		}
		for _, v := range vs {
			res.Violations = append(res.Violations, fmt.Sprintf("%d answer to %s %s: %s", ex.status, ex.req.Method, ex.req.URL.Path, v))
		}
	}
	if n := len(exchanges); n > 0 {
		last := exchanges[n-1]
		res.Method, res.Path = last.req.Method, last.req.URL.Path
		if last.err != nil {
			res.unanswered = last.err
			res.Violations = append(res.Violations, "no answer: "+r.app.redact(last.err.Error()))
		} else {
			res.Status = last.status
			if !slices.Contains(expected, last.status) {
				v := fmt.Sprintf("expected status %s, got %d", joinInts(expected), last.status)
				// The server's own words say why (a limit of its own, a
				// refusal), which the status alone does not.
				var body struct {
					Detail string `json:"detail"`
				}
				if json.Unmarshal(last.body, &body) == nil && body.Detail != "" {
					v += ": " + r.app.redact(oneLine(body.Detail))
				}
				res.Violations = append(res.Violations, v)
			}
		}
	}
	var apiErr *client.APIError
	var contractErr *openapi.ContractError
	switch {
	case callErr == nil, errors.As(callErr, &apiErr), errors.As(callErr, &contractErr):
		// The status and the body were checked above.
	case len(exchanges) == 0:
		res.Violations = append(res.Violations, "not sent: "+r.app.redact(callErr.Error()))
	case !errors.Is(callErr, errNoteOnly):
		res.Violations = append(res.Violations, r.app.redact(strings.TrimPrefix(callErr.Error(), "llamaclassify: ")))
	}
	var note *noteError
	if errors.As(callErr, &note) {
		res.Note = note.msg
	}
	r.results = append(r.results, res)
	return len(res.Violations) == 0
}

// errNoteOnly marks a step error that only explains the result.
var errNoteOnly = errors.New("note")

type noteError struct{ msg string }

func (e *noteError) Error() string { return e.msg }
func (e *noteError) Unwrap() error { return errNoteOnly }

func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = fmt.Sprint(n)
	}
	return strings.Join(parts, " or ")
}

// run drives every operation in an order where each check has what it
// needs from the ones before it. When the first request gets no answer,
// or its key is refused, nothing can be checked: run says so as its error
// instead of reporting the server's conformant 401 (or its silence) as
// violations of every check.
func (r *contractRun) run(ctx context.Context) ([]checkResult, error) {
	var (
		file      *gen.FileV2
		job       *gen.ClassifyV2JobResponse
		v1Job     *gen.ClassifyJob
		ok        = []int{http.StatusOK}
		created   = []int{http.StatusCreated}
		needsFile = func(fn func(context.Context) error) func(context.Context) error {
			if file == nil {
				return nil
			}
			return fn
		}
	)

	r.step(ctx, "upload a sample document", "UploadFile", created, func(ctx context.Context) error {
		f, err := r.c.UploadFile(ctx, client.Upload{
			Name:    "contract-sample-invoice.txt",
			Open:    func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(contractSample)), nil },
			Purpose: client.PurposeClassify,
		})
		file = f
		return err
	})
	if err := r.cannotCheck(ctx, r.results[0]); err != nil {
		return nil, err
	}
	r.step(ctx, "list files", "ListFiles", ok, func(ctx context.Context) error {
		_, err := r.c.ListFiles(ctx, &gen.ListFilesParams{})
		return err
	})
	r.step(ctx, "get the file with its download URL", "GetFile", ok, needsFile(func(ctx context.Context) error {
		_, err := r.c.GetFile(ctx, file.Id, &gen.GetFileParams{Expand: &[]string{"download_url"}})
		return err
	}))

	r.step(ctx, "create a v2 classify job", "CreateClassifyJob", ok, needsFile(func(ctx context.Context) error {
		j, err := r.c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{
			FileInput:     &file.Id,
			Configuration: &gen.ClassifyV2Configuration{Rules: contractRules},
		})
		job = j
		return err
	}))
	needsJob := func(fn func(context.Context) error) func(context.Context) error {
		if job == nil {
			return nil
		}
		return fn
	}
	r.step(ctx, "get the v2 job", "GetClassifyJob", ok, needsJob(func(ctx context.Context) error {
		_, err := r.c.GetJob(ctx, job.Id)
		return err
	}))
	r.step(ctx, "list v2 jobs by id", "ListClassifyJobs", ok, needsJob(func(ctx context.Context) error {
		_, err := r.c.ListJobs(ctx, &gen.ListClassifyJobsParams{JobIds: &[]string{job.Id}})
		return err
	}))
	r.step(ctx, "wait for the v2 job and read its result", "GetClassifyJob", ok, needsJob(func(ctx context.Context) error {
		_, err := r.c.WaitJob(ctx, job.Id, client.WithMinDelay(100*time.Millisecond), client.WithMaxDelay(time.Second))
		return err
	}))
	// A job that has ended is refused (409); one still running is
	// cancelled (200). Either answer must follow the contract.
	r.step(ctx, "cancel a v2 job", "CancelClassifyJob", []int{http.StatusOK, http.StatusConflict}, needsFile(func(ctx context.Context) error {
		j, err := r.c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{
			FileInput:     &file.Id,
			Configuration: &gen.ClassifyV2Configuration{Rules: contractRules},
		})
		if err != nil {
			return err
		}
		_, err = r.c.CancelJob(ctx, j.Id)
		return err
	}))

	r.step(ctx, "create a v1 classifier job", "CreateClassifierJob", ok, needsFile(func(ctx context.Context) error {
		id, err := client.ClassifierFileID(file.Id)
		if err != nil {
			return err
		}
		j, err := r.c.CreateClassifierJob(ctx, gen.ClassifyJobCreate{FileIds: []gen.ClassifyJobId{id}, Rules: contractRules})
		v1Job = j
		return err
	}))
	needsV1 := func(fn func(context.Context) error) func(context.Context) error {
		if v1Job == nil {
			return nil
		}
		return fn
	}
	r.step(ctx, "get the v1 job", "GetClassifierJob", ok, needsV1(func(ctx context.Context) error {
		_, err := r.c.GetClassifierJob(ctx, v1Job.Id.String())
		return err
	}))
	r.step(ctx, "wait for the v1 job and read its results", "GetClassifierJobResults", ok, needsV1(func(ctx context.Context) error {
		_, err := r.c.WaitClassifierJob(ctx, v1Job.Id.String(), client.WithMinDelay(100*time.Millisecond), client.WithMaxDelay(time.Second))
		if err != nil && !jobEnded(err) {
			return err
		}
		_, err = r.c.GetClassifierJobResults(ctx, v1Job.Id.String())
		return err
	}))
	r.step(ctx, "list v1 jobs", "ListClassifierJobs", ok, func(ctx context.Context) error {
		_, err := r.c.ListClassifierJobs(ctx, &gen.ListClassifierJobsParams{})
		return err
	})

	r.step(ctx, "list v2 jobs without a key", "ListClassifyJobs", []int{http.StatusUnauthorized}, func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.base+"/api/v2/classify", nil)
		if err != nil {
			return err
		}
		resp, err := (&http.Client{Transport: r.rec}).Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	})
	wrongKeyStatuses := []int{http.StatusUnauthorized}
	r.step(ctx, "list v2 jobs with a wrong key", "ListClassifyJobs", wrongKeyStatuses, func(ctx context.Context) error {
		_, err := r.wrong.ListJobs(ctx, &gen.ListClassifyJobsParams{})
		if err == nil {
			return &noteError{msg: "the server accepted an arbitrary key, as an emulator run without --require-key does"}
		}
		return err
	})
	// An emulator without a required key accepts any key: that is how it
	// is meant to run, so it is a note, not a violation.
	if last := &r.results[len(r.results)-1]; last.Note != "" && last.Status == http.StatusOK {
		last.Violations = slices.DeleteFunc(last.Violations, func(v string) bool { return strings.HasPrefix(v, "expected status") })
	}

	r.step(ctx, "get an unknown v2 job", "GetClassifyJob", []int{http.StatusNotFound}, func(ctx context.Context) error {
		_, err := r.c.GetJob(ctx, "cls-"+uuid.NewString())
		return err
	})
	r.step(ctx, "get an unknown v1 job", "GetClassifierJob", []int{http.StatusNotFound}, func(ctx context.Context) error {
		_, err := r.c.GetClassifierJob(ctx, uuid.NewString())
		return err
	})
	r.step(ctx, "get an unknown file", "GetFile", []int{http.StatusNotFound}, func(ctx context.Context) error {
		_, err := r.c.GetFile(ctx, uuid.NewString(), nil)
		return err
	})
	r.step(ctx, "create a v2 job with no document and no configuration, sent as is", "CreateClassifyJob", []int{http.StatusUnprocessableEntity}, func(ctx context.Context) error {
		_, err := r.c.Generated().CreateClassifyJobWithBodyWithResponse(ctx, &gen.CreateClassifyJobParams{}, "application/json", strings.NewReader(`{}`))
		return err
	})
	r.step(ctx, "create a v2 job with an invalid body, sent as is", "CreateClassifyJob", []int{http.StatusUnprocessableEntity}, func(ctx context.Context) error {
		// A description shorter than 10 characters: the client would refuse
		// to send it, so the generated client sends it raw.
		body := `{"file_input":"dfl-00000000-0000-4000-8000-000000000000","configuration":{"rules":[{"type":"invoice","description":"short"}]}}`
		_, err := r.c.Generated().CreateClassifyJobWithBodyWithResponse(ctx, &gen.CreateClassifyJobParams{}, "application/json", strings.NewReader(body))
		return err
	})
	r.step(ctx, "delete the sample file", "DeleteFile", []int{http.StatusNoContent}, needsFile(func(ctx context.Context) error {
		return r.c.DeleteFile(ctx, file.Id)
	}))
	return r.results, nil
}

// cannotCheck returns why the server cannot be checked, judging by the
// result of its first check, or nil when it can.
func (r *contractRun) cannotCheck(ctx context.Context, first checkResult) error {
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case first.Status == http.StatusUnauthorized:
		return fmt.Errorf("contract check: the server at %s refused the key (401); give the key it accepts with --api-key or LLAMA_CLOUD_API_KEY; nothing was checked", r.base)
	case first.Status == http.StatusForbidden:
		return fmt.Errorf("contract check: the server at %s refused to let the key act here (403); check --project-id and --organization-id, and the key's permissions; nothing was checked", r.base)
	case first.Status == 0 && first.unanswered != nil:
		return fmt.Errorf("contract check: cannot reach the server at %s: %s; nothing was checked", r.base, r.app.redact(first.unanswered.Error()))
	}
	return nil
}

// printReport writes the report: a table of check, operation, status and
// result, or the results as data in the other formats.
func (a *app) printReport(results []checkResult) error {
	p := a.printer()
	if p.effectiveFormat() != "table" || p.transform != "" {
		return p.print(results, nil)
	}
	t := table{headers: []string{"CHECK", "OPERATION", "STATUS", "RESULT"}, kinds: []colKind{plainCol, keyCol, plainCol, proseCol}}
	for _, r := range results {
		result := "ok"
		switch {
		case len(r.Violations) > 0:
			result = "VIOLATION: " + strings.Join(r.Violations, "; ")
		case r.NotRun:
			result = r.Note
		case r.Note != "":
			result = "ok (" + r.Note + ")"
		}
		status := labelNone
		if r.Status != 0 {
			status = fmt.Sprint(r.Status)
		}
		t.rows = append(t.rows, []string{r.Check, r.Operation, status, oneLine(result)})
	}
	return t.render(a.stdout, p.width)
}

// redact removes the key in use from a message, as the client does.
func (a *app) redact(s string) string { return client.Redact(s, a.secret) }

// exchange is one request as sent and the answer as received.
type exchange struct {
	req    *http.Request
	status int
	header http.Header
	body   []byte
	err    error
}

// recorder is a transport that keeps every exchange, with the answer's
// body read and put back, so each can be validated after the call.
type recorder struct {
	next http.RoundTripper
	mu   sync.Mutex
	log  []exchange
}

// RoundTrip sends req and records the exchange.
func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := r.next.RoundTrip(req)
	ex := exchange{req: req, err: err}
	if err == nil {
		body, readErr := io.ReadAll(io.LimitReader(resp.Body, openapi.MaxCheckedBody))
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(body))
		ex.status, ex.header, ex.body = resp.StatusCode, resp.Header.Clone(), body
		if readErr != nil {
			ex.err = readErr
		}
	}
	r.mu.Lock()
	r.log = append(r.log, ex)
	r.mu.Unlock()
	return resp, err
}

// take returns the exchanges recorded since the last take.
func (r *recorder) take() []exchange {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.log
	r.log = nil
	return out
}
