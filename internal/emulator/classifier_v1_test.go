package emulator

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func bare(t testing.TB, f gen.FileV2) openapi_types.UUID {
	return mustUUID(t, strings.TrimPrefix(f.Id, "dfl-"))
}

func (e *env) createV1(body gen.ClassifyJobCreate) gen.ClassifyJob {
	e.t.Helper()
	resp, err := e.c.CreateClassifierJobWithResponse(ctx(e.t), nil, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if resp.JSON200 == nil {
		e.t.Fatalf("v1 create: %d %s", resp.StatusCode(), resp.Body)
	}
	return *resp.JSON200
}

func (e *env) getV1(id openapi_types.UUID) (gen.ClassifyJob, []gen.FileClassification) {
	e.t.Helper()
	job, err := e.c.GetClassifierJobWithResponse(ctx(e.t), id, nil)
	if err != nil || job.JSON200 == nil {
		e.t.Fatalf("v1 get: %v", err)
	}
	res, err := e.c.GetClassifierJobResultsWithResponse(ctx(e.t), id, nil)
	if err != nil || res.JSON200 == nil {
		e.t.Fatalf("v1 results: %v", err)
	}
	return *job.JSON200, res.JSON200.Items
}

func TestV1JobLifecycleAndResults(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(time.Second))
	inv := e.upload("a.txt", "invoice")
	poem := e.upload("b.txt", "roses are red")
	missing := uuid.MustParse("00000000-0000-4000-8000-000000000001")

	job := e.createV1(gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{bare(t, inv), bare(t, poem), missing}, Rules: invoiceRules})
	if job.Status != gen.StatusEnumPENDING || job.ProjectId.String() != DefaultProjectID || job.UserId == "" {
		t.Fatalf("created %+v", job)
	}
	pc := job.ParsingConfiguration
	if pc == nil || deref(pc.Lang) != gen.En || deref(pc.MaxPages) != 5 || deref(job.Mode) != gen.ClassifyModeFAST {
		t.Fatalf("defaults not applied: %+v %v", pc, job.Mode)
	}

	e.clock.Advance(999 * time.Millisecond)
	if got, results := e.getV1(job.Id); got.Status != gen.StatusEnumPENDING || len(results) != 0 {
		t.Fatalf("before the delay: %s with %d results", got.Status, len(results))
	}
	e.clock.Advance(time.Millisecond)
	got, results := e.getV1(job.Id)
	if got.Status != gen.StatusEnumPARTIALSUCCESS || got.ErrorMessage == nil || !strings.Contains(*got.ErrorMessage, missing.String()) {
		t.Fatalf("after the delay: %s %v, want PARTIAL_SUCCESS naming the missing file", got.Status, got.ErrorMessage)
	}
	if len(results) != 3 {
		t.Fatalf("%d results, want 3", len(results))
	}
	byFile := map[openapi_types.UUID]gen.FileClassification{}
	for _, r := range results {
		if r.ClassifyJobId != job.Id {
			t.Errorf("result of job %s", r.ClassifyJobId)
		}
		byFile[*r.FileId] = r
	}
	if r := byFile[bare(t, inv)].Result; r == nil || deref(r.Type) != "invoice" {
		t.Errorf("invoice result %+v", r)
	}
	if r := byFile[bare(t, poem)].Result; r == nil || r.Type != nil {
		t.Errorf("unmatched document: %+v, want a result with a null type", r)
	}
	if r := byFile[missing].Result; r != nil {
		t.Errorf("missing file has a result %+v", r)
	}
}

func TestV1EndStates(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(0))
	ok := e.upload("ok.txt", "receipt")
	bin := e.upload("x.bin", "\x00")

	all := e.createV1(gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{bare(t, ok)}, Rules: invoiceRules})
	if got, _ := e.getV1(all.Id); got.Status != gen.StatusEnumSUCCESS || got.ErrorMessage != nil {
		t.Errorf("all readable: %s %v", got.Status, got.ErrorMessage)
	}
	none := e.createV1(gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{bare(t, bin)}, Rules: invoiceRules})
	got, results := e.getV1(none.Id)
	if got.Status != gen.StatusEnumERROR || got.ErrorMessage == nil || !strings.Contains(*got.ErrorMessage, "unsupported") {
		t.Errorf("none readable: %s %v, want ERROR saying why", got.Status, got.ErrorMessage)
	}
	if len(results) != 1 || results[0].Result != nil {
		t.Errorf("results %+v, want one with a null result", results)
	}
}

func TestV1PageSelectionIsZeroBased(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(0))
	f := e.upload("p.txt", "one\ftwo\finvoice three")
	maxPages := int32(2)
	e.createV1(gen.ClassifyJobCreate{
		FileIds: []openapi_types.UUID{bare(t, f)},
		Rules:   invoiceRules,
		ParsingConfiguration: &gen.ClassifyParsingConfiguration{
			TargetPages: &[]int32{2, 0},
			MaxPages:    &maxPages,
		},
	})
	e.createV1(gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{bare(t, f)}, Rules: invoiceRules})
	list, err := e.c.ListClassifierJobsWithResponse(ctx(t), nil)
	if err != nil || list.JSON200 == nil {
		t.Fatal(err)
	}
	sels := e.fake.selections()
	if len(sels) != 2 {
		t.Fatalf("%d extractions, want 2", len(sels))
	}
	for _, sel := range sels {
		switch {
		case sel.Indexes == nil:
			if sel.MaxPages != 5 {
				t.Errorf("default selection %+v, want max 5", sel)
			}
		case len(sel.Indexes) == 2 && sel.Indexes[0] == 2 && sel.Indexes[1] == 0 && sel.MaxPages == 2:
		default:
			t.Errorf("selection %+v, want indexes [2 0] max 2", sel)
		}
	}
}

// A negative page index names no page: the job ends ERROR saying so,
// not that the pages lie past the document's end.
func TestV1NegativePageIndexIsNoPage(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(0))
	f := e.upload("p.txt", "one\ftwo invoice")
	job := e.createV1(gen.ClassifyJobCreate{
		FileIds:              []openapi_types.UUID{bare(t, f)},
		Rules:                invoiceRules,
		ParsingConfiguration: &gen.ClassifyParsingConfiguration{TargetPages: &[]int32{-1}},
	})
	got, _ := e.getV1(job.Id)
	if got.Status != gen.StatusEnumERROR || got.ErrorMessage == nil || !strings.Contains(*got.ErrorMessage, "target_pages holds -1, which is no page: pages are counted from 0") {
		t.Errorf("job %s %v, want ERROR saying -1 is no page", got.Status, got.ErrorMessage)
	}
}

func TestV1UnknownJobIs404(t *testing.T) {
	e := newEnv(t)
	id := uuid.New()
	job, err := e.c.GetClassifierJobWithResponse(ctx(t), id, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.c.GetClassifierJobResultsWithResponse(ctx(t), id, nil)
	if err != nil {
		t.Fatal(err)
	}
	if job.StatusCode() != http.StatusNotFound || res.StatusCode() != http.StatusNotFound || job.JSON404 == nil || res.JSON404 == nil {
		t.Fatalf("job %d, results %d, want 404s", job.StatusCode(), res.StatusCode())
	}
}

func TestListClassifierJobsPages(t *testing.T) {
	e := newEnv(t)
	var want []string
	for range 5 {
		j := e.createV1(gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{uuid.New()}, Rules: invoiceRules})
		want = append([]string{j.Id.String()}, want...)
	}
	var got []string
	p := gen.ListClassifierJobsParams{PageSize: intPtr(2)}
	for range 10 {
		resp, err := e.c.ListClassifierJobsWithResponse(ctx(t), &p)
		if err != nil || resp.JSON200 == nil {
			t.Fatal(err)
		}
		if deref(resp.JSON200.TotalSize) != 5 {
			t.Fatalf("total_size %v", resp.JSON200.TotalSize)
		}
		for _, j := range resp.JSON200.Items {
			got = append(got, j.Id.String())
		}
		if resp.JSON200.NextPageToken == nil {
			break
		}
		p.PageToken = resp.JSON200.NextPageToken
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("listed %v, want newest first %v", got, want)
	}
}
