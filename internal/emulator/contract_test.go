package emulator

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// callAll sends one request to each of the ten operations and returns the
// first transport or contract error.
func callAll(t *testing.T, e *env, editors ...gen.RequestEditorFn) {
	t.Helper()
	c := ctx(t)
	check := func(_ any, err error) {
		t.Helper()
		var ce *openapi.ContractError
		if errors.As(err, &ce) {
			t.Fatalf("response breaks the contract: %v", err)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	ct, body := multipartForm(t, "a.txt", []byte("invoice"), map[string]string{"purpose": "classify"})
	check(e.c.UploadFileWithBodyWithResponse(c, nil, ct, body, editors...))
	check(e.c.ListFilesWithResponse(c, nil, editors...))
	check(e.c.CreateClassifierJobWithResponse(c, nil, gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{uuid.New()}, Rules: invoiceRules}, editors...))
	check(e.c.ListClassifierJobsWithResponse(c, nil, editors...))
	check(e.c.GetClassifierJobWithResponse(c, uuid.New(), nil, editors...))
	check(e.c.GetClassifierJobResultsWithResponse(c, uuid.New(), nil, editors...))
	check(e.c.CreateClassifyJobWithResponse(c, nil, v2Body("dfl-1"), editors...))
	check(e.c.ListClassifyJobsWithResponse(c, nil, editors...))
	check(e.c.GetClassifyJobWithResponse(c, "cls-1", nil, editors...))
	check(e.c.CancelClassifyJobWithResponse(c, "cls-1", nil, editors...))
}

// TestEveryResponseHonoursTheContract drives every operation to every
// status the emulator sends and checks each answer against the contract
// (the test client validates every response it receives).
func TestEveryResponseHonoursTheContract(t *testing.T) {
	ops := []string{"UploadFile", "ListFiles", "CreateClassifierJob", "ListClassifierJobs", "GetClassifierJob",
		"GetClassifierJobResults", "CreateClassifyJob", "ListClassifyJobs", "GetClassifyJob", "CancelClassifyJob"}
	seen := map[exchange]bool{}
	record := func(e *env) {
		e.mu.Lock()
		defer e.mu.Unlock()
		for _, x := range e.seen {
			seen[x] = true
		}
	}

	// Success paths, 404 and 409.
	e := newEnv(t, WithProcessingDelay(0), WithMaxUploadSize(16))
	f := e.upload("a.txt", "invoice")
	e.upload("fixture.txt", "receipt")
	v1 := e.createV1(gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{bare(t, f)}, Rules: invoiceRules})
	e.getV1(v1.Id)
	v2 := e.createV2(v2Body(f.Id), nil)
	e.getV2(v2.Id)
	e.listV2(gen.ListClassifyJobsParams{})
	if _, err := e.c.ListClassifierJobsWithResponse(ctx(t), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.ListFilesWithResponse(ctx(t), nil); err != nil {
		t.Fatal(err)
	}
	pending := e.srv.PutClassifyJob(gen.ClassifyV2JobResponse{Configuration: gen.ClassifyV2Configuration{Rules: invoiceRules}, FileInput: f.Id})
	if _, err := e.c.CancelClassifyJobWithResponse(ctx(t), pending.Id, nil); err != nil { // 200
		t.Fatal(err)
	}
	if _, err := e.c.CancelClassifyJobWithResponse(ctx(t), v2.Id, nil); err != nil { // 409
		t.Fatal(err)
	}
	callAll(t, e) // 404s for unknown ids
	// 413.
	ct, body := multipartForm(t, "big.txt", bytes.Repeat([]byte("x"), 17), map[string]string{"purpose": "classify"})
	if _, err := e.c.UploadFileWithBodyWithResponse(ctx(t), nil, ct, body); err != nil {
		t.Fatal(err)
	}
	// 422 for each operation.
	badProject := func(_ context.Context, r *http.Request) error {
		q := r.URL.Query()
		q.Set("project_id", "not-a-uuid")
		r.URL.RawQuery = q.Encode()
		return nil
	}
	callAll(t, e, badProject)
	// 401 for each operation.
	callAll(t, e, noAuth)
	record(e)

	// 429 and 503 for each operation.
	for _, faults := range []Faults{{RateLimit429: 1}, {Fail503Before: 1}, {Fail503After: 1}} {
		fe := newEnv(t, WithFaults(faults))
		callAll(t, fe)
		record(fe)
	}

	want := map[int][]string{
		http.StatusUnauthorized:          ops,
		http.StatusUnprocessableEntity:   ops,
		http.StatusTooManyRequests:       ops,
		http.StatusServiceUnavailable:    ops,
		http.StatusOK:                    slices.DeleteFunc(slices.Clone(ops), func(op string) bool { return op == "UploadFile" }),
		http.StatusCreated:               {"UploadFile"},
		http.StatusNotFound:              {"GetClassifierJob", "GetClassifierJobResults", "GetClassifyJob", "CancelClassifyJob"},
		http.StatusConflict:              {"CancelClassifyJob"},
		http.StatusRequestEntityTooLarge: {"UploadFile"},
	}
	var missing []string
	for status, wantOps := range want {
		for _, op := range wantOps {
			if !seen[exchange{op, status}] {
				missing = append(missing, op+" "+http.StatusText(status))
			}
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		t.Fatalf("never exercised:\n%s", strings.Join(missing, "\n"))
	}
}
