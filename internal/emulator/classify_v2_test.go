package emulator

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

func TestV2JobMovesThroughStatusesWithTheClock(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(300*time.Millisecond))
	f := e.upload("bill.txt", "INVOICE no. 42, line items, total amount due")

	job := e.createV2(v2Body(f.Id), nil)
	if job.Status != gen.ClassifyV2JobStatusPENDING || !strings.HasPrefix(job.Id, "cls-") {
		t.Fatalf("created %s %s, want a PENDING cls- job", job.Id, job.Status)
	}
	if job.DocumentInputType != gen.DocumentInputTypeFileId || job.FileInput != f.Id || job.Result != nil {
		t.Fatalf("created job: %+v", job)
	}
	if job.Configuration.Mode == nil || *job.Configuration.Mode != gen.ClassifyV2ModeFAST {
		t.Errorf("mode not defaulted to FAST: %+v", job.Configuration.Mode)
	}

	steps := []struct {
		advance time.Duration
		want    gen.ClassifyV2JobStatus
	}{
		{100 * time.Millisecond, gen.ClassifyV2JobStatusPENDING},
		{60 * time.Millisecond, gen.ClassifyV2JobStatusRUNNING},
		{139 * time.Millisecond, gen.ClassifyV2JobStatusRUNNING},
		{1 * time.Millisecond, gen.ClassifyV2JobStatusCOMPLETED},
	}
	for _, s := range steps {
		e.clock.Advance(s.advance)
		if got := e.getV2(job.Id); got.Status != s.want {
			t.Fatalf("after +%v: %s, want %s", s.advance, got.Status, s.want)
		}
	}
	done := e.getV2(job.Id)
	if done.Result == nil || done.Result.Type == nil || *done.Result.Type != "invoice" {
		t.Fatalf("result %+v, want invoice", done.Result)
	}
	if done.UpdatedAt == nil || !done.UpdatedAt.Equal(job.CreatedAt.Add(300*time.Millisecond)) {
		t.Errorf("updated_at %v, want the moment the job ended", done.UpdatedAt)
	}
}

func TestV2ZeroDelayFinishesAtNextRead(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(0))
	f := e.upload("r.txt", "a receipt")
	job := e.createV2(v2Body(f.Id), nil)
	if job.Status != gen.ClassifyV2JobStatusPENDING {
		t.Fatalf("create answered %s, want PENDING", job.Status)
	}
	got := e.getV2(job.Id)
	if got.Status != gen.ClassifyV2JobStatusCOMPLETED || got.Result == nil || got.Result.Type == nil || *got.Result.Type != "receipt" {
		t.Fatalf("next read: %s %+v, want COMPLETED receipt", got.Status, got.Result)
	}
}

func TestV2NoMatchingRuleCompletesWithNullType(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(0))
	f := e.upload("poem.txt", "roses are red")
	got := e.getV2(e.createV2(v2Body(f.Id), nil).Id)
	if got.Status != gen.ClassifyV2JobStatusCOMPLETED || got.Result == nil || got.Result.Type != nil {
		t.Fatalf("%s %+v, want COMPLETED with a null type", got.Status, got.Result)
	}
}

func TestV2FailedJobsSayWhy(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(0))
	bin := e.upload("scan.bin", "\x00\x01")
	blank := e.upload("blank.txt", "   \n")
	ok := e.upload("ok.txt", "invoice")
	cfgID := "cfg-missing"

	cases := []struct {
		name string
		body gen.ClassifyV2JobCreateRequest
		want string
		kind gen.DocumentInputType
	}{
		{"unknown file", v2Body("dfl-00000000-0000-4000-8000-000000000000"), "file not found", gen.DocumentInputTypeFileId},
		{"unsupported type", v2Body(bin.Id), "unsupported file type", gen.DocumentInputTypeFileId},
		{"no text", v2Body(blank.Id), "no text", gen.DocumentInputTypeFileId},
		{"parse job", v2Body("pjb-123"), "parse job not found", gen.DocumentInputTypeParseJobId},
		{"url", v2Body("https://example.com/a.pdf"), "does not fetch documents from URLs", gen.DocumentInputTypeUrl},
		{"unknown saved configuration", gen.ClassifyV2JobCreateRequest{FileInput: &ok.Id, ConfigurationId: &cfgID}, `saved configuration "cfg-missing" not found`, gen.DocumentInputTypeFileId},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			job := e.createV2(c.body, nil)
			if job.DocumentInputType != c.kind {
				t.Errorf("document_input_type %s, want %s", job.DocumentInputType, c.kind)
			}
			got := e.getV2(job.Id)
			if got.Status != gen.ClassifyV2JobStatusFAILED {
				t.Fatalf("status %s, want FAILED", got.Status)
			}
			if got.ErrorMessage == nil || !strings.Contains(*got.ErrorMessage, c.want) {
				t.Fatalf("error_message %v, want it to contain %q", got.ErrorMessage, c.want)
			}
			if got.Result != nil {
				t.Errorf("a failed job has a result: %+v", got.Result)
			}
		})
	}
}

func TestV2ParsingConfigurationSelectsPages(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(0))
	f := e.upload("pages.txt", "page one\fpage two\fpage three\finvoice on page four")
	maxPages := int32(1)
	target := "2,4-5"
	body := v2Body(f.Id)
	body.Configuration.ParsingConfiguration = &gen.ClassifyV2ParsingConfiguration{TargetPages: &target, MaxPages: &maxPages}
	got := e.getV2(e.createV2(body, nil).Id)
	// Pages 2 and 4 are selected, max_pages keeps the first: no invoice.
	if got.Status != gen.ClassifyV2JobStatusCOMPLETED || got.Result.Type != nil {
		t.Fatalf("%s %+v, want COMPLETED with no match", got.Status, got.Result)
	}
	sels := e.fake.selections()
	last := sels[len(sels)-1]
	if want := []int{1, 3, 4}; len(last.Indexes) != 3 || last.Indexes[0] != want[0] || last.Indexes[1] != want[1] || last.Indexes[2] != want[2] || last.MaxPages != 1 {
		t.Fatalf("selection %+v, want indexes %v and max 1", last, want)
	}
}

func TestV2CreateIsIdempotentPerProject(t *testing.T) {
	e := newEnv(t)
	f := e.upload("a.txt", "invoice")
	tx := "tx-1"
	first := v2Body(f.Id)
	first.TransactionId = &tx
	a := e.createV2(first, nil)

	// The same key with another body returns the original job unchanged.
	second := v2Body("dfl-other")
	second.TransactionId = &tx
	second.Configuration.Rules = []gen.ClassifierRule{{Type: "contract", Description: "legal contract with terms"}}
	b := e.createV2(second, nil)
	if b.Id != a.Id || b.FileInput != f.Id || b.Configuration.Rules[0].Type != "invoice" {
		t.Fatalf("repeat created %s (%s, %s), want the original %s", b.Id, b.FileInput, b.Configuration.Rules[0].Type, a.Id)
	}

	// The key is scoped to the project.
	other := mustUUID(t, "11111111-2222-4333-8444-555555555555")
	c := e.createV2(first, &gen.CreateClassifyJobParams{ProjectId: &other})
	if c.Id == a.Id || c.ProjectId != other.String() {
		t.Fatalf("another project got %s in %s, want a new job", c.Id, c.ProjectId)
	}
	if n := e.srv.Stats().ClassifyJobs; n != 2 {
		t.Fatalf("%d jobs stored, want 2", n)
	}
}

func TestV2ConcurrentCreatesWithOneKeyMakeOneJob(t *testing.T) {
	e := newEnv(t)
	tx := "race"
	body := v2Body("dfl-x")
	body.TransactionId = &tx
	ids := make([]string, 16)
	var wg sync.WaitGroup
	for i := range ids {
		wg.Go(func() { ids[i] = e.createV2(body, nil).Id })
	}
	wg.Wait()
	for _, id := range ids {
		if id != ids[0] {
			t.Fatalf("ids differ: %v", ids)
		}
	}
	if n := e.srv.Stats().ClassifyJobs; n != 1 {
		t.Fatalf("%d jobs, want 1", n)
	}
}

func TestV2CreateRefusesInvalidBodies(t *testing.T) {
	e := newEnv(t)
	short := gen.ClassifyV2JobCreateRequest{
		FileInput:     strPtr("dfl-1"),
		Configuration: &gen.ClassifyV2Configuration{Rules: []gen.ClassifierRule{{Type: "invoice", Description: "short"}}},
	}
	badPages := v2Body("dfl-1")
	badPages.Configuration.ParsingConfiguration = &gen.ClassifyV2ParsingConfiguration{TargetPages: strPtr("3,1")}
	remote := v2Body("dfl-1")
	remote.WebhookConfigurations = &[]gen.WebhookConfiguration{{WebhookUrl: strPtr("https://example.com/hook")}}
	emptyRules := gen.ClassifyV2JobCreateRequest{FileInput: strPtr("dfl-1"), Configuration: &gen.ClassifyV2Configuration{Rules: []gen.ClassifierRule{}}}

	cases := []struct {
		name     string
		body     gen.ClassifyV2JobCreateRequest
		loc, typ string
	}{
		{"short description", short, "body.configuration.rules.[0].description", "string_too_short"},
		{"no rules", emptyRules, "body.configuration.rules", "too_short"},
		{"no file_input", gen.ClassifyV2JobCreateRequest{Configuration: &gen.ClassifyV2Configuration{Rules: invoiceRules}}, "body.file_input", "missing"},
		{"no configuration", gen.ClassifyV2JobCreateRequest{FileInput: strPtr("dfl-1")}, "body.configuration", "missing"},
		{"pages out of order", badPages, "body.configuration.parsing_configuration.target_pages", "value_error"},
		{"remote webhook", remote, "body.webhook_configurations.[0].webhook_url", "value_error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, err := e.c.CreateClassifyJobWithResponse(ctx(t), nil, c.body)
			if err != nil {
				t.Fatal(err)
			}
			ds := details422(t, resp.StatusCode(), resp.Body)
			if !hasDetail(ds, c.loc, c.typ) {
				t.Fatalf("details %+v, want %s at %s", ds, c.typ, c.loc)
			}
		})
	}
	if n := e.srv.Stats().ClassifyJobs; n != 0 {
		t.Fatalf("%d jobs created by invalid requests", n)
	}
}

func TestV2CreateRefusesBadJSON(t *testing.T) {
	e := newEnv(t)
	resp, err := e.c.CreateClassifyJobWithBodyWithResponse(ctx(t), nil, "application/json", strings.NewReader(`{"file_input": `))
	if err != nil {
		t.Fatal(err)
	}
	ds := details422(t, resp.StatusCode(), resp.Body)
	if len(ds) == 0 || locString(ds[0].Loc) != "body" {
		t.Fatalf("details %+v, want one at body", ds)
	}
}

func TestCancel(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(time.Second))
	f := e.upload("a.txt", "invoice")
	job := e.createV2(v2Body(f.Id), nil)

	resp, err := e.c.CancelClassifyJobWithResponse(ctx(t), job.Id, nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.JSON200 == nil || resp.JSON200.Status != gen.ClassifyV2JobStatusCANCELLED {
		t.Fatalf("cancel: %d %s", resp.StatusCode(), resp.Body)
	}
	// A cancelled job stays cancelled when its time comes.
	e.clock.Advance(2 * time.Second)
	if got := e.getV2(job.Id); got.Status != gen.ClassifyV2JobStatusCANCELLED || got.Result != nil {
		t.Fatalf("after its end time: %s %+v", got.Status, got.Result)
	}
	again, err := e.c.CancelClassifyJobWithResponse(ctx(t), job.Id, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again.StatusCode() != http.StatusConflict || again.JSONDefault == nil || !strings.Contains(again.JSONDefault.Detail, "CANCELLED") {
		t.Fatalf("second cancel: %d %s, want 409 naming the status", again.StatusCode(), again.Body)
	}

	// A job that completed cannot be cancelled either.
	done := e.createV2(v2Body(f.Id), nil)
	e.clock.Advance(time.Second)
	late, err := e.c.CancelClassifyJobWithResponse(ctx(t), done.Id, nil)
	if err != nil {
		t.Fatal(err)
	}
	if late.StatusCode() != http.StatusConflict || late.JSONDefault == nil || !strings.Contains(late.JSONDefault.Detail, "COMPLETED") {
		t.Fatalf("cancel of a completed job: %d %s", late.StatusCode(), late.Body)
	}

	missing, err := e.c.CancelClassifyJobWithResponse(ctx(t), "cls-nope", nil)
	if err != nil {
		t.Fatal(err)
	}
	if missing.StatusCode() != http.StatusNotFound || missing.JSON404 == nil {
		t.Fatalf("cancel of an unknown job: %d %s", missing.StatusCode(), missing.Body)
	}
}

func TestGetUnknownV2JobIs404(t *testing.T) {
	e := newEnv(t)
	resp, err := e.c.GetClassifyJobWithResponse(ctx(t), "cls-nope", nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != http.StatusNotFound || resp.JSON404 == nil || resp.JSON404.Detail == "" {
		t.Fatalf("%d %s", resp.StatusCode(), resp.Body)
	}
}

func TestJobsAreScopedToTheirProject(t *testing.T) {
	e := newEnv(t)
	job := e.createV2(v2Body("dfl-1"), nil)
	other := mustUUID(t, "11111111-2222-4333-8444-555555555555")
	resp, err := e.c.GetClassifyJobWithResponse(ctx(t), job.Id, &gen.GetClassifyJobParams{ProjectId: &other})
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode() != http.StatusNotFound {
		t.Fatalf("another project sees the job: %d", resp.StatusCode())
	}
	list, err := e.c.ListClassifyJobsWithResponse(ctx(t), &gen.ListClassifyJobsParams{ProjectId: &other})
	if err != nil {
		t.Fatal(err)
	}
	if len(list.JSON200.Items) != 0 {
		t.Fatalf("another project lists %d jobs", len(list.JSON200.Items))
	}
}

func TestV2DeprecatedInputFields(t *testing.T) {
	e := newEnv(t, WithProcessingDelay(0))
	f := e.upload("a.txt", "invoice")
	byFileID := e.createV2(gen.ClassifyV2JobCreateRequest{FileId: &f.Id, Configuration: &gen.ClassifyV2Configuration{Rules: invoiceRules}}, nil)
	if byFileID.FileInput != f.Id || byFileID.DocumentInputType != gen.DocumentInputTypeFileId {
		t.Fatalf("file_id: %+v", byFileID)
	}
	if got := e.getV2(byFileID.Id); got.Status != gen.ClassifyV2JobStatusCOMPLETED {
		t.Fatalf("file_id job %s", got.Status)
	}
	byParseJob := e.createV2(gen.ClassifyV2JobCreateRequest{ParseJobId: strPtr("pjb-9"), Configuration: &gen.ClassifyV2Configuration{Rules: invoiceRules}}, nil)
	if byParseJob.FileInput != "pjb-9" || byParseJob.DocumentInputType != gen.DocumentInputTypeParseJobId || deref(byParseJob.ParseJobId) != "pjb-9" {
		t.Fatalf("parse_job_id: %+v", byParseJob)
	}
}
