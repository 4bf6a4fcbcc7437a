package client

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// fuzzKey is the API key of the fuzzed client; a body that echoes it must
// not carry it into an error.
const fuzzKey = "llx-fuzz-secret-7f3a9c"

// cannedTransport answers every request with the same response, built
// afresh each time from the fuzzer's input.
type cannedTransport struct {
	status      int
	contentType string
	retryAfter  string
	body        []byte
}

func (c cannedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		// Let an upload's writer finish, as a server reading the body would.
		io.Copy(io.Discard, req.Body)
		req.Body.Close()
	}
	h := http.Header{}
	if c.contentType != "" {
		h.Set("Content-Type", c.contentType)
	}
	if c.retryAfter != "" {
		h.Set("Retry-After", c.retryAfter)
		h.Set("Retry-After-Ms", c.retryAfter)
	}
	return &http.Response{
		StatusCode:    c.status,
		Status:        fmt.Sprintf("%d %s", c.status, http.StatusText(c.status)),
		Header:        h,
		Body:          io.NopCloser(bytes.NewReader(c.body)),
		ContentLength: int64(len(c.body)),
		Request:       req,
		Proto:         "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
	}, nil
}

// FuzzResponseHandling answers every operation of the client with an
// arbitrary status, content type, Retry-After and body, with and without
// contract validation. The client may fail but never panic; it returns a
// value or an error, never both nor neither; an unsuccessful status is an
// *APIError carrying that status (or, with validation on, an
// *openapi.ContractError); a body that is not one JSON value (such as a
// value followed by more) is never returned as a value; and no error
// repeats the API key.
//
//	go test -run '^$' -fuzz '^FuzzResponseHandling$' -fuzztime 60s ./client/
func FuzzResponseHandling(f *testing.F) {
	job := `{"configuration":{"rules":[{"description":"contains invoice number, line items, and total amount","type":"invoice"}]},"document_input_type":"file_id","file_input":"dfl-1","id":"cls-1","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","result":{"confidence":0.9,"reasoning":"r","type":"invoice"},"status":"COMPLETED","user_id":"u"}`
	v1job := `{"id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","rules":[],"status":"SUCCESS","user_id":"u"}`
	for _, c := range []struct {
		status             int
		contentType, after string
		body               string
		contract           bool
	}{
		{200, "application/json", "", job, false},
		{200, "application/json", "", job, true},
		{201, "application/json", "", `{"id":"dfl-1","name":"a.txt","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"}`, true},
		{200, "application/json", "", `{"items":[` + job + `],"next_page_token":"p2"}`, false},
		{200, "application/json", "", `{"items":[` + v1job + `],"next_page_token":null,"total_size":1}`, true},
		{200, "application/json", "", v1job, false},
		{200, "text/plain", "", job, false},
		{200, "application/json", "", `{"id":`, false},
		{404, "application/json", "", `{"detail":"Not Found"}`, false},
		{422, "application/json", "", `{"detail":[{"loc":["body","configuration","rules",0,"type"],"msg":"Field required","type":"missing"}]}`, true},
		{422, "application/json", "", `{"detail":[{"loc":[1.5,"x",null,{}],"msg":3}]}`, false},
		{429, "application/json", "2", `{"detail":"slow down"}`, false},
		{503, "text/html", "Wed, 21 Oct 2015 07:28:00 GMT", `<html>` + fuzzKey + `</html>`, false},
		{500, "application/json", "-1", `{"detail":"key ` + fuzzKey + ` rejected"}`, true},
		{302, "", "99999999999999999999", ``, false},
		{101, "application/json", "", `{}`, false},
		{204, "application/json", "", ``, true},
		{200, "application/json", "", job + ` x`, false},
		{200, "application/json", "", job + job, true},
		{201, "application/json", "", `{"id":"dfl-1","name":"a.txt","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"}{}`, false},
	} {
		f.Add(c.status, c.contentType, c.after, []byte(c.body), c.contract)
	}
	f.Fuzz(func(t *testing.T, status int, contentType, retryAfter string, body []byte, contract bool) {
		// Any int to a status in [100, 599]; the seeds keep theirs.
		status = 100 + ((status-100)%500+500)%500
		c, err := New(
			WithAPIKey(fuzzKey),
			WithBaseURL("http://127.0.0.1:1"),
			WithHTTPClient(&http.Client{Transport: cannedTransport{status, contentType, retryAfter, body}}),
			WithRetryPolicy(RetryPolicy{MaxAttempts: 1}),
			WithContractValidation(contract),
		)
		if err != nil {
			t.Fatal(err)
		}
		ctx := testContext(t)
		check := func(op string, got any, err error) {
			t.Helper()
			if (err == nil) == (got == nil) {
				t.Fatalf("%s answered %d: value %v and error %v", op, status, got, err)
			}
			if err == nil {
				if status < 200 || status > 299 {
					t.Fatalf("%s: status %d is success?", op, status)
				}
				if !json.Valid(body) {
					t.Fatalf("%s: returned a value decoded from %q, which is not one JSON value", op, body)
				}
				return
			}
			msg := err.Error()
			if strings.Contains(msg, fuzzKey) {
				t.Fatalf("%s: the error repeats the key: %s", op, msg)
			}
			if status >= 200 && status <= 299 {
				return
			}
			if apiErr, ok := errorsAs[*APIError](err); ok {
				if apiErr.StatusCode != status || len(apiErr.Body) > maxErrorBody || strings.Contains(apiErr.Body+apiErr.Message, fuzzKey) {
					t.Fatalf("%s: bad APIError for %d: %+v", op, status, apiErr)
				}
				for _, d := range apiErr.Details {
					_ = d.String()
				}
				return
			}
			if _, ok := errorsAs[*openapi.ContractError](err); ok && contract {
				return
			}
			t.Fatalf("%s: status %d gave %T: %v", op, status, err, err)
		}

		r1, err := c.GetJob(ctx, "cls-1")
		check("GetJob", nilIfNil(r1), err)
		r2, err := c.ListJobs(ctx, nil)
		check("ListJobs", nilIfNil(r2), err)
		r3, err := c.CancelJob(ctx, "cls-1")
		check("CancelJob", nilIfNil(r3), err)
		fileInput := "dfl-1"
		r4, err := c.CreateJob(ctx, gen.ClassifyV2JobCreateRequest{FileInput: &fileInput, Configuration: &gen.ClassifyV2Configuration{Rules: []gen.ClassifierRule{{Type: "invoice", Description: "contains invoice number"}}}})
		check("CreateJob", nilIfNil(r4), err)
		r5, err := c.GetClassifierJob(ctx, "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
		check("GetClassifierJob", nilIfNil(r5), err)
		r6, err := c.ListClassifierJobs(ctx, nil)
		check("ListClassifierJobs", nilIfNil(r6), err)
		r7, err := c.GetClassifierJobResults(ctx, "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
		check("GetClassifierJobResults", nilIfNil(r7), err)
		r8, err := c.ListFiles(ctx, nil)
		check("ListFiles", nilIfNil(r8), err)
		r9, err := c.UploadFile(ctx, Upload{Name: "a.txt", Open: func() (io.ReadCloser, error) {
			return io.NopCloser(strings.NewReader("Invoice number 7")), nil
		}})
		check("UploadFile", nilIfNil(r9), err)

		// The iterator follows the same page again and again here: it must
		// stop on the repeated token, after a bounded number of pages.
		n := 0
		for _, err := range c.Jobs(ctx, nil) {
			if n++; n > 1000 {
				t.Fatal("Jobs did not stop")
			}
			if err != nil && strings.Contains(err.Error(), fuzzKey) {
				t.Fatalf("Jobs: the error repeats the key: %v", err)
			}
		}
	})
}

// nilIfNil turns a typed nil pointer into an untyped nil, so that check can
// tell a value from its absence.
func nilIfNil[T any](p *T) any {
	if p == nil {
		return nil
	}
	return p
}

// FuzzCheckV2Create feeds arbitrary target_pages and rules to the check a v2
// create passes before anything is sent. It must not panic; target_pages
// is reported exactly when the page-range parser refuses it; and every
// refusal is a *RequestInvalidError naming the fields at fault.
//
//	go test -run '^$' -fuzz '^FuzzCheckV2Create$' -fuzztime 60s ./client/
func FuzzCheckV2Create(f *testing.F) {
	for _, c := range []struct{ pages, typ, desc string }{
		{"1,3,5-7", "invoice", "contains invoice number, line items, and total amount"},
		{"", "invoice", "contains invoice number"},
		{"3-1", "", "short"},
		{"0", "x", strings.Repeat("d", 501)},
		{" 2 - 4 ", strings.Repeat("t", 51), "contains invoice number"},
		{"1,,2", "a", "0123456789"},
		{"99999999999999999999", "a", "0123456789"},
		{"1-", "\xff", "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6"},
		// White space other than spaces: the contract's pattern refuses it,
		// and the parser once accepted it.
		{"1\f", "0", "0"},
		{"\t2 - 3\n", "invoice", "contains invoice number"},
	} {
		f.Add(c.pages, c.typ, c.desc)
	}
	f.Fuzz(func(t *testing.T, targetPages, typ, desc string) {
		fileInput := "dfl-1"
		req := gen.ClassifyV2JobCreateRequest{
			FileInput: &fileInput,
			Configuration: &gen.ClassifyV2Configuration{
				Rules:                []gen.ClassifierRule{{Type: typ, Description: desc}},
				ParsingConfiguration: &gen.ClassifyV2ParsingConfiguration{TargetPages: &targetPages},
			},
		}
		err := checkV2Create(req)
		_, parseErr := pages.Parse(targetPages)
		if err == nil {
			if parseErr != nil {
				t.Fatalf("target_pages %q passed the check, but Parse refuses it: %v", targetPages, parseErr)
			}
			return
		}
		var invalid *RequestInvalidError
		if !errors.As(err, &invalid) || len(invalid.Violations) == 0 {
			t.Fatalf("check failed with %T %v, want a *RequestInvalidError", err, err)
		}
		flagged := false
		for _, v := range invalid.Violations {
			if v.Path == "" {
				t.Fatalf("violation without a path: %v", err)
			}
			if v.Path == "configuration.parsing_configuration.target_pages" {
				flagged = true
			}
		}
		if flagged != (parseErr != nil) {
			t.Fatalf("target_pages %q: flagged %v, but Parse says %v (%v)", targetPages, flagged, parseErr, err)
		}
	})
}
