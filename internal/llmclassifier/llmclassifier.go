// Package llmclassifier classifies documents with a language model served
// behind an OpenAI-compatible chat-completions endpoint (a local Ollama,
// llama.cpp or vLLM server), for the emulator of people who have one. It
// asks the model for {type, confidence, reasoning} under a JSON schema,
// checks the answer, and falls back to the built-in scorer, saying so in
// the reasoning, when the model fails, is too slow or answers out of
// schema.
package llmclassifier

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/llamaclassify/llamaclassify-go/internal/scorer"
)

// The environment variables FromEnv reads.
const (
	// EnvURL is the chat-completions endpoint, or the server's base URL
	// (".../v1/chat/completions" is added when missing).
	EnvURL = "LLAMACLASSIFY_EMULATOR_LLM_URL"
	// EnvModel names the model to ask.
	EnvModel = "LLAMACLASSIFY_EMULATOR_LLM_MODEL"
	// EnvAPIKey, when set, is sent as a bearer token.
	EnvAPIKey = "LLAMACLASSIFY_EMULATOR_LLM_API_KEY"
	// EnvTimeout bounds one classification, as a Go duration ("30s").
	EnvTimeout = "LLAMACLASSIFY_EMULATOR_LLM_TIMEOUT"
)

// DefaultTimeout bounds one request to the model unless Config.Timeout
// says otherwise.
const DefaultTimeout = 60 * time.Second

// MaxPromptText is how much of a document's text the model is shown: the
// start of a document says what it is, and the bound keeps a request small
// enough for a local model's context.
const MaxPromptText = 12000

// maxAnswerBytes bounds the response body read.
const maxAnswerBytes = 1 << 20

// Config says which model to ask and how.
type Config struct {
	// URL is the chat-completions endpoint, or the server's base URL.
	URL string
	// Model names the model.
	Model string
	// APIKey, when not empty, is sent as "Authorization: Bearer APIKey".
	APIKey string
	// Timeout bounds one request (default DefaultTimeout).
	Timeout time.Duration
	// HTTPClient sends the requests (default: a client without a timeout
	// of its own; Timeout bounds each request).
	HTTPClient *http.Client
	// Fallback classifies when the model cannot (default scorer.Classify).
	Fallback func(text string, rules []scorer.Rule) scorer.Result
}

// Classifier asks a model to classify documents. It is safe for
// concurrent use.
type Classifier struct {
	endpoint string
	cfg      Config
}

// New checks cfg and returns a Classifier.
func New(cfg Config) (*Classifier, error) {
	if strings.TrimSpace(cfg.Model) == "" {
		return nil, errors.New("llmclassifier: no model named")
	}
	endpoint, err := endpointOf(cfg.URL)
	if err != nil {
		return nil, err
	}
	if cfg.Timeout < 0 {
		return nil, fmt.Errorf("llmclassifier: negative timeout %v", cfg.Timeout)
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{}
	}
	if cfg.Fallback == nil {
		cfg.Fallback = scorer.Classify
	}
	return &Classifier{endpoint: endpoint, cfg: cfg}, nil
}

// FromEnv builds a Classifier from the environment variables above, read
// with getenv. It returns nil and no error when neither EnvURL nor
// EnvModel is set, and an error naming the variable when one is set
// wrongly or one of the two is missing.
func FromEnv(getenv func(string) string) (*Classifier, error) {
	u := strings.TrimSpace(getenv(EnvURL))
	if u == "" {
		// A model named with no endpoint asks nothing: say so rather
		// than let the user believe the model answers.
		if m := strings.TrimSpace(getenv(EnvModel)); m != "" {
			return nil, fmt.Errorf("%s is set (%q) but %s is not: give the model's endpoint, or unset %s to use the built-in scorer", EnvModel, m, EnvURL, EnvModel)
		}
		return nil, nil
	}
	cfg := Config{URL: u, Model: strings.TrimSpace(getenv(EnvModel)), APIKey: strings.TrimSpace(getenv(EnvAPIKey))}
	if cfg.Model == "" {
		return nil, fmt.Errorf("%s is set but %s is not: name the model to ask", EnvURL, EnvModel)
	}
	if t := strings.TrimSpace(getenv(EnvTimeout)); t != "" {
		d, err := time.ParseDuration(t)
		if err != nil || d <= 0 {
			return nil, fmt.Errorf("%s=%q: want a positive duration like 30s", EnvTimeout, t)
		}
		cfg.Timeout = d
	}
	c, err := New(cfg)
	if err != nil {
		return nil, fmt.Errorf("%s=%q: %w", EnvURL, u, err)
	}
	return c, nil
}

// endpointOf completes a base URL to its chat-completions endpoint.
func endpointOf(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("llmclassifier: %q is not an http(s) URL", raw)
	}
	p := strings.TrimRight(u.Path, "/")
	switch {
	case strings.HasSuffix(p, "/chat/completions"):
	case strings.HasSuffix(p, "/v1"):
		p += "/chat/completions"
	default:
		p += "/v1/chat/completions"
	}
	u.Path = p
	return u.String(), nil
}

// Endpoint is the URL the requests go to.
func (c *Classifier) Endpoint() string { return c.endpoint }

// Model is the name of the model asked.
func (c *Classifier) Model() string { return c.cfg.Model }

// Classify asks the model which rule fits text. When the model fails, is
// slower than the timeout, or answers out of schema, it returns the
// fallback's result with a reasoning that says why the model was not used.
func (c *Classifier) Classify(ctx context.Context, text string, rules []scorer.Rule) scorer.Result {
	res, _ := c.Answer(ctx, text, rules)
	return res
}

// Answer is Classify, and also says whether the answer is the fallback's
// rather than the model's, so that a caller keeping answers can ask the
// model again later instead of keeping a transient failure's stand-in.
func (c *Classifier) Answer(ctx context.Context, text string, rules []scorer.Rule) (res scorer.Result, fellBack bool) {
	res, err := c.ask(ctx, text, rules)
	if err == nil {
		return res, false
	}
	fb := c.cfg.Fallback(text, rules)
	fb.Reasoning = fmt.Sprintf("The model %s gave no usable answer (%v), so the built-in scorer decided: %s", c.cfg.Model, err, fb.Reasoning)
	return fb, true
}

// answer is what the model is asked to return.
type answer struct {
	Type       *string  `json:"type"`
	Confidence *float64 `json:"confidence"`
	Reasoning  *string  `json:"reasoning"`
}

func (c *Classifier) ask(ctx context.Context, text string, rules []scorer.Rule) (scorer.Result, error) {
	if len(rules) == 0 {
		return scorer.Result{}, errors.New("no rules were given")
	}
	body, err := json.Marshal(c.request(text, rules))
	if err != nil {
		return scorer.Result{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, bytes.NewReader(body))
	if err != nil {
		return scorer.Result{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return scorer.Result{}, fmt.Errorf("no answer within %v", c.cfg.Timeout)
		}
		return scorer.Result{}, fmt.Errorf("request failed: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return scorer.Result{}, fmt.Errorf("no answer within %v", c.cfg.Timeout)
		}
		return scorer.Result{}, fmt.Errorf("reading the answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return scorer.Result{}, fmt.Errorf("HTTP %d: %s", resp.StatusCode, snippet(raw))
	}
	var completion struct {
		Choices []struct {
			Message struct {
				Content string `json:"content"`
			} `json:"message"`
		} `json:"choices"`
	}
	if err := json.Unmarshal(raw, &completion); err != nil {
		return scorer.Result{}, fmt.Errorf("the response is not a chat completion: %v", err)
	}
	if len(completion.Choices) == 0 {
		return scorer.Result{}, errors.New("the response has no choices")
	}
	return parseAnswer(completion.Choices[0].Message.Content, rules)
}

// parseAnswer checks the model's message against the schema: type one of
// the rules' types or null, confidence a number in [0, 1], reasoning a
// non-empty string, and nothing else.
func parseAnswer(content string, rules []scorer.Rule) (scorer.Result, error) {
	content = strings.TrimSpace(content)
	// Some models fence their JSON even when asked for bare JSON.
	if rest, ok := strings.CutPrefix(content, "```"); ok {
		rest = strings.TrimPrefix(rest, "json")
		if inner, ok := strings.CutSuffix(strings.TrimSpace(rest), "```"); ok {
			content = strings.TrimSpace(inner)
		}
	}
	dec := json.NewDecoder(strings.NewReader(content))
	dec.DisallowUnknownFields()
	var a answer
	if err := dec.Decode(&a); err != nil {
		return scorer.Result{}, fmt.Errorf("the answer is not the JSON asked for: %v", err)
	}
	if dec.More() {
		return scorer.Result{}, errors.New("the answer has more than one JSON value")
	}
	if a.Confidence == nil || a.Reasoning == nil {
		return scorer.Result{}, errors.New("the answer lacks confidence or reasoning")
	}
	if c := *a.Confidence; math.IsNaN(c) || c < 0 || c > 1 {
		return scorer.Result{}, fmt.Errorf("confidence %v is outside [0, 1]", c)
	}
	if strings.TrimSpace(*a.Reasoning) == "" {
		return scorer.Result{}, errors.New("the reasoning is empty")
	}
	res := scorer.Result{Confidence: *a.Confidence, Reasoning: *a.Reasoning}
	if a.Type != nil {
		t, ok := ruleType(*a.Type, rules)
		if !ok {
			return scorer.Result{}, fmt.Errorf("type %q is none of the rules' types", *a.Type)
		}
		res.Type = &t
	}
	return res, nil
}

// ruleType finds the rule type the model named: exactly, or else the one
// type equal to it but for case.
func ruleType(t string, rules []scorer.Rule) (string, bool) {
	var folded []string
	for _, r := range rules {
		if r.Type == t {
			return t, true
		}
		if strings.EqualFold(r.Type, t) {
			folded = append(folded, r.Type)
		}
	}
	if len(folded) == 1 {
		return folded[0], true
	}
	return "", false
}

func snippet(b []byte) string {
	s := strings.TrimSpace(string(b))
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	if s == "" {
		return "empty body"
	}
	return s
}

const systemPrompt = `You classify documents. You are given classification rules, each a type and a description of the documents of that type, and the text of one document. Answer with the type of the one rule the document is an instance of, or null when it is an instance of none (a document that merely mentions a kind of document is not one). Give your confidence, from 0 to 1, that your answer is right, and one or two sentences of reasoning that name the evidence in the document. Answer only with JSON matching the schema.`

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model          string         `json:"model"`
	Messages       []message      `json:"messages"`
	Temperature    float64        `json:"temperature"`
	Stream         bool           `json:"stream"`
	ResponseFormat responseFormat `json:"response_format"`
}

type responseFormat struct {
	Type       string     `json:"type"`
	JSONSchema jsonSchema `json:"json_schema"`
}

type jsonSchema struct {
	Name   string         `json:"name"`
	Strict bool           `json:"strict"`
	Schema map[string]any `json:"schema"`
}

// request builds the chat request: the rules and the document in the user
// message, the answer's schema as the response format.
func (c *Classifier) request(text string, rules []scorer.Rule) chatRequest {
	var b strings.Builder
	b.WriteString("Rules:\n")
	types := make([]any, 0, len(rules)+1)
	for _, r := range rules {
		fmt.Fprintf(&b, "- type %q: %s\n", r.Type, r.Description)
		types = append(types, r.Type)
	}
	types = append(types, nil)
	shown := text
	if len(shown) > MaxPromptText {
		shown = strings.ToValidUTF8(shown[:MaxPromptText], "")
	}
	b.WriteString("\nDocument:\n<<<\n")
	b.WriteString(shown)
	if len(shown) < len(text) {
		fmt.Fprintf(&b, "\n[... %d more bytes not shown]", len(text)-len(shown))
	}
	b.WriteString("\n>>>\n")
	schema := map[string]any{
		"type": "object",
		"properties": map[string]any{
			"type":       map[string]any{"type": []string{"string", "null"}, "enum": types},
			"confidence": map[string]any{"type": "number", "minimum": 0, "maximum": 1},
			"reasoning":  map[string]any{"type": "string"},
		},
		"required":             []string{"type", "confidence", "reasoning"},
		"additionalProperties": false,
	}
	return chatRequest{
		Model:       c.cfg.Model,
		Messages:    []message{{Role: "system", Content: systemPrompt}, {Role: "user", Content: b.String()}},
		Temperature: 0,
		ResponseFormat: responseFormat{
			Type:       "json_schema",
			JSONSchema: jsonSchema{Name: "classification", Strict: true, Schema: schema},
		},
	}
}
