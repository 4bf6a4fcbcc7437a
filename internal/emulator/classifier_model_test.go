package emulator

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
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
