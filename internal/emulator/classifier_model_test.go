package emulator

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llamaclassify/llamaclassify-go/internal/llmclassifier"
)

// modelServer is an OpenAI-compatible endpoint on loopback that answers
// every chat completion with status and body.
func modelServer(t *testing.T, status int, body string) *llmclassifier.Classifier {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	c, err := llmclassifier.New(llmclassifier.Config{URL: srv.URL, Model: "tiny", Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

const invoiceDoc = "INVOICE\nInvoice number: 17\nLine items: 2 x widget 5.00\nTotal amount: 10.00\n"

// With a model, a v2 job's result is the model's answer.
func TestModelAnswersJobs(t *testing.T) {
	m := modelServer(t, http.StatusOK, `{"choices":[{"message":{"role":"assistant","content":"{\"type\":\"receipt\",\"confidence\":0.61,\"reasoning\":\"From the model.\"}"}}]}`)
	e := newEnv(t, WithProcessingDelay(0), WithModel(m))
	f := e.upload("doc.txt", invoiceDoc)
	job := e.getV2(e.createV2(v2Body(f.Id), nil).Id)
	if job.Result == nil || job.Result.Type == nil || *job.Result.Type != "receipt" || job.Result.Confidence != 0.61 || job.Result.Reasoning != "From the model." {
		t.Fatalf("result %+v, want the model's answer", job.Result)
	}
}

// When the model fails, the built-in scorer decides and the reasoning
// says so.
func TestModelFailureFallsBackToTheScorer(t *testing.T) {
	m := modelServer(t, http.StatusInternalServerError, `{"error":"model not loaded"}`)
	e := newEnv(t, WithProcessingDelay(0), WithModel(m))
	f := e.upload("doc.txt", invoiceDoc)
	job := e.getV2(e.createV2(v2Body(f.Id), nil).Id)
	if job.Result == nil || job.Result.Type == nil || *job.Result.Type != "invoice" {
		t.Fatalf("result %+v, want the scorer's invoice", job.Result)
	}
	if !strings.Contains(job.Result.Reasoning, "built-in scorer") || !strings.Contains(job.Result.Reasoning, "HTTP 500") {
		t.Errorf("reasoning %q does not say the scorer decided after HTTP 500", job.Result.Reasoning)
	}
}

// Closing the emulator cuts a model call short rather than waiting for the
// model's timeout, and a classification cut short is not stored: another
// emulator on the same store computes it.
func TestCloseDoesNotWaitForTheModel(t *testing.T) {
	asked := make(chan struct{}, 1)
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case asked <- struct{}{}:
		default:
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) })
	m, err := llmclassifier.New(llmclassifier.Config{URL: srv.URL, Model: "tiny", Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, WithProcessingDelay(0), WithModel(m))
	f := e.upload("doc.txt", invoiceDoc)
	job := e.createV2(v2Body(f.Id), nil)
	select {
	case <-asked:
	case <-time.After(2 * time.Minute):
		t.Fatal("the model was never asked")
	}
	closed := make(chan struct{})
	go func() {
		e.srv.Close()
		close(closed)
	}()
	select {
	case <-closed:
	case <-time.After(2 * time.Minute):
		t.Fatal("Close waits for the model's hour-long timeout")
	}
	// The classification cut short was not stored as the job's outcome.
	// (An SQLite store is closed with the server; the memory store can
	// still be read.)
	if j, err := e.srv.store.GetJob(context.Background(), kindV2, DefaultProjectID, job.Id); err == nil && j.Outcome != nil {
		t.Fatalf("job after Close: %+v; want no outcome stored", j.Outcome)
	}
}

// A model's answers are not the scorer's, nor another model's: the ID an
// outcome records names the model and where it is asked.
func TestAModelNamesItsAnswers(t *testing.T) {
	m := modelServer(t, http.StatusOK, `{}`)
	id := modelClassifier{model: m}.ID()
	if id == (scorerClassifier{}).ID() || !strings.Contains(id, "tiny") || !strings.Contains(id, m.Endpoint()) {
		t.Errorf("model classifier ID %q, want one that names the model tiny at %s, not the scorer's %q", id, m.Endpoint(), scorerClassifier{}.ID())
	}
}

// A model's failure is transient: the scorer's stand-in answer is not kept
// as the model's. A create that repeats the transaction id of a job the
// scorer answered for a failing model makes a new job, which asks the
// model again; once the model has answered, repeated creates return that
// job.
func TestAStandInAnswerIsNotKeptAsTheModels(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		if calls.Add(1) == 1 {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = io.WriteString(w, `{"error":"model loading"}`)
			return
		}
		_, _ = io.WriteString(w, `{"choices":[{"message":{"role":"assistant","content":"{\"type\":\"receipt\",\"confidence\":0.61,\"reasoning\":\"From the model.\"}"}}]}`)
	}))
	t.Cleanup(srv.Close)
	m, err := llmclassifier.New(llmclassifier.Config{URL: srv.URL, Model: "tiny", Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, WithProcessingDelay(0), WithModel(m))
	f := e.upload("doc.txt", invoiceDoc)
	body := v2Body(f.Id)
	body.TransactionId = strPtr("txn-model")
	first := e.getV2(e.createV2(body, nil).Id)
	if first.Result == nil || !strings.Contains(first.Result.Reasoning, "built-in scorer") {
		t.Fatalf("first job %+v, want the scorer's stand-in for the failing model", first.Result)
	}
	second := e.getV2(e.createV2(body, nil).Id)
	if second.Id == first.Id {
		t.Fatalf("the repeated create returned the stand-in's job %s", first.Id)
	}
	if second.Result == nil || second.Result.Type == nil || *second.Result.Type != "receipt" || second.Result.Reasoning != "From the model." {
		t.Fatalf("second job %+v, want the model's answer", second.Result)
	}
	if third := e.createV2(body, nil); third.Id != second.Id {
		t.Errorf("a third create made %s, want the model's job %s", third.Id, second.Id)
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("the model was asked %d times, want 2", n)
	}
	if again := e.getV2(first.Id); again.Result == nil || again.Result.Reasoning != first.Result.Reasoning {
		t.Errorf("the first job, read again: %+v", again.Result)
	}
}
