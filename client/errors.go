package client

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// Sentinels for errors.Is. An *APIError matches the one of its status.
var (
	ErrUnauthorized = errors.New("llamaclassify: unauthorized (check the API key and its region)") // 401
	ErrForbidden    = errors.New("llamaclassify: forbidden")                                       // 403
	ErrNotFound     = errors.New("llamaclassify: not found")                                       // 404
	ErrConflict     = errors.New("llamaclassify: conflict")                                        // 409
	ErrRateLimited  = errors.New("llamaclassify: rate limited")                                    // 429
	ErrServerError  = errors.New("llamaclassify: server error")                                    // 5xx
)

// ErrNoAPIKey is returned by New when no key was given, LLAMA_CLOUD_API_KEY
// is unset or empty, and the server is reached over https (a plain http
// server is sent LocalKey instead).
var ErrNoAPIKey = errors.New("llamaclassify: no API key: set " + EnvAPIKey + " or use client.WithAPIKey")

// ErrInsecureURL is returned when the API key would be sent over plain
// http:// to a host that is not loopback; see WithInsecureHTTP.
var ErrInsecureURL = errors.New("llamaclassify: refusing to send the API key over plain HTTP to a non-loopback host")

// ErrJobCancelled is returned, wrapped, by the waiters when a job ends
// CANCELLED. The waiter also returns the job.
var ErrJobCancelled = errors.New("llamaclassify: job cancelled")

// ErrPartialSuccess is returned, wrapped, by WaitClassifierJob when a v1 job
// ends PARTIAL_SUCCESS: some files were classified and some were not. The
// job is returned with it; read the per-file outcome with
// GetClassifierJobResults.
var ErrPartialSuccess = errors.New("llamaclassify: job partially succeeded")

// maxErrorBody caps the response body kept in an APIError.
const maxErrorBody = 2 << 10

// APIError is an answer of the service other than success.
type APIError struct {
	// StatusCode is the HTTP status, e.g. 404.
	StatusCode int
	// Method and Path are those of the request ("GET", "/api/v2/classify/cls-1").
	Method, Path string
	// Message is the service's explanation (its "detail"), or the status
	// text when it gave none.
	Message string
	// RequestID is the X-Request-Id header of the answer, when present.
	RequestID string
	// Details are the parsed validation errors of a 422 answer.
	Details []ValidationDetail
	// RetryAfter is how long the service asked to wait (429, 503), or zero.
	RetryAfter time.Duration
	// Body is the start of the response body (at most 2 KiB).
	Body string
}

// ValidationDetail is one problem the service found in a request (422).
type ValidationDetail struct {
	// Loc locates the problem, from the request part ("body", "query")
	// down to the field: strings for names, ints for array indexes.
	Loc []any
	// Msg says what is wrong; Type is its machine-readable kind.
	Msg, Type string
}

// String renders the detail as "body.configuration.rules[0].type: msg".
func (d ValidationDetail) String() string {
	var b strings.Builder
	for _, l := range d.Loc {
		switch v := l.(type) {
		case int:
			fmt.Fprintf(&b, "[%d]", v)
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			fmt.Fprint(&b, v)
		}
	}
	if b.Len() == 0 {
		return d.Msg
	}
	return b.String() + ": " + d.Msg
}

// Error reads "llamaclassify: GET /api/v2/classify/x: 404 Not Found: message".
func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "llamaclassify: %s %s: %d %s", e.Method, e.Path, e.StatusCode, http.StatusText(e.StatusCode))
	if e.Message != "" && e.Message != http.StatusText(e.StatusCode) {
		b.WriteString(": " + e.Message)
	}
	if e.RequestID != "" {
		b.WriteString(" (request id " + e.RequestID + ")")
	}
	return b.String()
}

// Is matches the sentinel of the error's status: ErrUnauthorized,
// ErrForbidden, ErrNotFound, ErrConflict, ErrRateLimited or ErrServerError.
func (e *APIError) Is(target error) bool {
	switch target {
	case ErrUnauthorized:
		return e.StatusCode == http.StatusUnauthorized
	case ErrForbidden:
		return e.StatusCode == http.StatusForbidden
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrConflict:
		return e.StatusCode == http.StatusConflict
	case ErrRateLimited:
		return e.StatusCode == http.StatusTooManyRequests
	case ErrServerError:
		return e.StatusCode >= 500
	}
	return false
}

// newAPIError reads (and closes) the body of a failed response. secret is
// removed from everything kept, in case the server echoes it.
func newAPIError(resp *http.Response, now time.Time, secret string) *APIError {
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	e := &APIError{
		StatusCode: resp.StatusCode,
		RequestID:  resp.Header.Get("X-Request-Id"),
		// Redact before cutting, so that a key across the cut leaves no
		// part of itself behind.
		Body: truncate(redact(string(raw), secret), maxErrorBody),
	}
	if resp.Request != nil {
		e.Method, e.Path = resp.Request.Method, redact(resp.Request.URL.Path, secret)
	}
	e.RetryAfter, _ = retryAfter(resp.Header, now)
	e.Message, e.Details = parseDetail(raw)
	e.Message = redact(e.Message, secret)
	e.RequestID = redact(e.RequestID, secret)
	for i := range e.Details {
		d := &e.Details[i]
		d.Msg, d.Type = redact(d.Msg, secret), redact(d.Type, secret)
		for j, l := range d.Loc {
			if s, ok := l.(string); ok {
				d.Loc[j] = redact(s, secret)
			}
		}
	}
	if e.Message == "" {
		e.Message = http.StatusText(resp.StatusCode)
	}
	return e
}

// truncate cuts s to at most n bytes.
func truncate(s string, n int) string { return s[:min(len(s), n)] }

// parseDetail reads the service's error body: {"detail": "message"} or, for
// 422, {"detail": [{loc, msg, type}, ...]}.
func parseDetail(raw []byte) (string, []ValidationDetail) {
	var body struct {
		Detail json.RawMessage `json:"detail"`
	}
	if json.Unmarshal(raw, &body) != nil || len(body.Detail) == 0 {
		return "", nil
	}
	var msg string
	if json.Unmarshal(body.Detail, &msg) == nil {
		return msg, nil
	}
	var items []struct {
		Loc  []json.RawMessage `json:"loc"`
		Msg  string            `json:"msg"`
		Type string            `json:"type"`
	}
	if json.Unmarshal(body.Detail, &items) != nil {
		return "", nil
	}
	details := make([]ValidationDetail, len(items))
	parts := make([]string, len(items))
	for i, it := range items {
		d := ValidationDetail{Msg: it.Msg, Type: it.Type}
		for _, l := range it.Loc {
			if n, err := strconv.Atoi(string(bytes.TrimSpace(l))); err == nil {
				d.Loc = append(d.Loc, n)
				continue
			}
			var s string
			if json.Unmarshal(l, &s) == nil {
				d.Loc = append(d.Loc, s)
			}
		}
		details[i] = d
		parts[i] = d.String()
	}
	return strings.Join(parts, "; "), details
}

// RequestInvalidError reports a request that breaks the contract, found
// before sending: nothing was sent.
type RequestInvalidError struct {
	// Operation is the operationId, e.g. "CreateClassifyJob".
	Operation string
	// Violations lists every problem, each with its JSON path.
	Violations []openapi.Violation
}

// Error reads "llamaclassify: CreateClassifyJob: invalid request: configuration.rules[0].description:
// must be at least 10 characters long, not 9; ...".
func (e *RequestInvalidError) Error() string {
	parts := make([]string, len(e.Violations))
	for i, v := range e.Violations {
		parts[i] = v.String()
	}
	return "llamaclassify: " + e.Operation + ": invalid request: " + strings.Join(parts, "; ")
}

// JobFailedError is returned by WaitJob (and yielded by WaitJobs) when a v2
// job ends FAILED.
type JobFailedError struct {
	// Job is the failed job; Job.ErrorMessage says why, when the service
	// told.
	Job *gen.ClassifyV2JobResponse

	msg string // set by the waiters: Error with the key redacted
}

func newJobFailedError(job *gen.ClassifyV2JobResponse, secret string) *JobFailedError {
	e := &JobFailedError{Job: job}
	e.msg = redact(e.Error(), secret)
	return e
}

// Error names the job and the service's reason.
func (e *JobFailedError) Error() string {
	if e.msg != "" {
		return e.msg
	}
	msg := "llamaclassify: job " + e.Job.Id + " failed"
	if e.Job.ErrorMessage != nil && *e.Job.ErrorMessage != "" {
		msg += ": " + *e.Job.ErrorMessage
	}
	return msg
}

// ClassifierJobFailedError is returned by WaitClassifierJob when a v1 job
// ends ERROR.
type ClassifierJobFailedError struct {
	// Job is the failed job; Job.ErrorMessage says why, when the service
	// told.
	Job *gen.ClassifyJob

	msg string // set by the waiter: Error with the key redacted
}

func newClassifierJobFailedError(job *gen.ClassifyJob, secret string) *ClassifierJobFailedError {
	e := &ClassifierJobFailedError{Job: job}
	e.msg = redact(e.Error(), secret)
	return e
}

// Error names the job and the service's reason.
func (e *ClassifierJobFailedError) Error() string {
	if e.msg != "" {
		return e.msg
	}
	msg := "llamaclassify: classifier job " + e.Job.Id.String() + " failed"
	if e.Job.ErrorMessage != nil && *e.Job.ErrorMessage != "" {
		msg += ": " + *e.Job.ErrorMessage
	}
	return msg
}
