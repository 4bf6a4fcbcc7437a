package emulator

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"
	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

func TestConcurrentUse(t *testing.T) {
	var hooks atomic.Int64
	sink := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hooks.Add(1) }))
	t.Cleanup(sink.Close)
	url := sink.URL
	e := newEnv(t, WithProcessingDelay(time.Millisecond))
	seed := e.upload("seed.txt", "invoice")
	const workers, rounds = 8, 6
	var wg sync.WaitGroup
	errs := make(chan error, workers*rounds)
	for w := range workers {
		wg.Go(func() {
			c := context.Background()
			for r := range rounds {
				e.clock.Advance(time.Millisecond)
				tx := fmt.Sprintf("tx-%d", r) // shared across workers: creates race on one key
				body := v2Body(seed.Id)
				body.TransactionId = &tx
				body.WebhookConfigurations = &[]gen.WebhookConfiguration{{WebhookUrl: &url}}
				created, err := e.c.CreateClassifyJobWithResponse(c, nil, body)
				if err != nil || created.JSON200 == nil {
					errs <- fmt.Errorf("create: %v", err)
					return
				}
				ct, form := multipartForm(t, fmt.Sprintf("w%d-%d.txt", w, r), []byte("receipt"), map[string]string{"purpose": "classify"})
				if _, err := e.c.UploadFileWithBodyWithResponse(c, nil, ct, form); err != nil {
					errs <- err
					return
				}
				if _, err := e.c.CreateClassifierJobWithResponse(c, nil, gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{bare(t, seed)}, Rules: invoiceRules}); err != nil {
					errs <- err
					return
				}
				for _, call := range []func() error{
					func() error { _, err := e.c.GetClassifyJobWithResponse(c, created.JSON200.Id, nil); return err },
					func() error { _, err := e.c.CancelClassifyJobWithResponse(c, created.JSON200.Id, nil); return err },
					func() error {
						_, err := e.c.ListClassifyJobsWithResponse(c, &gen.ListClassifyJobsParams{PageSize: intPtr(3)})
						return err
					},
					func() error {
						_, err := e.c.ListClassifierJobsWithResponse(c, &gen.ListClassifierJobsParams{PageSize: intPtr(3)})
						return err
					},
					func() error {
						_, err := e.c.ListFilesWithResponse(c, &gen.ListFilesParams{PageSize: intPtr(3)})
						return err
					},
					func() error { e.srv.Stats(); return nil },
				} {
					if err := call(); err != nil {
						errs <- err
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	st := e.srv.Stats()
	e.srv.Close()
	if hooks.Load() == 0 {
		t.Error("no webhook was delivered")
	}
	for err := range errs {
		t.Error(err)
	}
	if st.ClassifyJobs != rounds || st.ClassifierJobs != workers*rounds || st.Files != 1+workers*rounds {
		t.Fatalf("stats %+v: want %d v2 jobs (one per key), %d v1 jobs, %d files", st, rounds, workers*rounds, 1+workers*rounds)
	}
}

func TestStartServesOnLoopbackAndCloses(t *testing.T) {
	run, err := Start(WithRequiredKey("k"))
	if err != nil {
		t.Fatal(err)
	}
	host, _, err := net.SplitHostPort(run.URL[len("http://"):])
	if err != nil || host != "127.0.0.1" {
		t.Fatalf("URL %s, want one on 127.0.0.1", run.URL)
	}
	v, err := openapi.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	c, err := gen.NewClientWithResponses(run.URL, gen.WithHTTPClient(clientFor(t, v)), gen.WithRequestEditorFn(bearer("k")))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.ListFilesWithResponse(ctx(t), nil)
	if err != nil || resp.StatusCode() != http.StatusOK {
		t.Fatalf("%v %v", resp, err)
	}
	if err := run.Close(); err != nil {
		t.Fatal(err)
	}
	if err := run.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := c.ListFilesWithResponse(ctx(t), nil); err == nil {
		t.Fatal("still serving after Close")
	}
}

func TestServeUntilCancelled(t *testing.T) {
	s := New()
	defer s.Close()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(c, l) }()
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	req, _ := http.NewRequest(http.MethodGet, "http://"+l.Addr().String()+"/api/v2/classify", nil)
	req.Header.Set("Authorization", "Bearer k")
	resp, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve returned %v after cancellation, want nil", err)
		}
	case <-time.After(patience):
		t.Fatal("Serve did not return after cancellation")
	}
}

// TestFixturesReproduceTheSeedExamples stores the responses of the service's
// CLI reference pages and reads them back through the API.
func TestFixturesReproduceTheSeedExamples(t *testing.T) {
	e := newEnv(t)
	var v1 gen.ClassifyJob
	readJSON(t, "../../testdata/seeds/GetClassifierJob.json", &v1)
	var results gen.ClassifyJobResults
	readJSON(t, "../../testdata/seeds/GetClassifierJobResults.json", &results)
	var v2 gen.ClassifyV2JobResponse
	readJSON(t, "../../testdata/seeds/GetClassifyJob.json", &v2)
	// The seed's project is not the emulator's default: read in it.
	project := v1.ProjectId
	e.srv.PutClassifierJob(v1, results.Items)
	v2.ProjectId = DefaultProjectID
	e.srv.PutClassifyJob(v2)

	got, err := e.c.GetClassifierJobWithResponse(ctx(t), v1.Id, &gen.GetClassifierJobParams{ProjectId: &project})
	if err != nil || got.JSON200 == nil {
		t.Fatalf("%v %v", got, err)
	}
	if got.JSON200.Status != v1.Status || deref(got.JSON200.ErrorMessage) != "error_message" || !got.JSON200.CreatedAt.Equal(*v1.CreatedAt) {
		t.Fatalf("stored job came back as %+v", got.JSON200)
	}
	res, err := e.c.GetClassifierJobResultsWithResponse(ctx(t), v1.Id, &gen.GetClassifierJobResultsParams{ProjectId: &project})
	if err != nil || res.JSON200 == nil || len(res.JSON200.Items) != 1 || deref(res.JSON200.Items[0].Result.Type) != "type" {
		t.Fatalf("results %+v %v", res.JSON200, err)
	}
	job := e.getV2("id")
	if job.Status != gen.ClassifyV2JobStatusPENDING || job.FileInput != "file_input" || job.DocumentInputType != gen.DocumentInputTypeUrl {
		t.Fatalf("v2 fixture came back as %+v", job)
	}
	// Stored jobs keep their status as time passes.
	e.clock.Advance(time.Hour)
	if job := e.getV2("id"); job.Status != gen.ClassifyV2JobStatusPENDING {
		t.Fatalf("a fixture moved on to %s", job.Status)
	}

	f := e.srv.PutFile(gen.FileV2{Name: "seed.txt"}, []byte("invoice"))
	if f.Id == "" || deref(f.FileType) != "txt" {
		t.Fatalf("PutFile filled %+v", f)
	}
	listed, err := e.c.ListFilesWithResponse(ctx(t), &gen.ListFilesParams{FileIds: &[]openapi_types.UUID{uuid.MustParse(strings.TrimPrefix(f.Id, "dfl-"))}})
	if err != nil || len(listed.JSON200.Items) != 1 {
		t.Fatalf("%v %v", listed, err)
	}
	// A stored file can be classified.
	fixedID := uuid.MustParse("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
	e.srv.PutFile(gen.FileV2{Id: fixedID.String(), Name: "bare.txt"}, []byte("invoice"))
	e2 := e.createV1(gen.ClassifyJobCreate{FileIds: []openapi_types.UUID{fixedID}, Rules: invoiceRules})
	e.clock.Advance(time.Second)
	if done, res := e.getV1(e2.Id); done.Status != gen.StatusEnumSUCCESS || deref(res[0].Result.Type) != "invoice" {
		t.Fatalf("%s %+v", done.Status, res)
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}
