package llmclassifier

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/llamaclassify/llamaclassify-go/internal/scorer"
)

var rules = []scorer.Rule{
	{Type: "invoice", Description: "contains invoice number, line items, and total amount"},
	{Type: "receipt", Description: "purchase receipt with transaction info and merchant details"},
}

const invoiceText = "INVOICE\nInvoice number: 17\nLine items: 2 x widget 5.00\nTotal amount: 10.00\n"

// fake is an OpenAI-compatible endpoint on loopback that answers each
// request with reply and records what it was sent.
type fake struct {
	srv   *httptest.Server
	mu    sync.Mutex
	reqs  []chatRequest
	auth  []string
	paths []string
}

func newFake(t *testing.T, reply func(w http.ResponseWriter, r *http.Request)) *fake {
	t.Helper()
	f := &fake{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req chatRequest
		body, _ := io.ReadAll(r.Body)
		if err := json.Unmarshal(body, &req); err != nil {
			t.Errorf("the request body is not a chat request: %v", err)
		}
		f.mu.Lock()
		f.reqs = append(f.reqs, req)
		f.auth = append(f.auth, r.Header.Get("Authorization"))
		f.paths = append(f.paths, r.Method+" "+r.URL.Path)
		f.mu.Unlock()
		reply(w, r)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// content answers with a chat completion whose message is content.
func content(s string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"id":      "chatcmpl-1",
			"object":  "chat.completion",
			"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": s}, "finish_reason": "stop"}},
		})
	}
}

func newClassifier(t *testing.T, url string, timeout time.Duration) *Classifier {
	t.Helper()
	c, err := New(Config{URL: url, Model: "tiny", APIKey: "sk-test", Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestGoodAnswerIsUsed(t *testing.T) {
	f := newFake(t, content(`{"type":"invoice","confidence":0.93,"reasoning":"The title says INVOICE and it lists line items."}`))
	c := newClassifier(t, f.srv.URL, 10*time.Second)
	res := c.Classify(context.Background(), invoiceText, rules)
	if res.Type == nil || *res.Type != "invoice" || res.Confidence != 0.93 || res.Reasoning != "The title says INVOICE and it lists line items." {
		t.Fatalf("got %+v", res)
	}
	if again, fellBack := c.Answer(context.Background(), invoiceText, rules); fellBack || again.Type == nil || *again.Type != *res.Type || again.Reasoning != res.Reasoning {
		t.Errorf("Answer gave %+v, fell back %v; want the model's answer", again, fellBack)
	}

	if len(f.reqs) != 2 {
		t.Fatalf("%d requests, want 2", len(f.reqs))
	}
	req := f.reqs[0]
	if f.paths[0] != "POST /v1/chat/completions" {
		t.Errorf("request to %q, want POST /v1/chat/completions", f.paths[0])
	}
	if f.auth[0] != "Bearer sk-test" {
		t.Errorf("Authorization %q", f.auth[0])
	}
	if req.Model != "tiny" || req.Temperature != 0 || req.Stream {
		t.Errorf("model %q, temperature %v, stream %v", req.Model, req.Temperature, req.Stream)
	}
	if req.ResponseFormat.Type != "json_schema" || req.ResponseFormat.JSONSchema.Schema == nil {
		t.Fatalf("response_format %+v", req.ResponseFormat)
	}
	props := req.ResponseFormat.JSONSchema.Schema["properties"].(map[string]any)
	enum := props["type"].(map[string]any)["enum"].([]any)
	if len(enum) != 3 || enum[0] != "invoice" || enum[1] != "receipt" || enum[2] != nil {
		t.Errorf("type enum %v, want the rules' types and null", enum)
	}
	user := req.Messages[len(req.Messages)-1].Content
	for _, s := range []string{rules[0].Description, rules[1].Description, "Invoice number: 17"} {
		if !strings.Contains(user, s) {
			t.Errorf("the prompt lacks %q:\n%s", s, user)
		}
	}
}

func TestNullAndFencedAnswers(t *testing.T) {
	f := newFake(t, content("```json\n{\"type\": null, \"confidence\": 0.7, \"reasoning\": \"A recipe.\"}\n```"))
	c := newClassifier(t, f.srv.URL+"/v1", 10*time.Second)
	res := c.Classify(context.Background(), "Tomato soup", rules)
	if res.Type != nil || res.Confidence != 0.7 || res.Reasoning != "A recipe." {
		t.Fatalf("got %+v", res)
	}
	if f.paths[0] != "POST /v1/chat/completions" {
		t.Errorf("request to %q", f.paths[0])
	}
}

func TestTypeDifferingOnlyInCaseIsTheRulesType(t *testing.T) {
	f := newFake(t, content(`{"type":"INVOICE","confidence":0.8,"reasoning":"r"}`))
	res := newClassifier(t, f.srv.URL, 10*time.Second).Classify(context.Background(), invoiceText, rules)
	if res.Type == nil || *res.Type != "invoice" {
		t.Fatalf("got %+v", res)
	}
}

// Every bad answer falls back to the built-in scorer, whose verdict on
// invoiceText is invoice, and the reasoning says why.
func TestBadAnswersFallBack(t *testing.T) {
	block := make(chan struct{})
	t.Cleanup(func() { close(block) })
	for _, tc := range []struct {
		name  string
		reply func(http.ResponseWriter, *http.Request)
		why   string
	}{
		{"malformed JSON", content(`{"type": "invoice", "confidence": 0.9, "reasoning": `), "not the JSON asked for"},
		{"not JSON at all", content(`It is an invoice.`), "not the JSON asked for"},
		{"type out of schema", content(`{"type":"purchase_order","confidence":0.9,"reasoning":"r"}`), `type "purchase_order" is none of the rules' types`},
		{"confidence above 1", content(`{"type":"invoice","confidence":1.5,"reasoning":"r"}`), "confidence 1.5 is outside [0, 1]"},
		{"confidence below 0", content(`{"type":"invoice","confidence":-0.1,"reasoning":"r"}`), "outside [0, 1]"},
		{"confidence a string", content(`{"type":"invoice","confidence":"high","reasoning":"r"}`), "not the JSON asked for"},
		{"missing reasoning", content(`{"type":"invoice","confidence":0.9}`), "lacks confidence or reasoning"},
		{"extra field", content(`{"type":"invoice","confidence":0.9,"reasoning":"r","label":"x"}`), "not the JSON asked for"},
		{"two values", content(`{"type":"invoice","confidence":0.9,"reasoning":"r"} {}`), "more than one JSON value"},
		{"no choices", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, `{"choices":[]}`) }, "no choices"},
		{"not a completion", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, `<html>`) }, "not a chat completion"},
		{"HTTP 500", func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "model not loaded", http.StatusInternalServerError)
		}, "HTTP 500: model not loaded"},
		{"slow answer", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-block:
			case <-r.Context().Done():
			}
		}, "no answer within 200ms"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, tc.reply)
			c := newClassifier(t, f.srv.URL, 200*time.Millisecond)
			start := time.Now()
			res, fellBack := c.Answer(context.Background(), invoiceText, rules)
			if !fellBack {
				t.Error("Answer does not say the answer is the fallback's")
			}
			if took := time.Since(start); took > 30*time.Second {
				t.Errorf("took %v with a 200ms timeout", took)
			}
			if res.Type == nil || *res.Type != "invoice" {
				t.Errorf("type %v, want the built-in scorer's invoice (%s)", res.Type, res.Reasoning)
			}
			if !strings.Contains(res.Reasoning, "built-in scorer") || !strings.Contains(res.Reasoning, tc.why) {
				t.Errorf("reasoning %q does not say the scorer decided because %q", res.Reasoning, tc.why)
			}
			want := scorer.Classify(invoiceText, rules)
			if res.Confidence != want.Confidence || !strings.HasSuffix(res.Reasoning, want.Reasoning) {
				t.Errorf("got %+v, want the scorer's %+v", res, want)
			}
		})
	}
}

func TestUnreachableServerFallsBack(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	res := newClassifier(t, url, 10*time.Second).Classify(context.Background(), invoiceText, rules)
	if res.Type == nil || *res.Type != "invoice" || !strings.Contains(res.Reasoning, "request failed") {
		t.Errorf("got %+v", res)
	}
}

func TestLongDocumentsAreCut(t *testing.T) {
	f := newFake(t, content(`{"type":null,"confidence":0.5,"reasoning":"r"}`))
	text := "a" + strings.Repeat("é", MaxPromptText) // the cut falls inside an é
	newClassifier(t, f.srv.URL, 10*time.Second).Classify(context.Background(), text, rules)
	user := f.reqs[0].Messages[1].Content
	if len(user) > MaxPromptText+2000 || !strings.Contains(user, "more bytes not shown") {
		t.Errorf("prompt of %d bytes for a %d-byte text", len(user), len(text))
	}
	// A character cut in half would reach the server as U+FFFD.
	if !utf8.ValidString(user) || strings.ContainsRune(user, utf8.RuneError) {
		t.Error("the prompt holds a character cut in half")
	}
}

func TestFromEnv(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	if c, err := FromEnv(env(nil)); c != nil || err != nil {
		t.Errorf("unset: %v, %v; want nil, nil", c, err)
	}
	c, err := FromEnv(env(map[string]string{EnvURL: "http://127.0.0.1:11434", EnvModel: "llama3.2", EnvTimeout: "5s"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Endpoint() != "http://127.0.0.1:11434/v1/chat/completions" || c.cfg.Timeout != 5*time.Second {
		t.Errorf("endpoint %q, timeout %v", c.Endpoint(), c.cfg.Timeout)
	}
	for _, bad := range []map[string]string{
		{EnvURL: "http://127.0.0.1:8080"},
		{EnvModel: "llama3.2"},
		{EnvURL: "127.0.0.1:8080", EnvModel: "m"},
		{EnvURL: "ftp://host/", EnvModel: "m"},
		{EnvURL: "http://127.0.0.1:8080", EnvModel: "m", EnvTimeout: "soon"},
		{EnvURL: "http://127.0.0.1:8080", EnvModel: "m", EnvTimeout: "-1s"},
	} {
		if c, err := FromEnv(env(bad)); err == nil {
			t.Errorf("%v: no error (%v)", bad, c)
		}
	}
}

func TestEndpointOf(t *testing.T) {
	for in, want := range map[string]string{
		"http://localhost:11434":                         "http://localhost:11434/v1/chat/completions",
		"http://localhost:11434/":                        "http://localhost:11434/v1/chat/completions",
		"http://localhost:8080/v1":                       "http://localhost:8080/v1/chat/completions",
		"https://host/openai/v1/chat/completions":        "https://host/openai/v1/chat/completions",
		"http://127.0.0.1:8000/api/v1/chat/completions/": "http://127.0.0.1:8000/api/v1/chat/completions",
	} {
		if got, err := endpointOf(in); err != nil || got != want {
			t.Errorf("endpointOf(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
