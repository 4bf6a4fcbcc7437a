package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/llamaclassify/llamaclassify-go/internal/llmclassifier"
)

// With LLAMACLASSIFY_EMULATOR_LLM_URL and _MODEL set, the built-in
// emulator classifies with that model.
func TestEmulatorAsksTheConfiguredModel(t *testing.T) {
	var (
		mu    sync.Mutex
		asked []string
	)
	model := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		asked = append(asked, r.URL.Path+" "+string(body))
		mu.Unlock()
		_, _ = io.WriteString(w, `{"choices":[{"message":{"role":"assistant","content":"{\"type\":\"receipt\",\"confidence\":0.42,\"reasoning\":\"The model says so.\"}"}}]}`)
	}))
	defer model.Close()

	env := map[string]string{envEmulatorDelay: "0s", llmclassifier.EnvURL: model.URL, llmclassifier.EnvModel: "tiny"}
	r := runCLI(t, env, "classify-files", "../../testdata/docs/invoice.pdf", "--rules", "../../testdata/rules.yaml")
	wantCode(t, r, exitOK)
	if !strings.Contains(r.stderr, "classifies with the model tiny at "+model.URL+"/v1/chat/completions") {
		t.Errorf("stderr %q does not name the model", r.stderr)
	}
	rows := mustJSON[[]fileOutcome](t, r)
	if len(rows) != 1 || rows[0].Result == nil || rows[0].Result.Type == nil || *rows[0].Result.Type != "receipt" || rows[0].Result.Reasoning != "The model says so." {
		t.Fatalf("rows %+v, want the model's answer", rows)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(asked) != 1 || !strings.HasPrefix(asked[0], "/v1/chat/completions ") || !strings.Contains(asked[0], `"model":"tiny"`) {
		t.Errorf("the model was asked %q", asked)
	}
}

func TestModelWithoutNameIsAUsageError(t *testing.T) {
	env := map[string]string{envEmulatorDelay: "0s", llmclassifier.EnvURL: "http://127.0.0.1:1"}
	r := runCLI(t, env, "classify", "list")
	wantCode(t, r, exitError)
	if !strings.Contains(r.stderr, llmclassifier.EnvModel) {
		t.Errorf("stderr %q does not name %s", r.stderr, llmclassifier.EnvModel)
	}
}
