package openapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

func TestContractIsValid(t *testing.T) {
	doc, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("kin-openapi rejects the contract: %v", err)
	}
	if doc.OpenAPI != "3.0.3" {
		t.Errorf("openapi version = %q, want 3.0.3", doc.OpenAPI)
	}
}

// The twelve operations, with the operationIds the Go names are generated
// from. Each declares its success status, 422 as the service does, the 401,
// 404 and 429 the service is seen to answer, and a default for any other
// status; no other error status.
func TestContractOperations(t *testing.T) {
	want := map[string]string{
		"POST /api/v1/classifier/jobs":                          "CreateClassifierJob",
		"GET /api/v1/classifier/jobs":                           "ListClassifierJobs",
		"GET /api/v1/classifier/jobs/{classify_job_id}":         "GetClassifierJob",
		"GET /api/v1/classifier/jobs/{classify_job_id}/results": "GetClassifierJobResults",
		"POST /api/v2/classify":                                 "CreateClassifyJob",
		"GET /api/v2/classify":                                  "ListClassifyJobs",
		"GET /api/v2/classify/{job_id}":                         "GetClassifyJob",
		"POST /api/v2/classify/{job_id}/cancel":                 "CancelClassifyJob",
		"POST /api/v1/beta/files":                               "UploadFile",
		"GET /api/v1/beta/files":                                "ListFiles",
		"GET /api/v1/beta/files/{file_id}":                      "GetFile",
		"DELETE /api/v1/beta/files/{file_id}":                   "DeleteFile",
	}
	doc := openapi.MustLoad()
	got := map[string]string{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			got[method+" "+path] = op.OperationID
			errorStatuses := map[string]bool{"401": true, "404": true, "422": true, "429": true, "default": true}
			for status := range errorStatuses {
				if op.Responses.Value(status) == nil {
					t.Errorf("%s %s: no %s response", method, path, status)
				}
			}
			for status := range op.Responses.Map() {
				if status[0] != '2' && !errorStatuses[status] {
					t.Errorf("%s %s: declares %s, which the service is not known to answer", method, path, status)
				}
			}
			names := map[string]bool{}
			for _, p := range op.Parameters {
				names[p.Value.Name] = true
			}
			if !names["project_id"] || !names["organization_id"] {
				t.Errorf("%s %s: missing tenancy query parameters", method, path)
			}
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("operations:\n got %v\nwant %v", got, want)
	}
	if len(doc.Servers) != 2 {
		t.Errorf("servers = %d, want US and EU", len(doc.Servers))
	}
}

func TestParserLanguagesHasAll86Codes(t *testing.T) {
	enum := openapi.MustLoad().Components.Schemas["ParserLanguages"].Value.Enum
	if len(enum) != 86 {
		t.Fatalf("ParserLanguages has %d codes, want 86", len(enum))
	}
	for _, v := range enum {
		if _, ok := v.(string); !ok {
			t.Errorf("code %v is a %T, not a string (a bare `no` in YAML is a boolean)", v, v)
		}
	}
	if enum[25] != "no" {
		t.Errorf("code 26 = %v, want \"no\"", enum[25])
	}
}

// Every response example of the service's reference pages validates against
// its operation's response schema, and survives a decode into the generated
// type and an encode back without losing a field.
func TestSeedExamples(t *testing.T) {
	cases := []struct {
		op, method, path string
		into             any
	}{
		{"CreateClassifierJob", http.MethodPost, "/api/v1/classifier/jobs", &gen.ClassifyJob{}},
		{"ListClassifierJobs", http.MethodGet, "/api/v1/classifier/jobs", &gen.ClassifyJobList{}},
		{"GetClassifierJob", http.MethodGet, "/api/v1/classifier/jobs/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", &gen.ClassifyJob{}},
		{"GetClassifierJobResults", http.MethodGet, "/api/v1/classifier/jobs/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e/results", &gen.ClassifyJobResults{}},
		{"GetClassifyJob", http.MethodGet, "/api/v2/classify/job_id", &gen.ClassifyV2JobResponse{}},
	}
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.op, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", c.op+".json"))
			if err != nil {
				t.Fatal(err)
			}
			req := httptest.NewRequest(c.method, "https://api.cloud.llamaindex.ai"+c.path, nil)
			op, _, err := v.Operation(req)
			if err != nil || op != c.op {
				t.Fatalf("route = %q, %v; want %s", op, err, c.op)
			}
			header := http.Header{"Content-Type": {"application/json"}}
			violations, err := v.ValidateResponse(context.Background(), req, 200, header, body)
			if err != nil {
				t.Fatal(err)
			}
			if len(violations) > 0 {
				t.Fatalf("seed example breaks the contract: %v", violations)
			}
			if err := json.Unmarshal(body, c.into); err != nil {
				t.Fatalf("decode into %T: %v", c.into, err)
			}
			again, err := json.Marshal(c.into)
			if err != nil {
				t.Fatal(err)
			}
			assertSameJSON(t, body, again)
		})
	}
}

func assertSameJSON(t *testing.T, want, got []byte) {
	t.Helper()
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(w, g) {
		t.Errorf("round trip changed the document:\nwant %s\n got %s", canonical(w), canonical(g))
	}
}

func canonical(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	_ = enc.Encode(v)
	return b.String()
}

// Fields the service sends as null decode without error, both in the
// generated types and through the response validator.
func TestNullableFieldsAcceptNull(t *testing.T) {
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	v2 := `{"id":"cls-1","file_input":"dfl-1","project_id":"p","user_id":"u","status":"COMPLETED",
	  "document_input_type":"file_id","configuration":{"rules":[{"type":"invoice","description":"contains an invoice number"}],
	  "parsing_configuration":null},"result":{"type":null,"confidence":0.1,"reasoning":"no rule matched"},
	  "error_message":null,"configuration_id":null,"transaction_id":null,"parse_job_id":null,"created_at":null,"updated_at":null}`
	v2Nulls := `{"id":"cls-1","file_input":"dfl-1","project_id":"p","user_id":"u","status":"PENDING",
	  "document_input_type":"file_id","configuration":{"rules":[{"type":"invoice","description":"contains an invoice number"}]},"result":null}`
	v1Job := `{"id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","user_id":"u",
	  "rules":[{"type":"invoice","description":"contains an invoice number"}],"status":"ERROR","error_message":null,"job_record_id":null,"created_at":null,"updated_at":null,
	  "parsing_configuration":{"lang":"no","max_pages":null,"target_pages":null}}`
	v1Results := `{"items":[{"id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","classify_job_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
	  "file_id":null,"result":null}],"next_page_token":null,"total_size":null}`
	list := `{"items":[],"next_page_token":null,"total_size":null}`
	files := `{"items":[{"id":"dfl-1","name":"a.txt","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","external_file_id":null,
	  "file_type":null,"purpose":null,"last_modified_at":null,"expires_at":null}],"next_page_token":null}`
	cases := []struct {
		method, path, body string
		into               any
	}{
		{"GET", "/api/v2/classify/cls-1", v2, &gen.ClassifyV2JobResponse{}},
		{"GET", "/api/v2/classify/cls-1", v2Nulls, &gen.ClassifyV2JobResponse{}},
		{"GET", "/api/v1/classifier/jobs/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", v1Job, &gen.ClassifyJob{}},
		{"GET", "/api/v1/classifier/jobs/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e/results", v1Results, &gen.ClassifyJobResults{}},
		{"GET", "/api/v1/classifier/jobs", list, &gen.ClassifyJobList{}},
		{"GET", "/api/v2/classify", list, &gen.ClassifyV2JobQueryResponse{}},
		{"GET", "/api/v1/beta/files", files, &gen.FileQueryResponse{}},
	}
	for _, c := range cases {
		if err := json.Unmarshal([]byte(c.body), c.into); err != nil {
			t.Errorf("%s: decode into %T: %v", c.path, c.into, err)
		}
		req := httptest.NewRequest(c.method, "http://127.0.0.1"+c.path, nil)
		vs, err := v.ValidateResponse(context.Background(), req, 200, http.Header{"Content-Type": {"application/json"}}, []byte(c.body))
		if err != nil || len(vs) > 0 {
			t.Errorf("%s: null values refused: %v %v", c.path, err, vs)
		}
	}
	var job gen.ClassifyV2JobResponse
	_ = json.Unmarshal([]byte(v2), &job)
	if job.Result == nil || job.Result.Type != nil {
		t.Errorf("result.type null should decode to a nil *string, got %+v", job.Result)
	}
}

// A request body is checked against its schema, every violation named by
// its JSON path.
func TestValidateBodyNamesEveryViolation(t *testing.T) {
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	short := "too short"
	pages := "3-1,x" // page syntax is the client's own check, not the contract's
	body := gen.ClassifyV2JobCreateRequest{
		FileInput: ptr("dfl-1"),
		Configuration: &gen.ClassifyV2Configuration{
			Rules: []gen.ClassifierRule{
				{Type: "invoice", Description: short},
				{Type: "", Description: "a perfectly fine description"},
			},
			ParsingConfiguration: &gen.ClassifyV2ParsingConfiguration{TargetPages: &pages},
		},
	}
	vs, err := v.ValidateBody("CreateClassifyJob", body)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, len(vs))
	for i, x := range vs {
		got[i] = x.String()
	}
	sort.Strings(got)
	want := []string{
		"configuration.rules[0].description: must be at least 10 characters long, not 9",
		"configuration.rules[1].type: must not be empty",
	}
	if len(got) != len(want) {
		t.Fatalf("violations = %q, want %d of them", got, len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("violation %d = %q, want prefix %q", i, got[i], want[i])
		}
	}

	ok := gen.ClassifyJobCreate{
		FileIds: nil,
		Rules:   []gen.ClassifierRule{{Type: "invoice", Description: "contains invoice number"}},
	}
	vs, _ = v.ValidateBody("CreateClassifierJob", ok)
	if len(vs) != 1 || vs[0].Path != "file_ids" {
		t.Errorf("nil file_ids: violations = %v, want one on file_ids", vs)
	}
	if _, err := v.ValidateBody("NoSuchOperation", ok); err == nil {
		t.Error("unknown operation: want an error")
	}
}

// The v2 create needs a document and a configuration, although every field
// is optional on its own; the violation names what is missing, where it
// belongs.
func TestV2CreateNeedsADocumentAndAConfiguration(t *testing.T) {
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	cfg := &gen.ClassifyV2Configuration{Rules: []gen.ClassifierRule{{Type: "invoice", Description: "contains an invoice number"}}}
	cases := []struct {
		name string
		body gen.ClassifyV2JobCreateRequest
		want []string
	}{
		{"empty", gen.ClassifyV2JobCreateRequest{}, []string{"configuration: required: a configuration", "file_input: required: a document"}},
		{"no document", gen.ClassifyV2JobCreateRequest{Configuration: cfg}, []string{"file_input: required: a document"}},
		{"no configuration", gen.ClassifyV2JobCreateRequest{FileInput: ptr("dfl-1")}, []string{"configuration: required: a configuration"}},
		{"only a transaction id and a configuration", gen.ClassifyV2JobCreateRequest{Configuration: cfg, TransactionId: ptr("t")}, []string{"file_input: required: a document"}},
		{"file_input and configuration", gen.ClassifyV2JobCreateRequest{FileInput: ptr("dfl-1"), Configuration: cfg}, nil},
		{"deprecated file_id and a saved configuration", gen.ClassifyV2JobCreateRequest{FileId: ptr("dfl-1"), ConfigurationId: ptr("cfg-1")}, nil},
		{"parse job", gen.ClassifyV2JobCreateRequest{ParseJobId: ptr("pjb-1"), ConfigurationId: ptr("cfg-1")}, nil},
	}
	for _, c := range cases {
		vs, err := v.ValidateBody("CreateClassifyJob", c.body)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range vs {
			got = append(got, x.String())
		}
		sort.Strings(got)
		if len(got) != len(c.want) {
			t.Errorf("%s: violations %q, want %q", c.name, got, c.want)
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], c.want[i]) {
				t.Errorf("%s: violation %q, want prefix %q", c.name, got[i], c.want[i])
			}
		}
	}
	// A document given as null is no document.
	vs, err := v.ValidateBody("CreateClassifyJob", map[string]any{"file_input": nil, "configuration_id": "cfg-1"})
	if err != nil || len(vs) != 1 || vs[0].Path != "file_input" {
		t.Errorf("file_input null: %v %v, want one violation at file_input", vs, err)
	}
}

func ptr[T any](v T) *T { return &v }
