package client

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func createTestJob(t *testing.T, c *Client) *gen.ClassifyV2JobResponse {
	t.Helper()
	job, err := c.CreateJob(testContext(t), gen.ClassifyV2JobCreateRequest{
		FileInput:     ptr("dfl-1"),
		Configuration: &gen.ClassifyV2Configuration{Rules: testRules},
	})
	if err != nil {
		t.Fatal(err)
	}
	return job
}

func TestV2GetListCancel(t *testing.T) {
	f := newFake(t)
	f.runningPolls = 100
	c, _ := testClient(t, f)
	ctx := testContext(t)
	job := createTestJob(t, c)
	if job.Status != gen.ClassifyV2JobStatusPENDING {
		t.Errorf("new job is %s", job.Status)
	}
	got, err := c.GetJob(ctx, job.Id)
	if err != nil || got.Id != job.Id || got.Status != gen.ClassifyV2JobStatusRUNNING {
		t.Fatalf("GetJob = %+v, %v", got, err)
	}
	page, err := c.ListJobs(ctx, &gen.ListClassifyJobsParams{JobIds: &[]string{job.Id}})
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("ListJobs = %+v, %v", page, err)
	}
	if !strings.Contains(f.requests[len(f.requests)-1], "job_ids="+job.Id) {
		t.Errorf("list request %q lacks the job_ids filter", f.requests[len(f.requests)-1])
	}
	cancelled, err := c.CancelJob(ctx, job.Id)
	if err != nil || cancelled.Status != gen.ClassifyV2JobStatusCANCELLED {
		t.Fatalf("CancelJob = %+v, %v", cancelled, err)
	}
	_, err = c.CancelJob(ctx, job.Id)
	if !errors.Is(err, ErrConflict) {
		t.Errorf("second cancel: err = %v, want ErrConflict", err)
	}
	_, err = c.GetJob(ctx, "cls-missing")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("missing job: err = %v, want ErrNotFound", err)
	}
}

// TestCancelThatActedThenFailedReturnsTheCancelledJob: the service cancels
// the job but its answer is lost (a 502), so the retry meets a job that has
// ended (409). CancelJob looks the job up and returns it, CANCELLED, rather
// than report a conflict of its own making.
func TestCancelThatActedThenFailedReturnsTheCancelledJob(t *testing.T) {
	f := newFake(t)
	f.runningPolls = 100
	c, _ := testClient(t, f)
	job := createTestJob(t, c)
	cancelRoute := "POST /api/v2/classify/" + job.Id + "/cancel"
	var acted atomic.Bool
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method+" "+r.URL.Path != cancelRoute || !acted.CompareAndSwap(false, true) {
			return false
		}
		// The hook runs before the routing that sets the path value.
		r.SetPathValue("job_id", job.Id)
		rec := httptest.NewRecorder()
		f.cancelJob(rec, r)
		if rec.Code != http.StatusOK {
			t.Errorf("the first attempt did not cancel the job: %d %s", rec.Code, rec.Body)
		}
		writeDetail(w, http.StatusBadGateway, "bad gateway")
		return true
	}
	got, err := c.CancelJob(testContext(t), job.Id)
	if err != nil || got.Id != job.Id || got.Status != gen.ClassifyV2JobStatusCANCELLED {
		t.Fatalf("CancelJob = %+v, %v; want the cancelled job", got, err)
	}
	if n := f.count(cancelRoute); n != 2 {
		t.Errorf("%d cancel attempts, want 2: the one answered 502, the retry answered 409", n)
	}
	if n := f.count("GET /api/v2/classify/" + job.Id); n != 1 {
		t.Errorf("%d lookups of the job, want 1 after the 409", n)
	}
}

func TestV1Operations(t *testing.T) {
	f := newFake(t)
	c, _ := testClient(t, f)
	ctx := testContext(t)
	fileID, err := ClassifierFileID("dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
	if err != nil {
		t.Fatal(err)
	}
	job, err := c.CreateClassifierJob(ctx, gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{fileID}, Rules: testRules})
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.GetClassifierJob(ctx, job.Id.String())
	if err != nil || got.Id != job.Id {
		t.Fatalf("GetClassifierJob = %+v, %v", got, err)
	}
	res, err := c.GetClassifierJobResults(ctx, job.Id.String())
	if err != nil || len(res.Items) != 1 || *res.Items[0].Result.Type != "invoice" {
		t.Fatalf("GetClassifierJobResults = %+v, %v", res, err)
	}
	list, err := c.ListClassifierJobs(ctx, nil)
	if err != nil || len(list.Items) != 1 {
		t.Fatalf("ListClassifierJobs = %+v, %v", list, err)
	}
	if _, err := c.GetClassifierJob(ctx, "00000000-0000-0000-0000-00000000dead"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing v1 job: err = %v", err)
	}
}

func TestClassifierFileID(t *testing.T) {
	for _, in := range []string{"dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"} {
		id, err := ClassifierFileID(in)
		if err != nil || id.String() != "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e" {
			t.Errorf("ClassifierFileID(%q) = %v, %v", in, id, err)
		}
	}
	if _, err := ClassifierFileID("dfl-abc"); err == nil || !strings.Contains(err.Error(), "dfl-abc") {
		t.Errorf("malformed: err = %v", err)
	}
}

func TestUnexpectedAnswersAreErrors(t *testing.T) {
	f := newFake(t)
	f.before = func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path == "/api/v2/classify/text" {
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("ok"))
		} else {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte("{not json"))
		}
		return true
	}
	c, _ := testClient(t, f)
	if _, err := c.GetJob(testContext(t), "text"); err == nil || !strings.Contains(err.Error(), "unexpected answer 200") {
		t.Errorf("text answer: err = %v", err)
	}
	if _, err := c.GetJob(testContext(t), "json"); err == nil || !strings.Contains(err.Error(), "decode response") {
		t.Errorf("broken JSON: err = %v", err)
	}
}
