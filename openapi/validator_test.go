package openapi_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/openapi"
)

func TestRoundTripperReportsContractErrors(t *testing.T) {
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	var body string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, body)
	}))
	defer srv.Close()
	hc := &http.Client{Transport: v.RoundTripper(nil)}

	body = `{"id":"cls-1","file_input":"dfl-1","project_id":"p","user_id":"u","status":"DONE","document_input_type":"file_id","configuration":{"rules":[{"type":"invoice","description":"contains invoice number"}]}}`
	_, err = hc.Get(srv.URL + "/api/v2/classify/cls-1")
	var ce *openapi.ContractError
	if !errors.As(err, &ce) {
		t.Fatalf("want a *ContractError, got %v", err)
	}
	if ce.Operation != "GetClassifyJob" || ce.Status != 200 || len(ce.Violations) != 1 || ce.Violations[0].Path != "body.status" {
		t.Errorf("contract error = %+v", ce)
	}
	if !strings.Contains(ce.Error(), "GetClassifyJob") || !strings.Contains(ce.Error(), "body.status") {
		t.Errorf("message %q should name the operation and the field", ce.Error())
	}

	body = `{"id":"cls-1","file_input":"dfl-1","project_id":"p","user_id":"u","status":"PENDING","document_input_type":"file_id","configuration":{"rules":[{"type":"invoice","description":"contains invoice number"}]}}`
	resp, err := hc.Get(srv.URL + "/api/v2/classify/cls-1")
	if err != nil {
		t.Fatalf("a conforming response was refused: %v", err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(got) != body {
		t.Errorf("body not passed through intact: %s", got)
	}

	// A path the contract does not describe passes through unchecked.
	body = `anything`
	if _, err := hc.Get(srv.URL + "/healthz"); err != nil {
		t.Errorf("unknown route: %v", err)
	}
}

func TestValidateRequest(t *testing.T) {
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/api/v2/classify?page_size=500&status=DONE", nil)
	vs, err := v.ValidateRequest(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	paths := map[string]bool{}
	for _, x := range vs {
		paths[x.Path] = true
	}
	if !paths["query.page_size"] || !paths["query.status"] {
		t.Errorf("violations = %v, want page_size and status", vs)
	}

	body := `{"rules":[{"type":"invoice","description":"contains invoice number"}],"file_ids":["182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"]}`
	req = httptest.NewRequest("POST", "/api/v1/classifier/jobs", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	vs, err = v.ValidateRequest(context.Background(), req)
	if err != nil || len(vs) > 0 {
		t.Fatalf("valid create refused: %v %v", err, vs)
	}
	again, _ := io.ReadAll(req.Body)
	if string(again) != body {
		t.Error("the request body was not put back after validation")
	}
}

// The contract's ids are uuids; kin-openapi does not check the format unless
// told to, so a server sending a malformed v1 id must still be caught.
func TestUUIDFormatIsChecked(t *testing.T) {
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	body := `{"id":"not-a-uuid","project_id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","user_id":"u","rules":[{"type":"invoice","description":"contains an invoice number"}],"status":"PENDING"}`
	req := httptest.NewRequest("GET", "/api/v1/classifier/jobs/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", nil)
	vs, err := v.ValidateResponse(context.Background(), req, 200, http.Header{"Content-Type": {"application/json"}}, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 1 || vs[0].Path != "body.id" {
		t.Errorf("violations = %v, want one on body.id", vs)
	}
	req = httptest.NewRequest("GET", "/api/v1/classifier/jobs/not-a-uuid", nil)
	if vs, _ := v.ValidateRequest(context.Background(), req); len(vs) != 1 || vs[0].Path != "path.classify_job_id" {
		t.Errorf("request violations = %v, want one on path.classify_job_id", vs)
	}
}

// A failing service's answer, even one the contract does not describe (a
// proxy's HTML 502), reaches the client as it is, so that it can retry.
func TestRoundTripperPassesRetryableAnswers(t *testing.T) {
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	for _, status := range []int{408, 429, 500, 502, 503, 504} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(status)
			io.WriteString(w, "<html>bad gateway</html>")
		}))
		resp, err := (&http.Client{Transport: v.RoundTripper(nil)}).Get(srv.URL + "/api/v2/classify/cls-1")
		if err != nil {
			t.Errorf("%d: %v", status, err)
		} else {
			if resp.StatusCode != status {
				t.Errorf("status = %d, want %d", resp.StatusCode, status)
			}
			resp.Body.Close()
		}
		srv.Close()
	}
	// ValidateResponse still says the contract does not allow it.
	req := httptest.NewRequest("GET", "/api/v2/classify/cls-1", nil)
	vs, err := v.ValidateResponse(context.Background(), req, 502, http.Header{"Content-Type": {"text/html"}}, []byte("<html>"))
	if err != nil || len(vs) == 0 {
		t.Errorf("an undocumented 502: violations %v, %v; want one", vs, err)
	}
}

func TestTrailingDataAfterTheBodyIsAViolation(t *testing.T) {
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/api/v2/classify", nil)
	h := http.Header{"Content-Type": {"application/json"}}
	for body, want := range map[string]int{`{"items":[]}`: 0, `{"items":[]} {"x":1}`: 1, `{"items":[]}0`: 1, " {\"items\":[]}\n": 0} {
		vs, err := v.ValidateResponse(context.Background(), req, 200, h, []byte(body))
		if err != nil || len(vs) != want {
			t.Errorf("%q: violations %v, %v; want %d", body, vs, err, want)
		}
	}
}

// ValidateParams checks the query parameters a request would carry: each
// at "query.<name>", an array's item at "query.<name>[i]", a parameter
// not sent unchecked, and an operation the contract lacks an error.
func TestValidateParams(t *testing.T) {
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	type listFiles struct {
		PageSize *int     `json:"page_size,omitempty"`
		FileIDs  []string `json:"file_ids,omitempty"`
	}
	size := 1001
	found, err := v.ValidateParams("ListFiles", listFiles{PageSize: &size, FileIDs: []string{"00000000-0000-4000-8000-000000000000", "nope"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range found {
		got[f.Path] = f.Message
	}
	if len(found) != 2 || !strings.Contains(got["query.page_size"], "at most 1000, not 1001") || got["query.file_ids[1]"] == "" {
		t.Errorf("violations %v, want page_size over 1000 and file_ids[1] not a uuid", found)
	}
	if found, err := v.ValidateParams("ListFiles", listFiles{}); err != nil || len(found) != 0 {
		t.Errorf("no parameters: %v, %v", found, err)
	}
	if _, err := v.ValidateParams("NoSuchOperation", listFiles{}); err == nil {
		t.Error("an unknown operation gave no error")
	}
}
