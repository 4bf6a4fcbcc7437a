package openapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// responseKind is one response body type of the contract, with a request
// and status whose answer has that type, and the generated parser that
// clients built on gen decode that answer with.
type responseKind struct {
	name   string
	method string
	path   string
	status int
	new    func() any
	parse  func(*http.Response) error
}

// parser drops the value of a generated Parse function, keeping its error.
func parser[R any](parse func(*http.Response) (R, error)) func(*http.Response) error {
	return func(resp *http.Response) error {
		_, err := parse(resp)
		return err
	}
}

var responseKinds = []responseKind{
	{"ClassifyV2JobResponse", http.MethodGet, "/api/v2/classify/cls-1", 200, func() any { return new(gen.ClassifyV2JobResponse) }, parser(gen.ParseGetClassifyJobResponse)},
	{"ClassifyV2JobQueryResponse", http.MethodGet, "/api/v2/classify", 200, func() any { return new(gen.ClassifyV2JobQueryResponse) }, parser(gen.ParseListClassifyJobsResponse)},
	{"ClassifyJob", http.MethodGet, "/api/v1/classifier/jobs/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", 200, func() any { return new(gen.ClassifyJob) }, parser(gen.ParseGetClassifierJobResponse)},
	{"ClassifyJobList", http.MethodGet, "/api/v1/classifier/jobs", 200, func() any { return new(gen.ClassifyJobList) }, parser(gen.ParseListClassifierJobsResponse)},
	{"ClassifyJobResults", http.MethodGet, "/api/v1/classifier/jobs/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e/results", 200, func() any { return new(gen.ClassifyJobResults) }, parser(gen.ParseGetClassifierJobResultsResponse)},
	{"FileV2", http.MethodPost, "/api/v1/beta/files", 201, func() any { return new(gen.FileV2) }, parser(gen.ParseUploadFileResponse)},
	{"FileQueryResponse", http.MethodGet, "/api/v1/beta/files", 200, func() any { return new(gen.FileQueryResponse) }, parser(gen.ParseListFilesResponse)},
	{"HTTPError", http.MethodGet, "/api/v2/classify/cls-1", 404, func() any { return new(gen.HTTPError) }, parser(gen.ParseGetClassifyJobResponse)},
	{"HTTPValidationError", http.MethodPost, "/api/v2/classify", 422, func() any { return new(gen.HTTPValidationError) }, parser(gen.ParseCreateClassifyJobResponse)},
}

// FuzzDecodeResponses decodes arbitrary bytes into every response type of
// package gen and checks them against the contract. Neither may panic; a
// value that decodes must encode again, and encode the same way after a
// second decode; and a body the contract accepts must decode into the
// generated type, or clients built on gen would reject valid answers.
//
// A body that is not one JSON value is refused twice: by the contract and
// by the generated parser the client decodes answers with. One value
// followed by more (`{"a":1} x`, `{}{}`) is refused by the contract with
// the one violation at "body" that TestTrailingDataAfterTheBodyIsAViolation
// expects. So that every run meets such bodies, not only those the fuzzer
// happens to write, each body the contract accepts is also checked followed
// by itself and by stray text.
//
//	go test -run '^$' -fuzz '^FuzzDecodeResponses$' -fuzztime 60s ./openapi/
func FuzzDecodeResponses(f *testing.F) {
	for _, s := range []string{
		`{"configuration":{"mode":"FAST","parsing_configuration":{"lang":"en","max_pages":10,"target_pages":"1,3,5-7"},"rules":[{"description":"contains invoice number, line items, and total amount","type":"invoice"}]},"created_at":"2019-12-27T18:11:19.117Z","document_input_type":"file_id","file_input":"dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","id":"cls-6f1c1e0e-3f0a-4d5e-9b1c-2d3e4f5a6b7c","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","result":{"confidence":0.92,"reasoning":"mentions 'invoice number'","type":"invoice"},"status":"COMPLETED","updated_at":"2019-12-27T18:11:20.117Z","user_id":"user_id"}`,
		`{"items":[{"configuration":{"rules":[]},"document_input_type":"file_id","file_input":"dfl-1","id":"cls-1","project_id":"p","status":"PENDING","user_id":"u","result":null}],"next_page_token":null,"total_size":1}`,
		`{"created_at":"2019-12-27T18:11:19.117Z","id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","mode":"FAST","parsing_configuration":{"lang":"en","max_pages":5,"target_pages":[0]},"project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","rules":[{"description":"contains invoice number, line items, and total amount","type":"invoice"}],"status":"PENDING","user_id":"user_id"}`,
		`{"items":[{"id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","classify_job_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","file_id":null,"result":{"confidence":1,"reasoning":"r","type":null}}]}`,
		`{"id":"dfl-1","name":"a.pdf","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","external_file_id":"x","file_type":"pdf","purpose":"classify","last_modified_at":"2019-12-27T18:11:19Z","expires_at":null}`,
		`{"items":[],"next_page_token":"t","total_size":0}`,
		`{"detail":"Not Found"}`,
		`{"detail":[{"loc":["body","configuration","rules",0,"type"],"msg":"Field required","type":"missing","input":{},"ctx":{"a":1}}]}`,
		`{"detail":[{"loc":[1.5,true,null],"msg":7,"type":[]}]}`,
		`{"id":1e400}`, `{"created_at":"2019-13-45T99:00:00Z"}`, `{"total_size":1.0}`, `{"confidence":-0}`,
		`null`, `[]`, `""`, `{`, "\xff", `{"id":"\ud800"}`,
		`{"a":1} x`, `{}{}`, `{"items":[]} {"x":1}`, `{"detail":"Not Found"}0`, "{\"items\":[],\"next_page_token\":null,\"total_size\":0}\n\"more\"",
		"", " \n", "\u00a0",
	} {
		f.Add([]byte(s))
	}
	v, err := openapi.NewValidator()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, k := range responseKinds {
			into := k.new()
			decodeErr := json.Unmarshal(body, into)
			if decodeErr == nil {
				once, err := json.Marshal(into)
				if err != nil {
					t.Fatalf("%s decoded from %q does not encode: %v", k.name, body, err)
				}
				again := k.new()
				if err := json.Unmarshal(once, again); err != nil {
					t.Fatalf("%s: its own encoding %s does not decode: %v", k.name, once, err)
				}
				twice, err := json.Marshal(again)
				if err != nil || !bytes.Equal(once, twice) {
					t.Fatalf("%s: encoding is not stable:\n%s\n%s (%v)", k.name, once, twice, err)
				}
			}

			violations := validate(t, v, k, body)
			if len(violations) == 0 && decodeErr != nil && !formatGap(decodeErr) && canonicalKeys(body) {
				t.Fatalf("%s: the contract accepts %q, but it does not decode: %v", k.name, body, decodeErr)
			}
			if !json.Valid(body) {
				refusedTwice(t, v, k, body)
			} else if len(violations) == 0 {
				for _, more := range [][]byte{body, []byte(" x")} {
					refusedTwice(t, v, k, append(bytes.Clone(body), more...))
				}
			}
		}
	})
}

// validate checks body as k's answer against the contract.
func validate(t *testing.T, v *openapi.Validator, k responseKind, body []byte) []openapi.Violation {
	t.Helper()
	req := httptest.NewRequest(k.method, k.path, nil)
	header := http.Header{"Content-Type": {"application/json"}}
	violations, err := v.ValidateResponse(context.Background(), req, k.status, header, body)
	if err != nil {
		t.Fatalf("%s: %s %s is a route of the contract, yet: %v", k.name, k.method, k.path, err)
	}
	return violations
}

// trailingData reports whether body is one JSON value followed by more
// than white space.
func trailingData(body []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(body))
	var first json.RawMessage
	if dec.Decode(&first) != nil {
		return false
	}
	return len(bytes.Trim(body[dec.InputOffset():], " \t\r\n")) > 0
}

// refusedTwice fails t unless body, which is not one JSON value, is refused
// as k's answer both by the contract (with one violation at "body" when it
// is a value followed by more) and by the generated parser.
func refusedTwice(t *testing.T, v *openapi.Validator, k responseKind, body []byte) {
	t.Helper()
	violations := validate(t, v, k, body)
	if len(violations) == 0 {
		t.Fatalf("%s: %q is not one JSON value, yet the contract accepts it", k.name, body)
	}
	if trailingData(body) && (len(violations) != 1 || violations[0].Path != "body") {
		t.Fatalf("%s: %q has data after its value; the contract reports %v, want one violation at body", k.name, body, violations)
	}
	resp := &http.Response{
		StatusCode: k.status,
		Header:     http.Header{"Content-Type": {"application/json"}},
		Body:       io.NopCloser(bytes.NewReader(body)),
	}
	if err := k.parse(resp); err == nil {
		t.Fatalf("%s: %q is not one JSON value, yet the generated parser accepts it", k.name, body)
	}
}

// formatGap reports a decode error of a string format the validator checks
// more loosely than Go parses it: the "date-time" pattern admits dates such
// as February 31 and second 60, which time.Time refuses (recorded in
// BENCHMARKS.md).
func formatGap(err error) bool {
	var te *time.ParseError
	return errors.As(err, &te)
}

// canonicalKeys reports whether every object key in body is lower-case
// ASCII, as every name in the contract is. encoding/json matches names
// case-insensitively (with Unicode folding: "\u212a" is "k"), so a body
// whose keys merely resemble the contract's decodes in ways the contract
// does not describe.
func canonicalKeys(body []byte) bool {
	var v any
	if json.Unmarshal(body, &v) != nil {
		return false
	}
	var walk func(any) bool
	walk = func(v any) bool {
		switch t := v.(type) {
		case map[string]any:
			for k, e := range t {
				for _, r := range k {
					if r >= utf8.RuneSelf || unicode.IsUpper(r) {
						return false
					}
				}
				if !walk(e) {
					return false
				}
			}
		case []any:
			for _, e := range t {
				if !walk(e) {
					return false
				}
			}
		}
		return true
	}
	return walk(v)
}
