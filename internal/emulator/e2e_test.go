package emulator

import (
	"os"
	"strings"
	"testing"
	"time"

	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/samples"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

func sampleRules(t *testing.T) []gen.ClassifierRule {
	t.Helper()
	rules, err := samples.Rules()
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

// TestSampleDocumentsEndToEnd runs the real scorer behind a real listener:
// upload each sample document, classify it with a v2 job and all of them
// with one v1 job, and check every type.
func TestSampleDocumentsEndToEnd(t *testing.T) {
	run, err := Start(WithProcessingDelay(0))
	if err != nil {
		t.Fatal(err)
	}
	defer run.Close()
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	c, err := gen.NewClientWithResponses(run.URL, gen.WithHTTPClient(clientFor(t, v)), gen.WithRequestEditorFn(bearer("any-key")))
	if err != nil {
		t.Fatal(err)
	}
	rules := sampleRules(t)

	ids := map[string]string{}
	var fileIDs []openapi_types.UUID
	for name := range samples.Types {
		data, err := os.ReadFile(samples.Doc(name))
		if err != nil {
			t.Fatal(err)
		}
		ct, body := multipartForm(t, name, data, map[string]string{"purpose": "classify"})
		up, err := c.UploadFileWithBodyWithResponse(ctx(t), nil, ct, body)
		if err != nil || up.JSON201 == nil {
			t.Fatalf("upload %s: %v %s", name, err, up.Body)
		}
		ids[name] = up.JSON201.Id
		fileIDs = append(fileIDs, mustUUID(t, strings.TrimPrefix(up.JSON201.Id, "dfl-")))
	}

	for name, want := range samples.Types {
		input := ids[name]
		created, err := c.CreateClassifyJobWithResponse(ctx(t), nil, gen.ClassifyV2JobCreateRequest{
			FileInput:     &input,
			Configuration: &gen.ClassifyV2Configuration{Rules: rules},
		})
		if err != nil || created.JSON200 == nil {
			t.Fatalf("create for %s: %v %s", name, err, created.Body)
		}
		got, err := c.GetClassifyJobWithResponse(ctx(t), created.JSON200.Id, nil)
		if err != nil || got.JSON200 == nil {
			t.Fatalf("get for %s: %v", name, err)
		}
		job := got.JSON200
		if job.Status != gen.ClassifyV2JobStatusCOMPLETED || job.Result == nil {
			t.Fatalf("%s: %s %v", name, job.Status, deref(job.ErrorMessage))
		}
		if gotType := deref(job.Result.Type); gotType != want {
			t.Errorf("%s classified as %q (%.2f: %s), want %q", name, gotType, job.Result.Confidence, job.Result.Reasoning, want)
		}
		t.Logf("%-22s type=%-16q confidence=%.2f  %s", name, deref(job.Result.Type), job.Result.Confidence, job.Result.Reasoning)
	}

	v1, err := c.CreateClassifierJobWithResponse(ctx(t), nil, gen.ClassifyJobCreate{FileIds: fileIDs, Rules: rules})
	if err != nil || v1.JSON200 == nil {
		t.Fatalf("v1 create: %v %s", err, v1.Body)
	}
	deadline := time.Now().Add(patience)
	for {
		got, err := c.GetClassifierJobWithResponse(ctx(t), v1.JSON200.Id, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.JSON200.Status != gen.StatusEnumPENDING {
			if got.JSON200.Status != gen.StatusEnumSUCCESS {
				t.Fatalf("v1 job ended %s: %v", got.JSON200.Status, deref(got.JSON200.ErrorMessage))
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("v1 job still PENDING")
		}
		time.Sleep(time.Millisecond)
	}
	results, err := c.GetClassifierJobResultsWithResponse(ctx(t), v1.JSON200.Id, nil)
	if err != nil || results.JSON200 == nil {
		t.Fatal(err)
	}
	byFile := map[string]string{}
	for _, r := range results.JSON200.Items {
		byFile["dfl-"+r.FileId.String()] = deref(r.Result.Type)
	}
	for name, want := range samples.Types {
		if byFile[ids[name]] != want {
			t.Errorf("v1: %s classified as %q, want %q", name, byFile[ids[name]], want)
		}
	}
}
