package emulator

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/testdata/seeds"
)

func seedJSON(t *testing.T, name string) map[string]any {
	t.Helper()
	data, err := seeds.FS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func bodyJSON(t *testing.T, body []byte) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("%s: %v", body, err)
	}
	return v
}

// The reference pages' example commands find what they name, and get the
// page's example back (in the emulator's project).
func TestReferenceExamples(t *testing.T) {
	e := newEnv(t, WithReferenceExamples(), WithProcessingDelay(0))
	id := uuid.MustParse("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")

	v1, err := e.c.GetClassifierJobWithResponse(ctx(t), id, nil)
	if err != nil || v1.JSON200 == nil {
		t.Fatalf("get the example v1 job: %v %s", err, v1.Body)
	}
	got, want := bodyJSON(t, v1.Body), seedJSON(t, "GetClassifierJob.json")
	if got["project_id"] != DefaultProjectID {
		t.Errorf("project_id = %v, want the emulator's", got["project_id"])
	}
	delete(got, "project_id")
	delete(want, "project_id")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("v1 job:\n got %v\nwant %v", got, want)
	}

	res, err := e.c.GetClassifierJobResultsWithResponse(ctx(t), id, nil)
	if err != nil || res.JSON200 == nil {
		t.Fatalf("get the example results: %v %s", err, res.Body)
	}
	if got, want := bodyJSON(t, res.Body)["items"], seedJSON(t, "GetClassifierJobResults.json")["items"]; !reflect.DeepEqual(got, want) {
		t.Errorf("results:\n got %v\nwant %v", got, want)
	}

	v2, err := e.c.GetClassifyJobWithResponse(ctx(t), "job_id", nil)
	if err != nil || v2.JSON200 == nil {
		t.Fatalf("get the example v2 job: %v %s", err, v2.Body)
	}
	got, want = bodyJSON(t, v2.Body), seedJSON(t, "GetClassifyJob.json")
	for _, k := range []string{"project_id", "id"} {
		delete(got, k)
		delete(want, k)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("v2 job:\n got %v\nwant %v", got, want)
	}

	// The v1 create example names the reference file by its bare uuid.
	created, err := e.c.CreateClassifierJobWithResponse(ctx(t), nil, gen.ClassifyJobCreate{
		FileIds: []uuid.UUID{id},
		Rules:   []gen.ClassifierRule{{Type: "invoice", Description: "contains invoice number, line items, and total amount"}},
	})
	if err != nil || created.JSON200 == nil {
		t.Fatalf("create over the reference file: %v %s", err, created.Body)
	}
	job, err := e.c.GetClassifierJobWithResponse(ctx(t), created.JSON200.Id, nil)
	if err != nil || job.JSON200 == nil || job.JSON200.Status != gen.StatusEnumSUCCESS {
		t.Fatalf("the job over the reference file did not succeed: %v %s", err, job.Body)
	}
}

// Without the option, the emulator starts empty.
func TestNoReferenceExamplesByDefault(t *testing.T) {
	e := newEnv(t)
	if st := e.srv.Stats(); st.Files != 0 || st.ClassifierJobs != 0 || st.ClassifyJobs != 0 {
		t.Errorf("a new emulator holds %+v", st)
	}
}
